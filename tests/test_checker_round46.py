"""Checker round 46 (chk46, issue 13): social fields, names and counts — stop 47's final batch ``yw-`` (in-sample now)
and the fresh set ``c39-`` (evaluations/sweep/checker-round46.md). Each rule quotes two sources at least and keeps
checked what it does not claim.

- a list of honours, item by item (``Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân; Cờ thi đua của Chính phủ cho 10
  tập thể``): who receives them is the list's — ``honourlist.honour_item``;
- a sports delegation's people (``300 VĐV, HLV``, ``1.165 thành viên``) are persons, counted in a row of ``người`` —
  ``match.PERSON``.
"""

from __future__ import annotations

import pytest

from service.checker import match
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, flagged_in, heldout, page, table, within


# ---------------------------------------------------------------- a list of honours

def test_the_items_of_a_list_of_honours_count_its_recipients(dummy):
    # c39-bacninhtv: the list proposed for the year's commendations, items cut by ";" and ","; no verb in them
    text = page("c39-bacninhtv-xet-khen-thuong-2024")
    assert flagged_in(text, dummy, "Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân") == []
    assert flagged_in(text, dummy, "Cờ thi đua của Chính phủ cho 10 tập thể, danh hiệu Chiến sĩ thi đua toàn quốc "
                                   "cho 01 cá nhân; Cờ thi đua của UBND tỉnh cho 41 tập thể") == []
    # the item after a counted recipient goes on counting the same honour's
    assert flagged_in(text, dummy, "Bằng khen của Chủ tịch UBND tỉnh cho 493 tập thể, 356 cá nhân") == []
    assert {k for _, _, k in within(text, dummy, "cho 493 tập thể, 356 cá nhân")} == {"event"}
    # c36-sameco: "Lễ đón nhận Huân chương Lao động hạng ba cho 2 tập thể (…); Cờ thi đua Chính phủ  cho 1 tập thể (…)"
    text = page("c36-sameco-sawaco-tong-ket-2017")
    assert flagged_in(text, dummy, "Cờ thi đua Chính phủ  cho 1 tập thể") == []
    assert flagged_in(text, dummy, "Cờ thi đua của UBND Thành phố Hồ Chí Minh cho 4 tập thể") == []


def test_counts_that_open_no_honour_item_stay_checked(dummy):
    # an item that opens on no honour (c39-bacninhtv's next sentence counts nothing; c39-baodanang's works counted)
    text = page("c39-baodanang-thang-thanh-nien-2023")
    assert flagged_in(text, dummy, "hỗ trợ 90.791 đoàn viên thanh niên khởi nghiệp") == ["90.791"]
    assert flagged_in(text, dummy, "Chăm lo, hỗ trợ 184.713 suất quà, học bổng") == ["184.713"]
    # c39-kontumtv: "có gần 400 đảng viên …, hơn 300 đảng viên là nữ" — no honour, no "cho"
    text = page("c39-kontumtv-dak-glei-dang-vien")
    assert flagged_in(text, dummy, "có gần 400 đảng viên người dân tộc thiểu số, hơn 300 đảng viên") == ["400", "300"]


def test_a_title_recognised_as_reached_is_the_periods(tmp_path):
    # a title the year reached, recognised ("công nhận"), counts what the period did: no honours list
    from service.checker.recognisers.honourlist import honour_item
    text = "Năm 2024: danh hiệu Gia đình văn hóa được công nhận cho 12.500 hộ; Bằng khen của UBND tỉnh cho 7 tập thể."
    assert not honour_item(text, text.index("12.500"))
    assert honour_item(text, text.index("7 tập thể"))
    # "cho" with no honour opening the item: a gift, counted (c39-thanhnien: "trao 50 suất học bổng … cho thiếu nhi")
    text = page("c39-thanhnien-tu-doan-cham-lo-tet-2026")
    assert not honour_item(text, text.index("4.230"))


def test_an_honours_table_keeps_the_list_checked(tmp_path):
    # a table that counts commendations checks them: a wrong count of the list is flagged
    text = page("c39-bacninhtv-xet-khen-thuong-2024")
    figures = table(tmp_path, ["1,Bằng khen của Thủ tướng Chính phủ,cá nhân,52",
                               "2,Cờ thi đua của UBND tỉnh,tập thể,41"])
    assert flagged_in(text, figures, "Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân") == []
    bad = text.replace("cho 41 tập thể", "cho 44 tập thể")
    assert flagged_in(bad, figures, "Cờ thi đua của UBND tỉnh cho 44 tập thể") == ["44"]
