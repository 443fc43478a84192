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
