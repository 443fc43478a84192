"""The lead's mend of stop 55: a stretch of time is not a counted noun.

Checker round 77 (``countednoun``) lets a group named earlier in a sentence outrank a group's words that stand right
after ``<number> <unit>`` — the words are then what the count counts (``Trong đó đường bộ xảy ra 696 vụ tai nạn``:
``tai nạn`` is not the whole country's group coming back). The whole folder's end measure showed one case going the
wrong way (zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09, 1 → 4 false alarms): in ``xuất khẩu cà phê 15 ngày đầu
tháng 9/2018 đạt 59,3 nghìn tấn`` the group's own name ``15 ngày đầu tháng 9/2018`` was read as a counted noun after
``15 ngày``, and the paragraph's other group (``Lũy kế từ đầu năm đến 15/9/2018``) took the figures of the fortnight.
A number with a unit of time before a group's words names a stretch, not a count."""

from service.checker.countednoun import is_counted_noun
from tests.sweep_tables import case_line_verdicts

COFFEE = "zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09"
COFFEE_LINE = "xuất khẩu cà phê 15 ngày đầu tháng 9/2018 đạt 59,3 nghìn tấn, trị giá 102,47 triệu USD"
ROADS = "xl-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-09"
ROADS_LINE = "Trong đó đường bộ xảy ra 696 vụ tai nạn"


def test_the_fortnight_named_by_its_days_keeps_its_own_figures():
    got = {t: v for t, v, _ in case_line_verdicts(COFFEE, COFFEE_LINE)}
    assert got["59,3 nghìn tấn"] == "supported"
    assert got["102,47 triệu USD"] == "supported"


def test_a_swap_into_the_fortnight_is_still_flagged():
    bad = COFFEE_LINE.replace("59,3 nghìn tấn", "1.385 nghìn tấn")
    got = {t: v for t, v, _ in case_line_verdicts(COFFEE, COFFEE_LINE, bad)}
    assert got["1.385 nghìn tấn"] == "unsupported"


def test_a_count_by_its_noun_still_counts_round_77():
    assert is_counted_noun("trong do duong bo xay ra 696 vu ", len("trong do duong bo xay ra 696 vu "))
    assert not is_counted_noun("xuat khau ca phe 15 ngay ", len("xuat khau ca phe 15 ngay "))
    assert not is_counted_noun("6 thang ", len("6 thang "))
    got = [v for t, v, _ in case_line_verdicts(ROADS, ROADS_LINE)]
    assert got == ["supported"]
