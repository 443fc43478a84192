"""A page's stamp written with its furniture: a line near the top that holds a date and a time and little else.

``Cập nhật lúc 06:40, Thứ Hai, 22/08/2022 (GMT+7)``, ``THỨ HAI, 27/06/2022 17:43:27``, ``Thứ Sáu, 15/05/2020 - 19:58``:
the site's words (``Cập nhật lúc``, a weekday, a zone) around the date and the time.  :data:`.mentions._TEXT_STAMP`
reads the bare forms (``08/3/2024 10:15``, ``10:15 08/3/2024``); this reads the line whatever furniture surrounds
them, so long as the line is short (:data:`LONGEST`) and says nothing else: no sentence holds a date and a clock time
with only a few words beside them.
"""

from __future__ import annotations

import re

LONGEST = 72
"""The longest stamp line read (characters, furniture included); a longer line is a sentence."""

_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
#: the words a stamp line may carry besides its date and time: any, but few (a weekday is two, "Cập nhật lúc" three)
_WORDS = re.compile(r"[^\W\d_]+")
MOST_WORDS = 6


def stamp_lines(head: str) -> list[tuple[int, tuple[str, str, str]]]:
    """(offset, (day, month, year)) of each stamp line in ``head`` (a page's opening)."""
    found = []
    at = 0
    for line in head.splitlines(keepends=True):
        text = line.strip()
        date, time = _DATE.search(text), _TIME.search(text)
        if date and time and len(text) <= LONGEST and len(_DATE.findall(text)) == 1 \
                and len(_WORDS.findall(_TIME.sub(" ", _DATE.sub(" ", text)))) <= MOST_WORDS:
            found.append((at + line.index(date.group(0)), date.groups()))
        at += len(line)
    return found
