"""Checker round 77 (helper chk77, issue 13): the first day of a range of a lunar month named by its name
(``23 đến 27 tháng Chạp``) is a date (``recognisers/lunardays.py``)."""

from __future__ import annotations

import pytest

from service.checker.recognisers.lunardays import LUNAR_DAY_RANGE
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, OTHER_ROW as DUMMY, heldout, page, verdict_kind_at as _at

TAU = "xl-toan-quoc-nganh-duong-sat-ve-tau-tet-2025-12"


def test_the_first_lunar_day_on_the_held_out_page_is_a_date():
    text = heldout(TAU)
    table = load_table(HELDOUT / TAU / "figures.csv", period="2025-12")
    assert _at(text, "23 đến 27 tháng Chạp", table, "2025-12") == ("not_a_figure", "date")


@pytest.mark.parametrize("text, quote, kind", [
    (page("c47-vov-11-le-hoi-lon-dau-xuan"), "13 đến 15 tháng Giêng", "date"),
    ("Tết năm nay, các ga bán vé từ 23 - 27 tháng Chạp.", "23 - 27", "date"),
])
def test_second_source_and_its_form(tmp_path, text, quote, kind):
    f = tmp_path / "figures.csv"
    f.write_text(DUMMY, encoding="utf-8")
    assert _at(text, quote, load_table(f, period="2024"), "2024") == ("not_a_figure", kind)


@pytest.mark.parametrize("text, quote", [
    # a duration of months, no month's name: a count
    ("Hội đã kết nạp 1.234 hội viên trong 23 đến 27 tháng qua.", "1.234"),
    # a count before the lunar month's name, with no range: not this rule's (the figure stays checked)
    ("Tháng Chạp, Hội kết nạp 1.234 hội viên mới.", "1.234"),
])
def test_negatives_a_figure_stays_checked(tmp_path, text, quote):
    f = tmp_path / "figures.csv"
    f.write_text(DUMMY, encoding="utf-8")
    assert _at(text, quote, load_table(f, period="2024"), "2024")[0] == "supported"


@pytest.mark.parametrize("text, claimed", [
    ("(tức 23 đến 27 tháng Chạp)", ["23"]),
    ("thường từ ngày 13 đến 15 tháng Giêng hàng năm", ["13"]),
    ("kéo dài 23 đến 27 tháng qua", []),              # months counted, no month's name
    ("từ 23 đến 27 tháng 12", []),                    # a solar month by number: the date rules' own
    ("giảm 1,23 đến 27 tháng Chạp", []),              # a decimal's tail is no day
])
def test_the_rule_alone(text, claimed):
    assert [text[c.start:c.end] for c in LUNAR_DAY_RANGE.find(text, 0, len(text))] == claimed
