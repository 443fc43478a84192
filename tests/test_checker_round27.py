"""Checker round 27 (sweepchk17, issue 13): the fresh set ``c21-`` (evaluations/sweep/checker-round27.md).

No figures of the period:
- a damage level (``thiệt hại trên 50%``, ``thiệt hại khoảng 50%``): how badly the area hit was hit;
- a rule's conditions listed under their lead (``điều kiện … như sau:`` then ``- … có từ 150 hộ gia đình trở lên;``);
- the level of the units a clause counts, bounded (``165 hồ dung tích còn dưới 20% dung tích thiết kế``);
- ``1 số`` typed for ``một số``;
- a portal's count of views (``Tổng lượt xem bài viết là: 35``);
- the size of a ranking after a rank (``đứng thứ 28/224``);
- a sowing batch by its number (``trà 1``);
- varieties and variants named with a number: a code after the crop and its kind (``Giống ngô lai đơn NK 4300``), a name
  in lower case in a list after ``giống … như`` (``kim cương 111,nghệ an 6``), a code glued by a dot (``BA.4``, ``BA.2.75``).
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import page, heldout, within, flagged_in


# ---------------------------------------------------------------- a damage level

def test_a_damage_level_is_no_figure_and_the_area_hit_stays_one(dummy):
    text = page("c21-kinhtedothi-binhdinh-lua-ngap-2022")
    got = within(text, dummy, "có trên 70ha lúa bị ngập nước, đổ ngã, thiệt hại trên 50%.")
    assert got == [("70ha", "unsupported", "measure"), ("50%", "not_a_figure", "norm")]
    text = page("c21-baobinhthuan-hamthuanbac-lua-ngap")
    assert within(text, dummy, "lúa của gia đình thiệt hại khoảng 50%") == [("50%", "not_a_figure", "norm")]


def test_a_share_of_a_named_whole_or_a_change_in_the_damage_stays_a_figure(dummy):
    text = "Mưa đá làm 120 ha lúa thiệt hại 40% diện tích gieo cấy. Tổng thiệt hại giảm 30% so với năm trước."
    got = within(text, dummy, text)
    assert [(t, v) for t, v, _ in got] == [("120 ha", "unsupported"), ("40%", "unsupported"), ("30%", "unverified")]


# ---------------------------------------------------------------- a rule's conditions under their lead

def test_a_rules_conditions_listed_under_their_lead_are_bounds(dummy):
    text = page("c21-tvpl-quymo-thon-moi")
    got = within(text, dummy, "- Thôn ở xã thuộc các tỉnh trung du và miền núi phía Bắc có từ 150 hộ gia đình trở lên;")
    assert got == [("150", "not_a_figure", "norm")]
    assert flagged_in(text, dummy, text) == []


def test_results_listed_under_a_lead_of_results_stay_figures(dummy):
    text = ("Kết quả phân loại hộ trong năm như sau:\n- Thôn Đông có 35 hộ đạt thu nhập từ 100 triệu đồng trở lên;\n"
            "- Thôn Tây có 12 hộ nghèo.")
    assert flagged_in(text, dummy, text) == ["35", "12"]


# ---------------------------------------------------------------- the units' level, bounded

def test_the_level_of_the_units_counted_bounded_is_no_figure(dummy):
    text = page("c21-moitruong-520-hochua-canh-kiet")
    got = within(text, dummy, "Nam Trung Bộ có 165 hồ dung tích còn dưới 20% dung tích thiết kế, Tây Nguyên có 69 hồ có "
                              "dung tích dưới 20% dung tích thiết kế.")
    assert [(t, v) for t, v, _ in got] == [("165", "unsupported"), ("20%", "not_a_figure"), ("69", "unsupported"),
                                           ("20%", "not_a_figure")]
    # the reservoirs' own levels stay figures
    assert flagged_in(text, dummy, "Hồ Liệt Sơn (Quảng Nam) mực nước còn 13,45%") == ["13,45%"]


# ---------------------------------------------------------------- "1 số" for "một số"

def test_one_so_typed_for_mot_so_is_no_number(dummy):
    text = page("c21-xatrungle-hatinh-mualon")
    assert within(text, dummy, "ở 1 số xã ngoài đê") == [("1", "not_a_figure", "name")]
    assert flagged_in(text, dummy, "Mưa lớn đã làm cho 1.500 ha lúa hè thu, 900 ha rau màu các loại, 161 ha") == [
        "1.500 ha", "900 ha", "161 ha"]


def test_one_number_of_something_stays_a_count(dummy):
    text = "Đã cấp 1 số điện thoại đường dây nóng và 1 số tài khoản cho quỹ."
    assert flagged_in(text, dummy, text) == ["1", "1"]


# ---------------------------------------------------------------- a portal's count of views

def test_a_portals_count_of_views_is_furniture(dummy):
    text = page("c21-nguyenxa-thaibinh-vumua-2021")
    assert within(text, dummy, "Tổng lượt xem bài viết là: 35") == [("35", "not_a_figure", "furniture")]
    assert flagged_in(text, dummy, "đạt năng xuất từ 220kg đến 250kg/ sào") == ["220kg đến 250kg/ sào"]


# ---------------------------------------------------------------- a rank out of the ranking's size

def test_the_size_of_a_ranking_after_a_rank_is_no_figure(dummy):
    text = page("c21-baodautu-covid-ngay-15-1-2022")
    got = within(text, dummy, "Việt Nam có 2.007.862 ca nhiễm, đứng thứ 28/224 quốc gia")
    assert [(t, v) for t, v, _ in got] == [("2.007.862", "unsupported"), ("28", "not_a_figure"),
                                           ("224", "not_a_figure")]


# ---------------------------------------------------------------- a sowing batch by its number

def test_a_sowing_batch_by_its_number_is_a_label(dummy):
    text = page("c21-baoquangnam-gieosa-dongxuan-2015")
    assert within(text, dummy, "Gieo sạ 8.000ha lúa đông xuân trà 1") == [
        ("8.000ha", "unsupported", "measure"), ("1", "not_a_figure", "ordinal")]
    assert within(text, dummy, "việc xuống giống trà 1 kết thúc") == [("1", "not_a_figure", "ordinal")]


# ---------------------------------------------------------------- varieties and variants

def test_a_code_after_the_crop_and_its_kind_names_a_variety(dummy):
    text = page("c21-baonghean-ngo-nk4300")
    assert within(text, dummy, "Giống ngô lai đơn NK 4300 cho thu nhập cao") == [("4300", "not_a_figure", "name")]
    assert flagged_in(text, dummy, "hin nay 34 ha din tích bãi Tà Dn") == ["34 ha"]


def test_names_in_lower_case_listed_after_giong_nhu_are_varieties(dummy):
    text = page("c21-thachluu-nangsuat-hethu-2018")
    got = within(text, dummy, "Diện tích cây lúa vụ hè thu 225ha, năng suất 48,7 tạ/ha, một số giống lúa cho năng suất "
                              "cao như kim cương 111,nghệ an 6,")
    assert [(t, v) for t, v, _ in got] == [("225ha", "unsupported"), ("48,7 tạ/ha", "unsupported"),
                                           ("111", "not_a_figure"), ("6", "not_a_figure")]


def test_a_list_after_giong_counts_what_was_given_to_units(dummy):
    # a count with its counted noun after it is no variety, whatever the list
    text = "Hội cấp giống cho các hộ như hỗ trợ 300 hộ nghèo, 20 hộ cận nghèo."
    assert flagged_in(text, dummy, text) == ["300", "20"]


def test_a_code_glued_by_a_dot_to_its_number_is_a_name(dummy):
    text = page("c21-thoibaotaichinh-covid-7t-2022")
    got = within(text, dummy, "các biến thể BA.4, BA.5, BA.2.75, BA.2.12.1.")
    assert [v for _, v, _ in got] == ["not_a_figure"] * 4
    assert flagged_in(text, dummy, "7 tháng đầu năm cả nước ghi nhận hơn 9 triệu ca mắc") == ["9 triệu"]


# ---------------------------------------------------------------- lengths of time in days or hours

def test_a_window_a_growing_time_and_the_time_still_to_wait_are_lengths_of_time(dummy):
    text = page("c21-baodautu-covid-ngay-15-1-2022")
    assert within(text, dummy, "cao nhất trong 24 giờ") == [("24", "not_a_figure", "period")]
    text = page("c21-baoquangnam-gieosa-dongxuan-2015")
    assert within(text, dummy, "thời gian sinh trưởng hơn 115 ngày") == [("115", "not_a_figure", "period")]
    text = page("c21-baonghean-ngo-nk4300")
    assert within(text, dummy, "thi gian sinh trưởng ngn t 90 đến 100 ngày") == [("90 đến 100", "not_a_figure", "period")]
    text = page("c21-nguyenxa-thaibinh-vumua-2021")
    got = within(text, dummy, "thì 7 đén 10 ngày nữa")
    assert got[0] == ("7 đén 10", "not_a_figure", "period") and all(v == "not_a_figure" for _, v, _ in got)


def test_days_that_count_work_stay_figures(dummy):
    text = "Đã huy động 1.200 ngày công làm đường, giải quyết 45 hồ sơ trong 3 ngày."
    assert flagged_in(text, dummy, text)[:2] == ["1.200", "45"]


# ---------------------------------------------------------------- criteria by their numbers, criteria met

def test_two_criteria_named_by_their_numbers_are_references(dummy):
    text = page("c21-duclinh-duchanh-ntmnc-2023")
    assert within(text, dummy, "Đối với tiêu chí  6 và 7, UBND xã") == [("6 và 7", "not_a_figure", "reference")]


def test_criteria_basically_met_are_counted_not_a_definition(dummy):
    text = page("c21-duclinh-duchanh-ntmnc-2023")
    got = within(text, dummy, "Có 9 tiêu chí công nhận và trình thẩm định, 7 tiêu chí cơ bản đạt")
    assert [(t, v) for t, v, _ in got] == [("9", "unsupported"), ("7", "unsupported")]
    # "6 nhiệm vụ trọng tâm", a definition's parts, as before
    text = "Năm 2024, Hội xác định 6 nhiệm vụ trọng tâm và tổ chức 25 buổi sinh hoạt."
    assert flagged_in(text, dummy, text) == ["25"]


# ---------------------------------------------------------------- the held-out cases of the brief's leftovers

def test_giong_and_the_crop_right_before_a_number_name_a_variety(dummy):
    text = heldout("zq-vinh-phuc-yen-lac-xa-trung-kien-gia-tri-san-xuat-2020")
    assert within(text, dummy, "Xã đưa giống ngô 511 cho năng suất") == [("511", "not_a_figure", "name")]
    assert flagged_in("Hội đã cấp giống lúa 300 hộ và giống ngô 20 tấn.", dummy,
                      "Hội đã cấp giống lúa 300 hộ và giống ngô 20 tấn.") == ["300", "20 tấn"]


def test_a_share_of_a_threshold_and_the_share_a_rule_makes_a_condition_are_no_figures(dummy):
    text = heldout("zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021")
    assert within(text, dummy, "dưới 50% ngưỡng hộ") == [("50%", "not_a_figure", "norm")]
    assert within(text, dummy, "đạt từ 50% đến dưới ngưỡng") == [("50%", "not_a_figure", "norm")]
    assert within(text, dummy, "chỉ được phê duyệt khi trên 50% số cử tri") == [("50%", "not_a_figure", "norm")]
    # a share reached, no threshold named: a figure
    text = "Năm 2024 có 65% số thôn đạt chuẩn, tăng 5% so với năm trước."
    assert flagged_in(text, dummy, text) == ["65%"]
