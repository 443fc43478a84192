"""Figures round 51 (stop 63): the loader gaps stop 62's gatherers recorded (``xz-``, ``wa-``), on real tables.

1. A two-way grid of parts with their total (``Loại hình | Giải A | … | Tổng số``, Thanh Hóa's press award 2017) was
   refused «không tìm thấy hàng tiêu đề cột»: the total adding up its parts is the header's proof (``partsgrid``).
2. ``Đơn vị tính: giải (tác phẩm)``: a unit line with a bracketed gloss gives its unit (``sheet.unit_line``).
3. Holiday-named columns (``Tết Bính Thân 2016 | Tết Ất Mùi 2015 (9 ngày)``) were read as units' names, last Tết's
   numbers as this one's rows; ``6 ngày Tết Bính Thân 2016`` beside ``3 ngày Tết Đinh Dậu 2017`` was set aside: last
   year's same holiday is the same period last year (``headings.same_occasion_a_year_before``).
4. A column of one day inside the period (``Riêng 7h 28/1 - 7h 29/1/2017``) was set aside: a part of the period
   (``dayspan``), rows «<chỉ tiêu> (riêng …)».
5. ``So với cùng kỳ 2019 (%)`` in a sheet of 11 months of 2022: the 11 months of 2019, a rate the table does not give
   back, loaded as the row's own (``earlieryears``); main set it aside «được tính lại từ các cột số liệu».
6. ``đ/chục`` (a price per ten eggs) was read as a count: ``đ/<noun>`` is a price as ``đ/kg`` is; ``đ/c`` (đồng chí)
   stays a count (``units``).
7. A comparison column whose numbers carry signs but whose title says neither ``%`` nor a change (``So với cùng kỳ năm
   2019`` over ``-102``) stays set aside — the same notation is thousands of people on one page and per cents on
   another — and its warning says what to add to the title; the advice loads it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.errors import InputError
from service.figures.dayspan import day_span_inside
from service.figures.earlieryears import compared_with_years_before
from service.figures.headings import same_occasion_a_year_before
from service.figures.load import load_table
from service.figures.partsgrid import parts_with_total
from service.figures.schema import read_unit
from service.figures.sheet import unit_line
from service.periods import parse_period
from tests.sweep_tables import HELDOUT
from tests.test_fig47 import _codes, _csv   # (one copy of the round files' two helpers)

AWARD = "wa-thanh-hoa-hoi-nha-bao-tinh-giai-bao-chi-tran-mai-ninh-2017"
TET16 = "wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2016-02"
TET17 = "wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2017-01"
TET25 = "yn-toan-quoc-cuc-canh-sat-pccc-chay-no-dip-tet-at-ty-2025-01"
AIR = "xz-toan-quoc-cuc-hang-khong-hanh-khach-hang-hoa-2022-11t"
KIEN_GIANG = "xx-kien-giang-so-cong-thuong-gia-mat-hang-trong-yeu-2019-05"
BHXH = "wa-toan-quoc-bhxh-viet-nam-nguoi-tham-gia-bhxh-2020-10"
TOURISM = "xz-ha-noi-so-du-lich-khach-san-2021-05"


def _load(case: str, period: str):
    return load_table(HELDOUT / case / "figures.csv", period=period)


def _warned(table) -> str:
    return "\n".join(str(w) for w in table.warnings)


# --- 1. the grid of parts with their total --------------------------------------------------------------------------

def test_the_award_grid_loads_each_kind_with_its_grades():
    t = _codes(_load(AWARD, "2017"))
    assert (t["R-5"].chi_tieu, t["R-5"].ky_bao_cao) == ("Báo in, báo điện tử", Decimal(39))
    assert (t["R-5-2"].chi_tieu, t["R-5-2"].ky_bao_cao) == ("Báo in, báo điện tử: Giải A", Decimal(3))
    assert t["R-6-5"].ky_bao_cao == 8 and t["R-7"].ky_bao_cao == 59 and t["R-7-4"].ky_bao_cao == 16
    assert t["R-8"].ky_bao_cao == 120   # «Tác phẩm tham gia»: a total alone
    assert {f.don_vi_tinh for f in t.values()} == {"giải"}   # item 2: «Đơn vị tính: giải (tác phẩm)»


def test_the_grid_is_said_in_a_warning():
    said = _warned(_load(AWARD, "2017"))
    assert "bảng hai chiều" in said and "'Loại hình'" in said and "'Tổng số'" in said


def test_the_same_grid_with_no_period_chosen_loads_too():
    assert len(_load(AWARD, None)) == 16


def test_a_grid_whose_total_adds_up_nothing_stays_refused_and_says_why(tmp_path):
    p = _csv(tmp_path, "KẾT QUẢ GIẢI BÁO CHÍ NĂM 2017\nLoại hình,Giải A,Giải B,Tổng số\nBáo in,3,8,12\n"
                       "Báo hình,2,3,6\n")
    with pytest.raises(InputError) as e:
        load_table(p, period="2017")
    msg = str(e.value)
    assert "không tìm thấy hàng tiêu đề cột" in msg and "giống tiêu đề một bảng hai chiều" in msg
    assert "'Tổng số' bằng tổng các cột còn lại" in msg and "'Chỉ tiêu'" in msg


def test_periods_or_one_sum_make_no_grid():
    # titles naming periods are another header's (the years'); one row adding up is not enough
    rows = [(1, ["Loại hình", "Năm 2016", "Năm 2017", "Tổng số"]), (2, ["Báo in", "3", "8", "11"]),
            (3, ["Báo hình", "2", "3", "5"])]
    assert not parts_with_total(rows, 0)
    rows[0] = (1, ["Loại hình", "Giải A", "Giải B", "Tổng số"])
    assert parts_with_total(rows, 0)
    rows[2] = (3, ["Báo hình", "2", "3", "6"])
    assert not parts_with_total(rows, 0)   # one row adding up is not enough


# --- 2. the unit line's bracketed gloss -----------------------------------------------------------------------------

@pytest.mark.parametrize("line, unit", [("Đơn vị tính: giải (tác phẩm)", "giải"), ("Đơn vị tính: giải", "giải"),
                                        ("(Đơn vị: triệu đồng)", "triệu đồng"),
                                        ("ĐVT: tỷ đồng (giá hiện hành)", "tỷ đồng")])
def test_a_unit_line_with_a_gloss_gives_its_unit(line, unit):
    assert unit_line([line]) == unit


# --- 3. last year's holiday -----------------------------------------------------------------------------------------

def test_tet_2016_this_tets_numbers_are_the_periods_and_last_tets_are_not():
    t = _codes(_load(TET16, "2016-02"))
    assert t["I.3"].ky_bao_cao == 44000 and t["I.3"].chi_tieu == "Cấp cứu tai nạn giao thông"
    assert "I.1" not in t and t["I.1-2015-02"].ky_bao_cao == 6200   # last Tết's fights: a row of last Tết
    assert "cùng dịp năm trước" in _warned(_load(TET16, "2016-02"))


def test_tet_2025_last_tets_fires_are_its_same_period():
    t = _codes(_load(TET25, "2025-01"))
    assert (t["1"].ky_bao_cao, t["1"].cung_ky) == (153, 173)   # «Giảm 20 vụ»
    assert (t["3"].ky_bao_cao, t["3"].cung_ky) == (Decimal("3.4E9"), Decimal("6.6E9"))


def test_tet_2017_six_days_of_last_tet_are_its_same_period():
    t = _codes(_load(TET17, "2017-01"))
    assert (t["A2"].ky_bao_cao, t["A2"].cung_ky) == (990, 3400) and (t["A4"].ky_bao_cao, t["A4"].cung_ky) == (14, 10)


@pytest.mark.parametrize("title, fitting, period, said", [
    ("Tết Ất Mùi 2015 (9 ngày)", "Tết Bính Thân 2016", "2016-02", True),
    ("6 ngày Tết Bính Thân 2016", "3 ngày Tết Đinh Dậu 2017", "2017-01", True),
    ("Tết Giáp Ngọ 2014", "Tết Bính Thân 2016", "2016-02", False),        # two years back
    ("Đợt cao điểm 2015", "Tết Bính Thân 2016", "2016-02", False),       # another occasion
    ("Tết Ất Mùi", "Tết Bính Thân 2016", "2016-02", False),              # no year
    ("Tết Ất Mùi 2015", "Tết Bính Thân 2016", "2018-02", False),         # what «fits» does not fit
])
def test_same_occasion_a_year_before(title, fitting, period, said):
    assert same_occasion_a_year_before(title, fitting, parse_period(period)) is said


# --- 4. a day inside the period -------------------------------------------------------------------------------------

def test_the_day_of_tet_loads_as_rows_of_that_day():
    t = _codes(_load(TET17, "2017-01"))
    assert t["A2-2017-01-D28"].ky_bao_cao == 350 and t["A4-2017-01-D28"].ky_bao_cao == 2
    assert t["A3-2017-01-D28"].ky_bao_cao == 92   # «Chuyển viện»: its only number is the day's
    assert t["A3-2017-01-D28"].chi_tieu == "Chuyển viện (riêng 7h 28/1 - 7h 29/1/2017)"
    assert t["A2"].ky_bao_cao == 990   # the three days' value unchanged


@pytest.mark.parametrize("title, months, year, day", [
    ("Riêng 7h 28/1 - 7h 29/1/2017", (1, 1), 2017, 28), ("Ngày 28/1/2017", (1, 1), 2017, 28),
    ("Từ 26/1 đến 28/1/2017", (1, 1), 2017, 26), ("Trong ngày 03/02/2019", (2, 2), 2019, 3),
    ("Riêng 7h 28/1 - 7h 29/1/2016", (1, 1), 2017, None),   # another year
    ("Ngày 5/3/2017", (1, 1), 2017, None),                  # outside the period
    ("28/1 - 5/2/2017", (1, 1), 2017, None),                # runs past it
    ("So với 30/9/2020", (10, 10), 2020, None), ("Đến 31/10/2020", (10, 10), 2020, None),
    ("Ngày 28/1/2017 so với 2016", (1, 1), 2017, None),
])
def test_day_span_inside(title, months, year, day):
    got = day_span_inside(title, months, year)
    assert (got[2] if got else None) == day


# --- 5. the same months of an earlier year named «cùng kỳ <year>» ---------------------------------------------------

def test_the_aviation_rate_against_2019_is_the_rows_own():
    t = _codes(_load(AIR, "2022-11T"))
    row = t["R-4.b-2"]
    assert (row.chi_tieu, row.ky_bao_cao, row.don_vi_tinh) == ("Khách nội địa: so với cùng kỳ 2019", Decimal("18.4"), "%")
    assert t["R-4.b-TL"].ky_bao_cao == Decimal("191.3")   # last year's rate unchanged


@pytest.mark.parametrize("title, code", [("So với cùng kỳ 2019 (%)", "2019-11T"), ("So với cùng kỳ năm 2019 (%)", "2019-11T"),
                                         ("So với cùng kỳ 2021 (%)", None), ("So với năm 2019 (%)", None),
                                         ("So với cùng kỳ 2019", None)])
def test_cung_ky_of_a_year_is_the_periods_months_of_it(title, code):
    got = compared_with_years_before(title, parse_period("2022-11T"), [])
    assert (got.code if got else None) == code


# --- 6. đ/<noun> --------------------------------------------------------------------------------------------------

def test_a_price_per_ten_eggs_is_money():
    row = next(f for f in _load(KIEN_GIANG, "2019-05") if f.chi_tieu == "Trứng vịt lạt")
    assert (row.don_vi_tinh, row.ky_bao_cao) == ("đồng", 22000)   # main: unit «đ/chục», a count of 22.000


@pytest.mark.parametrize("unit, kind", [("đ/chục", "money"), ("đ/con", "money"), ("đ/kg", "money"),
                                        ("đ/c", "count"), ("Đ/c", "count")])
def test_dong_per_a_noun(unit, kind):
    assert read_unit(unit).kind == kind


# --- 7. a sign-only comparison: set aside, and said what to add ------------------------------------------------------

def test_a_signed_comparison_with_no_kind_says_what_to_add():
    said = _warned(_load(BHXH, "2020-10"))
    [line] = [w for w in said.splitlines() if "'So với cùng kỳ năm 2019'" in w]
    assert "bỏ qua cột này" in line and "«(+/-)»" in line and "«(%)»" in line
    [before] = [w for w in said.splitlines() if "'So với 30/9/2020'" in w]
    assert "«(+/-)»" not in before   # the advice would not load it: not said


def test_the_advice_loads_the_column(tmp_path):
    text = (HELDOUT / BHXH / "figures.csv").read_text(encoding="utf-8")
    p = _csv(tmp_path, text.replace("So với cùng kỳ năm 2019", "So với cùng kỳ năm 2019 (+/-)"))
    assert _codes(load_table(p, period="2020-10"))["A03"].cung_ky == 14882000
    text = (HELDOUT / TOURISM / "figures.csv").read_text(encoding="utf-8")
    p = _csv(tmp_path, text.replace("So với tháng 5/2020", "So với tháng 5/2020 (%)"))
    assert _codes(load_table(p, period="2021-05"))["1-TL"].ky_bao_cao == -53
