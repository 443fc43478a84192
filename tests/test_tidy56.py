"""Tidy 56: one grammar of the words before a multiple (``recognisers.multiples``) and one of a bound's open end
(``recognisers.openend``), each reader calling it in the form it read before. Real text (held-out cases, sweep
pages) for each form and real negatives: what the narrower forms leave to other rules."""

from __future__ import annotations

import unicodedata

import pytest

from service.checker import derive
from service.checker.recognisers import multiples
from service.checker.recognisers.bounds import class_bound
from service.checker.recognisers.namedclass import named_class_bound
from service.checker.recognisers.openend import OPEN_END, UNIT_OPEN_END
from service.onboarding import multiples as template_multiples
from service.onboarding import occasions
from tests.sweep_tables import heldout, page


def _before(text: str, quote: str, number: str) -> str:
    text = unicodedata.normalize("NFC", text)
    s = text.index(quote)
    return text[s:s + quote.index(number)]


#: (text, quote, the multiple): a rise as a multiple, then ``gấp`` alone, from two sources each
RISES = [
    (heldout("xk-ha-tinh-nhcsxh-tinh-tin-dung-chinh-sach-2015-2019"), "tăng đến 3 lần nguồn vốn", "3"),
    (page("t39-kyhoatour-le-hoi-song-nuoc-tphcm-2024"), "tăng gấp 6 lần lượng khách", "6"),
]
GAPS = [
    (heldout("zk-yen-bai-kinh-te-xa-hoi-2014"), "gấp 2,46 lần so kế hoạch", "2,46"),
    (page("t19-vnexpress-ulaw-totnghiep-2025"), "tăng gần gấp 4 lần", "4"),
]


@pytest.mark.parametrize("text, quote, number", RISES)
def test_a_rise_as_a_multiple_is_read_by_every_reader(text, quote, number):
    before = _before(text, quote, number)
    assert multiples.RISE_BEFORE.search(before) and multiples.TIMES_BEFORE.search(before)


@pytest.mark.parametrize("text, quote, number", GAPS)
def test_gap_alone_is_a_multiple_for_the_template_and_the_occasions(text, quote, number):
    before = _before(text, quote, number)
    assert multiples.TIMES_BEFORE.search(before) and multiples.GAP_BEFORE.search(before)


def test_negative_gap_alone_is_no_rise():
    # "gấp 2,46 lần so kế hoạch" (zk-yen-bai): a multiple of the plan, not a rise — the checker's rise readers
    # leave it to their own rules (after_amount, times_named_base)
    assert not multiples.RISE_BEFORE.search(_before(*GAPS[0]))


@pytest.mark.parametrize("text, quote, number", [
    (heldout("zk-yen-bai-kinh-te-xa-hoi-2014"), "tăng lên 23,1 triệu đồng", "23,1"),   # a level reached
    (page("c14-vn-ksms-2018"), "nhóm tuổi từ 60 trở lên", "60"),                        # no multiple's words at all
])
def test_negative_real_levels_are_no_gap(text, quote, number):
    assert not multiples.GAP_BEFORE.search(_before(text, quote, number))


def test_every_reader_calls_the_one_grammar():
    assert derive._RISE_TIMES_BEFORE is multiples.RISE_BEFORE and derive._TIMES_BEFORE is multiples.TIMES_BEFORE
    assert template_multiples._TIMES_BEFORE is multiples.TIMES_BEFORE
    assert occasions._TIMES_BEFORE is multiples.GAP_BEFORE


def test_open_end_after_a_count_and_after_named_units():
    pig = unicodedata.normalize("NFC", page("c22-vbpharma-trangtrai-quymo"))
    s = pig.index("1.627 cơ sở nuôi lợn từ 1.500 con trở lên") + len("1.627 cơ sở nuôi lợn từ ")
    assert class_bound(pig, s, s + len("1.500"))
    donors = unicodedata.normalize("NFC", heldout("xl-thua-thien-hue-bcd-hien-mau-tinh-ton-vinh-2022"))
    s = donors.index("những người hiến máu từ 40-70 lần trở lên") + len("những người hiến máu từ ")
    assert named_class_bound(donors, s, s + len("40-70"))


def test_negative_the_named_units_form_wants_the_unit_said():
    # "151.814 bài thi có mức điểm từ 8 trở lên" (c48-kynangandlifeskills): the count's bound reads it (OPEN_END);
    # the form after "các/những" wants a unit word before "trở lên" and does not
    text = unicodedata.normalize("NFC", page("c48-kynangandlifeskills-diem-gioi-thpt-2023"))
    s = text.index("151.814 bài thi có mức điểm từ 8 trở lên") + len("151.814 bài thi có mức điểm từ ")
    after = text[s + 1:]
    assert OPEN_END.match(after) and not UNIT_OPEN_END.match(after)
    assert class_bound(text, s, s + 1) and not named_class_bound(text, s, s + 1)
