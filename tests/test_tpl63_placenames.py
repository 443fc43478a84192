"""Round 63: ``Place: value`` pairs of a list — the place's name (two or more capitalised words) is no count noun
and keeps its capitals; the list's noun is the one written after a later value (placenames). Real text from two
sources (t45 Bắc Giang, p18 bão số 9), and negatives."""

from pathlib import Path

from service.onboarding.placenames import proper_name
from tests.sweep_tables import template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
BAC_GIANG = PAGES / "t45-baobacgiang-hnd-ketnap-q3.txt"
P18 = PAGES / "p18-giadinhonline-bao9-2020-10.txt"
TUY_AN = PAGES / "tpl-tuyan-ttyt-2018.txt"


def _row(rows, value, unit=None):
    return next(r for r in rows if float(r.value) == value and (unit is None or r.unit == unit))


def test_places_of_a_list_count_the_lists_noun():
    # "Lục Nam: 671; Lục Ngạn: 450 và Tân Yên: 409 hội viên": 671 and 450 hội viên, not "lục Nam"
    rows = _rows(BAC_GIANG)
    for value, place in ((671, "Lục Nam"), (450, "Lục Ngạn")):
        row = _row(rows, value)
        assert row.unit == "hội viên"
        assert place in row.label


def test_place_names_keep_their_capitals():
    # "Quảng Ngãi: 28; Gia Lai: 03, Kon Tum: 4" (p18): the unit stays the count before it (điểm), the names as written
    rows = _rows(P18)
    for value, place in ((28, "Quảng Ngãi"), (3, "Gia Lai"), (4, "Kon Tum")):
        row = _row(rows, value, "điểm")
        assert place in row.label


def test_a_capital_after_a_colon_is_not_a_place():
    # negative: "Tuyến huyện: 127.110 lượt, tuyến xã: 184.966 lượt" (tpl-tuyan-ttyt-2018): one capitalised word
    # for the colon before it, lower-cased in the label, unit lượt
    rows = _rows(TUY_AN)
    row = _row(rows, 127110)
    assert row.unit == "lượt" and "tuyến huyện" in row.label
    assert not proper_name(["Tuyến", "huyện"]) and not proper_name(["Nữ"]) and not proper_name(["UBND", "Tỉnh"])
    assert proper_name(["Lục", "Nam"]) and proper_name(["Kon", "Tum"])
