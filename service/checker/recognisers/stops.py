"""Where a sentence really begins when its full stop is glued to the next one: ``… đến ngày 05/6/2017.Diện tích gieo
trồng … đạt 43.550 ha`` (a page that lost the space after a full stop). The rules that read a sentence's cue words
(``sẽ``, ``phấn đấu``, ``mục tiêu`` before the number) look for a stop followed by a space; a stop glued to the next
word hides the boundary and the previous sentence's aim (``lúa … sẽ gieo sạ …``) reads on into the results.

The notation: a full stop right after a digit or a lower-case letter, then a capital opening a word of two or more
letters with a lower-case one among them (``2017.Diện``, ``thời vụ.Trong``) — not ``TP.HCM``, ``tấn.km``,
``Tr.người.Km`` (a unit's abbreviation: the letter before the stop is part of it and no lower-case word opens after),
``1.307`` (digits), ``v.v``.
"""

from __future__ import annotations

import re

_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
#: A stop glued to a capitalised word of at least three letters (``Km`` and ``HCM`` are abbreviations, not words).
_GLUED_STOP = re.compile(rf"(?<=[0-9a-zà-ỹđ])\.(?=[{_UPPER}][a-zà-ỹđ]{{2,}}(?![\w.]*\.\w))")
#: What a sentence cannot cross to reach back (the stop with a space is already read by the rules themselves).
_REACH = 240


def glued_start(text: str, start: int) -> int:
    """The offset right after the last glued full stop before ``start`` in its reach (0 when there is none): where the
    number's sentence begins once the glued stop is read as the end of the one before."""
    last = 0
    for m in _GLUED_STOP.finditer(text, max(0, start - _REACH), start):
        last = m.end()
    return last
