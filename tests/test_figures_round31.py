"""Round 31: the loader on agencies' own column headings — a column headed by the report's span in words («Trong
tháng», «Trong kỳ», «Trong dịp Tết»), by an occasion with its name or dates («Đợt cao điểm (từ 15/12/2023)», «Tết
Nguyên đán Bính Ngọ 2026 (9 ngày nghỉ)», «Ra quân Ngày Chủ nhật xanh (13/3/2016)»), a title row's year over a month's
column.  Sheets in evaluations/data/figures-round31/ (README.md there: pages and layouts); first look in
tools/first-look.txt (on f3d7e602, before any rule)."""
from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.load import load_table

DATA = Path(__file__).resolve().parent.parent / "evaluations" / "data" / "figures-round31"
NO_VALUE_COLUMN = "không có cột 'Kỳ báo cáo'"


def _load(name: str, period: str):
    return load_table(DATA / name, period=period)


def _values(table) -> dict[str, Decimal]:
    return {f.chi_tieu: f.ky_bao_cao for f in table}


def _said(table, words: str) -> list[str]:
    return [w.message for w in table.warnings if words in w.message]


# -- sheets (expected: what a person reads on the page) ------------------------------------------------------------

def test_s01_tet_binh_ngo_heading_is_the_period():
    t = _load("s01-vietnamplus-tet-binh-ngo-2026.csv", "2026-02")
    v = _values(t)
    assert v["Lượt khách du lịch cả nước đón và phục vụ"] == Decimal("14000000")
    assert v["Doanh thu du lịch Thành phố Hồ Chí Minh"] == Decimal("12000000000000")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s02_campaign_merged_over_result_loads_as_before():
    t = _load("s02-thanhnien-thang-thanh-nien-2021-03.xlsx", "2021-03")
    v = _values(t)
    assert v["Cây xanh trồng mới"] == Decimal("1894707")
    assert v["Đoàn viên kết nạp mới"] == Decimal("291834")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s03_campaign_from_a_date_is_the_period():
    t = _load("s03-plo-cao-diem-tet-giap-thin-2023-12.csv", "2023-12")
    v = _values(t)
    assert v["Vụ phạm tội về trật tự xã hội điều tra khám phá"] == Decimal("1587")
    assert v["Cơ sở hoạt động tín dụng đen bị triệt phá"] == Decimal("38")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s04_day_merged_over_quantity_loads_as_before():
    t = _load("s04-phu-yen-ca-xa-dot-ra-quan-2023-01.xlsx", "2023-01")
    assert _values(t)["Lượt cán bộ chiến sĩ tham gia tuần tra"] == Decimal("341")


def test_s05_event_day_with_its_date_columns_in_another_order():
    t = _load("s05-hai-duong-chu-nhat-xanh-2016-03.csv", "2016-03")
    v = _values(t)
    assert v["Bèo được vớt"] == Decimal("800")
    assert len(v) == 4
    assert not _said(t, NO_VALUE_COLUMN)


def test_s06_trong_thang_is_the_months_value_beside_the_running_total():
    t = _load("s06-dkkd-trong-thang-luy-ke-2018-03.csv", "2018-03")
    by_code = {f.ma: f for f in t}
    assert by_code["1"].ky_bao_cao == Decimal("10000000000")   # 10 tỷ đồng, stored in đồng
    assert by_code["2"].ky_bao_cao == Decimal("68979")
    assert by_code["3"].ky_bao_cao == Decimal("1801")
    assert by_code["3-LK"].ky_bao_cao == Decimal("8449")
    assert by_code["4-LK"].ky_bao_cao == Decimal("35234")
    assert not _said(t, "cột không thuộc bảng số liệu")


def test_s07_title_year_over_a_months_column_is_weaker():
    t = _load("s07-dkkd-tieu-de-nam-2018-01.csv", "2018-01")
    assert _values(t)["Doanh nghiệp thành lập mới và quay trở lại hoạt động"] == Decimal("15426")
    assert t.period == "2018-01"


def test_s08_trong_ky_is_the_period():
    t = _load("s08-atgt-trong-ky-2015-8t.csv", "2015-8T")
    assert _values(t)["Số người chết"] == Decimal("5821")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s09_season_of_the_year_in_title_and_units_in_headings():
    t = _load("s09-thu-y-vu-xuan-2012-02.csv", "2012-02")
    f = next(iter(t))
    assert f.ky_bao_cao == Decimal("300000") and f.ke_hoach == Decimal("1000000")


def test_s10_event_merged_over_its_dates():
    t = _load("s10-khanh-hoa-dot-phim-2017-01.xlsx", "2017-01")
    assert _values(t)["Lượt người xem"] == Decimal("8684")


def test_s11_trong_dip_tet_is_the_period():
    t = _load("s11-du-lich-trong-dip-tet-quy-mao-2023-01.csv", "2023-01")
    assert _values(t)["Lượt khách nội địa được phục vụ"] == Decimal("9000000")
    assert not _said(t, NO_VALUE_COLUMN)


# -- the rules, each on real headings of two sources (service/figures/headings.py) -----------------------------------

from service.figures.headings import (bracketed_qualifier, column_names_the_period, occasion_fits,  # noqa: E402
                                      occasion_heading, span_in_words, title_year_of_an_occasion)
from service.figures.schema import read_title  # noqa: E402
from service.periods import Period  # noqa: E402

HELD = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


@pytest.mark.parametrize("title", ["Trong tháng", "Trong kỳ", "Trong dịp Tết (6 ngày nghỉ)", "Số liệu trong tháng"])
def test_the_span_in_words_is_the_periods_value(title):
    assert span_in_words(title)
    assert read_title(title).column == "ky_bao_cao"


@pytest.mark.parametrize("title", ["Trong đó: doanh nghiệp thành lập mới", "Trong năm", "Trong tháng 6", "Trong tuần",
                                   "Lũy kế từ đầu năm", "Tăng trong tháng (%)"])
def test_not_the_span_in_words(title):
    assert not span_in_words(title)


@pytest.mark.parametrize("title", [
    "Đợt phim Tết Đinh Dậu (28 tháng Chạp Bính Thân - mùng 5 Tết)",   # yt-khanh-hoa (held-out clerk's table)
    "Tết Quý Mão 2023 (6 ngày nghỉ)",                                  # yt-toan-quoc-tong-cuc-du-lich
    "Tết Ất Mùi 2015",                                                 # yt-tp-ho-chi-minh-nganh-du-lich
    "Tết Nguyên đán Bính Ngọ 2026 (9 ngày nghỉ)",                      # vietnamplus 2026 (s01)
    "Đợt cao điểm (từ 15/12/2023)",                                    # plo 2024-01 (s03)
    "Ra quân Ngày Chủ nhật xanh (13/3/2016)",                          # yt-hai-duong (s05)
    "Tháng Thanh niên năm 2021",                                       # thanhnien 2021 (s02)
    "Chiến dịch Mùa hè xanh 2019"])
def test_occasion_headings(title):
    assert occasion_heading(title)


@pytest.mark.parametrize("title", ["Ngày 17/01/2023", "Tháng 3/2018", "tháng này", "Vụ tai nạn", "Đơn vị tính",
                                   "Tuần 4", "Số vụ"])
def test_not_occasion_headings(title):
    assert not occasion_heading(title)


def test_occasion_fits_the_chosen_period_by_its_years():
    assert occasion_fits("Tết Ất Mùi 2015", Period(2015, "month", 2))
    assert occasion_fits("Cao điểm Tết Giáp Thìn 2024", Period(2023, "month", 12))   # the coming Tết
    assert occasion_fits("Đợt phim Tết Đinh Dậu", Period(2017, "month", 1))          # no year: fits
    assert not occasion_fits("Tết Ất Mùi 2015", Period(2016, "month", 2))
    assert not occasion_fits("Chiến dịch Mùa hè xanh 2019", Period(2020, "month", 7))
    assert not occasion_fits("Tết Ất Mùi 2015", None)


@pytest.mark.parametrize("case,period", [
    ("yt-khanh-hoa-trung-tam-dien-anh-dot-phim-tet-dinh-dau-2017-01", "2017-01"),
    ("yt-toan-quoc-tong-cuc-du-lich-khach-tet-quy-mao-2023-01", "2023-01"),
    ("yt-tp-ho-chi-minh-nganh-du-lich-khach-tet-at-mui-2015-02", "2015-02")])
def test_held_out_occasion_tables_load_without_the_missing_column_warning(case, period):
    t = load_table(HELD / case / "figures.csv", period=period)
    assert len(list(t)) >= 2
    assert not _said(t, NO_VALUE_COLUMN)


def test_an_occasion_of_another_year_keeps_the_warning(tmp_path):
    f = tmp_path / "tet.csv"
    f.write_text("STT,Chỉ tiêu,Đơn vị tính,Tết Ất Mùi 2015\n1,Lượt khách được phục vụ,lượt,58.000\n", encoding="utf-8")
    t = load_table(f, period="2016-02")
    assert _values(t)["Lượt khách được phục vụ"] == Decimal("58000")
    assert _said(t, NO_VALUE_COLUMN)


def test_column_naming_the_chosen_period_beats_the_titles_year():
    assert column_names_the_period(["STT", "Chỉ tiêu", "Tháng 01/2018"], Period(2018, "year"), "2018-01")
    assert not column_names_the_period(["STT", "Chỉ tiêu", "Tháng 01/2018"], Period(2018, "year"), "2018-02")
    assert not column_names_the_period(["STT", "Chỉ tiêu", "Năm 2018"], Period(2018, "year"), "2018-01")


def test_title_year_over_another_month_is_still_refused_naming_file_and_row():
    with pytest.raises(Exception) as e:
        _load("s07-dkkd-tieu-de-nam-2018-01.csv", "2018-02")
    assert "s07-dkkd-tieu-de-nam-2018-01.csv" in str(e.value) and "hàng 1" in str(e.value)
    assert "kỳ được chọn là 2018-02" in str(e.value)


def test_title_year_of_an_occasion():
    assert title_year_of_an_occasion(["TIẾN ĐỘ TIÊM PHÒNG CÚM GIA CẦM VỤ XUÂN 2012"], "2012-02", Period(2012, "month", 2))
    assert title_year_of_an_occasion(["KẾT QUẢ PHỤC VỤ KHÁCH DU LỊCH DỊP TẾT NGUYÊN ĐÁN QUÝ MÃO 2023"], "2023-01",
                                     Period(2023, "month", 1))
    assert not title_year_of_an_occasion(["BÁO CÁO KẾT QUẢ NĂM 2012"], "2012-02", Period(2012, "month", 2))
    assert not title_year_of_an_occasion(["VỤ XUÂN 2012"], "2012", Period(2012, "year"))


def test_bracketed_qualifier_under_a_title():
    assert bracketed_qualifier("(26/01 - 01/02/2017)") and bracketed_qualifier("(6 ngày nghỉ)")
    assert not bracketed_qualifier("(1)") and not bracketed_qualifier("(ha)") and not bracketed_qualifier("(A)")
    t = _load("s10-khanh-hoa-dot-phim-2017-01.xlsx", "2017-01")
    assert not _said(t, NO_VALUE_COLUMN)


def test_a_numeric_column_set_aside_says_its_numbers_are_not_loaded(tmp_path):
    f = tmp_path / "aside.csv"
    f.write_text("STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Xếp loại\n1,Số vụ,vụ,12,3\n2,Số người chết,người,9,4\n",
                 encoding="utf-8")
    t = load_table(f, period="2018-06")
    said = [w for w in t.warnings if w.column == "Xếp loại"]
    assert said and "2 ô số, không được nạp" in said[0].message


def test_a_comparison_neither_derived_nor_kept_is_said_lost():
    # s11 and the held-out yt-…-tong-cuc-du-lich: «So với Tết Nhâm Dần 2022 (%)» over 47,5 («tăng khoảng 47,5%»)
    for t in (_load("s11-du-lich-trong-dip-tet-quy-mao-2023-01.csv", "2023-01"),
              load_table(HELD / "yt-toan-quoc-tong-cuc-du-lich-khach-tet-quy-mao-2023-01" / "figures.csv",
                         period="2023-01")):
        lost = _said(t, "một mức so sánh không nạp được")
        assert lost and "hàng 4" in lost[0] and "So với Tết Nhâm Dần 2022 (%)" in lost[0]
    # s01: «Tăng so với cùng kỳ năm 2025 (%)» 12 is kept as a row of its own: nothing said lost
    t = _load("s01-vietnamplus-tet-binh-ngo-2026.csv", "2026-02")
    assert not _said(t, "một mức so sánh không nạp được")
    assert any(f.ma == "1-TL" for f in t)


@pytest.mark.parametrize("case,period", [
    ("zi-cao-bang-bao-tro-nguoi-khuyet-tat-tre-em-tet-2022-01", "2022-01"),
    ("zt-ha-giang-cong-an-tinh-cao-diem-tan-cong-toi-pham-tet-canh-ty-2020-02", "2020-02")])
def test_held_out_tet_titles_load_in_the_chosen_month(case, period):
    # base f3d7e602 refused both «tệp là số liệu tháng N năm … nhưng kỳ được chọn là …»; the cases' notes say they load
    assert len(list(load_table(HELD / case / "figures.csv", period=period))) == 6


def test_title_year_of_an_occasion_only_in_the_occasions_months():
    spring = ["KẾT QUẢ SẢN XUẤT VỤ XUÂN NĂM 2024 (tính đến ngày 15/5/2024)"]
    assert title_year_of_an_occasion(spring, "2024-05", Period(2024, "month", 5))
    assert not title_year_of_an_occasion(spring, "2024-07", Period(2024, "month", 7))
    assert not title_year_of_an_occasion(["KHÁM TUYỂN NGHĨA VỤ QUÂN SỰ NĂM 2024"], "2023-10", Period(2023, "month", 10))
    assert title_year_of_an_occasion(["CAO ĐIỂM TẤN CÔNG TRẤN ÁP TỘI PHẠM TẾT GIÁP THÌN 2024"], "2023-12",
                                     Period(2023, "month", 12))
    assert not title_year_of_an_occasion(["VỤ ĐÔNG XUÂN 2023 - 2024"], "2022-2023", None)


def test_a_rate_kept_by_the_running_total_is_not_said_lost():
    # yn-lam-dong-…-2021-11, row 8: «32,8» under «Lũy kế 11 tháng tăng (+), giảm (-) so với cùng kỳ (%)» is kept as
    # «… (từ đầu năm): tốc độ tăng …» (5-LK-TL); zi-lam-dong-…-2022-10's «13,1» under «Tăng/giảm so cùng kỳ năm 2021
    # (%)», kept nowhere, is said lost
    t = load_table(HELD / "yn-lam-dong-ubnd-tinh-doanh-nghiep-thanh-lap-moi-2021-11" / "figures.csv", period="2021-11")
    assert any(f.ma == "5-LK-TL" for f in t)
    assert not _said(t, "một mức so sánh không nạp được")
    t = load_table(HELD / "zi-lam-dong-xuat-nhap-khau-2022-10" / "figures.csv", period="2022-10")
    lost = _said(t, "một mức so sánh không nạp được")
    assert lost and "hàng 5" in lost[0]


from service.figures.headings import running_from_the_year_start  # noqa: E402
from service.periods import parse_period  # noqa: E402


@pytest.mark.parametrize("title,period", [
    ("Từ đầu năm 2024 đến nay", "2024-3T"),              # yg-ha-noi-cdc-tay-chan-mieng-2024-3t
    ("Lũy kế 2 tháng đầu năm 2024", "2024-2T"),          # yr-ho-chi-minh-so-tnmt-…-2024-2t
    ("Lũy kế đến hết tháng 5/2025", "2025-5T"),          # zb-quang-ninh-mong-cai-cua-khau-2025-5t
    ("Từ đầu năm đến 19/7/2019", "2019-7T"),             # yi-toan-quoc-bo-y-te-sot-xuat-huyet-2019-7t
    ("Lũy kế từ đầu năm 2019", "2019")])                 # v-dinh-hoa-tai-nguyen-dat-dai-2019
def test_a_running_total_spanning_the_chosen_months_is_the_period(title, period):
    assert running_from_the_year_start(title, parse_period(period))


@pytest.mark.parametrize("title,period", [
    ("Lũy kế từ đầu mùa khô 2025-2026", "2026-01"),      # zl-quang-ngai-…: another start
    ("Lũy kế từ đầu năm", "2020-07"),                    # zs-hoa-binh-…: a month's report
    ("Lũy kế từ đầu dịch", "2022-06"),                   # zr-quang-binh-…
    ("Từ đầu năm đến 08/11/2013", "2013-10T"),           # zt-binh-duong-…: runs past the chosen months
    ("Lũy kế 8 tháng 2017", "2017-9T")])
def test_a_running_total_of_another_span_keeps_the_warning(title, period):
    assert not running_from_the_year_start(title, parse_period(period))


def test_held_out_running_total_of_the_months_so_far_loads_without_the_shortfall_warning():
    t = load_table(HELD / "yg-ha-noi-cdc-tay-chan-mieng-2024-3t" / "figures.csv", period="2024-3T")
    assert len(list(t)) >= 1 and not _said(t, "bảng chỉ có cột số lũy kế")
