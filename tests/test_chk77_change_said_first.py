"""Checker round 77 (helper chk77, issue 13): a rate said after its comparison (``tăng so với cùng kỳ 2018 là
1,22%``, ``tăng so với cùng kỳ là 9,6%``) is a change, as a count so said was (``recognisers/changes.stated_after``,
``extract._unmarked_changes``)."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.recognisers.changes import stated_after
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout, page

QB = "xl-quang-binh-chi-cuc-dan-so-sinh-con-thu-3-2019-h1"
#: sweep t25-cafef-thep-t4-2019: the steel consumed in April 2019 and its April 2018 (923.590 / 1,096)
STEEL = "STT;Chỉ tiêu;ĐVT;Tháng 4/2019;Cùng kỳ năm 2018\n1;Tiêu thụ thép xây dựng;tấn;923.590;842.692\n"


def _at(text, quote, table, period):
    s = text.index(quote)
    return next(n for n in check_text(text, table, period=period).numbers if n.start == s)


def test_a_shares_change_in_points_said_after_its_comparison():
    text = heldout(QB)
    table = load_table(HELDOUT / QB / "figures.csv", period="2019-H1")
    n = _at(text, "1,22%", table, "2019-H1")
    assert n.verdict == "derived" and "18,38 − 17,16" in n.derivation, (n.verdict, n.reason)
    bad = text.replace("2018 là 1,22%", "2018 là 1,52%", 1)
    assert _at(bad, "1,52%", table, "2019-H1").verdict == "unsupported"


@pytest.fixture()
def steel(tmp_path):
    f = tmp_path / "figures.csv"
    f.write_text(STEEL, encoding="utf-8")
    return page("t25-cafef-thep-t4-2019"), load_table(f, period="2019-04")


def test_second_source_a_growth_rate_said_after_its_comparison(steel):
    text, table = steel
    assert _at(text, "9,6%", table, "2019-04").verdict == "derived"
    bad = text.replace("cùng kỳ là 9,6%", "cùng kỳ là 6,9%", 1)
    assert _at(bad, "6,9%", table, "2019-04").verdict == "unsupported"


@pytest.mark.parametrize("before, said", [
    ("chiếm tỷ lệ 18,38%, tăng so với cùng kỳ 2018 là ", "tăng"),
    ("Tiêu thụ thép xây dựng đạt 923.590 tấn, tăng so với cùng kỳ là ", "tăng"),
    ("tăng so với cùng kỳ năm 2016 là ", "tăng"),
    # no change word: a share said plainly
    ("tỷ lệ so với cùng kỳ 2018 là ", None),
    # the change said in an earlier sentence
    ("tăng so với cùng kỳ. Tỷ lệ là ", None),
    # a year not of the comparison's form (a count of years, no base)
    ("tăng so với cùng kỳ 15 là ", None),
])
def test_the_grammar_and_its_negatives(before, said):
    assert stated_after(before + "1,22%", len(before)) == said
