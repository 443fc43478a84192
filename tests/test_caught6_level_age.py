"""Caught round 6 (helper caught6, issue 13): a level or an age names its row (evaluations/sweep/caught-round6.md).

``Tổ chức mừng thọ tặng quà cho 90 cụ tròn 100 tuổi và 981 cụ tròn 90 tuổi`` (y-binh-duong-bao-tro-xa-hoi-2017) and
``có 8/9 huyện đạt chuẩn mức độ 2 và 1 huyện đạt chuẩn mức độ 1`` (m-khanhhoa-pcgd-2023): the clerk keeps one row per
age (``Cụ tròn 100 tuổi …`` / ``Cụ tròn 90 tuổi …``) and per level (``… mức độ 2`` / ``… mức độ 1``), labels the same
but for that number. The swap ``90 cụ tròn 90 tuổi`` (the hundred-year-olds' count on the ninety-year-olds' item),
``8 huyện đạt chuẩn mức độ 1``, had passed: ``tuổi`` is said after its number and ``mức độ`` is two words, so round
5's ``_label_number_pass`` (a word before its number: ``khối 11``, ``lớp 5``) did not read them. Now it does
(``named._label_numbers``: ``_LEVEL_NUMBER``, ``_AGE_NUMBER``).
"""

from __future__ import annotations

from service.checker.named import _label_numbers
from tests.sweep_tables import checks, held, heldout, nfc

CASES = (  # (case, period, the item as published, its number, the sibling's value written there, the sibling's row)
    ("y-binh-duong-bao-tro-xa-hoi-2017", "2017", "và 981 cụ tròn 90 tuổi", "981", "90", "BTXH-06"),
    ("m-khanhhoa-pcgd-2023", "2023", "và 1 huyện đạt chuẩn mức độ 1", "1", "8", "HU-01"),
    ("m-khanhhoa-pcgd-2023", "2023", "và 1 xã từ mức độ 1 lên mức độ 2", "1", "10", "TL-01"),
)


def _at(text, table, period, line, number):
    pos = text.index(line) + line.index(number)
    return next(n for n in checks(text, table, period) if n.start == pos)


def test_the_level_or_age_as_published_passes(tmp_path):
    for case, period, line, number, _, _ in CASES:
        table, text = held(tmp_path, case, period), nfc(heldout(case))
        got = _at(text, table, period, line, number)
        assert got.verdict == "supported", (case, line, got.reason)


def test_the_siblings_value_on_the_item_of_another_level_or_age_is_a_swap(tmp_path):
    for case, period, line, number, other, other_row in CASES:
        table, text = held(tmp_path, case, period), nfc(heldout(case))
        bad_line = line.replace(number, other, 1)
        got = _at(text.replace(line, bad_line), table, period, bad_line, other)
        assert got.verdict == "unsupported", (case, bad_line, got.verdict, got.reason)
        assert f"là số liệu của {other_row}" in got.reason, got.reason


def test_a_level_and_an_age_are_read_as_names():
    assert _label_numbers("so huyen dat chuan pho cap giao duc thcs muc do 2") == {"muc do": {"2"}}
    assert _label_numbers("so xa tang tu muc do 2 len muc do 3") == {"muc do": {"2", "3"}}
    assert _label_numbers("cu tron 90 tuoi duoc mung tho, tang qua")["tuoi"] == {"90"}
    assert _label_numbers("thang 6 nam 2020 quy ii lan 2") == {}   # time and order stay the period passes'
