"""Checker round 107 (chk107, issue 13): false alarms on stop 64's unseen batches wd-/we-
(evaluations/sweep/checker-round107.md). Numbering, not counting:

``recognisers.letterlabel``: a label noun numbered after a one-letter designation (``vitamin A đợt 2``) is a round's
number. ``recognisers.cjkbrackets``: numbers between East Asian brackets (``【xỉu 2.5/3】``) are a copying site's
furniture. ``recognisers.garbleddates``: on a page whose accents became broken entities, the notation still carries a
cut-off date (``đến hết ng&ăgràvẻ;ỵ 30-6``) and a period's length (``6 th&ạạcùtẽ;ng đầú năm``).
"""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import case_line_verdicts, flagged

_VITA_HN = "we-ha-noi-nganh-y-te-thanh-pho-bo-sung-vitamin-a-dot-2-2024-12"
_VITA_HUE = "we-thua-thien-hue-cdc-tinh-bo-sung-vitamin-a-dot-1-2024-06"
_GARBLED = "wd-khong-ro-tinh-ubnd-tinh-giai-ngan-dau-tu-cong-2020-h1"


def _v(slug, line, bad=None):
    return {t: (v, r) for t, v, r in case_line_verdicts(slug, line, bad)}


def _kinds(text):
    return {m.raw.strip(): m.kind for m in extract_numbers(text)}


# ---------------------------------------------------------------- 1. the round of a lettered thing

def test_the_round_of_vitamin_a_is_no_figure_on_both_pages():
    v = _v(_VITA_HN, "chiến dịch bổ sung vitamin A đợt 2 cho trẻ")
    assert v["2"][0] == "not_a_figure" and not flagged(v["2"][0])
    v = _v(_VITA_HUE, "Triển khai chiến dịch uống vitamin A đợt 1 cho trẻ")
    assert v["1"][0] == "not_a_figure"


def test_letter_labels_of_other_sources_and_what_stays_a_count():
    # vnexpress/suckhoedoisong: "uống vitamin A lần 2 trong năm", "tiêm vắc xin loại B mũi 3"; a school's "khu C giai đoạn 2"
    for text, n in (("trẻ được uống vitamin A lần 2 trong năm", "2"), ("tiêm vắc xin nhóm B mũi 3 cho trẻ", "3"),
                    ("xây dựng khu C giai đoạn 2 của trường", "2")):
        assert _kinds(text)[n] == "ordinal", text
    # the count of the round stays a count; a number counting a noun after the label stays read
    kinds = _kinds("bổ sung vitamin A đợt 2 cho 382.000 trẻ")
    assert kinds["382.000"] != "ordinal"
    assert _kinds("uống vitamin A lần 3 người bị sốt")["3"] != "ordinal"
    # a capitalised name before the noun (no one-letter designation) is left to the label rule as before
    assert _kinds("Mặt trận 9 ấp đã tổ chức")["9"] != "ordinal"


# ---------------------------------------------------------------- 2. a copying site's tag between East Asian brackets

def test_the_tag_in_lenticular_brackets_is_furniture_and_the_headline_is_read():
    v = _v(_VITA_HUE, "【xỉu 2.5/3】Triển khai chiến dịch")
    assert v["2.5/3"][0] == "not_a_figure"
    # u-hau-giang-tdtt-quan-chung-2021: the tag holds no number; the headline's rate after it is still read
    assert _kinds("【kronhacai】Có 35 xã tham gia tập luyện thể thao")["35"] == "count"
    assert _kinds("「第3回」 có 12 đơn vị tham gia")["12"] != "furniture"


def test_a_bracket_inside_a_sentence_hides_no_figure():
    # a tag opens its line; East Asian brackets in a sentence (a draft smuggling a figure) leave the number read
    assert _kinds("Doanh thu đạt 【500 tỷ đồng】, tăng 12%")["500 tỷ đồng"] != "furniture"
    assert _kinds("Tổng số 《12 xã》 tham gia")["12"] != "furniture"


def test_round_brackets_stay_prose():
    assert _kinds("đạt 2,5/3 điểm (tăng 12 người)")["12"] != "furniture"


# ---------------------------------------------------------------- 3. dates and periods in a garbled copy

def test_garbled_cutoff_date_and_half_year_are_no_figures():
    v = _v(_GARBLED, "T&ịăcưtẽ;nh đến hết ng&ăgràvẻ;ỵ 30-6, c&ảăcưtê;c")
    assert v["30-6"][0] == "not_a_figure"
    v = _v(_GARBLED, "vốn đầú tư c&ơcỉrc;ng 6 th&ạạcùtẽ;ng đầú năm")
    assert v["6"][0] == "not_a_figure"


def test_garbled_page_still_checks_its_amounts():
    line = "ước đạt 1.290/4.244 tỷ đồng, đạt 30,4% kế hòạch vốn"
    bad = _v(_GARBLED, line, line.replace("30,4%", "36,4%"))
    assert flagged(bad["36,4%"][0])


def test_garbled_recognisers_need_the_notation():
    # a unit or a third part after day-month: no cut-off date
    assert "date" not in _kinds("đến hết ng&ăgràvẻ;ỵ 30-6 tỷ đồng").values()
    assert _kinds("6 th&ạạcùtẽ;ng 7 người")["6"] != "period"
    # clean text is the clean recognisers' (the same kinds as before this round)
    assert _kinds("Tính đến hết ngày 30-6, các nguồn vốn")["30-6"] == "date"
    assert _kinds("giải ngân 6 tháng đầu năm còn thấp")["6"] == "period"
