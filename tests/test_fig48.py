"""Figures round 48 (stop 61): the loader gaps the gatherers of stop 60 noted (``LOADER GAP`` in the cases' notes).

1. A comparison with the month before, the sheet holding no value of that month (Sở GTVT Hậu Giang's ``Tháng 2 so
   với tháng trước (%)`` 101,72): a row of its own «<chỉ tiêu>: tháng 2 so với tháng trước» in %, code ``<mã>-KT``
   (``figures.beforerows``); the checker reads «tăng 1,72% so với tháng trước» against it and never reads a rate said
   against last year against it (``checker.beforerow``).
2. An index column of a part of the period whose few numbers under 50 are indexes too (Cục Thống kê Thừa Thiên Huế's
   forest fires, 4,62 and 48,03 among 106,05 · 102,24 · 74,17 · 126,56): kept as the part's index rows, as the
   period value's were (``load.an_index``).
3. A row stating only last year's value (a province's lớp-10 sheet: last year's cut-off scores, this year's «-»): a
   row of last year's period «<chỉ tiêu> (năm 2024)», code ``<mã>-2024`` (``figures.lastyearonly``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.checker.beforerow import against_the_period_before, apart_for_a_year_ago_rate
from service.checker.check import check_text
from service.figures.lastyearonly import last_year_label, last_year_of
from service.figures.load import load_table
from service.periods import parse_period
from tests.sweep_tables import HELDOUT, heldout
from tests.test_fig47 import _codes, _csv   # (one copy of the round files' two helpers)

HAU_GIANG = "xw-hau-giang-so-gtvt-van-tai-hanh-khach-hang-hoa-2024-02"
HUE = "xw-thua-thien-hue-cuc-thong-ke-san-xuat-lam-nghiep-2020-9t"
LOP10 = "xr-binh-duong-so-gddt-tuyen-sinh-lop-10-diem-chuan-2025"
BINH_DINH = "zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05"
THAI_NGUYEN = "ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05"
PHU_QUOC = "xo-an-giang-cang-hkqt-phu-quoc-chuyen-bay-quoc-te-2026-01"
BINH_THUAN = "ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02"


def _said(text: str, table, period: str) -> dict:
    return {text[n.start:n.end]: n for n in check_text(text, table, period=period).numbers}


# --- 1. the month before ------------------------------------------------------------------------------------------

def test_hau_giang_keeps_each_rows_comparison_with_the_month_before():
    t = load_table(HELDOUT / HAU_GIANG / "figures.csv", period="2024-02")
    got = _codes(t)
    assert got["I.1-KT"].ky_bao_cao == Decimal("101.72") and got["I.1-KT"].don_vi_tinh == "%"
    assert got["I.1-KT"].chi_tieu == "Tổng số hành khách vận chuyển: tháng 2 so với tháng trước"
    assert got["I.1.1-KT"].ky_bao_cao == Decimal("105.95") and got["I.1.2-KT"].ky_bao_cao == Decimal("101.34")
    assert got["II.2-KT"].ky_bao_cao == Decimal("97.54")
    assert got["I.1"].ky_truoc is None        # an index rounded to two decimals gives back no value: never Kỳ trước
    assert not any("bỏ qua cột này" in w.message for w in t.warnings)
    assert any("<mã>-KT" in w.message for w in t.warnings)


def test_hau_giang_page_is_supported():
    text = heldout(HAU_GIANG)
    table = load_table(HELDOUT / HAU_GIANG / "figures.csv", period="2024-02")
    said = _said(text, table, "2024-02")
    for rate in ("101,72%", "105,95%", "101,34%", "97,54%"):   # «so với tháng trước bằng 101,72%»: main flagged all four
        assert said[rate].verdict == "supported", rate


@pytest.mark.parametrize("sentence, rate, verdict", [
    ("toàn tỉnh vận chuyển được hơn 2,531 triệu lượt hành khách, tăng 1,72% so với tháng trước.", "1,72%", "derived"),
    ("toàn tỉnh vận chuyển được hơn 2,531 triệu lượt hành khách, tăng 2,72% so với tháng trước.", "2,72%", "unsupported"),
    ("vận chuyển được hơn 500.000 tấn hàng hóa, giảm 2,46% so với tháng trước.", "2,46%", "derived"),
    ("vận chuyển được hơn 500.000 tấn hàng hóa, tăng 2,46% so với tháng trước.", "2,46%", "unsupported"),
])
def test_a_rate_against_the_month_before_is_read_against_the_rows_index(sentence, rate, verdict):
    table = load_table(HELDOUT / HAU_GIANG / "figures.csv", period="2024-02")
    text = "Ước tháng 2, " + sentence
    assert _said(text, table, "2024-02")[rate].verdict == verdict


def test_a_rate_against_last_year_is_never_read_against_a_month_before_row():
    # Bình Định: «IIP tháng 5/2023 giảm 0,24% so với tháng trước và giảm 7,15% so cùng kỳ; luỹ kế 5 tháng … giảm
    # 1,75%» — the IIP row has no value (not loaded); retail's 2-KT (102,9) must not refute nor widen (round 39)
    text = heldout(BINH_DINH)
    table = load_table(HELDOUT / BINH_DINH / "figures.csv", period="2023-05")
    got = _codes(table)
    assert got["2-KT"].ky_bao_cao == Decimal("102.9")
    assert not any(code.startswith("1-") or code == "1" for code in got)   # the value-less IIP row: as before
    said = _said(text, table, "2023-05")
    assert said["7,15%"].verdict != "unsupported" and said["1,75%"].verdict != "unsupported"
    assert said["2,9%"].verdict == "derived"   # «bán lẻ … tăng 2,9% so với tháng trước»: main «chưa kiểm được»


def test_thai_nguyen_so_voi_thang_truoc():
    table = load_table(HELDOUT / THAI_NGUYEN / "figures.csv", period="2019-05")
    got = _codes(table)
    assert got["1-KT"].ky_bao_cao == Decimal("113.2") and got["2-KT"].ky_bao_cao == Decimal("98")
    assert not any("tỷ lệ trên 100%" in w.message for w in table.warnings)   # an index, not a share


MONTH_BEFORE = """Chỉ tiêu;Đơn vị tính;Tháng 3/2024;{title}
Doanh thu;tỷ đồng;120;{a}
Số khách;lượt;4.500;{b}
"""


def test_a_month_before_column_in_words_stays_aside(tmp_path):
    p = _csv(tmp_path, MONTH_BEFORE.format(title="So với tháng trước (%)", a="tăng nhẹ", b="giảm nhẹ"))
    t = load_table(p, period="2024-03")
    assert not any(f.ma.endswith("-KT") for f in t)
    assert any("bỏ qua cột này" in w.message for w in t.warnings)


def test_a_month_before_change_in_the_rows_unit_is_not_a_per_cent_row(tmp_path):
    p = _csv(tmp_path, MONTH_BEFORE.format(title="Tăng/giảm so với tháng trước", a="12", b="-300"))
    t = load_table(p, period="2024-03")
    assert not any(f.ma.endswith("-KT") for f in t)
    assert _codes(t)["R-2"].ky_truoc == Decimal("108000000000")   # Kỳ trước = kỳ báo cáo − tăng/giảm, as before


def test_a_month_before_rate_of_a_row_whose_previous_value_is_given_is_no_row_of_its_own(tmp_path):
    # sggp 3/2024 «1.600 nghìn lượt, tăng 4,4% so với tháng trước»: the change column gives Kỳ trước (1.530), the
    # checker computes the rate from it; the row of a row whose change cell is blank (no Kỳ trước) is still kept
    p = _csv(tmp_path, "STT,Chỉ tiêu,ĐVT,Tháng 3/2024,Tăng/giảm so tháng trước,So với tháng trước (%)\n"
                       "1,Khách quốc tế,nghìn lượt,1.600,+70,\"104,4\"\n2,Khách nội địa,nghìn lượt,2.000,,\"102,5\"\n")
    t = load_table(p, period="2024-03")
    got = _codes(t)
    assert got["1"].ky_truoc == Decimal("1530000") and "1-KT" not in got
    assert got["2"].ky_truoc is None and got["2-KT"].ky_bao_cao == Decimal("102.5")
    said = _said("Khách quốc tế đạt 1.600 nghìn lượt, tăng 4,6% so với tháng trước.", t, "2024-03")
    assert said["4,6%"].verdict == "derived"
    wrong = _said("Khách quốc tế đạt 1.600 nghìn lượt, tăng 6,6% so với tháng trước.", t, "2024-03")
    assert wrong["6,6%"].verdict == "unsupported"


def test_a_signed_month_before_rate_is_kept_as_typed(tmp_path):
    p = _csv(tmp_path, MONTH_BEFORE.format(title="Tăng (+)/giảm (-) so với tháng trước (%)", a="+2,5", b="-1,7"))
    got = _codes(load_table(p, period="2024-03"))
    assert got["R-2-KT"].ky_bao_cao == Decimal("2.5") and got["R-3-KT"].ky_bao_cao == Decimal("-1.7")


@pytest.mark.parametrize("label, before", [
    ("Tổng số hành khách vận chuyển: tháng 2 so với tháng trước", True),
    ("Giá trị xuất khẩu: so tháng trước", True),
    ("Doanh thu: so với quý trước", True),
    ("Doanh thu: so với kỳ trước", True),
    ("Doanh thu: so với cùng kỳ", False),
    ("Doanh thu: so với cùng kỳ tháng trước", False),
    ("Doanh thu: so với năm trước", False),
])
def test_a_label_against_the_period_before(label, before):
    assert against_the_period_before(label) is before
    assert apart_for_a_year_ago_rate("year-ago", label) is before
    assert apart_for_a_year_ago_rate("other", label) is False


# --- 2. indexes under 50 in a part's comparison column ------------------------------------------------------------

def test_hue_forest_fires_indexes_under_50_are_kept():
    t = load_table(HELDOUT / HUE / "figures.csv", period="2020-9T")
    got = _codes(t)
    assert got["4.1-2020-H1-TL"].ky_bao_cao == Decimal("4.62")
    assert got["4.1-2020-Q3-TL"].ky_bao_cao == Decimal("48.03")
    assert got["4.1-2020-H1-TL"].chi_tieu == "Cháy rừng (6 tháng đầu năm 2020): so với cùng kỳ"
    assert not any("không nạp được" in w.message for w in t.warnings)


def test_hue_page_cells_are_supported():
    text = heldout(HUE)
    table = load_table(HELDOUT / HUE / "figures.csv", period="2020-9T")
    said = _said(text, table, "2020-9T")
    assert said["4,62"].verdict == "supported" and said["48,03"].verdict == "supported"   # main: both flagged


PART_RATES = """Mã;Chỉ tiêu;Đơn vị tính;Thực hiện 6 tháng đầu năm 2020;Ước tính 9 tháng năm 2020;6 tháng năm 2020 so với cùng kỳ năm trước (%)
1;Diện tích trồng mới;ha;38;60;{a}
2;Sản lượng gỗ;m3;3.307;5.159;{b}
3;Sản lượng củi;ster;656;1.034;{c}
4;Cháy rừng;ha;6;13;{d}
"""


def test_a_part_column_all_under_50_is_no_index(tmp_path):
    # every number under 50, unsigned, none near 100: rises (``_like_rises``), never indexes — 4,62 is «tăng 4,62%»
    t = load_table(_csv(tmp_path, PART_RATES.format(a="6,05", b="2,24", c="7,17", d="4,62")), period="2020-9T")
    row = _codes(t)["4-2020-H1-TL"]
    assert row.ky_bao_cao == Decimal("4.62") and "tốc độ tăng" in row.chi_tieu


def test_a_part_column_of_indexes_keeps_its_low_index(tmp_path):
    t = load_table(_csv(tmp_path, PART_RATES.format(a="106,05", b="102,24", c="74,17", d="4,62")), period="2020-9T")
    row = _codes(t)["4-2020-H1-TL"]
    assert row.ky_bao_cao == Decimal("4.62") and row.chi_tieu == "Cháy rừng (6 tháng đầu năm 2020): so với cùng kỳ"


def test_a_signed_part_column_is_no_index(tmp_path):
    t = load_table(_csv(tmp_path, PART_RATES.format(a="+106,05", b="+102,24", c="-74,17", d="+4,62")), period="2020-9T")
    row = _codes(t)["4-2020-H1-TL"]
    assert row.ky_bao_cao == Decimal("4.62") and "tốc độ tăng" in row.chi_tieu   # a rise typed with its sign


# --- 3. a row of last year's value alone --------------------------------------------------------------------------

def test_lop10_last_years_cut_off_scores_are_rows_of_2024():
    t = load_table(HELDOUT / LOP10 / "figures.csv", period="2025")
    got = _codes(t)
    assert got["II.4-2024"].ky_bao_cao == Decimal("23.65")
    assert got["II.4-2024"].chi_tieu == "THPT Trịnh Hoài Đức - nguyện vọng 1 (năm 2024)"
    assert got["II.4-2024"].column == "part:2024" and got["II.4-2024"].cung_ky is None
    assert got["II.10-2024"].ky_bao_cao == Decimal("20.35")
    assert "II.4" not in got        # never this year's value
    assert got["I.1"].ky_bao_cao == Decimal("20000")
    assert any("cùng kỳ năm trước" in w.message and "<mã>-<kỳ>" in w.message for w in t.warnings)


def test_lop10_page_scores_are_supported():
    text = heldout(LOP10)
    table = load_table(HELDOUT / LOP10 / "figures.csv", period="2025")
    said = _said(text, table, "2025")
    for score in ("23,65", "23,30", "23,50", "20,2", "20,35"):   # main: each «không có chỉ tiêu nào cho ra»
        assert said[score].verdict == "supported", score


def test_with_no_period_known_the_rows_stay_out_said(tmp_path):
    p = _csv(tmp_path, "Chỉ tiêu,Đơn vị tính,Kỳ này,Cùng kỳ năm trước\nSố hội đồng thi,hội đồng,47,45\n"
                       "Điểm chuẩn trường A,điểm,-,\"23,65\"\n")
    t = load_table(p)
    assert [f.ma for f in t] == ["R-2"]
    assert any("không được lưu" in w.message for w in t.warnings)


def test_a_label_naming_its_own_year_keeps_that_year():
    # Phú Quốc airport, January 2026: «Hành khách phục vụ năm 2024 | | 4,1» under «Cùng kỳ năm trước»
    t = load_table(HELDOUT / PHU_QUOC / "figures.csv", period="2026-01")
    got = _codes(t)
    assert got["5-2024"].ky_bao_cao == Decimal("4100000") and got["5-2024"].chi_tieu == "Hành khách phục vụ năm 2024"
    assert got["6-2025"].ky_bao_cao == Decimal("5900000")


def test_a_row_stating_its_change_too_is_not_last_years_alone():
    # Bình Thuận's Tết: «Tai nạn do đánh nhau | | 88 | -29» — the row says this Tết's number by its change
    t = load_table(HELDOUT / BINH_THUAN / "figures.csv", period="2018-02")
    assert not any(f.chi_tieu.startswith("Tai nạn do đánh nhau") for f in t)
    assert any("không được lưu" in w.message for w in t.warnings)


@pytest.mark.parametrize("label, report, code, shown", [
    ("THPT Dĩ An - nguyện vọng 1", "2025", "2024", "THPT Dĩ An - nguyện vọng 1 (năm 2024)"),
    ("Số vụ cháy", "2024-02", "2023-02", "Số vụ cháy (tháng 2 năm 2023)"),
    ("Sản lượng", "2020-9T", "2019-9T", "Sản lượng (9 tháng đầu năm 2019)"),
    ("Hành khách phục vụ năm 2024", "2026-01", "2024", "Hành khách phục vụ năm 2024"),
])
def test_last_years_period_and_label(label, report, code, shown):
    period = last_year_of(label, parse_period(report))
    assert period.code == code
    assert last_year_label(label, period) == shown
