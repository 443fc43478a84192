"""Round 61: a number right after ``so với (mức)`` followed by an earlier period's own name is that period's value —
last period's the base of the row it is compared with, an older year's no row (comparedearlier.compared_earlier).
Real text from two sources, and negatives."""

from pathlib import Path

from service.onboarding.cut import cut_span
from tests.sweep_tables import template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
HAT_DIEU = ROOT / "evaluations/cases/heldout/xi-toan-quoc-bo-cong-thuong-xuat-khau-hat-dieu-2017-11t/source.txt"


def test_last_years_share_is_the_base_of_this_years_row():
    # "chiếm 75,4% thị phần trong 10 tháng năm 2017, tăng nhẹ so với 75,3% thị phần trong 10 tháng năm 2016 và tăng
    # khá mạnh so với 68,9% thị phần trong 10 tháng năm 2015"
    rows = _rows(HAT_DIEU)
    values = {float(r.value) for r in rows}
    assert 75.4 in values
    assert 75.3 not in values and 68.9 not in values
    share = next(r for r in rows if float(r.value) == 75.4)
    assert share.base is not None and float(share.base) == 75.3


def test_an_older_periods_value_is_no_row():
    # "6 tháng năm 2024 tăng lên 436.500 tỉ đồng - cao hơn nhiều so với mức 338.200 tỉ đồng của 6 tháng đầu năm 2019"
    values = {float(r.value) for r in _rows(PAGES / "p10-thanhnien-dulich-2024-h1.txt")}
    assert 436500e9 in values and 338200e9 not in values


def test_last_years_value_with_no_row_of_its_measure_is_left_as_before():
    # "ước đạt 16,7 tỷ USD (chiếm 6,4% GDP), tăng nhẹ so với 16 tỷ USD của năm 2018": still no row of its own
    rows = _rows(PAGES / "t23-vietbao-kieuhoi-hcm-2019-9t.txt")
    values = {float(r.value) for r in rows}
    assert 16.7e9 in values and 16e9 not in values


def test_a_change_against_an_earlier_period_stays_a_change():
    # negative: the period follows "so với", not the number — "tăng 22,3% so với 11 tháng năm 2016" (a change of
    # the row), "giá xuất khẩu … đạt 3.269 USD/tấn, giảm 38,3% so với 10 tháng năm 2017" (t24-vnbusiness)
    values = {float(r.value) for r in _rows(PAGES / "t24-vnbusiness-hattieu-10t-2018.txt")}
    assert 3269 in values
    assert 9926.3 in {float(r.value) for r in _rows(HAT_DIEU)}


def test_a_span_cut_at_the_pages_end_is_no_row():
    # "tăng so với 94,3% thị phần trong 10 thá" (the stored page's end): no "10 thá" row
    assert 10 not in {float(r.value) for r in _rows(HAT_DIEU)}


def test_cut_span_reads_only_a_cut_span_word():

    assert cut_span(" thá")          # tháng, cut
    assert not cut_span(" năm")      # a whole word: left as it was
    assert not cut_span(" chi ")     # "sinh hoạt tại 203 chi" (xc-hai-duong-hoi-nguoi-mu): a whole count word
    assert not cut_span(" lư")       # two letters: cut_at_end's own reading
