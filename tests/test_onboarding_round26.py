"""Issue 14, round 26: days of the lunar calendar, the holiday's length, a linked article's title, a change given as a
range, and the counts listed after a change whose comparison opens the clause — 16 fresh sweep pages (``t19-*``,
judged in evaluations/sweep/template-round26.md) and the last unseen batch (ya-). Sentences as the pages print them
(slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
TET_2012 = "Báo cáo tình hình tai nạn giao thông dịp Tết Nguyên đán năm 2012"
TET_2023 = "Báo cáo tình hình khám, cấp cứu dịp Tết Nguyên đán năm 2023"
HALF_2021 = "Báo cáo kết quả sản xuất nông nghiệp 6 tháng đầu năm 2021"
YEAR_2021 = "Báo cáo kết quả sản xuất nông nghiệp năm 2021"


# ------------------------------------------------------------------ 1. a day of the lunar calendar (occasions)

def test_a_lunar_day_is_a_date(tmp_path):
    # t19-plo-tngt-tet-2012: "29" had been a row "Số đến mùng ba tết âm lịch", "29 tết" a row "Số tết đến mùng bốn tết"
    tpl = template(tmp_path, TET_2012, "Theo thống kê của Bộ Công an, từ 29 đến mùng ba tết âm lịch, cả nước đã xảy ra "
                   "191 vụ tai nạn giao thông (TNGT), làm 161 người chết và 187 người bị thương.",
                   "Theo lãnh đạo BV Nhân dân 115 (TP.HCM), BV Chấn thương-Chỉnh hình… trong năm ngày tết 2012 (từ 29 "
                   "tết đến mùng bốn tết), số ca TNGT không cao hơn năm ngoái.")
    assert not has(tpl, 29) and has(tpl, 191, "vụ")


def test_thirty_of_the_last_month_is_a_date_too(tmp_path):
    # t19-plo-tngt-tet-2010: "từ 30 tháng Chạp đến mùng 2 tết là 650 ca"
    tpl = template(tmp_path, TET_2012, "Số ca TNGT không đội mũ bảo hiểm từ ngày 30 tháng Chạp đến mùng 2 tết là 650 "
                   "ca, tăng 19,5% so với năm Kỷ Sửu.")
    assert not has(tpl, 30) and not has(tpl, 2) and has(tpl, 650)


def test_a_count_of_tet_cases_stays(tmp_path):
    # counter-case: the count itself, no calendar word after it
    tpl = template(tmp_path, TET_2023, "Trong dịp Tết đã có 29 trường hợp cấp cứu tai nạn do vũ khí, vật liệu nổ tự chế.")
    assert has(tpl, 29)


# ------------------------------------------------------------------ 2. the holiday's length (occasions)

def test_the_days_of_the_holiday_are_no_count(tmp_path):
    # t19-viettimes-tet-2023-capcuu: "3 ngày" had been a row "Số ngày nghỉ từ so sánh"
    text = (PAGES / "t19-viettimes-tet-2023-capcuu.txt").read_text(encoding="utf-8")
    assert "So sánh 3 ngày nghỉ từ ngày 29 Tết" in text
    tpl = build_template(PAGES / "t19-viettimes-tet-2023-capcuu.txt")
    assert not has(tpl, 3, "ngày") and has(tpl, 60460)


def test_days_of_a_festival_held_stay(tmp_path):
    # counter-case: "tổ chức 3 ngày hội" — days of an activity, not the holiday's
    tpl = template(tmp_path, YEAR_2021, "Năm 2021, huyện tổ chức 3 ngày hội việc làm cho thanh niên.")
    assert has(tpl, 3)


# ------------------------------------------------------------------ 3. a linked article's title (occasions)

def test_a_linked_title_is_not_the_report(tmp_path):
    # t19-sggp-chay-tet-2014: ">>Số người chết vì tai nạn giao thông tăng bất thường 2 ngày liên tiếp" had been a row
    tpl = build_template(PAGES / "t19-sggp-chay-tet-2014.txt")
    assert not has(tpl, 2) and has(tpl, 96)


def test_a_line_without_the_link_mark_stays(tmp_path):
    tpl = template(tmp_path, TET_2012, "Số người chết vì tai nạn giao thông là 2 người trong 2 ngày liên tiếp.")
    assert has(tpl, 2, "người")


# ------------------------------------------------------------------ 4. a change given as a range (occasions)

def test_a_change_given_as_a_range_is_no_row(tmp_path):
    # t19-tinhuyquangtri-nlts-2021-h1: "5 %" and "12 %" had been rows "Tỷ lệ"
    tpl = template(tmp_path, HALF_2021, "Cụ thể, trong lĩnh vực trồng trọt: Rau màu sản lượng tăng 1,2%, nhiều cây công "
                   "nghiệp lâu năm như cà phê, tiêu, điều, chè đều có sản lượng tăng tăng từ 2-5%. Các loại cây ăn quả "
                   "chính như xoài, chuối, thanh long, cam, bưởi, vải… có sản lượng tăng từ 3-12%.")
    assert not has(tpl, 5) and not has(tpl, 12) and not has(tpl, 2) and not has(tpl, 3)
    assert has(tpl, "1.2")


def test_an_estimate_between_two_growths_is_one_row(tmp_path):
    # ya-toan-quoc-bo-nnptnt-tang-truong-xuat-khau-nong-lam-thuy-san-2021: "XK-02 2.85" had been a row (the hand table
    # keeps "2,85 - 2,9", read as its high end); the sectors' growths after it are rows of their own (TT02–TT04), no
    # longer the range's derivations
    tpl = template(tmp_path, YEAR_2021, "Giá trị gia tăng toàn ngành tăng khoảng 2,85 đến 2,9%, trong đó nông nghiệp tăng "
                   "trên 3,18%, lâm nghiệp tăng trên 3,85%, thủy sản tăng trên 1,85%, tỉ lệ che phủ rừng đạt 42,02%.")
    assert not has(tpl, "2.85") and has(tpl, "2.9") and has(tpl, "42.02")
    assert has(tpl, "3.18") and has(tpl, "3.85") and has(tpl, "1.85")


def test_a_single_growth_stays(tmp_path):
    # counter-case: one growth, no range
    tpl = template(tmp_path, HALF_2021, "Tốc độ tăng giá trị sản xuất nông, lâm, thủy sản 6 tháng đầu năm ước đạt 3,84%.")
    assert has(tpl, "3.84")


# ------------------------------------------------------------------ 5. counts listed after a change compared before

def test_a_count_listed_after_a_change_compared_before_is_that_change(tmp_path):
    # t19-plo-tngt-tet-2012: "so với tết 2011 giảm 53 vụ và 34 người chết" — "34" had been a row "Số người chết"
    tpl = template(tmp_path, TET_2012, "Theo thống kê của Bộ Công an, cả nước đã xảy ra 191 vụ tai nạn giao thông (TNGT), "
                   "làm 161 người chết và 187 người bị thương, so với tết 2011 giảm 53 vụ và 34 người chết. Tuy nhiên, "
                   "tai nạn giao thông những ngày sau tết có chiều hướng gia tăng.")
    assert sum(1 for r in tpl.rows if r.value == 34) == 0
    assert 53 in derived(tpl, 191)
    assert any(d.value == 34 for r in tpl.rows for d in r.derived)   # (of the nearest row of người: see round 26's
                                                                     # "left" — the injured's, not the dead's)


def test_a_count_after_a_change_with_no_comparison_stays(tmp_path):
    # counter-case: no comparison before or after the change — the count after "và" is a figure of its own
    tpl = template(tmp_path, TET_2012, "Trong dịp tết, số vụ tai nạn giảm 53 vụ và 34 người được cấp cứu kịp thời.")
    assert has(tpl, 34)


# ------------------------------------------------------------------ 6. a change compared before, no level stated

APRIL_2023 = "Báo cáo tình hình cháy, nổ tháng 4 năm 2023"


def test_a_change_compared_before_with_no_level_is_no_row(tmp_path):
    # t19-vov-chayno-2023-04: "21,15 tỷ đồng" and "4,39 tỷ đồng" had been rows "Số đồng thiệt hại tài sản"
    tpl = build_template(PAGES / "t19-vov-chayno-2023-04.txt")
    assert not has(tpl, 21150000000) and not has(tpl, 4390000000)
    assert has(tpl, 932) and has(tpl, 5650)


def test_a_change_of_a_road_with_no_level_is_no_row(tmp_path):
    # t19-plo-tngt-tet-2010: "So với Tết Kỷ Sửu, tăng gần 100 vụ TNGT đường bộ." had been a row "Số vụ TNGT đường bộ"
    tpl = template(tmp_path, TET_2012, "So với Tết Kỷ Sửu, tăng gần 100 vụ TNGT đường bộ. Trong các ca TNGT, số ca TNGT "
                   "không đội mũ bảo hiểm là 650 ca, tăng 19,5% so với năm Kỷ Sửu.")
    assert not has(tpl, 100) and has(tpl, 650)


def test_a_change_after_a_semicolon_is_out_of_the_comparison_s_reach(tmp_path):
    # counter-case (round 11, t4-thanhchuong-sxkdg-2016): "So với năm 2012, … là 3.287 hộ, tăng 1.757 hộ; số hộ có mức
    # thu nhập từ 200 - 300 triệu/năm tăng 636 hộ" — another band's change after the semicolon stays a row
    tpl = template(tmp_path, YEAR_2021, "So với năm 2012, số hộ nông dân có mức thu nhập từ 100- 200 triệu đồng/năm là "
                   "3.287 hộ, tăng 1.757 hộ; số hộ có mức thu nhập từ 200 - 300 triệu/năm tăng 636 hộ.")
    assert has(tpl, 3287) and has(tpl, 636)


def test_a_change_against_the_plan_is_left_alone(tmp_path):
    # counter-case: "So với kế hoạch, …" compares with the plan, not an earlier period
    tpl = template(tmp_path, YEAR_2021, "So với kế hoạch, toàn huyện tăng 12 hộ sản xuất kinh doanh giỏi.")
    assert has(tpl, 12)


# ------------------------------------------------------------------ 7. a multiple after "gấp"

def test_a_multiple_is_the_row_s_derivation(tmp_path):
    # t19-vnexpress-ulaw-totnghiep-2025: "4 lần" had been a row "Số lần tăng gần gấp"
    tpl = template(tmp_path, YEAR_2021, "Có 44 sinh viên tốt nghiệp loại xuất sắc, tăng gần gấp 4 lần so với năm ngoái.")
    assert not has(tpl, 4) and 4 in derived(tpl, 44)


def test_a_multiple_of_the_plan(tmp_path):
    # zk-yen-bai-kinh-te-xa-hoi-2014: "37 xã, gấp 2,46 lần so kế hoạch" — KT-10 had been a row
    tpl = template(tmp_path, YEAR_2021, "Toàn tỉnh có 37 xã đạt chuẩn nông thôn mới, gấp 2,46 lần so kế hoạch.")
    assert not has(tpl, "2.46") and Decimal("2.46") in derived(tpl, 37)


def test_a_multiple_with_no_level_stays_a_row(tmp_path):
    # counter-case (zv-nghe-an-do-luong-hoi-nong-dan-xa-hong-son-sxkd-gioi-2016-2020, whose hand table keeps it)
    tpl = template(tmp_path, YEAR_2021, "So với giai đoạn 2011- 2016, số hộ có mức thu nhập trên 100 triệu đồng/ năm tăng "
                   "gấp 5 lần.")
    assert has(tpl, 5)
