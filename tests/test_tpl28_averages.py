"""Issue 14, round 28: averages of a total stated before them are its derivations, not rows
(``service.onboarding.restated.average_after_total``, ``average_per_day``).  Fresh sweep pages ``t21-*``
(evaluations/sweep/template-round28.md) and held-out text; sentences as the sources print them (slug in each
comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

FIVE_YEARS = "Báo cáo tình hình ngộ độc thực phẩm giai đoạn 2012-2016"
YEAR_2018 = "Báo cáo tình hình tai nạn lao động năm 2018"
FIVE_MONTHS_2025 = "Báo cáo tình hình xuất nhập khẩu qua cửa khẩu 5 tháng đầu năm 2025"
JUNE_2022 = "Báo cáo tình hình dịch COVID-19 tháng 6 năm 2022"
TERM = "Báo cáo tổng kết nhiệm kỳ 2017-2022 của Hội Cựu chiến binh Việt Nam"

# ------------------------------------------------------------------ 1. a sentence opening on an average (after_total)

NGODOC = ("Theo thống kê của Cục An toàn vệ sinh thực phẩm (Bộ Y tế), trong năm năm gần đây, trên toàn quốc đã ghi "
          "nhận 927 vụ ngộ độc thực phẩm với 30.733 người bị ngộ độc, trong đó có 229 người chết. Trung bình mỗi năm "
          "xảy ra 185 vụ với 6.147 người ngộ độc và 46 người chết.")


def test_the_averages_of_the_sentence_before_are_its_totals_derivations(tmp_path):
    # t21-plo-ngodoc-5nam: 185 vụ, 6.147 người and 46 người had been rows of their own ("Số vụ trung bình mỗi năm …")
    tpl = template(tmp_path, FIVE_YEARS, NGODOC)
    assert not has(tpl, 185) and not has(tpl, 6147) and not has(tpl, 46)
    assert derived(tpl, 927) == [Decimal(185)]
    assert derived(tpl, 30733) == [Decimal(6147)]
    assert derived(tpl, 229) == [Decimal(46)]


def test_the_span_in_words_is_read(tmp_path):
    # the same sentences in a report whose title names no span: "năm năm" (five years) in the text gives it
    tpl = template(tmp_path, "Báo cáo tình hình ngộ độc thực phẩm", NGODOC)
    assert not has(tpl, 185) and derived(tpl, 927) == [Decimal(185)]


def test_an_average_that_divides_no_total_stays_a_row(tmp_path):
    # counter-case, p10-vov-ccb-toanquoc-2017-2022: 214.123 over the term's years is not 61.000
    tpl = template(tmp_path, TERM, "Riêng trong nhiệm kỳ 2017-2022 toàn Hội đã kết nạp 214.123 hội viên mới. Trung "
                                   "bình mỗi năm kết nạp được hơn 61.000 hội viên.")
    assert has(tpl, 214123) and has(tpl, 61000)


def test_an_average_opening_a_sentence_with_no_totals_before_stays_a_row(tmp_path):
    # counter-case, c8-hoabinh-ldtbxh-2016-2020: the five years' average with no total stated
    tpl = template(tmp_path, "Báo cáo kết quả thực hiện nhiệm vụ lao động, thương binh và xã hội giai đoạn 2016-2020",
                   "Công tác tư vấn giới thiệu việc làm được tăng cường. Bình quân mỗi năm giải quyết việc làm cho "
                   "trên 16.000 lao động.")
    assert has(tpl, 16000)


# ------------------------------------------------------------------ 2. an average per day (average_per_day)


def test_an_average_per_day_of_the_years_total_is_its_derivation(tmp_path):
    # t21-tienphong-tnld-2018: "3 người" had been a row "Số người người/ngày trung bình"
    tpl = template(tmp_path, YEAR_2018, "Bộ Lao động, Thương binh và Xã hội cho biết, trong năm 2018, cả nước đã xảy ra "
                                        "7.997 vụ tai nạn lao động, làm 1.039  người chết, trung bình gần 3 người/ngày, "
                                        "1.939 người bị thương nặng.")
    assert not has(tpl, 3) and derived(tpl, 1039) == [Decimal(3)]
    assert has(tpl, 7997) and has(tpl, 1939)


def test_an_average_per_day_counted_to_the_reports_date(tmp_path):
    # zb-quang-ninh-mong-cai-cua-khau-2025-5t (held-out; its hand table notes 4.509 as the average, no row):
    # 667.332 tấn over the five months' days is 4.390, the report counts to late May — within 5 %
    tpl = template(tmp_path, FIVE_MONTHS_2025,
                   "Trong đó, tại Cửa khẩu cầu Bắc Luân II, tổng lượng hàng hóa xuất nhập khẩu đạt 667.332 tấn, tăng "
                   "48% so với cùng kỳ năm 2024, bình quân 4.509 tấn/ngày.")
    assert not has(tpl, 4509) and Decimal(4509) in derived(tpl, 667332)


def test_a_weeks_average_per_day_in_a_months_report_stays_a_row(tmp_path):
    # counter-case, zr-quang-binh-bao-cao-tuan-ubnd-tinh-covid-19-2022-06: the week's 100 cases over 7 days, read
    # in a month's report (its hand table keeps "Số ca mắc trung bình mỗi ngày" as a row)
    tpl = template(tmp_path, JUNE_2022, "Trong tuần vừa qua, số ca mắc mới tiếp tục giảm, ghi nhận 100 ca mắc mới, "
                                        "trung bình 14 ca/ngày (tuần trước trung bình 15 ca/ngày).")
    assert has(tpl, 14) and has(tpl, 100)
