"""A count moved from one level to another, its noun said with both (round 51).

``khu vực Quảng Nam tăng 120,15%, từ 44.367 Teus tăng lên 97.673 Teus`` (xb-toan-quoc-cuc-hang-hai-hang-hoa-qua-
cang-bien-2021-7t; ``Mỹ Tho tăng 60%, từ 7.294 Teus tăng lên 11.681 Teus`` the next sentence): the grammar is
``từ`` + N + noun + a verb of movement + M + the same noun.  N is where the count came from — last period's value of
the row M (the hand's ``Cùng kỳ năm 2020`` column: 44.367 beside 97.673), said with M's row, no row of its own.
``statements.from_to`` reads the same grammar with a one-word verb (``giảm từ 7 Ban xuống còn 3 Ban``); the page's
verb here is two words (``tăng lên``, ``giảm xuống``), which that rule's pattern reads as part of the noun.  A noun
the extraction does not know as a unit (``Teus``) leaves ``amount_from_to`` out too; the noun said twice is what
ties the two numbers.

A change said before the movement (``tăng 120,15%, từ …``) was read as said ahead of the first number's level: it
belongs to the row, M, and moves there.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: ``từ`` (or ``từ mức``) right before the first count.
_FROM = re.compile(r"(?i)(?<!\w)từ(?:\s+mức)?\s*$")
#: The noun, then the verb of movement (one or two words, ``còn`` after ``xuống``/``giảm`` allowed), then the second
#: count — nothing else between them.
_MOVE = re.compile(r"(?i)^\s*(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)??)\s*,?\s+(?:tăng\s+lên(?:\s+(?:đến|tới|mức))?|"
                   r"giảm\s+xuống(?:\s+còn)?|giảm\s+còn|xuống\s+còn|lên\s+(?:đến|tới|mức))\s*"
                   r"(?:(?:hơn|gần|trên|khoảng)\s+)?$")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def count_moved(p: Para, i: int, m: Mention) -> bool:
    """``từ 44.367 Teus tăng lên 97.673 Teus``: the first count is the comparison value of the second (the row)."""
    if m.kind != "count" or m.value is None or m.comparison or m.pair_role or i + 1 >= len(p.figures):
        return False
    nxt = p.figures[i + 1]
    if nxt.kind != "count" or nxt.value is None or nxt.comparison:
        return False
    if not _FROM.search(p.text[max(0, _start(m) - 12):_start(m)]):
        return False
    move = _MOVE.match(p.text[m.num_end:_start(nxt)])
    if not move:
        return False
    noun = move.group("noun").lower().split()
    after = [w.lower() for w in P.noun_after(p.text, nxt.num_end)][:len(noun)]
    if after != noun:
        return False
    first = _start(m) - len(_FROM.search(p.text[max(0, _start(m) - 12):_start(m)]).group(0))
    nxt.qualifier_start = first if nxt.qualifier_start is None or nxt.qualifier_start > first else nxt.qualifier_start
    p.after_change[i + 1] = (P.bare_quote(p.text, m), m.value)
    if i in p.changes_ahead and i + 1 not in p.changes_ahead:   # "tăng 120,15%, từ …": the change is the row's
        p.changes_ahead[i + 1] = p.changes_ahead.pop(i)
    return True


MOVED = (count_moved,)
