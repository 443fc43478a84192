"""Figures loader round 24: agencies' own sheets built by hand from public pages
(evaluations/data/figures-round24/build.py), in layouts the rounds had not had, expected rows written before the
loader was run on them (evaluations/data/figures-round24/README.md has the first look)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.figures.load import load_table
from service.figures.schema import fold
from tests.figures_sheets import expected as _e, find as _find

ROOT = Path(__file__).parent.parent
DATA = ROOT / "evaluations" / "data" / "figures-round24"

B = 10**9
M = 10**6
K = 10**3


def _g(words, rate):
    """A declared rate of change (``Tăng so với cùng kỳ (%)`` 9,6) the row keeps: a row of its own in % holding the
    rate (label words matched, the column's words included), or the row's last year giving the rate back."""
    return ("change", tuple(words.split("|")), D(str(rate)))


def _i(words, index):
    """A declared index (``bằng 100,3% so với cùng kỳ``) the row keeps: a row of its own in % holding the index, or
    the row's last year giving the index back — never read as a rise of that many per cent."""
    return ("index", tuple(words.split("|")), D(str(index)))


def _p(words, rate):
    """A declared rate of a plan or estimate (``% dự toán`` 254) the row keeps: a row of its own in % holding the
    rate, or the row's plan giving the rate back."""
    return ("plan", tuple(words.split("|")), D(str(rate)))


def _close(got, want) -> bool:
    return abs(got - want) <= D("0.05") * (1 if want.as_tuple().exponent < 0 else 10)


def _kept(t, row) -> bool:
    kind, words, want = row
    for f in t:
        text = fold(f"{f.muc} {f.chi_tieu}")
        if not all(fold(w) in text for w in words):
            continue
        if f.don_vi_tinh == "%" and f.ky_bao_cao == want:
            return True
        if kind == "change" and f.cung_ky and _close((f.ky_bao_cao / f.cung_ky - 1) * 100, want):
            return True
        if kind == "index" and f.cung_ky and _close(f.ky_bao_cao / f.cung_ky * 100, want):
            return True
        if kind == "plan" and f.ke_hoach and _close(f.ky_bao_cao / f.ke_hoach * 100, want):
            return True
    return False


#: name → (period given, expected rows), as the agency means them; label fragments matched in Mục and label
SHEETS24: dict[str, tuple] = {
    # a plan and its rate of the plan, no column of the amount disbursed
    "e01-thoibaotaichinh-vondautucong-2023-q1.csv": ("2023-Q1", [
        _e("Tổng kế hoạch đầu tư|kế hoạch", None, "92917980000000"),
        _e("cân đối ngân sách địa phương|kế hoạch", None, "67268660000000"),
        _e("ngân sách trung ương|kế hoạch", None, "25649320000000"),
        _p("Tổng kế hoạch đầu tư", "2.74"), _p("Hồ Chí Minh", "0.89"), _p("cả nước", "10.35")]),
    # indexes under «Tăng so với cùng kỳ (%)»
    "e02-tapchicaosu-vrg-2014.csv": ("2014", [
        _e("khai thác", None, 265967), _e("thu mua", None, 61137), _e("chế biến", None, 336556),
        _e("tiêu thụ", None, 323134), _e("Xuất khẩu", None, 118866), _e("nội địa", None, 204268),
        _e("Doanh thu", None, "12099100000000"),
        _p("khai thác", "104.7"), _p("thu mua", "89.7"), _p("Doanh thu", "79.7"), _p("nội địa", "117.3"),
        _i("thu mua", "100.3"), _i("chế biến", "101.6"), _i("Sản lượng tiêu thụ", "107"), _i("Xuất khẩu", "91.4"),
        _i("nội địa", "118.9"), _i("Doanh thu", "76.3")]),
    # the statistics office's five columns: previous month (blank), this month, months so far, two indexes
    "e03-sggp-banle-2018-07.csv": ("2018-07", [
        _e("TỔNG SỐ", None, 371500 * B), _e("Bán lẻ hàng hóa", None, 277100 * B),
        _e("lưu trú", None, 45900 * B), _e("lữ hành", None, 3500 * B), _e("Dịch vụ khác", None, 45000 * B),
        _e("TỔNG SỐ|từ đầu năm", None, 2493400 * B), _e("Bán lẻ hàng hóa|từ đầu năm", None, 1875000 * B),
        _i("TỔNG SỐ", "113.3"), _i("Bán lẻ hàng hóa", "114"), _i("lưu trú", "106.4"), _i("Dịch vụ khác", "117.4"),
        _i("TỔNG SỐ|từ đầu năm", "111.1")]),
    # two plans of one year side by side
    "e04-tapchicaosu-vrg-2016.csv": ("2016", [
        _e("khai thác", None, 253174), _e("thu mua", None, 70976), _e("chế biến", None, 321333),
        _e("tiêu thụ", None, 327836),
        _p("khai thác|điều chỉnh", "104.96"), _p("khai thác|đăng ký", "103.21"), _p("thu mua", "118.8"),
        _p("Visorutex", "92.9"), _p("Kampongthom", "78.2"),
        _i("chế biến", "96.5"), _i("tiêu thụ", "105.2")]),
    # a budget sheet: last year, this year's estimate, % of the estimate, the change, next year's estimate
    "e05-tienphong-daklak-ngansach-2018.csv": ("2018", [
        _e("Tổng thu cân đối", None, 5500 * B, cung_ky=5000 * B), _e("xuất nhập khẩu", None, 127 * B),
        _e("Tổng chi", None, 15000 * B, cung_ky=13500 * B),
        _p("xuất nhập khẩu", "254"), _p("Tổng chi", "101.38"), _g("xuất nhập khẩu", "189"), _g("Tổng chi", "14.2")]),
    # sub-totals at the bottom of two blocks
    "e06-tapchicaosu-vrg-2021.csv": ("2021", [
        _e("trong nước", None, "241024.7"), _e("nước ngoài", None, 136698),
        _e("Tổng cộng", None, "377722.6", ke_hoach=377717),
        _e("Tự khai thác|kế hoạch", None, 374293), _e("Nhượng quyền|kế hoạch", None, 3424),
        _e("Cộng|kế hoạch", None, 377717),
        _p("trong nước", "100.3"), _p("nước ngoài", "99.5")]),
    # a header over two rows, merged cells: each period over its value and its change
    "e07-thuviensuckhoe-channuoi-2020-9t.xlsx": ("2020-9T", [
        _e("thịt hơi các loại", None, 3900 * K), _e("thịt trâu", None, 69 * K), _e("thịt bò", None, 272600),
        _e("sữa", None, 799200), _e("thịt gia cầm", None, 1056700), _e("trứng", None, 10700 * M),
        _e("thịt trâu|quý III", None, 20 * K), _e("thịt bò|quý III", None, 85100), _e("trứng|quý III", None, 3500 * M),
        _g("thịt hơi các loại", "1.1"), _g("thịt trâu", "1.8"), _g("sữa", "9.9"), _g("trứng", "10.8"),
        _g("Giá trị sản xuất chăn nuôi", "3.76"), _g("đàn trâu", "-2.2"), _g("số lợn", "3.6"),
        _g("thịt trâu|quý III", "3.5"), _g("Giá trị sản xuất chăn nuôi|quý III", "9.67")]),
    # an XLSX with a hidden column (the year's plan) and a hidden row (a plan-only row)
    "e08-congthuongthainguyen-9t-2020.xlsx": ("2020-9T", [
        _e("Giá trị sản xuất công nghiệp", None, "567634200000000", ke_hoach=803300 * B),
        _e("bán lẻ", None, "28354900000000"), _e("xuất khẩu", None, 20320 * M),
        _e("Trung ương|kế hoạch", None, 24603 * B),
        _g("Giá trị sản xuất công nghiệp", "2.5"), _g("bán lẻ", "0.35"), _g("xuất khẩu", "-5.6"),
        _p("bán lẻ", "67.7"), _p("xuất khẩu", "68.9"), _g("quý I", "-4.81"), _g("quý II", "-5.25")]),
    # a CSV in UTF-16
    "e09-baonghean-ktxh-2021.csv": ("2021", [
        _e("Thu ngân sách", None, 18056 * B), _e("Chi ngân sách", None, 27984 * B),
        _e("Giải ngân", None, "4396490000000"), _e("tập trung", None, "2304940000000"),
        _e("cấp mới", None, 115), _e("điều chỉnh", None, 147), _e("Tổng vốn", None, "39319820000000"),
        _p("Thu ngân sách", "128.6"), _p("Giải ngân", "72.97"), _p("tập trung", "72.9"),
        _i("Thu ngân sách", "101.2")]),
    # numbers as text with a space (or a no-break space) between the thousands
    "e10-dalatinfo-congnghiep-2021-q1.csv": ("2021-Q1", [
        _e("Bia", None, 22500), _e("Hạt điều", None, 152), _e("Rau", None, 270), _e("bôxit", None, 167300),
        _g("Bia", "65.77"), _g("bôxit", "0.66"), _g("toàn ngành", "5.17"), _g("Khai khoáng", "1.45"),
        _g("điều hòa", "10.3")]),
}

# Still wrong after the round (evaluations/figures-round24.md): strict, so each flips when fixed.
#: e04 was open until two rated plans each kept their named rate (round 24's rule 2): every sheet loads as expected.
OPEN24: dict[str, str] = {}


def _missing(t, rows):
    used: set = set()
    return [e for e in rows if not (_kept(t, e) if isinstance(e[0], str) else _find(t, e, used) is not None)]


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=OPEN24[n]))
                                  if n in OPEN24 else n for n in sorted(SHEETS24)])
def test_the_round24_sheet_loads_every_stated_number_where_it_belongs(name):
    period, rows = SHEETS24[name]
    t = load_table(DATA / name, period=period)
    missing = _missing(t, rows)
    assert not missing, (missing, [(f.muc, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach) for f in t])


# What must not be read (written with the expected rows, before the first look)
def test_an_index_under_an_increase_title_is_never_a_rise_of_that_many_per_cent():
    # e02: 100,3 under «Tăng so với cùng kỳ (%)» beside 61.137 tấn is an index (last year ≈ 60.954 tấn), not a rise
    # of 100,3 % (last year ≈ 30.523 tấn)
    t = load_table(DATA / "e02-tapchicaosu-vrg-2014.csv", period="2014")
    for f in t:
        if f.cung_ky:
            assert f.ky_bao_cao / f.cung_ky > D("0.7"), (f.chi_tieu, f.ky_bao_cao, f.cung_ky)
        assert not ("tốc độ tăng" in f.chi_tieu and f.ky_bao_cao in (D("100.3"), D("101.6"), D("118.9"))), f.chi_tieu


def test_next_years_estimate_is_never_this_years():
    # e05: «Dự toán năm 2019» (6.800, 14.000 tỷ) beside 2018 is no estimate of 2018
    t = load_table(DATA / "e05-tienphong-daklak-ngansach-2018.csv", period="2018")
    assert all(f.ke_hoach not in (6800 * B, 14000 * B) for f in t)
    assert all(f.ky_bao_cao not in (6800 * B, 14000 * B) or "2019" in f.chi_tieu for f in t)


def test_the_months_so_far_are_never_the_month():
    # e03: «Cộng dồn từ đầu năm» 2.493.400 tỷ is the 7 months', not July's; the blank previous month gives nothing
    t = load_table(DATA / "e03-sggp-banle-2018-07.csv", period="2018-07")
    for f in t:
        if f.ky_bao_cao == 2493400 * B:
            assert "dồn" in f.chi_tieu or "đầu năm" in f.chi_tieu, f.chi_tieu
        assert f.ky_truoc is None, f.chi_tieu


def test_a_sub_total_is_never_the_heading_of_the_rows_below():
    # e06: «Tổng cộng» closes the regions' block; the plan rows below it are not in a Mục «Tổng cộng»
    t = load_table(DATA / "e06-tapchicaosu-vrg-2021.csv", period="2021")
    assert all("cộng" not in (f.muc or "").lower() for f in t)


def test_a_plan_without_the_amount_done_is_loaded_and_the_missing_column_said():
    # e01: the table loads (plans and rates kept) and a warning says there is no column of the amount done
    t = load_table(DATA / "e01-thoibaotaichinh-vondautucong-2023-q1.csv", period="2023-Q1")
    assert any("kỳ báo cáo" in fold(w.message) or "ky bao cao" in fold(w.message) for w in t.warnings)
