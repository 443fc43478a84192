"""Checker round 56 (chk56, issue 13): stop 51's final batch ``xe-*``, measured once and in-sample from then on
(evaluations/sweep/checker-round56.md). Each rule quotes two real sources and keeps checked what it does not claim.

- the age classes of a youth event listed as bare numbers after the first class (``gồm U8, 10, 12, 14 16 và 18 nam và
  nữ``, ``các nhóm tuổi 6, 7, 9, 11, 13, 15, 17 và 20``) — ``recognisers.ageseries``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, flags, heldout, page

_CHESS_ASIA = "xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04"
_CHESS_NATIONAL = "c56-baomoi-co-vua-tre-toan-quoc-2019"


# ---------------------------------------------------------------- a series of age classes

def test_the_classes_after_a_class_code_continue_its_series(dummy):
    text = heldout(_CHESS_ASIA)
    assert flagged_in(text, dummy, "tham dự đủ các nhóm tuổi của giải gồm U8, 10, 12, 14 16 và 18 nam và nữ") == []


def test_the_classes_after_nhom_tuoi_continue_its_series(dummy):
    text = page(_CHESS_NATIONAL)
    assert flagged_in(text, dummy, "thuộc các nhóm tuổi 6, 7, 9, 11, 13, 15, 17 và 20.") == []


def test_the_figures_beside_the_series_stay_checked(dummy):
    # the players sent and the medals' sets are the event's figures: the dummy table keeps none, so they stay flagged
    assert flagged_in(heldout(_CHESS_ASIA), dummy, "Đội tuyển Việt Nam tham gia giải với 82 kỳ thủ") == ["82"]
    assert flagged_in(page(_CHESS_NATIONAL), dummy, "Các VĐV tranh tài 128 bộ huy chương") == ["128"]
    assert flagged_in(page(_CHESS_NATIONAL), dummy, "gần 1.200 VĐV đến từ 43 tỉnh") == ["1.200", "43"]


def test_a_list_that_is_no_series_keeps_its_numbers(dummy):
    # a noun after the last number: counts, not classes
    assert flags("Đội có U8, 10 kỳ thủ và 12 huấn luyện viên.", dummy) == ["10", "12"]
    assert flags("Nhóm tuổi U10 có 12, 14 và 16 kỳ thủ.", dummy) == ["12", "14", "16"]
    assert flags("Các nhóm tuổi 6, 7, 9 tham dự với 120 VĐV.", dummy) == ["7", "9", "120"]
    # a list that falls is no series of ages
    assert flags("Nhóm tuổi 6 có 30, 25 và 40 em.", dummy) == ["30", "25", "40"]
    # no class before the list
    assert flags("Giải có 12, 14 và 16 đội.", dummy) == ["12", "14", "16"]
