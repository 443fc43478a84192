"""The year just ended, lent its year by a sentence about the year ahead (periods round 48).

``Năm qua`` / ``Trong năm qua`` states no year and borrows one from a mention near it (``mentions._lent``): a
comparison lends the year after the one compared (``tăng 5% so với năm 2018`` beside a result: 2019), a plain year
its own.  When that mention's sentence speaks of the year ahead — a forecast or a target (``Năm nay công ty phấn đấu
...; Dự kiến doanh nghiệp sẽ nộp ngân sách ... tăng gần 11% so với năm 2019``, held-out
yu-hai-duong-cong-ty-nuoc-sach-ket-qua-kinh-doanh-2019; ``Năm 2023, Nông Sơn đặt ra một số chỉ tiêu chủ yếu, gồm:
...``, sweep t16-nongson-ktxh-2022) — the year it names is the coming one (or, compared with, the one just ended),
so the year just ended is the year compared, or the year before the one named.

Not when the sentence reports a result measured against a target (``đạt 102% chỉ tiêu phấn đấu``, ``vượt chỉ tiêu
đề ra``): those are the year's own figures."""

from __future__ import annotations

import re

from .model import Mention

#: a forecast or a target in a sentence: "Dự kiến ...", "phấn đấu ..." (not "chỉ tiêu phấn đấu", a result measured
#: against it), "... sẽ ...", "dự báo", "đặt ra một số chỉ tiêu", "đề ra các mục tiêu" (not "chỉ tiêu đề ra")
_AHEAD = re.compile(r"\bdự\s+(?:kiến|báo)\b|(?<!tiêu\s)(?<!hoạch\s)\bphấn\s+đấu\b|\bsẽ\b"
                    r"|\b(?:đặt|đề)\s+ra\s+(?:một\s+số\s+|các\s+|những\s+)?(?:\d+\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)\b", re.I)
#: a sentence's stop: not the dot inside a number or a day ("66.000", "Ngày 15.1")
_STOP = re.compile(r"[!?\n]|\.(?!\d)")


def _sentence(t: str, start: int, end: int) -> str:
    a = max((m.end() for m in _STOP.finditer(t, 0, start)), default=0)
    b = _STOP.search(t, end)
    return t[a:b.start() if b else len(t)]


def year_just_ended(t: str, men: Mention, to: Mention) -> int | None:
    """The year ``men`` lends to the year just ended ``to`` (``Năm qua``) when ``men``'s sentence is about the year
    ahead (see the module); None otherwise (the usual lending applies)."""
    if to.recogniser != "past-year" or men.period.kind != "year" or men.plan:
        return None
    if not _AHEAD.search(_sentence(t, men.start, men.end)):
        return None
    return men.period.year if men.comparison else men.period.year - 1
