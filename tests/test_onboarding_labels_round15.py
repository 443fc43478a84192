"""Issue 14, round 15: the labels (``Chỉ tiêu``) of the template on 20 fresh sweep pages (``t8-*``, judged in
evaluations/sweep/template-round15.md). Each test writes sentences as the pages print them (the page's slug named in
each comment) as a prior report and asserts the label a person would accept; each rule has the counter-case it must
leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

YEAR = "Báo cáo kết quả công tác năm 2023"


def _label(tpl, value) -> str:
    """The label of the row of this value (money in đồng)."""
    found = [r.label for r in tpl.rows if r.value == Decimal(str(value))]
    assert found, [(r.value, r.label) for r in tpl.rows]
    return found[0]


# ------------------------------------------------------------------ 1. a noun phrase is read to its end

def test_a_noun_phrase_a_few_words_past_its_twelfth_is_read_to_its_end(tmp_path):
    # t8-phuninh-giaithuong-2012 "… trong kỳ thi học" (cut inside "học sinh"), t8-thuanbac-tuyenquan-2017 "… thực
    # hiện" (its object NVQS lost), t8-thuathienhue-hsg-2019 "… ở các môn văn" (for "văn hoá")
    tpl = template(tmp_path, YEAR,
                   "Theo đó, toàn huyện có 28 học sinh, sinh viên được vinh dự nhận giải thưởng cao quý này, trong đó "
                   "17 sinh viên tốt nghiệp đại học đạt loại giỏi, 8 học sinh bậc THCS, THPT đoạt giải nhất trong kỳ "
                   "thi học sinh giỏi cấp tỉnh.",
                   "Qua tuyển chọn, có 136 thanh niên đủ điều kiện về chính trị, sức khỏe thực hiện NVQS.",
                   "Trong đó, có 649 giải học sinh giỏi cấp tỉnh bậc THCS; hơn 1.100 giải học sinh giỏi bậc THPT cấp "
                   "tỉnh ở các môn văn hoá.")
    assert _label(tpl, 8) == "Số học sinh bậc THCS, THPT đoạt giải nhất trong kỳ thi học sinh giỏi cấp tỉnh"
    assert _label(tpl, 136) == "Số thanh niên đủ điều kiện về chính trị, sức khỏe thực hiện NVQS"
    assert _label(tpl, 1100) == "Số giải học sinh giỏi bậc THPT cấp tỉnh ở các môn văn hoá"


def test_a_phrase_that_runs_on_or_opens_a_clause_at_its_twelfth_word_is_still_cut(tmp_path):
    # counter-cases: zd-toan-quoc-y-te-du-phong-2012-01 (held out) "… do não mô cầu và không có tử vong": the
    # twelfth word opens another clause; r-ca-nuoc-pctt-2018 (held out): "… giao thông nông thôn bị sạt trượt" ends
    # before its passive; t8-sonhoa-tayhoa-phunu-2018: a phrase running on for 13 words is cut where it was
    tpl = template(tmp_path, YEAR,
                   "Hiện có hai địa phương ghi nhận có 4 trường hợp mắc bệnh viêm màng não do não mô cầu và không có "
                   "tử vong.",
                   "Ngoài ra, 884 km đê, kè, kênh mương, bờ bao và 8,4 triệu m3 đất đá đường quốc lộ, tỉnh lộ và đường "
                   "giao thông nông thôn bị sạt trượt; hơn 86 km bờ sông, bờ biển bị sạt lở.",
                   "Dịp này, Hội LHPN huyện Tây Hòa tặng giấy khen cho 16 tập thể và 15 cá nhân có thành tích trong "
                   "công tác Hội và thực hiện tốt công tác ủy thác vốn tín dụng ngân hàng cho hộ nghèo vay vốn.")
    assert _label(tpl, 4) == "Số trường hợp mắc bệnh viêm màng não do não mô cầu"
    assert _label(tpl, 8400000) == "Khối lượng đất đá đường quốc lộ, tỉnh lộ và đường giao thông nông thôn"
    assert _label(tpl, 15) == "Số cá nhân có thành tích trong công tác Hội và thực hiện"


def test_commas_are_no_words_of_the_eighteen(tmp_path):
    # t8-thuathienhue-hsg-2022: "31 học sinh đạt giải nhất, nhì, ba tại cuộc thi học sinh giỏi cấp quốc gia" lost
    # "giỏi cấp quốc gia" to the cap of 18 words, its two commas counted as words
    tpl = template(tmp_path, YEAR,
                   "Tại buổi lễ đã trao thưởng cho 31 học sinh đạt giải nhất, nhì, ba tại cuộc thi học sinh giỏi cấp "
                   "quốc gia và 2 học sinh đạt giải nhì tại cuộc thi khoa học kỹ thuật cấp quốc gia.")
    assert _label(tpl, 31) == "Số học sinh đạt giải nhất, nhì, ba tại cuộc thi học sinh giỏi cấp quốc gia"


# ------------------------------------------------------------------ 2. a grade is part of who is counted

def test_a_class_or_year_group_keeps_its_number(tmp_path):
    # t8-phuninh-giaithuong-2012: "1 học sinh lớp 12 đoạt Huy chương bạc …" was "Số học sinh lớp đạt loại xuất
    # sắc" (the grade dropped, the previous figure's words taken); t8-phuninh-hocsinh-2024: "16 học sinh khối 9 đạt
    # giải …" was "Số học sinh khối toàn huyện"
    tpl = template(tmp_path, YEAR,
                   "Theo đó, toàn huyện có 28 học sinh, sinh viên được vinh dự nhận giải thưởng cao quý này, trong đó "
                   "17 sinh viên tốt nghiệp đại học đạt loại giỏi, 2 sinh viên tốt nghiệp đại học đạt loại xuất sắc, "
                   "1 học sinh lớp 12 đoạt Huy chương bạc môn Hóa cấp quốc gia.",
                   "Năm học 2023 - 2024, toàn huyện có 16 học sinh khối 9 đạt giải tại kỳ thi học sinh giỏi cấp tỉnh, "
                   "trong đó có 2 giải Nhì, 4 giải Ba và 10 giải Khuyến khích.")
    assert _label(tpl, 1) == "Số học sinh lớp 12 đoạt Huy chương bạc môn Hóa cấp quốc gia"
    assert _label(tpl, 16) == "Số học sinh khối 9 đạt giải tại kỳ thi học sinh giỏi cấp tỉnh"


# ------------------------------------------------------------------ 3. a place as the subject says where, not what

def test_a_place_with_co_before_the_count_is_no_part_of_its_label(tmp_path):
    # t8-quangtri-hsg-2023: "Số học sinh tham gia tỉnh Quảng Trị"; t8-thuathienhue-hsg-2022: "Số giải trong Thừa
    # Thiên Huế"; m-songma-gd-2018 (held out): "Số đơn vị trường học toàn huyện"
    tpl = template(tmp_path, YEAR,
                   "Tại Kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông năm học 2022-2023, tỉnh Quảng Trị có "
                   "54 học sinh tham gia 9 môn, kết quả có 32 học sinh đạt giải, chiếm 59,25% tổng số học sinh dự "
                   "thi, cao hơn năm trước.",
                   "Năm học 2021 - 2022, Thừa Thiên Huế có 57 giải trong tổng số 80 học sinh dự thi đạt giải quốc "
                   "gia, trong đó có 3 giải nhất, 9 giải nhì, 19 giải ba và 26 giải khuyến khích.")
    assert _label(tpl, 54) == "Số học sinh tham gia"
    assert "Thừa Thiên Huế" not in _label(tpl, 57)


def test_a_body_or_a_verb_opening_the_clause_is_no_place(tmp_path):
    # counter-case (the samples' kind): "Huyện đã tuyển chọn 155 thanh niên …" keeps its verb; a sentence opening on
    # a capitalised verb is no place
    tpl = template(tmp_path, YEAR, "Huyện đã tuyển chọn 155 thanh niên, đạt 100% chỉ tiêu trên giao.",
                   "Tặng 50 suất quà cho hội viên nghèo.")
    assert _label(tpl, 155) == "Số thanh niên tuyển chọn"
    assert _label(tpl, 50) == "Số suất quà cho hội viên nghèo"


def test_a_place_without_co_or_a_school_level_still_names_its_row(tmp_path):
    # counter-cases: t3-vinhlong-truongchuan-2018 "THCS có 38 trường" (an acronym, no place: "Số trường THCS");
    # t4-haiduong-sxkdg-2017 "…, thị xã Chí Linh (13.829 hộ)": a list of places, each the name of its row
    tpl = template(tmp_path, YEAR,
                   "Trong đó, mầm non có 43 trường, tiểu học có 109 trường, THCS có 38 trường và THPT có 9 trường.",
                   "Các địa phương có số hộ nông dân đạt danh hiệu cao: thành phố Hải Dương (2.592 hộ), thị xã Chí "
                   "Linh (13.829 hộ).")
    assert _label(tpl, 38) == "Số trường THCS"
    assert "Chí Linh" in _label(tpl, 13829)


# ------------------------------------------------------------------ 4. the parts of a breakdown

def test_the_parts_of_a_breakdown_are_named_by_the_count_they_break_down(tmp_path):
    # t8-phuninh-hocsinh-2024: "Số giải Nhì toàn huyện có học sinh khối"; t8-thuathienhue-hsg-2022: "Số giải nhất
    # Thừa Thiên Huế có giải trong tổng số" (the sentence's opening words, the figures dropped from them)
    tpl = template(tmp_path, YEAR,
                   "Năm học 2023 - 2024, toàn huyện có 16 học sinh khối 9 đạt giải tại kỳ thi học sinh giỏi cấp "
                   "tỉnh, trong đó có 2 giải Nhì, 4 giải Ba và 10 giải Khuyến khích.",
                   "Trong tham gia đại hội thể thao điền kinh cấp tỉnh, huyện Thạch Hà có 53 em cấp tiểu học, THCS "
                   "đạt giải, trong đó có 5 giải nhất, 8 giải nhì; 73 em cấp THPT đạt giải, trong đó có 24 giải "
                   "nhất, 30 giải nhì.")
    assert _label(tpl, 2) == "Số giải Nhì của học sinh khối 9 đạt giải tại kỳ thi học sinh giỏi cấp tỉnh"
    assert _label(tpl, 4) == "Số giải Ba của học sinh khối 9 đạt giải tại kỳ thi học sinh giỏi cấp tỉnh"
    assert _label(tpl, 5) == "Số giải nhất của em cấp tiểu học, THCS đạt giải"     # x-thach-ha (held out):
    assert _label(tpl, 24) == "Số giải nhất của em cấp THPT đạt giải"              # two parents, two labels


def test_a_breakdown_of_prizes_into_grades_says_the_prizes_once(tmp_path):
    # zz-ha-tinh-hoi-nha-bao-2023 (held out): "Số giải A hội viên của Hội nhà"; t8-quangtri-hsg-2023 "Trong đó, có
    # 9 giải Nhì, 9 giải Ba": the count stands in the sentence before — "Số giải Ba giải Nhì" was the first part's
    tpl = template(tmp_path, YEAR,
                   "Năm 2023, hội viên của Hội đạt 28 giải tại Giải báo chí Trần Phú, trong đó 5 giải A, 6 giải B.",
                   "Kết quả có 32 học sinh đạt giải. Trong đó, có 9 giải Nhì, 7 giải Ba và 14 giải Khuyến khích.")
    assert _label(tpl, 5) == "Số giải A tại Giải báo chí Trần Phú"
    assert _label(tpl, 7) == "Số giải Ba"
    assert _label(tpl, 14) == "Số giải Khuyến khích"


def test_a_part_that_names_itself_keeps_its_name(tmp_path):
    # counter-cases: zc-toan-quoc-van-tai-hang-khong-2023-h1 (held out) "Trong đó: hàng hóa quốc tế 405.000 tấn";
    # s-tu-ky-ket-nap-dang-vien-2012-11t "Trong đó, có 125 đảng viên là nữ, chiếm 65,1%; 136 đảng viên là …"
    tpl = template(tmp_path, YEAR,
                   "Sản lượng hàng hóa vận chuyển đạt 750.000 tấn. Trong đó: hàng hóa quốc tế 405.000 tấn.")
    assert _label(tpl, 405000) == "Khối lượng hàng hóa quốc tế"


# ------------------------------------------------------------------ 5. names the text gives the figure

def test_a_source_of_funds_names_its_money(tmp_path):
    # t8-nongson-ccb-2023: "Số tiền Tổng nguồn vốn vay qua ủy thác …"; zd-gia-lai-nhcsxh-2021-h1 (held out): "Số
    # tiền tổng nguồn vốn" for the table's "Tổng nguồn vốn"
    tpl = template(tmp_path, YEAR,
                   "Tổng nguồn vốn vay qua ủy thác của Ngân hàng Chính sách xã hội huyện hơn 32 tỷ đồng, xây dựng "
                   "14 tổ tiết kiệm và vay vốn với tổng số 652 hộ vay.")
    assert _label(tpl, 32000000000) == "Tổng nguồn vốn vay qua ủy thác của Ngân hàng Chính sách xã hội huyện"


def test_so_luong_before_a_count_noun_counts_that_noun(tmp_path):
    # t8-nongson-ccb-2023: "với số lượng hội viên hơn 1.000 người" was "Số người hội viên"
    tpl = template(tmp_path, YEAR, "Hội CCB huyện Nông Sơn hiện có 9 cơ sở, 32 chi hội với số lượng hội viên hơn "
                                   "1.000 người. Năm 2023 phát triển 6 hội viên mới.")
    assert _label(tpl, 1000) == "Số hội viên"


def test_a_rate_that_names_itself_is_not_called_ty_le(tmp_path):
    # t8-nghiadan-yte: "Tỷ lệ Công suất sử dụng giường bệnh tại trung tâm"
    tpl = template(tmp_path, YEAR, "Công suất sử dụng giường bệnh tại trung tâm đạt 130%, số lần khám chữa bệnh đạt "
                                   "121%, số bệnh nhân nội trú đạt 129%.")
    assert _label(tpl, 130) == "Công suất sử dụng giường bệnh tại trung tâm"
    assert _label(tpl, 121) == "Tỷ lệ số lần khám chữa bệnh"


# ------------------------------------------------------------------ 6. the subject and the verb around the count

def test_cung_ends_the_subject_as_da_does(tmp_path):
    # t8-hcm-xkld-nguoingheo-2015 "Số người nghèo, cận nghèo TP cũng giới thiệu việc làm"; t8-binhduong-tcmr-9t
    # "Số điểm tiêm chủng ngành y tế cũng trực tiếp giám sát"
    tpl = template(tmp_path, YEAR,
                   "TP cũng giới thiệu việc làm cho hơn 10.900 người nghèo, cận nghèo.",
                   "Có 339.945 trẻ được TCMR. Ngành y tế cũng trực tiếp giám sát tại 55 điểm tiêm chủng.")
    assert _label(tpl, 10900) == "Số người nghèo, cận nghèo giới thiệu việc làm"
    assert "Ngành y tế" not in _label(tpl, 55) and "cũng" not in _label(tpl, 55)


def test_a_sentence_opening_on_cung_has_no_subject_before_it(tmp_path):
    # counter-case: zd-toan-quoc-vien-thong-2020-05 (held out) "Cũng theo đánh giá của Bộ …, doanh thu dịch vụ viễn
    # thông tháng 5 đã có sự tăng trưởng … khi tổng doanh thu đạt 10.259 tỷ đồng": "Cũng" opens the sentence
    tpl = template(tmp_path, YEAR,
                   "Cũng theo đánh giá của Bộ Thông tin và Truyền thông, doanh thu dịch vụ viễn thông tháng 5 đã có "
                   "sự tăng trưởng so với tháng 4 khi tổng doanh thu đạt 10.259 tỷ đồng.")
    assert _label(tpl, 10259000000000).startswith("Doanh thu dịch vụ viễn thông")


def test_a_passive_after_the_count_says_what_was_done(tmp_path):
    # t8-binhduong-phunu-6t: "giúp cho 1.270 chị em được vay vốn" was "Số chị em được vay vốn giúp"
    tpl = template(tmp_path, YEAR, "Chương trình “Ngày tiết kiệm vì phụ nữ nghèo”, hội vận động được trên 2,1 tỷ đồng, "
                                   "giúp cho 1.270 chị em được vay vốn.")
    assert _label(tpl, 1270) == "Số chị em được vay vốn"


def test_a_running_total_keeps_its_months(tmp_path):
    # t8-hcm-thue-2023-6t: "lũy kế 2 tháng tăng 3,9%, lũy kế 3 tháng tăng 3,5%" were two "Tốc độ tăng lũy kế tháng"
    tpl = template(tmp_path, YEAR, "Cụ thể, số thu NSNN tháng 1 tăng 9,9%, lũy kế 2 tháng tăng 3,9%, lũy kế 3 tháng "
                                   "tăng 3,5%, lũy kế 4 tháng giảm 2%.")
    assert _label(tpl, "3.9") == "Tốc độ tăng lũy kế 2 tháng"
    assert _label(tpl, "3.5") == "Tốc độ tăng lũy kế 3 tháng"


def test_a_tense_marker_goes_before_cung_which_may_be_a_typo(tmp_path):
    # counter-case: a-ca-mau-hnd-2019-h1 (real) "Công tác cũng cố, … Hội viên cũng được tăng cường qua đó toàn tỉnh
    # đã xây dựng được 142 tổ hội": "cũng cố" is "củng cố" mistyped; the subject ends at "đã"
    tpl = template(tmp_path, YEAR,
                   "Công tác cũng cố, nâng cao chất lượng sinh hoạt của Hội viên cũng được tăng cường qua đó toàn tỉnh "
                   "đã xây dựng được 142 tổ hội và 01 chi hội nghề nghiệp.")
    assert _label(tpl, 142) == "Số tổ hội xây dựng"
