"""Last year said in words: ``năm ngoái``, ``năm trước`` — one copy of the vocabulary for the checker's readings of
a stretch of last year (``lastyearstretch``: the words of a ``so với …`` base; ``recognisers.stretchsaid``: a stretch
said before its numbers, ``6 ngày Tết năm ngoái``).

``năm qua`` and ``năm vừa qua`` are not here: as a date they are ambiguous (``trong năm qua`` is the report's own year
as often as the one before), so they stay with the one reader that takes them (``lastyearstretch``, where the words
close a comparison's base).
"""

from __future__ import annotations

#: ``năm`` + a word for the year before (a regular-expression fragment, no group; case is the reader's flag)
LAST_YEAR_WORDS = r"năm\s+(?:ngoái|trước)"
