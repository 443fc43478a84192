"""Issue 14, round 12: the template's precision on 25 fresh sweep pages (``t5-*``, judged in
evaluations/sweep/template-round12.md). Each test writes sentences as the pages print them (the page's slug named in
each comment) as a prior report, and asserts what the template makes of them; each rule has the counter-case it must
leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

HALF_2014 = "Báo cáo sơ kết công tác thông tin và truyền thông 6 tháng đầu năm 2014"


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# ------------------------------------------------------------------ 1. a scaled number with no noun: "số <noun>" counts

def test_a_scaled_number_with_no_noun_counts_what_the_sentences_so_names(tmp_path):
    # t5-nld-thuebao-2014-h1: subscribers in millions with no noun after the number were rows of đồng ("Số tiền")
    tpl = template(tmp_path, HALF_2014,
                   "Tổng số thuê bao di động phát sinh lưu lượng hiện nay là 121,12 triệu, trong đó 20% là thuê bao 3G.",
                   "Số thuê bao điện thoại cả nước (di động và cố định) tính đến cuối tháng 6-2014 ước tính đạt 128,12 "
                   "triệu, trong đó điện thoại cố định chiếm khoảng 5,5% (khoảng 7 triệu thuê bao).",
                   "Số thuê bao Internet băng rộng (xDSL) có dây tính đến hết tháng 6-2014 ước đạt 5,5 triệu (tăng "
                   "khoảng 300.000 thuê bao so với năm 2013).")
    for value in (121_120_000, 128_120_000, 5_500_000):
        row = _row(tpl, value)
        assert row.kind == "count" and row.unit == "thuê bao", row
    assert _row(tpl, 5_500_000).base == 5_200_000


def test_members_after_tong_so_hoi_vien_stay_members(tmp_path):
    # t5-quangnam-hnd-2014-h1: "nâng tổng số hội viên toàn tỉnh lên hơn 230 nghìn" — the same reading, another page
    tpl = template(tmp_path, "Báo cáo sơ kết công tác Hội nông dân 6 tháng đầu năm 2014",
                   "Trong 6 tháng đầu năm, các cấp hội đã kết nạp hơn 3 nghìn hội viên, nâng tổng số hội viên toàn "
                   "tỉnh lên hơn 230 nghìn, đạt 97% so với tổng số hộ nông dân toàn tỉnh.")
    assert _row(tpl, 230_000).unit == "hội viên"


def test_a_scaled_number_after_so_tien_or_a_money_word_stays_money(tmp_path):
    # counter-cases: "số tiền" names money (c3-thoibinh-ccb-2019's "quỹ … được trên 69 triệu"), and a money word
    # between the count noun and the number makes it money again
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2019",
                   "Hội Cựu chiến binh huyện đã phát động đóng góp “quỹ Đồng đội” được gần 190 triệu đồng, “ Quỹ đền ơn "
                   "đáp nghĩa” được trên 69 triệu.",
                   "Tổng số tiền hỗ trợ hội viên đạt 450 triệu.",
                   "Số hội viên tham gia góp quỹ với tổng số tiền vận động được 320 triệu.")
    for value in (69_000_000, 450_000_000, 320_000_000):
        assert _row(tpl, value).kind == "money"


# ------------------------------------------------------------------ 2. a lede the body says again; changes by their noun

GIALAI_LEDE = ("So với cùng kỳ năm 2020, tai nạn giao thông giảm 580 vụ (8,38%), giảm 90 người chết (2,74%) và giảm "
               "570 người bị thương (11,29%).")


def test_a_lede_the_body_repeats_is_read_where_the_body_says_it(tmp_path):
    # t5-gialai-tngt-2021-h1: the page opens with the changes, states the totals, then the changes again — the lede's
    # changes were rows of their own and every later change hung on "90 người"
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông 6 tháng đầu năm 2021",
                   GIALAI_LEDE,
                   "Cục Cảnh sát giao thông cho biết 6 tháng đầu năm (tính từ ngày 15/12/2020 đến ngày 14/6/2021), toàn "
                   "quốc xảy ra 6.340 vụ tai nạn giao thông, làm chết 3.192 người, bị thương 4.475 người.",
                   GIALAI_LEDE)
    assert sorted(r.value for r in tpl.rows) == [Decimal(3192), Decimal(4475), Decimal(6340)]
    assert _row(tpl, 6340).base == 6920
    assert _row(tpl, 3192).base == 3282          # giảm 90 người chết
    assert _row(tpl, 4475).base == 5045          # giảm 570 người bị thương


def test_a_change_goes_to_the_row_its_noun_names_not_the_nearest_of_its_unit(tmp_path):
    # t5-gialai-tngt-2021-h1 (road, rail and waterway paragraphs) and p10-brvt-congan-2023 ("làm 207 người chết và 335
    # người bị thương (so với năm 2022, giảm 70 vụ, giảm 44 người chết và giảm 41 người bị thương)")
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông 6 tháng đầu năm 2021",
                   "Trên lĩnh vực đường sắt, cả nước xảy ra 38 vụ, làm chết 30 người, bị thương 9 người. So với cùng kỳ "
                   "năm 2020, giảm 10 vụ 20,83%), giảm 07 người chết (18,91%), giảm 3 người bị thương (25%).",
                   "Toàn tỉnh xảy ra 426 vụ TNGT đường bộ, làm 207 người chết và 335 người bị thương (so với năm 2022, "
                   "giảm 70 vụ, giảm 44 người chết và giảm 41 người bị thương), không xảy ra TNGT đường thủy.")
    assert _row(tpl, 30).base == 37 and _row(tpl, 9).base == 12
    assert _row(tpl, 207).base == 251 and _row(tpl, 335).base == 376


def test_a_change_names_its_row_by_its_noun_and_a_bare_change_takes_the_nearest(tmp_path):
    # c-dailoc-toaan-2023: "tăng 127 vụ việc" names the row of vụ việc thụ lý, not the nearest "3 vụ"; counter-case:
    # "tăng 4 đối tượng" names nothing more than its unit and changes the nearest row of đối tượng
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Tòa án năm 2023",
                   "Trong năm 2023, Tòa án nhân dân huyện thụ lý 698 vụ việc các loại, chuyển án cho tòa án khác thụ "
                   "lý theo thẩm quyền 3 vụ. Số vụ việc TAND huyện thụ lý trong năm 2023 tăng 127 vụ việc so với cùng "
                   "kỳ năm 2022.",
                   "Trong năm, Công an huyện bắt 12 đối tượng, tăng 4 đối tượng so với cùng kỳ.")
    assert _row(tpl, 698).base == 571 and _row(tpl, 3).base is None
    assert _row(tpl, 12).base == 8


# ------------------------------------------------------------------ 3. a row said again in brackets; a target named inside them

def test_a_count_said_again_per_head_in_brackets_is_the_rows_and_its_change_follows(tmp_path):
    # t5-btttt-vienthong-2023-h1: "22,26 thuê bao/100 dân" was a row "Số dân tương ứng với tỷ lệ" holding the
    # change and the plan share the subscribers' row lost ("88,6%" became a row of its own)
    tpl = template(tmp_path, "Báo cáo sơ kết công tác thông tin và truyền thông 6 tháng đầu năm 2023",
                   "Số thuê bao băng rộng cố định đạt 22,14 triệu thuê bao (tương ứng với tỷ lệ 22,26 thuê bao/100 "
                   "dân), tăng 8% so với cùng kỳ năm ngoái và đạt 88,6% kế hoạch năm 2023. Số thuê bao băng rộng di "
                   "động đạt 86,2 triệu thuê bao (tương ứng với tỷ lệ 86,67 thuê bao/100 dân), tăng 5,67% so với cùng "
                   "kỳ năm 2022 và đạt 95,2% kế hoạch năm 2023.")
    assert sorted(r.value for r in tpl.rows) == [Decimal(22_140_000), Decimal(86_200_000)]
    row = _row(tpl, 22_140_000)
    assert row.base == 20_500_000 and row.plan is not None
    assert Decimal("22.26") in [d.value for d in row.derived]


def test_an_amount_said_again_in_another_currency_is_the_rows(tmp_path):
    # t5-kienthuc-dulich-2022-h1: "(khoảng 2,15 tỷ USD)" took the change and the plan share of the 49.681 tỷ đồng
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động du lịch 6 tháng đầu năm 2022",
                   "Tổng doanh thu du lịch ước đạt 49.681 tỷ đồng (khoảng 2,15 tỷ USD), tăng 30% so với cùng kỳ và đạt "
                   "73,5% so với kế hoạch năm 2022 đề ra.")
    assert [r.value for r in tpl.rows] == [Decimal(49_681) * 10 ** 9]
    assert tpl.rows[0].plan is not None and tpl.rows[0].base is not None


def test_an_amount_in_brackets_in_the_rows_own_currency_or_per_something_else_is_left_alone(tmp_path):
    # counter-cases: c10-luongson-ktxh-2016-2020 "GRDP bình quân đầu người gấp 1,3 lần của tỉnh(83,5/64 triệu
    # đồng)" is no restatement per head of population; an amount in đồng in brackets after đồng may be a part
    tpl = template(tmp_path, "Báo cáo kết quả thực hiện nhiệm vụ năm 2023",
                   "Tổng thu ngân sách đạt 120 tỷ đồng (trong đó thu tiền sử dụng đất 45 tỷ đồng), tăng 10% so với cùng "
                   "kỳ.")
    assert Decimal(45) * 10 ** 9 in [r.value for r in tpl.rows]


def test_a_target_rate_named_inside_its_bracket_is_the_rows(tmp_path):
    # t5-btttt-vienthong-2023-h1 and c4-bariavungtau-trongtrot-2023: the plan's rate named inside the bracket
    tpl = template(tmp_path, "Báo cáo sơ kết công tác 6 tháng đầu năm 2023",
                   "Tỷ lệ người sử dụng Internet đạt 78,59%, đã vượt mục tiêu kế hoạch năm 2023 (kế hoạch năm 2023 là "
                   "76%).",
                   "Theo báo cáo, năm 2023 tốc độ tăng trưởng lĩnh vực trồng trọt ước đạt 3,89% (chỉ tiêu kế hoạch là "
                   "3,88%); tổng diện tích gieo trồng 110.996,3ha.")
    values = [r.value for r in tpl.rows]
    assert Decimal(76) not in values and Decimal("3.88") not in values
    assert Decimal("78.59") in values and Decimal("3.89") in values


# ------------------------------------------------------------------ 4. aims listed, last year's rate, every year's range

def test_every_aim_listed_after_muc_tieu_la_is_a_target(tmp_path):
    # t5-hanoi-dulich-2024-h1: only the first aim (before the first semicolon) was caught
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động du lịch 6 tháng đầu năm 2024",
                   "Mục tiêu của ngành du lịch trong năm 2024 là đón 17 - 18 triệu lượt khách quốc tế; phục vụ 110 "
                   "triệu lượt khách nội địa; tổng thu từ khách du lịch đạt khoảng 840.000 tỷ đồng.",
                   "Trong 6 tháng đầu năm 2024, tổng thu từ khách du lịch ước đạt 55.385 tỷ đồng, tăng 22,8% so với cùng "
                   "kỳ năm ngoái.")
    assert [r.value for r in tpl.rows] == [Decimal(55_385) * 10 ** 9]


def test_what_the_list_after_the_aim_reports_done_is_a_result(tmp_path):
    # counter-case: "kết quả"/"đã" after the aim make the numbers after them results
    tpl = template(tmp_path, "Báo cáo kết quả công tác Hội năm 2023",
                   "Mục tiêu năm 2023 là kết nạp 500 hội viên; kết quả đã kết nạp 612 hội viên mới.")
    assert Decimal(612) in [r.value for r in tpl.rows] and Decimal(500) not in [r.value for r in tpl.rows]


def test_last_years_change_in_brackets_after_this_years_is_no_row(tmp_path):
    # t5-hanoi-dulich-2024-h1 "tăng 36,9% (cùng kỳ tăng 46,5%)"; p11-bct-iip-2022-11 "IIP ước tăng 8,6% so với cùng
    # kỳ năm trước (cùng kỳ năm 2021 tăng 4,2%)" — was a row "Tốc độ tăng" 4,2% and a second change of the visitors
    tpl = template(tmp_path, "Báo cáo tình hình sản xuất công nghiệp 11 tháng năm 2022",
                   "Tổng khách du lịch đến Hà Nội ước đạt 3,042 triệu lượt, tăng 36,9% (cùng kỳ tăng 46,5%).",
                   "Tính chung 11 tháng năm 2022, IIP ước tăng 8,6% so với cùng kỳ năm trước (cùng kỳ năm 2021 tăng "
                   "4,2%). Trong đó, ngành chế biến, chế tạo tăng 8,9% (cùng kỳ năm 2021 tăng 5,4%).")
    values = [r.value for r in tpl.rows]
    assert Decimal("4.2") not in values and Decimal("5.4") not in values
    assert Decimal("8.6") in values and Decimal("8.9") in values
    assert _row(tpl, 3_042_000).base == 2_222_060     # from 36,9 % only


def test_a_range_or_a_floor_said_of_every_year_is_no_row(tmp_path):
    # t5-tayninh-hnd-quyhotro, t5-khanhhoa-ccb-2016
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2016",
                   "Hàng năm, Hội vận động quỹ đạt từ 130-150% chỉ tiêu tỉnh giao. Đến nay, quỹ đã hỗ trợ nông dân các "
                   "cấp Hội ở thành phố được hơn 4 tỷ đồng.",
                   "Hàng năm, qua bình xét có từ 97% đến 98% cơ sở hội CCB đạt trong sạch vững mạnh, 95% trở lên hội "
                   "viên CCB gương mẫu.")
    assert [r.value for r in tpl.rows] == [Decimal(4) * 10 ** 9]


def test_a_single_figure_of_a_yearly_sentence_is_left_alone(tmp_path):
    # counter-case: one number (no range, no floor) in a "Hằng năm" sentence may be this year's
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2016",
                   "Hằng năm, Hội tổ chức 12 lớp tập huấn kỹ thuật cho hội viên.")
    assert [r.value for r in tpl.rows] == [Decimal(12)]


# ------------------------------------------------------------------ 5. a stock said now: standing, and says so

def test_a_stock_said_now_stays_standing_with_a_note_saying_how_to_keep_it_as_a_row(tmp_path):
    # t5-khanhhoa-ccb-2016 "Hiện nay, Hội CCB tỉnh có hơn 16.000 hội viên": the template's choice (standing) is
    # visible on the standing sheet, for the agencies that track the stock as the period's figure
    from service.onboarding.sheet import standing_rows

    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2016",
                   "Hiện nay, Hội CCB tỉnh có hơn 16.000 hội viên. Từ đầu năm đến nay, Tỉnh hội đã xây dựng được 12 căn "
                   "nhà “Nghĩa tình đồng đội” cho hội viên đặc biệt khó khăn về nhà ở.")
    assert [r.value for r in tpl.rows] == [Decimal(12)]
    (row,) = standing_rows(tpl)
    assert str(row[3]) == "16000" and "chuyển dòng này sang bảng chỉ tiêu" in row[4]


def test_a_standing_fact_of_the_areas_make_up_carries_no_such_note(tmp_path):
    # counter-case: the area's make-up is standing in every edition — no note
    from service.onboarding.sheet import standing_rows

    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2016",
                   "Huyện có 16 xã, thị trấn. Trong năm, Hội đã kết nạp 120 hội viên mới.")
    assert all("chuyển dòng" not in r[4] for r in standing_rows(tpl))


# ------------------------------------------------------------------ 6. a change pair "tăng N vụ với M bị cáo"; its verb

def test_a_change_of_cases_with_defendants_changes_both_rows_its_verb_names(tmp_path):
    # t5-toaan-2016-2020 (with its "sơ với" slip for "so với") and p11-tatc-toaan-2022 (a sentence of its own): the
    # defendants after "với" were rows "Số bị cáo …", and both changes hung on the nearest rows (giải quyết)
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2020 của các Tòa án",
                   "Trong đó, năm 2020, các Tòa án đã thụ lý 89.726 vụ với 162.295 bị cáo; đã giải quyết, xét xử được "
                   "87.770 vụ với 153.365 bị cáo, đạt tỷ lệ 97,8% về số vụ và 94,5% về số bị cáo (sơ với năm 2019, thụ "
                   "lý tăng 2.014 vụ với 15.842 bị cáo, giải quyết tăng 10.314 vụ với 26.853 bị cáo).")
    assert sorted(r.value for r in tpl.rows) == sorted(Decimal(v) for v in (89726, 162295, 87770, 153365))
    assert _row(tpl, 89726).base == 87712 and _row(tpl, 162295).base == 146453
    assert _row(tpl, 87770).base == 77456 and _row(tpl, 153365).base == 126512


def test_a_change_named_by_words_of_another_paragraphs_row_stays_with_its_own(tmp_path):
    # counter-case (p11-haiquan-xk-2024-5t): "tăng thêm 1,7 tỷ USD" of Bắc Giang, whose sentence says "kim ngạch" like
    # the Hải Phòng row of the paragraph before, stays Bắc Giang's
    tpl = template(tmp_path, "Báo cáo tình hình xuất khẩu 5 tháng năm 2024",
                   "Vị trí thứ 5 là Hải Phòng với kim ngạch xuất khẩu 12,15 tỷ USD, tăng 2,75 tỷ USD so với cùng kỳ.",
                   "Trong khi đó, xuất khẩu Bắc Giang đạt 10,58 tỷ USD, đứng thứ 6 cả nước. So với cùng kỳ 2023, xuất "
                   "khẩu của địa phương này tăng 19,14% (tương đương kim ngạch tăng thêm 1,7 tỷ USD).")
    assert _row(tpl, Decimal("10.58") * 10 ** 9).base is not None
    assert _row(tpl, Decimal("12.15") * 10 ** 9).base == Decimal("9.40") * 10 ** 9


# ------------------------------------------------------------------ 7. multiples; an amount of a clause of its own

def test_a_rise_written_as_a_multiple_gives_last_periods_value_by_division(tmp_path):
    # t5-kienthuc-dulich-2022-h1 "tăng gần 3 lần so với cùng kỳ năm trước" (read as 3 lượt more), t5-cafef-dulich-2023-h1
    # "tăng 7 lần", c-hcm-laodong-2011 "tăng 1,6 lần so năm 2010"; t5-nghean-ktxh-2021 "gấp 3,16 lần về tổng mức đầu
    # tư so với cùng kỳ" (a row "Số lần về gấp")
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động du lịch 6 tháng đầu năm 2022",
                   "Tiếp đến là TP. Hà Nội tổng lượng khách du lịch đến ước đạt 8,61 triệu lượt khách, tăng gần 3 lần so "
                   "với cùng kỳ năm trước.",
                   "Tính đến 15/6, đã cấp mới cho 115 dự án, tổng số vốn đầu tư cấp mới và tăng thêm là hơn 39.300 tỷ "
                   "đồng, tăng 41,97% về số lượng dự án và gấp 3,16 lần về tổng mức đầu tư so với cùng kỳ năm 2021.")
    assert _row(tpl, 8_610_000).base == 2_870_000
    assert Decimal("3.16") not in [r.value for r in tpl.rows]


def test_an_amount_after_a_comma_with_a_money_subject_of_its_own_is_a_row(tmp_path):
    # t5-cafef-dulich-2023-h1: "doanh thu ước đạt hơn 9.100 tỷ đồng" was read as the bound of what the 5,3 triệu
    # lượt khách reached; counter-case (statements.class_bound): "20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD"
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động du lịch 6 tháng đầu năm 2023",
                   "Trong đó, riêng thành phố biển Sầm Sơn đón hơn 5,3 triệu lượt khách, doanh thu ước đạt hơn 9.100 tỷ "
                   "đồng.",
                   "Có 20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD.")
    values = [r.value for r in tpl.rows]
    assert Decimal(9_100) * 10 ** 9 in values and Decimal(10) ** 9 not in values


# ------------------------------------------------------------------ 8. "so với cùng kỳ và N …": the comparison has ended

def test_a_count_after_so_voi_cung_ky_va_is_a_figure_not_the_comparisons_value(tmp_path):
    # t5-kienthuc-tngt-2019-h1: the 11 provinces were read as the 47 provinces' value last year
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông 6 tháng đầu năm 2019",
                   "Có 47 tỉnh, thành phố có số người chết do TNGT giảm so với cùng kỳ và 11 địa phương có số người chết "
                   "do TNGT tăng.")
    assert sorted(r.value for r in tpl.rows) == [Decimal(11), Decimal(47)]
    assert _row(tpl, 47).base is None


def test_a_bare_value_after_so_voi_cung_ky_is_still_its_base(tmp_path):
    # counter-case: "so với cùng kỳ năm 2019 (113 vụ)" gives the comparison's value
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông năm 2020",
                   "Năm 2020, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, tăng 7 vụ so với cùng kỳ năm 2019 (113 vụ).")
    assert [r.value for r in tpl.rows] == [Decimal(120)] and tpl.rows[0].base == 113


# ------------------------------------------------------------------ 9. a ceiling set: "không quá 2%/ năm", "(chỉ tiêu không quá 5%)"

def test_a_rate_bounded_from_above_by_a_target_or_per_year_is_the_limit_not_a_result(tmp_path):
    # t5-dongnai-vks-nhiemky and t5-haiduong-vks-2018 (where "5" was taken as the 09 vụ's share)
    tpl = template(tmp_path, "Báo cáo tổng kết công tác kiểm sát năm 2018",
                   "Chất lượng hồ sơ được nâng lên, tỷ lệ án trả hồ sơ để điều tra bổ sung đạt chỉ tiêu, không quá 2%/ "
                   "năm. Đã thực hành quyền công tố và kiểm sát xét xử tại 12.513 phiên tòa.",
                   "Án trả hồ sơ điều tra bổ sung giữa các cơ quan tiến hành tố tụng tỷ lệ thấp 09 vụ = 0,76% (chỉ tiêu "
                   "không quá 5%).")
    values = [r.value for r in tpl.rows]
    assert Decimal(2) not in values and Decimal(5) not in values
    assert Decimal(12513) in values and Decimal("0.76") in values
    assert Decimal(5) not in [d.value for r in tpl.rows for d in r.derived if d.how.startswith("tỷ lệ so với")]


def test_a_rate_reached_at_most_with_no_target_named_is_left_alone(tmp_path):
    # counter-case: "còn không quá 3,5%" with no target nor per-year norm stays the period's figure
    tpl = template(tmp_path, "Báo cáo kết quả thực hiện năm 2023",
                   "Tỷ lệ hộ nghèo năm 2023 của xã còn không quá 3,5%.")
    assert [r.value for r in tpl.rows] == [Decimal("3.5")]


# ------------------------------------------------------------------ 10. a share said before the count it is of

def test_a_share_said_before_its_count_is_the_counts_derivation(tmp_path):
    # t5-gialai-tngt-2021-h1 "có tới 99% số vụ xảy ra trên lĩnh vực đường bộ, với 6.278 vụ", t5-nld-thuebao-2014-h1
    # "chiếm khoảng 5,5% (khoảng 7 triệu thuê bao)", c8-vn-pccc-2024-h1 "chiếm tỷ lệ cao nhất với 37% (823 vụ)"
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông 6 tháng đầu năm 2021",
                   "Trong số các vụ tai nạn trên, có tới 99% số vụ xảy ra trên lĩnh vực đường bộ, với 6.278 vụ, làm chết "
                   "3.147 người, bị thương 4.465 người.",
                   "Trong đó cháy tại loại hình nhà dân vẫn chiếm tỷ lệ cao nhất với 37% (823 vụ); vụ cháy kho, cơ sở sản "
                   "xuất, kinh doanh chiếm 12,2% (271 vụ).")
    assert not [r for r in tpl.rows if r.unit == "%"]
    assert Decimal(99) in [d.value for d in _row(tpl, 6278).derived]
    assert Decimal(37) in [d.value for d in _row(tpl, 823).derived]


def test_a_named_rate_with_its_count_in_brackets_stays_the_row(tmp_path):
    # counter-case (p10-nhuxuan-chitieu-2020-2025): "Tỷ lệ số xã đạt chuẩn nông thôn mới … đạt 50% (8 xã)" names the rate
    tpl = template(tmp_path, "Báo cáo kết quả thực hiện các chỉ tiêu năm 2023",
                   "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2023 đạt 50% (8 xã).")
    assert Decimal(50) in [r.value for r in tpl.rows]
