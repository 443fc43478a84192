"""A value ``so với`` sets against, named with its own earlier period right after it (checker round 68).

``chiếm 75,4% thị phần trong 10 tháng năm 2017, tăng nhẹ so với 75,3% thị phần trong 10 tháng năm 2016 và tăng khá
mạnh so với 68,9% thị phần trong 10 tháng năm 2015`` (xi-toan-quoc-bo-cong-thuong-xuat-khau-hat-dieu-2017-11t),
``tăng trưởng doanh thu … là 10,9% so với mức 5,0% của năm 2007`` (p27-plo-doanhnghiep-6t-2008-h1), ``cao hơn nhiều
so với mức 338.200 tỉ đồng của 6 tháng đầu năm 2019`` (p10-thanhnien-dulich-2024-h1): the number right after ``so với
(mức)`` is followed, after its unit and a few words of what it measures, by an earlier period's name ending in its
year — that period's value, the base of the comparison, no figure of the report's period.  The template reads the
same construction (``service.onboarding.comparedearlier``).

Not a change measured against a period (``tăng 22,3% so với 11 tháng năm 2016``: the period follows ``so với``, the
number is the period's length), not a number with no period after it (``so với 113 vụ cùng kỳ`` is ``bases``').

A table may keep such a value in a row's ``Ghi chú`` as ``label: value`` (``10 tháng 2016: 75,3%; 10 tháng 2015:
68,9%``): ``noted_earlier`` reads those pairs so the checker can hold the number to them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.numbers import parse_vn

#: ``so với`` (``mức``, ``gần``, …) right before the number
#: (``mức`` and the one word of what it measures: ``so với mức lỗ gần 13,17 tỷ đồng quý III năm 2021``, ``so với mức
#: lãi gần 74,4 tỷ đồng 9 tháng 2021`` xm-toan-quoc-navico-anv-loi-nhuan-ca-tra-2022-q3, ``so với mức giá 124.000
#: đồng/kg cùng kỳ năm 2017`` t24-cafef-hattieu-15ngay-2018-09; ``chỉ``: ``so với chỉ 5 trường hợp trong năm 2014``;
#: not a change, ``so với mức tăng 9,6% của cùng kỳ năm 2017``: the older rules read that one)
_SO_VOI = re.compile(r"(?i)(?<!\w)so\s+với\s+(?:(?:mức(?:\s+(?!(?:gần|hơn|khoảng|trên|dưới|tăng|giảm)(?!\w))[^\W\d_]+)?|gần|hơn|khoảng|trên|dưới"
                     r"|chỉ|con\s+số)\s+){0,2}$")
#: a period's own words: the number right after ``so với`` is that period's length, not a value
_PERIOD_WORD = r"(?:tháng|quý|năm|ngày|tuần|kỳ|giai\s+đoạn)"
#: after the number: its unit (``%``, ``tỉ đồng``), up to three words of what it measures (``thị phần``), ``trong`` /
#: ``của`` / ``vào`` / ``ở``, then an earlier period's name ending in its year (``10 tháng năm 2016``, ``năm 2007``,
#: ``6 tháng đầu năm 2019``, ``quý I/2018``, ``tháng 10/2018``)
_NAMED_AFTER = re.compile(
    r"(?i)\s*%?\s*(?:[^\W\d_]+\s+){0,4}?(?:(?:trong|của|vào|ở)\s+)?"
    r"(?P<period>(?:(?:\d{1,2}|[IVX]{1,4})\s+)?" + _PERIOD_WORD + r"(?:\s+(?:đầu|cuối))?"
    r"(?:\s+(?:\d{1,2}|[IVX]{1,4}))?(?:\s*/\s*|\s+năm\s+|\s+)(?P<year>(?:19|20)\d\d))(?!\d)")
#: the number followed by a period word: the period's length (``so với 11 tháng năm 2016``)
_LENGTH = re.compile(r"(?i)\s*" + _PERIOD_WORD + r"(?!\w)")
_NUMERAL = re.compile(r"\d(?:[\d.,]*\d)?")
#: a note's ``label: value`` pair: the label names a year, the value a number (and its unit)
_NOTE_PAIR = re.compile(r"(?P<label>[^:;]*?(?:19|20)(?P<yy>\d\d)[^:;]*?)\s*:\s*(?P<num>\d[\d.,]*)\s*(?P<unit>%)?\s*$")


def compared_from(text: str, start: int) -> bool:
    """Does ``so với`` stand right before the number at ``start``?"""
    return bool(_SO_VOI.search(text, max(0, start - 40), start))


def earlier_named(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The period named right after the number ``text[start:end]`` set against by ``so với``, and its year; None when
    the number is not so compared or no period with a year follows."""
    digits = _NUMERAL.match(text, start)   # the length's period word follows the numeral, not its unit (``13,17 tỷ
    if not compared_from(text, start) or _LENGTH.match(text, digits.end() if digits else end):  # đồng quý III``)
        return None
    hit = _NAMED_AFTER.match(text, end)
    if hit is None:
        return None
    return re.sub(r"\s+", " ", hit.group("period")), int(hit.group("year"))


def noted_earlier(note: str) -> list[tuple[str, int, Decimal]]:
    """The ``label: value`` pairs of a row's note whose label names a year: (label, year, value)."""
    out = []
    for seg in re.split(r"[;\n]", note or ""):
        hit = _NOTE_PAIR.search(seg.strip())
        if hit is None:
            continue
        try:
            value = parse_vn(hit.group("num").rstrip(".,"))
        except ValueError:
            continue
        year = int(re.findall(r"(?:19|20)\d\d", hit.group("label"))[-1])
        out.append((hit.group("label").strip(), year, value))
    return out
