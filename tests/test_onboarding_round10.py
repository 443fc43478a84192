"""Issue 14, round 10: the template's precision on 25 fresh sweep pages (``t3-*``, judged in
/work/sweep/sweeptpl2.md). Each test writes sentences as the sweep pages print them (the page's slug named in each
comment) as a prior report, and asserts what the template makes of them; each rule has the counter-case it must
leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.template_rows import values as _values
from tests.test_onboarding_round6 import template

HALF_2024 = "Báo cáo tình hình sản xuất công nghiệp 6 tháng đầu năm 2024"
YEAR_2015 = "Báo cáo tổng kết năm 2015"


def _derived(tpl):
    return [d.value for r in tpl.rows for d in r.derived]


# ------------------------------------------------------------------ 1. a growth rate naming its own subject (recognisers.py)

def test_a_rate_naming_its_own_subject_is_a_row_not_the_change_of_an_earlier_row(tmp_path):
    # t3-bct-congnghiep-2024-h1: after "đóng góp 2,14 điểm phần trăm …;" the next clause names another industry — its
    # rate is a figure, not a change of the points row; t3-iip-congnghiep-2025-h1: a paragraph after "PMI giảm dưới
    # mức 50 điểm", "chỉ số IIP tháng 6 tăng 4,13%" is the IIP's own rate
    tpl = template(tmp_path, HALF_2024,
                   "Trong đó, công nghiệp chế biến, chế tạo tăng 8,67%, đóng góp 2,14 điểm phần trăm vào mức tăng "
                   "tổng giá trị tăng thêm của toàn nền kinh tế; ngành sản xuất và phân phối điện tăng 13,26%, đóng "
                   "góp 0,5 điểm phần trăm.",
                   "Tính chung 6 tháng đầu năm 2024, chỉ số sản xuất toàn ngành công nghiệp tăng 7,7% so với cùng kỳ "
                   "năm 2023. Trong đó, ngành chế biến, chế tạo ước tăng 8,5%; ngành sản xuất và phân phối điện tăng "
                   "13%.")
    rates = {r.value: r.label for r in tpl.rows if r.unit == "%"}
    assert set(rates) == {Decimal("8.67"), Decimal("13.26"), Decimal("7.7"), Decimal("8.5"), Decimal(13)}
    assert rates[Decimal("13.26")] == "Tốc độ tăng ngành sản xuất và phân phối điện"
    assert not _derived(tpl)


def test_a_rate_in_the_rows_clause_or_naming_nothing_stays_its_change(tmp_path):
    # counter-cases (c-kongchro-ubnd-2023-9t; t3-brvt-dulich-2017-9t): the change in the row's own clause, or in a
    # clause naming no subject of its own, or restating the row ("Con số này"), is the row's change
    tpl = template(tmp_path, YEAR_2015,
                   "Tổng thu ngân sách 20,8 tỷ đồng, đạt 80,1% kế hoạch, tăng 7,92% so với cùng kỳ.",
                   "Doanh thu du lịch ước đạt 198 tỷ đồng. So với cùng kỳ năm trước, tăng 28,57%.",
                   "Đơn vị này đạt lợi nhuận 2.390 tỷ đồng. Con số này bằng 50,4% kế hoạch năm, tăng 15,5% so với "
                   "cùng kỳ 2016.")
    assert [r.unit for r in tpl.rows][:3] == ["tỷ đồng", "tỷ đồng", "tỷ đồng"]
    assert not [r for r in tpl.rows if r.label.startswith("Tốc độ")]
    assert {Decimal("7.92"), Decimal("28.57"), Decimal("15.5")} <= set(_derived(tpl))


def test_the_same_growth_rate_stated_again_is_that_row(tmp_path):
    # t3-bct-congnghiep-2024-h1: the page's caption restates the first rate, its subject shortened
    tpl = template(tmp_path, HALF_2024,
                   "Giá trị tăng thêm toàn ngành công nghiệp 6 tháng đầu năm 2024 ước tăng 7,54% so với cùng kỳ năm "
                   "2023. Trong đó, công nghiệp chế biến, chế tạo tăng 8,67%, đóng góp 2,14 điểm phần trăm.",
                   "Sản xuất công nghiệp 6 tháng đầu năm tăng 7,54%.")
    assert _values(tpl).count(Decimal("7.54")) == 1
    first = next(r for r in tpl.rows if r.value == Decimal("7.54"))
    assert first.label == "Tốc độ tăng giá trị tăng thêm toàn ngành công nghiệp"   # not "Tốc độ tăng ước"
    assert first.repeats


def test_last_years_rate_compared_with_is_the_rows_base(tmp_path):
    # t3-iip-congnghiep-2025-h1: "cao hơn mức tăng 8,0% của cùng kỳ năm trước" is last year's rate, not a figure
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế 6 tháng đầu năm 2025",
                   "Chỉ số sản xuất công nghiệp (IIP) toàn ngành vẫn giữ vững đà tăng trưởng trong khi PMI giảm dưới "
                   "mức 50 điểm.",
                   "Tính chung 6 tháng, chỉ số IIP tăng 9,23%, cao hơn mức tăng 8,0% của cùng kỳ năm trước.")
    iip = next(r for r in tpl.rows if r.value == Decimal("9.23"))
    assert Decimal("8.0") not in _values(tpl) and iip.base == Decimal("8.0")


def test_a_bracket_of_parts_that_change_is_no_base(tmp_path):
    # t3-quangnam-dulich-2015-05: "(khách quốc tế khoảng 210.000 lượt, tăng 7,45%; …)" after "so với cùng kỳ năm
    # trước" names this month's international visitors (a row, its own change), not last year's figure; the
    # counter-case r-ca-nuoc-pctt-2018's bare bracket of last year's values stays the base
    tpl = template(tmp_path, "Báo cáo tình hình du lịch tháng 5 năm 2015",
                   "Trong tháng 5.2015 tổng lượt khách tham quan và lưu trú trên địa bàn tỉnh ước đạt 349.000 lượt, "
                   "tăng 11,25% so với cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt, tăng 7,45%; khách trong "
                   "nước khoảng 139.000 lượt, tăng 17,53%).")
    assert _values(tpl) == [349000, 210000, 139000]
    assert [[d.value for d in r.derived] for r in tpl.rows] == [[Decimal("11.25")], [Decimal("7.45")],
                                                                [Decimal("17.53")]]


def test_a_rate_naming_an_earlier_rows_subject_is_that_rows_change(tmp_path):
    # c8-dongnai-pccc-h1: each rate names the count it changes; p9-gialai-tngt-2020-2t: the subject written after the
    # rate ("tăng 7,69% số vụ, 2,94% số người chết"); counter-case: "số vụ TNGT rất nghiêm trọng" names no row's whole
    # subject — a rate of its own
    tpl = template(tmp_path, "Báo cáo công tác phòng cháy chữa cháy 6 tháng đầu năm 2020",
                   "Trong 6 tháng đầu năm, toàn tỉnh xảy ra 29 vụ cháy, làm chết 10 người, bị thương 16 người, thiệt "
                   "hại tài sản ước tính trên 10 tỷ đồng. So với cùng kỳ năm ngoái, số vụ cháy tăng 11,15%, số người "
                   "chết tăng 100%, người bị thương tăng 160%, thiệt hại tài sản tăng 82,14%.",
                   "Toàn tỉnh đã xảy ra 56 vụ TNGT, làm chết 35 người và 59 người bị thương; so với cùng kỳ năm 2019 "
                   "tăng 7,69% số vụ, 2,94% số người chết và 31,11% số người bị thương. Trong đó, số vụ TNGT rất "
                   "nghiêm trọng tăng 200%.")
    got = {r.value: [d.value for d in r.derived] for r in tpl.rows}
    assert got[29] == [Decimal("11.15")] and got[10] == [100] and got[16] == [160]
    assert got[Decimal(10) ** 10] == [Decimal("82.14")]
    assert got[56] == [Decimal("7.69")] and got[35] == [Decimal("2.94")] and got[59] == [Decimal("31.11")]
    assert got[200] == []          # "Tốc độ tăng số vụ TNGT rất nghiêm trọng": its own row


# ------------------------------------------------------------------ 2. a stock's breakdown (recognisers.py)

def test_the_breakdown_of_a_stock_is_standing_too(tmp_path):
    # t3-brvt-dulich-2011: the lodgings by grade under "Trên toàn tỉnh có 160 cơ sở với 6.780 phòng"; t3-quangnam-
    # yte-2015: "Trong đó, có hơn 950 bác sĩ" after the sector's staff — the standing sheet's, not rows to fill
    tpl = template(tmp_path, "Thống kê hoạt động du lịch năm 2011",
                   "Tổng doanh thu: 2.090/2.060 tỷ đồng, tăng 1,15% so.",
                   "Trên toàn tỉnh có 160 cơ sở với 6.780 phòng",
                   "Trong đó: Cơ sở đã được xếp hạng: 75 cơ sở từ 1 đến 5 sao và hạng cao cấp, với 4.195 phòng. Cụ "
                   "thể:",
                   "• 01 Khách sạn 5 sao với 144 phòng",
                   "• 07 Khách sạn 4 sao với 856 phòng",
                   "Toàn tỉnh hiện có 289 cơ sở y tế với hơn 5.600 cán bộ khám, chữa bệnh. Trong đó, có hơn 950 bác "
                   "sĩ đại học trở lên và 90 dược sĩ đại học trở lên.")
    assert [r.unit for r in tpl.rows] == ["đồng"]
    assert {160, 6780, 75, 4195, 1, 144, 7, 856, 289, 5600, 950, 90} <= {s.value for s in tpl.standing}


def test_what_the_period_did_after_a_stock_stays_a_row(tmp_path):
    # counter-cases: "Trong đó, kết nạp mới …" (a verb of the period between), a bullet of results after a stock
    # (t3-locphat-thpt-2013: "+ Có 18 cán bộ … được công nhận chiến sĩ thi đua"), and "Đến nay toàn huyện có 16 hội
    # cơ sở với 5.237 hội viên" (n-xuyenmoc-ctd-2018: a total the year brought, its members a figure)
    tpl = template(tmp_path, "Báo cáo tổng kết năm 2018",
                   "Hội hiện có 5.000 hội viên. Trong đó, kết nạp mới 300 hội viên.",
                   "Theo nghị định, nhà trường tuyển sinh học sinh chủ yếu tại 4 phường, xã phía đông thành phố.",
                   "+ Có 18 cán bộ quản lý, giáo viên, nhân viên được công nhận chiến sĩ thi đua cơ sở, tỉ lệ 31,58%.",
                   "Đến nay toàn huyện có 16 hội cơ sở với 5.237 hội viên.")
    values = [r.value for r in tpl.rows]
    assert 300 in values and 18 in values and 5237 in values


# ------------------------------------------------------------------ 3. a congress's elections (recognisers.py)

def test_the_bodies_a_congress_elects_are_its_make_up_not_rows(tmp_path):
    # t3-phuocson-daihoi-2020, t3-twdoan-bch-2017, t3-badinh-ccb-2017: the Ban Chấp hành / Ban Thường vụ / Ủy ban Kiểm
    # tra elected and the delegates sent to the higher congress go to the standing sheet
    tpl = template(tmp_path, "Báo cáo kết quả Đại hội nhiệm kỳ 2020 - 2025",
                   "Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XXI gồm 38 đồng chí (khuyết 1 đồng chí). Tại hội "
                   "nghị lần thứ nhất, Ban Chấp hành khóa mới đã bầu 11 đồng chí vào Ban Thường vụ Huyện ủy. Đại hội "
                   "cũng bầu 8 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh.",
                   "Hội nghị cũng bầu 31 thành viên Ban Thường vụ, đồng thời bầu Ủy ban Kiểm tra gồm 19 đồng chí.")
    assert not tpl.rows
    assert {38, 1, 11, 8, 31, 19} <= {s.value for s in tpl.standing}


def test_attendance_and_a_total_reached_stay_rows(tmp_path):
    # counter-cases: t3-bacai-phunu-2021 (attendance elects nothing), tpl-hadong-hnd-daihoi-2025 (the membership the
    # merger brought, "lên tới", after the Ban Chấp hành's size in the same sentence)
    tpl = template(tmp_path, "Báo cáo kết quả Đại hội nhiệm kỳ 2021 - 2026",
                   "Tham dự có 115 đại biểu đại diện cho 5.540 hội viên phụ nữ trên địa bàn huyện.",
                   "Sau khi hợp nhất, Ban Chấp hành Hội gồm 47 đồng chí, trong đó có 21 đảng viên, với tổng số hội viên "
                   "lên tới 5.145 người.")
    assert [r.value for r in tpl.rows] == [115, 5145]   # round 25: the 5.540 they stand for are standing
    assert 47 in {s.value for s in tpl.standing}


# ------------------------------------------------------------------ 4. the working batch's kinds (holdout11 FINDINGS)
# (sentences written after the kinds the lead listed, not the private pages' words)

def test_a_multiple_in_brackets_after_a_row_is_its_derivation(tmp_path):
    tpl = template(tmp_path, "Báo cáo tổng kết năm 2017",
                   "Doanh thu đạt hơn 120 tỷ đồng (tăng gần 10%), nộp ngân sách gần 12,5 tỷ đồng (tăng gấp hơn 3 lần).")
    assert [r.unit for r in tpl.rows] == ["tỷ đồng", "tỷ đồng"]
    assert [d.value for d in tpl.rows[1].derived] == [3]


def test_a_count_stated_after_la_in_a_rates_name_is_the_row(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác thi hành án năm 2020",
                   "Số việc có điều kiện thi hành là 800 việc. Tỷ lệ thi hành xong về việc là 650 việc, đạt 81,25%.")
    assert [r.value for r in tpl.rows] == [800, 650]
    assert [d.value for d in tpl.rows[1].derived] == [Decimal("81.25")]


def test_a_term_just_past_makes_a_result_and_a_long_name_has_its_stock(tmp_path):
    # "Nhiệm kỳ qua, toàn huyện có … đăng ký": results of the term; "Hội Chữ thập đỏ huyện X có 30 chi hội …": the
    # organisation's make-up, its name read past a lower-case word
    tpl = template(tmp_path, "Báo cáo nhiệm kỳ 2015 - 2020",
                   "Nhiệm kỳ qua, toàn huyện có 1.200 hộ gia đình đăng ký xây dựng gia đình văn hóa.",
                   "Hiện nay, Hội Chữ thập đỏ huyện Mỹ Lộc có 30 chi hội, 12 câu lạc bộ với 4.500 hội viên (tăng 300 hội "
                   "viên so với đầu nhiệm kỳ).")
    assert [r.value for r in tpl.rows] == [1200, 4500]
    assert {30, 12} <= {s.value for s in tpl.standing}


def test_a_headline_total_of_two_body_rows_is_no_row(tmp_path):
    tpl = template(tmp_path, "Gần 400 người được hỗ trợ",
                   "Trong 6 tháng đầu năm 2017, Trung tâm đã hỗ trợ 215 đối tượng, ngoài ra còn hỗ trợ hơn 170 người "
                   "tại các buổi lưu động.")
    assert [r.value for r in tpl.rows] == [215, 170]


# ------------------------------------------------------------------ 5. scale words and per-units (rows.py, nouns.py)

def test_a_scale_word_left_in_the_noun_scales_the_value(tmp_path):
    # c-kongchro-ubnd-2023-9t ("4,6 nghìn tỷ đồng", read as 4,6 nghìn đồng), t3-hatinh-nongnghiep-2022 ("61,8 vạn
    # tấn", no unit), t3-brvt-dulich-2011 ("365/362 ngàn lượt": the scale written once, after both), tpl-hamtan-mttq-2019
    # ("5,565 tỷ/3,550 tỷ": money whose currency is left out)
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế - xã hội năm 2022",
                   "Tổng giá trị sản xuất ước đạt 4,6 nghìn tỷ đồng.",
                   "Tổng sản lượng lương thực đạt trên 61,8 vạn tấn.",
                   "Trong đó: 365/362 ngàn lượt khách quốc tế, tăng 1,1%",
                   "Ban vận động đã vận động được 5,565 tỷ/3,550 tỷ, đạt 160% chỉ tiêu.")
    got = [(r.value, r.unit) for r in tpl.rows]
    assert got == [(Decimal("4.6") * 10 ** 12, "nghìn tỷ đồng"), (618000, "tấn"), (365000, "lượt"),
                   (Decimal("5.565") * 10 ** 9, "tỷ đồng")]
    assert tpl.rows[1].label == "Tổng sản lượng lương thực"


def test_a_yield_keeps_its_per_unit(tmp_path):
    # t3-hatinh-nongnghiep-2022 ("55,99 tạ/ha"), c5-trungdong-hdnd-2020 ("557 kg/người"); counter-case
    # c-lamdong-lamluat-2022-10 ("374 m3 gỗ tròn/xẻ các loại": the slash is in the name, not a per-unit)
    tpl = template(tmp_path, "Báo cáo năm 2022",
                   "Năng suất lúa vụ xuân đạt 55,99 tạ/ha, tăng 2,63% (1,32 tạ/ha).",
                   "Bình quân lương thực đầu người đạt 557 kg/người/năm.",
                   "Tịch thu 374 m3 gỗ tròn/xẻ các loại.")
    assert [r.unit for r in tpl.rows] == ["tạ/ha", "kg/người", "m3"]
    assert [d.value for d in tpl.rows[0].derived] == [Decimal("2.63"), Decimal("1.32")]


# ------------------------------------------------------------------ 6. a named rate aimed at; an age in a label

def test_a_named_rate_the_sentence_aims_at_is_a_target(tmp_path):
    # t3-nghiaan-phunu-2021: "Nhiệm kỳ 2021-2026, hội phấn đấu …; tỷ lệ thu hút hội viên đạt 89% trở lên"; the
    # counter-case the term's own rate before it, an age kept in its label ("từ 18 tuổi", not "từ tuổi")
    tpl = template(tmp_path, "Báo cáo nhiệm kỳ 2016 - 2021",
                   "Tỷ lệ tập hợp phụ nữ từ 18 tuổi trở lên tham gia sinh hoạt hội đạt 85,1%.",
                   "Nhiệm kỳ 2021-2026, hội phấn đấu có 90% số hộ phụ nữ nghèo được giúp đỡ, mỗi năm có ít nhất 2 hộ "
                   "phụ nữ nghèo thoát nghèo; tỷ lệ thu hút hội viên đạt 89% trở lên…")
    assert [r.value for r in tpl.rows] == [Decimal("85.1")]
    assert "từ 18 tuổi trở lên" in tpl.rows[0].label


def test_a_count_after_a_level_word_is_a_threshold(tmp_path):
    # t3-iip-congnghiep-2025-h1 ("PMI giảm dưới mức 50 điểm"), t3-bct-congnghiep-2024-h1 ("tăng trưởng cao ở mức hai
    # con số"): thresholds, no rows; the count of the clause stays
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế 6 tháng đầu năm 2025",
                   "Đơn hàng xuất khẩu mới sụt giảm, thể hiện qua chỉ số PMI giảm dưới mức 50 điểm trong ba tháng liên "
                   "tiếp; có 25 địa phương tăng trưởng cao ở mức hai con số.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(25, "địa phương")]
