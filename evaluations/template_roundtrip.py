"""Round trip: last period's report → its template → filled with this period's values → a draft.

Run: ``.venv/bin/python -m evaluations.template_roundtrip [--out DIR]``.

For each sample report with a next-period table (Hàm Thuận Bắc 2023 → the synthetic 2024 table,
Bù Đăng 2020 → the synthetic 2021 table): the template is written as .xlsx, its ``Kỳ báo cáo``
cells filled with the next period's values — each template row takes the value of the next
table's row whose ``Cùng kỳ năm trước`` is the template's (same value, fitting unit, most words
in common), its ``Kế hoạch`` too; a row the next table lacks gets its last value + 10 % — and the
workbook is loaded by the figures loader like any upload.  A spec from ``spec init`` (no table of
last period) drafts the next report with the offline engine.  Measured:

- **stated**: filled values the draft states (a number tied to the row's ``Kỳ báo cáo``);
- **unmarked problems**: numbers left unsupported or stale in a paragraph not marked for review
  (must be 0);
- the draft's verdict counts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from evaluations.template_accuracy import CORPUS, ROOT

PAIRS = [("ham-thuan-bac", CORPUS / "reports" / "ham-thuan-bac-2023-h1.docx",
          CORPUS / "figures" / "ham-thuan-bac-2024-h1.synthetic.csv"),
         ("bu-dang", CORPUS / "reports" / "bu-dang-2020-h1.docx",
          ROOT / "evaluations" / "data" / "bu-dang-2021-h1.synthetic.csv")]


def fill_values(template, nxt) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Code → this period's value (and plan) for every template row, from a next-period table."""
    from evaluations.template_accuracy import unit_fits, words

    free = [f for f in nxt if f.cung_ky is not None]
    values, plans = {}, {}
    for r in template.rows:
        cands = [f for f in free if f.cung_ky == r.value and unit_fits(r.unit, r.kind, _as_ref(f))]
        if cands:
            best = max(cands, key=lambda f: len(words(f.chi_tieu + " " + f.ghi_chu) & words(r.label + " " + r.quote)))
            free.remove(best)
            values[r.code] = best.ky_bao_cao
            if best.ke_hoach is not None:
                plans[r.code] = best.ke_hoach
        else:
            step = Decimal("0.01") if r.kind in ("percent", "measure") else Decimal(1)
            values[r.code] = (r.value * Decimal("1.1")).quantize(step, ROUND_HALF_UP)
    return values, plans


def _as_ref(f):
    class Ref:
        don_vi_tinh, chi_tieu, ghi_chu = f.don_vi_tinh, f.chi_tieu, f.ghi_chu
    return Ref


def fill_workbook(path: Path, values: dict, plans: dict) -> None:
    """Type this period's values into a template's ``Kỳ báo cáo`` (and ``Kế hoạch``) cells, as a person would."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    head_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")
    cols = {ws.cell(head_row, c).value: c for c in range(1, ws.max_column + 1)}
    from service.onboarding.template import machine

    for r in range(head_row + 1, ws.max_row + 1):
        code, unit = ws.cell(r, cols["Mã"]).value, ws.cell(r, cols["Đơn vị tính"]).value
        if code in values:   # typed in the row's unit (tỷ đồng), as the person reads it
            ws.cell(r, cols["Kỳ báo cáo"]).value = machine(values[code], unit)
        if code in plans:
            ws.cell(r, cols["Kế hoạch"]).value = machine(plans[code], unit)
    wb.save(path)


def run_pair(name: str, report: Path, nxt_path: Path, out: Path) -> dict:
    from service.figures.load import load_table
    from service.onboarding.sheet import write
    from service.onboarding.spec_init import spec_for
    from service.onboarding.template import build_template
    from service.pipeline import DraftPipeline
    from service.spec import spec_from_dict

    t = build_template(report)
    sheet = out / f"{name}.figures.xlsx"
    write(t, sheet)
    values, plans = fill_values(t, load_table(nxt_path))
    fill_workbook(sheet, values, plans)
    current = load_table(sheet)                 # the filled sheet loads as this period's figures
    spec, _ = spec_for(t.report, t.period, sheet, report.resolve(), prior_period=t.prior_period)
    draft = DraftPipeline(engine="offline").run(spec_from_dict(spec, base_dir=out))
    checks = [(c, p) for p in draft.all_paragraphs() for c in p.checks]
    stated = {c.source["ma"] for c, _ in checks if c.source and c.source.get("column") == "ky_bao_cao"
              and c.verdict in ("supported",)}
    filled = {f.ma for f in current}
    unmarked = [c.text for c, p in checks if c.verdict in ("unsupported", "stale") and not p.marked]
    return {"name": name, "rows": len(t.rows), "filled": len(filled), "stated": len(stated & filled),
            "stated_share": len(stated & filled) / len(filled) if filled else 1.0,
            "unmarked_problems": unmarked, "summary": draft.summary}


def markdown(results: list[dict]) -> str:
    lines = ["", "Round trip (`python -m evaluations.template_roundtrip`): the template of the sample report, "
             "filled with the next period's synthetic values and loaded as this period's figures, drafted "
             "offline from a `spec init` spec with no table of last period.", "",
             "| report | template rows | values filled | stated in the draft | unmarked problems | "
             "supported | derived | unsupported | stale | marked paragraphs |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        s = r["summary"]
        share = f"{100 * r['stated_share']:.1f}".replace(".", ",")
        lines.append(f"| {r['name']} | {r['rows']} | {r['filled']} | {r['stated']} "
                     f"({share} %) | {len(r['unmarked_problems'])} | {s['supported']} | "
                     f"{s['derived']} | {s['unsupported']} | {s['stale']} | {s['marked_paragraphs']} |")
    return "\n".join(lines) + "\n"


def run(out: Path | None = None) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        base = out or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("BAOCAO_DATA_DIR", str(base / "data"))
        return [run_pair(name, report, nxt, base) for name, report, nxt in PAIRS]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="keep the filled sheets here")
    args = ap.parse_args(argv)
    results = run(args.out)
    sys.stdout.write(markdown(results))
    for r in results:
        for t in r["unmarked_problems"]:
            print(f"  {r['name']}: unmarked problem «{t}»")
    return 0


if __name__ == "__main__":
    sys.exit(main())
