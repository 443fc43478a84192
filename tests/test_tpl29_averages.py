"""Issue 14, round 29: an average per day said in words at the opening of its own sentence (``Trung bình mỗi ngày,
công ty ghi nhận hơn 24,7 tỷ đồng``) after the sentence stating the total is that total's derivation, as round 28's
``restated.average_per_day`` reads ``N tấn/ngày`` in the total's sentence.  Sentences as the pages print them (slug
in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has

VNR = ("Tại hội nghị mới đây, Tổng công ty Đường sắt Việt Nam (VNR) báo doanh thu 6 tháng đạt trên 4.500 tỷ đồng, tăng "
       "hơn 10% so với cùng kỳ 2023. Đây là mức doanh thu bán niên kỷ lục của VNR và cao hơn mức thu cả năm của giai "
       "đoạn 2019-2021. Trung bình mỗi ngày, công ty ghi nhận hơn 24,7 tỷ đồng.")


def test_an_average_per_day_in_words_after_the_total(tmp_path):
    # t22-doanhnghiephoinhap-duongsat-2024-h1: 24,7 tỷ đồng had been a row "Số tiền Trung bình mỗi ngày, …"
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất kinh doanh 6 tháng đầu năm 2024", VNR)
    assert not has(tpl, 24700000000)
    assert Decimal(24700000000) in derived(tpl, 4500000000000)


def test_the_span_is_read_from_the_totals_sentence_when_the_period_is_unnamed(tmp_path):
    # t22-doanhnghiephoinhap-duongsat-2024-h1 as the page prints it, with no title naming the period: "6 tháng" in
    # the total's own sentence gives the days
    tpl = template(tmp_path, "Vận tải đường sắt đạt kỷ lục về doanh thu", VNR)
    assert not has(tpl, 24700000000) and has(tpl, 4500000000000)


def test_an_average_per_day_with_no_total_stays_a_row(tmp_path):
    # counter-case, p19-baoquangnam-hoian-tet-quymao-2023-01: no total of visitors before it
    tpl = template(tmp_path, "Báo cáo tình hình du lịch dịp Tết Nguyên đán Quý Mão 2023",
                   "Một số điểm tham quan khác như rừng dừa nước Cẩm Thanh, làng gốm Thanh Hà, làng rau Trà Quế, Cù Lao "
                   "Chàm… cũng chứng kiến lượng khách đông kỷ lục, riêng tại làng gốm Thanh Hà, bình quân mỗi ngày có "
                   "khoảng 1.500 lượt khách mua vé tham quan, hầu hết là khách Hàn Quốc.")
    assert has(tpl, 1500)


def test_an_average_that_is_not_the_total_over_the_days_stays_a_row(tmp_path):
    # counter-case, c12-quangnam-hcc-2018-05's shape: a week's 722 visits then "trung bình mỗi ngày có 180 lượt" in a
    # month's report — 722 over the month's days is no 180 (the centre counts working days), so it is a row
    tpl = template(tmp_path, "Báo cáo tình hình hoạt động Trung tâm Hành chính công tháng 5 năm 2018",
                   "Chỉ trong một tuần (từ 27.4 đến 3.5.2018) đã có 722 lượt tổ chức, công dân đến giao dịch tại trung "
                   "tâm này. Trung bình mỗi ngày có 180 lượt giao dịch.")
    assert has(tpl, 180)
