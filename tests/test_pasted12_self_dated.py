"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): a table whose columns name their own periods
(``Năm 2023`` · ``Ước năm 2024``; ``Năm học 2011-2012`` … ``Năm học 2015-2016``) under a report title naming another
period (``… 6 tháng đầu năm 2024``; a page titled ``…-2011-2016``). Read under that title the loader takes every
column for a period before or beyond the report's and keeps no figure, so the template made no row of the table. A
table whose value columns all name their periods (``pasted.self_dated``) is read again on its own when the title
leaves it empty.  Quotes: s12-dien-bien-ktxh-dan-so-uoc-nam-2024 (its flip-book title as ``parse_report`` reads it)
and t15-thcscuanam-thongtin-2011-2016 (a school's page, school years side by side)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import table_rows, tables, self_dated

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def test_a_self_dated_table_is_read_though_the_report_title_names_another_period():
    text = (_PAGES / "s12-dien-bien-ktxh-dan-so-uoc-nam-2024.txt").read_text()
    rows, _ = table_rows(text, "Page 36 - Tình hình kinh tế xã hội tỉnh Điện Biên 6 tháng đầu năm 2024 P. 36")
    got = {r.label: r.value for r in rows}
    assert got["Dân số trung bình"] == Decimal("656717") and got["Nông thôn"] == Decimal("556874")
    text = (_PAGES / "t15-thcscuanam-thongtin-2011-2016.txt").read_text()
    rows, _ = table_rows(text, "t15-thcscuanam-thongtin-2011-2016")
    got = {r.label: r.value for r in rows}
    assert got["Khối lớp 6"] == Decimal("5") and got["Cộng"] == Decimal("18")


def test_self_dated_needs_every_period_column_dated():
    text = (_PAGES / "s12-dien-bien-ktxh-dan-so-uoc-nam-2024.txt").read_text()
    assert self_dated(tables(text)[0].titles)
    text = (_PAGES / "s12-da-nang-giuong-benh-quan-huyen-2020.txt").read_text()
    assert not self_dated(tables(text)[0].titles)      # one year and its parts: the title's period
