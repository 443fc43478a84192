"""Issue 14, round 29: a range the extractor reads as one mention (``1-2``, ``15-18``: its value the high end) is a
class's bound when it says what a count before it counted (``20 tỉnh thành khác có từ 1-2 người tử vong``), as
``từ 15 đến 18`` was (``statements.class_bound``).  Sentences as the pages print them (slug in each comment); each rule
has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_a_range_in_one_mention_after_a_count_of_provinces(tmp_path):
    # t22-phunuvagiadinh-benhdai-8t-2023: "2 người" had been a row "Số người tử vong vì bệnh dại"
    tpl = template(tmp_path, "Báo cáo tình hình bệnh dại 8 tháng năm 2023",
                   "Gia Lai là tỉnh có số người mắc bệnh dại và tử vong nhiều nhất với 9 trường hợp. 20 tỉnh thành khác "
                   "có từ 1-2 người tử vong vì bệnh dại trong gần 8 tháng qua.")
    assert has(tpl, 20) and has(tpl, 9) and not has(tpl, 2)


def test_a_range_of_criteria_after_a_count_of_communes(tmp_path):
    # p-thuathienhue-ntm-2019 / t4-hue-ntm-2018's list, two classes in one sentence: "18 tiêu chí" had been a row
    tpl = template(tmp_path, "Báo cáo kết quả xây dựng nông thôn mới năm 2019",
                   "Trong số 47 xã còn lại, có 24 xã đạt từ 10-14 tiêu chí, 02 xã đạt 8-9 tiêu chí.")
    assert has(tpl, 24) and not has(tpl, 14) and not has(tpl, 9)


def test_the_count_of_a_class_named_by_a_range_stays(tmp_path):
    # counter-case, t4-hue-ntm-2018: the range names the class, the count after it is the class's row
    tpl = template(tmp_path, "Báo cáo kết quả xây dựng nông thôn mới năm 2018",
                   "- Số xã đạt từ 15-18 tiêu chí : 29 xã, tỷ lệ 28% - Số xã đạt 10-14 tiêu chí : 28 xã, tỷ lệ 27%")
    assert has(tpl, 29) and has(tpl, 28) and not has(tpl, 18)
