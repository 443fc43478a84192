"""Issue 14, round 25: the members a congress's delegates stand for, slogans, the unit an average is over, an earlier
year's level after ``cao hơn mức``, and units listed clause by clause (a matrix read as a list) — 16 fresh sweep
pages (``t18-*``, judged in evaluations/sweep/template-round25.md) and the last unseen batch's congress. Sentences as
the pages print them (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.matrix import unit_name
from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template
from tests.template_rows import has, row

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
TERM = "Báo cáo tổng kết nhiệm kỳ 2016 - 2021 của Hội Liên hiệp Phụ nữ huyện"
YEAR_2020 = "Báo cáo kết quả công tác cải cách hành chính năm 2020"
YEAR_2022 = "Báo cáo kết quả khảo sát mức sống dân cư năm 2022"
Q1_2018 = "Báo cáo tiến độ đại hội Hội Nông dân cơ sở quý I năm 2018"


# ------------------------------------------------------------------ 1. the members delegates stand for (asides)

def test_the_members_a_congress_stands_for_are_standing(tmp_path):
    # zx-nam-dinh-hai-hau-hoi-lhpn-huyen-nhiem-ky-2016-2021: "HP-02 58000 hội viên" had been a row
    tpl = template(tmp_path, TERM, "Tham dự đại hội có 196 đại biểu chính thức đại diện cho trên 58 nghìn hội viên "
                   "phụ nữ trong huyện.")
    assert not has(tpl, 58000) and any(s.value == 58000 for s in tpl.standing)


def test_the_union_s_millions_are_no_row():
    # t18-vnpost-congdoan-daihoi-xii: "946 đại biểu (trên tổng số 950 …) đại diện cho hơn 10 triệu đoàn viên"
    tpl = build_template(PAGES / "t18-vnpost-congdoan-daihoi-xii.txt")
    assert not has(tpl, 10000000)


def test_a_count_of_members_not_represented_stays(tmp_path):
    # counter-case: members admitted in the term, no "đại diện" before them
    tpl = template(tmp_path, TERM, "Trong nhiệm kỳ, Hội đã kết nạp 1.250 hội viên mới.")
    assert has(tpl, 1250)


# ------------------------------------------------------------------ 2. a slogan (asides.slogan_count)

def test_a_slogan_makes_no_row():
    # t18-thanhnien-hagiang-doan-daihoi-2012: ">> Đại hội Đoàn TNCS Hồ Chí Minh TP.Đà Nẵng: Thanh niên thành phố 5
    # không" had made a row "Số không thanh niên thành phố"
    tpl = build_template(PAGES / "t18-thanhnien-hagiang-doan-daihoi-2012.txt")
    assert not has(tpl, 5)


def test_a_count_before_khong_and_a_noun_stays(tmp_path):
    # counter-case: "không" as "not" before a verb, the count's noun left out — not at the clause's end
    tpl = template(tmp_path, YEAR_2020, "Toàn huyện có 12 xã đạt chuẩn, 3 xã không đạt chuẩn.")
    assert has(tpl, 3)


# ------------------------------------------------------------------ 3. the unit an average is over (asides.average_unit)

KSMS = ("Thu nhập bình quân 1 người 1 tháng năm 2022 theo giá hiện hành đạt 4,67 triệu đồng, tăng 11,1 điểm % so với "
        "năm 2021.")


def test_the_one_an_average_is_over_makes_no_row(tmp_path):
    # t18-luatduonggia-ksms-2022: "1 người" had made a row "Số người thu nhập bình quân"
    tpl = template(tmp_path, YEAR_2022, KSMS)
    assert not has(tpl, 1) and has(tpl, 4670000)


def test_one_counted_stays(tmp_path):
    # counter-case: one of something, no average before it
    tpl = template(tmp_path, YEAR_2022, "Trong năm, huyện xây dựng 1 trường học mới.")
    assert has(tpl, 1)


# ------------------------------------------------------------------ 4. an earlier year's level (asides.level_of_earlier)

SIPAS = ("Năm 2020, có 85,48% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính Nhà nước, cao hơn mức "
         "84,45% của năm 2019.")


def test_an_earlier_year_s_level_is_the_row_s_comparison(tmp_path):
    # t18-moitruong-sipas-2020: "84,45%" had made a row "Tỷ lệ"
    tpl = template(tmp_path, YEAR_2020, SIPAS)
    assert not has(tpl, Decimal("84.45"))
    r = row(tpl, Decimal("85.48"))
    assert r.base == Decimal("84.45") and any(d.value == Decimal("84.45") for d in r.derived)


def test_a_level_of_a_later_year_stays(tmp_path):
    # counter-case: a higher level owned by a year not earlier than the report's — a target, not last period
    tpl = template(tmp_path, YEAR_2020, "Năm 2020, có 85,48% người dân hài lòng, cao hơn mức 80% của năm 2020.")
    assert has(tpl, 80)


# ------------------------------------------------------------------ 5. units listed clause by clause (matrix)

ANGIANG = ("Theo thống kê của Tổ chức Hội Nông dân tỉnh đến nay đã có các huyện tổ chức Đại hội Hội Nông dân cơ sở: "
           "Long Xuyên 9/9 cơ sở Hội tổ chức Đại hội (đạt 100%); Châu Đốc 7/7 cơ sở Hội tổ chức Đại hội (đạt 100%); "
           "Tân Châu 12/14 cơ sở Hội tổ chức Đại hội (đạt 85,71%).")


def test_each_unit_of_a_list_names_its_row(tmp_path):
    # t18-angiang-hnd-daihoi-coso-2018: the eight districts' rows were all "Số cơ sở Hội tổ chức Đại hội"
    tpl = template(tmp_path, Q1_2018, ANGIANG)
    assert row(tpl, 9).label.endswith(": Long Xuyên") and row(tpl, 12).label.endswith(": Tân Châu")


def test_the_page_s_districts_are_named():
    tpl = build_template(PAGES / "t18-angiang-hnd-daihoi-coso-2018.txt")
    assert row(tpl, 18).label.endswith(": Chợ Mới") and row(tpl, 15).label.endswith(": Tri Tôn")


def test_one_name_opening_a_sentence_is_no_list(tmp_path):
    # counter-case: a single clause opening on a name is no list of units
    tpl = template(tmp_path, Q1_2018, "Trong quý, toàn huyện xử lý 120 vụ. Năm Căn 12 vụ vi phạm.")
    assert ":" not in row(tpl, 12).label


def test_a_unit_name_is_capitalised_words_only():
    assert unit_name("…; Châu Thành 13/13 cơ sở", len("…; Châu Thành ")) == "Châu Thành"
    assert unit_name("…; trong đó 13 cơ sở", len("…; trong đó ")) is None
    assert unit_name("…; Huế 13 cơ sở", len("…; Huế ")) is None      # one word: a list's name is two or more


# ------------------------------------------------------------------ 6. a headline's rate cut short (asides.cut_short)

def test_a_headline_s_rate_cut_short_is_the_body_s():
    # t18-moitruong-sipas-2020: "[Infographic] 85,4% người dân …" had made a second row beside the body's 85,48%
    tpl = build_template(PAGES / "t18-moitruong-sipas-2020.txt")
    assert has(tpl, Decimal("85.48")) and not has(tpl, Decimal("85.4"))


def test_cut_short_is_not_rounding():
    from service.onboarding.asides import cut_short
    assert cut_short(Decimal("85.4"), 1, Decimal("85.48"), 2)
    assert not cut_short(Decimal("85.5"), 1, Decimal("85.48"), 2)     # rounded: another rule's (qualifier-led)
    assert not cut_short(Decimal("85.4"), 1, Decimal("85.4"), 1)      # the same number: no cut


# ------------------------------------------------------------------ 7. a class's bound (asides.class_bound)

HAILONG = ("9 sở có chỉ số hài lòng năm 2022 đạt trên 90%. Kết quả đo lường năm 2022 còn có 4 sở có kết quả dưới 90% "
           "hài lòng.")


def test_a_class_s_bound_makes_no_row(tmp_path):
    # t18-thainguyentv-hailong-2022: "đạt trên 90%" had made a row "Tỷ lệ gồm các sở"
    tpl = template(tmp_path, "Báo cáo kết quả đo lường sự hài lòng năm 2022", HAILONG)
    assert not has(tpl, 90) and has(tpl, 9) and has(tpl, 4)


def test_a_bound_before_its_members_makes_no_row():
    # t18-thainguyentv-hailong-2022: "Đạt dưới 90% gồm các sở: Tài nguyên và Môi trường; …" — the class's bound
    tpl = build_template(PAGES / "t18-thainguyentv-hailong-2022.txt")
    assert not has(tpl, 90) and has(tpl, 9) and has(tpl, 4)


def test_a_rate_of_a_plan_after_a_count_stays_its_rate(tmp_path):
    # counter-case: "đạt trên 90% kế hoạch" is the count's rate of its plan, not a class's bound
    tpl = template(tmp_path, "Báo cáo kết quả giải quyết việc làm năm 2022",
                   "Năm 2022, huyện giải quyết việc làm cho 1.200 lao động, đạt trên 90% kế hoạch.")
    assert any(d.value == 90 for d in row(tpl, 1200).derived)
