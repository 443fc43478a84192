"""Issue 14, round 38: the period's own estimate said with ``dự kiến`` is a figure, not an aim
(``estimates.period_estimate``, composed with ``statements.aim`` in ``recognisers.RECOGNISERS``).  Quotes as
printed; each rule has a negative."""

from __future__ import annotations

from decimal import Decimal

from tests.template_rows import values
from tests.test_onboarding_round6 import template

VINH_PHUC = ("Cụ thể, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng dự kiến đạt 4.071 tỷ đồng, "
             "tăng 1,39% so với tháng trước và tăng 18,89% so với cùng kỳ năm trước.")
XE_BUYT = ("Còn theo báo cáo chung của Sở GTVT thì dự kiến sản lượng vận chuyển các tuyến buýt trợ giá đạt 395,7 triệu "
           "lượt khách, giảm 8% so với cùng kỳ.")
BA_THUOC = ("+ Diện tích lúa đạt 315ha tăng 13,6% so với cùng kỳ, đạt 136% KH năm: Lúa vụ Chiêm Xuân trồng đạt 135ha, "
            "năng suất đạt 53 tạ/ha, sản lượng đạt 715,5tấn; lúa vụ mùa đạt 180ha, theo báo cáo của cán bộ chuyên môn "
            "dự kiến năng suất lúa vụ mùa ước đạt 51tạ/ha năng suất lúa dự kiến giảm, sản lượng ước đạt 918 tấn.")
EVNNPC = ("Dự kiến trong quý IV/2016, tỷ lệ tổn thất điện năng sẽ giảm dần và phấn đấu đạt mục tiêu dưới 6,2% như kế "
          "hoạch đã được EVN giao.")
TRO_GIA = ("Mức tiền trợ giá cho xe buýt từ ngân sách của Hà Nội liên tục giảm trong những năm gần đây, cụ thể: Năm 2014 "
           "là 1078 tỉ đồng, năm 2015 là 973,6 tỉ đồng và dự kiến năm 2016 là khoảng 957 tỉ đồng.")


def test_a_monthly_release_s_expected_month_is_a_row_with_its_changes(tmp_path):
    # yl-vinh-phuc-cuc-thong-ke-ban-le-hang-hoa-dich-vu-2018-07: the hand's 4.071 tỷ đồng
    tpl = template(tmp_path, "Tổng mức bán lẻ hàng hóa tháng 7 năm 2018", VINH_PHUC)
    row = next(r for r in tpl.rows if r.value == Decimal("4071") * 10 ** 9)
    assert {Decimal("1.39"), Decimal("18.89")} <= {d.value for d in row.derived}
    assert not row.label.endswith(("dự", "kiến"))


def test_an_expected_count_compared_with_last_year_is_a_row(tmp_path):
    # zm-ha-noi-xe-buyt-van-tai-hanh-khach-2016-10t: the hand's 395,7 triệu lượt khách
    tpl = template(tmp_path, "Vận tải hành khách công cộng 10 tháng năm 2016", XE_BUYT)
    assert Decimal("395700000") in values(tpl)


def test_an_estimate_after_du_kien_is_a_row(tmp_path):
    # zj-thanh-hoa-ba-thuoc-xa-ky-tan-trong-trot-2018-9t: the hand's 51 tạ/ha and 918 tấn
    tpl = template(tmp_path, "Kết quả sản xuất trồng trọt 9 tháng năm 2018", BA_THUOC)
    assert {Decimal(51), Decimal(918)} <= set(values(tpl))


def test_an_aim_that_looks_ahead_stays_an_aim(tmp_path):
    # zu-toan-quoc-evnnpc-dien-thuong-pham-2016-9t: the year's target for the loss rate (``sẽ``, ``phấn đấu``)
    tpl = template(tmp_path, "Điện thương phẩm 9 tháng năm 2016", EVNNPC)
    assert Decimal("6.2") not in values(tpl)


def test_another_year_s_expectation_stays_out(tmp_path):
    # zm-ha-noi-xe-buyt: next year's subsidy, named by its year between ``dự kiến`` and the number
    tpl = template(tmp_path, "Vận tải hành khách công cộng 10 tháng năm 2016", TRO_GIA)
    assert Decimal("957") * 10 ** 9 not in values(tpl)


# ---------------------------------------------------------------- a bare number right after its name (counted.py)

SON_LA = ("Số thoát nghèo 16.067, chiếm 5,78%; Số hộ tái nghèo 1345, chiếm 0,48%; số hộ nghèo phát sinh 5.260, chiếm "
          "1,86%.")


def test_a_bare_number_after_its_name_counts_the_name_s_noun(tmp_path):
    # yj-son-la-bo-ldtbxh-ho-ngheo-ho-can-ngheo-2018: the hand's «Số hộ tái nghèo» 1345 hộ, «Số hộ nghèo phát sinh»
    # 5.260 hộ, each with its share
    tpl = template(tmp_path, "Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2018", SON_LA)
    rows = {r.value: r for r in tpl.rows if r.unit == "hộ"}
    assert set(rows) == {Decimal(1345), Decimal(5260)}
    assert Decimal("0.48") in [d.value for d in rows[Decimal(1345)].derived]


def test_a_name_that_opens_on_no_count_noun_gives_no_row(tmp_path):
    # the same line: ``Số thoát nghèo 16.067`` names no noun the number counts (the hand writes hộ; the text does not)
    tpl = template(tmp_path, "Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2018", SON_LA)
    assert Decimal(16067) not in [r.value for r in tpl.rows]
