"""Issue 14, round 28: ``Trong N vụ …`` opens a span only when ``vụ`` is a crop season — the season named after it
(``service.onboarding.planned.span_opening``); ``vụ`` otherwise counts cases.  Sentences as the sources print them
(slug in each comment); the rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has

FIVE_YEARS = "Báo cáo tình hình ngộ độc thực phẩm giai đoạn 2012-2016"
MARCH_2024 = "Báo cáo tình hình cháy, nổ tháng 3 năm 2024"
YEAR_2022 = "Báo cáo tình hình kinh tế - xã hội năm 2022"


def test_cases_of_poisoning_are_a_count(tmp_path):
    # t21-plo-ngodoc-5nam: "72 vụ" had been read as a span ("Trong 2 vụ đông xuân …")
    tpl = template(tmp_path, FIVE_YEARS, "Trong 72 vụ ngộ độc tập thể xảy ra tại các KCN, KCX, nguyên nhân do độc tố "
                                         "chiếm 19,4%, vi sinh vật chiếm 33,3%, hóa chất chiếm 11,1%, còn 36,1% số vụ "
                                         "chưa xác định được nguyên nhân.")
    assert has(tpl, 72)


def test_fires_are_a_count(tmp_path):
    # c25-baophapluat-354-vu-chay-thang-3-2024: the same opening of a paragraph
    tpl = template(tmp_path, MARCH_2024, "Trong 354 vụ cháy, có 144 vụ nguyên nhân do sự cố hệ thống điện.")
    assert has(tpl, 354) and has(tpl, 144)


def test_crop_seasons_are_still_a_span(tmp_path):
    # counter-case, t16-nongson-ktxh-2022: the two seasons named — the span, no count
    tpl = template(tmp_path, YEAR_2022, "Trong 2 vụ đông xuân và hè thu năm 2022, nông dân trên địa bàn huyện gieo trồng "
                                        "hơn 2.327ha.")
    assert not has(tpl, 2) and has(tpl, 2327)
