"""Figures round 50 (stop 62): loader round 48 back, with its mends; the PCTT office's seven months' title.

1. A row of another period (last year's cut-off scores kept as ``II.6-2024``, column ``part:2024``) is no row a number
   the table does not give «seems to be about» unless the number is said of that period (``periodrow.stands_for``):
   «đều có điểm chuẩn dưới 11 điểm» is the bound it is again (test_checker_round90), not a wrong score of 2024.
2. A template's sheet not yet filled in (every ``Kỳ báo cáo`` cell blank, ``Cùng kỳ năm trước`` filled) is no sheet of
   last year's rows: each blank row stays a cell to fill (an error), as before round 48.
3. ``TỪ ĐẦU NĂM 2024 ĐẾN NAY (7 THÁNG)``: the year to date whose months the bracket counts, 2024-7T, not the year.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.figures.load import load_table, title_period, validate_file
from service.periods import find_mentions
from tests.sweep_tables import HELDOUT, nth_verdicts
from tests.test_fig47 import _codes, _csv   # (one copy of the round files' two helpers)

LOP10 = "xr-binh-duong-so-gddt-tuyen-sinh-lop-10-diem-chuan-2025"
PCTT = "xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai-2024-7t"
BOUND = "THPT Phước Hòa ở huyện Phú Giáo, đều có điểm chuẩn dưới 11 điểm"
DI_AN = "Điểm trúng tuyển của Trường THPT Dĩ An nguyện vọng 1 là 23,30"


# --- 1. a row of another period: the guess only for a number said of it --------------------------------------------

def test_a_bound_said_of_no_year_gets_no_row_of_last_year():
    assert [(t, v) for t, v, _ in nth_verdicts(LOP10, BOUND, BOUND)] == [("11", "not_a_figure")]


def test_a_number_said_of_last_year_keeps_last_years_row_as_its_guess():
    said = "THPT Phước Hòa ở huyện Phú Giáo, năm 2024 có điểm chuẩn 11 điểm"
    [(_, verdict, reason)] = [x for x in nth_verdicts(LOP10, BOUND, said) if x[0] == "11"]
    assert verdict == "unsupported" and "II.6-2024" in reason and "23,3" in reason


def test_a_wrong_score_stays_caught_named_by_its_year_or_not():
    bad = DI_AN.replace("23,30", "23,80")
    [(_, verdict, reason)] = [x for x in nth_verdicts(LOP10, DI_AN, "Năm 2024, " + bad[0].lower() + bad[1:])
                              if x[0] == "23,80"]
    assert verdict == "unsupported" and "II.6-2024" in reason
    [(_, verdict, reason)] = [x for x in nth_verdicts(LOP10, DI_AN, bad) if x[0] == "23,80"]
    assert verdict == "unsupported" and "II.6-2024" not in reason     # «Năm ngoái» is not read as 2024: no guess


# --- 2. a template not yet filled in --------------------------------------------------------------------------------

_UNFILLED = ("Kỳ báo cáo: 6 tháng đầu năm 2024\nMã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n"
             "TT-1,Số thanh niên nhập ngũ,người,,155\nTT-2,Số vụ cháy,vụ,,12\n")


def test_an_unfilled_template_names_each_cell_to_fill(tmp_path):
    problems = validate_file(_csv(tmp_path, _UNFILLED))
    errors = [p for p in problems if p.is_error]
    assert len(errors) == 2 and all(p.column == "Kỳ báo cáo" and "chưa có số liệu kỳ báo cáo" in p.message
                                    for p in errors)
    assert not any("(<kỳ>)" in p.message for p in problems)       # no rows of last year's period said


def test_one_row_filled_the_other_is_last_years_row(tmp_path):
    t = load_table(_csv(tmp_path, _UNFILLED.replace("người,,155", "người,160,155")))
    got = _codes(t)
    assert got["TT-1"].ky_bao_cao == Decimal("160") and got["TT-1"].cung_ky == Decimal("155")
    assert got["TT-2-2023-H1"].ky_bao_cao == Decimal("12") and got["TT-2-2023-H1"].column == "part:2023-H1"


def test_a_dash_in_an_otherwise_empty_sheet_keeps_last_years_rows(tmp_path):
    # «-» typed: none this period, said — not a cell left to fill (the lớp-10 sheet's section II)
    t = load_table(_csv(tmp_path, _UNFILLED.replace("vụ,,12", "vụ,-,12").replace("người,,155", "người,-,155")))
    assert sorted(f.ma for f in t) == ["TT-1-2023-H1", "TT-2-2023-H1"]


# --- 3. the year so far, its months counted in a bracket -----------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("THIỆT HẠI DO THIÊN TAI TỪ ĐẦU NĂM 2024 ĐẾN NAY (7 THÁNG)", "2024-7T"),
    ("Từ đầu năm 2024 đến nay (9 tháng đầu năm), cả nước", "2024-9T"),
    ("Từ đầu năm 2024 đến nay (6 tháng)", "2024-H1"),
    ("từ đầu năm 2024 đến nay", "2024"),                     # no months counted: the year so far, as before
    ("Từ đầu năm 2024 đến nay (13 tháng)", "2024"),          # no months of a year: the bracket reads as nothing
])
def test_the_year_so_far_with_its_months_counted(text, code):
    assert [m.period.code for m in find_mentions(text) if m.period] == [code]


def test_a_title_keeps_the_bracket_that_counts_its_months_only():
    assert title_period(["THIỆT HẠI DO THIÊN TAI TỪ ĐẦU NĂM 2024 ĐẾN NAY (7 THÁNG)"]).code == "2024-7T"
    assert title_period(["QUÝ III NĂM 2024 (số liệu đến tháng 9/2024)"]).code == "2024-Q3"   # still set aside
    assert title_period(["KẾT QUẢ NĂM 2024 (7 THÁNG)"]).code == "2024"       # not after «đến nay»: set aside


def test_the_pctt_sheet_loads_as_seven_months_without_a_period_chosen():
    t = load_table(HELDOUT / PCTT / "figures.csv")
    got = _codes(t)
    assert t.period == "2024-7T"
    assert got["1"].ky_bao_cao == Decimal("104") and got["1"].column == "ky_bao_cao"
    assert got["1-2020-7T"].ky_bao_cao == Decimal("53")       # seven months of 2020: a row of its own (was set aside)
    assert got["1-2021"].ky_bao_cao == Decimal("101") and got["1-2023"].ky_bao_cao == Decimal("131")
    assert not any(p.is_error for p in validate_file(HELDOUT / PCTT / "figures.csv"))
