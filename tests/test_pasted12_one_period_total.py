"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): a table of districts for ONE period, the period
in its title only (``Số giường bệnh năm 2020 phân theo quận/huyện``), its header a total and its parts (``Tổng số
Trong đó`` / ``Bệnh viện …``). No column read as a period, so the template made no row of it (Đà Nẵng: 1 of 8, the
prose's total; Quảng Ngãi: 0 of 18). The first column is now the title's year, the others its parts
(``pasted.one_period_total``).  Quotes: s12-da-nang-giuong-benh-quan-huyen-2020 (danang.gov.vn, space-aligned) and
s12-quang-ngai-nien-giam-co-so-y-te-huyen-2016 (Quảng Ngãi's yearbook 2016 p. 348, one cell a line, bilingual);
s12-hung-yen-nien-giam-huyen-dien-tich-dan-so-2019 (three measures, no total's column) is the guard."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import one_period_total, table_rows

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def _latest(rows, label):
    return next(r.value for r in rows if r.label.endswith(label) and "(năm" not in r.label)


def test_each_districts_total_is_the_periods_value():
    rows, _ = table_rows((_PAGES / "s12-da-nang-giuong-benh-quan-huyen-2020.txt").read_text())
    assert _latest(rows, "Quận Hải Châu") == Decimal("3038")
    assert _latest(rows, "Huyện Hòa Vang") == Decimal("247")
    rows, _ = table_rows((_PAGES / "s12-quang-ngai-nien-giam-co-so-y-te-huyen-2016.txt").read_text())
    assert _latest(rows, "TP. Quảng Ngãi") == Decimal("45")
    assert _latest(rows, "Huyện Ba Tơ") == Decimal("23")
    assert any(r.label.startswith("TỔNG SỐ") and r.value == Decimal("240") for r in rows)


def test_one_period_total_reads_one_year_and_a_total():
    got = one_period_total(["Số giường bệnh năm 2020 phân theo quận/huyện (ĐVT: giường)", "Tổng số Trong đó"], 3)
    assert [x for x, _ in got] == ["Năm 2020", "Chia ra", "Chia ra"]
    assert one_period_total(["Số giường bệnh năm 2020 phân theo quận/huyện", "Bệnh viện Trạm y tế"], 2) == []
    assert one_period_total(["Số cơ sở năm 2020 so với năm 2019", "Tổng số Trong đó"], 3) == []   # two years
    rows, _ = table_rows((_PAGES / "s12-hung-yen-nien-giam-huyen-dien-tich-dan-so-2019.txt").read_text())
    assert rows == []    # ``Diện tích    Dân số trung bình    Mật độ dân số``: three measures, no total
