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


# --- last year's value between `so với` and the same month of a past year (recognisers.base_named_after) ------------

# t43-vinanet-tom-my-2018-01
TOM_HEAD = "Xuất khẩu tôm tháng 1 năm 2018"
TOM = ("Theo thống kê từ Hải quan, tháng 1 năm nay, xuất khẩu tôm chân trắng sang Mỹ đạt trên 67,4 triệu USD, tăng "
       "337,6% so với 15,4 triệu USD tháng 1 năm ngoái.")
# t26-angimex-gaothai-t3-2015: the same construction with the month written `tháng 3/2014`
GAO_THAI = ("Về giá trị, xuất khẩu gạo tháng 3 đạt 384,9 triệu USD, tăng 4% so với 369,58 triệu USD trong tháng 2, nhưng "
            "giảm 4% so với 402,54 triệu USD trong tháng 3/2014.")
# zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09: a span of days before the month — no base
CA_PHE = ("Theo số liệu thống kê từ Tổng cục Hải quan, xuất khẩu cà phê 15 ngày đầu tháng 9/2018 đạt 59,3 nghìn tấn, trị "
          "giá 102,47 triệu USD, giảm 16,9% về lượng và giảm 21,3% về trị giá so với 15 ngày đầu tháng 8/2018.")


def test_last_year_s_value_before_the_month_of_last_year_is_the_row_s_base(tmp_path):
    tpl = template(tmp_path, TOM_HEAD, TOM)
    assert Decimal("15400000") not in _values(tpl)
    row = _row(tpl, "67400000")
    assert Decimal("15400000") in [d.value for d in row.derived]   # the value the text names, beside the rate


def test_the_month_of_a_past_year_written_with_a_slash_is_no_row(tmp_path):
    tpl = template(tmp_path, "Xuất khẩu gạo của Thái Lan tháng 3 năm 2015", GAO_THAI)
    assert Decimal("402540000") not in _values(tpl)


def test_a_span_of_days_or_last_month_stays_what_it_was(tmp_path):
    tpl = template(tmp_path, "Xuất khẩu cà phê 15 ngày đầu tháng 9 năm 2018", CA_PHE)
    assert Decimal("59300") in _values(tpl) and Decimal("102470000") in _values(tpl)
    assert Decimal(15) not in _values(tpl)


# --- an amount of money with a scale word stated again (moneyagain.py) ------------------------------------------------

# t43-thoibaotaichinh-ca-phe-9-2024: the headline glued to its body, no full stop between
CA_PHE_9 = ("Xuất khẩu cà phê nửa đầu tháng 9/2024 đạt hơn 87 triệu USD Theo VICOFA, trong nửa đầu tháng 9/2024, xuất "
            "khẩu cà phê của Việt Nam đạt 17.305 tấn, mang về hơn 87 triệu USD, giảm 18% về khối lượng nhưng tăng 55,1% "
            "về trị giá so với cùng kỳ năm trước.")
# p14-plo-gao-5t-2020
GAO_5T = ("Năm tháng, xuất khẩu gạo mang về hơn 1,4 tỉ USD Theo báo cáo của Bộ Công Thương, xuất khẩu gạo tăng mạnh sau "
          "khi Chính phủ cho xuất khẩu gạo bình thường trở lại từ ngày 1-5. Tính chung năm tháng đầu năm nay, kim ngạch "
          "xuất khẩu gạo đạt hơn 1,4 tỉ USD, tăng 17% về giá trị và tăng 4% về lượng so cùng kỳ năm trước.")
# yt-toan-quoc-trung-uong-hoi-chu-thap-do-cuu-tro-bao-lu-2025-10: the same sum for each province
CTD = ("Trung ương Hội Chữ thập đỏ Việt Nam quyết định tiếp tục phân bổ hơn 5,7 tỷ đồng cứu trợ khẩn cấp, bao gồm tiền "
       "mặt và hàng hóa thiết yếu, cụ thể: Tỉnh Bắc Ninh 800 triệu đồng và 120.000 gói bột lọc nước P&G; tỉnh Cao Bằng "
       "800 triệu đồng và 96.000 gói bột lọc nước P&G; tỉnh Tuyên Quang 600 triệu đồng và 72.000 gói bột lọc nước P&G; "
       "tỉnh Thái Nguyên 800 triệu đồng và 240.000 gói bột lọc nước P&G.")
# ya-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2023-03: the same amount as a change
PCCC = ("Theo thống kê của Cục Cảnh sát PCCC và CNCH, tháng 3-2023, toàn quốc xảy ra 102 vụ cháy làm chết 8 người; thiệt "
        "hại tài sản ước tính khoảng 5,74 tỷ đồng.",
        "So với tháng 2-2023, số vụ cháy giảm 52 vụ, giảm 33,77%; thiệt hại về tài sản sơ bộ giảm 5,74 tỷ đồng.")


def test_a_headline_s_amount_said_again_in_its_body_is_one_row(tmp_path):
    tpl = template(tmp_path, "Xuất khẩu cà phê nửa đầu tháng 9 năm 2024", CA_PHE_9)
    assert _values(tpl).count(Decimal("87000000")) == 1
    assert Decimal("55.1") in [d.value for d in _row(tpl, "87000000").derived]
    tpl = template(tmp_path, "Xuất khẩu gạo 5 tháng đầu năm 2020", GAO_5T)
    assert _values(tpl).count(Decimal("1400000000")) == 1


def test_the_same_sum_for_other_receivers_or_as_a_change_stays(tmp_path):
    tpl = template(tmp_path, "Cứu trợ khẩn cấp tháng 10 năm 2025", CTD)
    assert _values(tpl).count(Decimal("800000000")) == 3
    tpl = template(tmp_path, "Tình hình cháy nổ tháng 3 năm 2023", *PCCC)
    assert Decimal("5740000000") in _values(tpl)


# --- a rate of change said of `con số này` (thisfigure.py) -----------------------------------------------------------

# t43-tienphong-chu-thap-do-2020-2025
CTD_NHIEM_KY = ("Theo báo cáo, giai đoạn 2020-2025, các cấp Hội đã vận động và trợ giúp cho hơn 102 triệu lượt người, với "
                "tổng nguồn lực huy động trên 29.186 tỉ đồng. So với nhiệm kì trước, con số này tăng khoảng 45%, khẳng "
                "định vai trò nòng cốt của Hội trong các chương trình an sinh xã hội.")
# d10-vietbao-banle-5t-2023: `con số này` after a measure stated only as a rate — the other span's rate stays a row
BAN_LE = ("Theo báo cáo của Tổng cục thống kê, riêng trong tháng 5, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu "
          "dùng tăng 11,5% so với cùng kỳ năm trước. Tính chung 5 tháng đầu năm 2023, con số này tăng trưởng 12,6% so "
          "với cùng kỳ năm trước.")


def test_a_rate_said_of_this_figure_is_the_change_of_the_row_before(tmp_path):
    tpl = template(tmp_path, "Kết quả công tác Hội nhiệm kỳ 2020-2025", CTD_NHIEM_KY)
    assert Decimal(45) not in _values(tpl)
    row = _row(tpl, "29186000000000")
    assert any(d.value == Decimal(45) and "nhiệm kì trước" in d.how for d in row.derived)


def test_this_figure_after_a_rate_stays_its_own_row(tmp_path):
    tpl = template(tmp_path, "Tổng mức bán lẻ hàng hóa 5 tháng đầu năm 2023", BAN_LE)
    assert Decimal("12.6") in _values(tpl) and Decimal("11.5") in _values(tpl)
