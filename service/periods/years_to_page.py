"""Years counted back from a dated page: ``Mười năm qua, …`` opening the lead (round 59).

``28/12/2020 - 07:04 / BDK - Mười năm qua, với những mô hình nổi bật, … các cấp Hội Cựu chiến binh (CCB) trong tỉnh
đã đưa phong trào giúp nhau … đi vào chiều sâu`` (held-out xy-ben-tre-hoi-ccb-tinh-giup-nhau-thoat-ngheo-2010-2020,
coded 2010-2020): ``N năm qua`` (the past N years) was dated only by a congress opening a term (the term before it) or
by years its sentence names (``_years_named``); on this page neither, so the count was dropped and a year in passing
(``thoát nghèo năm 2019``) read.  When the count opens its sentence as its time (the lead's first words after a source
tag, ``Trong 5 năm qua, …``) and the page is dated, the years are those up to the page's year, as many back as counted,
in the term's notation: ``24/10/2020 … Trong 10 năm qua, các cấp Hội … đã tổ chức 22 đợt hiến máu tình nguyện`` (sweep
c42-baohaiduong-kinh-mon-hien-mau-2010-2020, whose page names the review of ``giai đoạn 2010-2020`` too; read 2010-2020
by that span before, and now by both) is 2010-2020, as a term of office ``2015-2020`` is five years.  At most a term
(``LONGEST_TERM``): ``30 năm qua`` is a history.

Not a hedged count (``Hơn 5 năm qua, huyện … đã triển khai …``, sweep c12-dateh-giamngheo: more than five years, from
no year it says), nor a count inside a clause (``Kết quả trong 5 năm qua cả tỉnh có …``, ``công tác tại Hội … 15 năm qua``: a person's
years), nor one on an undated page (its now unknown), nor one a congress or its own sentence dates (as before)."""

from __future__ import annotations

import re

from .model import Period

#: the start of a sentence or line, maybe a source tag ("BDK - ", "(QNO) - "), maybe "Trong (suốt)", "Qua", "Suốt"
_OPENS = re.compile(r"(?:^|[.!?;…])[^\S\n]*(?:[A-ZĐ]{2,10}[^\S\n]*[-–][^\S\n]*|\([^()\n]{1,14}\)[^\S\n]*[-–]?[^\S\n]*)?"
                    r"(?:(?:Trong|Qua)[^\S\n]+(?:suốt[^\S\n]+)?|Suốt[^\S\n]+)?\Z", re.M)
_CLAUSE_END = re.compile(r"[^\S\n]*,")


def years_to_page(t: str, start: int, end: int, count: int, year: int | None, month: int | None,
                  longest: int) -> Period | None:
    """The term of the ``count`` years up to a page dated ``year``/``month`` when ``t[start:end]`` (``N năm qua``) opens
    its sentence and its clause ends at a comma; else None."""
    if not year or not month or not 1 <= count <= longest:
        return None
    if not _OPENS.search(t[max(0, start - 40):start]) or not _CLAUSE_END.match(t, end):
        return None
    return Period(year - count, "term", count)
