"""Checker round 28 (sweepchk18, issue 13): the fresh set ``c22-`` (evaluations/sweep/checker-round28.md).

No figures of the period:
- another body's value beside the agency's, as the base compared (``(cao hơn bình quân chung cả nước, cả nước mới giải
  ngân đạt 23,25%)``, ``(toàn tỉnh 12,5%)``, ``cao hơn mức bình quân chung của cả nước (14,3%)``), and another time's
  after ``so với`` (``so với gần 12% của giai đoạn trước``);
- size classes (``1.627 cơ sở nuôi lợn từ 1.500 con trở lên``, ``từ 30kg/con trở lên``) and the percent bound of the
  units a clause counts (``15/63 địa phương có tỉ lệ giải ngân đạt trên 3%``);
- a resolution's number without ``số`` (``Nghị quyết 45/106``);
- ``giữa hai …`` (between the two);
- another story's teaser after ``Có thể bạn quan tâm``; what each farm must spend (``mỗi trang trại phải đầu tư …``);
- a target assigned for a year (``giao tỷ lệ … năm 2020 là trên 80%``).
A figure again: ``74,8 tuổi`` (an average age, no list of two ages).
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import page, within, flagged_in


# ---------------------------------------------------------------- another body's or another time's value

def test_another_bodys_rate_in_the_bracket_is_the_base_and_the_provinces_rate_stays_a_figure(dummy):
    text = page("c22-baonghean-giaingan-5t-2020")
    got = within(text, dummy, "đạt 33,57% (cao hơn bình quân chung cả nước, cả nước mới giải ngân đạt 23,25%)")
    assert got == [("33,57%", "unsupported", "percent"), ("23,25%", "not_a_figure", "base")]


def test_the_wider_bodys_level_in_brackets_is_the_base(dummy):
    text = "Tỷ lệ giải ngân đạt 18,2%, cao hơn mức bình quân chung của cả nước (14,3%). Hộ nghèo còn 8,5% (toàn tỉnh 12,5%)."
    assert flagged_in(text, dummy, text) == ["18,2%", "8,5%"]


def test_a_bracket_of_parts_stays_checked(dummy):
    text = "Tỷ lệ hộ nghèo còn 8,5% (thành thị 3%, nông thôn 10%)."
    assert flagged_in(text, dummy, text) == ["8,5%", "3%", "10%"]


def test_the_value_so_voi_measures_from_another_period_is_no_figure(dummy):
    text = page("c22-baothainguyen-thoatngheo-2018")
    got = within(text, dummy, "chỉ còn 5,1%/năm, giảm hơn một nửa so với gần 12% của giai đoạn trước")
    assert got == [("5,1%", "unsupported", "percent"), ("12%", "not_a_figure", "other-period")]


# ---------------------------------------------------------------- size classes and bounds of the units counted

def test_size_classes_after_a_count_of_farms_are_bounds_and_the_counts_stay(dummy):
    text = page("c22-vbpharma-trangtrai-quymo")
    assert flagged_in(text, dummy, "có 61 cơ sở nuôi bò từ 300 con trở lên, tổng số lợn là gần 260 ngàn con") \
        == ["61", "260 ngàn"]
    assert flagged_in(text, dummy, "452 cơ sở nuôi từ 30 con trâu trở lên; 1881 cơ sở nuôi từ 30 con bò trở lên; "
                                   "Có 2.357 cơ sở nuôi từ 20 con bò sữa trở lên") == ["452", "1881", "2.357"]
    got = within(text, dummy, "1.627 cơ sở nuôi lợn từ 1.500 con trở lên")
    assert ("1.500", "not_a_figure", "bound") in got


def test_a_per_unit_size_class_with_an_open_end_is_a_bound(dummy):
    text = "Đàn lợn có 300 con từ 30kg/con trở lên. Có 45 hộ trồng cam với diện tích từ 1 ha trở lên."
    assert flagged_in(text, dummy, text) == ["300", "45"]


def test_a_percent_bound_of_the_units_a_clause_counts(dummy):
    text = page("c22-nghean24h-giaingan-6t-2021")
    assert flagged_in(text, dummy, "có 15/63 địa phương có tỉ lệ giải ngân đạt trên 3% gồm") == ["15"]
    text = page("c22-danviet-danheo-12-2020")
    assert flagged_in(text, dummy, "16 tỉnh, thành phố trong cả nước đã có sự tăng đàn heo đạt trên 100%") == ["16"]


def test_a_rate_reached_after_a_new_predicate_stays_a_figure(dummy):
    text = "Năm 2023 có 120 xã, tỷ lệ che phủ đạt trên 90%. Toàn huyện có 45 trường, đạt trên 90%."
    assert flagged_in(text, dummy, text) == ["120", "90%", "45", "90%"]


# ---------------------------------------------------------------- documents, number words

def test_a_resolutions_number_without_so_is_a_reference(dummy):
    text = "Thực hiện Nghị quyết 45/106 của HĐND tỉnh, huyện đã hỗ trợ 120 hộ. Kế hoạch 12/30 hộ đã xong."
    assert within(text, dummy, "Nghị quyết 45/106") == [("45/106", "not_a_figure", "reference")]
    assert flagged_in(text, dummy, "huyện đã hỗ trợ 120 hộ. Kế hoạch 12/30 hộ") == ["120", "12", "30"]


def test_giua_hai_is_no_count(dummy):
    text = "Giữa hai hội nghị, Ban Chấp hành đã tổ chức 12 cuộc kiểm tra; chia đều cho 3 xã."
    assert flagged_in(text, dummy, text) == ["12", "3"]


# ---------------------------------------------------------------- the page's foot, each one, a target

def test_another_storys_teaser_after_a_related_heading_is_no_figure(dummy):
    text = page("c22-2lua-thainguyen-trangtrai-2014")
    assert flagged_in(text, dummy, "Hiện tại anh Tuyên đang nuôi hơn một vạn con cá, gần 300 con ngan") == []
    assert flagged_in(text, dummy, "toàn tỉnh có 548 trang trại") == ["548"]


def test_what_each_farm_must_spend_is_per_unit(dummy):
    text = page("c22-2lua-thainguyen-trangtrai-2014")
    assert flagged_in(text, dummy, "mỗi trang trại phải đầu tư từ 2 đến 6 tỷ đồng") == []
    text = "Huyện đã hỗ trợ 300 hộ, mỗi hộ phải đóng 2 triệu đồng, tổng kinh phí 600 triệu đồng."
    assert flagged_in(text, dummy, text) == ["300", "600 triệu đồng"]


def test_a_target_assigned_for_a_year_is_no_figure(dummy):
    text = page("c22-khoahocphothong-bhyt-2017")
    got = within(text, dummy, "giao tỷ lệ bao phủ bảo hiểm y tế năm 2020 là trên 80%")
    assert ("80%", "not_a_figure", "target") in got
    assert flagged_in(text, dummy, "đến hết năm 2017 có 79,9 triệu người") == ["79,9 triệu"]


# ---------------------------------------------------------------- a figure again

def test_an_average_age_with_a_decimal_comma_is_one_number(dummy):
    text = page("c22-vietnamplus-yte-2025")
    assert flagged_in(text, dummy, "Tuổi thọ trung bình của người dân đạt khoảng 74,8 tuổi") == ["74,8"]
    text = "các cụ tròn 70, 75 và 80 tuổi được mừng thọ"
    assert [k for _, _, k in within(text, dummy, text)] == ["age", "age", "age"]


# ---------------------------------------------------------------- the held-out batch of stop 33 (now in-sample)

def test_a_copy_that_lost_binh_keeps_the_wider_bodys_level(dummy):
    text = "Tỷ lệ giải ngân đạt 18,2% kế hoạch vốn, cao hơn mức w88 login quân chung của cả nước (14,3%). Hiện nay"
    assert within(text, dummy, "(14,3%)") == [("14,3%", "not_a_figure", "base")]


def test_a_page_that_writes_its_decimals_with_a_dot_is_read_so_and_says_it(tmp_path):
    from tests.sweep_tables import table
    from service.checker import check_text
    figures = table(tmp_path, ["1,Tỷ lệ hộ nghèo,%,\"3,43\"", "2,Tỷ lệ hộ cận nghèo,%,\"4,11\""])
    text = ("Theo kết quả điều tra toàn xã có 86 hộ nghèo đạt tỷ lệ 3.43% và 103 hộ cận nghèo đạt tỷ lệ 4.11%. "
            "Như vậy xã đã kéo giảm 90 hộ nghèo.")
    got = {c.text: c for c in check_text(text, figures).numbers}
    assert got["3.43%"].verdict == "supported" and "dấu chấm" in got["3.43%"].derivation
    assert check_text(text.replace("3.43%", "3.45%"), figures).numbers[1].verdict == "unsupported"
    one = "Toàn xã có 86 hộ nghèo đạt tỷ lệ 3.43% và 103 hộ cận nghèo đạt tỷ lệ 4,11%."   # one slip among commas
    assert {c.text: c.verdict for c in check_text(one, figures).numbers}["3.43%"] == "unsupported"
