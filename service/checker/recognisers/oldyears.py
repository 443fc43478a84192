"""Years before 1900, told by their notation: the plain-integer classifier reads four digits as a year only from 1900
on, but a life's or an anniversary's years reach back further.

- a span of two four-digit numbers in brackets, the later one a year of our time: ``226 năm ngày mất của Đại y tôn
  Hải Thượng Lãn Ông (1791-2017)`` (yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016), ``300 năm ngày sinh của ông
  (1724 - 2024)`` (yx-quang-nam-nui-thanh-hoi-dong-y-huyen-tong-ket-2023);
- four digits after a lunar year's name (a heavenly stem and an earthly branch): ``ngày Rằm tháng Giêng năm Tân Hợi
  1791`` (yx-bac-ninh-hoi-dong-y-tinh-tong-ket-2018), ``ngày rằm tháng giêng năm Tân Hợi (1791)``
  (c40-123docz-hai-thuong-y-tong-tam-linh);
- four digits after ``năm`` closing a clause or followed by a grammatical word: ``Tập đầu hoàn thành năm 1770;``,
  ``Toàn bộ được khắc in lần đầu năm 1885.`` (c40-lyluanphebinh-hai-thuong-y-tong-tam-linh), ``(tức ngày 11 tháng 12
  năm 1720)`` (c40-123docz-hai-thuong-y-tong-tam-linh).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule, alternation
from service.checker.recognisers.vocab import CAN, CHI
from service.lunar import year_of


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")


def _earlier_then_now(text: str, m: re.Match) -> bool:
    """The span runs forward and ends in a year of our time (1900-2100), or stands right after a name (``Lê Hữu Trác
    (1724-1791)``, c40-lyluanphebinh-hai-thuong-y-tong-tam-linh): a life's or an anniversary's years."""
    first, last = int(m.group(2)), int(m.group(3))
    if not 1000 <= first < last <= 2100:
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return last >= 1900 or (word is not None and word.group(1)[0].isupper())


#: ``(1791-2017)``, ``(1724 - 2024)``: the whole bracketed span is claimed as a year.
OLD_YEAR_SPAN = Rule("old-year-span", "year", "a span of years reaching before 1900 (a life's or an anniversary's)",
                     re.compile(r"\([ \t]*((1\d{3})[ \t]*[-–][ \t]*(\d{4}))[ \t]*\)"), accept=_earlier_then_now)


def _named_by_its_cycle(text: str, m: re.Match) -> bool:
    """The stem and branch name this very year (Tân Hợi is 1791 ± 60k): the digits restate the lunar name."""
    named = year_of(m.group(1), m.group(2))
    return named is not None and (int(m.group(3)) - named) % 60 == 0


#: ``năm Tân Hợi 1791``: four digits after a stem and a branch that name the same year in the common era.
OLD_LUNAR_YEAR = Rule("old-lunar-year", "year", "a year before 1900 after its lunar name", re.compile(
    rf"(?<!\w)({alternation(CAN)})[ \t]+({alternation(CHI)})[ \t]*[(,]?[ \t]*(1[0-8]\d\d)(?![\d.,%])"),
    group=3, accept=_named_by_its_cycle, needs=tuple(b.lower() for b in CHI))


#: ``hoàn thành năm 1770;``, ``khắc in lần đầu năm 1885.``, ``năm 1720)``: ``năm`` and four digits the clause ends on (or a
#: grammatical word follows: ``năm 1746, ông về quê mẹ``) — a year, as the plain-integer classifier reads one from 1900
#: on; a count after ``năm`` goes on to its noun (``năm 1200 lượt`` stays a number to check).
OLD_YEAR_AFTER_NAM = Rule("old-year-after-nam", "year", "a year before 1900 after năm", re.compile(
    r"(?i)(?<!\w)năm[ \t]+(1[0-8]\d\d)(?![.,]\d)(?=[ \t]*(?:[.,;:)!?\n]|$|[ \t](?:của|và|với|tại|trong|đã|là|thì|khi|ông|bà)(?!\w)))"),
    needs=("năm",))
