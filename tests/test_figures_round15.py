"""Figures loader round 15: an estimate beside the done-so-far, a row's own unit in a matrix titled with units, money
per a base, then agencies' own sheets built by hand from public pages, expected rows written before the loader was
run."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.figures.load import load_table

ROOT = Path(__file__).parent.parent
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"
DATA = ROOT / "evaluations" / "data" / "figures-round15"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _warned(t, *needles):
    """A warning says every needle, in its words or the column it names."""
    return any(all(n in f"{w.message} {w.column or ''}" for n in needles) for w in t.warnings)


def _by_label(t):
    return {f.chi_tieu: f for f in t}


# --- 1. an estimate to the period's end beside the value done so far ------------------------------------------------

def test_the_estimate_to_the_periods_end_is_the_value_and_the_done_so_far_a_row_of_its_own():
    # zn-tuyen-quang-chiem-hoa-trong-rung-2019-9t: «tính đến tháng 9/2019 … trên 2.284 ha (122,2% KH) … ước thực hiện
    # đến hết tháng 9/2019 2.360 ha (126% KH)»; 'Ước thực hiện hết tháng 9' was set aside «cột không thuộc bảng số liệu»
    for period in ("2019-9T", None):
        t = load_table(HELDOUT / "zn-tuyen-quang-chiem-hoa-trong-rung-2019-9t" / "figures.csv", period=period)
        rows = _by_label(t)
        assert (rows["Tổng diện tích trồng rừng mới"].ky_bao_cao, rows["Tổng diện tích trồng rừng mới"].don_vi_tinh) \
            == (D(2360), "ha")
        so_far = rows["Tổng diện tích trồng rừng mới: thực hiện đến thời điểm báo cáo"]
        assert (so_far.ky_bao_cao, so_far.don_vi_tinh) == (D(2284), "ha")
        # the parts state only the done-so-far: kept as such, no value of the period invented
        assert rows["Trong đó: trồng rừng sản xuất tập trung: thực hiện đến thời điểm báo cáo"].ky_bao_cao == D(2170)
        assert "Trong đó: trồng rừng sản xuất tập trung" not in rows
        assert _warned(t, "Ước thực hiện hết tháng 9", "ước thực hiện đến hết kỳ báo cáo")


def test_done_to_a_day_and_the_estimate_to_the_months_end(tmp_path):
    # a month's report written mid-month: «Thực hiện đến 15/11 | Ước thực hiện đến hết tháng 11»
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2024,Thực hiện đến 15/11,Ước thực hiện đến hết "
                                     "tháng 11\n1,Thu ngân sách,triệu đồng,1.000,400,520\n2,Tiêm chủng,trẻ,300,120,150\n")
    t = load_table(path, period="2024-11")
    rows = _by_label(t)
    assert (rows["Thu ngân sách"].ky_bao_cao, rows["Thu ngân sách"].ke_hoach) == (D(520 * 10**6), D(10**9))
    assert rows["Thu ngân sách: thực hiện đến 15/11"].ky_bao_cao == D(400 * 10**6)
    assert rows["Tiêm chủng: thực hiện đến 15/11"].ky_bao_cao == D(120)


def test_the_years_estimate_beside_the_half_is_its_outlook(tmp_path):
    # «Thực hiện 6 tháng | Ước TH năm» under the half: the estimate was dropped («số ước tính … bỏ qua cột này»), and
    # «Ước thực hiện năm 2024» alone made the file a year's («tệp là số liệu năm 2024 … kỳ được chọn là 2024-H1»)
    for title in ("Ước TH năm", "Ước thực hiện năm 2024", "Ước thực hiện cả năm"):
        path = _write(tmp_path, "a.csv", f"STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2024,Thực hiện 6 tháng,{title}\n"
                                         "1,Thu ngân sách,triệu đồng,1.000,400,980\n")
        t = load_table(path, period="2024-H1")
        rows = _by_label(t)
        assert rows["Thu ngân sách"].ky_bao_cao == D(400 * 10**6), title
        assert rows["Thu ngân sách (ước thực hiện năm 2024)"].ky_bao_cao == D(980 * 10**6), title


# --- 2. a matrix with units in its column titles, a row with a unit of its own --------------------------------------

def test_a_rows_own_unit_wins_over_the_matrix_columns_units():
    # zm-binh-phuoc-loc-ninh-xa-loc-dien-hdnd-ktxh-2017: «Thu nhập bình quân đầu người | triệu đồng/người/năm | 23,102»
    # under «Diện tích (ha) | Năng suất bình quân (tấn/ha)» was «…: diện tích» 23,102 ha
    t = load_table(HELDOUT / "zm-binh-phuoc-loc-ninh-xa-loc-dien-hdnd-ktxh-2017" / "figures.csv", period="2017")
    rows = _by_label(t)
    f = rows["Thu nhập bình quân đầu người"]
    assert f.ky_bao_cao == D(23_102_000) and f.don_vi_tinh.startswith("đồng")
    assert "Thu nhập bình quân đầu người: diện tích" not in rows
    # a row in the columns' own units keeps them: «ha» under «Năng suất (tấn/ha)» is a row of areas, its yield in t/ha
    assert (rows["Hồ tiêu đang cho thu hoạch: năng suất bình quân"].don_vi_tinh,
            rows["Hồ tiêu đang cho thu hoạch: diện tích"].don_vi_tinh) == ("tấn/ha", "ha")
    assert _warned(t, "triệu đồng/người/năm", "đơn vị của hàng")


# --- 4. a rate against last year beside a blank 'Cùng kỳ' ------------------------------------------------------------

def test_a_rate_beside_a_blank_last_year_is_a_row_the_checker_reads(tmp_path):
    # round 14's item 3, again now that the checker compares a rate row's value: «tăng 1,04%» in «So cùng kỳ (%)»
    # where «Năm 2023» is blank was set aside; a row whose last year is there keeps it and no rate row
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2023,Năm 2024,So cùng kỳ (%)\n"
                                     "1,Sản lượng điện,triệu kWh,,\"1.250\",\"tăng 1,04%\"\n"
                                     "2,Doanh thu,tỷ đồng,500,540,108\n3,Chi phí,tỷ đồng,,300,\"giảm 6,2%\"\n"
                                     "4,Lao động,người,,120,\"95,5\"\n")
    t = load_table(path, period="2024")
    rows = _by_label(t)
    assert (rows["Sản lượng điện: tốc độ tăng so với cùng kỳ"].ky_bao_cao,
            rows["Sản lượng điện: tốc độ tăng so với cùng kỳ"].don_vi_tinh) == (D("1.04"), "%")
    assert rows["Chi phí: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("-6.2")
    assert rows["Lao động: so với cùng kỳ"].ky_bao_cao == D("95.5")       # an index, last year = 100
    assert rows["Doanh thu"].cung_ky == D(500 * 10**9) and not any(f.ma == "2-TL" for f in t)
    assert _warned(t, "để trống ô 'Năm 2023'", "tốc độ tăng so với cùng kỳ")


def test_the_held_out_rates_beside_blank_bases():
    # zl-tp-ho-chi-minh-citenco (lợi nhuận sau thuế «giảm 6,3%»), zi-toan-quoc-petrolimex (doanh thu «bằng 130%»)
    rows = _by_label(load_table(HELDOUT / "zl-tp-ho-chi-minh-citenco-moi-truong-do-thi-2018" / "figures.csv",
                                period="2018"))
    assert rows["Lợi nhuận sau thuế: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("-6.3")
    rows = _by_label(load_table(HELDOUT / "zi-toan-quoc-petrolimex-ket-qua-kinh-doanh-2017-q1" / "figures.xlsx",
                                period="2017-Q1"))
    assert rows["Tổng doanh thu thuần hợp nhất: so với cùng kỳ"].ky_bao_cao == D(130)


# --- round 15: agencies' sheets built by hand from public pages (evaluations/data/figures-round15/build.py) ---------
# Expected rows written before the loader was run on the sheets.  A row is found by the words of its label (every
# word group folded inside the loaded label), its unit and its value; last year's and the plan are checked where given.

M = 10**6


def _e(words, unit, value, cung_ky=None, ke_hoach=None):
    return (tuple(words.split("|")), unit, value, cung_ky, ke_hoach)


def _find(t, expected):
    from service.figures.schema import fold
    words, unit, value, cung_ky, ke_hoach = expected
    for f in t:
        if all(fold(w) in fold(f.chi_tieu) for w in words) and (unit is None or f.don_vi_tinh == unit) \
                and f.ky_bao_cao == D(str(value)) and (cung_ky is None or f.cung_ky == D(str(cung_ky))) \
                and (ke_hoach is None or f.ke_hoach == D(str(ke_hoach))):
            return f
    return None


#: name → (period given, expected rows)
SHEETS15: dict[str, tuple] = {
    # a value and its design typed in one cell ("31,24/32,5"): the design is what the stock is measured against
    "w01-baohatinh-hochua-2023-02.csv": ("2023-02", [
        _e("Hồ Kẻ Gỗ|mực nước", "m", "31.24", ke_hoach="32.5"),
        _e("Hồ Kẻ Gỗ|dung tích", "m3", "306900000", ke_hoach=345 * M),
        _e("Hồ Sông Rác|dung tích", "m3", 124 * M, ke_hoach="124500000"),
        _e("Hồ Thượng Tuy|mực nước", "m", "24.47", ke_hoach="24.5")]),
    # a yearbook, years as rows, two blocks under their own unit lines, bilingual titles; 2022 is «Sơ bộ - Prel.»
    "w02-hoabinh-laodong-2022.xlsx": ("2022", [
        _e("Tổng số", "người", 497477, 464174), _e("Nam", "người", 259342, 242674),
        _e("Nông thôn", "người", 393155, 362752), _e("Nam", "%", "58.85", "55.32")]),
    # a price list, the commodity merged down over its regions, English notation, "/" for no note
    "w03-nongnhan-gianongsan-2020-10.xlsx": ("2020-10", [
        _e("Hồ tiêu|Gia Lai", None, 49500), _e("Hồ tiêu|Đắk Lăk", None, 50500),
        _e("Cà phê|Cư M’gar", None, 32100)]),
    # a price list under a group row, đ/kg
    "w04-vinanet-giagao-haugiang-2013-12.csv": ("2013-12", [
        _e("Lúa thường", None, 5600), _e("Gạo TPXK 25% tấm", None, 7100)]),
    # school years as columns, bilingual labels, parts named alike under each level, an index block
    "w05-vinhphuc-solop-2022-2023.xlsx": ("2022-2023", [
        _e("Tiểu học", "lớp", 3802, 3767), _e("Trung học cơ sở", "lớp", 2175, 2102),
        _e("Ngoài công lập", "lớp", 10), _e("Ngoài công lập", "lớp", 4),
        _e("Tiểu học", "%", "100.93")]),
    # the stock beside the design, a rate of the design, a rate of last year with no last year's column
    "w06-binhdinh-hochua-2020-06.csv": ("2020-06", [
        _e("Toàn tỉnh", "m3", "212770000", ke_hoach="589900000"),
        _e("Công ty TNHH Khai thác CTTL", "m3", "178730000", ke_hoach="459100000"),
        _e("Toàn tỉnh|số hồ", "hồ", 165), _e("Toàn tỉnh|cùng kỳ", "%", "75.7")]),
    # rates only under a unit line, years as rows
    "w07-quangtri-thieuvieclam-2023.csv": ("2023", [
        _e("Tổng số", "%", "3.94", "3.31"), _e("Nam", "%", "4.65", "4.02"), _e("Nông thôn", "%", "4.46", "3.92")]),
    # outflows in m3/s beside a rate of the design, some rates blank
    "w08-quangbinh-xatran-2017-10.csv": ("2017-10", [
        _e("Hồ Sông Thai", "m3/s", "52.3"), _e("Hồ Vực Tròn", "m3/s", 540), _e("Hồ Vực Tròn|dung tích", "%", 123)]),
}

# Still wrong at the end of round 15 (evaluations/figures-round15.md): strict, so each flips when fixed.
OPEN15: dict[str, str] = {
    # w01 loads since round 16 (a pair «hiện tại/thiết kế» in every cell: the value, then its plan): its strict xfail
    # made a plain test, as the brief says
    # w02 loads since round 18 (a bilingual header of two rows, blocks of years under unit lines): test_figures_round18
    # w03 loads since round 16 (words merged down in the xlsx filled down; the repeating column a qualifier of the
    # label column beside it): its strict xfail made a plain test, as the brief says
    # w06 loads since stop 40 (its «So cùng kỳ năm 2019 (%)» 75,7, an index beside no last year's column, kept as
    # «<chỉ tiêu>: so với cùng kỳ»; the checker reads an index below 100 as a fall): its strict xfail made a plain test
    # w07 loads since round 17 (years down the first column under «Năm», a yearbook turned): tests/test_figures_round17.py
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=OPEN15[n]))
                                  if n in OPEN15 else n for n in sorted(SHEETS15)])
def test_the_round15_sheet_loads_every_stated_number_where_it_belongs(name):
    period, rows = SHEETS15[name]
    t = load_table(DATA / name, period=period)
    missing = [e for e in rows if _find(t, e) is None]
    assert not missing, (missing, [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach) for f in t])


# --- the fixes of round 15, each a rule on the words of the pages ---------------------------------------------------

def test_a_measure_unit_with_a_power_in_the_value_columns_title(tmp_path):
    # w08 (plo.vn, Quảng Bình 16/10/2017): «Lưu lượng xả (m3/s)» — the digit of m3 made the title's unit unread
    path = _write(tmp_path, "a.csv", "STT,Hồ chứa,Lưu lượng xả (m3/s)\n1,Hồ Sông Thai,\"52,3\"\n2,Hồ Vực Tròn,540\n")
    rows = _by_label(load_table(path, period="2017-10"))
    assert (rows["Hồ Sông Thai"].ky_bao_cao, rows["Hồ Sông Thai"].don_vi_tinh) == (D("52.3"), "m3/s")
    # a number or a period in brackets is still no unit
    path = _write(tmp_path, "b.csv", "STT,Chỉ tiêu,ĐVT,Kết quả (6 tháng 2023)\n1,Số vụ,vụ,5\n")
    assert _by_label(load_table(path, period="2023-H1"))["Số vụ"].don_vi_tinh == "vụ"


def test_a_rate_of_the_design_with_no_design_column_is_a_row_of_its_own(tmp_path):
    # w08: «Dung tích so với thiết kế (%)» — against the reservoir's design capacity, as a rate of a plan
    path = _write(tmp_path, "a.csv", "STT,Hồ chứa,Lưu lượng xả (m3/s),Dung tích so với thiết kế (%)\n"
                                     "1,Hồ Vực Tròn,540,123\n2,Hồ Rào Đá,110,\n")
    rows = _by_label(load_table(path, period="2017-10"))
    assert (rows["Hồ Vực Tròn: dung tích so với thiết kế"].ky_bao_cao,
            rows["Hồ Vực Tròn: dung tích so với thiết kế"].don_vi_tinh) == (D(123), "%")
    assert "Hồ Rào Đá: dung tích so với thiết kế" not in rows


def test_a_comma_grouping_thousands_in_whole_dong(tmp_path):
    # w03 (nongnhan 21/10/2020): «GIÁ THỊ TRƯỜNG (Đồng/Kg) | 49,500» was refused «không phải là số nguyên»: no price
    # is a fraction of a đồng; a count keeps the refusal (tests/test_figures_load.py)
    path = _write(tmp_path, "a.csv", "Mặt hàng,ĐVT,Giá\nHồ tiêu,đồng/kg,\"49,500\"\nCà phê,đồng/kg,\"31,300\"\n")
    t = load_table(path, period="2020-10")
    assert _by_label(t)["Hồ tiêu"].ky_bao_cao == D(49500)
    assert _warned(t, "«49,500»", "ngăn hàng nghìn")


def test_a_unit_line_glossed_in_english_gives_the_rows_under_it_their_unit():
    # w05 (Vĩnh Phúc yearbook 2022, b235): «Lớp - Class» over the levels, «Chỉ số phát triển (Năm trước = 100) - %»
    # over the indices; «Tiểu học - Primary school», «Công lập - Public», «Nam - Male» are no units
    from service.figures.sheet import group_unit
    assert (group_unit("Lớp - Class"), group_unit("Người - Person")) == ("lớp", "người")
    assert group_unit("Tiểu học - Primary school") is None and group_unit("Công lập - Public") is None
    assert group_unit("Nam - Male") is None


def test_the_stock_now_and_its_design_are_the_value_and_the_plan(tmp_path):
    # w06 (pcttbinhdinh, tuần 24/2020): «Số hồ | Dung tích hiện tại (triệu m3) | Dung tích thiết kế (triệu m3)» was
    # refused «không rõ cột nào là số liệu kỳ báo cáo»; the design is what the stock is measured against
    from service.figures.schema import read_title
    assert read_title("Dung tích thiết kế (triệu m3)").column == "ke_hoach"
    assert read_title("Dung tích hiện tại (triệu m3)").column == "ky_bao_cao"
    assert read_title("Số hộ hiện có").column == "ky_bao_cao" and read_title("Thiết kế").column is None
    path = _write(tmp_path, "a.csv", "STT,Đơn vị quản lý,Số hồ,Dung tích hiện tại (triệu m3),Dung tích thiết kế "
                                     "(triệu m3)\n1,Công ty TNHH Khai thác CTTL,15,\"178,73\",\"459,10\"\n")
    rows = _by_label(load_table(path, period="2020"))
    f = rows["Công ty TNHH Khai thác CTTL"]
    assert (f.ky_bao_cao, f.ke_hoach, f.don_vi_tinh) == (D(178_730_000), D(459_100_000), "m3")
    assert rows["Công ty TNHH Khai thác CTTL: số hồ"].ky_bao_cao == D(15)
