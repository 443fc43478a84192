"""A year glossed in brackets on the event a span runs from: ``Từ khi tái lập Trường Chính trị tỉnh (năm 1997) đến nay
mới có 4 lớp``, ``kể từ ngày thành lập (năm 1959) đến nay``.

The year dates the start of the years since (as :func:`.mentions.since_point`'s ``từ năm 2008``), never a period the
page reports, and it lends no year to a bare month (``Trong tháng 6, trường đã khai giảng 3 lớp`` on a page of
27/06/2022 is June 2022, not June 1997).  Notation only: an opening ``từ khi``/``kể từ``/``từ ngày``/``từ lúc`` in the
same clause, the year alone in the brackets, and the span's other end (``đến nay``, ``tới nay``, ``đến năm 2022``)
right after them.
"""

from __future__ import annotations

import re

#: the span's opening in the year's own clause, its event's words between, then the brackets opened
_OPENS = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:khi|ngày|lúc|thời\s+điểm)(?!\w)[^.;:\n()]{1,120}\(\s*(?:năm\s+)?$",
                    re.I)
#: the brackets closed on the year, and the span's other end
_CLOSES = re.compile(r"\s*\)\s*,?\s*(?:đến|tới|cho\s+đến|cho\s+tới)(?!\w)", re.I)


def glossed_since(t: str, start: int, end: int) -> bool:
    """Whether the year at ``t[start:end]`` (``năm 1997`` or ``1997``) is a bracketed gloss on the start of a span."""
    return bool(_OPENS.search(t, max(0, start - 160), start) and _CLOSES.match(t, end))
