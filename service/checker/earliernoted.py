"""The verdict on a value ``so với`` sets against, named with its own earlier period (checker round 68).

``tăng nhẹ so với 75,3% thị phần trong 10 tháng năm 2016`` (xi-toan-quoc-bo-cong-thuong-xuat-khau-hat-dieu-2017-11t;
``recognisers.earlierbase`` reads the construction): that period's value, the comparison's base, no figure of the
report's period.  Where a row's ``Ghi chú`` keeps that period's value as ``label: value`` (``10 tháng 2016: 75,3%``)
the number is held to it — supported when it says it, wrong when the note of the row the sentence compares (the row
of the number said before it) gives that year another value.  Else it is unverified, a note for the reviewer, not an
alarm — unless it is last year's and the table keeps last year's values (``cung_ky``): then the readers after check it
as any base.  A text cut inside the period's name (``tăng so với 94,3% thị phần trong 10 thá``) names no year: the
number is held to the compared row's notes alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import value_supports
from service.checker.pasted import only_notation
from service.checker.recognisers.earlierbase import compared_from, earlier_named, noted_earlier
from service.numbers import format_vn

#: a sentence's end between two numbers
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _decimals(written: str) -> int:
    hit = re.search(r",(\d+)", written)
    return len(hit.group(1)) if hit else 0


def _compared_row(text: str, numbers: list, k: int, idx):
    """The row of the nearest number before ``k`` in its sentence that a row supports (the value compared)."""
    n = numbers[k]
    for j in range(k - 1, max(k - 6, -1), -1):
        if _SENTENCE_END.search(text, numbers[j].end, n.start):
            return None
        ma = (numbers[j].source or {}).get("ma")
        if numbers[j].verdict == "supported" and ma:
            return next((r for r in idx.rows if r.fig.ma == ma), None)
    return None


def _as_written(n, value: Decimal) -> str:
    """The note's value written as the number is (its percent sign kept)."""
    return format_vn(value) + ("%" if n.text.strip().endswith("%") else "")


def _notes(row) -> list:
    return noted_earlier(getattr(row.fig, "ghi_chu", "") or "")


def earlier_base(text: str, numbers: list, k: int, idx, report, keeps_last_year: bool) -> bool:
    """Give ``numbers[k]`` its verdict when it is an earlier period's value set against by ``so với`` (module
    docstring); True when it did."""
    n = numbers[k]
    if n.verdict not in ("unsupported", "unverified") or n.source is not None or n.value is None \
            or not compared_from(text, n.start):
        return False
    named = earlier_named(text, n.start, n.end)
    if named is not None and report is not None and named[1] >= report.year:
        return False                       # this year's period: no earlier base
    written, decimals = Decimal(str(n.value)), _decimals(n.text)
    compared = _compared_row(text, numbers, k, idx)
    rows = idx.rows if named is not None else [compared] if compared is not None else []
    for row in rows:
        for label, year, value in _notes(row):
            if (named is None or year == named[1]) and value_supports(value, written, decimals=decimals):
                if only_notation(n.text.split()[0]) == "en":
                    n.verdict, n.expected = "unsupported", _as_written(n, value)
                    n.reason = f"«{n.text.strip()}» viết dấu chấm thập phân; ghi chú của {row.fig.ma} ghi «{label}: {_as_written(n, value)}»"
                    return True
                n.verdict, n.reason, n.expected = "supported", None, None
                n.source = {"ma": row.fig.ma, "column": "ghi_chu"}
                n.derivation = f"{row.fig.ma}: ghi chú «{label}: {format_vn(value)}» (số của kỳ trước làm cơ sở so sánh)"
                return True
    if named is None:
        return False
    for label, year, value in _notes(compared) if compared is not None else []:
        if year == named[1]:
            n.verdict, n.expected = "unsupported", _as_written(n, value)
            n.reason = (f"Ghi chú của {compared.fig.ma} ghi «{label}: {_as_written(n, value)}», không phải «{n.text.strip()}» "
                        f"({named[0]})")
            return True
    if report is not None and named[1] == report.year - 1 and keeps_last_year \
            and (compared is None or "cung_ky" in compared.values):
        return False                       # last year's value, kept as cung_ky: the readers after check it
    # (the compared row keeps none — a running total's last year, «so với mức lãi gần 74,4 tỷ đồng 9 tháng 2021»
    # beside 01-LK: nothing to hold the number to)
    n.verdict, n.kind, n.expected = "unverified", "other-period", None
    n.reason = (f"Chưa kiểm được: «{n.text.strip()}» là số của {named[0]}, làm cơ sở so sánh; bảng số liệu không ghi "
                "số này")
    return True
