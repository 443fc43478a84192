"""Figures loader round 22: agencies' own sheets built by hand from public pages
(evaluations/data/figures-round22/build.py), in layouts the rounds had not had, expected rows written before the
loader was run on them (evaluations/data/figures-round22/README.md has the first look)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table
from tests.figures_sheets import expected as _e, find as _find

ROOT = Path(__file__).parent.parent
DATA = ROOT / "evaluations" / "data" / "figures-round22"

B = 10**9
M = 10**6
#: name → (period given, expected rows), as the agency means them; label fragments matched in Mục and label
SHEETS22: dict[str, tuple] = {
    # a policy bank's year with next year's growth plan beside it; codes 1, 1.1, 1.1.1, 1.1.1.1
    "c01-thainguyentv-nhcsxh-nguonvon-2023.csv": ("2023", [
        _e("Tổng nguồn vốn", "đồng", 4690 * B), _e("ngân sách địa phương", "đồng", 246 * B),
        _e("ủy thác", "đồng", 36 * B), _e("ngân sách tỉnh", "đồng", 18 * B),
        _e("ngân sách địa phương", "%", "5.28"), _e("Tổng nguồn vốn|tăng trưởng", "đồng", 372 * B)]),
    # «Dự ước tháng 9/2015» is the month's value, beside the months before it and the months so far
    "c02-thongkehue-luutru-2015-09.csv": ("2015-09", [
        _e("Tổng lượt khách phục vụ", None, 124541), _e("ngủ qua đêm", None, 109937),
        _e("qua đêm|quốc tế", None, 49654), _e("qua đêm|trong nước", None, 60283), _e("trong ngày", None, 14604),
        _e("Tổng ngày khách", None, 235777), _e("theo tour", None, 6511), _e("ra nước ngoài", None, 71),
        _e("Ngày khách du lịch theo tour", None, 13603)]),
    # this year and last side by side, their change in a third column, the plan in a fourth; the unit per row
    "c03-vcb-quangbinh-ketqua-2017.csv": ("2017", [
        _e("Tổng thu", "đồng", "247500000000"), _e("Tổng chi", "đồng", "210900000000"),
        _e("trước dự phòng", "đồng", "39100000000", ke_hoach="43200000000"),
        _e("cân đối", "đồng", "36600000000", cung_ky="32700000000"),
        _e("lãi thuần", "đồng", "70200000000", cung_ky="59900000000"),
        _e("về dịch vụ", "đồng", "5700000000", cung_ky="4600000000"),
        _e("ngoại tệ", "đồng", 263 * M, cung_ky=105 * M),
        _e("nợ đã xử lý", "đồng", "20900000000", cung_ky=2 * B),
        _e("quản lý", "đồng", "36600000000", cung_ky="29100000000"),
        _e("Chi dự phòng", "đồng", "24300000000", cung_ky="4800000000")]),
    # «Sơ bộ 2022», an unsigned rate beside quantities with decimals, shares in a column of their own
    "c04-dantri-danso-laodong-2022.csv": ("2022", [
        _e("Dân số trung bình", None, 99460000), _e("Thành thị", None, 37090000), _e("Nông thôn", None, 62370000),
        _e("Dân số|Nam", None, 49610000), _e("Dân số|Nữ", None, 49850000), _e("Tỷ số giới tính", None, "99.5"),
        _e("Tuổi thọ", None, "73.6"), _e("Tuổi thọ|Nam", None, "71.1"), _e("Tuổi thọ|Nữ", None, "76.4"),
        _e("Lực lượng lao động", None, 51700000), _e("Dân số trung bình", "%", "0.97"),
        _e("Thành thị", "%", "37.3"), _e("Nữ", "%", "50.1")]),
    # a JSON export with nested groups: measure → level → kind
    # (the period is the school year's, 2024-2025, the file's own title: changed from «2024» after the first look,
    # where the sheet was refused before its period was read)
    "c05-thactrang-giaoduc-2024-2025.json": ("2024-2025", [
        _e("Tổng số học sinh", None, 25255251), _e("cơ sở giáo dục", None, 53979),
        _e("giảng viên", None, 1659589), _e("học sinh|Nhà trẻ", None, 696309),
        _e("học sinh|Nhà trẻ|Công lập", None, 445640), _e("học sinh|Tiểu học", None, 8850300),
        _e("học sinh|Tiểu học|Ngoài công lập", None, 155094),
        _e("học sinh|Trung học phổ thông|Công lập", None, 2652917), _e("Đại học", None, 2068522),
        _e("trường|Mầm non", None, 13455), _e("trường|Mẫu giáo|Ngoài công lập", None, 133)]),
    # footnote rows and a signature block under the table
    "c06-baophutho-nhcsxh-2025-8t.csv": ("2025-8T", [
        _e("Tổng nguồn vốn", "đồng", 17850 * B), _e("Doanh số cho vay", "đồng", "3548500000000"),
        _e("lượt hộ", None, 57500), _e("điểm giao dịch", None, 479),
        _e("cân đối từ Trung ương", "%", "78.28"), _e("ủy thác", "%", "10.04")]),
    # a CSV saved in UTF-16
    "c07-thainguyentv-tctd-2023-08.csv": ("2023-08", [
        _e("huy động", "đồng", 98000 * B), _e("Dư nợ", "đồng", 86000 * B), _e("Nợ xấu", "đồng", 1250 * B),
        _e("Nợ xấu", "%", "1.46")]),
    # an XLSX with a hidden column (the clerk's notes) and a hidden row (not reported this month); «Ước thực hiện»
    "c08-doingoaihungyen-nguonvon-2019-07.xlsx": ("2019-07", [
        _e("Tổng nguồn vốn", "đồng", "79100000000000"), _e("tự huy động", "đồng", 70000 * B)]),
    # c09 (a CSV in Windows-1258 with the page's «25.9140») is refused at that one cell, naming it: below, and its
    # rows are in tests/test_fig22_rules.py on the same bytes with the cell typed right (moved after the first look,
    # where the file was refused for its encoding before any cell was read)
    # years as columns, a growth row under each quantity
    "c10-vietnamtourism-cosoluutru-2012.csv": ("2012", [
        _e("Số lượng cơ sở", None, 15381, cung_ky=13756), _e("Số buồng", None, 277661, cung_ky=256739),
        _e("Công suất", "%", "58.8", cung_ky="59.7"), _e("Số lượng cơ sở|Tăng trưởng", "%", "11.8"),
        _e("Số buồng|Tăng trưởng", "%", "8.1")]),
}

# Still wrong after the round (evaluations/data/figures-round22/README.md): strict, so each flips when fixed.
OPEN22: dict[str, str] = {
    "c01-thainguyentv-nhcsxh-nguonvon-2023.csv": "open: next year's growth plan (8%, 372 tỷ) is dropped as another "
    "period's column; kept as rows of their own (tried, columns.later_plan) five held-out tables gained next year's "
    "plans and the checker caught none of the 31 errors planted in them: withdrawn, a change for the checker first",
    "c02-thongkehue-luutru-2015-09.csv": "open: the dash rows under '1.1. Lượt khách ngủ qua đêm' are coded under '1.' "
    "and keep only the section as Mục; a part of a row is told by its code, not its Mục, by design "
    "(load._name_repeats: the checker reads a Mục as the paragraph's subject)",
    "c04-dantri-danso-laodong-2022.csv": "open: '- Nam', '- Nữ' under '1. Dân số trung bình' and '3. Tuổi thọ trung "
    "bình' are told apart by code only (the same design), and the unsigned rate 0,97 beside decimal quantities gives "
    "no row (round 16's standing policy on unsigned rates)",
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=OPEN22[n]))
                                  if n in OPEN22 else n for n in sorted(SHEETS22)])
def test_the_round22_sheet_loads_every_stated_number_where_it_belongs(name):
    period, rows = SHEETS22[name]
    t = load_table(DATA / name, period=period)
    used: set = set()
    missing = [e for e in rows if _find(t, e, used) is None]
    assert not missing, (missing, [(f.muc, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach) for f in t])


# What must not be read (written with the expected rows, before the first look)
def test_a_growth_plan_is_never_the_balance_plan():
    # c01: «Kế hoạch tăng trưởng năm 2024» (8%, 372 tỷ) is the plan of next year's increase, not the plan of the
    # balance 4.690 tỷ
    t = load_table(DATA / "c01-thainguyentv-nhcsxh-nguonvon-2023.csv", period="2023")
    assert all(f.ke_hoach not in (D(372 * B), D(8)) for f in t if f.ky_bao_cao == D(4690 * B))


def test_the_months_so_far_are_not_the_month():
    # c02: for 2015-09 the month's value is «Dự ước tháng 9/2015», never «Lũy kế 9 tháng» nor «Thực hiện 8 tháng»;
    # the 9 months' index (96,20) gives the month no Cùng kỳ.  (As first written it asked that no figure be
    # 1.385.142; the months so far are kept as rows of their own «… (từ đầu năm)», which is right: corrected after
    # the first look to ask what was meant, that no row of the month holds them.)
    t = load_table(DATA / "c02-thongkehue-luutru-2015-09.csv", period="2015-09")
    assert all(f.ky_bao_cao not in (D(1385142), D(1260601)) for f in t if "từ đầu năm" not in f.chi_tieu)
    assert D(1260601) not in {f.ky_bao_cao for f in t}
    assert all(f.cung_ky is None for f in t if f.ky_bao_cao == D(124541))


def test_footnotes_under_the_table_are_no_rows():
    # c06: «Ghi chú», «(1) …», «Nguồn: …», «NGƯỜI LẬP BIỂU» are under the table: no figure from them
    t = load_table(DATA / "c06-baophutho-nhcsxh-2025-8t.csv", period="2025-8T")
    bad = ("ghi chú", "(1)", "(2)", "nguồn:", "người lập")
    assert not [f for f in t if any(b in f"{f.muc} {f.chi_tieu}".lower() for b in bad)]


def test_a_malformed_number_is_never_read_as_another():
    # c09: «25.9140» (the page's typo) is neither 25.914 nor 259.140 tỷ read silently: refused with its row and column
    # (as first written the test expected the table loaded with a warning; the loader refuses a table with a cell it
    # cannot read, naming the cell — the test now asks that)
    with pytest.raises(InputError) as e:
        load_table(DATA / "c09-baothuathienhue-nganhang-2015-h1.csv", period="2015-H1")
    assert "«25.9140»" in str(e.value) and "hàng 3" in str(e.value)
