"""Checker round 82 (helper chk82, issue 13): a stretch of last year named by its length and a word for last year,
``so với 6 tháng đầu năm ngoái``, is the year-ago base of the rate before it (``lastyearstretch``): the row's kept
rate of change against the same period (``<mã>-TL``) proves or refutes it, as after ``so với cùng kỳ``."""

from __future__ import annotations

import unicodedata

import pytest

from service.checker.lastyearstretch import names_last_year
from service.checker.ownindex import rate_base
from tests.sweep_tables import anchor_verdicts, heldout, page

EVN = "xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1"
STEEL = "xk-toan-quoc-doanh-nghiep-thep-ket-qua-kinh-doanh-2021-q1"
HYDRO = "tăng 41% so với 6 tháng đầu năm ngoái"


def _base(text, quote, rate, year):
    text = unicodedata.normalize("NFC", text)
    s = text.index(quote)
    start = text.index(rate, s)
    sentence = text.rfind(".", 0, start) + 1
    return rate_base(text, sentence, start, start + len(rate), year)


def test_the_hydropower_rate_is_checked_against_its_kept_rate():
    assert anchor_verdicts(EVN, "2021-H1", HYDRO)["41%"] == "derived"


@pytest.mark.parametrize("old, new", [("41%", "51%"), ("41%", "42%"), ("41%", "40%"), ("tăng", "giảm")])
def test_planted_errors_in_the_hydropower_rate_are_caught(old, new):
    said = anchor_verdicts(EVN, "2021-H1", HYDRO, old, new)
    assert said[new if new.endswith("%") else "41%"] == "unsupported"


@pytest.mark.parametrize("text, quote, rate, year", [
    (heldout(EVN), HYDRO, "41%", 2021),
    (heldout(STEEL), "tăng gần 40% so với 3 tháng đầu năm ngoái", "40%", 2021),   # the second source
])
def test_second_sources_read_last_year_said_in_words(text, quote, rate, year):
    assert _base(text, quote, rate, year) == "year-ago"


def test_a_year_named_is_read_by_its_year_though_last_year_is_said_after_it():
    # "năm trước khi xảy ra dịch": the year before the epidemic, 2019, four years before the report's
    text = page("d12-baobariavungtau-banle-5t-2023")
    assert _base(text, "tăng 28,3% so với 5 tháng đầu năm 2019 - năm trước", "28,3%", 2023) == "other"


@pytest.mark.parametrize("text, quote", [
    (page("d12-baobariavungtau-banle-5t-2023"), "5 tháng đầu năm 2019 - năm trước khi"),
    (heldout("yo-tuyen-quang-ban-atgt-tinh-tai-nan-giao-thong-2021-h1"), "6 tháng cuối năm 2020"),
    (page("t33-kinhtedothi-77-vu-chay-9-ngay-tet-2013"), "3 ngày đầu Tết năm 2012"),
    (page("c17-cand-xangdau-4t-2015"), "4 tháng/2014"),
])
def test_real_negatives_name_no_last_year_in_words(text, quote):
    assert quote in unicodedata.normalize("NFC", text)
    assert not names_last_year(quote)


@pytest.mark.parametrize("words, said", [
    ("6 tháng đầu năm ngoái", True), ("3 tháng đầu năm trước", True), ("9 tháng năm vừa qua", True),
    ("6 tháng đầu năm 2020", False), ("6 tháng cuối năm", False), ("6 tháng trước", False),
    ("15 ngày đầu tháng trước", False),
])
def test_the_words_for_last_year(words, said):
    assert names_last_year(words) is said
