"""Issue 14, round 24: thresholds, spans heading a page, rates of last period after ``mới`` or against ``thực hiện
năm …``, counts scaled by ``nghìn`` with a noun after them, and a site's dash-separated list of other articles — 16
fresh sweep pages (``t17-*``, judged in evaluations/sweep/template-round24.md) and the last unseen batch's
``tước hơn 150 nghìn GPLX``. Sentences as the pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.extract import extract_numbers
from service.onboarding.foot import dash_separated_list
from service.onboarding.passed import (achieved_after, had_in_period, last_result_named, only_of_last,
                                      scale_counts_noun)
from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template
from tests.template_rows import has, row

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
YEAR_2014 = "Báo cáo kết quả giải quyết việc làm năm 2014"
H1_2020 = "Báo cáo kết quả công tác bảo đảm trật tự an toàn giao thông 6 tháng đầu năm 2020"
Q1_2021 = "Báo cáo kết quả hoạt động du lịch quý I năm 2021"


# ------------------------------------------------------------------ 1. a threshold crossed (passed.threshold_passed)

XKLD = ("Riêng xuất khẩu lao động lần đầu tiên vượt ngưỡng, với 106 nghìn người, đạt 120,68% kế hoạch, bằng 119,1% so "
        "với thực hiện năm 2013.")


def test_a_threshold_crossed_makes_no_row(tmp_path):
    # t17-baogiaothong-xkld-2014: the headline "Xuất khẩu lao động vượt ngưỡng 100 nghìn người" had made a row
    tpl = template(tmp_path, YEAR_2014, "Năm 2014, xuất khẩu lao động vượt ngưỡng 100 nghìn người.", XKLD)
    assert not has(tpl, 100000) and has(tpl, 106000, "người")


def test_a_count_not_after_a_threshold_stays(tmp_path):
    # counter-case: the same count with no "ngưỡng"/"mốc" before it
    tpl = template(tmp_path, YEAR_2014, "Năm 2014, xuất khẩu lao động đạt 100 nghìn người.")
    assert has(tpl, 100000)


# ------------------------------------------------------------------ 2. a span heading the page (passed.span_heading)

def test_a_span_opening_the_page_makes_no_row():
    # t17-petrotimes-nongdocon-45ngay: "1,5 tháng xử lý gần 27 nghìn lái xe …" had made a row "Số tháng xử lý"
    tpl = build_template(PAGES / "t17-petrotimes-nongdocon-45ngay.txt")
    assert not has(tpl, Decimal("1.5")) and has(tpl, 20466) and has(tpl, 253)


def test_a_count_opening_a_paragraph_stays(tmp_path):
    # counter-case: a count of something other than time opening the paragraph
    tpl = template(tmp_path, H1_2020, "12 tổ công tác xử lý gần 27 nghìn lái xe vi phạm nồng độ cồn.")
    assert has(tpl, 12)


# ------------------------------------------------------------------ 3. "mới hơn X% so với cùng kỳ" (passed.only_of_last)

HOI_AN = ("Doanh thu ngành du lịch ước đạt hơn 37 tỷ đồng, mới hơn 5,2% so với cùng kỳ năm 2020.")


def test_only_a_share_of_last_period_is_a_derivation(tmp_path):
    # t17-hoian-khach-2021-q1: "mới hơn 5,2% so với cùng kỳ" had made a row "Tỷ lệ mới"
    tpl = template(tmp_path, Q1_2021, HOI_AN)
    assert not has(tpl, Decimal("5.2"))
    assert Decimal("5.2") in [d.value for d in row(tpl, 37000000000).derived]
    assert only_of_last("đồng, mới ") and not only_of_last("đồng, tăng ")


# ------------------------------------------------------------------ 4. "so với thực hiện năm 2013" (passed.last_result_named)

def test_a_rate_against_an_earlier_years_result_is_a_derivation(tmp_path):
    # t17-baogiaothong-xkld-2014: "bằng 119,1% so với thực hiện năm 2013" had made a row of its own
    tpl = template(tmp_path, YEAR_2014, XKLD)
    assert not has(tpl, Decimal("119.1"))
    assert Decimal("119.1") in [d.value for d in row(tpl, 106000).derived]
    assert last_result_named("% so với thực hiện năm 2013") and last_result_named(" so với kết quả thực hiện năm trước")
    assert not last_result_named(" so với kế hoạch năm 2014")


# ------------------------------------------------------------------ 5. "150 nghìn GPLX" (passed.scale_counts_noun)

CSGT = ("Lực lượng CSGT đã phát hiện, xử lý hơn 1,5 triệu trường hợp vi phạm TTATGT, phạt tiền hơn 1.617 tỷ đồng, tước "
        "hơn 150 nghìn GPLX, tạm giữ 304.955 phương tiện.")


def test_a_count_scaled_by_nghin_with_a_noun_after_it_counts_the_noun(tmp_path):
    # zv-toan-quoc-cuc-csgt-tngt-xu-ly-vi-pham-2020-h1: "tước hơn 150 nghìn GPLX" had been "150.000 nghìn đồng"
    tpl = template(tmp_path, H1_2020, CSGT)
    r = row(tpl, 150000)
    assert r.kind == "count" and r.unit == "GPLX"
    assert row(tpl, 1617000000000).kind == "money"


def test_an_amount_with_its_currency_left_out_stays_money():
    # counter-cases: "500 nghìn cho mỗi suất" (a closed-class word after), "200 nghìn đồng" (the currency written)
    for text in ("mỗi suất quà trị giá 500 nghìn cho mỗi hộ", "tặng 200 nghìn đồng mỗi suất",
                 "số tiền ủng hộ 300 nghìn, 50 kg gạo", "kinh phí hỗ trợ 500 nghìn cho mỗi hộ"):
        m = next(x for x in extract_numbers(text) if x.kind == "money")
        assert not scale_counts_noun(text, m), text


# ------------------------------------------------------------------ 6. a list of other articles between dashes (foot)

def test_headlines_between_dashes_after_the_report_make_no_row():
    # t17-petrotimes-nongdocon-45ngay: "Năm 2024, … phá gần 30 nghìn vụ án", "Thủ tướng: 3 kiến tạo …" under "H.T"
    tpl = build_template(PAGES / "t17-petrotimes-nongdocon-45ngay.txt")
    assert not has(tpl, 30000) and not any(r.unit.startswith("kiến tạo") for r in tpl.rows)
    assert has(tpl, Decimal("3500000000")) and has(tpl, 247)


def test_a_dash_list_needs_two_dashes():
    # counter-case: one dash line (a bullet) is no list of other articles
    lines = ["Tổng số có 12 hộ thoát nghèo trong năm.", "-", "Hộ cận nghèo còn 35 hộ.", "Hết."]
    assert not dash_separated_list(lines, 1)
    assert dash_separated_list(["H.T", "-", "Triệt phá đường dây", "-", "Hà Nội phân luồng"], 1)


# ------------------------------------------------------------------ 7. what the counted did, not what the area has (standing)

def test_a_count_that_found_work_is_no_stock(tmp_path):
    # t17-dongthap-vieclam-ngoaitinh: "toàn tỉnh có 20.000 LĐ tìm được việc làm" had gone to the standing sheet
    tpl = template(tmp_path, "Báo cáo kết quả giải quyết việc làm 6 tháng đầu năm 2012",
                   "Theo Sở LĐTBXH, từ đầu năm tới nay toàn tỉnh có 20.000 LĐ tìm được việc làm; trong đó làm việc "
                   "ngoài tỉnh chiếm đến 14.500 người.")
    assert has(tpl, 20000) and not any(s.value == 20000 for s in tpl.standing)
    assert achieved_after(" LĐ tìm được việc làm") and not achieved_after(" xã, phường, thị trấn")


def test_what_has_come_about_is_no_stock(tmp_path):
    # zv-toan-quoc-cuc-quan-ly-kham-chua-benh-4-ngay-tet-2020-01: "đã có 910 ca khám, cấp cứu" was a standing fact
    tpl = template(tmp_path, "Báo cáo công tác khám chữa bệnh dịp Tết Nguyên đán tháng 1 năm 2020",
                   "Tính đến thời điểm hiện tại đã có 910 ca khám, cấp cứu do ngộ độ thức ăn, rối loạn tiêu hóa.",
                   "Hiện toàn tỉnh có 120 xã, phường.")
    assert has(tpl, 910) and any(s.value == 120 for s in tpl.standing)   # counter-case: "Hiện … có" stays
    assert had_in_period("đã có ") and not had_in_period("hiện có ")
