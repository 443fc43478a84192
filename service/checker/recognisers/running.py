"""A running total and its period's value: one indicator, two columns, the phrasing chooses.

The figures loader keeps a ``Lũy kế``/``Từ đầu năm`` column as a row of its own (code + ``-LK``, label +
``(từ đầu năm)``, ``service.figures.load``).  A text names both with the same words
(``Trong tháng tổ chức 5 buổi tuyên truyền; lũy kế 11 tháng tổ chức 52 buổi``): the label says which indicator,
the words of time before the number say which column — a running-total cue (``lũy kế``, ``cộng dồn``,
``tính chung 11 tháng``, ``từ đầu năm (đến nay)``, ``năm 2019 đến nay``, ``11 tháng đầu năm``, ``đưa sản lượng 10 tháng``:
``broughtup``) the running total,
a period cue (``trong tháng``, ``tháng 11``, ``tháng này``) the period's own value.  The nearest cue before the
number in its sentence decides; none, and either column stands.
"""

from __future__ import annotations

import re

from service.checker.recognisers.broughtup import BROUGHT_UP

RUNNING_CODE = "-LK"  # service.figures.load.RUNNING_CODE: the loader's suffix, the same in every period

_N = r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai))?)"
#: Words that put what follows on the year to date.
RUNNING_CUE = re.compile(
    r"(?i)(?<!\w)(?:l[ũu]y\s*k[ếe]|lu[ỹy]\s*k[ếe]|cộng\s+dồn|tính\s+chung(?:\s+(?:cả\s+)?" + _N + r"\s+tháng)?"
    r"|từ\s+đầu\s+năm(?:\s+(?:\d{4}\s+)?(?:đến|tới)\s+nay)?|(?:năm\s+\d{4}\s+)?(?:đến|tới)\s+nay"
    r"|từ\s+tháng\s+(?:1|01|một|giêng)\s+(?:đến|tới)\s+(?:nay|tháng\s+\d{1,2}(?:/\d{4})?)"
    r"|(?:trong|qua|sau|cả)\s+" + _N + r"\s+tháng(?!\s+(?:tù|giam|tuổi))"
    r"|" + _N + r"\s+tháng\s+(?:đầu\s+năm|năm\s+\d{4}|qua|vừa\s+qua)|" + BROUGHT_UP + r")(?!\w)")
#: Words that put what follows on the period's own month; a month that ends a span (``Lũy kế từ đầu năm đến tháng
#: 5/2020``, ``tính đến hết tháng 10``, ``Tính đến cuối tháng 4``) is none.
PERIOD_CUE = re.compile(r"(?i)(?<!\w)(?<!đến\s)(?<!tới\s)(?<!hết\s)(?<!đến\scuối\s)(?<!tới\scuối\s)"
                        r"(?:trong\s+tháng|tháng\s+này|riêng\s+tháng(?:\s+\d{1,2})?"
                        r"|tháng\s+\d{1,2}(?:/\d{4}|\s+năm\s+\d{4})?)(?!\w|/)")


def running_base(code: str) -> str | None:
    """The code of the row a running total belongs to (``3-LK`` → ``3``), None for a row that is none."""
    code = code.rstrip("'")
    return code[: -len(RUNNING_CODE)] if code.endswith(RUNNING_CODE) else None


def same_indicator(a: str, b: str) -> bool:
    """Two rows that are one indicator: a row and its running total."""
    return a != b and (running_base(a) == b or running_base(b) == a)


def time_cue(before: str) -> str | None:
    """``running`` or ``period``: the nearest cue in ``before`` (the words of the sentence up to the number); a
    running-total cue wins over a month named inside it (``từ tháng 1 đến tháng 11``)."""
    best: tuple[int, int, str] | None = None
    for rx, kind, rank in ((RUNNING_CUE, "running", 1), (PERIOD_CUE, "period", 0)):
        for m in rx.finditer(before):
            key = (m.end(), rank, kind)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is None:
        return None
    if best[2] == "period":  # a month that ends a running span ("từ tháng 1 đến tháng 11") is the span's
        for m in RUNNING_CUE.finditer(before):
            if m.end() >= best[0]:
                return "running"
    return best[2]
