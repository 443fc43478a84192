"""Checker round 77 (helper chk77, issue 13): a class of units named by ``các``/``những`` and its open bound
(``những người hiến máu từ 40-70 lần trở lên``) is no figure of the period (``recognisers/namedclass.py``)."""

from __future__ import annotations

import pytest

from service.checker.recognisers.namedclass import named_class_bound
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, OTHER_ROW as DUMMY, heldout, page, verdict_kind_at as _at

TTH = "xl-thua-thien-hue-bcd-hien-mau-tinh-ton-vinh-2022"


def test_the_donors_class_on_the_held_out_page_is_a_bound():
    text = heldout(TTH)
    table = load_table(HELDOUT / TTH / "figures.csv", period="2022")
    assert _at(text, "40-70", table, "2022") == ("not_a_figure", "bound")


@pytest.mark.parametrize("text, quote", [
    (page("c33-baolaocai-mung-tho-bac-cuong-2024"), "70 tuổi trở lên"),
    (heldout("zy-hung-yen-ldld-tinh-phat-trien-doan-vien-2013-8t"), "20 LĐ trở lên"),
])
def test_second_sources_a_class_of_units_and_its_open_bound(tmp_path, text, quote):
    f = tmp_path / "figures.csv"
    f.write_text(DUMMY, encoding="utf-8")
    assert _at(text, quote, load_table(f, period="2024"), "2024")[0] == "not_a_figure"   # (the age reader's too)
    s = text.index(quote)
    assert named_class_bound(text, s, s + 2)


@pytest.mark.parametrize("text, quote, bound", [
    ("trong đó có những người hiến máu từ 40-70 lần trở lên.", "40-70", True),
    ("Đặc biệt, tập trung khảo sát các DN có từ 20 LĐ trở lên để vận động", "20", True),
    # no determiner: an approximate count of the period
    ("Toàn tỉnh có từ 300 người trở lên tham gia hiến máu.", "300", False),
    # no open end: what the units did, said as a value
    ("trong đó có những người hiến máu 40 lần.", "40", False),
    ("những người hiến máu từ 40 lần đến nay đã được tôn vinh", "40", False),
    # a count after the determiner's words: the bound is that count's (bounds._COUNT_FROM), not this rule's
    ("các xã có 1.627 cơ sở nuôi lợn từ 1.500 con trở lên", "1.627", False),
])
def test_the_grammar_and_its_negatives(text, quote, bound):
    s = text.index(quote)
    assert named_class_bound(text, s, s + len(quote)) is bound
