"""The kept rates of a month and its running total: one indicator's two rates, paired as their rows are.

A sheet that keeps a month and the year to date side by side keeps each one's rate beside it (``Tháng 4/2020 | Tháng
4 so cùng kỳ (%) | Lũy kế 4 tháng | 4 tháng so cùng kỳ (%)``).  The figures loader keeps each rate as a sub-row of
its value's row (``service.figures.load``: code ``<mã>-TL``, ``-TL2`` … in the order of the line's rate columns):
``3-TL`` / ``3-LK-TL`` when the report is the month (the running total is the ``-LK`` row), ``1-TL2`` /
``1-2020-04-TL`` when the report is the span (the month is the part row ``-YYYY-MM``, ``monthpart``).  The values'
rows are paired for the words of time (``Attribution._running_pass``); their rates are the same pair, and the same
words choose between them:

    thu nội địa tháng 4 chỉ ước đạt 72.500 tỉ đồng, giảm gần 1/4 so với số thu tháng 3 và chỉ bằng 65% mức cùng kỳ
    năm 2019. Lũy kế thu 4 tháng đạt 408.760 tỉ đồng, bằng 32,3% dự toán, giảm 3,7% so cùng kỳ năm 2019
                          (d14 Thanh Niên, report 2020-4T: ``1-2020-04-TL`` 65 the month, ``1-TL2`` 96,3 the four months)

The two rates are paired when the other value's row keeps exactly one rate that says the same comparison (the words
after the label's last ``:``, the period's words left out): never two rates of one value's row, never a rate with a
share or a plan's rate of the other column.
"""

from __future__ import annotations

import re

from service.checker.monthpart import month_part_pair
from service.checker.ownindex import OwnIndex
from service.checker.recognisers.running import RUNNING_CODE, running_base

#: a kept rate's code: its value's row's code and ``-TL``, ``-TL2`` … (``service.figures.model._KEPT_RATE_CODE``)
_RATE_CODE = re.compile(r"^(?P<base>.+?)(?P<rate>-TL\d*)'*$")
#: the period a part row's label names (``Thu nội địa (tháng 4 năm 2020): so với cùng kỳ``)
_PERIOD_WORDS = re.compile(r"(?i)\s*\((?:tháng|quý|\d)[^()]*\)")


def _compared(label: str) -> str:
    """What a rate's label says it compares (the words after its last ``:``), the period's words left out."""
    tail = label.rsplit(":", 1)[1] if ":" in label else ""
    return re.sub(r"\s+", " ", _PERIOD_WORDS.sub("", tail)).strip().lower()


def _value_pair(code: str, by_code: dict, report) -> tuple[object, bool] | None:
    """(the other value row, whether ``code``'s row is the running total) of a value row's pair: its ``-LK`` row or
    its row, else a running span's row and its last month's part row."""
    base = running_base(code)
    other = by_code.get(base if base is not None else code.rstrip("'") + RUNNING_CODE)
    if other is not None:
        return other, base is not None
    return month_part_pair(code, by_code, report)


def rate_pair(code: str, label: str, by_code: dict, report) -> tuple[object, bool] | None:
    """(the other rate of the pair, whether ``code``'s rate is the running total's), or None: ``code`` is a kept rate
    (``<mã>-TL…``) of a value row whose month / running-total pair keeps one rate of the same comparison."""
    m = _RATE_CODE.match(code)
    if m is None:
        return None
    pair = _value_pair(m.group("base"), by_code, report)
    if pair is None:
        return None
    other_value, is_running = pair
    said = _compared(label)
    if not said:
        return None
    other_code = other_value.fig.ma.rstrip("'")
    rates = [r for c, r in by_code.items()
             if (rm := _RATE_CODE.match(c)) is not None and rm.group("base").rstrip("'") == other_code
             and _compared(r.fig.chi_tieu) == said]
    return (rates[0], is_running) if len(rates) == 1 else None


#: a derivation of a kept rate less 100 (``R-7-2020-09-TL: 98,6% − 100% = -1,4%``)
_LESS_100 = re.compile(r"^(?P<code>\S+): [\d.,]+% − 100%")


def kept_rate_of(result, m, by_code: dict):
    """The kept rate row a rate of change was derived from (``giảm 1,4%`` = ``R-7-2020-09-TL`` 98,6 less 100), or
    None: only a written ``tăng``/``giảm`` percent, derived from one kept rate (``<mã>-TL…``) alone."""
    if result is None or result.verdict != "derived" or m.kind != "percent" or m.comparison not in ("tăng", "giảm"):
        return None
    d = _LESS_100.match(result.derivation or "")
    code = (result.source or {}).get("ma")
    if d is None or code is None or d.group("code") != code or _RATE_CODE.match(code) is None:
        return None
    return by_code.get(code)


def rate_gives(index, m) -> bool:
    """The other rate (an index, cùng kỳ = 100) gives the rate of change as written, direction and rounding too."""
    return OwnIndex._index_gives(index, m, m.comparison == "tăng")


def rate_said(index) -> str:
    """``giảm 4,5%`` for an index of 95,5."""
    change = index - 100
    return f"{'tăng' if change > 0 else 'giảm'} {format(abs(change), 'f').rstrip('0').rstrip('.').replace('.', ',')}%"
