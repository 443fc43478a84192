"""Issue 14, round 27: an earlier period's values in a bracket or a sentence that opens on that period's name
(``service.onboarding.earlier``) — the fresh sweep pages ``t20-*`` (evaluations/sweep/template-round27.md) and the
held-out folder.  Sentences as the pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

HALF_2020 = "Báo cáo kết quả công tác tiếp công dân 6 tháng đầu năm 2020"
NINE_2020 = "Báo cáo tình hình phòng chống sốt xuất huyết 9 tháng đầu năm 2020"
YEAR_2019 = "Báo cáo kết quả sản xuất vải thiều năm 2019"
TEN_2018 = "Báo cáo kết quả vận tải hàng không 10 tháng năm 2018"
HALF_2022 = "Báo cáo kết quả vận động hiến máu tình nguyện 6 tháng đầu năm 2022"
TERM = "Báo cáo tổng kết công tác kiểm sát nhiệm kỳ 2016 - 2020"


# ------------------------------------------------------------------ 1. a bracket opening on an earlier period

NINH_THUAN = ("Trong 6 tháng đầu năm 2020, cơ quan hành chính các cấp đã tiếp 866 lượt/964 lượt người đến khiếu nại, tố "
              "cáo, phản ánh, kiến nghị. So với cùng kỳ năm trước giảm 146 lượt tiếp, 127 lượt người (6 tháng đầu năm "
              "2019 đã tiếp 1.012 lượt/1.091 lượt người). Đối với đoàn đông người, có 05 lượt đoàn/75 lượt người. So "
              "với cùng kỳ năm trước giảm 07 lượt đoàn, 166 lượt người (6 tháng đầu năm 2019 có 12 lượt đoàn/241 lượt "
              "người).")


def test_last_half_years_pair_in_brackets_is_no_row(tmp_path):
    # t20-ninhthuan-tiepcongdan-6t-2020: 1.012, 1.091, 12 and 241 had been rows ("Số lượt tiếp", "Số lượt người …")
    tpl = template(tmp_path, HALF_2020, NINH_THUAN)
    for v in (1012, 1091, 12, 241):
        assert not has(tpl, v)
    assert has(tpl, 866) and has(tpl, 964) and has(tpl, 5) and has(tpl, 75)


def test_each_value_of_the_bracket_goes_to_the_row_of_its_unit(tmp_path):
    # the same: "lượt" to the 866 visits, "lượt người" to the 964 persons (not the nearest row)
    tpl = template(tmp_path, HALF_2020, NINH_THUAN)
    assert 1012 in derived(tpl, 866) and 1091 in derived(tpl, 964)
    assert 1091 not in derived(tpl, 866) and 12 in derived(tpl, 5) and 241 in derived(tpl, 75)


def test_last_years_count_opening_the_bracket_is_no_row(tmp_path):
    # t20-thanhnien-sxh-9t-2020: "4.083 trường hợp" had been a row "Số trường hợp ghi nhận"
    tpl = template(tmp_path, NINE_2020, "Từ đầu năm đến nay, đã có 2.201 ca mắc tại 163 xã, phường, thị trấn. Số mắc "
                   "SXH trên địa bàn TP hiện giảm so với cùng kỳ của năm 2019 (cùng kỳ năm 2019 ghi nhận 4.083 trường "
                   "hợp) nhưng Sở Y tế Hà Nội khuyến cáo, thời tiết đang l")
    assert not has(tpl, 4083) and has(tpl, 2201)


def test_last_years_value_listed_second_in_the_bracket(tmp_path):
    # zl-bac-giang-luc-ngan-vu-vai-thieu-2019: "2.260 tỷ đồng" (2018's) had been a row of its own
    tpl = template(tmp_path, YEAR_2019, "Với giá bán bình quân 35,8 nghìn đồng/kg, vụ này huyện Lục Ngạn ước thu được "
                   "3.282 tỷ đồng.",
                   "Đáng chú ý, dù sản lượng giảm hơn năm ngoái (năm 2018 đạt 141.230 tấn, giá trị 2.260 tỷ đồng) nhưng "
                   "giá trị năm nay lại tăng hơn 1 nghìn tỷ đồng, mang lại hiệu quả kinh tế cao cho người sản xuất.")
    assert not has(tpl, 2260) and not has(tpl, 2260 * 10**9)


def test_a_bracket_naming_the_reports_own_year_stays(tmp_path):
    # counter-case: the report's own year opening the bracket is no earlier period (the 2019 report above, read as 2018)
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất vải thiều năm 2018", "Với giá bán bình quân 35,8 nghìn đồng/kg, "
                   "vụ này huyện Lục Ngạn ước thu được 3.282 tỷ đồng.",
                   "Đáng chú ý, dù sản lượng giảm hơn năm ngoái (năm 2018 đạt 141.230 tấn, giá trị 2.260 tỷ đồng) nhưng "
                   "giá trị năm nay lại tăng hơn 1 nghìn tỷ đồng, mang lại hiệu quả kinh tế cao cho người sản xuất.")
    assert has(tpl, 141230)


def test_a_terms_years_in_brackets_stay(tmp_path):
    # counter-case, za-quang-nam-…-vien-kiem-sat-2016-2020: in a term's report every year of it is its own
    tpl = template(tmp_path, TERM, "Số vụ án hình sự khởi tố tăng dần qua các năm (năm 2016: 1.112 vụ/1.418 bị can; năm "
                   "2020: 1.318 vụ/2.043 bị can).")
    assert has(tpl, 1318) or has(tpl, 1112)


# ------------------------------------------------------------------ 2. a sentence opening on an earlier period

def test_last_years_sentence_is_the_base_of_the_row_before(tmp_path):
    # za-hai-duong-none-so-khcn-2019: "27 nhiệm vụ mới", "19 nhiệm vụ chuyển tiếp", "27 tỷ đồng" (2018's, in the 2019
    # review) had been rows — the year before's tasks are the base of this year's row of tasks
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2019",
                   "Năm 2019, UBND tỉnh đã phê duyệt 23 nhiệm vụ KHCN mới với tổng kinh phí 11,6 tỷ đồng.",
                   "Năm 2018, Sở KHCN đã triển khai, hướng dẫn, kiểm tra các đơn vị thực hiện 27 nhiệm vụ mới, 19 nhiệm "
                   "vụ chuyển tiếp năm 2017 với tổng kinh phí trên 27 tỷ đồng.")
    assert not has(tpl, 27) and not has(tpl, 19) and has(tpl, 23)
    assert 27 in derived(tpl, 23)


def test_last_whole_year_in_a_shorter_report_is_no_base(tmp_path):
    # counter-case, t20-baogiaothong-hangkhong-10t-2018: last year's whole-year count is not the ten months' base
    # (the first version put 94 triệu on the airlines' October row) — it is left as it was
    tpl = template(tmp_path, TEN_2018, "Tin từ Cục Hàng không VN, 10 tháng 2018, sản lượng cất hạ cánh đạt 560.000 "
                   "lượt, tăng 9% so với cùng kỳ 2017.",
                   "Trong năm ngoái, sản lượng cất hạ cánh đạt 611.165 lượt, tăng 10% so với thực hiện năm 2016.")
    assert 611165 not in derived(tpl, 560000)


def test_last_year_stated_first_stays_a_row(tmp_path):
    # counter-case, zf-gia-lai-hien-mau-tinh-nguyen-2022-h1: the hand table keeps 2021 as a column — with no row
    # before it, last year's count stays a row (the first version dropped 83, 15.151, 1.161: 3 matched rows lost)
    tpl = template(tmp_path, HALF_2022, "Năm 2021, toàn tỉnh tổ chức được 83 đợt HMTN, tiếp nhận 15.151 đơn vị máu an "
                   "toàn, đạt 103% chỉ tiêu kế hoạch do Ban Chỉ đạo Quốc gia vận động HMTN giao, trong đó có 1.161 đơn "
                   "vị máu được hiến khẩn cấp. Từ đầu năm đến nay, toàn tỉnh đã tổ chức 42 đợt HMTN, tiếp nhận 8.729 "
                   "đơn vị máu, đạt 58% kế hoạch do Ban Chỉ đạo Quốc gia vận động HMTN giao.")
    assert has(tpl, 83) and has(tpl, 15151) and has(tpl, 42) and has(tpl, 8729)


def test_the_reports_own_year_opening_a_sentence_stays(tmp_path):
    # counter-case, r-ca-nuoc-pctt-2018: "Năm 2018, thiên tai đã làm 224 người chết và mất tích" in the 2018 review
    tpl = template(tmp_path, "Báo cáo tổng kết công tác phòng, chống thiên tai năm 2018",
                   "Thiệt hại do thiên tai gây ra đã giảm so với năm trước. Năm 2018, thiên tai đã làm 224 người chết và "
                   "mất tích.")
    assert has(tpl, 224)
