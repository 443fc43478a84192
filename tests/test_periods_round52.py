"""Round 52 of the period reader (stop 56's final batch xo-): a year closing a ``(kể) từ khi`` clause is the event
counted from (``.since_event``); a running total lent a year after the page's date is counted by that date
(``.count_to_day``); a launched month of action's year is its edition, an event's (``.launches``); the year so far
written without its year runs to the lead's day of an undated page (``.so_far_lent``).
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from service.periods.count_to_day import not_after_page
from service.periods.mentions import find_mentions
from service.periods.model import Period
from service.periods.since_event import since_event
from service.periods.so_far_lent import so_far_to_lead_day
from tests.sweep_tables import case_source as _case, page_source as _page, period_code as _code


def _since_at(text: str, words: str) -> bool:
    start = text.index(words)
    return since_event(text, start, start + len(words))


# --- rule 1: a year closing "(kể) từ khi <event>" is the event counted from --------------------------------------

def test_airport_opened_year_is_no_period_reported():
    # xo-phu-quoc: "... mạnh nhất kể từ khi sân bay Phú Quốc đi vào hoạt động năm 2012, đồng thời ..." read 2012
    path = _case("xo-an-giang-cang-hkqt-phu-quoc-tet-binh-ngo-2026-02")
    text = path.read_text(encoding="utf-8")
    assert _since_at(text, "năm 2012")
    assert all(m.period.year != 2012 for m in find_mentions(text, 2026, 2, 23))
    assert _code(path) != "2012"


def test_second_source_museum_opened_month_closes_since_clause():
    # p42-tothethao: "Ngay từ khi mở cửa tháng 11/2024, có khoảng 10.000 người đổ về bảo tàng" (the same grammar)
    text = _page("p42-tothethao-baotang-lsqs-2024").read_text(encoding="utf-8")
    assert _since_at(text, "tháng 11/2024")


def test_negative_since_with_span_end_is_left():
    # c18-plo-cuuho: "Từ khi thành lập năm 2010 đến nay, ..." (a span to now: its own reading)
    text = _page("c18-plo-cuuho-pccc-2017").read_text(encoding="utf-8")
    assert not _since_at(text, "năm 2010")


def test_negative_since_clause_quarter_keeps_its_page():
    # xn-cong-ty-chung-khoan: "Kể từ khi chạm mức thấp nhất nhiều năm vào quý 1 năm 2023, ..." (a quarter: no year
    # mention for the rule to touch); the page reads its quarter as before
    assert _code(_case("xn-toan-quoc-cong-ty-chung-khoan-doanh-thu-moi-gioi-2023-q3")) == "2023-Q3"


def test_negative_year_after_a_comma_is_a_new_clause():
    text = "Từ khi Trung tâm đi vào hoạt động, năm 2023 đơn vị đã tiếp nhận 500 hồ sơ"   # the rule's own boundary
    assert not _since_at(text, "năm 2023")


# --- rule 2: a running total lent a year after the page's date ---------------------------------------------------

def test_steel_month_with_its_running_total_reads_the_month():
    # xo-hoa-phat: "date 2023-06 ... trong tháng 5 ... Lũy kế 5 tháng, ... giảm 36% so với 5 tháng đầu năm 2023" (the
    # page's own slip for 2022) read 2024-5T
    path = _case("xo-toan-quoc-hoa-phat-san-luong-thep-2023-05")
    text = path.read_text(encoding="utf-8")
    running = [m for m in find_mentions(text) if m.recogniser == "cumulative"]
    assert [str(m.period) for m in running] == ["2023-5T"]
    assert _code(path) == "2023-05"


def test_second_source_catfish_running_total_not_after_page():
    # t22-thanhnien-catra: "date 2022-09 ... trong tháng 8 ... Lũy kế 8 tháng qua, xuất khẩu cá tra đạt gần 1,8 tỉ USD"
    # lent 2023 before; now 8 months of 2022, and the page its month with its running total (as xo-hoa-phat's code)
    path = _page("t22-thanhnien-catra-8t-2022")
    text = path.read_text(encoding="utf-8")
    running = [m for m in find_mentions(text) if m.recogniser == "cumulative"]
    assert [str(m.period) for m in running] == ["2022-8T"]
    assert _code(path) == "2022-08"


def test_negative_running_total_with_its_year_keeps_it():
    # c4-huonghoa: "Cập nhật 15/11/2022 ... Từ đầu năm 2022 đến nay" (labelled 2022-10T); a stated year is never moved
    assert _code(_page("c4-huonghoa-hienmau-2022")) == "2022-10T"
    assert not_after_page(2022, 8, (2022, 9)) == 2022


# --- rule 3: a launched month of action's year is its edition ----------------------------------------------------

def test_fund_so_far_at_a_launch_reads_the_months_so_far():
    # xo-tay-ninh: "PHÁT ĐỘNG THÁNG CAO ĐIỂM “VÌ NGƯỜI NGHÈO” NĂM 2019 / Chiều 18.10, ... / Từ đầu năm đến nay, Quỹ ...
    # đã vận động được hơn 1,9 tỷ đồng" read 2019 (the launch's year)
    assert _code(_case("xo-tay-ninh-mttq-duong-minh-chau-quy-vi-nguoi-ngheo-2019-10t")) == "2019-10T"


def test_second_source_launched_month_year_is_an_event():
    # p17-mattran-muongang: "đã phát động Tháng cao điểm “Vì người nghèo” năm 2023; đồng thời ..." is the launch's
    # edition; the page keeps the fund's year it reports ("từ tháng 10/2022 đến tháng 9/2023", labelled 2023)
    path = _page("p17-mattran-muongang-quy-2023")
    text = path.read_text(encoding="utf-8")
    at = text.index("Tháng cao điểm “Vì người nghèo” năm 2023") + len("Tháng cao điểm “Vì người nghèo” ")
    launched = [m for m in find_mentions(text) if m.start <= at < m.end]
    assert launched and all(m.event for m in launched)
    assert _code(path) == "2023"


def test_negative_launch_pages_keep_their_day():
    # round 44's launches: the launch day's month (xi-long-an-tan-thanh 2019-05, p44-baoquangnam 2024-06 / 2014-05)
    assert _code(_case("xi-long-an-tan-thanh-ubnd-huyen-thang-hanh-dong-vi-tre-em-2019-05")) == "2019-05"
    assert _code(_page("p44-baoquangnam-nongson-thang-tre-em")) == "2024-06"
    assert _code(_page("p44-baoquangnam-nuithanh-thang-tre-em")) == "2014-05"


# --- rule 4: the year so far lent its year runs to the lead's day ------------------------------------------------

def test_second_source_blood_drive_so_far_runs_to_lead_day():
    # c4-phucat: "Ngày 26.6, Ban vận động hiến máu ... / ... qua 3 đợt hiến máu tình nguyện từ đầu năm đến nay" (the
    # mention: the first half of 2022); the page keeps its headline's year (labelled 2022)
    path = _page("c4-phucat-hienmau-2022")
    text = path.read_text(encoding="utf-8")
    so_far = [m for m in find_mentions(text) if m.recogniser == "so-far"]
    assert [str(m.period) for m in so_far] == ["2022-H1"]
    assert _code(path) == "2022"


def test_second_source_farmers_union_so_far_runs_to_lead_day():
    # w-da-nang: "Ngày 21-6, Hội Nông dân thành phố sơ kết ... 6 tháng đầu năm ... Từ đầu năm đến nay, các cấp Hội Nông
    # dân đã giải ngân ..." (coded 2023-H1): the bare year so far, lent 2023, runs through June as the page's half
    path = _case("w-da-nang-hoi-nong-dan-2023-h1")
    text = path.read_text(encoding="utf-8")
    so_far = [m for m in find_mentions(text) if m.recogniser == "so-far"]
    assert [str(m.period) for m in so_far] == ["2023-H1"]
    assert _code(path) == "2023-H1"


def test_negative_so_far_on_dated_page_or_early_january():
    assert so_far_to_lead_day(Period(2019, "year"), (2019, 10, 18)) == Period(2019, "year")   # a dated page: resolved
    assert so_far_to_lead_day(Period(2019, "year"), (None, 1, 10)) == Period(2019, "year")    # nothing over yet
    assert str(so_far_to_lead_day(Period(2019, "year"), (None, 10, 18))) == "2019-10T"

