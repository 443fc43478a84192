"""Issue 14, round 36: ``dự báo`` set off by a comma (``Theo dự báo,``, ``Dự báo,``), then a word looking ahead
(``có thể``, ``sẽ``, ``tới``) before the number: what is expected, no row (``statements.forecast_ahead``; the
checker's own ``Forecast`` reads ``dự báo`` as its sentence's verb and leaves the adverb to others).  Quotes as
printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_a_quarter_to_come_may_grow(tmp_path):
    # t27-vtcnews-muc-10t-2025: a row «Tỷ lệ thể chứng kiến mức tăng trưởng thêm» 15 %
    tpl = template(tmp_path, "Xuất khẩu mực, bạch tuộc 10 tháng năm 2025",
                   "Theo Hiệp hội Chế biến và Xuất khẩu thuỷ sản Việt Nam (Vasep), tính đến cuối tháng 10, kim ngạch "
                   "xuất khẩu mực, bạch tuộc Việt Nam đạt 627 triệu USD, tăng 19% so với cùng kỳ năm ngoái.",
                   "Theo dự báo, nếu nguồn cung nguyên liệu trong nước được ổn định, quý IV/2025 có thể chứng kiến mức "
                   "tăng trưởng thêm 10-15% so với quý III.")
    assert not has(tpl, 15) and not has(tpl, 10)
    assert has(tpl, 627_000_000)


def test_the_year_s_exports_may_reach(tmp_path):
    # p16-baogialai-caphe-2023-08 (an earlier sweep page): a row «Số tiền xuất khẩu cà phê năm nay … có thể đạt mức»
    tpl = template(tmp_path, "Xuất khẩu cà phê 8 tháng năm 2023",
                   "Tính chung 8 tháng năm 2023, xuất khẩu cà phê đạt 1,15 triệu tấn. Theo dự báo, xuất khẩu cà phê năm "
                   "nay của nước ta có thể đạt mức 4 tỷ USD.")
    assert not has(tpl, 4_000_000_000)
    assert has(tpl, 1_150_000)


def test_a_size_by_2025_will_grow(tmp_path):
    # d10-vietbao-banle-5t-2023: no row before the rule either (the year's «đến năm 2025» is read as ahead) — a guard
    tpl = template(tmp_path, "Doanh thu bán lẻ 5 tháng năm 2023",
                   "Tổng mức bán lẻ hàng hóa 5 tháng đạt 2.500 nghìn tỷ đồng. Dự báo, đến năm 2025, quy mô sẽ tăng lên "
                   "thành 350 tỉ đô la.")
    assert not has(tpl, 350_000_000_000)


def test_forecasting_as_work_done_stays(tmp_path):
    # the forecast as work done («làm tốt công tác dự báo,»): what follows is what was done
    tpl = template(tmp_path, "Báo cáo công tác phòng chống thiên tai năm 2020",
                   "Nhờ làm tốt công tác dự báo, toàn tỉnh đã sơ tán 1.200 hộ dân ra khỏi vùng nguy hiểm, không để xảy "
                   "ra thiệt hại về người, tới nay đã sửa chữa 35 nhà.")
    assert has(tpl, 1200)
