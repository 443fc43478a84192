"""Issue 14, round 22: required sizes, sizes of each thing, sale prices, dates written as numbers, like amounts listed
— 16 fresh sweep pages (``t15-*``, judged in evaluations/sweep/template-round22.md).  Sentences as the pages print them
(slug in each comment), written as a prior report; each rule has the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

YEAR_2019 = "Báo cáo kết quả công tác năm 2019"
YEAR_2018 = "Báo cáo tình hình du lịch 9 tháng năm 2018"
YEAR_2024 = "Báo cáo kết quả tổ chức lễ hội năm 2024"
YEAR_2022 = "Báo cáo kết quả vận động hiến máu tình nguyện năm 2022"
YEAR_2026 = "Báo cáo kết quả Hội chợ mùa Xuân năm 2026"
YEAR_2017 = "Báo cáo kết quả phục vụ dịp lễ năm 2017"


def values(tpl):
    return [r.value for r in tpl.rows]


def has(tpl, value):
    return any(r.value == Decimal(str(value)) for r in tpl.rows)


# ------------------------------------------------------------------ 1. a floor: từ N … trở lên (sizes.open_floor)

def test_a_floor_of_a_class_makes_no_row(tmp_path):
    # t15-tvpl-quymo-thon-53-bnv: the sizes a new village must have, no figure of anybody's period
    tpl = template(tmp_path, YEAR_2019,
                   "- Thôn ở xã thuộc các tỉnh trung du và miền núi phía Bắc có từ 150 hộ gia đình trở lên;",
                   "- Thôn ở xã thuộc các tỉnh miền Trung có từ 250 hộ gia đình trở lên;")
    assert not has(tpl, 150) and not has(tpl, 250)


def test_a_count_with_no_floor_stays_a_row(tmp_path):
    # counter-case: the same noun counted, no "từ … trở lên"
    tpl = template(tmp_path, YEAR_2019, "Năm 2019, Hội đã vận động hỗ trợ 250 hộ gia đình xây nhà.")
    assert has(tpl, 250)


# ------------------------------------------------------------------ 2. the size of each thing counted (sizes.size_of_each)

def test_the_tonnage_after_a_count_of_ferries_is_no_row(tmp_path):
    # t15-plo-catlai-giotto-2017
    tpl = template(tmp_path, YEAR_2017,
                   "Bến phà Cát Lái đã đưa toàn bộ bốn chiếc phà (hai chiếc 100 tấn và hai chiếc 60 tấn) vào hoạt "
                   "động liên tục để vận chuyển hơn 75.000 lượt khách đi và về trong những ngày lễ.")
    assert not has(tpl, 100) and not has(tpl, 60) and has(tpl, 75000)


def test_a_measure_with_its_own_subject_stays_a_row(tmp_path):
    # counter-case: a comma and the measure's own noun between the count and the measure
    tpl = template(tmp_path, YEAR_2019, "Toàn huyện thu hoạch 200 ha lúa, sản lượng đạt 1.200 tấn.")
    assert has(tpl, 200) and has(tpl, 1200)


# ------------------------------------------------------------------ 3. a sale's price and its article (sizes.sale_price, per_article)

def test_the_price_a_sale_was_made_at_makes_no_row(tmp_path):
    # t15-nld-hoicho-muaxuan-2026
    tpl = template(tmp_path, YEAR_2026,
                   "Tại gian hàng bánh chưng, mỗi ngày cơ sở bán ra khoảng 100 chiếc bánh chưng, với giá 70 ngàn đồng "
                   "một chiếc.",
                   "Cơ sở đã bán được khoảng 2 tấn giò bê. Với mức giá 300 ngàn đồng mỗi kg, doanh thu đạt khoảng 600 "
                   "triệu đồng.")
    assert has(tpl, 100) and has(tpl, 2) and any(r.label.startswith("Doanh thu") for r in tpl.rows)
    assert not has(tpl, 70) and not has(tpl, 70000) and not has(tpl, 1) and not has(tpl, 300) and not has(tpl, 300000)


def test_a_price_list_s_price_stays_a_row(tmp_path):
    # counter-case: a price said as the period's figure, no "với giá" (a market report)
    tpl = template(tmp_path, YEAR_2019, "Giá lúa tẻ thường bình quân tháng 12 là 6.500 đồng/kg, tăng 200 đồng/kg.")
    assert has(tpl, 6500)


# ------------------------------------------------------------------ 4. dates written as numbers (dates.py)

def test_a_month_and_year_joined_by_a_dot_is_a_date(tmp_path):
    # t15-hoianrt-hienmau-dot2-2022
    tpl = template(tmp_path, YEAR_2022, "Hội An vận động hiến 401 đơn vị máu trong đợt 2.2022.")
    assert values(tpl) == [401]


def test_three_digits_after_a_dot_stay_a_number(tmp_path):
    # counter-case: "2.022" groups thousands
    tpl = template(tmp_path, YEAR_2022, "Toàn huyện đã hỗ trợ 2.022 hộ nghèo trong năm.")
    assert has(tpl, 2022)


def test_a_day_listed_before_its_month_is_no_count(tmp_path):
    # t15-locbinh-hangdap-2024
    tpl = template(tmp_path, YEAR_2024,
                   "Trong ngày 8 và 9/3 (tức 28 và 29 tháng Giêng năm Giáp Thìn), Lộc Bình thu hút 22.000 lượt du "
                   "khách và Nhân dân đến dự Hội Háng Đắp.")
    assert values(tpl) == [22000]


def test_a_count_with_its_noun_before_a_month_stays(tmp_path):
    # counter-case: "28 xã" names what it counts
    tpl = template(tmp_path, YEAR_2024, "Có 28 xã và 29 thôn tham gia lễ hội.")
    assert has(tpl, 28) and has(tpl, 29)


# ------------------------------------------------------------------ 5. like amounts listed (statements.class_bound)

def test_a_second_amount_of_the_same_noun_is_no_class_bound(tmp_path):
    # t15-cand-dulich-9t-2018: "và đường biển đạt trên 190.000 lượt" was read as a bound of the 2 triệu lượt
    tpl = template(tmp_path, YEAR_2018,
                   "Trong đó, lượng khách đến bằng đường hàng không đạt trên 9,4 triệu lượt, khách đến bằng đường bộ "
                   "đạt trên 2 triệu lượt và đường biển đạt trên 190.000 lượt.")
    assert has(tpl, 190000) and has(tpl, 2000000)


def test_a_bound_of_another_noun_is_still_the_class_s(tmp_path):
    # counter-case (statements.class_bound's own): "20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD"
    tpl = template(tmp_path, YEAR_2018, "Trong 9 tháng có 20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD.")
    assert has(tpl, 20) and not has(tpl, 1)


# ------------------------------------------------------------------ 6. a figure said twice in other sections (twice.py)

def test_the_lede_s_figure_said_again_under_a_sub_heading_is_one_row(tmp_path):
    # t15-nld-hoicho-muaxuan-2026: the lede, then the body under "Bán cả tấn giò bê tại Hội chợ mùa Xuân"
    path = tmp_path / "prior.txt"
    path.write_text("Báo cáo kết quả Hội chợ mùa Xuân năm 2026\n\nI. KẾT QUẢ\n\n"
                    "Ước tính Hội chợ mùa Xuân thu hút khoảng 500.000 lượt người trong 10 ngày tổ chức.\n\n"
                    "II. GIAN HÀNG\n\n"
                    "Cục trưởng thông tin Hội chợ đã thu hút khoảng 500.000 lượt người trong 10 ngày tổ chức.\n",
                    encoding="utf-8")
    from service.onboarding.template import build_template

    tpl = build_template(path)
    assert [r.value for r in tpl.rows].count(Decimal(500000)) == 1


def test_like_values_with_other_words_stay_two_rows(tmp_path):
    # counter-case: the same value, other words after it (two rounds of blood donation of one size)
    from service.onboarding.model import Row
    from service.onboarding.twice import said_twice

    a = Row(value=Decimal(400), unit="đơn vị máu", kind="count", label="Số đơn vị máu", section="", path="",
            quote="phố đã hiến 400 đơn vị máu trong đợt 1", sentence=((0, 0), 0))
    b = Row(value=Decimal(400), unit="đơn vị máu", kind="count", label="Số đơn vị máu", section="", path="",
            quote="cũng đã vận động hiến 400 đơn vị máu tháng 5", sentence=((0, 1), 0))
    rows = [a, b]
    said_twice(rows)
    assert rows == [a, b]
    c = Row(value=Decimal(1.8), unit="tỷ đồng", kind="money", label="Số tiền", section="", path="",
            quote="Vận động hơn 1,8 tỷ đồng từ tổ chức phi", sentence=((2, 0), 0))
    a.value, a.unit, a.kind, a.repeats = c.value, c.unit, c.kind, [c.quote]    # the headline matched to the body's row
    rows = [a, c]
    said_twice(rows)
    assert rows == [a]


# ------------------------------------------------------------------ 7. "cả N": all of the things named (sizes.all_of)

def test_all_of_the_things_named_is_no_count(tmp_path):
    # t15-tienphong-khachqt-9t-2025
    tpl = template(tmp_path, YEAR_2018,
                   "Khách đường bộ đạt 2,1 triệu lượt, còn đường biển ghi nhận 190.600 lượt. Sự tăng trưởng đồng đều "
                   "trên cả ba tuyến đã tạo nền tảng vững chắc cho chuỗi dịch vụ du lịch.")
    assert not has(tpl, 3) and has(tpl, 190600)


def test_a_count_of_its_own_stays_a_row(tmp_path):
    # counter-case: no "cả" before it
    tpl = template(tmp_path, YEAR_2018, "Trong 9 tháng, ngành đã mở thêm ba tuyến du lịch đường thủy.")
    assert has(tpl, 3)


# ------------------------------------------------------------------ 8. a score named before its number (rows.score_named)

def test_an_average_score_named_before_its_number_is_a_row_in_points(tmp_path):
    # t15-giangbien-thivao10-2016
    tpl = template(tmp_path, "Báo cáo kết quả thi vào lớp 10 năm 2016",
                   "- Điểm TB môn Toán là 7,02 . Trong đó ĐTB của quận là 6,65 ; cao hơn trung bình của Quận là 0,37 "
                   "điểm, xếp thứ 5 trong quận")
    assert [(r.value, r.unit) for r in tpl.rows if r.value == Decimal("7.02")] == [(Decimal("7.02"), "điểm")]


def test_a_decimal_the_typing_broke_makes_no_row(tmp_path):
    # t15-giangbien-thivao10-2016: "là 7, 08" — not 7 điểm
    tpl = template(tmp_path, "Báo cáo kết quả thi vào lớp 10 năm 2016", "- Điểm TB môn văn là 7, 08. Hết.")
    assert not has(tpl, 7)
