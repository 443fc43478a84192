"""Drafting: how much concurrent section drafting saves against a slow model.

A local OpenAI-compatible server (the tests' scripted model) answers every
section after a fixed delay, like a model that takes that long to write it.
The LLM engine drafts the same sections through ``draft_sections`` with
concurrency 1 and with the service's default bound.  The figure of merit is
wall time over the slowest single section's time: 1 is perfectly parallel,
the number of sections is fully sequential.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
SECTIONS = 8
DELAY = 0.25  # seconds the "model" takes per section
ANSWER = ("Phối hợp triển khai thực hiện tốt Hội trại tòng quân và Lễ giao nhận quân năm 2024. Có 188 thanh niên "
          "trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên.")


def _scripted():
    spec = importlib.util.spec_from_file_location("scripted_llm", ROOT / "tests" / "scripted_llm.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _contexts():
    from index.model import Section
    from service.drafting.base import SectionContext
    from service.figures.load import load_table
    from service.periods import Period

    current = load_table(SHARED / "figures" / "ham-thuan-bac-2024-h1.synthetic.csv")
    prior = load_table(SHARED / "figures" / "ham-thuan-bac-2023-h1.csv")
    section = Section(number="2.4", heading="Phối hợp thực hiện công tác tuyển quân", level=2, path="II/2/2.4")
    base = SectionContext(section=section, prior_paragraphs=[ANSWER.replace("188", "155")],
                          figures=[f for f in current if f.muc.startswith("2.4.")], current=current,
                          period=Period(2024, "half", 1), prior_table=prior, prior_period=Period(2023, "half", 1))
    return [replace(base, section=replace(section, path=f"{section.path}/{i}")) for i in range(SECTIONS)]


def _measure(url: str, concurrency: int, contexts) -> tuple[float, float]:
    from service.drafting.llm import LLMEngine
    from service.drafting.run import draft_sections
    from service.settings import load_settings

    engine = LLMEngine(load_settings(llm_base_url=url, llm_model="bench", repair_rounds=0, llm_concurrency=concurrency))
    t0 = time.perf_counter()
    results = asyncio.run(draft_sections(engine, contexts, concurrency))
    wall = time.perf_counter() - t0
    return wall, max(r.provenance["seconds"] for r in results)


def run() -> str:
    from service.settings import Settings

    scripted = _scripted()
    default = Settings.model_fields["draft_concurrency"].default
    contexts = _contexts()
    rows = []
    with scripted.ScriptedLLM(lambda call: scripted.Reply(ANSWER, delay=DELAY)) as llm:
        _measure(llm.url, default, contexts[:1])  # warm-up: imports, first connection
        for c in sorted({1, default, SECTIONS}):
            wall, slowest = _measure(llm.url, c, contexts)
            label = f"{c}" + (" (default bound)" if c == default else "")
            rows.append(f"| {label} | {wall:.2f} | {slowest:.2f} | {wall / slowest:.2f} | {max(1, -(-SECTIONS // c))} |")
    return "\n".join([
        "## Drafting: concurrent sections (LLM engine)",
        "",
        f"{SECTIONS} sections, a local OpenAI-compatible server answering each after {DELAY} s; every answer is "
        "checked number by number as in production. Ratio = wall time / slowest section's time "
        "(1 = fully parallel; sequential = number of sections).",
        "",
        "| concurrency | wall (s) | slowest section (s) | ratio | ideal |",
        "|---|---|---|---|---|",
        *rows,
    ])


if __name__ == "__main__":
    print(run())
