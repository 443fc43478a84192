"""Issue 14, round 17: rows and labels of the template on 18 fresh sweep pages (``t10-*``, judged in
evaluations/sweep/template-round17.md) and the leftovers of earlier rounds. Sentences as the pages print them (slug
in each comment), written as a prior report; each rule has the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

SIX = "Báo cáo sơ kết 6 tháng đầu năm 2018"


def _label(tpl, value) -> str:
    found = [r.label for r in tpl.rows if r.value == Decimal(str(value))]
    assert found, [(r.value, r.label) for r in tpl.rows]
    return found[0]


def _values(tpl) -> set[Decimal]:
    return {r.value for r in tpl.rows}


# ------------------------------------------------------------------ 1. a crop's yield and output name themselves

def test_a_yield_is_named_by_its_own_name_not_as_a_weight(tmp_path):
    # t10-mienbac-dongxuan-2021 ("Khối lượng năng suất lúa", "Khối lượng về sản lượng lúa …" before)
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất năm 2021",
                   "Năng suất lúa vụ đông xuân 2020-2021 ước đạt khoảng 64,2 tạ/ha (tăng 1,6 tạ/ha so với vụ đông xuân "
                   "2019-2020); về sản lượng lúa toàn miền Bắc vụ đông xuân 2020-2021 ước đạt 6,983 triệu tấn (tăng "
                   "khoảng 104.000 tấn so với cùng kỳ năm trước).")
    assert _label(tpl, "64.2") == "Năng suất lúa"
    assert _label(tpl, "6983000").startswith("Sản lượng lúa")


def test_a_weight_per_area_is_a_yield(tmp_path):
    # t10-vn-lua-2012 ("Khối lượng bình quân" before): the unit says what is measured
    tpl = template(tmp_path, SIX,
                   "Theo đánh giá sơ bộ của các địa phương đồng bằng sông Cửu Long, năng suất lúa Hè Thu trên diện tích "
                   "thu hoạch tăng nhẹ so với vụ trước, bình quân đạt khoảng 55 tạ/ha, ước sản lượng toàn vùng đạt hơn "
                   "9 triệu tấn.")
    assert _label(tpl, "55") == "Năng suất bình quân"
    assert _label(tpl, "9000000") == "Sản lượng toàn vùng"


def test_a_bare_output_takes_the_crop_its_sentence_sowed(tmp_path):
    # t10-vn-dongxuan-2022 ("Sản lượng", "Khối lượng năng suất" before)
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất năm 2022",
                   "Tại phía bắc, vụ đông xuân 2021-2022, các địa phương gieo cấy hơn một triệu ha lúa, năng suất đạt "
                   "62,7 tạ/ha, sản lượng đạt 6,8 triệu tấn.")
    assert _label(tpl, "62.7") == "Năng suất lúa"
    assert _label(tpl, "6800000") == "Sản lượng lúa"


def test_a_bare_output_after_an_average_yield_stays_bare(tmp_path):
    # counter-case: c4-bariavungtau-trongtrot-2023 — "bình quân" is how the yield was taken, not a crop
    tpl = template(tmp_path, SIX,
                   "Trong đó, diện tích gieo trồng lúa 24.442,3ha (đạt 98,4% so kế hoạch), năng suất bình quân 59,6 "
                   "tạ/ha; sản lượng đạt hơn 145.723 tấn (tăng 7.844 tấn so với cùng kỳ).")
    assert _label(tpl, "59.6") == "Năng suất bình quân"
    assert _label(tpl, "145723") == "Sản lượng"


# ------------------------------------------------------------------ 2. "Dự kiến," — the period's own estimate

VP = ("Dự kiến, năng suất, sản lượng một số cây trồng chủ yếu vụ đông xuân như: lúa đạt 62,87 tạ/ha, tăng 3,07%, sản "
      "lượng đạt 194.931 tấn, tăng 2,02% so với cùng kỳ; ngô đạt 45,10 tạ/ha, tăng 1,67%, sản lượng đạt 56.557 tấn, "
      "giảm 1,82%; khoai lang đạt 106,43 tạ/ha, tăng 2,36%, sản lượng đạt 21.779 tấn, tăng 12,25%.")


def test_yields_under_a_comma_set_dự_kiến_are_rows(tmp_path):
    # zg-vinh-phuc-trong-trot-chan-nuoi-2018-h1 (all read as aims before)
    tpl = template(tmp_path, SIX, VP)
    assert {Decimal("62.87"), Decimal("194931"), Decimal("45.10"), Decimal("56557"), Decimal("106.43"),
            Decimal("21779")} <= _values(tpl)
    assert _label(tpl, "62.87") == "Năng suất lúa"
    assert _label(tpl, "56557") == "Sản lượng ngô"


def test_a_season_planned_with_dự_kiến_stays_an_aim(tmp_path):
    # counter-case: c4-bariavungtau-trongtrot-2023 — the next season's targets
    tpl = template(tmp_path, SIX,
                   "Vụ Đông - Xuân 2023-2024, ngành nông nghiệp đặt chỉ tiêu trồng trọt 11.397,2ha. Cụ thể, diện tích "
                   "lúa 6.838,3ha, năng suất dự kiến 69,4 tạ/ha; bắp 1.025,2ha, năng suất dự kiến 60,2 tạ/ha.")
    assert Decimal("69.4") not in _values(tpl) and Decimal("60.2") not in _values(tpl)


def test_dự_kiến_with_a_comma_and_sẽ_stays_an_aim(tmp_path):
    # counter-case: the comma alone does not make an estimate when the sentence says what will be
    tpl = template(tmp_path, SIX, "Dự kiến, trong quý III, huyện sẽ tổ chức 12 lớp tập huấn cho nông dân.")
    assert Decimal("12") not in _values(tpl)


# ------------------------------------------------------------------ 3. a herd names its own head count

def test_a_herd_names_its_head_count(tmp_path):
    # t10-bachthong-tongdan-2016 ("Số con đàn trâu, bò" before)
    tpl = template(tmp_path, SIX,
                   "Trong đó đàn trâu, bò có 5.840 con, tăng hơn 200 con, đàn lợn trên 24.500 con, tăng gần 4.900 con.")
    assert _label(tpl, "5840") == "Đàn trâu, bò"
    assert _label(tpl, "24500") == "Đàn lợn"


def test_a_herd_after_who_has_it_or_an_opener(tmp_path):
    # t9-channuoi-hoabinh-2021 ("Số con toàn tỉnh có tổng đàn trâu") and p-lamha-channuoi-2022-h1 ("Số con tuy nhiên,
    # đàn trâu") before
    tpl = template(tmp_path, SIX,
                   "Theo số liệu thống kê đến ngày 15/5, toàn tỉnh có tổng đàn trâu 115,7 nghìn con, đàn bò 85,7 nghìn "
                   "con. Tuy nhiên, đàn trâu có 380 con, giảm 6,2%.")
    assert _label(tpl, "115700") == "Tổng đàn trâu"
    assert _label(tpl, "85700") == "Đàn bò"
    assert _label(tpl, "380") == "Đàn trâu"


def test_a_head_count_of_a_named_animal_keeps_its_count_noun(tmp_path):
    # counter-case: zg-vinh-phuc-trong-trot-chan-nuoi-2018-h1 — no herd word, the animal after the unit
    tpl = template(tmp_path, SIX,
                   "Tại thời điểm 1/4/2018 trên địa bàn tỉnh có 116.763 con bò, tăng 3,20%; 618.732 con lợn, giảm 8,52%.")
    assert _label(tpl, "116763").startswith("Số con bò")


def test_the_measure_takes_a_herd_as_naming_a_head_count():
    # evaluations/template_accuracy names_what: "Tổng đàn heo" names what "con" counts (p-lamha-channuoi-2022-h1)
    from types import SimpleNamespace

    from evaluations.template_accuracy import label_checks

    row = SimpleNamespace(label="Tổng đàn heo", unit="con", kind="count")
    assert label_checks(row)["names_what"]
    assert not label_checks(SimpleNamespace(label="Tổng số hộ nuôi", unit="con", kind="count"))["names_what"]


# ------------------------------------------------------------------ 4. recruits: rows of the period, counted in people

def test_recruits_who_set_off_are_rows_not_a_stock(tmp_path):
    # zg-kon-tum-ngoc-hoi-giao-quan-2017 ("có 92 tân binh" kept as a standing fact before)
    tpl = template(tmp_path, "Báo cáo kết quả tuyển quân năm 2017",
                   "Đợt giao quân lần này, huyện Ngọc Hồi có 92 tân binh lên đường nhập ngũ; trong đó, có 30 tân binh "
                   "được giao cho Bộ Chỉ huy Bộ đội Biên phòng tỉnh.")
    assert Decimal("92") in _values(tpl)
    assert not [s for s in tpl.standing if s.value == Decimal("92")]


def test_recruits_after_the_places_of_the_ceremony_are_a_row(tmp_path):
    # t10-hatinh-giaoquan-2019 (taken for the next item of the list "13 huyện, thị, thành" before)
    tpl = template(tmp_path, "Báo cáo kết quả tuyển quân năm 2019",
                   "Ngày 21/2/2019, tại 13 huyện, thị, thành của tỉnh Hà Tĩnh đồng loạt làm lễ bàn giao hơn 1.100 tân "
                   "binh lên đường nhập ngũ.")
    assert Decimal("1100") in _values(tpl)


def test_a_list_of_standing_units_stays_standing(tmp_path):
    # counter-case: a list's separator only ("16 xã, 120 thôn")
    from service.onboarding.recognisers import predicate_gap

    assert not predicate_gap(", ") and not predicate_gap(" và ") and not predicate_gap(", trong đó có ")
    assert predicate_gap(", thị, thành của tỉnh Hà Tĩnh đồng loạt làm lễ bàn giao hơn ")


def test_the_measure_counts_recruits_as_people():
    # evaluations/template_accuracy unit_fits: "tân binh" rows of "người" (zg-kon-tum-ngoc-hoi-giao-quan-2017)
    from types import SimpleNamespace

    from evaluations.template_accuracy import unit_fits

    ref = SimpleNamespace(don_vi_tinh="người", chi_tieu="Tổng số tân binh giao quân", ghi_chu="")
    assert unit_fits("tân binh", "count", ref)
    assert not unit_fits("tân binh", "count", ref, strict=True)


# ------------------------------------------------------------------ 5. the base a change is measured from

def test_changes_from_two_bases_say_which(tmp_path):
    # t10-hcm-iip-2023-t8 ("Tốc độ tăng tháng trước" for the change on last year before)
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế - xã hội tháng 8 năm 2023",
                   "Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 8 ước tính tăng 3,4% so với tháng trước và tăng "
                   "6,6% so với cùng kỳ.")
    assert _label(tpl, "3.4").endswith("so với tháng trước")
    assert _label(tpl, "6.6").startswith("Tốc độ tăng IIP")
    assert _label(tpl, "6.6").endswith("so với cùng kỳ")


def test_a_cpi_says_its_base_and_drops_the_conclusion_word(tmp_path):
    # t10-taichinh-cpi-2016-t6 ("Tốc độ tăng như vậy, CPI", "Tốc độ tăng kỳ" before)
    tpl = template(tmp_path, "Báo cáo chỉ số giá tiêu dùng tháng 6 năm 2016",
                   "Tổng cục Thống kê vừa cho biết, tháng 6, chỉ số giá tiêu dùng (CPI) cả nước có mức tăng 0,46% so với "
                   "tháng 5. Như vậy, CPI đã tăng 2,4% so với cùng kỳ năm 2015 đồng thời tăng 2,35% so với tháng 12 năm "
                   "ngoái.")
    assert _label(tpl, "2.4") == "Tốc độ tăng CPI so với cùng kỳ năm trước"
    assert _label(tpl, "2.35") == "Tốc độ tăng CPI so với tháng 12 năm trước"


def test_a_base_opening_the_list_names_the_groups_under_it(tmp_path):
    # t9-tk-cpi-kontum-t11-2023 (the groups' changes on last month and on last year both "Tốc độ tăng nhóm …" before)
    tpl = template(tmp_path, "Báo cáo chỉ số giá tiêu dùng tháng 11 năm 2023",
                   "So với tháng trước, chỉ số giá tiêu dùng tháng 11/2023 giảm 0,01% (khu vực nông thôn giảm 0,01%). "
                   "Trong 11 nhóm hàng hóa và dịch vụ chính, có 06 nhóm tăng gồm: Nhóm hàng ăn và dịch vụ ăn uống tăng "
                   "0,02%; nhóm đồ uống và thuốc lá tăng 0,36%.\n\n"
                   "So với cùng kỳ năm trước, CPI tháng 11/2023 tăng 3,3%. Trong 11 nhóm hàng tiêu dùng chính có 09 nhóm "
                   "tăng giá, gồm: Nhóm hàng ăn và dịch vụ ăn uống tăng 3,12%; nhóm đồ uống và thuốc lá tăng 3,07%.")
    assert _label(tpl, "0.02") == "Tốc độ tăng nhóm hàng ăn và dịch vụ ăn uống so với tháng trước"
    assert _label(tpl, "3.12") == "Tốc độ tăng nhóm hàng ăn và dịch vụ ăn uống so với cùng kỳ năm trước"


def test_one_base_only_is_left_unsaid(tmp_path):
    # counter-case: t9-channuoi-bariavungtau-5t-2023 — every change is on last year: the sheet's usual base
    tpl = template(tmp_path, "Báo cáo tình hình chăn nuôi 5 tháng đầu năm 2023",
                   "Tổng đàn heo gần 400 ngàn con, tăng 7,1% so cùng kỳ; 5 tháng đầu năm 2023, các sản phẩm chăn nuôi "
                   "tiêu thụ thuận lợi, tốc độ tăng trưởng chăn nuôi tăng 4,47% so với cùng kỳ.")
    assert _label(tpl, "4.47") == "Tốc độ tăng trưởng chăn nuôi"


# ------------------------------------------------------------------ 6. notation: "TP." and a name's syllables

def test_tp_dot_ends_no_sentence(tmp_path):
    # t8-hcm-thue-2023-6t ("Số tiền Hồ Chí Minh thu ngân sách nhà nước, NSNN" before) and t5-cafef-dulich-2023-h1
    from service.onboarding.phrases import clause_start, sentence_start

    text = "Năm 2023, tổng doanh thu du lịch của TP. Hồ Chí Minh đạt 80.833 tỷ đồng."
    assert sentence_start(text, text.index("80.833")) == 0 and clause_start(text, text.index("80.833")) == 0
    text = "Hội LHPN TP. Nha Trang đã khen thưởng 1 tập thể. Xã có 5 thôn."
    assert sentence_start(text, text.index("5 thôn")) == text.index(". Xã") + 1


def test_the_sentence_after_a_city_s_name_is_read_whole(tmp_path):
    # t8-hcm-thue-2023-6t: "Hồ Chí Minh thu …" was read as a sentence of its own, the agency cut off
    tpl = template(tmp_path, SIX,
                   "Lũy kế 6 tháng đầu năm 2023, Cục Thuế TP. Hồ Chí Minh thu ngân sách nhà nước (NSNN) được 164.290 tỷ "
                   "đồng đạt 50,8% dự toán năm, giảm 5,3% so với cùng kỳ năm 2022.")
    assert not _label(tpl, "164290000000000").startswith("Số tiền Hồ Chí Minh")


def test_a_capitalised_name_keeps_its_second_syllable(tmp_path):
    # t8-phuninh-hocsinh-2024, t8-quangtri-hsg-2023 (unit "giải Khuyến" before)
    tpl = template(tmp_path, "Báo cáo tổng kết năm học 2023-2024",
                   "Kết quả kỳ thi học sinh giỏi cấp tỉnh: 3 giải Nhì, 5 giải Ba và 14 giải Khuyến khích.")
    units = {r.value: r.unit for r in tpl.rows}
    assert units[Decimal("14")] == "giải Khuyến khích"
    assert units[Decimal("5")] == "giải Ba" and units[Decimal("3")] == "giải Nhì"   # one-syllable ranks stay whole


# ------------------------------------------------------------------ 7. a judgment's enforcement: cases and money

THADS = ("* Kết quả THADS về việc:\n\n"
         "- Tổng số thụ lý là 736.747 việc, tăng 39.080 việc (tăng 5,60% so với cùng kỳ năm 2016);\n\n"
         "* Kết quả THADS về tiền:\n\n"
         "- Tổng số thụ lý là 168.182 tỷ đồng, tăng 27,79% so với cùng kỳ năm 2016.")


def test_a_heading_about_money_names_the_rows_under_it(tmp_path):
    # t8-thads-toanquoc-2017-9t (the money rows were "Tổng số thụ lý" like the cases' before)
    tpl = template(tmp_path, "Báo cáo kết quả thi hành án dân sự 9 tháng năm 2017", THADS)
    money = [r for r in tpl.rows if r.kind == "money"]
    assert money and all(r.label.endswith("về tiền") for r in money)
    assert _label(tpl, "736747") == "Tổng số thụ lý"          # its unit, "việc", says it already


def test_aspect_words_in_running_text_head_nothing(tmp_path):
    # counter-case: t7-tuyenquang-thads-2023-6t — "về việc và về tiền" inside a sentence, no heading
    tpl = template(tmp_path, "Báo cáo kết quả thi hành án dân sự 6 tháng năm 2023",
                   "Trong 6 tháng đầu năm, kết quả thi hành án về việc và về tiền của toàn ngành THADS đều vượt chỉ tiêu "
                   "được giao. Toàn ngành đã thi hành xong 2.107 việc, tăng 451 việc với cùng kỳ; thu hồi số tiền gần 34 "
                   "tỷ đồng.")
    assert not any(r.label.endswith("về tiền") for r in tpl.rows)


def test_a_base_after_a_change_opens_no_clause(tmp_path):
    # counter-case: p11-quangnam-iip-2022-10, p12-binhdinh-ktxh-2023-02 — "so tháng trước và tăng …" is the first change's
    # base; a change with none of its own in brackets takes none
    tpl = template(tmp_path, "Báo cáo tình hình kinh tế - xã hội tháng 2 năm 2023",
                   "Chỉ số sản xuất công nghiệp tháng tăng 1,59% so tháng trước và tăng 5,74% so cùng kỳ; tổng mức bán "
                   "lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 19% so cùng kỳ (lũy kế 2 tháng tăng 14%).")
    assert not _label(tpl, "14").endswith("so với tháng trước")
    tpl = template(tmp_path, "Báo cáo tình hình sản xuất công nghiệp tháng 10 năm 2022",
                   "Chỉ số sản xuất toàn ngành công nghiệp tháng 10/2022 đã tăng 17,1% so tháng trước và tăng 14,7% so "
                   "tháng cùng kỳ năm 2021.")
    assert _label(tpl, "14.7").endswith("so với tháng cùng kỳ năm trước")

