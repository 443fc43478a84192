"""Years counted back from a dated page: ``Mười năm qua, …`` opening the lead (round 59).

``28/12/2020 - 07:04 / BDK - Mười năm qua, với những mô hình nổi bật, … các cấp Hội Cựu chiến binh (CCB) trong tỉnh
đã đưa phong trào giúp nhau … đi vào chiều sâu`` (held-out xy-ben-tre-hoi-ccb-tinh-giup-nhau-thoat-ngheo-2010-2020,
coded 2010-2020): ``N năm qua`` (the past N years) was dated only by a congress opening a term (the term before it) or
by years its sentence names (``_years_named``); on this page neither, so the count was dropped and a year in passing
(``thoát nghèo năm 2019``) read.  When the count opens its sentence as its time (the lead's first words after a source
tag, ``Trong 5 năm qua, …``) and the page is dated, the years are those up to the page: through the last whole year
the page's date has seen (its own in December), as ``Từ năm 2012 đến nay`` is read (``mentions._years_to_now``), and
as many years back as counted, the term's notation (``5 năm qua`` at the close of 2020: 2015-2020).  At most a term
(``LONGEST_TERM``): ``30 năm qua`` is a history.

Not a count inside a clause (``Kết quả trong 5 năm qua cả tỉnh có …``, ``công tác tại Hội … 15 năm qua``: a person's
years), nor one on an undated page (its now unknown), nor one a congress or its own sentence dates (as before)."""

from __future__ import annotations

import re

from .model import Period

#: the start of a sentence or line, maybe a source tag ("BDK - ", "(QNO) - "), maybe "Trong (suốt)", "Qua", "Suốt"
_OPENS = re.compile(r"(?:^|[.!?;…])[^\S\n]*(?:[A-ZĐ]{2,10}[^\S\n]*[-–][^\S\n]*|\([^()\n]{1,14}\)[^\S\n]*[-–]?[^\S\n]*)?"
                    r"(?:(?:Trong|Qua)[^\S\n]+(?:suốt[^\S\n]+)?|Suốt[^\S\n]+)?$", re.M)
_CLAUSE_END = re.compile(r"[^\S\n]*,")


def years_to_page(t: str, start: int, end: int, count: int, year: int | None, month: int | None,
                  longest: int) -> Period | None:
    """The term of the ``count`` years up to a page dated ``year``/``month`` when ``t[start:end]`` (``N năm qua``) opens
    its sentence and its clause ends at a comma; else None."""
    if not year or not month or not 1 <= count <= longest:
        return None
    if not _OPENS.search(t[max(0, start - 40):start]) or not _CLAUSE_END.match(t, end):
        return None
    last = year if month == 12 else year - 1
    return Period(last - count, "term", count)
