"""Checker round 68 (chk68, issue 13): a value ``so với`` sets against, named with its own earlier period right after it
(``tăng nhẹ so với 75,3% thị phần trong 10 tháng năm 2016``) is that period's base — held to the ``label: value`` pair
a row's Ghi chú keeps for that year (``10 tháng 2016: 75,3%``), else unverified, no alarm
(``recognisers.earlierbase``, ``earliernoted``). Sources: the held-out xi-toan-quoc-bo-cong-thuong-xuat-khau-hat-dieu
(its own table), the sweep pages p10-thanhnien-dulich-2024-h1, p27-plo-doanhnghiep-6t-2008-h1 and
t23-vietbao-kieuhoi-hcm-2019-9t (one-row table). Negatives: a change measured against a period (``tăng 22,3% so với 11
tháng năm 2016``), a base naming no year (``so với 432.009 tỷ đồng ở thời điểm cuối năm ngoái``), the report's own
value beside the base, a base of the report's own year.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import case_line_verdicts, flagged, nfc, page

CASHEW = "xi-toan-quoc-bo-cong-thuong-xuat-khau-hat-dieu-2017-11t"
SHARES = ("tăng nhẹ so với 75,3% thị phần trong 10 tháng năm 2016 và tăng khá mạnh so với 68,9% thị phần trong 10 "
          "tháng năm 2015")


def _verdicts(slug, line, bad=None):
    return {t: v for t, v, _ in case_line_verdicts(slug, line, bad)}


def _near(slug, fragment, figures, period):
    text = nfc(page(slug))
    s = text.index(fragment)
    return [(n.text, n.verdict) for n in check_text(text, figures, period=period).numbers
            if s <= n.start < s + len(fragment)]


# ---------------------------------------------------------------- first source: cashew, the table's Ghi chú

def test_earlier_shares_are_held_to_the_rows_note():
    got = _verdicts(CASHEW, SHARES)
    assert got["75,3%"] == "supported" and got["68,9%"] == "supported"


def test_a_base_cut_inside_its_period_is_held_to_the_compared_rows_note():
    assert _verdicts(CASHEW, "tăng so với 94,3% thị phần")["94,3%"] == "supported"


def test_a_wrong_earlier_share_is_caught():
    rows = case_line_verdicts(CASHEW, SHARES, SHARES.replace("75,3%", "75,8%"))
    wrong = next((t, v, r) for t, v, r in rows if t == "75,8%")
    assert wrong[1] == "unsupported" and "75,3" in wrong[2]
    assert _verdicts(CASHEW, SHARES, SHARES.replace("68,9%", "68.9%"))["68.9%"] == "unsupported"


# ---------------------------------------------------------------- second sources: bare pages, no such note

def test_an_earlier_periods_base_with_no_note_is_unverified_not_an_alarm(dummy):
    assert ("338.200 tỉ đồng", "unverified") in _near(
        "p10-thanhnien-dulich-2024-h1", "so với mức 338.200 tỉ đồng của 6 tháng đầu năm 2019", dummy, "2024-H1")
    assert ("5,0%", "unverified") in _near(
        "p27-plo-doanhnghiep-6t-2008-h1", "so với mức 5,0% của năm 2007", dummy, "2008-H1")
    assert ("16 tỷ USD", "unverified") in _near(
        "t23-vietbao-kieuhoi-hcm-2019-9t", "so với 16 tỷ USD của năm 2018", dummy, "2019-9T")


# ---------------------------------------------------------------- negatives

def test_the_reports_own_value_beside_the_base_stays_checked(dummy):
    got = _near("p10-thanhnien-dulich-2024-h1", "343.100 tỉ đồng", dummy, "2024-H1")
    assert got and flagged(got[0][1])


def test_a_change_measured_against_a_period_is_no_base():
    got = _verdicts(CASHEW, "tăng 22,3% so với 11 tháng năm 2016")
    assert got["22,3%"] in ("supported", "derived")
    bad = _verdicts(CASHEW, "tăng 22,3% so với 11 tháng năm 2016", "tăng 28,3% so với 11 tháng năm 2016")
    assert flagged(bad["28,3%"])


def test_a_base_naming_no_year_keeps_its_old_reading():
    line = "tăng 2,6% so với 432.009 tỷ đồng ở thời điểm cuối năm ngoái"
    assert _verdicts("zf-toan-quoc-agribank-du-no-2012-q1", line)["432.009 tỷ đồng"] == "not_a_figure"  # (bases)


def test_a_base_of_the_reports_own_year_is_not_set_aside(dummy):
    text = "Tháng 11/2017, thị phần đạt 80,1%, tăng so với 75,3% thị phần trong 10 tháng năm 2017."
    got = {n.text: n.verdict for n in check_text(text, dummy, period="2017-11").numbers}
    assert flagged(got["75,3%"])
