"""Checker round 44 (chk44, issue 13): stop 47's working batch ``yv-`` and the fresh set ``c37-``
(evaluations/sweep/checker-round44.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- a digest of short items each signed by its writer on a line of its own: an item on another province is another
  report's — ``digest.other_item_place``;
- a later band of a distribution's list, its level noun left out (``25% trong khoảng 12–15 triệu đồng``, ``mức lương
  trên 10 triệu chỉ chiếm 14,17%``): a class bound — ``bandlist.later_band``;
- an offshore rig named with a number (``giàn khoan Hải Dương 981``, ``Hải Dương-981``): a name — ``rigs.RIG_NAME``.
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


# ---------------------------------------------------------------- a later band of a distribution's list

_HOA_SEN = "yv-tp-ho-chi-minh-truong-dai-hoc-hoa-sen-viec-lam-tan-cu-nhan-2026-01"


def test_a_later_band_of_an_income_list_is_a_bound(dummy):
    # the held-out Hoa Sen case: the second class drops ``mức thu nhập``; its share stays the figure
    text = heldout(_HOA_SEN)
    fragment = "45% sinh viên có mức thu nhập từ 9–12 triệu đồng, 25% trong khoảng 12–15 triệu đồng và 9% đạt trên"
    assert flagged_in(text, dummy, fragment) == ["45%", "25%", "9%"]
    assert ("12–15 triệu đồng", "not_a_figure", "bound") in within(text, dummy, fragment)
    # c37-tinkinhte: the second class's share after it (``chỉ chiếm``)
    text = page("c37-tinkinhte-tra-luong-cao-nhat")
    assert flagged_in(text, dummy, "mức lương trên 10 triệu chỉ chiếm 14,17%") == []
    assert ("10 triệu", "not_a_figure", "bound") in within(text, dummy, "mức lương trên 10 triệu chỉ chiếm")


def test_a_level_with_no_class_before_or_no_share_stays_checked(dummy):
    # no class earlier in the sentence: the same words alone are a level said with its share, left to income's rules
    assert flagged_in("Quý I, người lao động có lương trên 10 triệu chỉ chiếm 14,17%.", dummy,
                      "trên 10 triệu") == ["10 triệu"]
    # a class before but no share with the later number: a level of the period (a total, a mean)
    text = ("Có tới 64,9% nhu cầu tìm việc của người lao động ở mức lương từ 6 – 10 triệu; "
            "thu nhập bình quân đạt trên 12 triệu đồng.")
    assert flagged_in(text, dummy, "đạt trên 12 triệu đồng") == ["12 triệu đồng"]


# ---------------------------------------------------------------- a rig's name

def test_a_rig_named_with_a_number_is_a_name(dummy):
    text = heldout("yv-tp-ho-chi-minh-cong-an-thanh-pho-so-ket-6-thang-2014-h1")
    assert ("981", "not_a_figure", "name") in within(text, dummy, "rút giàn khoan Hải Dương 981, tổ chức")
    text = page("c37-dongnhacxua-tau-ca-hai-duong-981")
    assert ("981", "not_a_figure", "name") in within(text, dummy, "giàn khoan Hải Dương-981 mà")


def test_rigs_counted_stay_counts(dummy):
    assert flagged_in("Tập đoàn đã đưa 2 giàn khoan mới vào khai thác.", dummy, "2 giàn khoan") == ["2"]
    assert flagged_in("Liên doanh có giàn khoan dầu khí 3 chiếc đang hoạt động.", dummy, "3 chiếc") == ["3"]
    assert flagged_in("Tổng công ty đã đưa giàn khoan Tam Đảo 5 chiếc vào hoạt động.", dummy, "5 chiếc") == ["5"]
