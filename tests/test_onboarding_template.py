"""``baocao figures template``: the biểu written from a prior report, as a user opens and fills it."""

from __future__ import annotations

import csv
import json
import subprocess
from decimal import Decimal

import openpyxl
import pytest

from service.errors import InputError
from service.figures.load import load_table, validate_file
from service.onboarding.sheet import write
from service.onboarding.template import build_template
from tests.conftest import REPORTS, ROOT

BAOCAO = str(ROOT / ".venv" / "bin" / "baocao")
HTB = REPORTS / "ham-thuan-bac-2023-h1.docx"


@pytest.fixture(scope="module")
def htb():
    return build_template(HTB)


@pytest.fixture(scope="module")
def workbook(htb, tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "htb.xlsx"
    write(htb, path)
    return path


def header_row(ws) -> int:
    return next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")


def test_the_sheet_is_laid_out_as_an_agency_biểu(workbook):
    wb = openpyxl.load_workbook(workbook)
    ws = wb.worksheets[0]
    h = header_row(ws)
    assert ws.cell(1, 1).value.startswith("BIỂU SỐ LIỆU") and "KẾT QUẢ PHỐI HỢP" in ws.cell(1, 1).value
    assert ws.cell(2, 1).value == "Kỳ báo cáo: 6 tháng đầu năm 2024"
    titles = [ws.cell(h, c).value for c in range(1, ws.max_column + 1)]
    assert titles == ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Cùng kỳ năm trước", "Kế hoạch",
                      "Đơn vị thực hiện", "Mục", "Ghi chú"]
    assert ws.freeze_panes == f"D{h + 1}"
    assert ws.column_dimensions["C"].width >= 30 and ws.column_dimensions["A"].width <= 6
    fill = ws.cell(h + 1, 5)
    assert fill.value is None and fill.fill.fgColor.rgb.endswith("FFF2CC")     # the cells to fill
    assert "Điền số liệu kỳ này" in ws.cell(h, 5).comment.text
    [dv] = ws.data_validations.dataValidation
    assert str(dv.sqref) == f"E{h + 1}:E{ws.max_row}" and "ISNUMBER" in dv.formula1
    assert set(wb.sheetnames) == {"Số liệu", "Số liệu cố định", "Số liệu tính ra"}


def test_every_figure_is_a_coded_row_with_last_periods_value(workbook):
    ws = openpyxl.load_workbook(workbook).worksheets[0]
    h = header_row(ws)
    rows = {ws.cell(r, 2).value: [ws.cell(r, c).value for c in range(1, 11)] for r in range(h + 1, ws.max_row + 1)}
    tq = [v for k, v in rows.items() if k.startswith("TQ-")]
    assert tq[0][2] == "Số thanh niên trúng tuyển lên đường nhập ngũ" and tq[0][3] == "thanh niên" and tq[0][5] == 155
    plan = next(v for v in rows.values() if v[5] == 22 and v[3] == "đ/c")
    assert plan[6] == 26 and "84,61%" in plan[9]                       # 22/26 đ/c: the plan, and the share noted
    assert not any(v[5] == 25 and v[3] == "vụ" for v in rows.values())  # tăng 25 vụ is no row
    assert all(v[2] and not str(v[2]).replace(".", "").isdigit() for v in rows.values())


def test_unfilled_it_names_the_cells_to_fill_and_filled_it_loads_as_this_periods_figures(workbook, tmp_path):
    problems = validate_file(workbook)
    empty = [p for p in problems if p.is_error]
    assert empty and all(p.column == "Kỳ báo cáo" for p in empty)
    filled = tmp_path / "filled.xlsx"
    wb = openpyxl.load_workbook(workbook)
    ws = wb.worksheets[0]
    h = header_row(ws)
    for r in range(h + 1, ws.max_row + 1):
        ws.cell(r, 5).value = ws.cell(r, 6).value if r % 7 else "-"   # a few rows have no figure this period
    wb.save(filled)
    table = load_table(filled, period="6 tháng đầu năm 2024")
    assert table.period == "2024-H1"
    first = table.figures[0]
    assert first.ma.startswith("TT-") and first.cung_ky == first.ky_bao_cao
    # the "-" rows give no figure of this period.  (Updated in figures round 50: since round 48 a row stating only
    # last year's value is kept as a row of last year's period, «<mã>-2023-H1», as the lớp-10 sheet's «-» rows are;
    # before, the "-" rows were left out altogether and this test counted the table's rows.)
    dashed = {ws.cell(r, 2).value for r in range(h + 1, ws.max_row + 1) if not r % 7}
    codes = {f.ma for f in table}
    assert dashed and not dashed & codes
    assert any(f"{c}-2023-H1" in codes and table.get(f"{c}-2023-H1").column == "part:2023-H1" for c in dashed)


def test_standing_facts_go_to_their_own_sheet_that_the_checker_reads(workbook):
    from service.checker.standing import read_standing

    facts = read_standing(workbook)
    assert any(f.value == 17 and f.noun.startswith("xã") for f in facts)


def test_csv_holds_the_header_and_rows_and_standing_facts_beside_it(tmp_path):
    t = build_template(REPORTS / "bu-dang-2020-h1.docx")
    written = write(t, tmp_path / "bd.csv")
    assert [p.name for p in written] == ["bd.csv", "bd-so-lieu-co-dinh.csv"]
    rows = list(csv.reader((tmp_path / "bd.csv").open(encoding="utf-8")))
    assert rows[0][:6] == ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Cùng kỳ năm trước"]
    assert len(rows) - 1 == len(t.rows) and all(r[4] == "" for r in rows[1:])
    standing = list(csv.reader((tmp_path / "bd-so-lieu-co-dinh.csv").open(encoding="utf-8")))
    assert {r[3] for r in standing[1:]} >= {"6"}


def test_the_same_report_gives_the_same_codes(htb):
    again = build_template(HTB)
    assert [(r.code, r.value) for r in again.rows] == [(r.code, r.value) for r in htb.rows]


def test_a_quarterly_prior_puts_its_values_in_a_previous_edition_column(tmp_path):
    prior = tmp_path / "q1.txt"
    prior.write_text("Báo cáo kết quả công tác quý I năm 2024\n\nI. KẾT QUẢ\n\nTổ chức 12 cuộc tuyên truyền với "
                     "1.250 lượt người tham dự.\n", encoding="utf-8")
    t = build_template(prior)
    assert (t.prior_period.code, t.period.code, t.previous_column) == ("2024-Q1", "2024-Q2", "Kỳ trước")
    assert [r.value for r in t.rows] == [Decimal(12), Decimal(1250)]


def run(*args):
    return subprocess.run([BAOCAO, "figures", "template", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_cli_writes_the_sheet_and_says_what_is_in_it(tmp_path):
    res = run(HTB, "--out", tmp_path / "t.xlsx", "--format", "json")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["rows"] > 150 and summary["period"] == "2024-H1" and summary["previous_column"] == "Cùng kỳ năm trước"
    assert (tmp_path / "t.xlsx").is_file()


def test_cli_refuses_a_bad_output_name_and_a_missing_report_writing_nothing(tmp_path):
    res = run(HTB, "--out", tmp_path / "t.docx")
    assert res.returncode == 2 and "expected a .xlsx or .csv" in res.stderr and "Traceback" not in res.stderr
    res = run(tmp_path / "none.docx", "--out", tmp_path / "t.xlsx")
    assert res.returncode == 2 and "none.docx" in res.stderr
    assert not list(tmp_path.iterdir())


def test_a_bad_period_is_refused_in_one_line():
    with pytest.raises(InputError, match="--period"):
        build_template(HTB, period="giữa năm")


def test_money_is_written_in_the_unit_the_report_wrote_it(tmp_path):
    """``955 tỷ đồng`` is a row in ``tỷ đồng`` holding 955 (what the agency types next time), and the filled
    sheet loads it back in đồng."""
    report = tmp_path / "bao-cao.txt"
    report.write_text("BÁO CÁO\nKết quả 6 tháng đầu năm 2023\n\n1. Dịch vụ\nGiá trị sản xuất ngành dịch vụ ước thực "
                      "hiện trong 6 tháng 955 tỷ đồng; doanh thu vận tải đạt 220 tỷ đồng; hỗ trợ 1 tỷ 500 triệu "
                      "đồng cho 12 hộ.\n", encoding="utf-8")
    t = build_template(report)
    sheet = tmp_path / "bieu.xlsx"
    write(t, sheet)
    ws = openpyxl.load_workbook(sheet).worksheets[0]
    h = header_row(ws)
    rows = {ws.cell(r, 3).value: (ws.cell(r, 4).value, ws.cell(r, 6).value) for r in range(h + 1, ws.max_row + 1)}
    assert ("tỷ đồng", 955) in rows.values() and ("tỷ đồng", 220) in rows.values()
    assert ("triệu đồng", 1500) in rows.values()
    for r in range(h + 1, ws.max_row + 1):
        ws.cell(r, 5).value = ws.cell(r, 6).value
    openpyxl.Workbook.save(ws.parent, sheet)
    assert sorted(f.ky_bao_cao for f in load_table(sheet) if f.don_vi_tinh == "đồng") == \
        [Decimal(1_500_000_000), Decimal(220_000_000_000), Decimal(955_000_000_000)]


def test_a_quarterly_template_filled_drafts_with_last_quarters_values(tmp_path, data_dir):
    """The ``Kỳ trước`` column of a quarterly template is last quarter's table: the draft carries the Q1 text to
    Q2's values and marks nothing."""
    import os

    prior = tmp_path / "q1.txt"
    prior.write_text("Báo cáo kết quả công tác quý I năm 2024\n\nI. KẾT QUẢ\n\nTổ chức 12 cuộc tuyên truyền với "
                     "1.250 lượt người tham dự.\n", encoding="utf-8")
    env = {**os.environ, "BAOCAO_DATA_DIR": str(data_dir), "BAOCAO_NO_PROGRESS": "1"}
    res = subprocess.run([BAOCAO, "spec", "init", prior, "--period", "quý II năm 2024", "--out", tmp_path / "s.yaml"],
                         capture_output=True, text=True, timeout=300, env=env)
    assert res.returncode == 0, res.stderr
    wb = openpyxl.load_workbook(tmp_path / "s.figures.xlsx")
    ws = wb.worksheets[0]
    h = header_row(ws)
    assert ws.cell(h, 6).value == "Kỳ trước"
    for r, v in zip(range(h + 1, ws.max_row + 1), (14, 1300)):
        ws.cell(r, 5).value = v
    wb.save(tmp_path / "s.figures.xlsx")
    assert [f.ky_truoc for f in load_table(tmp_path / "s.figures.xlsx")] == [Decimal(12), Decimal(1250)]
    res = subprocess.run([BAOCAO, "draft", tmp_path / "s.yaml", "--out", tmp_path / "d.docx", "--json",
                          tmp_path / "d.json"], capture_output=True, text=True, timeout=600, env=env)
    assert res.returncode == 0, res.stderr
    draft = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    body = [p for s in draft["sections"] for p in s["paragraphs"]]
    assert "Tổ chức 14 cuộc tuyên truyền với 1.300 lượt người tham dự." in [p["text"] for p in body]
    assert not any(p["marked"] for p in body)
