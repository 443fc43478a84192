"""A figure of a longer period than the report's: the whole year's estimate in a half-year, nine-month, quarter or
month report (``Ước tính cả năm, cây rau gieo trồng 2.364 ha``; ``…; ước cả năm 812 ha, giảm 3%``; ``dự kiến cả năm
thu 1.200 tỷ đồng``). It is no figure of this period: the period's table does not hold it and the checker does not
ask it to. In a year report, "ước cả năm" is the period itself, and the rule does not apply.

The grammar: an estimate word (``ước``, ``ước tính``, ``dự ước``, ``dự kiến``, ``ước thực hiện``) then ``cả năm`` (or
``cả năm`` then the estimate word) earlier in the number's sentence, and no shorter period (``6 tháng``, ``quý``,
``tháng``) named between that cue and the number.
"""

from __future__ import annotations

import re

_CUE = re.compile(r"(?i)(?<!\w)(?:(?:dự\s+)?ước(?:\s+(?:tính|đạt|thực\s+hiện|TH))?|dự\s+kiến|dự\s+báo)\s+(?:đạt\s+)?"
                  r"cả\s+năm(?!\w)|(?<!\w)cả\s+năm(?:\s+20\d\d)?,?\s+(?:ước|dự\s+kiến)(?!\w)")
_SHORTER = re.compile(r"(?i)(?<!\w)(?:\d+\s+tháng|tháng|quý|học\s+kỳ|nửa\s+năm|6\s+tháng)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")

#: Period kinds (``service.periods.KINDS``) shorter than a year.
SHORTER_KINDS = ("half", "quarter", "month", "ytd")


def in_year_estimate(text: str, start: int) -> bool:
    """The number at ``start`` stands in a whole-year estimate (see the module)."""
    window = text[max(0, start - 240):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    sentence = window[cut:]
    cues = list(_CUE.finditer(sentence))
    if not cues:
        return False
    return not _SHORTER.search(sentence, cues[-1].end())
