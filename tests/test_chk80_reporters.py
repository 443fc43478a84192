"""Checker round 80 (helper chk80, issue 13): the count of the bodies a statement's figures come from (``theo báo cáo
của 63 sở LĐTBXH``, ``tổng hợp từ 63 tỉnh thành``) is no figure of the period (``recognisers/reporters.py``)."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.extract import extract_numbers
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout, page

GDNN = "xm-toan-quoc-tong-cuc-gdnn-tot-nghiep-viec-lam-2018"


def _kinds(text, quote, offset):
    s = text.index(quote) + offset
    return [(m.kind, m.recogniser) for m in extract_numbers(text) if m.num_start == s]


@pytest.mark.parametrize("quote", ["báo cáo của 63 sở LĐTBXH", "báo cáo của 63 sở LĐ-TB&XH"])
def test_the_directorates_reporters_are_no_figure(quote):
    text = heldout(GDNN)
    table = load_table(HELDOUT / GDNN / "figures.csv", period="2018")
    s = text.index(quote) + len("báo cáo của ")
    verdicts = [(n.verdict, n.kind) for n in check_text(text, table, period="2018").numbers if n.start == s]
    assert verdicts == [("not_a_figure", "name")]


@pytest.mark.parametrize("slug, quote, offset", [
    ("p37-hoidongbaucu-cutri-17h-2016-05", "theo báo cáo của 63 tỉnh", 17),
    ("c29-viettimes-tag-bau-cu-quoc-hoi-gan-96-cu-tri", "tổng hợp từ 63 tỉnh", 12),
    ("p18-vietnamplus-xoanhatam-2025-08", "tổng hợp báo cáo từ 34 địa phương", 20),
])
def test_second_sources_the_bodies_reported_from(slug, quote, offset):
    assert _kinds(page(slug), quote, offset) == [("name", "count-of-reporters")]


@pytest.mark.parametrize("text, quote, offset", [
    (page("t22-plo-duoinuoc-2016-h1"), "báo cáo của 50/63", 12),   # a share of the reporters
    (heldout("xl-lam-dong-ban-atgt-tinh-tai-nan-giao-thong-2021-h1"), "tỉnh, 6 tháng", 6),  # the cue leads elsewhere
])
def test_real_negatives_are_not_reporters(text, quote, offset):
    assert all(r != "count-of-reporters" for _, r in _kinds(text, quote, offset))


def test_an_amount_compiled_is_no_count_of_bodies():
    text = "Theo tổng hợp từ 3 triệu phiếu khảo sát, tỷ lệ hài lòng đạt 85%."
    assert all(r != "count-of-reporters" for _, r in _kinds(text, "3 triệu", 0))
