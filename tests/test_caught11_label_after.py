"""Caught round 11 (helper caught11, issue 13): a count followed by a row's whole label is that row's — the total's
label after a part's value is a swap (evaluations/sweep/caught-round11.md, ``service/checker/labelafter.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sweep_tables import case_line_verdicts
from service.checker.labelafter import _ends_label

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "evaluations" / "cases" / "heldout"]

DOAN = "yn-toan-quoc-trung-uong-doan-chien-dich-tinh-nguyen-he-tuan-dau-2022-06"
DOAN_LIST = ("90 công trình thanh niên cấp tỉnh trị giá 9,78 tỉ đồng; 429 công trình thanh niên cấp huyện trị giá "
             "26,019 tỉ đồng; 3.610 công trình thanh niên cấp cơ sở")
DVVL = "za-thanh-hoa-none-trung-tam-dvvl-2022-07"


@pytest.mark.parametrize("rest, whole", [
    ("duoc thuc hien trong tuan dau", True),   # «… các cấp được thực hiện trong tuần đầu»
    ("voi tong tri gia", True),                # «… cấp cơ sở với tổng trị giá 18,799 tỉ đồng»
    ("", True),
    ("dinh ky tai trung tam", False),          # «03 phiên giao dịch việc làm định kỳ tại Trung tâm»: a part's label
    ("luu dong tai huyen hoang hoa", False),
])
def test_what_leaves_a_label_whole(rest, whole):
    assert _ends_label(rest) is whole


def _verdicts(slug: str, line: str, bad: str | None = None):
    return case_line_verdicts(slug, line, bad, tuple(FOLDERS))


@pytest.mark.parametrize("slug, line, bad, wrong, right", [
    # the district level's 429 written for the total's «Hơn 4.000 công trình thanh niên các cấp» (4.129)
    (DOAN, "Hơn 4.000 công trình thanh niên các cấp được thực hiện trong tuần đầu",
     "Hơn 429 công trình thanh niên các cấp được thực hiện trong tuần đầu", "429", "4.129"),
    # the district's 429 written again for the communes' 3.610
    (DOAN, DOAN_LIST, DOAN_LIST.replace("3.610 công trình", "429 công trình"), "429", "3.610"),
    # ya NHCSXH: the poor households still borrowing (6.784.000) for those who left poverty (493.000)
    ("ya-toan-quoc-nhcsxh-nguon-von-cho-vay-du-no-2016", "giúp trên 493.000 hộ vượt qua ngưỡng nghèo",
     "giúp trên 6.784.000 hộ vượt qua ngưỡng nghèo", "6.784.000", "493.000"),
    # ze Tổng đài 111: the calls received (238.500) for the counselling calls (15.991)
    ("ze-toan-quoc-tong-dai-111-bao-ve-tre-em-2023-9t", "trong đó có 15.991 cuộc gọi tư vấn và 845 ca",
     "trong đó có 238.500 cuộc gọi tư vấn và 845 ca", "238.500", "15.991"),
])
def test_a_count_before_another_rows_whole_label_is_flagged(slug, line, bad, wrong, right):
    got = _verdicts(slug, line, bad)
    flagged = [(t, r) for t, v, r in got if v == "unsupported" and t == wrong and "lời ngay sau" in r]
    assert flagged and f"= {right}" in flagged[0][1], got


@pytest.mark.parametrize("slug, line", [
    (DOAN, DOAN_LIST),
    ("ya-toan-quoc-nhcsxh-nguon-von-cho-vay-du-no-2016", "giúp trên 493.000 hộ vượt qua ngưỡng nghèo"),
    ("ze-toan-quoc-tong-dai-111-bao-ve-tre-em-2023-9t", "trong đó có 15.991 cuộc gọi tư vấn và 845 ca"),
    (DOAN, "Hơn 4.000 công trình thanh niên các cấp được thực hiện trong tuần đầu"),
    # week 2's «Gần 4.000 …» (a linked title): the total's 4.129 said roughly — no swap to name
    (DOAN, "Gần 4.000 công trình thanh niên các cấp được thực hiện Tuổi trẻ"),
    # the parts of «07 phiên giao dịch việc làm»: each part's label starts with the total's and goes on
    (DVVL, "03 phiên giao dịch việc làm định kỳ tại Trung tâm, 01 phiên giao dịch việc làm lưu động tại huyện Hoằng Hóa"),
])
def test_the_published_text_is_not_flagged_by_the_label_after_it(slug, line):
    got = _verdicts(slug, line)
    assert not [r for t, v, r in got if "lời ngay sau" in r], got
