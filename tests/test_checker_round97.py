"""Checker round 97 (issue #13): a row of another period supports only a sentence about that period (round 96's
``periodrow``, brought back), and a movement's two ends (``service.checker.movementend``).

Round 96 was reverted because the movement ``giảm nhanh từ 0,19% năm 2010 xuống còn 0,19%`` (a planted end) lost its
catch: the start «0,19% năm 2010» was re-verdicted alone as 2010's (the report's 0,19 in a sentence of 2010), so the
movement pass, which judges the pair, found one end already flagged and let the other stand.  Now a movement whose
ends cannot be one (equal, the wrong way) is the movement pass's: both ends flagged, the reason naming the pair.  And
the start's own year is the start's only: an end with no year of its own (and none between) is the report's.
"""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.movementend import MovementEnds, own_year
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout

NEWTOWN = "zy-quang-nam-nui-thanh-xa-tam-nghia-nong-thon-moi-2018"   # 2018's row and 2010's (1-2010, 2-2010)
POOR = "giảm nhanh từ 9,94% năm 2010 xuống còn 0,19%"
INCOME = "tăng từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng"


def _line(line: str, bad: str | None = None, case: str = NEWTOWN, period: str = "2018"):
    """The checks of the numbers (years left out) of ``line`` in the case's text, written as ``bad``."""
    text = heldout(case)
    assert line in text
    if bad is not None:
        text = text.replace(line, bad, 1)
    s = text.index(bad or line)
    table = load_table(HELDOUT / case / "figures.csv", period=period)
    return [n for n in check_text(text, table, period=period).numbers
            if s <= n.start < s + len(bad or line) and n.kind != "year"]


# --- the plants of caught round 6, with round 96's rule in -----------------------------------------------------------

@pytest.mark.parametrize("bad", [
    "giảm nhanh từ 0,19% năm 2010 xuống còn 0,19%",   # the end's value at the start (the reverted round's loss)
    "giảm nhanh từ 9,94% năm 2010 xuống còn 9,94%",   # the start's value at the end
    "tăng từ 25 triệu đồng (năm 2010) lên 25 triệu đồng",
    "tăng từ 36,07 triệu đồng (năm 2010) lên 36,07 triệu đồng",
])
def test_a_movement_between_equal_ends_is_never_supported(bad):
    line = POOR if "9,94" in bad or "0,19" in bad else INCOME
    a, b = _line(line, bad)
    assert a.verdict == b.verdict == "unsupported", (a.reason, b.reason)
    assert "hai số bằng nhau" in a.reason and "hai số bằng nhau" in b.reason
    assert "là số liệu của" not in a.reason + b.reason   # not one end alone as another year's


def test_a_fall_to_a_larger_value_is_the_pairs_flag():
    a, b = _line(POOR, "giảm nhanh từ 0,19% năm 2010 xuống còn 9,94%")
    assert a.verdict == b.verdict == "unsupported"
    assert "số sau lớn hơn số trước" in a.reason and "số sau lớn hơn số trước" in b.reason


@pytest.mark.parametrize("line", [POOR + " năm 2018", INCOME + " vào năm 2018"])
def test_the_movements_as_published_stand(line):
    got = _line(line)
    assert [n.verdict for n in got] == ["supported", "supported"], [(n.text, n.reason) for n in got]


# --- the end's period: its own year, one named between the ends, else the report's -------------------------------

@pytest.mark.parametrize("line, bad", [
    (INCOME + " vào năm 2018", INCOME),                 # «(năm 2010)» is the start's; the end, no year: 2018's
    (POOR + " năm 2018", POOR + ";"),
])
def test_an_end_without_its_own_year_is_the_reports(line, bad):
    got = _line(line, bad)
    assert [n.verdict for n in got] == ["supported", "supported"], [(n.text, n.reason) for n in got]


def test_the_start_with_the_reports_value_is_still_caught():
    """A start that is not the end's value: round 96's flag stands (2018's value said of 2010)."""
    a, b = _line(INCOME + " vào năm 2018", "tăng từ 36,07 triệu đồng (năm 2010) lên 40 triệu đồng vào năm 2018")
    assert a.verdict == "unsupported" and a.expected == "25 triệu đồng" and "năm 2010" in a.reason


def test_an_end_said_of_another_year_is_caught():
    """«… lên 25 triệu đồng vào năm 2018» after a start not of the table: the end's own year says 2018."""
    got = _line(INCOME + " vào năm 2018", "tăng từ 20 triệu đồng (năm 2010) lên 25 triệu đồng vào năm 2018")
    assert got[-1].verdict == "unsupported" and got[-1].expected == "36,07 triệu đồng", got[-1].reason


# --- the reader ------------------------------------------------------------------------------------------------------

def _ends(text: str) -> MovementEnds:
    from service.checker.extract import extract_numbers
    return MovementEnds(text, extract_numbers(text)), extract_numbers(text)


def test_the_reader_of_a_movements_ends():
    text = "Thu nhập tăng từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng vào năm 2018."
    ends, ms = _ends(text)
    figures = [k for k, m in enumerate(ms) if m.is_figure]
    a, b = figures[0], figures[-1]
    assert ends.is_end(b) and not ends.is_end(a) and not ends.judged
    assert ends.lo(b, 0) == text.index(") lên") + 1   # after the start's own year
    assert own_year(text, ms[a].end) == "2010" and own_year(text, ms[b].end) == "2018"
    same, ms = _ends("Tỷ lệ hộ nghèo giảm từ 4,27% xuống còn 4,27%.")
    assert len(same.judged) == 2 and not same.floor
    # a year between the two ends is the end's: «… là 19,2% và đến cuối năm 2019 giảm xuống còn 6,1%»
    text = "Năm 2016, tỷ lệ hộ nghèo là 19,2% và đến cuối năm 2019 giảm xuống còn 6,1%."
    ends, ms = _ends(text)
    b = [k for k, m in enumerate(ms) if m.is_figure][-1]
    assert ends.lo(b, 0) <= text.index("cuối năm 2019")
