"""Checker round 40 (chk40, issue 13): the fresh set ``c33-`` and the held-out folder's flags left at stop 44's end
(evaluations/sweep/checker-round40.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- a change written as a range, its verb before the lower end (``có thể tăng thêm 0,2-0,3%``, ``thấp hơn 1,6-2,4 điểm
  phần trăm``): one change, both ends read with the verb — ``extract._change_range``;
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import dummy, table  # noqa: F401  (dummy: a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within

FULL = "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước,Kế hoạch"


# ---------------------------------------------------------------- a change written as a range

def test_a_change_range_is_one_change(dummy):
    # c33-plo: the scenarios' distance from the target; the upper end was read alone, a bare count, and flagged
    text = page("c33-plo-kich-ban-tang-truong-2020")
    assert within(text, dummy, "thấp hơn 1,6-2,4 điểm phần trăm") == [("1,6-2,4", "unverified", "change")]
    assert within(text, dummy, "thấp hơn 2,4-3,2 điểm phần trăm") == [("2,4-3,2", "unverified", "change")]
    assert within(text, dummy, "tăng khoảng 4,4-5,2%") == [("4,4-5,2%", "unverified", "percent")]
    # held-out yq-van-phong-chinh-phu: «có thể tăng thêm 0,2-0,3%» (the lower end a change, the upper a bare percent)
    text = heldout("yq-toan-quoc-van-phong-chinh-phu-tang-truong-dia-phuong-2025-h1")
    assert [t for t, _, _ in within(text, dummy, "có thể tăng thêm 0,2-0,3%")] == ["0,2-0,3%"]
    # t24-cafef-hattieu: a price's rise, the verb right before the range
    text = page("t24-cafef-hattieu-15ngay-2018-09")
    assert within(text, dummy, "giá hạt tiêu đen tăng 1,0 - 4,2%") == [("1,0 - 4,2%", "unverified", "percent")]


def test_a_change_range_is_checked_against_the_table(tmp_path):
    # the price kept with last year's: a rise of 4,2%, inside «1,0 - 4,2%»; a wrong range is flagged
    t = table(tmp_path, ["1,Giá hạt tiêu đen,đồng/kg,52100,50000,"], header=FULL)
    for right in ("Giá hạt tiêu đen tăng 1,0 - 4,2% so với cùng kỳ năm trước.",
                  "Giá hạt tiêu đen tăng thêm 1,0-4,2% so với cùng kỳ năm trước."):
        assert [(c.text, c.verdict) for c in check_text(right, t).numbers][0][1] == "derived", right
    for wrong in ("Giá hạt tiêu đen tăng 5,0 - 6,2% so với cùng kỳ năm trước.",
                  "Giá hạt tiêu đen tăng thêm 5,0-6,2% so với cùng kỳ năm trước."):
        assert [c.verdict for c in check_text(wrong, t).numbers] == ["unsupported"], wrong


def test_what_is_no_change_range_stays_apart(dummy):
    # two changes of two nouns, from → to, a year after the dash: not one range
    for text, parts in (("Tai nạn giảm 5 vụ - 10 người bị thương.", ["5", "10"]),
                        ("Doanh thu tăng từ 15 đến 20 tỷ đồng.", None),
                        ("Số vụ tăng 3 vụ - 2021 là năm khó khăn.", ["3", "2021"])):
        got = [t for t, _, _ in within(text, dummy, text)]
        if parts is not None:
            assert got == parts, text
        else:
            assert "15 đến 20 tỷ đồng" not in got, text
    assert flagged_in("Số hộ nghèo giảm 4-5%/năm.", dummy, "giảm 4-5%/năm") == []
