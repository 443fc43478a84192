"""Checker round 47 (chk47, issue 13): stop 48's working batch ``yx-`` (evaluations/sweep/checker-round47.md). Each
rule quotes two real sources at least and keeps checked what it does not claim.

- years before 1900 told by their notation: a bracketed span ending in a year of our time (``(1791-2017)``,
  ``(1724 - 2024)``), four digits restating a lunar year's name (``năm Tân Hợi 1791``) — ``oldyears``;
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, within


# ---------------------------------------------------------------- years before 1900

def test_a_bracketed_span_of_a_life_or_anniversary_is_years(dummy):
    # yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016, its first line
    text = heldout("yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016")
    assert flagged_in(text, dummy, "Hải Thượng Lãn Ông (1791-2017)") == []
    # yx-quang-nam-nui-thanh-hoi-dong-y-huyen-tong-ket-2023, its second line
    text = heldout("yx-quang-nam-nui-thanh-hoi-dong-y-huyen-tong-ket-2023")
    assert flagged_in(text, dummy, "ngày sinh của ông (1724 - 2024)") == []


def test_a_lunar_name_restated_in_digits_is_a_year(dummy):
    # yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018: "ngày mất của ông (ngày Rằm tháng Giêng năm Tân Hợi 1791)"
    text = heldout("yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018")
    assert flagged_in(text, dummy, "năm Tân Hợi 1791") == []
    assert {k for _, v, k in within(text, dummy, "năm Tân Hợi 1791") if v == "not_a_figure"} == {"year"}


def test_counts_in_brackets_and_a_name_the_digits_do_not_restate_stay_checked(dummy):
    # negatives on the same notation: a span running backwards or ending before our time, a count after a lunar year
    # whose name is not its own (Tân Hợi is 1791, 1851, …; never 1795)
    text = ("Quỹ hỗ trợ (1500-1200) hội viên. Số hộ (1200-1500) tăng. Năm Tân Hợi 1795 hội viên được thăm hỏi. "
            "Năm Tân Hợi 1851 là năm giỗ.")
    assert flagged_in(text, dummy, "(1500-1200)") == ["1500", "1200"]
    assert flagged_in(text, dummy, "(1200-1500)") != []
    assert flagged_in(text, dummy, "Năm Tân Hợi 1795") == ["1795"]
    assert flagged_in(text, dummy, "Năm Tân Hợi 1851") == []
