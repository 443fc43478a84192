"""Round 53 of the period reader (stop 57's working batch xp-): a site's date line with the month as a word and the
year after a comma is the page's stamp (``index.written_date``); a period right after the figure ``so với`` names is
the comparison's other side (``.compared_figure``); a year a stock is counted to (``đến hết năm``) yields to the
stretch of years ending it (``.year_end_stock``); a day of Tết counted from its first (``ngày mùng 1 Tết Kỷ Hợi``) is
Tết's month; an event's closing day told after its run (``Sau ba tuần ..., ngày 21-12, Đại hội ... bế mạc``) dates
the event's page (``.closing_day.closed_after``).
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from pathlib import Path

from index.furniture import timestamp
from index.parse import date_of, parse_report
from service.periods.closing_day import closed_after
from service.periods.compared_figure import figure_compared
from service.periods.mentions import find_mentions
from service.periods.report import choose
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code


def _date(path: Path):
    report = parse_report(path)
    return date_of(report.header, report.furniture)


def _mention(text: str, words: str, *date):
    start = text.index(words)
    return next(m for m in find_mentions(text, *date) if m.start <= start < m.end)


# --- rule 1: "10 Tháng 7,2017", a date line with the month as a word and the year after a comma -------------------

def test_my_son_date_line_is_the_stamp_and_dates_its_half():
    # xp-my-son: "6 tháng đầu năm" and the line "10 Tháng 7,2017"; the related news below are of 2022 (read 2022-H1)
    path = _case("xp-quang-nam-ban-quan-ly-di-san-my-son-luot-khach-2017-h1")
    assert _date(path) == (2017, 7, 10)
    assert _code(path) == "2017-H1"


def test_second_sources_weekday_and_ngay_forms_are_stamps():
    # c47-thithamphobien: "Thứ Sáu, 31 tháng 7, 2009"; yz-ha-giang: "Ngày 13 Tháng 6, 2014 | 09:45 AM" (both on line 1)
    assert timestamp("Thứ Sáu, 31 tháng 7, 2009") and timestamp("Ngày 13 Tháng 6, 2014 | 09:45 AM")
    assert _date(_page("c47-thithamphobien-bo-nhiem-giam-muc-2009")) == (2009, 7, 31)
    path = _case("yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014")
    assert _date(path) == (2014, 6, 13)
    assert _code(path) == "2014"          # its stated year stays


def test_negative_a_sentence_or_a_date_with_nam_is_no_stamp_line():
    # a date inside a sentence, and the written form a sentence uses ("ngày 10 tháng 7 năm 2017"): no stamp line
    assert not timestamp("Ngày 10 tháng 7, 2017 đoàn công tác của tỉnh đã làm việc với Ban Quản lý")
    assert not timestamp("10 tháng 7 năm 2017")
    # the my-son page's related-news lines stay text, not stamps: "- Tiếp và làm việc ... (22.08.2022)"
    report = parse_report(_case("xp-quang-nam-ban-quan-ly-di-san-my-son-luot-khach-2017-h1"))
    assert [f.text for f in report.furniture if f.kind == "timestamp"] == ["10 Tháng 7,2017"]


# --- rule 2: "so với số lỗ 84 tỷ đồng quý 4/2023", the period of the figure compared with ------------------------

def test_railway_quarter_compared_with_is_not_reported():
    # xp-duong-sat: "tăng 87% so với quý 1/2023 và cải thiện đáng kể so với số lỗ 84 tỷ đồng quý 4/2023" (read 2023-Q4)
    path = _case("xp-toan-quoc-duong-sat-ha-noi-sai-gon-ket-qua-kinh-doanh-2024-q1")
    text = path.read_text(encoding="utf-8")
    assert _mention(text, "quý 4/2023", 2024, 5).comparison
    assert _code(path) == "2024-Q1"


def test_second_sources_value_then_its_period_compared():
    # t22-vov-thuysan: "tăng 12-16% so với 2,24 tỷ USD năm 2012"; t26-angimex: "so với 799.534 tấn tháng 3/2014"
    vov = _page("t22-vov-thuysan-9t-2013").read_text(encoding="utf-8")
    assert _mention(vov, "năm 2012.\n\nTuy nhiên", 2013, None).comparison
    rice = _page("t26-angimex-gaothai-t3-2015").read_text(encoding="utf-8")
    assert _mention(rice, "tháng 3/2014, theo TREA", 2015, None).comparison
    assert figure_compared("tăng 7% so với 732.151 tấn ")


def test_negative_a_value_reached_or_a_period_compared_itself():
    # the value reached in its period is reported ("doanh thu thuần đạt gần 711 tỷ đồng"); "so với 6 tháng đầu năm
    # 2020" (c10-vn-tnld) is the period compared, read as such already, not by this rule; a comma ends the value
    assert not figure_compared("Lãi sau thuế đạt gần 33 tỷ đồng ")
    assert not figure_compared("tăng 263 vụ tương ứng với 7,85% so với 6 tháng ")
    assert not figure_compared("so với 100 tỷ đồng, ")
    path = _case("xp-toan-quoc-duong-sat-ha-noi-sai-gon-ket-qua-kinh-doanh-2024-q1")
    text = path.read_text(encoding="utf-8")
    assert not _mention(text, "Quý 1/2024", 2024, 5).comparison


# --- rule 3: "Đến hết năm 2008 ..., trong 3 năm qua, từ 2006 - 2008": the stretch ending the stock's year ---------

def test_paper_forest_stretch_is_reported():
    # xp-phu-tho: "Đến hết năm 2008 toàn tỉnh đã trồng được 66,9 ngàn ha ..., từ 2006 - 2008, ..." (read 2008)
    assert _code(_case("xp-phu-tho-trong-rung-nguyen-lieu-giay-2006-2008")) == "2006-2008"


def test_second_source_health_stations_stretch_to_its_year_end():
    # yn-hoa-binh: "giai đoạn 2010 - 2019, ... đến hết năm 2019, dự kiến có 130/191 xã" (the same construction)
    path = _case("yn-hoa-binh-nganh-y-te-tram-y-te-xa-nong-thon-moi-2010-2019")
    text = path.read_text(encoding="utf-8")
    assert _mention(text, "năm 2019, dự kiến", 2019, 10, 3).year_end
    assert _code(path) == "2010-2019"


def test_negative_year_end_alone_keeps_its_year():
    # c19-yenthe: "Đến hết năm 2017, tỷ lệ hộ nghèo của huyện còn ..." and no stretch of years: the year stays
    assert _code(_page("c19-yenthe-hongheo-2017")) == "2017"
    t = "Đến hết năm 2022, toàn tỉnh có 120 xã đạt chuẩn, giai đoạn 2016 - 2020 đã đầu tư 500 tỷ đồng."
    assert _mention(t, "năm 2022").year_end and str(choose(find_mentions(t), strict=True).period) == "2022"   # a stretch ending another year


# --- rule 4: "ngày mùng 1 Tết Kỷ Hợi", a day of Tết counted from its first ------------------------------------

def test_hospital_tet_first_day_names_the_month():
    # xp-bo-y-te: "lúc 0h00 ngày mùng 1 Tết Kỷ Hợi" is the page's only period (read None)
    assert _code(_case("xp-toan-quoc-bo-y-te-benh-vien-truc-tet-ky-hoi-2019-02")) == "2019-02"


def test_second_source_tet_second_day():
    # t19-thanhnien: "Trong đó, ngày mùng 2 Tết Nguyên đán Kỷ Hợi vẫn có 18 trường hợp khám cấp cứu do pháo nổ"
    path = _page("t19-thanhnien-tet-2019-capcuu")
    text = path.read_text(encoding="utf-8")
    assert str(_mention(text, "mùng 2 Tết Nguyên đán Kỷ Hợi", 2019, 2).period) == "2019-02"
    assert _code(path) == "2019-02"


def test_negative_day_28_before_tet_and_occasion():
    # p25-24h: "so với ngày 28 Tết Nguyên đán Nhâm Dần" (a day before Tết, no "mùng"); "nhân dịp Xuân Kỷ Hợi": no period
    t = "so với ngày 28 Tết Nguyên đán Nhâm Dần giảm 2 vụ"
    assert all(m.recogniser != "lunar-new-year" for m in find_mentions(t))
    assert find_mentions("tặng quà cho gia đình nhân dịp Xuân Kỷ Hợi.") == []


# --- rule 5: "Sau ba tuần tranh tài sôi nổi, ngày 21-12, Đại hội ... bế mạc": the closing day after the run -------

def test_games_closing_day_dates_the_page():
    # xp-dai-hoi-the-thao: an event's year only ("lần thứ 9 năm 2022"), its closing day in the lead (read 2022)
    assert _code(_case("xp-toan-quoc-dai-hoi-the-thao-toan-quoc-lan-thu-9-huy-chuong-2022-12")) == "2022-12"


def test_second_source_council_session_closing_day():
    # c25-danang: "Sau 04 ngày làm việc, chiều ngày 12-7, Kỳ họp thứ 7 HĐND thành phố khóa IX, ... đã bế mạc"
    text = _page("c25-danang-ky-hop-7-hdnd-2018").read_text(encoding="utf-8")
    assert closed_after(text).groups() == ("12", "7")


def test_negative_closing_ahead_or_no_run_before():
    # a closing ahead ("sẽ bế mạc"), and a lead day with no run told before it (read by _LEAD_DAY, not this)
    assert closed_after("Sau 3 ngày thi đấu, ngày 22-8, giải sẽ tiếp tục với các trận chung kết.") is None
    assert closed_after("Ngày 21-12, Đại hội Thể dục - Thể thao toàn quốc lần thứ 9 năm 2022 bế mạc.") is None
