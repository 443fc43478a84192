"""Issue 14, round 53 (the working batch xd-): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _rows(tpl):
    return [(r.value, r.label) for r in tpl.rows]


def _values(tpl):
    return [r.value for r in tpl.rows]


# --- a market's price said as a range (pricerange.py) ----------------------------------------------------------------

# xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11 (its hand: «… - thấp nhất» 54.000, «… - cao nhất» 62.000, …)
HOC_MON = ("Trong khi đó, giá heo hơi của các công ty đưa về cơ sở giết mổ tại TP HCM tăng nhẹ 1.000 đồng, dao động "
           "54.000 – 62.000 đồng/kg. Tuy nhiên, giá heo hơi từ các hộ chăn nuôi nhỏ lẻ vẫn giữ mức ổn định quanh "
           "50.000 – 60.000 đồng/kg.")
HOC_MON_VUNG = "Tại các vùng miền, giá heo hơi cũng nhích thêm 1.000 – 2.000 đồng, phổ biến từ 48.000 – 54.000 đồng/kg."
# c26-danviet-gia-lon-hoi-xuat-chuong-mien-bac
DANVIET = ("Sau 5 tháng tăng \"nóng\", hiện giá lợn hơi hôm nay đã hạ nhiệt, bình quân cả nước dao động từ 45.000 - "
           "52.000 đồng/kg. Tuy nhiên, giá lợn hơi vẫn lên xuống thất thường tại nhiều tỉnh thành.")
# c26-thitruongbiz-gia-lon-hoi-ngay-24-8
THITRUONG = ("Tại khu vực miền Nam, giá lợn hơi hôm nay tăng/giảm trái chiều với mức điều chỉnh từ 1.000 - 3.000 "
             "đồng/kg và dao động trong khoảng 62.000 - 70.000 đồng/kg.")
# c26-vietbao-gia-lua-sau-rieng-2022
VIETBAO = ("Do nguồn cung giảm và nhu cầu tiêu thụ cao, giá sầu riêng tại nhiều địa phương ở ÐBSCL tăng từ "
           "15.000-20.000 đồng/kg so với cách nay hơn một tháng.")
# zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017 (round 39: a range per month, its hand keeps none)
THUY_LOI = "Sinh viên tốt nghiệp sau một năm có thu nhập từ 5 triệu đến 8 triệu đồng/tháng."


def test_a_price_range_by_weight_is_its_lowest_and_its_highest(tmp_path):
    tpl = template(tmp_path, "Bản tin thị trường thịt heo ngày 24/11/2025", HOC_MON)
    prices = [(v, l) for v, l in _rows(tpl) if v >= 10000]
    assert [v for v, _ in prices] == [Decimal(54000), Decimal(62000), Decimal(50000), Decimal(60000)]
    assert [l.endswith(" - thấp nhất") for _, l in prices] == [True, False, True, False]
    assert [l.endswith(" - cao nhất") for _, l in prices] == [False, True, False, True]


def test_the_common_price_after_a_change_of_a_range_is_two_rows(tmp_path):
    tpl = template(tmp_path, "Bản tin thị trường thịt heo ngày 24/11/2025", HOC_MON_VUNG)
    assert [v for v in _values(tpl) if v >= 10000] == [Decimal(48000), Decimal(54000)]


def test_a_country_s_average_price_range_is_two_rows(tmp_path):
    tpl = template(tmp_path, "Giá lợn hơi hôm nay", DANVIET)
    assert [v for v in _values(tpl) if v >= 10000] == [Decimal(45000), Decimal(52000)]


def test_a_change_said_as_a_range_makes_no_two_rows(tmp_path):
    # the change `mức điều chỉnh từ 1.000 - 3.000 đồng/kg` is no price; the price after it is
    tpl = template(tmp_path, "Giá lợn hơi ngày 24/8", THITRUONG)
    values = _values(tpl)
    assert Decimal(1000) not in values and Decimal(62000) in values and Decimal(70000) in values
    tpl = template(tmp_path, "Giá lúa, sầu riêng năm 2022", VIETBAO)
    assert Decimal(15000) not in _values(tpl)


# p26-dnkx-hethu-tiengiang-none
TIEN_GIANG = ("Đặc biệt, giá lúa được thu mua cao hơn cùng vụ năm ngoái từ 300- 400 đồng/kg.")


def test_a_difference_said_as_a_range_makes_no_two_rows(tmp_path):
    tpl = template(tmp_path, "Giá lúa Hè thu Tiền Giang", TIEN_GIANG)
    assert Decimal(300) not in _values(tpl)


def test_a_range_per_month_stays_no_row(tmp_path):
    tpl = template(tmp_path, "Khảo sát việc làm sinh viên năm 2017", THUY_LOI)
    assert Decimal(5000000) not in _values(tpl) and Decimal(8000000) not in _values(tpl)


def test_one_price_by_weight_stays_one_row(tmp_path):
    tpl = template(tmp_path, "Bản tin thị trường thịt heo ngày 24/11/2025",
                   "Giá heo mảnh loại 2 vẫn giữ mức 58.000 đồng/kg so với cuối tuần trước.")
    assert [(v, l.endswith("nhất")) for v, l in _rows(tpl)] == [(Decimal(58000), False)]


# --- an amount written to its decimals after `mốc`/`ngưỡng` (marks.py) ----------------------------------------------

# xd-toan-quoc-viettel-construction-ket-qua-kinh-doanh-2023 (its hand: «Tổng doanh thu» 11.399,4 tỷ đồng)
VIETTEL = ("Trên cơ sở đó, doanh thu năm 2023 của Viettel Construction đã cán mốc 11.399,4 tỷ đồng, hoàn thành 110% kế "
           "hoạch năm, tăng trưởng 21,3% so với năm 2022.")
# p14-baonghean-caphe-tuanqua-2025-04
GIA_LAI = "Giá cà phê tại tỉnh Gia Lai không thay đổi và được giao dịch ở mốc 129,500 đồng/kg."
# t17-baogiaothong-xkld-2014 (round 24: the line crossed, the body states `106 nghìn người`)
XKLD = "Xuất khẩu lao động vượt ngưỡng 100 nghìn người. Năm 2014, cả nước đưa được 106 nghìn người đi làm việc."


def test_an_amount_to_its_decimals_after_can_moc_is_the_year_s_figure(tmp_path):
    tpl = template(tmp_path, "Kết quả kinh doanh năm 2023", VIETTEL)
    row = next(r for r in tpl.rows if r.unit.endswith("đồng"))
    assert row.value == Decimal("11399.4") * 10 ** 9 or row.value == Decimal("11399400000000")
    assert Decimal(110) not in _values(tpl)          # the share of the plan stays the row's derivation


def test_a_price_at_a_mark_is_a_row(tmp_path):
    tpl = template(tmp_path, "Giá cà phê tuần qua", GIA_LAI)
    assert len(tpl.rows) == 1 and tpl.rows[0].kind == "money"    # (the page writes `129,500`: read 129,5)


def test_a_round_line_crossed_stays_no_row(tmp_path):
    tpl = template(tmp_path, "Xuất khẩu lao động năm 2014", XKLD)
    assert Decimal(100000) not in _values(tpl) and Decimal(106000) in _values(tpl)
