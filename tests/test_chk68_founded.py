"""Checker round 68 (chk68, issue 13): a count since a body's founding (``được thành lập năm 2013, đến nay đã tổ chức 6
hội nghị luân phiên``) is a running total over years, not the period's (``recognisers.since.founded_since``). Sources:
the held-out xi-hoi-an-my-son-di-san-khach-tham-quan-2019-h1 (its own table) and the sweep page c18-plo-cuuho-pccc-2017
(``Từ khi thành lập năm 2010 đến nay, … 307 vụ, … 184 người``). Negatives: the page's next sentence (``trên 94% tổng số
vụ``), a founding in the report's own year, a standing count the case keeps (yy-ha-giang ``thành lập từ năm 2004, đến
nay có 3.712 hội viên``).
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import case_line_verdicts, flagged, nfc, page

C18 = "c18-plo-cuuho-pccc-2017"


def _page_near(fragment, figures, period):
    text = nfc(page(C18))
    s = text.index(fragment)
    return [(n.text, n.verdict) for n in check_text(text, figures, period=period).numbers
            if s <= n.start < s + len(fragment)]


def test_a_count_since_the_founding_is_no_figure_of_the_half_year():
    got = case_line_verdicts("xi-hoi-an-my-son-di-san-khach-tham-quan-2019-h1",
                             "được thành lập năm 2013, đến nay đã tổ chức 6 hội nghị luân phiên")
    assert [(t, v) for t, v, _ in got if t == "6"] == [("6", "not_a_figure")]


def test_second_source_counts_since_the_founding(dummy):
    got = _page_near("Từ khi thành lập năm 2010 đến nay, Phòng Cứu nạn-cứu hộ đã thực hiện cứu nạn, cứu hộ khẩn cấp 307 "
                     "vụ, tìm kiếm và cứu được 184 người, lặn tìm được 204 xác", dummy, "2017")
    assert [(t, v) for t, v in got if t != "2010"] == [("307", "not_a_figure"), ("184", "not_a_figure"),
                                                      ("204", "not_a_figure")]


def test_the_next_sentence_stays_checked(dummy):
    assert [t for t, v in _page_near("trên 94% tổng số vụ", dummy, "2017") if flagged(v)] == ["94%"]


def test_a_founding_in_the_reports_own_year_is_no_span(dummy):
    text = "Hội được thành lập năm 2017, đến nay đã kết nạp 120 hội viên."
    got = {n.text: n.verdict for n in check_text(text, dummy, period="2017").numbers}
    assert flagged(got["120"])


def test_a_standing_count_since_a_founding_keeps_its_reading():
    got = case_line_verdicts("yy-ha-giang-hoi-nguoi-khuyet-tat-tinh-ky-niem-ngay-quoc-te-nkt-2020",
                             "Hội NKT tỉnh được thành lập từ năm 2004, đến nay có 3.712 hội viên")
    assert [(t, v) for t, v, _ in got if t == "3.712"] == [("3.712", "standing")]
