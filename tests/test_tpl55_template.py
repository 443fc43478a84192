"""Issue 14, template round 55 (fresh set t43-): quotes as printed; each rule with its two real sources and
negatives."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template


def _values(tpl):
    return [r.value for r in tpl.rows]


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


def _prior(tmp_path, period, *paragraphs):
    path = tmp_path / "prior.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path, period)


# --- the period's own estimate after `dự kiến`, indexed on last year (estimates.py) -----------------------------------

# t43-stockproxx-duong-sat-tet-2024
TAU_HEAD = "Vận tải hành khách đường sắt tuyến Hà Nội - Hải Phòng dịp Tết Nguyên đán 2024"
TAU = ("Theo thông tin từ ông Trần Văn Hạnh, Giám đốc Chi nhánh Vận tải đường sắt Hải Phòng, đợt vận tải hành khách tết "
       "Nguyên đán 2024 tuyến Hà Nội - Hải Phòng (tính từ tháng 1 đến hết tháng 2), dự kiến hành khách lên tàu đạt "
       "225.000 hành khách, bằng 105% cùng kỳ. Doanh thu hành khách, hành lý thực tế lên tàu trên tuyến đạt 18,3 tỷ "
       "đồng, bằng 104% cùng kỳ.")
# yd-tay-ninh-cong-ty-thuy-loi-tuoi-vu-dong-xuan-2013-03 (its hand: 24.100 triệu đồng, «dự kiến khi kết thúc vụ»)
THUY_LOI = ("Hiện nay công ty đang tiến hành thu thuỷ lợi phí theo hợp đồng, dự kiến kết thúc vụ Đông xuân 2012-2013, "
            "giá trị thuỷ lợi phí được nghiệm thu, thanh lý là 24.100 triệu đồng, đạt 95,67% và bằng 132,52% so cùng "
            "kỳ, thu tiền nước của các nhà máy được 1.000 triệu đồng, đạt 25% kế hoạch thu cả năm.")
# zm-ha-noi-xe-buyt (round 38's negative): a later year's amount after `dự kiến`
TRO_GIA = ("Mức tiền trợ giá cho xe buýt từ ngân sách của Hà Nội liên tục giảm trong những năm gần đây, cụ thể: Năm 2014 "
           "là 1078 tỉ đồng, năm 2015 là 973,6 tỉ đồng và dự kiến năm 2016 là khoảng 957 tỉ đồng.")
# EVNNPC (round 38's negative): what the quarter ahead will reach
EVNNPC = ("Dự kiến trong quý IV/2016, tỷ lệ tổn thất điện năng sẽ giảm dần và phấn đấu đạt mục tiêu dưới 6,2% như kế "
          "hoạch đã được EVN giao.")


def test_an_expected_count_indexed_on_last_year_is_a_row(tmp_path):
    tpl = template(tmp_path, TAU_HEAD, TAU)
    row = _row(tpl, 225000)
    assert Decimal(105) in [d.value for d in row.derived]
    assert Decimal("18300000000") in _values(tpl)


def test_the_season_s_expected_amount_is_a_row_in_the_season_s_report(tmp_path):
    tpl = _prior(tmp_path, "2013-03", "Kết quả tưới và thu thủy lợi phí vụ Đông xuân 2012-2013", THUY_LOI)
    row = _row(tpl, "24100000000")
    assert {Decimal("95.67"), Decimal("132.52")} <= {d.value for d in row.derived}


def test_another_year_or_what_lies_ahead_stays_an_aim(tmp_path):
    # the same sentence in a report of the next season: 2012-2013 is no longer the report's own time
    later = _prior(tmp_path, "2014-03", "Kết quả tưới và thu thủy lợi phí vụ Đông xuân 2013-2014", THUY_LOI)
    assert Decimal("24100000000") not in _values(later)
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động xe buýt năm 2015", TRO_GIA)
    assert Decimal("957000000000") not in _values(tpl)
    tpl = template(tmp_path, "Báo cáo kết quả kinh doanh 9 tháng năm 2016", EVNNPC)
    assert Decimal("6.2") not in _values(tpl)
