"""Issue 14, round 18: numbers that are no figure of the period on 17 fresh sweep pages (``t11-*``, judged in
evaluations/sweep/template-round18.md) — one unit's share, a band per unit, a line's length, an aim's breakdown.
Sentences as the pages print them (slug in each comment), written as a prior report; each rule has the counter-case
it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

YEAR = "Báo cáo tổng kết công tác năm 2024"


def _values(tpl) -> set[Decimal]:
    return {r.value for r in tpl.rows}


def _standing(tpl) -> set[Decimal]:
    return {s.value for s in tpl.standing}


def _notes(tpl, value) -> list[Decimal]:
    row = next(r for r in tpl.rows if r.value == Decimal(str(value)))
    return [d.value for d in row.derived]


# ------------------------------------------------------------------ 1. one unit's share or contents

def test_a_parcels_contents_after_mỗi_are_the_counts_note(tmp_path):
    # t11-gialai-ctd-1000suat-2024: 10 kg, 1 thùng, 1 chiếc, 50 ngàn đồng were rows
    tpl = template(tmp_path, YEAR,
                   "Theo đó, Hội Chữ thập đỏ (CTĐ) tỉnh Gia Lai, Hội CTĐ huyện Chư Păh phối hợp với Nhóm Nhân ái Hoa Sen "
                   "(TP. Hồ Chí Minh) trao tặng 150 suất quà (520 ngàn đồng/suất) cho 150 hộ dân tộc thiểu số nghèo, "
                   "người già bệnh tật, khó khăn của xã Ia Kreng. Mỗi suất quà gồm có 10 kg gạo, 1 thùng mỳ tôm, 1 chiếc "
                   "màn, quần áo và một số nhu yếu phẩm khác kèm theo 50 ngàn đồng tiền mặt. Tổng trị giá quà tặng là 78 "
                   "triệu đồng do Nhóm Nhân ái Hoa Sen (TP. Hồ Chí Minh) vận động, tài trợ.")
    assert _values(tpl) == {Decimal(150), Decimal(78_000_000)}
    assert Decimal(520_000) in _notes(tpl, 150) and Decimal(10) in _notes(tpl, 150)


def test_a_parcels_value_and_its_parts_after_mỗi(tmp_path):
    # t11-gialai-ctd-400suat-2026: 100 (per commune), 600.000, 100.000, 500.000 were rows
    tpl = template(tmp_path, YEAR,
                   "Theo đó, Hội Chữ thập đỏ tỉnh đã trao 400 suất quà Tết Nhân ái cho người dân 4 xã (mỗi xã 100 suất). "
                   "Mỗi suất quà trị giá 600.000 đồng, trong đó có 100.000 đồng tiền quà và 500.000 đồng tiền mặt. Tổng "
                   "kinh phí chương trình là 240 triệu đồng do Hội Chữ thập đỏ tỉnh vận động.")
    assert Decimal(400) in _values(tpl) and Decimal(240_000_000) in _values(tpl)
    assert not _values(tpl) & {Decimal(100), Decimal(600_000), Decimal(100_000), Decimal(500_000)}


def test_a_parcel_in_a_clause_after_the_count_and_the_total_after_it(tmp_path):
    # zd-can-tho-co-do-ldld-tet-2022-01 (held-out): 500.000 đồng and 10 kg were rows; the total stays a row
    tpl = template(tmp_path, "Báo cáo kết quả chăm lo Tết năm 2022",
                   "Trong ngày 26/01/2022 Liên đoàn Lao động huyện đã tổ chức chương trình “Tết Sum vầy – Xuân bình an” "
                   "tặng 100 phần quà cho đoàn viên, người lao động có hoàn cảnh khó khăn trên địa bàn huyện, mỗi phần "
                   "quà gồm 500.000 đồng tiền mặt và 10kg gạo, với tổng trị giá hơn 65 triệu đồng.")
    assert Decimal(100) in _values(tpl) and Decimal(65_000_000) in _values(tpl)
    assert not _values(tpl) & {Decimal(500_000), Decimal(10)}


def test_one_posts_strength_is_no_row(tmp_path):
    # t11-longan-bdbp-2021: "từ 10 đến trên 20 người" were two rows
    tpl = template(tmp_path, YEAR,
                   "Ngay khi dịch Covid-19 bùng phát, BĐBP tỉnh đã ra quyết định thành lập và triển khai 42 tổ, chốt. "
                   "Quân số mỗi chốt có từ 10 đến trên 20 người, do cán bộ BĐBP làm chốt trưởng.")
    assert _values(tpl) == {Decimal(42)}


def test_an_average_each_house_got_stays_a_row(tmp_path):
    # counter-case: g-anlao-vnn (held-out) — "bình quân mỗi nhà được hỗ trợ 30 triệu đồng" is the table's row N-03
    tpl = template(tmp_path, "Báo cáo kết quả vận động Quỹ Vì người nghèo năm 2019",
                   "Năm qua đã xây dựng 18 ngôi nhà Đại đoàn kết cho các hộ nghèo ở 10 xã, thị trấn, bình quân mỗi nhà "
                   "được hỗ trợ 30 triệu đồng.")
    assert Decimal(30_000_000) in _values(tpl)


def test_each_year_or_month_is_how_often_not_one_unit(tmp_path):
    # counter-case: "mỗi tháng" says how often, the count is the period's (t9-hnd-camau-quy1-2022-like sentence)
    tpl = template(tmp_path, YEAR, "Mỗi tháng, Hội tổ chức 2 buổi sinh hoạt chuyên đề cho 120 hội viên.")
    assert Decimal(120) in _values(tpl)


def test_a_value_in_brackets_after_a_count_of_other_things_stays(tmp_path):
    # counter-case: the bracket's value is per "suất", the count before it counts "hộ" — not its things' value
    tpl = template(tmp_path, YEAR,
                   "Hội đã hỗ trợ 35 hộ nghèo (500.000 đồng/suất) trong dịp Tết Nguyên đán.")
    assert Decimal(35) in _values(tpl) and Decimal(500_000) in _values(tpl)


# ------------------------------------------------------------------ 2. a band of an amount per unit

def test_a_band_of_a_price_is_context(tmp_path):
    # t11-vn-giaheo-cpi-2t: the two bands were rows "Mức mỗi kg …"; the CPI then took its own row
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế - xã hội tháng 2 năm 2024",
                   "Tuần qua, giá heo hơi tại miền Bắc tiếp tục điều chỉnh giảm tại nhiều địa phương, với biên độ giảm "
                   "khoảng 500 - 2.000 đồng/kg. Trong khi đó, miền Nam giữ vững đà tăng với mức giá phổ biến đang ở mức "
                   "50.000 - 51.000 đồng/kg.",
                   "Trong tháng 2 và 2 tháng đầu năm, tình hình kinh tế - xã hội đạt nhiều kết quả tích cực, như: CPI "
                   "bình quân 2 tháng tăng 3,27% so với cùng kỳ, xuất siêu ước đạt 1,47 tỷ USD, tổng vốn FDI đạt hơn 6,9 "
                   "tỷ USD, tăng 35,5% so với cùng kỳ.")
    # round 53 (pricerange.py): the market's price band is its lowest and highest rows (round 18's own note: "an
    # agency reporting prices would want them as rows … with both ends"; xd-…-hoc-mon's hand keeps both); the band of
    # the fall stays no row
    assert Decimal(2000) not in _values(tpl) and {Decimal(50000), Decimal(51000)} <= _values(tpl)
    # with the price rows before it, the CPI's `tăng 3,27%` is again read as the change of `xuất siêu` after it (as
    # before round 18): still in the template, not its own row — left (template-round53.md)
    assert any(d.value == Decimal("3.27") for r in tpl.rows for d in r.derived)


def test_a_band_of_a_farms_size_is_no_row(tmp_path):
    # t10-bachthong-tongdan-2016 (round 17's wrong row "từ 20 -30 con/hộ")
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất nông nghiệp năm 2016",
                   "Toàn huyện hiện có nhiều hộ chăn nuôi lợn quy mô từ 20 -30 con/hộ; tổng đàn lợn có 24.500 con, tăng "
                   "4.900 con.")
    assert Decimal(30) not in _values(tpl)


def test_one_amount_per_unit_stays_a_row(tmp_path):
    # counter-case: t11-chupah-ktxh-2023 — one amount per head is the period's figure
    tpl = template(tmp_path, "Báo cáo kết quả kinh tế - xã hội năm 2023",
                   "Thu nhập bình quân đầu người ước đạt 50,5 triệu đồng/năm, đạt 101% kế hoạch, tăng 6,31% so với cùng "
                   "kỳ năm trước.")
    assert Decimal(50_500_000) in _values(tpl)


# ------------------------------------------------------------------ 3. a line's length is standing

def test_border_lengths_are_standing(tmp_path):
    # t11-muongnhe-biengioi-2022, t11-meovac-bienphong-2022: the lengths were rows "Chiều dài …"
    tpl = template(tmp_path, YEAR,
                   "Mường Nhé có 132,164km đường biên giới giáp hai nước Cộng hòa Nhân dân Trung Hoa và Cộng hòa Dân chủ "
                   "Nhân dân Lào (trong đó tuyến Việt - Trung dài 40,861km; tuyến Việt - Lào dài 91,303km).",
                   "Thiếu tá Mua Mí Cáy, Chính trị viên Đồn biên phòng Xín Cái chia sẻ: Đơn vị được giao nhiệm vụ quản lý, "
                   "bảo vệ tuyến biên giới dài hơn 23 km với 72 cột mốc, thuộc địa bàn xã Xín Cái và Thượng Phùng.")
    assert not _values(tpl)
    assert {Decimal("132.164"), Decimal("40.861"), Decimal("91.303"), Decimal(23), Decimal(72)} <= _standing(tpl)
    assert any(s.label == "Chiều dài tuyến biên giới" for s in tpl.standing)


def test_a_length_of_work_done_stays_a_row(tmp_path):
    # counter-case: vanban.laocai xã Sơn Thủy-like sentence — the length hardened in the period
    tpl = template(tmp_path, YEAR,
                   "Trong năm, xã đã bê tông hóa 4,8 km đường giao thông liên thôn; tuyến kênh dài 2,5 km được kiên cố hóa.")
    assert Decimal("4.8") in _values(tpl) and Decimal("2.5") in _values(tpl)


# ------------------------------------------------------------------ 4. an aim's breakdown is aimed

def test_the_breakdown_of_next_years_targets_is_no_row(tmp_path):
    # t11-chupah-kehoach-2024: "Trong đó, ngành … là 3.621,68 tỷ đồng" were rows
    tpl = template(tmp_path, "Báo cáo kế hoạch phát triển kinh tế - xã hội năm 2024",
                   "Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: Tốc độ tăng trưởng giá trị sản xuất đạt 9,5% trở "
                   "lên, tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, ngành nông-lâm nghiệp, thủy sản là "
                   "3.621,68 tỷ đồng, tăng 8,53% so với năm 2023; ngành công nghiệp-xây dựng 3.671,79 tỷ đồng, tăng "
                   "10,53% so với năm 2023.")
    assert not _values(tpl)


def test_the_breakdown_of_a_result_stays(tmp_path):
    # counter-case: t11-chupah-ktxh-2023's results; "Trong đó," after a result is the result's parts
    tpl = template(tmp_path, "Báo cáo kết quả kinh tế - xã hội năm 2023",
                   "Tổng giá trị sản xuất 8.185 tỷ đồng, đạt 100,01% kế hoạch, tăng 11,01% so với năm 2022. Trong đó, "
                   "ngành nông-lâm nghiệp, thủy sản là 3.300 tỷ đồng.")
    assert {Decimal(8_185_000_000_000), Decimal(3_300_000_000_000)} <= _values(tpl)


def test_a_new_predicate_after_the_units_value_is_a_row(tmp_path):
    # counter-case: n-hoahoi-nct-2024-h1 (held-out) — the second 50 phần quà was taken for the first parcel's contents
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động 6 tháng đầu năm 2024",
                   "Cũng tại chương trình, Hội người cao tuổi xã còn vận động ông Kim Ngọc Mỹ (ngụ tỉnh Bình Dương) trao "
                   "tặng 50 phần quà cho hội viên người cao tuổi, mỗi phần trị giá 400.000đ và trao tặng 50 phần quà cho "
                   "trẻ em có hoàn cảnh khó khăn, mỗi phần trị giá 200.000đ.")
    assert [r.value for r in tpl.rows].count(Decimal(50)) == 2


# ------------------------------------------------------------------ 5. a word the page's end cut

def test_a_cut_word_that_can_only_be_one_count_noun_is_completed(tmp_path):
    # za-thanh-hoa-none-trung-tam-dvvl-2022-07 (real): "tiếp nhận 11.655 lư" is the table's 11.655 lượt
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động tháng 7 năm 2022",
                   "Trung tâm Dịch vụ việc làm tỉnh đã tiếp nhận hồ sơ đề nghị hưởng trợ cấp thất nghiệp của 3.012 lao "
                   "động bị mất việc làm; tiếp nhận 11.655 lư")
    row = next(r for r in tpl.rows if r.value == Decimal(11655))
    assert row.unit == "lượt"


def test_a_cut_word_of_many_or_none_leaves_no_row(tmp_path):
    # t11-muongnhe-biengioi-2022 ("3 vă"), t10-dienhong-gvcn-2025 ("2 gi"), t10-vn-dongxuan-2022 ("2,8 tr": a scale)
    for tail, value in (("Trong năm 2022 chính quyền và lực lượng bảo vệ biên giới hai bên luôn duy trì và thực hiện "
                         "3 vă", 3),
                        ("Kết thúc hội thi, Ban tổ chức trao 2 gi", 2),
                        ("Tại phía nam, sản lượng lúa ước đạt 2,8 tr", Decimal("2.8"))):
        tpl = template(tmp_path, YEAR, "Hội thi thu hút 32 giáo viên tham gia. " + tail)
        assert Decimal(str(value)) not in _values(tpl), tail


def test_a_whole_short_word_at_the_end_stays(tmp_path):
    # counter-case: a headline without its full stop — "vụ", "hộ" are whole words
    tpl = template(tmp_path, YEAR, "Trong năm, lực lượng chức năng phát hiện, xử lý 12 vụ")
    assert Decimal(12) in _values(tpl)


def test_a_whole_word_before_the_writers_ellipsis_stays(tmp_path):
    # counter-case: a-van-ninh-qcdc-2020 (real) — "đã tiếp nhận 463 đơn…" ends a paragraph, the word is whole
    tpl = template(tmp_path, "Báo cáo kết quả thực hiện quy chế dân chủ năm 2020",
                   "Tổng số đơn thư các loại đã tiếp nhận 463 đơn…")
    assert Decimal(463) in _values(tpl)


# ------------------------------------------------------------------ 6. said for another purpose

KONTUM = ("Trong tháng 5 vừa qua, thu ngân sách Nhà nước trên địa bàn tỉnh ước khoảng 270 tỷ đồng. Lũy kế 5 tháng đầu "
          "năm, thu ngân sách Nhà nước ước hơn 1.980 tỷ đồng, đạt 49,5% dự toán địa phương giao.",
          "Trong hơn 1.980 tỷ đồng thu ngân sách, thu nội địa 1.855 tỷ đồng, đạt 49,7% dự toán; thu hoạt động xuất "
          "nhập khẩu hơn 125 tỷ đồng, đạt hơn 46% dự toán. So với dự toán Trung ương giao  là 2.787 tỷ đồng thì thu "
          "ngân sách Nhà nước toàn tỉnh đạt 71%.")


def test_a_total_said_again_to_open_its_breakdown_is_that_row(tmp_path):
    # t11-kontum-ngansach-5t: "Trong hơn 1.980 tỷ đồng thu ngân sách," was a second row "Số tiền"
    tpl = template(tmp_path, "Báo cáo tình hình thu, chi ngân sách 5 tháng đầu năm 2024", *KONTUM)
    assert [r.value for r in tpl.rows].count(Decimal(1_980_000_000_000)) == 1


def test_the_estimate_a_rate_is_measured_against_is_the_rows_note(tmp_path):
    # t11-kontum-ngansach-5t: "dự toán Trung ương giao là 2.787 tỷ đồng" was a row; its 71% is the 1.980 row's
    tpl = template(tmp_path, "Báo cáo tình hình thu, chi ngân sách 5 tháng đầu năm 2024", *KONTUM)
    assert Decimal(2_787_000_000_000) not in _values(tpl)
    assert {Decimal(2_787_000_000_000), Decimal(71)} <= set(_notes(tpl, 1_980_000_000_000))


def test_an_estimate_without_its_rate_stays_a_row(tmp_path):
    # counter-case: the estimate said with no rate measured against it is the only amount — a row
    tpl = template(tmp_path, "Báo cáo tình hình thu ngân sách năm 2024",
                   "Năm 2024, dự toán thu ngân sách được giao là 2.787 tỷ đồng, huyện đã triển khai thu ngay từ đầu năm.")
    assert Decimal(2_787_000_000_000) in _values(tpl)


def test_days_ahead_of_the_writing_are_no_row(tmp_path):
    # t11-dienbien-gaocuudoi-2017: "3 ngày tới" was a row "Số ngày tới …"
    tpl = template(tmp_path, "Báo cáo kết quả hỗ trợ gạo tháng 1 năm 2017",
                   "Thủ tướng Chính phủ đã ban hành quyết định xuất cấp hơn 12.400 tấn gạo từ nguồn dự trữ quốc gia. Việc "
                   "cấp phát gạo dự trữ nhằm ổn định đời sống cho người nghèo sẽ được thực hiện chậm nhất vào 3 ngày tới.")
    assert Decimal(3) not in _values(tpl) and Decimal(12400) in _values(tpl)


def test_days_of_the_period_stay(tmp_path):
    # counter-case: "Trong 2 ngày (5 và 6-8)" — days of the event, no span ahead
    tpl = template(tmp_path, YEAR, "Hội thi diễn ra trong 2 ngày với 120 vận động viên tham gia.")
    assert Decimal(120) in _values(tpl)


def test_both_sides_of_a_border_are_no_count(tmp_path):
    # t11-muongnhe-biengioi-2022, t11-longan-bdbp-2021: "2 bên" were rows "Số bên …"
    tpl = template(tmp_path, YEAR,
                   "Quan hệ đoàn kết hữu nghị giữa Nhân dân 2 bên biên giới và lực lượng quản lý bảo vệ biên giới của 2 "
                   "bên được duy trì thường xuyên.",
                   "Nhân dân 2 bên biên giới sống gần gũi, có mối quan hệ thân tộc, dân tộc lâu đời. Trong năm, đồn đã "
                   "tổ chức 24 đợt tuần tra.")
    assert _values(tpl) == {Decimal(24)}


def test_an_average_said_after_each_stays_a_row(tmp_path):
    # counter-case: c-hanoi-ntm-2014 — "mỗi xã đạt bình quân trên 15 tiêu chí" is the period's average
    tpl = template(tmp_path, "Báo cáo kết quả xây dựng nông thôn mới năm 2014",
                   "Như vậy, từ chỗ bình quân mỗi xã chỉ đạt 2 tiêu chí năm 2010, đến nay, mỗi xã đạt bình quân trên 15 "
                   "tiêu chí.")
    assert Decimal(15) in _values(tpl)


def test_a_band_the_period_achieved_stays_a_row(tmp_path):
    # counter-case: p14-vinhtrung-dongxuan-2022-2023 — the yield achieved, said as a band
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất vụ đông xuân 2022-2023",
                   "Năng suất thu hoạch bình quân đạt 60 - 65 tạ/ha, bằng năng xuất so với cùng kỳ năm trước.")
    assert Decimal(65) in _values(tpl)
