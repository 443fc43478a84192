"""Figures round 40: a running total's own change column in the row's unit (``Lũy kế so với năm 2019 (+/-)``) gives
the running row (``-LK``) its last year's running total, as a period column's ``Tăng/giảm`` gives the period row's.

Sources (held-out tables, real sheets): xl-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-09 (`Lũy kế từ
15/12/2019 đến 14/9/2020 | Lũy kế so với năm 2019 (+/-)`: 4.876 and −783, the text's «số người chết giảm 783 người»);
yr-ninh-thuan-ban-atgt-tinh-tai-nan-giao-thong-2017-10t read as the report of October 2017 (`10 tháng năm 2017 |
Tăng (+), giảm (-) so với cùng kỳ năm 2016`: 53 and −7).  Negatives: a blank change cell (xl's I.1), a rate of the
running total (zw-toan-quoc-…-bi-thuong-nhe-2016-07's `So cùng kỳ 7 tháng (%)`: kept as the `-LK-TL` sub-row), the
month's change against the month before (Ninh Thuận's −2: the month's previous edition, never the running row's)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.figures.load import load_table

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _rows(slug: str, period: str) -> dict:
    return {f.ma: f for f in load_table(HELDOUT / slug / "figures.csv", period=period)}


def test_the_running_change_gives_the_running_rows_last_year():
    rows = _rows("xl-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2020-09", "2020-09")
    assert rows["I.2-LK"].ky_bao_cao == Decimal(4876) and rows["I.2-LK"].cung_ky == Decimal(5659)
    assert rows["I.3-LK"].cung_ky == Decimal(9619)
    assert rows["I.2"].cung_ky == Decimal(563)      # the month's from its own change, as before
    assert rows["I.1-LK"].cung_ky is None            # blank change cell: nothing given


def test_a_second_sheet_the_ten_months_beside_the_month():
    rows = _rows("yr-ninh-thuan-ban-atgt-tinh-tai-nan-giao-thong-2017-10t", "2017-10")
    assert [rows[f"{n}-LK"].cung_ky for n in (1, 2, 3)] == [Decimal(61), Decimal(60), Decimal(25)]
    assert rows["4-LK"].cung_ky is None
    # the month's change against September stays the month's (previous edition), not the running row's
    assert rows["2"].ky_truoc == Decimal(4) and rows["2"].cung_ky is None


def test_a_running_rate_stays_the_running_rows_sub_row():
    rows = _rows("zw-toan-quoc-tai-nan-giao-thong-bi-thuong-nhe-2016-07", "2016-07")
    assert rows["R-2-LK"].cung_ky is None
    assert rows["R-2-LK-TL"].ky_bao_cao == Decimal("-8.2")
