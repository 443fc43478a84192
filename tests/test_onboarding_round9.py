"""Issue 14, round 9: the template's precision on the sweep (fresh pages, no hand-built tables; judged in
/work/sweep/sweeptpl.md). Each test writes sentences as the sweep pages print them (the page's slug named in each
comment) as a prior report, and asserts what the template makes of them; each rule has the counter-case it must
leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

HALF_2024 = "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2024"
YEAR_2025 = "Báo cáo kết quả công tác Hội nông dân năm 2025"


def _rows(tpl):
    return [(r.value, r.unit, r.plan) for r in tpl.rows]


# ------------------------------------------------------------------ 1. a second plan's share (recognisers.py)

def test_a_share_of_a_second_plan_is_derived_not_a_row(tmp_path):
    # tpl-chupuh-ktxh-2024-h1: "285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch HĐND huyện giao" — the
    # row keeps the first plan; the share of the second is a derivation, no "Tỷ lệ" row of its own
    tpl = template(tmp_path, HALF_2024,
                   "Tổng thu ngân sách nhà nước ước thực hiện được 285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% "
                   "kế hoạch HĐND huyện giao; trong đó, thu trên địa bàn huyện được 24,023 tỷ đồng, đạt 43% kế hoạch "
                   "tỉnh giao, đạt 34% kế hoạch HĐND huyện giao.")
    assert [r.unit for r in tpl.rows] == ["tỷ đồng", "tỷ đồng"]
    assert [[d.value for d in r.derived] for r in tpl.rows] == [[60, 58], [43, 34]]
    assert tpl.rows[0].plan == Decimal("475.5") * 10 ** 9   # the first plan, in đồng


def test_a_share_of_plan_then_a_rate_of_its_own_stays_a_row(tmp_path):
    # counter-case (c-kongchro-ubnd-2023-9t, c-chauduc-ubnd-2021-9t): a share of plan, then a growth rate or a new
    # clause's rate — not a second plan
    tpl = template(tmp_path, HALF_2024,
                   "Tổng thu ngân sách 9 tháng 20,8 tỷ đồng, đạt 80,1% kế hoạch, tăng 7,92% so với cùng kỳ.",
                   "Diện tích gieo trồng được 25.271,9 ha, đạt 74,6% kế hoạch; tỷ lệ che phủ rừng đạt 45%.")
    units = [r.unit for r in tpl.rows]
    assert units == ["tỷ đồng", "ha", "%"]
    assert tpl.rows[-1].value == 45


# ------------------------------------------------------------------ 2. a count named before "là" (rows.py, recognisers.py)

def test_a_bare_number_after_so_noun_la_is_that_count(tmp_path):
    # tpl-hanam-yte-2019: "Trong năm, tổng số lần khám bệnh tuyến tỉnh là 342.488, đạt 100,8% kế hoạch, tổng số lần
    # khám bệnh tuyến huyện là 351.536, đạt 101,6%." — two counts in lần (named before them, no noun after), each
    # with its share of plan derived; no bare "Tỷ lệ" rows
    tpl = template(tmp_path, "Báo cáo tổng kết công tác y tế năm 2019",
                   "Trong năm, tổng số lần khám bệnh tuyến tỉnh là 342.488, đạt 100,8% kế hoạch, tổng số lần khám bệnh "
                   "tuyến huyện là 351.536, đạt 101,6%.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(342488, "lần"), (351536, "lần")]
    assert [r.label for r in tpl.rows] == ["Tổng số lần khám bệnh tuyến tỉnh", "Tổng số lần khám bệnh tuyến huyện"]
    assert [[d.value for d in r.derived] for r in tpl.rows] == [[Decimal("100.8")], [Decimal("101.6")]]


def test_a_total_the_text_has_stays_standing(tmp_path):
    # counter-cases: a stock with no share after it stays a standing fact (the rule of earlier rounds), and a number
    # after "là" with its own noun keeps that noun (c-dailoc-toaan-2023: "Án tranh chấp dân sự tòa thụ lý là 173 vụ")
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2023",
                   "Tổng số chi hội là 24, sinh hoạt đều đặn hằng tháng.",
                   "Án tranh chấp dân sự tòa thụ lý là 173 vụ, việc.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(173, "vụ")]
    assert [s.value for s in tpl.standing] == [24]


# ------------------------------------------------------------------ 3. "và" before the next figure (phrases.py)

def test_va_before_another_figure_ends_the_noun(tmp_path):
    # tpl-queson-mttq-2020: "hỗ trợ xây dựng 10 nhà đại đoàn kết và trợ cấp khó khăn 3.279 suất quà cho người nghèo";
    # p9-botnmt-tongket-2016: "ban hành theo thẩm quyền 50 Thông tư và phối hợp ban hành 8 Thông tư liên tịch";
    # tpl-baolangson-yte-2019: "đạt 10,8 bác sĩ/vạn dân và tỷ lệ người dân tham gia bảo hiểm y tế đạt 97,9%" — the words
    # after "và" are the next figure's, not this one's noun
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Mặt trận năm 2020",
                   "Từ nguồn kinh phí này đã hỗ trợ xây dựng 10 nhà đại đoàn kết và trợ cấp khó khăn 3.279 suất quà cho "
                   "người nghèo.",
                   "Bộ đã ban hành theo thẩm quyền 50 Thông tư và phối hợp ban hành 8 Thông tư liên tịch.",
                   "Toàn tỉnh đạt 10,8 bác sĩ/vạn dân và tỷ lệ người dân tham gia bảo hiểm y tế đạt 97,9%.")
    labels = [r.label for r in tpl.rows]
    assert not any(" và " in label for label in labels), labels
    assert labels[1] == "Số suất quà cho người nghèo trợ cấp khó khăn"
    assert labels[-1] == "Tỷ lệ người dân tham gia bảo hiểm y tế"
    assert [r.value for r in tpl.rows] == [10, 3279, 50, 8, Decimal("10.8"), Decimal("97.9")]


def test_va_joining_two_nouns_stays_in_the_noun(tmp_path):
    # counter-case (tpl-songcong-phunu-2017: "tặng quà trị giá 293 triệu đồng cho phụ nữ và trẻ em nghèo"): no number
    # after "và" — one noun phrase, kept whole
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2017",
                   "Các cấp Hội đã tặng 350 suất quà cho phụ nữ và trẻ em nghèo.")
    assert [r.label for r in tpl.rows] == ["Số suất quà cho phụ nữ và trẻ em nghèo"]


# ------------------------------------------------------------------ 4. changes and their comparisons (recognisers.py)

def test_a_count_listed_after_a_change_is_the_same_change(tmp_path):
    # c-dailoc-toaan-2023: "Số vụ án hình sự thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ, 6 bị cáo so với năm 2022";
    # c-quangbinh-vks-2018-h1: "… 4 kiến nghị …. Các kiến nghị đều được chấp nhận, tăng 1 cuộc kiểm sát, 2 kiến nghị
    # so với cùng kỳ năm 2017" — the 6 bị cáo and the 2 kiến nghị are changes of the rows in their nouns
    tpl = template(tmp_path, "Báo cáo kết quả công tác năm 2023",
                   "Số vụ án hình sự thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ, 6 bị cáo so với năm 2022.",
                   "Kiểm sát trực tiếp 10 cuộc tại cơ quan điều tra, đã ban hành 4 kiến nghị. Các kiến nghị đều được chấp "
                   "nhận, tăng 1 cuộc kiểm sát, 2 kiến nghị so với cùng kỳ năm 2022.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(81, "vụ"), (168, "bị cáo"), (10, "cuộc"), (4, "kiến nghị")]
    assert [[d.value for d in r.derived] for r in tpl.rows] == [[13], [6], [1], [2]]
    assert [r.base for r in tpl.rows] == [68, 162, 9, 2]


def test_a_count_listed_after_a_change_with_no_comparison_is_a_row(tmp_path):
    # counter-case: the list goes on with no comparison closing it — a figure of its own
    tpl = template(tmp_path, "Báo cáo kết quả công tác năm 2023",
                   "Tổng số hội viên là 560 người, tăng 20 hội viên, 15 chi hội đạt vững mạnh.")
    assert 15 in [r.value for r in tpl.rows]


def test_a_verb_after_the_comparison_opens_a_figure_of_its_own(tmp_path):
    # c-dailoc-toaan-2023: "Án tranh chấp dân sự tòa thụ lý là 173 vụ, việc, tăng 67 vụ, việc so với cùng kỳ đã giải
    # quyết và xét xử 118 vụ, đạt tỷ lệ 69%." — the comma after "cùng kỳ" left out: 118 vụ were solved, no base
    tpl = template(tmp_path, "Báo cáo kết quả công tác năm 2023",
                   "Án tranh chấp dân sự tòa thụ lý là 173 vụ, việc, tăng 67 vụ, việc so với cùng kỳ đã giải quyết và xét "
                   "xử 118 vụ, đạt tỷ lệ 69%.")
    assert [(r.value, r.unit) for r in tpl.rows][:2] == [(173, "vụ"), (118, "vụ")]
    assert tpl.rows[0].base == 106


def test_a_comparison_s_base_stays_derived(tmp_path):
    # counter-case (the rule of earlier rounds): "so với cùng kỳ năm 2019 (113 vụ)", "so với 150 vụ cùng kỳ"
    tpl = template(tmp_path, "Báo cáo kết quả công tác năm 2020",
                   "Xảy ra 120 vụ phạm pháp hình sự, tăng 7 vụ so với cùng kỳ năm 2019 (113 vụ).")
    assert [r.value for r in tpl.rows] == [120]


# ------------------------------------------------------------------ 5. notation: a dateline, a name's count noun (rows.py)

def test_a_day_month_dateline_is_no_count(tmp_path):
    # tpl-songcong-phunu-2017: "19-10, Hội Liên hiệp Phụ nữ (LHPN) T.P Sông Công đã tổ chức Gặp mặt …" — the page
    # opens with its date; counter-case: "tổ chức 19 lớp, 10 buổi" (a comma, no hyphen) are counts
    tpl = template(tmp_path, "Báo cáo tổng kết công tác Hội năm 2017",
                   "19-10, Hội Liên hiệp Phụ nữ thành phố đã tổ chức gặp mặt kỷ niệm, trao 315 suất quà cho hội viên.",
                   "Hội đã tổ chức 19 lớp, 10 buổi tuyên truyền.")
    assert [r.value for r in tpl.rows] == [315, 19, 10]


def test_a_count_noun_after_the_number_beats_the_name_s(tmp_path):
    # tpl-tuyan-ttyt-2018: "- Tổng số lượt khám bệnh: Tuyến huyện: 127.110 lượt, tuyến xã: 184.966 lượt" — both in
    # lượt (the name "Tuyến huyện" opens with a count noun, but the number says its own)
    tpl = template(tmp_path, "Báo cáo tổng kết công tác y tế năm 2018",
                   "- Tổng số lượt khám bệnh: Tuyến huyện: 127.110 lượt, tuyến xã: 184.966 lượt")
    assert [(r.value, r.unit) for r in tpl.rows] == [(127110, "lượt"), (184966, "lượt")]


# ------------------------------------------------------------------ 6. counts listed with one action (rows.py, recognisers.py)

def test_an_amount_after_counts_listed_takes_their_action(tmp_path):
    # tpl-bachthong-toipham-2018-h1: "…07 điện thoại di động…Xử phạt hành chính trong lĩnh vực trật tự an toàn xã hội
    # 16 vụ, 56 đối tượng với số tiền 66,7 triệu đồng" (a sentence ends at "…" before a capital, space or not);
    # c3-thanhtra-191-cuoc: "chuyển cơ quan điều tra 2 vụ, 2 người với số tiền 297 triệu đồng"
    tpl = template(tmp_path, "Báo cáo kết quả công tác 6 tháng đầu năm 2018",
                   "Tang vật thu giữ gồm 05 xe môto, 07 điện thoại di động…Xử phạt hành chính trong lĩnh vực trật tự an "
                   "toàn xã hội 16 vụ, 56 đối tượng với số tiền 66,7 triệu đồng.",
                   "Kiến nghị điều chỉnh quyết toán 524 triệu đồng, chuyển cơ quan điều tra 2 vụ, 2 người với số tiền 297 "
                   "triệu đồng.")
    money = [r.label for r in tpl.rows if r.kind == "money"]
    assert money[0] == "Số tiền xử phạt hành chính trong lĩnh vực trật tự an toàn xã hội"
    assert money[-1] == "Số tiền chuyển cơ quan điều tra"


def test_a_small_count_of_another_action_is_no_repeat(tmp_path):
    # tpl-bachthong-toipham-2018-h1: "16/22 vụ phạm tội ẩn được chủ động phát hiện, triệt phá" then "Xử phạt hành chính
    # … 16 vụ, 56 đối tượng": two rows of 16 vụ; counter-case (same page): "đã giải quyết 37 vụ, 68 đối tượng, bao gồm
    # 20 vụ, 39 đối tượng xảy ra trong 6 tháng" restates the 20 vụ found before
    tpl = template(tmp_path, "Báo cáo kết quả công tác 6 tháng đầu năm 2018",
                   "Phạm pháp hình sự phát hiện 20 vụ, 39 đối tượng. Kết quả đã giải quyết 37 vụ, 68 đối tượng, bao gồm "
                   "20 vụ, 39 đối tượng xảy ra trong kỳ và 17 vụ, 29 đối tượng năm trước chuyển sang. Chủ động phát "
                   "hiện, triệt phá 16/22 vụ phạm tội ẩn.",
                   "Xử phạt hành chính trong lĩnh vực trật tự an toàn xã hội 16 vụ, 56 đối tượng.")
    vu = [r.value for r in tpl.rows if r.unit == "vụ"]
    assert vu.count(20) == 1 and vu.count(16) == 2


# ------------------------------------------------------------------ 7. the whole counted noun (nouns.py)

def test_the_unit_is_the_whole_noun_not_a_syllable_it_opens_with(tmp_path):
    # tpl-imc-doankhoi-2022: "08 tập thể và 18 cá nhân nhận Giấy khen Đoàn Khối"; tpl-nld-phunu-tphcm-2011: "đã trao 352
    # kỷ niệm chương “Vì sự phát triển của phụ nữ Việt Nam”"; tpl-tambinh-mttq-2014: "xây dựng 30 khu dân cư văn hóa
    # theo tiêu chí mới" — "tập", "kỷ niệm", "khu dân" are pieces of the noun, not the unit
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2022",
                   "Hội nghị đã tuyên dương 08 tập thể và 18 cá nhân nhận Giấy khen Đoàn Khối.",
                   "Trung ương Hội đã trao 352 kỷ niệm chương “Vì sự phát triển của phụ nữ Việt Nam”.",
                   "MTTQ huyện đã xây dựng 30 khu dân cư văn hóa theo tiêu chí mới.")
    assert [r.unit for r in tpl.rows] == ["tập thể", "cá nhân", "kỷ niệm chương", "khu dân cư"]


def test_a_known_short_unit_stays_when_no_longer_noun_opens_the_phrase(tmp_path):
    # counter-case: "tập" alone (volumes) and "hộ" before a word that makes no longer known noun stay as they are
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2022",
                   "Thư viện đã bổ sung 120 tập sách, hỗ trợ 35 hộ nghèo sửa chữa nhà ở.")
    assert [r.unit for r in tpl.rows] == ["tập", "hộ"]


# ------------------------------------------------------------------ 8. a count inside a rate's name (rates.py, statements.py)

def test_a_count_inside_a_rate_s_name_is_context_and_the_rate_a_row(tmp_path):
    # p9-cand-cum2-2017-h1: "tỉ lệ điều tra khám phá của Công an 7 tỉnh đạt trên 92,04%, trọng án đạt trên 95%" —
    # the 7 tỉnh say whose rate it is; the 92,04 % is the row (it was missed, and 7 tỉnh made a row);
    # tpl-hanam-yte-2019: "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%" (an age in the name)
    tpl = template(tmp_path, "Báo cáo sơ kết 6 tháng đầu năm 2017",
                   "6 tháng đầu năm, tỉ lệ điều tra khám phá của Công an 7 tỉnh đạt trên 92,04%, trọng án đạt trên 95%.",
                   "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(Decimal("92.04"), "%"), (95, "%"), (98, "%")]
    assert tpl.rows[0].label.startswith("Tỷ lệ điều tra khám phá của Công an")


def test_a_rate_named_after_its_counts_leaves_them_rows(tmp_path):
    # counter-case (tpl-quangninh-thangthanhnien-2022): counts before the rate, not inside a "tỷ lệ" name, stay rows
    tpl = template(tmp_path, "Báo cáo tổng kết Tháng Thanh niên năm 2022",
                   "Tổ chức thành công 266 đại hội Đoàn cấp cơ sở; tỷ lệ đoàn viên tham gia sinh hoạt đạt 95%.")
    assert [(r.value, r.unit) for r in tpl.rows] == [(266, "đại hội"), (95, "%")]


def test_va_before_the_next_figure_keeps_lists_of_changes_and_own_verbs(tmp_path):
    # p9-gialai-tngt-2020-2t: "làm chết 35 người và 59 người bị thương; so với cùng kỳ năm 2019 tăng 7,69% số vụ, 2,94%
    # số người chết và 31,11% số người bị thương" — the three percentages stay changes (no "Tỷ lệ" row), and the 59 has
    # a verb of its own ("bị thương"), not the 35's "làm chết"; c4-dabac-congan-2025: "xử lý 03 trường hợp, tạm giữ
    # phương tiện và giấy phép lái xe 06 trường hợp" — the words after the comma are the 06's
    tpl = template(tmp_path, "Báo cáo tình hình trật tự an toàn giao thông 2 tháng đầu năm 2020",
                   "Toàn tỉnh đã xảy ra 56 vụ TNGT, làm chết 35 người và 59 người bị thương; so với cùng kỳ năm 2019 tăng "
                   "7,69% số vụ, 2,94% số người chết và 31,11% số người bị thương.",
                   "Công an xã đã xử lý 03 trường hợp, tạm giữ phương tiện và giấy phép lái xe 06 trường hợp.")
    assert "%" not in {r.unit for r in tpl.rows}
    assert [r.label for r in tpl.rows][1:3] == ["Số người làm chết", "Số người bị thương"]
    assert [r.label for r in tpl.rows][3] == "Số trường hợp xử lý"
