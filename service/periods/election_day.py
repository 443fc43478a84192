"""An election's day written without its year takes the first year of the term it elects (round 37).

``Đến 23h ngày 15/3, cả nước có 76.188.970 cử tri tham gia bỏ phiếu bầu đại biểu Quốc hội và Hội đồng nhân dân các
cấp nhiệm kỳ 2026-2031, đạt 99,68%`` (p37-cafebet), ``Tính đến 19h ngày 23/5, tỷ lệ cử tri toàn huyện đi bỏ phiếu bầu
đạt gần 97% ... thành công cuộc bầu cử đại biểu quốc hội khóa 15 và bầu cử HĐND các cấp nhiệm kỳ 2021-2026``
(p36-thanhha, left by round 36): a count to a clock time of election day (:func:`.recognisers._to_day`) names no year,
and the page names none but the councils' term, set aside as the councils' name (round 36's
:func:`.recognisers.names_council`), whose years lend nothing to a day (a term spans years).  Councils are elected in
the year their term opens (``ngày 23/5/2021`` for ``nhiệm kỳ 2021 - 2026``, ``15/3/2026`` for ``2026-2031``), so an
election's day without a year, on a page with no date and no other year to lend, is of the first year of the term the
election is for.  Only a term named in a sentence about voting (:data:`ELECTED_TERM`: ``bầu cử``, ``bỏ phiếu``, ``bầu``
before it); a term in passing (``Trong nhiệm kỳ 2016 - 2021, Hội đã ...``, a congress's ``nhiệm kỳ 2022-2027``) lends
nothing, and two different elected terms on one page lend nothing either."""

from __future__ import annotations

import re

#: a vote's word ("bầu cử", "bỏ phiếu", "đi bầu", "bầu đại biểu"), then the term elected within the sentence
ELECTED_TERM = re.compile(r"\b(?:bầu\s+cử|bỏ\s+phiếu|bầu)\b[^.!?\n]{0,160}?\bnhiệm\s+k[ỳìy]\s+((?:19|20)\d{2})\s*[-–]\s*"
                          r"((?:19|20)\d{2})(?!\d)", re.I)


def election_year(t: str) -> int | None:
    """The year of the election ``t`` tells of: the first year of the one term its voting sentences name (a term of
    four or five years), else None."""
    years = {int(m.group(1)) for m in ELECTED_TERM.finditer(t) if 4 <= int(m.group(2)) - int(m.group(1)) <= 5}
    return years.pop() if len(years) == 1 else None
