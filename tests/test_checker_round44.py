"""Checker round 44 (chk44, issue 13): stop 47's working batch ``yv-`` and the fresh set ``c37-``
(evaluations/sweep/checker-round44.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- a digest of short items each signed by its writer on a line of its own: an item on another province is another
  report's — ``digest.other_item_place``;
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within

_QUANG_NGAI = "yv-quang-ngai-hoi-nan-nhan-chat-doc-da-cam-cham-lo-nan-nhan-2015-h1"


# ---------------------------------------------------------------- a signed digest's other items

def test_a_digest_item_on_another_province_is_another_report(dummy):
    # the held-out Quảng Ngãi case: items signed SƠN KIM, TẤN HÀ, AN HÒA, LÊ PHÚ; three on Bạc Liêu, Bến Tre, Trà Vinh
    text = heldout(_QUANG_NGAI)
    assert flagged_in(text, dummy, "* Gần 1 tỷ đồng đóng góp") == []
    assert flagged_in(text, dummy, "xây 5 nhà tình nghĩa, giúp vốn 4 triệu đồng/hộ") == []
    assert flagged_in(text, dummy, "tặng quà 392 nạn nhân") == []
    assert flagged_in(text, dummy, "Khám bệnh cho 600 người và tặng 1.000 phần quà") == []
    assert flagged_in(text, dummy, "* 500 chiếc cặp phao") == []
    assert flagged_in(text, dummy, "118 cặp phao cứu sinh khác") == []
    assert {k for _, v, k in within(text, dummy, "Khám bệnh cho 600 người") if v == "not_a_figure"} == {"other-area"}
    # c37-tuthienxanh: bylines written as names (Như Thảo, Đình Toàn), the second item on Thừa Thiên-Huế
    text = page("c37-tuthienxanh-nha-tinh-nghia-hoc-bong")
    assert flagged_in(text, dummy, "cho gần 250 người thuộc") == []
    assert flagged_in(text, dummy, "thu được 198 đơn vị máu") == []


def test_the_lead_item_and_one_province_digests_stay_checked(dummy):
    # the lead item (Quảng Ngãi's own) keeps its figures checked
    text = heldout(_QUANG_NGAI)
    assert flagged_in(text, dummy, "* Gần 4.000 phần quà, 10 nhà tình nghĩa") == ["4.000", "10"]
    text = page("c37-tuthienxanh-nha-tinh-nghia-hoc-bong")
    assert flagged_in(text, dummy, "tặng 169 suất học bổng") == ["169"]
    assert flagged_in(text, dummy, "Tổng kinh phí hơn 556 triệu đồng") == ["556 triệu đồng"]
    # c37-baobinhdinh: a digest of one province's news (K.A, VĂN TỐ; thị trấn Bình Dương is a town, no province)
    text = page("c37-baobinhdinh-tin-van")
    assert flagged_in(text, dummy, "trao tặng 20 suất quà và 2 chiếc xe đạp") == ["20", "2"]
    # t11-gialai: items opened by ``*`` that no byline closes, a donor from An Giang named: no digest
    text = page("t11-gialai-ctd-1000suat-2024")
    assert flagged_in(text, dummy, "trao tặng 100 suất quà (350") == ["100"]
    # a page signed once (c37-sggp, TRỌNG NGHI; Kiên Giang named) is no digest
    text = page("c37-sggp-hoc-bong-vung-long-bien-dao")
    assert flagged_in(text, dummy, "trao tặng 26 học bổng") == ["26"]
