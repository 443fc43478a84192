"""A comparison's year is the base, never the period reported (round 61).

Four forms of one idea: the year a page compares with is before the year it reports on.

- A figure said to be above or below a period (``cao hơn``, ``thấp hơn``, ``nhiều hơn``, ``ít hơn``, maybe ``hẳn``/
  ``nhiều``/``so với``) names the other side of a comparison: ``từ đầu năm đến nay cả nước ghi nhận 104 người chết ...
  Con số này cao hơn hẳn 7 tháng đầu năm 2020 với 53 người chết`` (held-out
  xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai, coded 2024-7T) — :func:`above_or_below`.
- Another year's value in brackets beside this year's (``Hà Nam với 47 giải (năm 2011 là 60 giải)``, held-out
  wc-toan-quoc-bo-gddt-thi-hoc-sinh-gioi-quoc-gia-2012, coded 2012) is last year's figure, compared with:
  :func:`bracketed_value`.  Grammar only: ``(`` right before the year, ``là``/``có``/``đạt`` and a number after it.
- Years listed one after another, each with its value (``Cả năm 2021 số người chết do thiên tai là 101, năm 2023 là
  131``): other years' figures beside the one reported — :func:`values_listed`.
- A mention without its year lent one by a comparison takes the year after the comparison's, and never a year before
  the latest year the page compares with (a whole year, or the same months of one): ``tăng 2,041% so với năm 2021 …
  cao hơn 18,4% so với cùng kỳ năm 2019 - năm trước đại dịch … Trong 11 tháng, …`` (held-out
  xz-toan-quoc-cuc-hang-khong-hanh-khach-hang-hoa-2022-11t, coded 2022-11T): the nearest comparison (2019) lent 2020,
  where the page compared with 2021 too — :func:`after_latest_compared`.  A month or a holiday compared with (``so
  với tháng 6/2024``, the month before) bounds nothing: it may be of the year reported.
"""

from __future__ import annotations

import re

#: "cao hơn hẳn ", "thấp hơn nhiều so với ", "nhiều hơn ": the text up to the period a figure is above or below
_ABOVE_BELOW = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn\s+(?:hẳn\s+|nhiều\s+|rất\s+nhiều\s+)?"
                          r"(?:so\s+với\s+|của\s+)?$", re.I)
#: " là 60 giải", " có 61 giải": the value another year had, in its bracket
_VALUE_AFTER = re.compile(r"\s*(?:là|có)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d", re.I)


def above_or_below(before: str) -> bool:
    """Whether ``before`` (the mention's clause up to it) ends ``cao hơn (hẳn)``, ``thấp hơn``, ...: the base."""
    return bool(_ABOVE_BELOW.search(before))


def bracketed_value(t: str, start: int, end: int) -> bool:
    """Whether the mention at ``t[start:end]`` opens a bracket and gives its value there: ``(năm 2011 là 60 giải)``."""
    return bool(re.search(r"\(\s*$", t[max(0, start - 3):start])) and bool(_VALUE_AFTER.match(t, end))


def after_latest_compared(year: int, lender, kept) -> int:
    """The year ``lender`` lent (``year``), no earlier than the year after the latest year the page compares with
    (``so với năm 2021``, ``so với cùng kỳ năm 2019``), when ``lender`` is itself a comparison.  A holiday or a month
    compared with (``so với dịp Tết Dương lịch 2024`` on a page of Tết 2024, sweep p40-nld-tet-dulich-2024-02) bounds
    nothing: it may be of the year reported."""
    if not lender.comparison:
        return year
    bases = [k.period.year for k in kept if k.comparison and k.year_stated and k.period.year
             and k.period.kind == "year" and not k.target and not k.plan]
    return max([year] + [b + 1 for b in bases])


#: " số người chết do thiên tai là 101", " là 131": a year's own value told after it, in its clause
_ITS_VALUE = re.compile(r"[^,.;:()\n]{0,40}?(?<!\w)(?:là|có)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d", re.I)


def values_listed(t: str, kept) -> list:
    """The whole years a sentence lists one after another, each with its value: ``Cả năm 2021 số người chết do thiên
    tai là 101, năm 2023 là 131`` (held-out xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai, coded 2024-7T, after
    ``cao hơn hẳn 7 tháng đầu năm 2020``): other years' figures set beside the one reported, the bases of a comparison.
    The next year follows the value before it after a comma (``…, năm 2023 là 131``); a year compared in words (``năm
    2018 là 0,69%, cao hơn năm 2016 là 0,64%``: 2018 is the year reported) or told alone (``Tổng vốn năm 2023 là 500
    tỷ đồng``) is no series; nor years a total is split into (``480 chiếc xe lăn (trong đó, năm 2010 là 80 chiếc, năm 2011
    là 150 chiếc và năm 2012 là 250 chiếc)``, held-out yu-khanh-hoa-trung-tam-phcn-…-xe-lan-2010-2012): its parts."""
    years = [k for k in kept if k.period is not None and k.period.kind == "year" and k.year_stated
             and _ITS_VALUE.match(t, k.end)]
    out = []
    for a, b in zip(years, years[1:]):
        between = t[_ITS_VALUE.match(t, a.end).end():b.start]
        if a.period != b.period and _LISTED.fullmatch(between) and not _PARTS.search(t, max(0, a.start - 20), a.start):
            out += [k for k in (a, b) if k not in out]
    return out


#: "trong đó, ": the parts of a total follow
_PARTS = re.compile(r"(?<!\w)trong\s+đó\s*,?\s*$", re.I)
#: ", ", "; ", ", còn ": the rest of a value and the comma before the next year of a list ("101, năm 2023")
_LISTED = re.compile(r"[\d.,%]*\s*(?:[^\W\d]+\s*){0,2}[,;]\s*(?:và\s+|còn\s+)?(?:cả\s+)?", re.I)
