"""Round 29 of the period reader (evaluations/sweep/periods-round29.md): real quotes of the held-out cases and the
sweep pages."""

import unicodedata
from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period

ROOT = Path(__file__).resolve().parent.parent / "evaluations"
HELDOUT = ROOT / "cases" / "heldout"
PAGES = ROOT / "sweep" / "pages"


# -- the first month or quarter of a year written as an ordinal: "tháng đầu tiên năm 2022" is January ------------------

@pytest.mark.parametrize("text,code", [
    # ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01: its lead
    ("Tháng đầu tiên năm 2022, tai nạn giao thông tiếp tục giảm sâu cả 3 tiêu chí; trong đó số vụ tai nạn giảm 357 "
     "vụ", "2022-01"),
    # p12-hangkhong-2023-01
    ("Về hàng hóa, sản lượng thông qua các cảng hàng không trong tháng đầu tiên của năm 2023 đạt 112 nghìn tấn, tăng "
     "11,6% so với tháng 12/2022.", "2023-01"),
    # p29-cand-xnk-thang1-2018-01
    ("Cán cân thương mại hàng hóa của Việt Nam trong tháng đầu tiên của năm 2018 ước tính thâm hụt 300 triệu USD",
     "2018-01"),
    # p27-vnbiznews-grdp-quydau-2024-q1: a quarter so written
    ("GRDP ... ghi nhận tăng trưởng trong quý đầu tiên của năm 2024", "2024-Q1"),
])
def test_the_first_month_in_words_is_january(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_the_first_month_without_a_year_names_nothing():
    # p15-vnexpress-khachqt-2023-07: "the first month in which ...", no month of a year
    text = "Đây cũng là tháng đầu tiên ngành du lịch đón hơn một triệu lượt khách quốc tế"
    assert not [m for m in find_mentions(text) if m.period is not None]


def test_first_month_in_words_heading_a_monthly_release():
    # the lead's ordinal outranked "tháng 1/2022" further on; now both name January
    case = HELDOUT / "ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01"
    assert parse_report(case / "source.txt").period == "2022-01"
