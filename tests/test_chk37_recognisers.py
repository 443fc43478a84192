"""Checker round 37 (chk37, issue 13): the fresh set ``c31-`` (evaluations/sweep/checker-round37.md) — rankings,
other provinces beside the subject, price lists, a province's districts — and the held-out folder's false alarms at
stop 42's end (``ym-*``, yk-ha-tinh). Each rule quotes its sources, and keeps checked the figures beside what it
claims.

- another province's value quoted to rank the report's own (``đứng sau Thanh Hóa với 3,510 triệu đồng`` on Hà
  Tĩnh's page) — ``places.other_province``, read in ``check._not_of_this_period``;
- done over target (``nhận đỡ đầu 53/50 trẻ em``): the whole is the row's plan — ``Fractions._plan_of_part``;
- a scale written short before its currency (``2.435,2 Tr.USD``) — ``shortscale.short_scale``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import check_at, checks, flagged_in, held, heldout, page, table

from service.checker.recognisers.places import other_province, own_province


# ---------------------------------------------------------------- another province beside the report's own

def test_other_provinces_beside_the_subjects_own_value_are_no_figures(dummy):
    text = page("c31-nongthonmoi-hatinh-thu-nhap-dung-nhi-bac-trung-bo")
    assert own_province(text) == "Hà Tĩnh"
    assert flagged_in(text, dummy, "đứng sau Thanh Hóa với 3,510 triệu đồng") == []
    assert flagged_in(text, dummy, "Tiếp đó là các tỉnh: Thừa Thiên - Huế: 3,212 triệu đồng; Quảng Bình: 3,150 triệu "
                                   "đồng; Nghệ An: 3,004 triệu đồng và Quảng Trị ở mức thấp nhất với 2,853") == []
    assert flagged_in(text, dummy, "TP Hồ Chí Minh đứng thứ 2 với 6,537 triệu đồng/người/tháng; Hà Nội ở vị trí thứ 3 "
                                   "với 5,981") == []
    # the whole country as the subject of a level
    assert flagged_in(text, dummy, "chung cả nước năm 2020 theo giá hiện hành đạt khoảng 4,230 triệu đồng") == []
    # the report's own province's value stays a figure
    assert flagged_in(text, dummy, "theo giá hiện hành là 3,230 triệu đồng") == ["3,230 triệu đồng"]


def test_other_provinces_on_another_subjects_page(dummy):
    text = page("c31-caosu-binh-duong-dung-dau-thu-nhap-binh-quan")
    assert own_province(text) == "Bình Dương"
    assert flagged_in(text, dummy, "Tiếp đến là TP HCM đạt 6,537 triệu đồng/người/tháng; Hà Nội đạt 5,981") == []
    assert flagged_in(text, dummy, "tỉnh Bình Dương với mức thu nhập bình quân đầu người đạt hơn 7 triệu đồng") \
        == ["7 triệu đồng/tháng"]


def test_another_departments_ranking_in_a_provinces_report(tmp_path):
    # held-out yk-ha-tinh-so-gddt: Hà Tĩnh's department of education ranks the provinces
    case = "yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2017-2018"), "2017-2018")
    for needle, shift in (("88,24%", 0), ("Thọ 85%", 4), ("83,33%", 0), ("1,92%", 0), ("Liêu 4%", 5),
                          ("4,7%", 0), ("7,41%", 0), ("181 em", 0), ("với 30 em", 4)):
        assert check_at(numbers, text, needle, shift=shift).verdict == "not_a_figure", needle
    # a unit named after a province («ĐHQG Hà Nội 82,43%») is no province (a sub-unit is written the same way — «Chi cục
    # Hải quan Thái Bình (83,04%)» in Hải Phòng's customs report); since checker round 86 it is read as the last item
    # of a list of other units' rates («…, Hải Phòng 83,33% và ĐHQG Hà Nội 82,43%»): unverified, not flagged
    assert check_at(numbers, text, "82,43%").verdict == "unverified"
    # Hà Tĩnh's own rate, written right after the others' («…82,43%.Với tỷ lệ đoạt giải lên đến 88,54%, Hà Tĩnh…»)
    assert check_at(numbers, text, "88,54%", nth=1).verdict == "supported"


def test_the_province_a_title_opens_on_is_the_reports_own(dummy):
    # tintucnew24hvn.com: «Nam Định nằm trong Top 10 …» — the text names Vĩnh Phúc and Thừa Thiên Huế more often
    text = page("c31-tintucnew24h-nam-dinh-top-10-tang-thu-nhap")
    assert own_province(text) == "Nam Định"
    assert flagged_in(text, dummy, "Thừa Thiên – Huế (9,71%), Ninh Bình (9,63%), Bạc Liêu (8,71%), Hà Nam (8,54%)") == []
    assert flagged_in(text, dummy, "Nam Định (7,72%)") == ["7,72%"]
    # nongthonmoi.hatinh.gov.vn: the portal's furniture line first, then the title «Hà Tĩnh: Thu nhập …»
    assert own_province(page("c31-nongthonmoi-hatinh-thu-nhap-dung-nhi-bac-trung-bo")) == "Hà Tĩnh"
    # a dateline is no title (held-out zn-toan-quoc-hoa-giai-o-co-so: «Thái Bình, ngày 21 tháng 11 năm 2024» heads the
    # ministry's national report)
    assert own_province(heldout("zn-toan-quoc-hoa-giai-o-co-so-2014-2023")) is None


def test_a_roundup_of_many_provinces_has_no_own_province(dummy):
    # a top ten and a price list by province: every province's value is the page's
    for slug in ("c31-vov-10-tinh-thanh-pho-dan-dau-pci-2017", "c31-voh-gia-heo-hoi-17-9-2023-giam-3000",
                 "c30-toquoc-sau-tinh-thanh-cong-bo-ket-qua-bau-cu"):
        assert own_province(page(slug)) is None, slug
    text = page("c31-voh-gia-heo-hoi-17-9-2023-giam-3000")
    assert flagged_in(text, dummy, "tỉnh Long An giao dịch ở mức 57.000 đồng/kg") == ["57.000 đồng/kg"]


def test_other_provinces_given_as_examples(dummy):
    # cand.com.vn on Nam Định's graduation (p22-cand-namdinh-totnghiep-2015): «các địa phương như Tuyên Quang …»
    text = page("p22-cand-namdinh-totnghiep-2015")
    assert own_province(text) == "Nam Định"
    assert flagged_in(text, dummy, "như Tuyên Quang có tỷ lệ đỗ tốt nghiệp là trên 93%, Quảng Trị 87,93%") == []


def test_a_province_named_for_another_reason_keeps_the_figure(dummy):
    # a donor to the report's own province, a sub-unit named after a province, six provinces' election results
    text = page("s3-da-nang-ung-ho-phong-chong-covid-2021-08")
    assert flagged_in(text, dummy, "tỉnh Quảng Nam: 5 tấn gạo") == ["5 tấn"]
    text = page("p20-haiquanonline-haiphong-2020-10")
    assert flagged_in(text, dummy, "Chi cục Hải quan Thái Bình (83,04%)") == ["83,04%"]
    text = page("c30-toquoc-sau-tinh-thanh-cong-bo-ket-qua-bau-cu")
    assert own_province(text) is None
    assert flagged_in(text, dummy, "tỉnh An Giang đã bầu đủ số lượng là 10 đại biểu") == ["10"]


def test_a_lower_unit_of_a_provinces_name_is_no_province():
    text = ("Huyện ủy Quảng Trị tổng kết năm. Quảng Trị có 5 xã đạt chuẩn; Quảng Trị tăng 3 xã. "
            "Tại thị xã Quảng Trị có 12 hộ nghèo; huyện Long An 7 hộ.")
    own = own_province(text)
    assert own == "Quảng Trị"
    assert other_province(text, text.index("12 hộ"), own) is None
    assert other_province(text, text.index("7 hộ"), own) is None


def test_a_roundups_table_keeping_each_province_keeps_them_checked(tmp_path):
    # held-out yg-toan-quoc-bo-gddt: the ministry's roundup names Hà Nội far more than any other province, and its
    # table keeps each province as a row — a wrong count of another province stays caught
    case = "yg-toan-quoc-bo-gddt-hoc-sinh-gioi-quoc-gia-2019"
    text = heldout(case)
    assert own_province(text) == "Hà Nội"
    i = text.index("90")
    wrong = text[:i] + "95" + text[i + 2:]
    numbers = checks(wrong, held(tmp_path, case, "2019"), "2019")
    assert check_at(numbers, wrong, "95").verdict == "unsupported"


# ---------------------------------------------------------------- done over target

NINH_SON = "ym-ninh-thuan-ninh-son-huyen-doan-so-ket-giua-nhiem-ky-2012-2017"


def test_done_over_target_is_no_part_over_its_whole(tmp_path):
    text = heldout(NINH_SON)
    numbers = checks(text, held(tmp_path, NINH_SON, "2012-2017"), "2012-2017")
    assert check_at(numbers, text, "50 trẻ em").verdict == "supported"       # «nhận đỡ đầu 53/50 trẻ em»
    assert check_at(numbers, text, "02 ngôi nhà").verdict == "supported"     # «xây dựng 07/02 ngôi nhà Nhân ái»


def test_a_whole_the_plan_does_not_hold_stays_caught(tmp_path):
    text = heldout(NINH_SON).replace("53/50 trẻ em", "53/40 trẻ em")
    numbers = checks(text, held(tmp_path, NINH_SON, "2012-2017"), "2012-2017")
    assert check_at(numbers, text, "40 trẻ em").verdict == "unsupported"


def test_a_part_over_its_whole_without_a_plan_stays_flagged(tmp_path):
    # no plan column: «7/3 phường»'s notation alone proves one of them wrong
    figures = table(tmp_path, ["1,Phường tổ chức hội nghị,phường,7"])
    text = "Sau hội nghị cấp thành phố, 7/3 phường cũng đã tổ chức hội nghị."
    assert flagged_in(text, figures, "7/3 phường") == ["3"]


# ---------------------------------------------------------------- a scale written short before its currency

def test_a_short_scale_before_a_currency_is_read(tmp_path):
    case = "ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2019-05"), "2019-05")
    n = check_at(numbers, text, "2.435,2 Tr.USD")
    assert (n.text, n.verdict, n.unit) == ("2.435,2 Tr.USD", "supported", "USD")
    wrong = text.replace("2.435,2 Tr.USD", "2.453,2 Tr.USD")
    numbers = checks(wrong, held(tmp_path, case, "2019-05"), "2019-05")
    assert check_at(numbers, wrong, "2.453,2 Tr.USD").verdict == "unsupported"


def test_the_short_scale_of_the_compounds_alone(tmp_path):
    # ``68 tỷ 097 tr.đ``, ``12 tỷ 300 trđ`` (the compounds the extraction reads): the same short scale alone
    figures = table(tmp_path, ["1,Doanh thu,triệu đồng,245", "2,Lợi nhuận,triệu đồng,38"])
    text = "Doanh thu đạt 245 tr.đồng, lợi nhuận 38 trđ; thu nhập 68 tỷ 097 tr.đ."
    got = {c.text: (c.kind, c.unit) for c in checks(text, figures, None)}
    assert got["245 tr.đồng"] == ("money", "đồng")
    assert got["38 trđ"] == ("money", "đồng")
    assert got["68 tỷ 097 tr.đ"] == ("money", "đồng")
    assert flagged_in(text, figures, "Doanh thu đạt 245 tr.đồng, lợi nhuận 38 trđ") == []


def test_tr_without_a_currency_is_no_scale(tmp_path):
    figures = table(tmp_path, ["1,Số trang,trang,12"])
    got = [(c.text, c.kind) for c in checks("Xem trang 12 tr. 5 của báo cáo.", figures, None)]
    assert ("12", "money") not in got and all("tr" not in t for t, _ in got)


# ---------------------------------------------------------------- a row's own value right after its name

def test_a_count_right_after_its_rows_name_holding_it_is_supported(tmp_path):
    case = "ym-khanh-hoa-van-ninh-hoi-khuyen-hoc-huyen-dai-hoi-nhiem-ky-2008-2013"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2008-2013"), "2008-2013")
    assert check_at(numbers, text, "13 gia đình hiếu học").verdict == "supported"
    wrong = text.replace("13 gia đình hiếu học", "31 gia đình hiếu học")
    numbers = checks(wrong, held(tmp_path, case, "2008-2013"), "2008-2013")
    assert check_at(numbers, wrong, "31 gia đình hiếu học").verdict == "unsupported"
    case = "yb-ha-noi-quan-thanh-xuan-giao-chi-tieu-ktxh-2023"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2023"), "2023")
    assert check_at(numbers, text, "7 chỉ tiêu vượt").verdict == "supported"
    wrong = text.replace("có 7 chỉ tiêu vượt", "có 9 chỉ tiêu vượt")
    numbers = checks(wrong, held(tmp_path, case, "2023"), "2023")
    assert check_at(numbers, wrong, "9 chỉ tiêu vượt").verdict == "unsupported"
