"""Issue 14, round 31: a change said before the level it reached, its percentage between them
(``reached.change_then_level``): ``tăng 33,25 điểm (12,87%) đạt 291,63 điểm``, ``tăng 257 triệu USD, tương ứng 16%,
đạt 1,87 tỉ USD`` — the level is the row, the change and its percentage its derivations, and the row is named by the
change's subject.  Quotes as printed (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import derived, has, row


def floats(tpl, value):
    return sorted(float(d) for d in derived(tpl, value))

AUG_2021 = "Báo cáo thị trường cổ phiếu niêm yết tháng 8 năm 2021"
SEP_2021 = "Báo cáo thị trường cổ phiếu niêm yết tháng 9 năm 2021"
MAY_2020 = "Báo cáo xuất khẩu tháng 5 năm 2020"
AUG_2019 = "Báo cáo giá heo hơi tháng 8 năm 2019"


def test_points_then_bracketed_rate_then_level(tmp_path):
    # t24-vneconomy-hnx-2021-08: 84,43, 11,93, 33,25, 12,87 had been rows; 28,96 and 12,19 hung on 291,63
    tpl = template(tmp_path, AUG_2021,
                   "Tất cả các chỉ số ngành đều tăng điểm, trong đó ngành tài chính có mức tăng mạnh nhất 84,43 điểm, "
                   "tương ứng 11,93%, đạt 792,2 điểm; chỉ số ngành Công nghiệp tăng 33,25 điểm (12,87%) đạt 291,63 "
                   "điểm, và ngành Xây dựng tăng 28,96 điểm (12,19%) đạt 266,57 điểm.")
    for change in (84.43, 11.93, 33.25, 12.87, 28.96, 12.19):
        assert not has(tpl, change)
    assert floats(tpl, 792.2) == [11.93, 84.43]
    assert floats(tpl, 291.63) == [12.87, 33.25]
    assert floats(tpl, 266.57) == [12.19, 28.96]
    assert "Công nghiệp" in row(tpl, 291.63).label and "Xây dựng" in row(tpl, 266.57).label


def test_a_fall_with_a_signed_rate_then_con(tmp_path):
    # t24-tbtco-hnx-2021-q3: "giảm 11,46 điểm (-1,45%) còn 780,74 điểm", and "tăng 12,08 điểm (2,99%) đạt 415,83"
    tpl = template(tmp_path, SEP_2021,
                   "Tháng 9, chỉ số ngành công nghiệp tăng 17,44 điểm (5,98%) đạt 309,07 điểm và ngành giảm điểm là "
                   "tài chính giảm 11,46 điểm (-1,45%) còn 780,74 điểm.",
                   "Về chỉ số quy mô, chỉ số LargeCap dành cho các doanh nghiệp có quy mô lớn tăng 12,08 điểm (2,99%) "
                   "đạt 415,83 điểm tại thời điểm cuối tháng 9/2021.")
    for change in (17.44, 5.98, 11.46, 1.45, 12.08, 2.99):
        assert not has(tpl, change)
    assert floats(tpl, 780.74) == [1.45, 11.46]
    assert floats(tpl, 415.83) == [2.99, 12.08]
    assert float(row(tpl, 780.74).base) == 792.2   # the level before the fall


def test_money_change_then_tuong_ung_rate_then_level(tmp_path):
    # p11-thanhnien-xk-2020-05: "tăng 360 triệu USD, tương đương gần 12%, đạt 3,40 tỉ USD" had made 360 triệu and
    # 12 % rows; "tăng 257 triệu USD, tương ứng 16%" too
    tpl = template(tmp_path, MAY_2020,
                   "Trong đó, có những nhóm hàng tăng cao: điện thoại các loại và linh kiện tăng 428 triệu USD, "
                   "tương đương tăng 17,1%, đạt 2,93 tỉ USD; máy vi tính sản phẩm điện tử và linh kiện tăng 360 triệu "
                   "USD, tương đương gần 12%, đạt 3,40 tỉ USD; hàng dệt may tăng 257 triệu USD, tương ứng 16%, đạt "
                   "1,87 tỉ USD…")
    for change in (428000000, 360000000, 257000000, 17.1, 12, 16):
        assert not has(tpl, change)
    assert floats(tpl, 3400000000) == [12, 360000000]
    assert floats(tpl, 1870000000) == [16, 257000000]
    assert "máy vi tính" in row(tpl, 3400000000).label


def test_a_price_change_then_len(tmp_path):
    # c9-vn-heohoi-2019-08: "An Giang tăng 1.000 đồng lên 31.000 đồng/kg" had made a row "1000 đồng"
    tpl = template(tmp_path, AUG_2019, "An Giang tăng 1.000 đồng lên 31.000 đồng/kg.")
    assert not has(tpl, 1000) and has(tpl, 31000)
    assert floats(tpl, 31000) == [1000]


def test_counter_a_change_after_its_amount_stays_the_amount_s(tmp_path):
    # counter-case: the change follows the amount (t24-vietbao-ximang-11t-2018's shape) — no level after it
    tpl = template(tmp_path, AUG_2021,
                   "Giá trị giao dịch đạt hơn 3.870 tỷ đồng/phiên, tăng 40,4% so với tháng trước. Giá trị vốn hóa thị "
                   "trường tại thời điểm cuối tháng 8 đạt hơn 394 nghìn tỷ đồng, giảm 5% so với cuối tháng trước.")
    assert 40.4 in floats(tpl, 3870000000000) and 5 in floats(tpl, 394000000000000)


def test_counter_a_level_of_another_unit_is_no_level_reached(tmp_path):
    # counter-case: "tăng 2.014 vụ … đạt 97,8%" — a rate is no level of a count of cases
    tpl = template(tmp_path, "Báo cáo công tác xét xử năm 2020",
                   "Các Tòa án đã thụ lý 89.726 vụ, đã giải quyết 87.770 vụ, thụ lý tăng 2.014 vụ, đạt tỷ lệ 97,8%.")
    assert not any(2014 in [float(d.value) for d in r.derived] and r.unit == "%" for r in tpl.rows)


def test_the_level_is_named_by_its_own_clause_s_subject(tmp_path):
    # p11-thanhnien-xk-2020-05's shape: the change's label had taken the clause before's subject ("Số tiền Máy móc",
    # "Số tiền thoại các loại và linh kiện"), or the words between ("Số tiền tương đương, đạt hàng dệt may")
    tpl = template(tmp_path, MAY_2020,
                   "Máy móc giảm 57 triệu USD, đạt 1,2 tỉ USD; hàng dệt may tăng 257 triệu USD, tương ứng 16%, đạt "
                   "1,87 tỉ USD.")
    assert "dệt may" in row(tpl, 1870000000).label and "Máy móc" not in row(tpl, 1870000000).label
    assert "Máy móc" in row(tpl, 1200000000).label
