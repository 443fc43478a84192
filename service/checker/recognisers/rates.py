"""An amount per unit: the rate behind a total, or an average of the period.

``sửa chữa 17 nhà (7 triệu đồng/nhà)``, ``13 học sinh …, mỗi suất 1 triệu đồng/tháng``: how much each unit got — the
rate behind a total (the table keeps the total, ``279 triệu đồng``), no figure of its own.  But ``mỗi xã đạt bình quân
trên 15 tiêu chí``, ``thu nhập bình quân mỗi người 5 triệu đồng/tháng``: an average (``bình quân``, ``trung bình``) is
what the period reached, a figure.

The grammar, read around an amount whose unit says ``per`` something (``/nhà``, ``mỗi suất``):

- :func:`average` — ``bình quân``/``trung bình`` among the words before it, back to ``mỗi`` or the clause's start;
- :func:`of_counted` — its ``per`` noun is the noun a count right before it counts (``17 nhà (7 triệu đồng/nhà)``);
- :func:`each_before` — ``mỗi`` and a unit that is no period (``mỗi suất``, not ``mỗi tháng``) right before it, even when
  the amount is also per period (``mỗi suất 1 triệu đồng/tháng``).
"""

from __future__ import annotations

import calendar
import re

_CLAUSE_STOP = re.compile(r"[.;:!?](?=\s)|\n")
_AVERAGE = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình)(?!\w)")
_PERIOD_WORDS = frozenset("ngày tuần tháng quý năm kỳ đợt lần".split())
_EACH = re.compile(r"(?i)(?<!\w)mỗi\s+([^\W\d_]+)(?:\s+[^\W\d_]+){0,5}\s+$")


def _clause_before(text: str, start: int, back: int = 120) -> str:
    lo = max(0, start - back)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, lo, start)]
    return text[stops[-1] if stops else lo:start]


def average(text: str, start: int) -> bool:
    """``mỗi xã đạt bình quân trên 15 tiêu chí``, ``bình quân mỗi hộ 2 triệu đồng``: an average, a figure."""
    return bool(_AVERAGE.search(_clause_before(text, start, 80)))


def of_counted(text: str, start: int, per: str | None) -> bool:
    """``sửa chữa 17 nhà (7 triệu đồng/nhà)``, ``xây mới 4 nhà, 40 triệu đồng/nhà``, ``trao tặng 5 suất quà (250.000
    đồng/suất)``: the amount each of the units just counted got."""
    if not per:
        return False
    head = per.split()[0]
    # "5 suất quà (250.000 đồng/suất)": a word or two may name what the unit holds
    return bool(re.search(r"\d[\d.,]*\s+" + re.escape(head) + r"(?!\w)(?:\s+[^\W\d_]+){0,2}[^\w\d]{0,4}$",
                          _clause_before(text, start, 60), re.I))


def each_before(text: str, start: int) -> bool:
    """``mỗi suất 1 triệu đồng/tháng``: ``mỗi`` and a unit that is no period right before the amount."""
    m = _EACH.search(text, max(0, start - 40), start)
    return bool(m) and m.group(1).lower() not in _PERIOD_WORDS


_AVERAGE_OF_ONE = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình)(?:\s+[^\W\d_]+){0,3}?\s+(?:cho\s+|của\s+)?$")
_ONE_PER_PERIOD = re.compile(r"(?i)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:/\s*|\s+(?:1|01|một)\s+)"
                             r"(?:ngày|tuần|tháng|quý|năm)(?!\w)")


#: ``bình quân 1 hộ``, ``trung bình 1 người``: one holder an average is per (not ``bình quân 1 ha/hộ``, the average).
_ONE_HOLDER = re.compile(r"(?i)\s+(?:hộ|người|lao\s+động|nhân\s+khẩu|khẩu|gia\s+đình|học\s+sinh)(?!\w)(?!\s*/)")


def per_one(text: str, num_start: int, num_end: int) -> bool:
    """The ``1`` at ``num_start:num_end`` is the unit an average is per (``bình quân 1 người 1 tháng``, ``bình quân
    1 lao động/năm``): an average, then one of a noun, then one period; or one holder (``Nhân khẩu bình quân 1 hộ
    … là 3,70 người``, c14-vn-ksms-2018)."""
    return text[num_start:num_end] in ("1", "01") and bool(
        _AVERAGE_OF_ONE.search(text, max(0, num_start - 50), num_start)) and bool(
        _ONE_PER_PERIOD.match(text, num_end) or _ONE_HOLDER.match(text, num_end))


_EACH_DAY_BEFORE = re.compile(r"(?i)(?<!\w)(?:trung\s+bình|bình\s+quân)?\s*(?:mỗi|một|1|hằng|hàng)\s+ngày(?:\s*,)?"
                              r"(?:\s+[^\W\d_]+){0,4}?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_WEEK = re.compile(r"(?i)(?<!\w)(?:một|1|trong)\s+tuần(?!\w)")


def per_day(text: str, num_start: int, per: str | None) -> bool:
    """The amount at ``num_start`` is an average per day (``4.509 tấn/ngày``, ``trung bình mỗi ngày có 180 lượt``)."""
    return (per or "").lower() == "ngày" or bool(_EACH_DAY_BEFORE.search(text, max(0, num_start - 60), num_start))


def within_a_week(text: str, start: int, end: int) -> bool:
    """The words near an average per day say it is over a week (``chỉ trong một tuần``, ``trong tuần``)."""
    return bool(_WEEK.search(text, max(0, start - 200), end))


def days_of(text: str, start: int, end: int, report) -> list[int]:
    """The days an average per day may be over: a week the words name near it, else the report period's days."""
    if within_a_week(text, start, end):
        return [7]
    if report is None:
        return []
    year, kind, index = report.year, report.kind, report.index
    months = {"year": range(1, 13), "half": range(1, 7) if index == 1 else range(7, 13),
              "quarter": range(3 * index - 2, 3 * index + 1), "month": range(index, index + 1),
              "ytd": range(1, index + 1)}.get(kind)
    return [sum(calendar.monthrange(year, mo)[1] for mo in months)] if months else []
