"""Where a clause ends or starts, for the checker's steps that keep two things "in one clause".

One copy of each boundary pattern (they were written again in check, table_words, countvalue, movement and two
recognisers). A clause ends at a sentence's stop, a semicolon, an exclamation or question mark or a line's end;
some steps end it at a colon too (a list's lead-in: ``gồm:``). Steps whose boundary differs (a comma, ``và``, a
stop only before a space, an abbreviation's dot) keep their own pattern beside their code.
"""

from __future__ import annotations

import re

#: a clause's end: ``.`` ``;`` ``!`` ``?`` or a line's end
CLAUSE_END = re.compile(r"[.;!?\n]")
#: a clause's end, a colon too (``… gồm: 02 chị …``)
CLAUSE_END_OR_COLON = re.compile(r"[.;:!?\n]")
#: the last clause end before a place (``LAST_CLAUSE_END.search(text, lo, at)``): where ``at``'s clause starts
LAST_CLAUSE_END = re.compile(r"[.;!?\n][^.;!?\n]*$")
#: the same, a colon too
LAST_CLAUSE_END_OR_COLON = re.compile(r"[.;:!?\n][^.;:!?\n]*$")
#: a clause's end followed by a space (never a decimal point or a date's dot: ``7,19``, ``30.6``)
_END_BEFORE_SPACE = re.compile(r"[.;!?\n](?=\s)")


def clause_before(text: str, start: int, reach: int = 160) -> str:
    """The words of ``start``'s clause before it, at most ``reach`` characters back (``Tỷ lệ hộ nghèo từ`` of
    ``… năm 2014. Tỷ lệ hộ nghèo từ 7,19%``): cut at the last stop, semicolon, mark or line end before a space."""
    return _END_BEFORE_SPACE.split(text[max(0, start - reach):start])[-1]
