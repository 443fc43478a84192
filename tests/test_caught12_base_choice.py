"""Caught round 12 (helper caught12, issue 13): the base a rate names right after it (``kế hoạch``, ``so với cùng kỳ``,
``so với thời gian liền kề``) chooses among its subject's kept rate rows (evaluations/sweep/caught-round12.md,
``service/checker/basechoice.py``).
"""

from __future__ import annotations

import pytest

from service.checker.basechoice import _rate_head, kept_base_kind, said_base_kind
from tests.sweep_tables import case_line_verdicts

XEBUYT = "zm-ha-noi-xe-buyt-van-tai-hanh-khach-2016-10t"
DONGKHOI = "k-dongkhoi-caodiem-2020"
QUANGNAM = "zo-quang-nam-trung-tam-xuc-tien-du-lich-2017-07"

SWAPS = [
    # zm Hà Nội xe buýt: «So KH» 88, «so với cùng kỳ» 90 — the year-ago rate written where the plan's share stood
    (XEBUYT, "đạt 88% kế hoạch và bằng 90% so với cùng kỳ", "88%", "90%", "1-2"),
    # … and the year's estimate: «ước năm so KH» 87,3
    (XEBUYT, "đạt 87,3% kế hoạch, bằng 90% so với cùng kỳ", "87,3%", "90%", "1-3"),
    # k Đồng Khởi: «… so với thời gian liền kề» 36,5 and «… so với cùng kỳ» 25, one verb twice
    (DONGKHOI, "giảm 36,5% so với thời gian liền kề và giảm 25% so với cùng kỳ", "25%", "36,5%", "HS-01"),
    # zo Quảng Nam: the seven months' year-ago rate 20,71 written for their plan's share 61
    (QUANGNAM, "và đạt 61% so với kế hoạch", "61%", "20,71%", "1-2"),
]


@pytest.mark.parametrize("slug, line, right, wrong, code", SWAPS)
def test_a_rate_of_another_base_is_flagged_on_the_said_base(slug, line, right, wrong, code):
    bad = line[::-1].replace(right[::-1], wrong[::-1], 1)[::-1]   # the last occurrence: the rate before its base
    got = case_line_verdicts(slug, line, bad)
    flagged = [r for t, v, r in got if v == "unsupported" and "gốc so sánh" in r]
    assert flagged, got
    assert code in flagged[0] and right in flagged[0], flagged


@pytest.mark.parametrize("slug, line, right, wrong, code", SWAPS)
def test_each_rate_with_its_own_base_is_not_flagged(slug, line, right, wrong, code):
    got = case_line_verdicts(slug, line)
    assert not [t for t, v, _ in got if v == "unsupported"], got


def test_a_base_no_row_names_leaves_the_rate_alone():
    # zo keeps no rate against the month before: «so với tháng trước» chooses nothing here
    got = case_line_verdicts(QUANGNAM, "và đạt 61% so với kế hoạch", "và đạt 20,71% so với tháng trước")
    assert not [r for t, v, r in got if "gốc so sánh" in r], got


@pytest.mark.parametrize("text, kind", [
    ("đạt 88% kế hoạch", "plan"), ("bằng 90% so với cùng kỳ", "year-ago"), ("đạt 61% so với kế hoạch", "plan"),
    ("giảm 36,5% so với thời gian liền kề", "before"), ("tăng 2,9% so với tháng trước", "before"),
    ("bằng 78,5% dự toán năm", "plan"), ("(tăng 2,1% so với cùng kỳ 2020; bằng 3,1% kế hoạch 2021)", "year-ago"),
    ("chiếm 9,6% tổng kim ngạch xuất khẩu", None), ("tăng 12% và 18% so với cùng kỳ", None),
])
def test_the_base_said_right_after_a_rate(text, kind):
    end = text.index("%")
    assert said_base_kind(text, end) == kind


def test_a_rate_rows_subject_and_base():
    # labels as the loader makes them from the held-out sheets
    assert kept_base_kind("Tổng lượt khách tham quan lưu trú: 7 tháng so kế hoạch năm") == "plan"
    assert kept_base_kind("Tổng sản lượng thủy sản: tốc độ tăng tháng 3 tăng so cùng kỳ") == "year-ago"
    assert kept_base_kind("Tỷ lệ giảm số vụ phạm pháp hình sự so với thời gian liền kề") == "before"
    assert kept_base_kind("Tỷ lệ tiếp nhận giải quyết tin báo tố giác tội phạm") is None
    assert _rate_head("Tổng lượt khách tham quan lưu trú (từ đầu năm): tốc độ tăng 7 tháng so cùng kỳ 2016 tăng") \
        == _rate_head("Tổng lượt khách tham quan lưu trú: 7 tháng so kế hoạch năm")
    assert _rate_head("Tỷ lệ giảm số vụ phạm pháp hình sự so với cùng kỳ") \
        == _rate_head("Tỷ lệ giảm số vụ phạm pháp hình sự so với thời gian liền kề")
