"""Issue 14, round 44 (stop 48's working batch yx-*): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.template_rows import standing_values as _standing
from tests.template_rows import values as _values
from tests.test_onboarding_round6 import template


# --- the association's own organisation, said as what it has (organisation.py) ------------------------------------

QUANG_NAM = ("Theo báo cáo, đến 30.6.2016, toàn tỉnh có 50 tổ chức hội gồm 1 tỉnh hội; 9 hội ở huyện, thị xã, thành "
             "phố; 40 tổ chức hội cấp xã; 105 chi hội thuộc các thôn, khu phố, với tổng số hội viên là 4.616 người.",
             "Trong thời gian này, Hội NKT tỉnh cũng đã tổ chức được 19 khóa đào tạo nghề cho NKT, qua đó nâng tổng số "
             "NKT được học nghề ngắn hạn thời gian qua được trên 700 người có việc làm ổn định, có thêm thu nhập.")


def test_the_organisation_by_level_is_standing(tmp_path):
    # yx-quang-nam-hoi-nguoi-khuyet-tat-tinh-nhiem-ky-2011-2016: the units at each level, dated by a day
    tpl = template(tmp_path, "Đại hội Hội Người khuyết tật tỉnh lần thứ II (nhiệm kỳ 2016 - 2021)", *QUANG_NAM)
    values = _values(tpl)
    for unit in (50, 1, 9, 40, 105):
        assert Decimal(unit) not in values and Decimal(unit) in _standing(tpl)
    assert Decimal(19) in values and Decimal(700) in values      # the term's figures stay rows


def test_the_branches_it_has_now_are_standing(tmp_path):
    # yx-quang-nam-nui-thanh-hoi-dong-y-huyen-tong-ket-2023: an X/Y of branches, then its part
    tpl = template(tmp_path, "Hội Đông y huyện Núi Thành tổng kết năm 2023",
                   "Hội Đông y huyện Núi Thành hiện có 10/17 chi hội xã, thị trấn, trong đó có 1 liên chi hội. Năm "
                   "2023, hội khám chữa bệnh và điều trị cho 1.300 lượt người; trong đó tổ chức 4 đợt khám chữa bệnh "
                   "nhân đạo, cấp thuốc cho 750 lượt người.")
    values = _values(tpl)
    assert Decimal(10) not in values and Decimal(1) not in values
    assert Decimal(10) in _standing(tpl) and Decimal(1) in _standing(tpl)
    assert Decimal(1300) in values and Decimal(750) in values


def test_units_the_period_brought_or_that_acted_stay_rows(tmp_path):
    # ys-ca-mau-phu-tan-hoi-nong-dan-huyen-tong-ket-2019, yk-lang-son-hoi-cuu-chien-binh-tinh-so-ket-6-thang-2022-h1,
    # z-quang-ninh-hong-thai-tay-nct-2011-2016, s-ninh-binh-hoi-nguoi-mu-nhiem-ky-2013
    tpl = template(tmp_path, "Báo cáo tổng kết năm 2019",
                   "Thành lập mới 49 tổ hội nghề nghiệp, nâng tổng số có 90 tổ hội nghề nghiệp.",
                   "Ban chấp hành Hội CCB tỉnh thông báo kết quả đại hội hội CCB cấp cơ sở, theo đó, đã có 237/237 cơ "
                   "sở hội tổ chức xong đại hội.",
                   "Tuyên truyền thực hiện tốt các chủ trương, đường lối của Đảng, Nhà nước, hàng năm có 8/8 chi hội "
                   "đăng ký thi đua.",
                   "Đến nay đã có 19 chi hội được địa phương cấp kinh phí hoạt động.")
    values = _values(tpl)
    for row in (49, 90, 237, 8, 19):
        assert Decimal(row) in values, row
    assert not _standing(tpl)


def test_members_are_no_unit_of_the_organisation():
    from service.onboarding.organisation import _UNIT
    assert _UNIT.match(" chi hội xã") and _UNIT.match("/17 chi hội") and _UNIT.match(" tổ chức hội cấp xã")
    for text in (" hội viên", " hội nghị", " hội thi", " hội chợ"):
        assert not _UNIT.match(text), text


# --- a paragraph opened by a year's aim lists aims (aimedyear.py) -------------------------------------------------

def test_the_sentences_after_a_years_aim_are_aims(tmp_path):
    # yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016: the 2016 results stay, 2017's aims are no rows
    tpl = template(tmp_path, "Hội Đông y tỉnh: khám chữa bệnh năm 2016",
                   "Đến nay, đã có 63/65 xã, phường có tổ chức Hội. Năm 2016, toàn tỉnh khám, chữa bệnh đông y cho "
                   "trên 163.000 lượt bệnh nhân; tổ chức tặng quà, khám chữa bệnh nhân đạo cho trên 22.300 lượt người "
                   "với tổng kinh phí trên 1,3 tỷ đồng.",
                   "Năm 2017, Hội Đông y tỉnh phấn đấu 100% xã, phường có tổ chức Hội. Toàn tỉnh khám chữa bệnh đông y "
                   "cho trên 150.000 lượt bệnh nhân; tổ chức tặng quà, khám chữa bệnh nhân đạo cho trên 25.000 lượt "
                   "người; 100% cán bộ Hội chuyên trách được bồi dưỡng về chính trị, nghiệp vụ…")
    values = _values(tpl)
    assert Decimal(163000) in values and Decimal(22300) in values
    for aim in (150000, 25000, 100):
        assert Decimal(aim) not in values, aim


def test_a_later_sentence_of_the_same_year_is_an_aim_too(tmp_path):
    # yq-gia-lai-dak-po-ubnd-huyen-so-ket-quy-i-2023-q1 (a first quarter's page)
    tpl = template(tmp_path, "Sơ kết quý I năm 2023",
                   "Quý I năm 2023, UBND huyện đã chỉ đạo các cơ quan, ban, ngành, địa phương triển khai thực hiện các "
                   "chỉ tiêu, nhiệm vụ ngay từ đầu năm và đạt được nhiều kết quả. Cụ thể, toàn huyện gieo trồng hơn "
                   "7.260 ha cây trồng vụ Đông-Xuân, đạt 100,95% kế hoạch.",
                   "Năm 2023, huyện phấn đấu đạt thêm 3 tiêu chí về huyện nông thôn mới; các xã đạt bình quân 15 tiêu "
                   "chí/xã; có 2 làng đạt nông thôn mới. Có 6 sản phẩm tham gia chương trình OCOP năm 2023.")
    values = _values(tpl)
    assert Decimal(7260) in values and Decimal(6) not in values


def test_a_paragraph_opened_by_a_year_without_an_aim_stays_rows(tmp_path):
    # yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016's 2016 sentence opening its own paragraph: it reports
    tpl = template(tmp_path, "Hội Đông y tỉnh: khám chữa bệnh năm 2016",
                   "Năm 2016, toàn tỉnh khám, chữa bệnh đông y cho trên 163.000 lượt bệnh nhân; tổ chức tặng quà, khám "
                   "chữa bệnh nhân đạo cho trên 22.300 lượt người với tổng kinh phí trên 1,3 tỷ đồng.")
    values = _values(tpl)
    assert Decimal(163000) in values and Decimal(22300) in values


# --- an elected body counted in ``ông, bà`` (elected.py) -------------------------------------------------------------

def test_the_body_a_congress_elects_in_people_of_any_name(tmp_path):
    # yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022
    tpl = template(tmp_path, "Đại hội Hội Người khuyết tật Thành phố Huế nhiệm kỳ 2023-2028",
                   "Với tinh thần trách nhiệm, Đại hội đã bầu BCH khóa II gồm 11 ông, bà; Tại phiên họp thứ nhất, BCH "
                   "khóa II bầu ông Nguyễn Văn Lựu tái đắc cử Chủ tịch Hội Người khuyết tật Thành phố Huế.")
    assert Decimal(11) not in _values(tpl) and Decimal(11) in _standing(tpl)


def test_people_counted_as_ong_ba_elect_nothing_else():
    from service.onboarding.elected import counts_people
    # ym-bac-giang-yen-the-hoi-nct-huyen-so-ket-6-thang-2018-h1: the same notation for an audience
    assert counts_people(" ông, bà là Chủ tịch Hội NCT các xã, thị trấn") and counts_people(" đồng chí")
    for text in (" ông Nguyễn Văn Lựu", " chi hội", " bàn"):
        assert not counts_people(text), text


def test_an_opening_sentence_that_reports_opens_no_aims(tmp_path):
    # n-xuyenmoc-ctd-2018 ("đã đề ra": the aims met, not set), zg-quang-nam-dai-loc-xay-dung-dang-2017
    tpl = template(tmp_path, "Hội Chữ thập đỏ huyện Xuyên Mộc tổng kết năm 2018",
                   "Trong năm 2018, các cấp hội chữ thập đỏ huyện Xuyên Mộc đã hoàn thành tốt các nhiệm vụ trọng tâm "
                   "đã đề ra. Đến nay toàn huyện có 16 hội cơ sở với 5.237 hội viên.")
    assert Decimal(5237) in _values(tpl)
    tpl = template(tmp_path, "Tổng kết công tác xây dựng Đảng năm 2017",
                   "Trong năm 2017, toàn Đảng bộ huyện kết nạp được 196 đảng viên mới (vượt hơn 30% so với Nghị quyết "
                   "Huyện ủy đề ra), có 48/66 tổ chức cơ sở đảng đạt trong sạch vững mạnh, không có tổ chức cơ sở đảng "
                   "yếu kém. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 9 tổ chức cơ sở đảng trong sạch, vững "
                   "mạnh tiêu biểu năm 2017 và 20 đảng viên đủ tư cách hoàn thành xuất sắc nhiệm vụ 5 năm liền "
                   "(2013-2017).")
    values = _values(tpl)
    assert Decimal(196) in values and Decimal(9) in values and Decimal(20) in values
