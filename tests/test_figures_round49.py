"""Figures round 49 (stop 61): the loader gaps the gatherers of the batches xx-/xy- recorded.

1. A range typed in a price cell (``4.650-4.900``, ``58.000 - 62.000``) is a number of its column: the price
   bulletins of Sở Công Thương Kiên Giang («Giá kỳ này») and Đồng Nai («Giá tuần 07/8 - 11/8/2023») were refused
   «thiếu cột 'Kỳ báo cáo'».  A span of years is no range.
2. A rise typed with its sign in a per cent comparison column kept as rows (``+120,0`` under «Tháng 3/2017 so với
   tháng 2/2017 (%)») was refused «không phải là số» while ``+11,4`` against last year passed.
3. The same months of a year before last (``7 tháng năm 2020`` in a 2024-7T sheet, rates «So với quý I/2015 (%)»
   in a 2017-Q1 one) were set aside; a year further back than a term's base (``Năm 2006`` in 2010-2020) too.
4. Headers the gatherers had to reword: ``Kết quả đến tháng 12/2020`` in a 2010-2020 report (refused «thiếu cột
   'Kỳ báo cáo'»), a title ``(TỪ NĂM 2017 ĐẾN THÁNG 3/2018)`` (read as quý I/2018, refused against ``2018-03``).
"""

from decimal import Decimal
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.crossyear import month_ending_a_span_across_years
from service.figures.earlieryears import compared_with_years_before, same_months_years_before
from service.figures.load import load_table
from service.figures.rangecells import range_ends
from service.figures.termend import to_the_terms_end
from service.periods import parse_period
from tests.figures_sheets import by_label, write

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"
KIEN_GIANG = HELDOUT / "xx-kien-giang-so-cong-thuong-gia-mat-hang-trong-yeu-2019-05" / "figures.csv"
DONG_NAI = HELDOUT / "xx-dong-nai-so-cong-thuong-gia-ca-thi-truong-tuan-2023-08" / "figures.csv"
DKKD = HELDOUT / "xx-toan-quoc-cuc-quan-ly-dang-ky-kinh-doanh-doanh-nghiep-thanh-lap-moi-2017-q1" / "figures.csv"
PCTT = HELDOUT / "xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai-2024-7t" / "figures.csv"
BEN_TRE = HELDOUT / "xy-ben-tre-hoi-ccb-tinh-giup-nhau-thoat-ngheo-2010-2020" / "figures.csv"
HUNG_YEN = HELDOUT / "xy-hung-yen-hoi-khuyen-hoc-tinh-quy-khuyen-hoc-2018-03" / "figures.csv"


def _csv(tmp_path: Path, text: str, name: str = "figures.csv") -> Path:
    return write(tmp_path, name, text)


def _said(table) -> str:
    return "\n".join(w.message for w in table.warnings)


# --- 1. ranges in a price column ---------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, ends", [("4.650-4.900", (4650, 4900)), ("58.000 - 62.000", (58000, 62000)),
                                        ("từ 6 đến 8", (6, 8)), ("12.000–13.000", (12000, 13000))])
def test_a_range_is_read(cell, ends):
    assert range_ends(cell) == tuple(Decimal(e) for e in ends)


@pytest.mark.parametrize("cell", ["2016-2020", "2010 - 2015", "07/8 - 11/8", "5.000-4.000", "+50-100x", "12.000", ""])
def test_a_span_of_years_a_date_span_or_a_reversed_pair_is_no_range(cell):
    assert range_ends(cell) is None


@pytest.mark.parametrize("period", ["2019-05", None])
def test_kien_giang_price_bulletin_with_ranges_loads(period):
    t = load_table(KIEN_GIANG, period=period)
    rice = by_label(t)["Lúa tươi thường (IR50404)"]
    assert rice.ky_bao_cao == Decimal(4900) and rice.ky_bao_cao.low == Decimal(4650)
    assert "«4.650-4.900» là một khoảng" in _said(t)


@pytest.mark.parametrize("period", ["2023-08", None])
def test_dong_nai_weekly_price_column_loads(period):
    t = load_table(DONG_NAI, period=period)
    rows = by_label(t)
    assert rows["Cà phê"].ky_bao_cao == Decimal(62000)   # a single price beside the ranges
    assert rows["Thịt bò phi-lê"].ky_bao_cao.low == Decimal(280000)


def test_a_column_of_year_spans_is_still_no_value_column(tmp_path):
    text = ("Mã,Chỉ tiêu,Đơn vị tính,Giai đoạn\nA,Số xã đạt chuẩn,xã,2016-2020\nB,Số hộ thoát nghèo,hộ,2021-2025\n")
    with pytest.raises(InputError, match="thiếu cột 'Kỳ báo cáo'"):
        load_table(_csv(tmp_path, text), period="2020")


# --- 2. a rise typed with its sign -------------------------------------------------------------------------------

def test_a_signed_rise_in_a_month_on_month_column_loads(tmp_path):
    typed = DKKD.read_text(encoding="utf-8").replace('"120,0"', '"+120,0"').replace(',"11,4"', ',"+11,4"')
    assert '"+120,0"' in typed and '"+11,4"' in typed
    rows = by_label(load_table(_csv(tmp_path, typed), period="2017-Q1"))
    assert rows["Số doanh nghiệp đăng ký thành lập mới: tháng 3/2017 so với tháng 2/2017"].ky_bao_cao == Decimal("120.0")
    assert rows["Số doanh nghiệp đăng ký thành lập mới: tốc độ tăng so với quý I/2016"].ky_bao_cao == Decimal("11.4")


def test_a_signed_fall_stays_a_fall_and_a_word_is_still_refused(tmp_path):
    fall = DKKD.read_text(encoding="utf-8").replace('"90,6"', '"-9,4"')
    rows = by_label(load_table(_csv(tmp_path, fall), period="2017-Q1"))
    assert rows["Vốn đăng ký của doanh nghiệp thành lập mới: tháng 3/2017 so với tháng 2/2017"].ky_bao_cao == \
        Decimal("-9.4")
    word = DKKD.read_text(encoding="utf-8").replace('"120,0"', '"+gấp đôi"')
    with pytest.raises(InputError, match="không phải là số"):
        load_table(_csv(tmp_path, word, "w.csv"), period="2017-Q1")


# --- 3. the same months of earlier years -------------------------------------------------------------------------

def test_same_months_years_before():
    p = parse_period
    assert same_months_years_before(p("2020-7T"), p("2024-7T"))
    assert same_months_years_before(p("2015-Q1"), p("2017-Q1"))
    assert not same_months_years_before(p("2023-7T"), p("2024-7T"))   # last year's: Cùng kỳ
    assert not same_months_years_before(p("2020-Q1"), p("2024-7T"))   # other months
    assert not same_months_years_before(p("2021"), p("2024-7T"))
    assert not same_months_years_before(None, p("2024-7T"))
    assert not same_months_years_before(p("2010-05"), p("2016-05"))   # a calendar's month column
    assert compared_with_years_before("Tháng 5 năm 2024 so với tháng 5 năm 2022 (%)", p("2024-05"), []) is None


def test_seven_months_of_2020_are_rows_of_their_own():
    t = load_table(PCTT, period="2024-7T")
    rows = by_label(t)
    assert rows["Người chết, mất tích do thiên tai (7 tháng đầu năm 2020)"].ky_bao_cao == 53
    assert rows["Người chết, mất tích do thiên tai"].ky_bao_cao == 104
    assert "số liệu của kỳ khác" not in _said(t)


def test_rates_against_the_first_quarters_of_2015_and_2014_are_kept():
    t = load_table(DKKD, period="2017-Q1")
    rows = by_label(t)
    assert rows["Số doanh nghiệp đăng ký thành lập mới: so với quý I/2015"].ky_bao_cao == Decimal("38.9")
    assert rows["Vốn đăng ký của doanh nghiệp thành lập mới: so với quý I/2014"].ky_bao_cao == Decimal("176.8")
    assert rows["Số doanh nghiệp đăng ký thành lập mới: so với quý I/2015"].don_vi_tinh == "%"
    assert "cột so sánh với quý I năm 2015 (cùng kỳ của một năm trước nữa" in _said(t)
    assert "được tính lại từ các cột số liệu" not in _said(t)


def test_a_rate_against_a_period_the_table_holds_or_last_year_is_not_taken():
    q1 = parse_period("2017-Q1")
    assert compared_with_years_before("So với quý I/2016 (%)", q1, []) is None   # last year: Cùng kỳ's
    assert compared_with_years_before("So với quý I/2015 (%)", q1, ["Quý I/2015", "Quý I/2017"]) is None  # held
    assert compared_with_years_before("So với quý I/2015", q1, []) is None   # no per cent: not a rate
    assert compared_with_years_before("So với quý II/2015 (%)", q1, []) is None   # other months
    assert compared_with_years_before("So với quý I/2015 (%)", q1, []) == parse_period("2015-Q1")


def test_a_year_further_back_than_a_terms_base_is_kept():
    t = load_table(BEN_TRE, period="2010-2020")
    rows = by_label(t)
    assert rows["Hội viên CCB xã Tân Xuân (năm 2006)"].ky_bao_cao == 289
    assert rows["Hộ CCB nghèo xã Tân Xuân (năm 2006)"].ky_bao_cao == 36
    assert rows["Hộ CCB nghèo xã Tân Xuân"].ky_bao_cao == 1


def test_the_year_before_a_term_stays_its_base(tmp_path):
    text = BEN_TRE.read_text(encoding="utf-8").replace("Năm 2006", "Năm 2009")
    t = load_table(_csv(tmp_path, text), period="2010-2020")
    assert not any("(năm 2009)" in f.chi_tieu for f in t)
    assert "số liệu của kỳ khác (2009): bỏ qua cột này" in _said(t)


# --- 4. the original headers -------------------------------------------------------------------------------------

def test_to_the_terms_end():
    term = parse_period("2010-2020")
    assert to_the_terms_end("Kết quả đến tháng 12/2020", term)
    assert to_the_terms_end("Đến hết năm 2020", term)
    assert not to_the_terms_end("Kết quả đến tháng 6/2020", term)
    assert not to_the_terms_end("Kết quả đến tháng 12/2019", term)
    assert not to_the_terms_end("Kết quả đến tháng 12/2020", parse_period("2020"))


@pytest.mark.parametrize("period", ["2010-2020", None])
def test_ben_tre_original_header_to_december_2020_loads(tmp_path, period):
    text = BEN_TRE.read_text(encoding="utf-8").replace("Kết quả giai đoạn 2010 - 2020", "Kết quả đến tháng 12/2020")
    assert "Kết quả đến tháng 12/2020" in text
    rows = by_label(load_table(_csv(tmp_path, text), period=period))
    assert rows["Xã không còn CCB thuộc hộ nghèo (toàn tỉnh)"].ky_bao_cao == 93
    assert rows["Hội viên CCB xã Tân Xuân (năm 2006)"].ky_bao_cao == 289


def test_a_count_to_another_month_in_a_term_report_is_still_refused(tmp_path):
    text = BEN_TRE.read_text(encoding="utf-8").replace("Kết quả giai đoạn 2010 - 2020", "Kết quả đến tháng 6/2020")
    with pytest.raises(InputError, match="thiếu cột 'Kỳ báo cáo'"):
        load_table(_csv(tmp_path, text), period="2010-2020")


HUNG_YEN_TITLE = "SỐ DƯ QUỸ KHUYẾN HỌC VÀ KẾT QUẢ TRAO HỌC BỔNG (TỪ NĂM 2017 ĐẾN THÁNG 3/2018)"


def test_month_ending_a_span_across_years():
    assert month_ending_a_span_across_years(HUNG_YEN_TITLE) == parse_period("2018-03")
    assert month_ending_a_span_across_years("từ đầu năm 2017 đến hết tháng 3/2018") == parse_period("2018-03")
    assert month_ending_a_span_across_years("TÌNH HÌNH CHÁY TỪ THÁNG 10/2022 ĐẾN THÁNG 9/2023") is None   # 12 months
    assert month_ending_a_span_across_years("TỪ THÁNG 1 ĐẾN THÁNG 3/2018") is None   # within the year: quý I
    assert month_ending_a_span_across_years("từ năm 2018 đến tháng 3/2018") is None
    assert month_ending_a_span_across_years("đến tháng 3/2018") is None


@pytest.mark.parametrize("period", ["2018-03", None])
def test_hung_yen_original_title_loads_as_march(tmp_path, period):
    lines = HUNG_YEN.read_text(encoding="utf-8").splitlines()
    lines[1] = HUNG_YEN_TITLE + ",,,,"
    t = load_table(_csv(tmp_path, "\n".join(lines) + "\n"), period=period)
    assert t.period == "2018-03"
    assert by_label(t)["Tổng số quỹ khuyến học toàn tỉnh"].ky_bao_cao == Decimal(55_800_000_000)


def test_a_title_within_the_year_still_states_its_quarter(tmp_path):
    lines = HUNG_YEN.read_text(encoding="utf-8").splitlines()
    lines[1] = "KẾT QUẢ TỪ THÁNG 1 ĐẾN THÁNG 3/2018,,,,"
    with pytest.raises(InputError, match=r"quý I năm 2018 \(2018-Q1\) nhưng kỳ được chọn là 2018-03"):
        load_table(_csv(tmp_path, "\n".join(lines) + "\n"), period="2018-03")
