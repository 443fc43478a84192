"""Round 49 of the period reader (service/periods/count_to_day.py, called in service/periods/mentions.py).

A count to a day written without its year (``đến ngày 22/12, ngành đường sắt đã bán được 140.000 vé``) that borrows
the year of the days ahead named after it (the coming Tết's, ``từ ngày 3/2 đến 9/2/2026``) is not after the page's
own date (``date 2025-12-23``): it takes the page's year.  Negatives: the days ahead keep their own year; a count to a
day whose lent year is not after the page's date (sweep p42-tienphong, the same sales count on a page of 2025-12-31)
keeps it."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions
from service.periods.count_to_day import not_after_page

HELD = Path(__file__).resolve().parents[1] / "evaluations" / "cases" / "heldout"
PAGES = Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "pages"

# held-out xl-toan-quoc-nganh-duong-sat-ve-tau-tet-2025-12 (coded 2025-12, read 2026-12 before)
RAIL = HELD / "xl-toan-quoc-nganh-duong-sat-ve-tau-tet-2025-12" / "source.txt"
# sweep p42-tienphong-tau-cuoinam-2025-12 (labelled 2025): "Tính đến ngày 22/12, ... vé tàu Tết đã tiêu thụ ..."
TIENPHONG = PAGES / "p42-tienphong-tau-cuoinam-2025-12.txt"


def _read(path):
    p = parse_report(path).period
    return getattr(p, "code", p) if p else None


def _codes(path, recogniser):
    text = path.read_text(encoding="utf-8")
    return [m.period.code for m in find_mentions(text, None, None) if m.recogniser == recogniser and m.period]


def test_count_to_a_day_before_the_coming_tet_is_of_the_pages_year():
    assert _codes(RAIL, "to-day") == ["2025-12"]
    assert _read(RAIL) == "2025-12"


def test_the_days_ahead_keep_their_year():
    assert set(_codes(RAIL, "date-range")) == {"2026-02"}


def test_a_count_lent_a_year_not_after_the_page_keeps_it():
    assert _codes(TIENPHONG, "to-day") == ["2025-12"]
    assert _read(TIENPHONG) == "2025"


def test_no_page_date_leaves_the_lent_year():
    assert not_after_page(2026, 12, (None, None)) == 2026
    assert not_after_page(2026, 1, (2026, 1)) == 2026
    assert not_after_page(2026, 12, (2025, 12)) == 2025
    assert not_after_page(2026, 12, (2026, 3)) == 2025
