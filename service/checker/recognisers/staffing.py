"""The agency's own staff, said in passing in a report of its work: ``TAND huyện … có tổng số biên chế là 11 người,
trong đó chỉ có 5 Thẩm phán và 1 Thư ký``; ``… hiện có 119/139 biên chế được phân bổ năm 2007; trong đó có 45 Chấp
hành viên …, có 07 đồng chí Cử nhân …``. ``biên chế`` (the posts an agency is allotted) names the agency's make-up:
a count of people or posts in a sentence that speaks of it describes the agency, not the period's work.

Asked only of a number no row supports (``check._not_of_this_period``): a table that counts staff still checks it.
"""

from __future__ import annotations

import re

_STAFF = re.compile(r"(?i)(?<!\w)biên\s+chế(?!\w)")
#: What a staff count counts: people, posts, ranks (``Thẩm phán``, ``Thư ký``, ``Chấp hành viên``, ``Kiểm sát viên``).
_PERSONS = re.compile(r"(?i)\s*(?:/\s*\d[\d.]*\s*)?(?:người|đồng\s+chí|đ/c|cán\s+bộ|công\s+chức|viên\s+chức|biên\s+chế|"
                      r"thẩm\s+phán|thư\s+ký|lãnh\s+đạo|(?:[^\W\d_]+\s+){0,2}viên)(?!\w)")
_SENTENCE = re.compile(r"[.!?\n](?=\s|$)")


def staff_count(text: str, start: int, end: int) -> bool:
    """The number counts people or posts, in a sentence that speaks of the agency's ``biên chế``."""
    if not _PERSONS.match(text, end):
        return False
    a = max((m.end() for m in _SENTENCE.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    z = _SENTENCE.search(text, end)
    return bool(_STAFF.search(text, a, z.start() if z else len(text)))
