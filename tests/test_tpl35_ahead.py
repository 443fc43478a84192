"""Issue 14, round 35: a number after a time to come in its sentence (``trong thời gian đến``, ``Trong thời gian tới``)
is an aim — no row (``statements.time_ahead``, the checker's ``forecasts.after_time_ahead``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_a_bank_s_overdue_rate_to_come(tmp_path):
    # yp-phu-yen-nhcsxh-chi-nhanh-tinh-cho-vay-chinh-sach-2018-q1: a row «Tỷ lệ giảm tỷ lệ nợ quá hạn xuống» 0,24 %
    tpl = template(tmp_path, "Báo cáo kết quả cho vay quý I năm 2018",
                   "Tính đến hết tháng 3/2018 nợ quá hạn và nợ khoanh của ngân hàng chính sách xã hội, chi nhánh Phú Yên "
                   "tăng 356 triệu đồng so với đầu năm với số nợ là hơn 14,4 tỷ đồng, chiếm 0,59% tổng dư nợ. Do vậy, "
                   "trong thời gian đến, ngân hàng còn tăng cường xử lý thu hồi nợ đến hạn, giảm tỷ lệ nợ quá hạn xuống "
                   "dưới 0,24%./.")
    assert not has(tpl, 0.24)
    assert has(tpl, 14_400_000_000)


def test_a_population_office_s_targets_to_come(tmp_path):
    # n-ninhthuan-dskhhgd-2018-h1
    tpl = template(tmp_path, "Báo cáo công tác dân số 6 tháng đầu năm 2018",
                   "Trong thời gian tới, Chi cục tập trung chỉ đạo thực hiện đạt một số chỉ tiêu cơ bản: Tỷ lệ sinh con "
                   "thứ 3 giảm 15%; tỷ lệ tăng dân số tự nhiên còn 1,12%; tăng thêm 10% tỷ lệ người cao tuổi được khám "
                   "sức khỏe định kỳ ít nhất 1 lần/năm...")
    assert not has(tpl, 1.12) and not has(tpl, 15)


def test_guard_a_result_after_a_word_of_what_was_done(tmp_path):
    # a time to come, then what was done (`đã`): the period's own figure stays a row (forecasts._DONE)
    tpl = template(tmp_path, "Báo cáo kết quả cho vay quý I năm 2018",
                   "Trong thời gian tới, chi nhánh tiếp tục thu hồi nợ; đến nay đã thu hồi được 356 triệu đồng nợ quá hạn.")
    assert has(tpl, 356_000_000)


def test_guard_since_the_start_of_the_year_until_now(tmp_path):
    # t17-dongthap-vieclam-ngoaitinh: "năm tới" inside "từ đầu năm tới nay" is no year to come
    tpl = template(tmp_path, "Báo cáo kết quả giải quyết việc làm 6 tháng đầu năm 2012",
                   "Theo Sở LĐTBXH, từ đầu năm tới nay toàn tỉnh có 20.000 LĐ tìm được việc làm; trong đó làm việc "
                   "ngoài tỉnh chiếm đến 14.500 người.")
    assert has(tpl, 20000)
