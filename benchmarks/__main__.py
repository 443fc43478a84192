"""Run benchmarks and record their latest results in docs/benchmarks.md."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import platform
import re
import sys
from pathlib import Path

import benchmarks

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
HEAD = """# Benchmarks

Latest results of `make bench` (`python -m benchmarks [AREA ...]`). Machines
here are noisy, so every timing is given beside a baseline measured in the
same run; read the ratios, not the seconds. Each section says when and where
it was measured.
"""


def areas() -> list[str]:
    return sorted(m.name.removeprefix("bench_") for m in pkgutil.iter_modules(benchmarks.__path__)
                  if m.name.startswith("bench_"))


def sections(text: str) -> dict[str, str]:
    return {m.group(1): m.group(0) for m in re.finditer(r"<!-- bench:(\w+) -->.*?<!-- /bench:\1 -->", text, re.S)}


def main(argv: list[str]) -> int:
    wanted = argv or areas()
    unknown = set(wanted) - set(areas())
    if unknown:
        print(f"unknown benchmark area(s): {', '.join(sorted(unknown))}; known: {', '.join(areas())}", file=sys.stderr)
        return 2
    existing = sections(DOC.read_text(encoding="utf-8")) if DOC.exists() else {}
    stamp = f"_{dt.date.today().isoformat()}, {platform.machine()}, Python {platform.python_version()}_"
    for area in wanted:
        print(f"== {area}", file=sys.stderr)
        body = importlib.import_module(f"benchmarks.bench_{area}").run()
        print(body)
        existing[area] = f"<!-- bench:{area} -->\n{body.strip()}\n\n{stamp}\n<!-- /bench:{area} -->"
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(HEAD + "\n" + "\n\n".join(existing[a] for a in areas() if a in existing) + "\n", encoding="utf-8")
    print(f"wrote {DOC}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
