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


def run_pair(name: str, report: Path, nxt_path: Path, out: Path, period=None) -> dict:
    from service.figures.load import load_table
    from service.onboarding.sheet import write
    from service.onboarding.spec_init import spec_for
    from service.onboarding.template import build_template
    from service.pipeline import DraftPipeline
    from service.spec import spec_from_dict

    t = build_template(report, period=period)
    sheet = out / f"{name}.figures.xlsx"
    write(t, sheet)
    values, plans = fill_values(t, load_table(nxt_path) if nxt_path else [])
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


def next_table(case, out: Path) -> Path:
    """This period's table for a real case: its hand-built rows moved on a period — last value in ``Cùng kỳ năm
    trước``, this period's 10 % higher (a whole number for counts), the plan kept — written as a CSV an agency
    would type."""
    import csv

    from service.figures.load import load_table

    rows = load_table(case.figures_path)
    stt = hand_stt(case.figures_path)
    path = out / f"{case.slug}.next.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["STT"] * bool(stt) + ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Cùng kỳ năm trước", "Kế hoạch",
                                          "Đơn vị thực hiện", "Mục", "Ghi chú"])
        for f in rows:
            step = Decimal(1) if f.ky_bao_cao == f.ky_bao_cao.to_integral_value() else Decimal("0.01")
            new = (f.ky_bao_cao * Decimal("1.1")).quantize(step, ROUND_HALF_UP)
            if new == f.ky_bao_cao:
                new += step
            w.writerow([stt.get(f.row, "")] * bool(stt) + [f.ma, f.chi_tieu, f.don_vi_tinh, _vn(new), _vn(f.ky_bao_cao),
                        _vn(f.ke_hoach) if f.ke_hoach is not None else "", f.don_vi, f.muc, f.ghi_chu])
    return path


def hand_stt(path: Path) -> dict[int, str]:
    """The hand table's ``STT`` by row number, {} when it has none: the next table keeps the numbering, which is
    part of what a row means (``Tiểu học | học sinh | 19,89`` numbered ``1`` under ``I. Số học sinh bình quân một
    giáo viên``: an average, so a count with decimals — yf-quang-ngai-cuc-thong-ke-hoc-sinh-binh-quan-giao-vien-lop;
    a row's year parts, split into rows of their own, carry their row's number)."""
    from service.figures.read import read_raw
    from service.figures.schema import STT, read_title

    raw = read_raw(path)
    col = next((i for i, t in enumerate(raw.header) if isinstance(t, str) and read_title(t).column == STT), None)
    if col is None:
        return {}
    return {n: str(cells[col]).strip() for n, cells in raw.rows if col < len(cells) and cells[col] not in (None, "")}


def _vn(d: Decimal) -> str:
    """Vietnamese notation, as typed: ``1.250``, ``84,6``."""
    whole, _, frac = f"{d.normalize():f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    return sign + ".".join([whole, *groups]) + ("," + frac if frac else "")


def cases_markdown(results: list[dict]) -> str:
    done = [r for r in results if "error" not in r]
    filled = sum(r["filled"] for r in done)
    stated = sum(r["stated"] for r in done)
    unmarked = sum(len(r["unmarked_problems"]) for r in done)
    share = f"{100 * stated / filled:.1f}".replace(".", ",") if filled else "–"
    lines = ["", "| page | template rows | values filled | stated in the draft | unmarked problems |", "|---|---|---|---|---|"]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['name']} | – | – | – | {r['error']} |")
        else:
            lines.append(f"| {r['name']} | {r['rows']} | {r['filled']} | {r['stated']} | {len(r['unmarked_problems'])} |")
    lines.append(f"| **all {len(done)} drafted of {len(results)}** | {sum(r['rows'] for r in done)} | {filled} | "
                 f"{stated} ({share} %) | {unmarked} |")
    return "\n".join(lines) + "\n"


def error_text(exc: BaseException) -> str:
    """What a failed round trip reports: the error's kind and its whole first message — the loader's ``…: bảng số
    liệu không được nạp: <file>, hàng 6, cột …: <why> (và N lỗi khác)`` names the temp file twice, so a cut at 160
    characters kept only the paths and never said why (the lead's unseen case)."""
    first = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {first[0] if first else ''}"


def _next_of(case):
    """The period after the case's own (what ``spec init --period`` is told), when the page's is known."""
    from service.onboarding.template import next_period
    from service.periods import parse_period

    try:
        return next_period(parse_period(str(case.period_code)))
    except (ValueError, TypeError):
        return None


def run_cases(root: Path, out: Path | None = None) -> list[dict]:
    """The round trip on real pages (``evaluations/cases/*``): each page is last period's report."""
    from evaluations.real import real_cases

    with tempfile.TemporaryDirectory() as tmp:
        base = out or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("BAOCAO_DATA_DIR", str(base / "data"))
        results = []
        for case in real_cases(root):
            if case.figures_path is None:
                continue          # a structure case: no table to move on
            try:
                prior = case.dir / "report.docx" if (case.dir / "report.docx").is_file() else case.text_path
                # a case whose period code the service cannot read (a holiday week) moves on as a bare page does
                nxt = _next_of(case) or _page_next(case.text_path)
                results.append(run_pair(case.slug, prior, next_table(case, base), base, nxt))
            except Exception as e:       # a page the pipeline cannot draft is a result, not a crash of the run
                results.append({"name": case.slug, "error": error_text(e)})
        return results


def _page_next(page: Path):
    """The period after the page's own, or next year's when the page never states one (``spec init --period``)."""
    from index.parse import parse_report
    from service.onboarding.template import next_period
    from service.periods import parse_period

    own = parse_report(page).period
    try:
        return next_period(parse_period(own)) if own else parse_period("2026")
    except (ValueError, TypeError):
        return parse_period("2026")


def run_pages(root: Path, out: Path | None = None) -> list[dict]:
    """The round trip on bare pages (``DIR/*.txt``, no hand-built table): each page is last period's report, and
    every row of its own template is filled with its last value + 10 %.  What it shows is the pipeline on page
    shapes no table was built for: a page it cannot draft, a new value it does not state, a number it leaves
    unsupported in an unmarked paragraph."""
    with tempfile.TemporaryDirectory() as tmp:
        base = out or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("BAOCAO_DATA_DIR", str(base / "data"))
        results = []
        for page in sorted(root.glob("*.txt")):
            try:
                results.append(run_pair(page.stem, page, None, base, _page_next(page)))
            except Exception as e:       # a page the pipeline cannot draft is a result, not a crash of the run
                results.append({"name": page.stem, "error": error_text(e)})
        return results


def run(out: Path | None = None) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        base = out or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("BAOCAO_DATA_DIR", str(base / "data"))
        return [run_pair(name, report, nxt, base) for name, report, nxt in PAIRS]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="keep the filled sheets here")
    ap.add_argument("--cases", type=Path, help="a folder of real cases: each page's round trip, and the totals")
    ap.add_argument("--pages", type=Path, help="a folder of bare pages (*.txt, no table): each page's round trip "
                                               "with its own template's values moved on")
    args = ap.parse_args(argv)
    if args.cases or args.pages:
        results = run_cases(args.cases, args.out) if args.cases else run_pages(args.pages, args.out)
        sys.stdout.write(cases_markdown(results))
        for r in results:
            if "error" in r:
                print(f"  {r['name']}: {r['error']}")
            for t in r.get("unmarked_problems", []):
                print(f"  {r['name']}: unmarked problem «{t}»")
        return 0
    results = run(args.out)
    sys.stdout.write(markdown(results))
    for r in results:
        for t in r["unmarked_problems"]:
            print(f"  {r['name']}: unmarked problem «{t}»")
    return 0


if __name__ == "__main__":
    sys.exit(main())
