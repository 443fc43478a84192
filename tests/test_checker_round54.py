"""Checker round 54 (chk54, issue 13): fields the folder has few of — the c47 pages (sports, religion, culture, the
stock market; evaluations/sweep/checker-round54.md). Each rule quotes two real sources and keeps checked what it does
not claim.

- a weight class written without ``hạng cân`` (``hạng 55kg nam``, ``trẻ 75kg nam``, ``hạng cân nhẹ: 55kg, 60kg``) and
  a height class (``nữ, chiều cao đến 1,65m``) name a bodybuilding event — ``recognisers.bodyclass``;
- a road race's distance in a list after ``cự ly``, in brackets after ``marathon``/``sub4``, after ``cuộc đua`` or
  ``vô địch`` names the race — ``recognisers.racedistance``;
- a person's age after ``ở``/``sang``/``tròn``/``ngoài tuổi`` (``ở tuổi 47``) — ``recognisers.agereached``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, flags, page, within

_BAO_AN_GIANG = "c47-baoangiang-pham-van-mach-dinh-kim-loan-2023"
_SOHA = "c47-soha-pham-van-mach-lan-thu-7-vo-dich"
_LAO_DONG = "c47-laodong-the-hinh-5-hcv-the-gioi-2023"
_VIETNAMPLUS = "c47-thethaovietnamplus-the-hinh-the-gioi-2023"
_NLD_ASIA = "c47-nld-the-hinh-chau-a-2025-nhi-toan-doan"
_NLD_WORLD = "c47-nld-the-hinh-hat-trick-vang-the-gioi-2025"


# ---------------------------------------------------------------- weight classes without ``cân``

def test_a_weight_after_hang_names_the_event(dummy):
    text = page(_BAO_AN_GIANG)
    assert flagged_in(text, dummy, "Tranh tài ở hạng 55kg nam, lực sĩ An Giang Phạm Văn Mách") == []
    assert flagged_in(text, dummy, "Lực sĩ Trần Bảo Quốc Vương (hạng 65kg)") == []
    assert flagged_in(text, dummy, "Bùi Thị Thoa (thể hình, hạng trên 55kg nữ)") == []
    text = page(_SOHA)
    assert flagged_in(text, dummy, "Phan Huỳnh Đức cũng giành HCV hạng 65 kg, lần đầu") == []
    assert flagged_in(text, dummy, "chỉ về nhì ở hạng 60 kg nam") == []


def test_a_weight_before_the_sex_in_a_sports_sentence_names_the_event(dummy):
    assert flagged_in(page(_BAO_AN_GIANG), dummy, "Trương Hoàng Long (thể hình, trẻ 75kg nam)") == []
    assert flagged_in(page(_LAO_DONG), dummy, "Trương Hoàng Long (thể hình, trẻ 75kg nam)") == []


def test_the_weights_listed_after_hang_can_name_the_events(dummy):
    assert flagged_in(page(_VIETNAMPLUS), dummy, "hạng cân nhẹ: 55kg, 60kg, 65kg, 70kg.") == []


def test_the_figures_beside_the_classes_stay_checked(dummy):
    # the athletes sent and the medals won are the event's figures: the dummy table keeps none, so they stay flagged
    assert flagged_in(page(_BAO_AN_GIANG), dummy, "Đội tuyển Việt Nam với 22 lực sĩ") == ["22"]
    assert flagged_in(page(_VIETNAMPLUS), dummy, "đã thi đấu ấn tượng khi giành được 5 huy chương vàng, 5 huy chương "
                      "bạc và 3 huy chương đồng") == ["5", "5", "3"]


def test_a_weight_the_period_moved_keeps_its_number(dummy):
    assert flags("Đoàn viên đã thu gom 55 kg rác thải nhựa.", dummy) == ["55 kg"]
    # the sex word after a weight, but no sport in the sentence
    assert flags("Bếp ăn nhận 20 kg nam việt quất từ nhà hảo tâm.", dummy) == ["20 kg"]
    # a class rank with no weight is not this rule's
    assert flags("Hội viên hạng 1 đóng góp 55 triệu đồng.", dummy) == ["55 triệu đồng"]


# ---------------------------------------------------------------- height classes

def test_a_height_bound_after_the_sex_names_the_event(dummy):
    assert flagged_in(page(_BAO_AN_GIANG), dummy, "(fitness nữ, chiều cao đến 1,65m)") == []
    assert flagged_in(page(_BAO_AN_GIANG), dummy, "(nam fitness, chiều cao đến 1m70m)") == []
    assert flagged_in(page(_NLD_ASIA), dummy, "Sport Physique dành cho nữ chiều cao trên 1,65 m") == []
    assert flagged_in(page(_NLD_ASIA), dummy, "Athletic Physique dành cho nam chiều cao dưới 1,67 m") == []
    assert flagged_in(page(_NLD_WORLD), dummy, "dành cho nam lực sĩ có chiều cao đến 1,70 m") == []
    assert flagged_in(page(_VIETNAMPLUS), dummy, "fitness nữ - chiều cao đến 1m65") == []


def test_a_height_that_is_no_class_keeps_its_number(dummy):
    assert flags("Tuyến kè được nâng chiều cao thêm 1,5 m.", dummy) == ["1,5 m"]
    assert flags("Cây giống có chiều cao trên 1,2 m được cấp cho 40 hộ.", dummy)[0] == "1,2 m"


# ---------------------------------------------------------------- road races' distances

_VM_2025 = "c47-vnexpress-vm-all-star-2025-dau-moc"
_VM_2026 = "c47-vnexpress-vm-all-star-2026-thuong-100-trieu"
_HA_THI_HAU = "c47-thethaovietnamplus-ha-thi-hau-marathon-dem"
_DAN_SAO = "c47-vnexpress-all-star-2026-dan-sao-noi"


def test_each_distance_of_a_list_after_cu_ly_names_a_race(dummy):
    assert flagged_in(page(_VM_2025), dummy, "Giải chỉ có hai cự ly 21 km và 42 km") == []
    assert flagged_in(page(_VM_2026), dummy, "các runner đạt thứ hạng cao ở hai cự ly 21km và 42km") == []
    # the runners the race brought together stay checked
    assert flagged_in(page(_VM_2025), dummy, "quy tụ khoảng 2.000 VĐV") == ["2.000"]


def test_a_distance_in_brackets_after_a_race_names_it(dummy):
    assert flagged_in(page(_VM_2025), dummy, "nam phải sub4 (42km) và sub2 (21km), nữ sub5 (42km) và sub2:30 (21km)") \
        == []
    assert flagged_in(page(_HA_THI_HAU), dummy, "nội dung full marathon (42km) dành cho") == []


def test_a_distance_after_cuoc_dua_or_vo_dich_names_a_race(dummy):
    assert flagged_in(page(_DAN_SAO), dummy, "cuộc đua 42km chứng kiến") == []
    assert flagged_in(page(_HA_THI_HAU), dummy, "giành 3 ngôi vô địch 42km trong hệ thống") == ["3"]


def test_a_length_the_period_made_keeps_its_number(dummy):
    assert flags("Huyện đã nâng cấp 42 km đường giao thông nông thôn.", dummy) == ["42 km"]
    assert flags("Tuyến đường mới (dài 42km) đã thông xe.", dummy) == ["42km"]
    assert [t for t, _, _ in within("Năm nay cự ly 21 km có 1.200 VĐV đăng ký.", dummy, "1.200")] == ["1.200"]
    assert flags("Năm nay cự ly 21 km có 1.200 VĐV đăng ký.", dummy) == ["1.200"]


# ---------------------------------------------------------------- a person's age after ``tuổi``

def test_an_age_after_o_or_sang_tuoi_is_the_persons(dummy):
    assert flagged_in(page(_VIETNAMPLUS), dummy, "Phạm Văn Mách vô địch thế giới ở tuổi 47") == []
    assert flagged_in(page(_SOHA), dummy, "năm nay đã bước sang tuổi 49.") == []
    # the titles the same sentence counts stay checked
    assert flagged_in(page(_SOHA), dummy, "Đây là danh hiệu vô địch thế giới thứ 7") == []   # an ordinal (thứ 7)


def test_an_age_bound_or_group_is_not_this_rules(dummy):
    # a bound of a group (trở lên) and what follows stay as they were: the count of people is checked
    assert flags("Người ở tuổi 60 trở lên được tặng quà: 120 người.", dummy) == ["60", "120"]
    assert flags("Thanh niên ở độ tuổi 16-30 tham gia 300 lượt.", dummy) == ["300"]


# ---------------------------------------------------------------- the working batch xd-: changes said another way

_HOC_MON = """CHỢ ĐẦU MỐI NÔNG SẢN THỰC PHẨM HÓC MÔN,,,,
BẢN TIN THỊ TRƯỜNG THỊT HEO NGÀY 24/11/2025,,,,
Chỉ tiêu,ĐVT,Ngày 24/11/2025,Tăng (+)/giảm (-) so với phiên trước,Ghi chú
Lượng heo về chợ,tấn,383,-13,"so với cuối tuần trước; giảm hơn 20 tấn so với cùng kỳ tuần trước"
Giá heo hơi công ty đưa về cơ sở giết mổ - thấp nhất,đồng/kg,54.000,1.000,tăng nhẹ
Giá heo hơi công ty đưa về cơ sở giết mổ - cao nhất,đồng/kg,62.000,1.000,tăng nhẹ
"""
#: held-out xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11 (nld.com.vn, 24-11-2025), its table's first rows
_HOC_MON_TEXT = ("Lượng heo về chợ đầu mối nông sản thực phẩm Hóc Môn (TP HCM) sáng nay 24-11, giảm còn 383 tấn, "
                 "thấp hơn 13 tấn so với cuối tuần trước.\n\nTrong khi đó, giá heo hơi của các công ty đưa về cơ sở "
                 "giết mổ tại TP HCM tăng nhẹ 1.000 đồng, dao động 54.000 – 62.000 đồng/kg.")


def _verdicts(text, table, period):
    from tests.sweep_tables import checks
    return [(n.text, n.verdict) for n in checks(text, table, period)]


def test_a_comparative_with_its_base_after_the_amount_is_a_change(tmp_path):
    from tests.sweep_tables import csv_table
    t = csv_table(tmp_path, _HOC_MON, "2025-11")
    assert ("13 tấn", "derived") in _verdicts(_HOC_MON_TEXT, t, "2025-11")
    # a planted error stays caught
    assert ("15 tấn", "unsupported") in _verdicts(_HOC_MON_TEXT.replace("13 tấn", "15 tấn"), t, "2025-11")


def test_the_second_source_of_the_comparative_reads_the_same(tmp_path):
    from service.checker.extract import extract_numbers
    from tests.sweep_tables import csv_table
    # t19-sado-vrg-2014-08: "đã khai thác được 29.352 tấn (43,1% KH năm), cao hơn 1.115 tấn so cùng kỳ 2013."
    text = "Mủ cao su đã khai thác được 29.352 tấn (43,1% KH năm), cao hơn 1.115 tấn so cùng kỳ 2013."
    assert [(m.text, m.kind, m.comparison) for m in extract_numbers(text) if m.text == "1.115 tấn"] == \
        [("1.115 tấn", "change", "tăng")]
    t = csv_table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n1,Mủ cao su khai thác,tấn,29.352,"
                  "28.237\n", "2014-08")
    assert ("1.115 tấn", "derived") in _verdicts(text, t, "2014-08")
    assert ("1.315 tấn", "unsupported") in _verdicts(text.replace("1.115", "1.315"), t, "2014-08")


def test_hon_before_an_amount_without_a_base_after_stays_a_qualifier():
    from service.checker.extract import extract_numbers
    assert [(m.kind, m.comparison, m.qualifier) for m in extract_numbers("Đã hỗ trợ hơn 13 tấn gạo cho hộ nghèo.")] \
        == [("measure", None, "hơn")]
    # a multiple is not an amount of change
    assert [(m.comparison, m.qualifier) for m in extract_numbers("nhóm hộ nghèo nhất cao hơn 1,8 lần so với nhóm hộ "
                                                                 "giàu nhất.")] == [(None, "hơn")]


def test_an_adverb_between_the_verb_and_the_amount_keeps_the_change(tmp_path):
    from tests.sweep_tables import csv_table
    t = csv_table(tmp_path, _HOC_MON, "2025-11")
    assert ("1.000 đồng", "derived") in _verdicts(_HOC_MON_TEXT, t, "2025-11")
    assert ("3.000 đồng", "unsupported") in _verdicts(_HOC_MON_TEXT.replace("1.000 đồng", "3.000 đồng"), t, "2025-11")


def test_the_second_sources_of_the_adverb_read_the_same():
    from service.checker.extract import extract_numbers
    # c31-daidoanket-tag-gia-thit-heo-mien-tay, c9-vn-heohoi-2019-08, t24-batdongsan-ximang-8t-2018
    for text, number, verb in (("Kiên Giang tăng mạnh 2.000 đồng lên 32.000 đồng/kg.", "2.000 đồng", "tăng"),
                               ("tại Bình Phước, Tây Ninh giá heo hơi giảm nhẹ 1.000 đồng/kg xuống còn 40.000 đồng/kg",
                                "1.000", "giảm"),
                               ("tiêu thụ giảm nhẹ 0,09 triệu tấn so với tháng 7", "0,09 triệu tấn", "giảm")):
        m = next(m for m in extract_numbers(text) if m.text.startswith(number))
        assert (m.kind, m.comparison) == ("change", verb), text


def test_a_level_after_the_adverb_and_voi_stays_a_count():
    from service.checker.extract import extract_numbers
    # zj-toan-quoc-phong-chong-tham-nhung-2015: the year's declarations, not their increase
    text = "phải xác minh lại do nghi vấn không trung thực tăng mạnh với 1.225 bản kê khai (so với chỉ 5 trường hợp"
    m = next(m for m in extract_numbers(text) if m.text.startswith("1.225"))
    assert m.comparison is None


# ---------------------------------------------------------------- how long a piece of work runs

def test_a_term_after_a_verb_of_running_and_trong_thoi_gian_is_no_figure(dummy):
    # xd-toan-quoc-viettel-construction-ket-qua-kinh-doanh-2023 and p26-tienphong-daihoi-dangbo-tudoan-2020-2025
    assert flags("Các gói thầu được thực hiện trong thời gian 1.096 ngày, giá trị nghiệm thu theo các giai đoạn "
                 "tháng/quý/năm.", dummy) == []
    assert flagged_in(page("p26-tienphong-daihoi-dangbo-tudoan-2020-2025"), dummy,
                      "Đại hội sẽ diễn ra trong thời gian 1 ngày") == []


def test_what_was_done_in_a_time_keeps_its_numbers(dummy):
    assert flags("Bộ phận một cửa đã giải quyết 120 hồ sơ trong thời gian 3 ngày.", dummy) == ["120", "3"]
    assert flags("Dự án thi công trong thời gian 18 tháng với 45 công nhân.", dummy) == ["45"]
