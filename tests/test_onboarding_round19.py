"""Issue 14, round 19: a month and its year to date said together, on 18 fresh sweep pages (``t12-*``, judged in
evaluations/sweep/template-round19.md).  Sentences as the pages print them (slug in each comment), written as a
prior report; each rule has the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding import running
from tests.test_onboarding_round6 import template

AUGUST_2022 = "Báo cáo tình hình thu ngân sách nhà nước tháng 8 năm 2022"
OCTOBER_2023 = "Báo cáo tình hình sản xuất công nghiệp tháng 10 năm 2023"
EIGHT_MONTHS_2019 = "Báo cáo tình hình du lịch 8 tháng đầu năm 2019"
YEAR = "Báo cáo tổng kết công tác năm 2024"


def _label(tpl, value) -> str:
    return next(r.label for r in tpl.rows if r.value == Decimal(str(value)))


# ------------------------------------------------------------------ 1. which part of the period (running.py)

def test_when_reads_the_nearest_words_of_time():
    # the checker's cues, and a bare span of months (t12-thanhnien-xknlts-t6-2017: "… 6 tháng lên 17,1 tỉ USD")
    assert running.when("tổng thu ngân sách nhà nước trong tháng 8 là ") == "period"
    assert running.when("tổng thu … trong tháng 8 là 1.018,1 tỷ đồng; lũy kế 8 tháng thu ") == "running"
    assert running.when("kim ngạch … tháng 6 ước đạt 2,97 tỉ USD, nâng tổng giá trị xuất khẩu 6 tháng lên ") == \
        "running"
    assert running.when("Tuy nhiên, tính riêng tháng 4/2023, khối lượng hàng hóa thông qua cảng đạt ") == "period"
    assert running.when("Lũy kế từ đầu năm đến tháng 5/2020 đạt ") == "running"
    assert running.when("Trong đó, điện thương phẩm nội địa tăng ") == ""
    assert running.when("trẻ em dưới 6 tháng tuổi được bú mẹ hoàn toàn ") == ""      # an age, no span
    assert running.month_of("trong tháng 8 thu ngân sách của tỉnh ước đạt hơn ") == "8"
    assert running.when_said("Tập đoàn Hoa Sen đạt ", " tỷ đồng lợi nhuận sau thuế trong tháng 7") == "period"


def test_the_running_total_after_its_month_takes_the_months_label(tmp_path):
    # t12-lamdong-thunsnn-8t-2022: "Thu lũy kế" ×7, what is collected said once before the month's value
    tpl = template(tmp_path, AUGUST_2022,
                   "Cục Thuế tỉnh Lâm Đồng cho biết, tổng thu ngân sách nhà nước trong tháng 8 là 1.018,1 tỷ đồng; lũy "
                   "kế 8 tháng thu 9.950,3 tỷ đồng, đạt 102% dự toán Trung ương, đạt 90% dự toán địa phương, bằng 128% "
                   "so cùng kỳ năm 2021.",
                   "Trong đó, thu từ thuế phí, tháng 8 là 597,8 tỷ đồng; lũy kế thu 6.411 tỷ đồng, đạt 116% dự toán "
                   "Trung ương, đạt 102% dự toán địa phương, bằng 142% so cùng kỳ; thu từ đất nhà, tháng 8 là 203,1 tỷ "
                   "đồng; lũy kế thu 2.022,6 tỷ đồng, đạt 88% dự toán Trung ương, đạt 75% dự toán địa phương, bằng 133% "
                   "so cùng kỳ.")
    assert _label(tpl, 1_018_100_000_000) == "Tổng thu ngân sách nhà nước"
    assert _label(tpl, 9_950_300_000_000) == "Tổng thu ngân sách nhà nước (từ đầu năm)"
    assert _label(tpl, 597_800_000_000) == "Số tiền thu từ thuế phí"
    assert _label(tpl, 6_411_000_000_000) == "Số tiền thu từ thuế phí (từ đầu năm)"
    assert _label(tpl, 2_022_600_000_000) == "Số tiền thu từ đất nhà (từ đầu năm)"


def test_a_running_total_with_words_of_its_own_keeps_them(tmp_path):
    # p15-baobariavungtau-congnghiep-2023-10 (round 14's page): the month and its 10 months, one sentence
    tpl = template(tmp_path, OCTOBER_2023,
                   "Theo Sở Công thương, giá trị sản xuất công nghiệp (tính theo giá so sánh 2015) trừ dầu thô và khí "
                   "đốt tháng 10/2023 ước hơn 37,6 ngàn tỷ đồng, tăng 7,64% so với tháng trước và 13,14% so với cùng "
                   "kỳ năm trước; lũy kế 10 tháng năm 2023 ước hơn 318,3 ngàn tỷ đồng, tăng 11,24% so với cùng kỳ.")
    month, total = _label(tpl, 37_600_000_000_000), _label(tpl, 318_300_000_000_000)
    assert month != total and total.endswith("(từ đầu năm)") and "(từ đầu năm)" not in month
    # t12-cafef-detmay-tcm-t5-2022: a running total in a paragraph of its own — its own words, the loader's suffix
    tpl = template(tmp_path, "Báo cáo kết quả kinh doanh tháng 5 năm 2022",
                   "Công ty công bố doanh thu tháng 5 đạt 13 triệu USD, giảm 4% so với cùng kỳ năm trước.",
                   "Lũy kế 5 tháng, doanh thu đạt 77,4 triệu USD, tăng 15% và thực hiện 43% kế hoạch năm.")
    assert _label(tpl, 77_400_000) == "Doanh thu (từ đầu năm)"


def test_a_months_row_in_a_longer_report_says_its_month(tmp_path):
    # t12-quangnam-dulich-8t-2019: "Doanh thu dịch vụ" twice — August's and the 8 months'
    tpl = template(tmp_path, EIGHT_MONTHS_2019,
                   "Doanh thu dịch vụ tháng 8.2019 hơn 267 tỷ đồng, tăng 4,4% so với tháng trước. Tính chung 8 tháng, "
                   "doanh thu dịch vụ hơn 2.168 tỷ đồng, tăng 6% so với cùng kỳ.")
    assert _label(tpl, 267_000_000_000) == "Doanh thu dịch vụ (tháng 8)"
    assert _label(tpl, 2_168_000_000_000) == "Doanh thu dịch vụ"


def test_a_page_of_one_part_only_is_left_as_it_reads(tmp_path):
    # counter-cases: no month beside a running total (t12-binhduong-dientp-6t-2022), and a year's report whose
    # running totals are spans of their own (t8-hcm-thue-2023-6t, round 15's test)
    tpl = template(tmp_path, "Báo cáo tình hình cung ứng điện 6 tháng đầu năm 2022",
                   "Công ty Điện lực Bình Dương cho biết, trong 6 tháng đầu năm 2022, ước sản lượng điện thương phẩm "
                   "thực hiện là 7.795 triệu kWh, tăng 2,57% so với cùng kỳ năm 2021.")
    assert "(" not in _label(tpl, 7_795_000_000)
    tpl = template(tmp_path, YEAR, "Cụ thể, số thu NSNN tháng 1 tăng 9,9%, lũy kế 2 tháng tăng 3,9%, lũy kế 3 tháng "
                                   "tăng 3,5%, lũy kế 4 tháng giảm 2%.")
    assert _label(tpl, "3.9") == "Tốc độ tăng lũy kế 2 tháng"


# ------------------------------------------------------------------ 2. a breakdown in brackets after a comparison

def test_a_bracket_opening_on_trong_đó_after_cùng_kỳ_is_this_periods_parts(tmp_path):
    # t12-quangnam-thunsnn-8t-2020: 6.147,6 and 1.533 tỷ đồng were noted as last year's values of the total
    tpl = template(tmp_path, "Báo cáo tình hình thu ngân sách 8 tháng đầu năm 2020",
                   "Tại cơ quan Cục Thuế thu hơn 8.500 tỷ đồng, đạt 48,7%, bằng 82% so với cùng kỳ (trong đó, số đã thu "
                   "vào ngân sách nhà nước 6.147,6 tỷ đồng, đạt 35%; số thuế gia hạn nộp 2.352,9 tỷ đồng).")
    assert {Decimal(8_500_000_000_000), Decimal("6147600000000"), Decimal("2352900000000")} <= \
        {r.value for r in tpl.rows}
    # zc-cuc-thads-thi-hanh-an-dan-su-2019-h1 (held-out; its table's row "Trong đó: đã ủy thác" 580 việc)
    tpl = template(tmp_path, "Báo cáo kết quả thi hành án dân sự 6 tháng đầu năm 2019",
                   "Sáu tháng đầu năm, về THADS thì tổng số thụ lý là 79.177 việc, giảm 2.676 việc (3,27%) so với năm "
                   "2018 (trong đó đã ủy thác 580 việc, Cục rút lên thi hành bốn việc).")
    assert Decimal(580) in {r.value for r in tpl.rows}
    # counter-case: a bare bracket after the comparison is last year's value (round 9's past_bracket)
    tpl = template(tmp_path, "Báo cáo tổng kết công tác phòng, chống thiên tai năm 2018",
                   "Năm 2018 thiên tai làm thiệt hại 20.000 tỷ đồng, giảm nhiều so với thiệt hại do thiên tai gây ra năm "
                   "2017 (gần 60.000 tỷ đồng).")
    assert Decimal(60_000_000_000_000) not in {r.value for r in tpl.rows}


# ------------------------------------------------------------------ 3. a quota in brackets after who set it

def test_a_quota_in_brackets_after_its_setters_name_is_the_plan(tmp_path):
    # t12-binhduong-dientp-6t-2022: "(15.285 triệu kWh)" was a row, and the change after it its note
    tpl = template(tmp_path, "Báo cáo kết quả cung ứng điện 6 tháng đầu năm 2022",
                   "Công ty Điện lực Bình Dương cho biết, trong 6 tháng đầu năm 2022, ước sản lượng điện thương phẩm "
                   "thực hiện là 7.795 triệu kWh, đạt 51% so với kế hoạch Tổng Công ty Điện lực Miền Nam (EVNSPC) giao "
                   "năm 2022 (15.285 triệu kWh), tăng 2,57% so với cùng kỳ năm 2021.")
    row = next(r for r in tpl.rows if r.value == Decimal(7_795_000_000))
    assert row.plan == Decimal(15_285_000_000) and Decimal("2.57") in [d.value for d in row.derived]
    assert Decimal(15_285_000_000) not in {r.value for r in tpl.rows}
    # t12-lamdong-dienluc-6t-2020: the same shape, the setter's name shorter
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất kinh doanh 6 tháng đầu năm 2020",
                   "Công ty sản xuất được 4,94 triệu kWh điện, giảm 7,28% so với cùng kỳ năm 2019, đạt 30,87% kế hoạch "
                   "Tổng Công ty giao (16 triệu kWh).")
    assert {r.value for r in tpl.rows} == {Decimal(4_940_000)}
    # counter-case: a quota that is done (``giao đã thực hiện``) stays as it was — the rule asks for the bracket
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất kinh doanh 6 tháng đầu năm 2020",
                   "Kế hoạch Tổng Công ty giao 16 triệu kWh; công ty sản xuất được 4,94 triệu kWh điện.")
    assert Decimal(4_940_000) in {r.value for r in tpl.rows}
