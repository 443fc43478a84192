"""Caught round 6 (helper caught6, issue 13): one value said twice in a sentence, the second time with another row's
words (evaluations/sweep/caught-round6.md).

``Trong tháng 11, toàn quốc xảy ra 145 vụ cháy, làm chết 03 người, làm bị thương 06 người`` (zk-toan-quoc-cuc-canh-
sat-pccc-thong-cao-bao-chi-2023-11): a swap writes ``làm bị thương 03 người`` — 3 is the dead by fire's value and the
dead by explosion's too, so the injured's words stood beside a value two rows hold. ``_attribution_pass`` asked that
the value's other stand in the sentence be tied to the very row this one was; now any row holding the value will do
(``làm chết 03`` went to the dead by fire, ``bị thương 03`` to the dead by explosion). A value said twice where each
stand has its own row holding it (``Xảy ra 01 vụ nổ, làm chết 03 người, bị thương 01 người``) is left alone.
"""

from __future__ import annotations

from tests.sweep_tables import checks, held, heldout, nfc

CASE, PERIOD = "zk-toan-quoc-cuc-canh-sat-pccc-thong-cao-bao-chi-2023-11", "2023-11"
LINE = "xảy ra 145 vụ cháy, làm chết 03 người, làm bị thương 06 người"


def _numbers_in(text, table, line):
    s = text.index(line)
    return [n for n in checks(text, table, PERIOD) if s <= n.start < s + len(line)]


def test_the_injured_said_with_the_deads_value_is_a_swap(tmp_path):
    table, text = held(tmp_path, CASE, PERIOD), nfc(heldout(CASE))
    assert [n.verdict for n in _numbers_in(text, table, LINE)] == ["supported"] * 3
    bad = LINE.replace("bị thương 06", "bị thương 03")
    got = _numbers_in(text.replace(LINE, bad), table, bad)
    assert [n.verdict for n in got] == ["supported", "supported", "unsupported"], [(n.text, n.reason) for n in got]
    assert "I.3 (Số người bị thương do cháy) = 6 người" in got[2].reason, got[2].reason


def test_one_value_of_two_rows_said_twice_stands(tmp_path):
    table, text = held(tmp_path, CASE, PERIOD), nfc(heldout(CASE))
    line = "Xảy ra 01 vụ nổ, làm chết 03 người, bị thương 01 người"
    assert line in text
    got = _numbers_in(text, table, line)
    assert got and all(n.verdict == "supported" for n in got), [(n.text, n.verdict, n.reason) for n in got]
