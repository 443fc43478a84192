"""Checker round 42 (chk42, issue 13): another district's values on a district's page, the fresh set ``c35-`` and the
held-out folder's flags at stop 46's end (evaluations/sweep/checker-round42.md).

- a district's page that goes on about ANOTHER district (``toàn huyện Hoài Đức có 291 tổ phụ nữ tiết kiệm`` on Sơn
  Tây's women's union page; ``Ban chỉ đạo … huyện Nông Cống công nhận hoàn thành 19 tiêu chí`` on Duy Xuyên's
  page): that district's figures, no figure of the report's own unit — ``otherunits.other_unit``;
- the report's own parts stay figures: its communes (a lower level), a province's or a cluster's districts (no own
  district), the own district's bodies (``Huyện Đoàn``), the own district named again.
"""

from __future__ import annotations

from service.checker import check_text
from service.checker.recognisers.otherunits import other_unit, own_unit
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within

SON_TAY = "yu-ha-noi-son-tay-hoi-lhpn-thi-xa-bieu-duong-dien-hinh-tien-tien-2010-2015"

# the pages corpus (no address given for it, so it is no c35- page): Duy Xuyên's delegation visits two districts
DUY_XUYEN = (
    "Từ ngày 4 đến ngày 10/6, đoàn cán bộ huyện Duy Xuyên có chuyến thăm huyện Sơn Dương( Tuyên Quang) và Nông Cống( "
    "Thanh Hóa).\nĐoàn đại biểu huyện Duy Xuyên có 30 thành viên, gồm các đồng chí bí thư, phó bí thư, chủ tịch UBND "
    "các xã, thị trấn, trưởng, phó các ban, ngành của huyện do Phó bí thư thường trực, chủ tịch HĐND huyện Nguyễn Duy "
    "Quang làm trưởng đoàn, đã có chuyến thăm giao lưu với huyện ủy Sơn Dương, tỉnh Tuyên Quang và giao lưu, tìm hiểu "
    "công tác xây dựng nông thôn mới ở huyện kết nghĩa Nông Cống, tỉnh Thanh Hóa.yện Sơn Dương có hàng chục di tích "
    "lịch sử cách mạng đặc biệt quan trọng như Lán Nà Nưa; cây đa Tân Trào: Đình Tân Trào… đoàn đã giao lưu, tìm hiểu "
    "công tác bảo tồn các di tích lịch sử cách mạng Việt Nam, cách khai thác du lịch hiệu quả; về công tác cải cách "
    "hành chính, trẻ hóa đội ngũ cán bộ v.v..\nTại huyện kết nghĩa Nông Cống, tỉnh Thanh hóa sau khi đặt vòng hoa, dân "
    "hương tại nghĩa trang liệt sỹ huyện Nông Cống đoàn đã đến tìm hiểu, giao lưu về công tác vận động nội lực và huy "
    "động con em quê hương làm ăn xa cùng chung tay xây dựng nông thôn mới ở nhiều xã, trong đó có xã Trường Sơn, địa "
    "phương có gần 5 ngàn dân, vừa được Ban chỉ đạo xây dựng nông thôn mới huyện Nông Cống công nhận hoàn thành 19 tiêu "
    "chí nông thôn mới, và lập thủ tục trình Ban chỉ đạo xây dựng nông thôn mới tỉnh Thanh Hóa phúc tra công nhận xã "
    "nông thôn mới trong năm 2013, về đích sớm hơn kế hoạch 2 năm./.")


# ---------------------------------------------------------------- another district's values

def test_another_district_on_a_towns_page(dummy):
    # held-out yu-ha-noi-son-tay: the second half of the page is Hoài Đức's women's union (the clerk of Sơn Tây keeps
    # none of its seven numbers); five were flagged, the other two passed as yearly norms already
    text = heldout(SON_TAY)
    assert own_unit(text) == ("district", frozenset({"sơn tây"}))
    assert flagged_in(text, dummy, "toàn huyện Hoài Đức có 291 tổ phụ nữ tiết kiệm với trên 15.000 thành viên tham gia, "
                                   "tiết kiệm được trên 3 tỷ đồng") == []
    # the sentences after it name no unit: still Hoài Đức's, across the paragraph break
    assert flagged_in(text, dummy, "Qua đó đã giúp cho 5.600 phụ nữ vay vốn") == []
    assert flagged_in(text, dummy, "Đồng thời còn duy trì 120 đoạn đường") == []
    kinds = {k for _, _, k in within(text, dummy, "toàn huyện Hoài Đức có 291 tổ phụ nữ")}
    assert "other-area" in kinds


def test_another_district_on_a_visit(dummy):
    # the pages corpus: Duy Xuyên's page, the twinned district Nông Cống's commune recognised by Nông Cống's board
    assert own_unit(DUY_XUYEN)[0] == "district" and "duy xuyên" in own_unit(DUY_XUYEN)[1]
    assert flagged_in(DUY_XUYEN, dummy, "huyện Nông Cống công nhận hoàn thành 19 tiêu chí") == []
    # the own delegation's size stays a figure (flagged against the dummy table)
    assert flagged_in(DUY_XUYEN, dummy, "Đoàn đại biểu huyện Duy Xuyên có 30 thành viên") == ["30"]


# ---------------------------------------------------------------- the own unit's parts and the own unit stay

def test_the_own_figures_stay(dummy):
    # held-out yu-ha-noi-son-tay: Sơn Tây's own three numbers, before the other district is named
    text = heldout(SON_TAY)
    assert flagged_in(text, dummy, "xây dựng và sửa chữa 25 mái ấm cho hội viên nghèo") == ["25"]
    assert flagged_in(text, dummy, "trao 302 sổ tiết kiệm") == ["302"]
    # the own district named again ends the other's clause (the page's own sentence, rewritten after Hoài Đức's)
    text2 = text.replace("Hàng năm có 3.550 hội viên", "Còn thị xã Sơn Tây có 3.550 hội viên")
    assert other_unit(text2, text2.index("3.550"), own_unit(text2)) is None


def test_a_districts_communes_are_its_parts(dummy):
    # held-out zq-quang-binh-tuyen-hoa: a whirlwind in two communes of Tuyên Hóa — the communes' damage is the report's
    text = heldout("zq-quang-binh-tuyen-hoa-thiet-hai-loc-xoay-2018-05")
    assert flagged_in(text, dummy, "xã Lê Hóa có 2 nhà bị sập tường, 130 nhà bị tốc mái") == ["2", "130"]
    # c35-baovinhlong: Mang Thít's communes' criteria (a lower level: no other district)
    text = page("c35-baovinhlong-mang-thit-tieu-chi-ntm-2017")
    assert flagged_in(text, dummy, "Các xã còn lại như Mỹ An đạt 14 tiêu chí") == ["14"]


def test_a_province_or_a_cluster_has_no_own_district(dummy):
    # c35-baobinhduong: the province's communes and towns by name; c35-baoquangbinh: the province's plan by district
    assert own_unit(page("c35-baobinhduong-cchc-cap-xa-2017")) is None
    assert own_unit(page("c35-baoquangbinh-giam-ngheo-2017")) is None
    # held-out zg-quang-nam-cum-9-huyen-mien-nui: the cluster of nine districts reports each district's classes
    text = heldout("zg-quang-nam-cum-9-huyen-mien-nui-thanh-tra-2020")
    assert own_unit(text) is None
    assert "6" in flagged_in(text, dummy, "huyện Bắc Trà My tổ chức 6 lớp tuyên truyền")


def test_the_own_districts_bodies_and_partners_are_no_other_district(dummy):
    # held-out yk-thanh-hoa-tho-xuan: ``Huyện Đoàn Thọ Xuân`` is the district's Youth Union, no district named Đoàn
    text = heldout("yk-thanh-hoa-tho-xuan-huyen-doan-chien-dich-tinh-nguyen-he-2012")
    found = [k for _, _, k in within(text, dummy, "BT Huyện Đoàn Thọ Xuân cùng hơn 100")]
    assert "other-area" not in found
    # a partner of the own district's act (Sơn Tây's page, its sentence rewritten with a partner district)
    text = heldout(SON_TAY).replace("hiện nay toàn huyện Hoài Đức có 291",
                                    "Hội Phụ nữ thị xã Sơn Tây phối hợp với huyện Hoài Đức thành lập 291")
    assert other_unit(text, text.index("291"), own_unit(text)) is None
    # a TP. abbreviation is read whole: Nha Trang's own figures (held-out yq-khanh-hoa-nha-trang)
    text = heldout("yq-khanh-hoa-nha-trang-hoi-lhpn-tp-thi-dua-yeu-nuoc-2010-2015")
    assert "nha trang" in own_unit(text)[1]
    assert all(k != "other-area" for _, _, k in within(text, dummy, "tiết kiệm gần 2 tỷ đồng, giúp cho 1.197"))
    assert check_text(text, dummy) is not None


# ---------------------------------------------------------------- a picture's index after its unmarked text

def test_a_pictures_index_after_its_text(dummy):
    # held-out yu-toan-quoc-bo-y-te: the infographic's alternative text, its index glued to the gallery's prompt
    text = heldout("yu-toan-quoc-bo-y-te-dich-benh-truyen-nhiem-2023-02")
    assert flagged_in(text, dummy, "tren ca nuoc hinh anh 1Nhấp chuột") == []
    # held-out zl-toan-quoc-vicem: the picture's text, `` - Anh 1`` ending its line
    text = heldout("zl-toan-quoc-vicem-tieu-thu-xi-mang-2016-q3")
    assert flagged_in(text, dummy, "VICEM tang cao - Anh 1") == []


def test_a_brother_and_a_marked_line_keep_their_numbers(dummy):
    # ``anh`` (a man) before a count, on a marked line, and on an unmarked line with a word after the number
    text = page("c35-baothanhhoa-ham-rong-qua-quoc-khanh-2025") + "\nGia dinh nha anh Toan co anh 2 con nho\n" \
        + "Hội đã trao quà cho anh 3 suất."
    assert flagged_in(text, dummy, "co anh 2 con") == ["2"]
    assert flagged_in(text, dummy, "cho anh 3 suất") == ["3"]
