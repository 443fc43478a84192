"""Stop 47's lead rules, each on the real text it came from (held-out yv-* working batch) and a negative."""

from __future__ import annotations

import pytest

from service.checker.extract import extract_numbers


def _kinds(text: str) -> dict[str, str]:
    return {text[m.start:m.end]: m.kind for m in extract_numbers(text)}


# yv-tp-ho-chi-minh-cong-an-thanh-pho-so-ket-6-thang-2014-h1
@pytest.mark.parametrize("text, dates, counts", [
    ("bắt giữ 134 đối tượng gây rối trong các ngày 13, 14 và 15-5, khởi tố 23 đối tượng",
     ("13, 14", "15-5"), ("134", "23")),
    # sweep page p29-bachthong-hdnd-phien-thang9-2018-09
    ("Kỳ họp sẽ diễn ra trong hai ngày 13,14 tháng 12 năm 2018. Kỳ họp sẽ thông qua 12 nghị quyết.",
     ("13", "14 tháng 12"), ()),
    ("Trong các ngày 2, 3 và 4/9/2023, lực lượng chức năng đã kiểm tra 50 cơ sở.", ("2, 3", "4/9/2023"), ("50",)),
    ("Từ ngày 20, 21 đến 22 tháng 7 năm 2022, Hội tổ chức 3 lớp tập huấn.", ("20, 21", "22 tháng 7"), ("3",)),
])
def test_days_listed_before_their_month_are_dates(text, dates, counts):
    kinds = _kinds(text)
    for d in dates:
        assert kinds.get(d) == "date", (d, kinds)
    for c in counts:
        assert kinds.get(c) == "count", (c, kinds)


def test_a_list_of_counts_after_moi_ngay_stays_counts():
    kinds = _kinds("Mỗi ngày 2, 3 và 4-5 lượt xe qua trạm.")
    assert "date" not in kinds.values(), kinds


def test_falling_days_are_not_a_list_of_days():
    kinds = _kinds("Trong ngày 20, 15 và 10-5, xã đã làm.")
    assert kinds.get("15") != "date", kinds


# yv-ha-noi-hoang-mai-hoi-khuyen-hoc-phuong-vinh-hung-khen-thuong-2019-2020,
# yv-ha-noi-phu-xuyen-xa-van-hoang-kinh-te-xa-hoi-2020-h1
@pytest.mark.parametrize("text, number", [
    ("Ngày đăng 28/09/2020 | 15:57  | View count: 107\n\nThực hiện chương trình hoạt động", "107"),
    ("Publish date 07/07/2020 | 10:54  | View count: 558\n\nSáng ngày 6/7; HĐND xã Văn Hoàng", "558"),
])
def test_a_portals_english_view_count_is_furniture(text, number):
    assert _kinds(text).get(number) == "furniture"


def test_a_count_of_views_in_a_sentence_stays_a_figure():
    kinds = _kinds("Trang thông tin điện tử của huyện đạt 15.230 lượt truy cập trong 6 tháng.")
    assert kinds.get("15.230") == "count", kinds
