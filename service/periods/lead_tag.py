"""A news lead's source tag, with or without its dash (round 36).

``(QBĐT) - Đến thời điểm 5-9, ...`` (round 31's form, a dash after the tag), ``(TNO) Ngày 27.7, ...``
(c24-baomoi-quangngai), ``(VBSP News) Đến hết tháng 9.2021, ...`` (p17-vbsp-hagiang), ``(NTO) Ngày 11-7, ...``
(held-out n-ninhthuan-dskhhgd), ``Hà Nội (TTXVN 24/5) Tính đến 19h ngày 23/5/2021, toàn tỉnh có ...``
(p36-infographics-thanhhoa): a paper's or an agency's tag in brackets (its dateline's place before it, its own date
inside it) opens the lead's line, and the lead's first clause opens after it, dash or not, as
:data:`.mentions._LEAD_DAY` already reads a lead's day after a tag with an optional dash.  A count to a day
(``Tính đến 19h ngày 23/5/2021,``) opening that clause is the clause's time (see :func:`.recognisers._to_day`)."""

from __future__ import annotations

import re

#: at most three words of a place, a bracket of at most fourteen characters, an optional dash: the whole of the line
#: before the lead's first word
LEAD_TAG = re.compile(r"[^\S\n]*(?:[^\W\d_][^\s()]*[^\S\n]+){0,3}\([^()\n]{1,14}\)[^\S\n]*(?:[-–][^\S\n]*)?")


def after_lead_tag(text: str, start: int) -> bool:
    """Whether ``start`` is the first word after a source tag that is all of its line before it."""
    line = text[max(0, start - 60):start].rsplit("\n", 1)
    if len(line) == 1 and start > 60:
        return False                  # a line longer than any tag: inside a sentence
    return bool(LEAD_TAG.fullmatch(line[-1]))
