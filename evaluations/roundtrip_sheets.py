"""The filled template's load on bare pages: does the sheet the template writes load once filled?

Run: ``.venv/bin/python -m evaluations.roundtrip_sheets --pages evaluations/sweep/pages --out F.jsonl
[--sample N --seed S]``.  For each page (``run_pages``' way, without the draft): ``build_template`` → ``write`` (.xlsx)
→ ``fill_values(t, [])`` (every row its last value + 10 %) → ``fill_workbook`` → ``load_table``.  One JSON line per
page: its name, ``ok`` or the loader's whole first line (``error_text``), the rows written, and the cells the writer
left empty with its reason (``Ghi chú``).  Lines are written as pages are done, so a run stopped early is a sample.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

from evaluations.template_roundtrip import _page_next, error_text, fill_values, fill_workbook
from service.figures.load import load_table
from service.onboarding import sheet
from service.onboarding.sheet import write
from service.onboarding.template import build_template

#: The writer's guard: ``loadable_sheet`` (emptied cells and the file, tidy 59), ``loadable_cells`` before it (rt02),
#: None in code before rt02's guard (the before run).
_NAME = "loadable_sheet" if hasattr(sheet, "loadable_sheet") else "loadable_cells"
_GUARD = getattr(sheet, _NAME, None)
_EMPTIED: list = []


def _recorded(t, suffix=".xlsx"):
    got = _GUARD(t, suffix)
    empty = got[0] if _NAME == "loadable_sheet" else got
    _EMPTIED.extend(f"{code} | {column}: {message}" for (code, column), message in empty.items())
    return got


if _GUARD is not None:
    setattr(sheet, _NAME, _recorded)   # write() looks the guard up in its module: each page's emptied cells are kept


def one_page(page: Path, base: Path) -> dict:
    started = time.monotonic()
    out = {"name": page.stem}
    try:
        _EMPTIED.clear()
        t = build_template(page, period=_page_next(page))
        sheet = base / f"{page.stem}.figures.xlsx"
        write(t, sheet)
        out["rows"] = len(t.rows)
        out["left_empty"] = list(_EMPTIED)
        values, plans = fill_values(t, [])
        fill_workbook(sheet, values, plans)
        load_table(sheet)
        out["result"] = "ok"
        sheet.unlink(missing_ok=True)
    except Exception as e:        # a page whose sheet is refused is a result, not a crash of the run
        out["result"] = error_text(e)
    out["seconds"] = round(time.monotonic() - started, 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sample", type=int, default=0, help="draw this many pages (0: all, in a shuffled order)")
    ap.add_argument("--seed", type=int, default=58)
    ap.add_argument("--names", type=Path, help="a file of page names (one a line): these pages only")
    args = ap.parse_args(argv)
    pages = sorted(args.pages.glob("*.txt"))
    if args.names:
        wanted = set(args.names.read_text(encoding="utf-8").split())
        pages = [p for p in pages if p.stem in wanted]
    random.Random(args.seed).shuffle(pages)
    if args.sample:
        pages = pages[:args.sample]
    with tempfile.TemporaryDirectory() as tmp, args.out.open("a", encoding="utf-8") as f:
        os.environ.setdefault("BAOCAO_DATA_DIR", str(Path(tmp) / "data"))
        for page in pages:
            f.write(json.dumps(one_page(page, Path(tmp)), ensure_ascii=False) + "\n")
            f.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
