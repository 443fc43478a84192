"""Pasted tables, round 11 (``evaluations/sweep/pasted-round11.md``): a bilingual yearbook page's furniture around
its table — the viewer's page header ``Page 563 - …`` then ``P. 563`` on its own line (``web.PAGE_ABBREVIATED``), and
the English gloss of the title ``in 2019 as compared to base period 2014`` (``dates.ENGLISH_IN_YEAR``) — is no
figure. Both had been flagged on yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1 («563», «2019»).
Quotes: that page, Quảng Trị's yearbook 2018 p. 391 and Bình Định's 2023 p. 569 (pages corpus, as stored)."""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import check_at, checks, csv_table

_HOA_BINH = ("Page 563 - Cục Thống kê tỉnh Hòa Bình\nP. 563\n175\nChỉ số giá tiêu dùng, chỉ số giá vàng và đô la Mỹ\n"
             "các tháng năm 2019 so với kỳ gốc 2014\nMonthly consumer price index, gold and USD price index\n"
             "in 2019 as compared to base period 2014\nĐơn vị tính - Unit: %\n")
_QUANG_TRI = ("Page 391 - Nien giam 2018\nP. 391\n214\n(Tiếp theo) Chỉ số giá tiêu dùng, chỉ số giá vàng và đô la Mỹ\n"
              "các tháng năm 2018 so với tháng 12 năm 2017\n(Cont.) Monthly consumer price index, gold and USD price\n"
              "index in 2018 as compared to December, 2017\n")
_BINH_DINH = "Page 569 - index\nP. 569\n"


def _kind(text, raw, nth=0):
    return [m.kind for m in extract_numbers(text) if m.raw == raw][nth]


def test_the_page_number_abbreviated_under_the_viewers_header_is_a_page():
    assert _kind(_HOA_BINH, "563", 1) == "page"
    assert _kind(_QUANG_TRI, "391", 1) == "page"
    assert _kind(_BINH_DINH, "569", 1) == "page"
    assert _kind("Page 12 - index\nP. 5\n", "5") != "page"          # another number: not the page's


def test_the_year_in_the_titles_english_gloss_is_a_year():
    assert _kind(_HOA_BINH, "2019", 1) == "year"
    assert _kind(_QUANG_TRI, "2018", 1) == "year"
    assert _kind("Đã in 2000 tờ rơi tuyên truyền.", "2000") == "count"   # printing 2.000 leaflets: a count


def test_the_checker_flags_neither(tmp_path):
    table = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Chỉ số giá tiêu dùng,%,\"111,52\"\n", "2019-06")
    numbers = checks(_HOA_BINH, table, "2019-06")
    assert check_at(numbers, _HOA_BINH, "563", 1).verdict != "unsupported"
    assert check_at(numbers, _HOA_BINH, "2019 as").verdict != "unsupported"
