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


# --- the final batch (in-sample after its look): a measured whole's named parts listed bare in a bracket ----------



def _units(text: str) -> dict[str, tuple]:
    return {text[m.num_start:m.num_end]: (m.kind, m.unit) for m in extract_numbers(text)}


# yw-toan-quoc-ban-chi-dao-phong-chong-thien-tai-mua-lu-sat-lo-2023-08; sweep page d3-afamily-bao10-2025
@pytest.mark.parametrize("text, parts", [
    ("8.876,34 ha lúa, hoa màu bị ngập úng, thiệt hại (Điện Biên 125,17; Cao Bằng 0,25; Yên Bái 0,52; Lào Cai 9,43; "
     "Lâm Đồng 47; Đồng Nai 420,5; Trà Vinh 328).", ("125,17", "0,25", "0,52", "9,43", "47", "420,5", "328")),
    ("Trong nông nghiệp và lâm nghiệp, có 80.606 ha lúa, hoa màu, cây trồng khác bị thiệt hại (Lào Cai 4.123, Sơn La "
     "540, Phú Thọ 7.505, Tuyên Quang 3.774, Lạng Sơn 604).",
     ("4.123", "540", "7.505", "3.774", "604")),
])
def test_a_measured_wholes_bare_named_parts_take_its_unit(text, parts):
    units = _units(text)
    for p in parts:
        assert units[p] == ("measure", "ha"), (p, units[p])


@pytest.mark.parametrize("text, bare", [
    # a count whole: its parts stay counts (they match count rows as they are)
    ("Có 99 ngôi nhà bị hư hỏng (Điện Biên 82; Lào Cai 3; Lâm Đồng 2).", ("82", "3", "2")),
    # a bracket of another time or of a change is no list of parts
    ("Diện tích rừng bị cháy 120 ha (năm 2019 là 27; tăng 5 so với cùng kỳ).", ("27", "5")),
    # a part with no name before it
    ("Thu hoạch 1.200 ha lúa (khoảng 45, còn lại chưa thu).", ("45",)),
])
def test_no_unit_given_where_the_bracket_lists_no_named_parts_of_a_measure(text, bare):
    units = _units(text)
    for b in bare:
        assert units[b][1] is None, (b, units[b])


# yw-toan-quoc-tong-cuc-dan-so-khhgd-so-sinh-2016-q1 (a comment box under the article)
def test_a_comment_boxs_count_over_its_button_is_furniture():
    text = "số sinh đã là 219.976 trẻ, tăng 4,7% so với cùng kỳ năm 2015.\nBình luận bài viết (0)\nGửi bình luận\n"
    kinds = _kinds(text)
    assert kinds["0"] == "furniture" and kinds["219.976"] == "count", kinds


def test_a_comment_inside_a_sentence_stays_a_count():
    kinds = _kinds("Trong quý, Ban biên tập nhận được 45 bình luận bài viết của bạn đọc.")
    assert kinds["45"] == "count", kinds


# yw-toan-quoc-bo-vhttdl-bang-khen-sea-games-33-2025-12; sweep page p32-vietbao-quyII-6thang-2022-h1
@pytest.mark.parametrize("text, edition", [
    ("Tại SEA Games 33-2025, Đoàn thể thao Việt Nam góp mặt 1.165 thành viên với 841 VĐV.", "33"),
    ("Việc tổ chức thành công SEA Games 31 góp phần nâng cao vị thế và uy tín nước ta.", "31"),
])
def test_an_events_edition_after_its_name_is_no_figure(text, edition):
    kinds = _kinds(text)
    assert kinds[edition] == "ordinal", kinds


def test_what_an_event_counts_after_its_name_stays_a_count():
    kinds = _kinds("Tại World Cup 32 đội tham dự vòng chung kết.")
    assert kinds["32"] == "count", kinds
    assert _kinds("Đoàn thể thao Việt Nam góp mặt 1.165 thành viên với 841 VĐV.")["841"] == "count"
