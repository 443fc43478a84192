"""Caught round 10 (helper caught10, issue 13): a share written before its noun phrase (``X% <noun phrase>``) is the
share of what the phrase names — another share row's value written there is a swap
(evaluations/sweep/caught-round10.md, ``service/checker/sharenoun.py``).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from service.checker.check import check_text
from tests.sweep_tables import case_line_verdicts, real_case
from service.checker.sharenoun import share_phrase

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "evaluations" / "cases" / "heldout", ROOT / "evaluations" / "sweep" / "caught10"]


@pytest.mark.parametrize("text, phrase", [
    ("hàng năm, 80% tổ chức cơ sở Đoàn được kiểm tra giám sát; 100% cán bộ",
     "tổ chức cơ sở Đoàn được kiểm tra giám sát"),
    ("Theo đó, hơn 96% đảng viên được kết nạp trong năm 2016 có trình độ học vấn THPT; 57,32% có",
     "đảng viên được kết nạp trong năm 2016 có trình độ học vấn THPT"),
    ("đạt tỷ lệ 7,61%. 100% tổ chức cơ sở Đảng đều phát triển được đảng viên đạt và vượt chỉ tiêu.",
     "tổ chức cơ sở Đảng đều phát triển được đảng viên đạt và vượt chỉ tiêu"),
    # a list whose next item opens with its number: the phrase ends before it
    ("có 89% cơ sở hội, 69% chi hội hoạt động", "cơ sở hội"),
])
def test_the_noun_phrase_a_share_opens(text, phrase):
    assert share_phrase(text, text.rindex("%", 0, text.index(phrase)) + 1) == phrase


@pytest.mark.parametrize("text", [
    "tăng 9,3% so với cuối năm 2024",          # a base
    "đạt 83,5% kế hoạch cả năm",               # a plan
    "giảm 23,64% số vụ, 16,4% số người chết",  # a count's rate
    "đạt tỷ lệ 7,61%. 100% tổ chức",           # the sentence ends
    "tham gia cấp ủy đạt 50%, cán bộ nữ",      # nothing after it in its clause
])
def test_no_noun_phrase(text):
    assert share_phrase(text, text.index("%") + 1) is None


def _verdicts(slug: str, line: str, bad: str | None = None):
    return case_line_verdicts(slug, line, bad, tuple(FOLDERS))


@pytest.mark.parametrize("slug, line, bad, wrong", [
    # ym Ninh Sơn: the youth union's shares, each before its noun phrase
    ("ym-ninh-thuan-ninh-son-huyen-doan-so-ket-giua-nhiem-ky-2012-2017", "100% cơ sở Đoàn tổ chức cho đoàn viên học tập",
     "80% cơ sở Đoàn tổ chức cho đoàn viên học tập", "80%"),
    ("ym-ninh-thuan-ninh-son-huyen-doan-so-ket-giua-nhiem-ky-2012-2017", "80% tổ chức cơ sở Đoàn được kiểm tra giám sát",
     "100% tổ chức cơ sở Đoàn được kiểm tra giám sát", "100%"),
    ("ym-ninh-thuan-ninh-son-huyen-doan-so-ket-giua-nhiem-ky-2012-2017", "100% cán bộ Đoàn được tập huấn",
     "90% cán bộ Đoàn được tập huấn", "90%"),
    # ym Xuân Lộc: the new members' share said again before the bases' share (a restatement no more)
    ("ym-dong-nai-xuan-loc-huyen-uy-phat-trien-dang-vien-2017", "100% tổ chức cơ sở Đảng đều phát triển",
     "7,61% tổ chức cơ sở Đảng đều phát triển", "7,61%"),
    # d10 Đồng Nai: the new members' shares of one whole
    ("d10-baodongnai-dangvien-2016", "hơn 11% đảng viên là đồng bào các tôn giáo",
     "hơn 57,32% đảng viên là đồng bào các tôn giáo", "57,32%"),
])
def test_another_rows_share_before_a_noun_phrase_is_flagged(slug, line, bad, wrong):
    assert not [t for t, v, _ in _verdicts(slug, line) if v == "unsupported"]
    got = _verdicts(slug, line, bad)
    flagged = [(t, r) for t, v, r in got if v == "unsupported" and t == wrong]
    assert flagged and "đứng trước" in flagged[0][1], got


@pytest.mark.parametrize("slug, line", [
    # d10 Hiệp Hòa: «89% cơ sở hội, 69% chi hội …» — the phrase «cơ sở hội» says too little of any row: not judged
    ("d10-hiephoa-hnd-2014", "có 100% cơ sở hội, 69% chi hội"),
    # ym Ninh Sơn: 80 written before the inspected bases, taken for another row of 80 — the same value, no swap
    ("ym-ninh-thuan-ninh-son-huyen-doan-so-ket-giua-nhiem-ky-2012-2017", "80% tổ chức cơ sở Đoàn được kiểm tra giám sát"),
])
def test_a_phrase_that_does_not_choose_stays_quiet(slug, line):
    case, table, kw = real_case(slug, tuple(FOLDERS))
    text = unicodedata.normalize("NFC", case.text)
    if line not in text:   # the Hiệp Hòa line is a plant of 100 for 89: a row of 100 exists, the phrase is too short
        text = text.replace(line.replace("100%", "89%"), line, 1)
    s = text.index(line)
    got = [(n.text, n.verdict) for n in check_text(text, table, **kw).numbers if s <= n.start < s + len(line)]
    assert not [t for t, v in got if v == "unsupported"], got
