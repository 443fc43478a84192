"""Tidy round 62 (docs/tidy-62.md).

1. A text's movements (``movement.movements``) are read once per check (``Movements._movements``, a
   ``cached_property``): the movement pass, ``periodrow`` and the span pass read the one reading (the two last through
   ``Attribution._movement_ends``), where each read them again; the verdicts as before.
2. Where a number ends with the per-unit tail its mention leaves out is ``movement.number_end``, which both the
   movement reader and ``movementend`` call (``movementend`` imported the private ``_PER_TAIL``).
"""

from __future__ import annotations

from service.checker import movement, movementend
from service.checker.extract import extract_numbers
from service.checker.movement import movements, number_end
from service.checker.movementend import MovementEnds
from tests.test_checker_round97 import INCOME, POOR, _line


def _counted(monkeypatch) -> list:
    calls = []
    read = movement.movements
    counted = lambda text, mentions: calls.append(1) or read(text, mentions)   # noqa: E731
    monkeypatch.setattr(movement, "movements", counted)
    monkeypatch.setattr(movementend, "movements", counted)
    return calls


def test_the_movements_are_read_once_per_check_and_still_stand(monkeypatch):
    calls = _counted(monkeypatch)
    got = _line(INCOME + " vào năm 2018")   # the Tam Nghĩa page (2018, with 2010's rows): periodrow reads its ends
    assert [n.verdict for n in got] == ["supported", "supported"], [(n.text, n.reason) for n in got]
    assert len(calls) == 1


def test_a_planted_end_is_still_the_pairs_flag_with_one_reading(monkeypatch):
    calls = _counted(monkeypatch)
    a, b = _line(POOR, "giảm nhanh từ 0,19% năm 2010 xuống còn 0,19%")
    assert a.verdict == b.verdict == "unsupported"
    assert "hai số bằng nhau" in a.reason and "hai số bằng nhau" in b.reason
    assert len(calls) == 1
    c, d = _line(INCOME + " vào năm 2018", "tăng từ 36,07 triệu đồng (năm 2010) lên 40 triệu đồng vào năm 2018")
    assert c.verdict == "unsupported" and c.expected == "25 triệu đồng" and "năm 2010" in c.reason
    assert len(calls) == 2   # a second check, a second reading


def test_the_ends_read_from_the_checkers_reading_are_the_ends_read_afresh():
    text = ("Thu nhập bình quân tăng từ 10,5 triệu đồng/người/năm (năm 2015) lên 12 triệu đồng/người/năm; "
            "tỷ lệ hộ nghèo giảm từ 4,27% xuống còn 4,27%.")
    ms = extract_numbers(text)
    found = movements(text, ms)
    given, afresh = MovementEnds(text, ms, found), MovementEnds(text, ms)
    assert (given.judged, given.floor) == (afresh.judged, afresh.floor)
    assert len(given.judged) == 2 and len(given.floor) == 1
    start = ms[found[0][0]]
    tail = number_end(text, start)   # the tail the mention leaves out, the number's own
    assert start.end < tail and text[start.end:tail].endswith("/năm") and text[tail:].startswith(" (năm 2015) lên")
    (end, lo), = given.floor.items()
    assert lo == text.index(") lên") + 1   # the end's words begin after the start, its tail and its own year
