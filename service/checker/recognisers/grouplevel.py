"""The level that defines a group counted just before it: ``Có 06/56 xã đạt 18/19 tiêu chí``, ``3 thôn đạt 9/10 tiêu
chí``, ``12 xã đã đạt 19 tiêu chí`` — how many criteria each unit of the group reached, not a figure of the period.

    + Có 50/56 xã đã đạt 19/19 tiêu chí. + Có 06/56 xã đạt 18/19 tiêu chí.
                                      (zn-tp-ho-chi-minh-chi-cuc-phat-trien-nong-thon-2015-8t)
    … có 1 thôn đạt 10/10 tiêu chí, 3 thôn đạt 9/10 tiêu chí; …
                                      (zn-quang-nam-nui-thanh-xa-tam-xuan-2-dai-hoi-dang-bo-2015-2020)

The grammar: a count of units (a number, a share of a whole or not, then one to three words of its noun), ``đạt`` (or
``đã đạt``, ``đạt từ``, or ``có``), then the level with its criteria noun.  The count before is the figure; the level
is not.  Not when the number before is a date (``đến hết tháng 10 toàn huyện có 23 chỉ tiêu hoàn thành``,
c14-bachthong-chitieu-2022: the criteria are what is counted), nor when the criteria after ``có`` are said to have
been met (``… có 23 chỉ tiêu hoàn thành``, ``có 14/16 chỉ tiêu đạt``): then they are the subject counted.

The level may come first, the count after it (``GROUP_LEVEL_FIRST``):

    … đạt từ 15-18 tiêu chí có 14 xã; đạt từ 10-14 tiêu chí có 20 xã; …   (c19-baotayninh-ntm-2021)
    - Số xã đạt từ 15-18 tiêu chí : 29 xã, tỷ lệ 28% - Số xã đạt 10-14 tiêu chí : 28 xã …   (t4-hue-ntm-2018)

— the range of criteria names the group; the count after ``có`` or the colon is the figure (``standing`` does not
take it for the area's make-up: :data:`LEVEL_BEFORE_HAS`).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_CRITERIA = r"(?:tiêu\s+chí|chỉ\s+tiêu|tiêu\s+chuẩn|nội\s+dung|chuẩn)"
#: the number before is a date or a period's number, not a count of units ("đến hết tháng 10 toàn huyện có 23 …")
_DATE_BEFORE = re.compile(r"(?i)(?<!\w)(?:tháng|năm|quý|ngày|tuần|đợt|kỳ)\s*$")
#: the criteria after "có" said met or not: they are what is counted ("có 23 chỉ tiêu hoàn thành và vượt kế hoạch")
_MET_AFTER = re.compile(r"(?i)\s+(?:[^\W\d_]+\s+){0,2}?(?:đã\s+|được\s+|chưa\s+|không\s+)?(?:đạt|hoàn\s+thành|vượt)(?!\w)")


def _is_level(text: str, m: re.Match) -> bool:
    """The match is a group's level: the count before is no date, and after ``có`` the criteria are not said met."""
    if _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    return not (m.group("verb").lower() == "có" and _MET_AFTER.match(text, m.end()))


GROUP_LEVEL = Rule("group-level", "norm", "the level a counted group reached (criteria of each unit)", re.compile(
    r"(?i)(?<![\d.,/])\d{1,5}(?:/\d{1,5})?\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s+(?:đã\s+|được\s+)?(?P<verb>đạt|có)\s+"
    rf"(?:từ\s+)?(\d{{1,2}}(?:/\d{{1,2}})?)\s+{_CRITERIA}(?!\w)"), group=2, accept=_is_level, needs=("đạt", "có"))

_LEVEL = rf"đạt\s+(?:từ\s+)?\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_CRITERIA}"
GROUP_LEVEL_FIRST = Rule("group-level-first", "norm", "the level that names the group counted after it", re.compile(
    rf"(?i)(?<!\w)đạt\s+(?:từ\s+)?(\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)\s+{_CRITERIA}(?=\s*(?::|có\s+|là\s+)\s*\d)"),
    needs=("đạt",))
#: ``đạt từ 15-18 tiêu chí có 14 xã``: the level said before ``có`` — the count after it is what the period reached.
LEVEL_BEFORE_HAS = re.compile(rf"(?i)(?<!\w){_LEVEL}\s+có\s*$")
