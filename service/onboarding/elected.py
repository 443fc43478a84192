"""A congress's elected body counted in people of any name (round 44).

``Đại hội đã bầu BCH khóa II gồm 11 ông, bà`` (yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022): the
body's size, like ``gồm 38 đồng chí`` that ``congress_make_up`` reads, but counted in ``ông, bà`` — the way a page
counts people regardless of sex (``Dự hội nghị có đông đủ 21 ông, bà là Chủ tịch Hội NCT các xã, thị trấn``,
ym-bac-giang-yen-the-hoi-nct-huyen-so-ket-6-thang-2018-h1: a second case of the notation, a meeting's audience),
or in any other noun of people (the checker's ``PERSON``).  The congress's make-up: the standing sheet's, no figure of
the term.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: People counted by their titles of address: ``ông, bà``, ``ông/bà``, ``ông bà``, ``bà, ông``.
_ADDRESSED = re.compile(r"(?i)^\s*(?:ông\s*[,/]?\s*bà|bà\s*[,/]?\s*ông)(?!\w)")


def counts_people(text_after: str) -> bool:
    """The words right after a count name people: ``ông, bà``, or a noun of the checker's ``PERSON``."""
    from service.checker.match import PERSON

    if _ADDRESSED.match(text_after):
        return True
    words = text_after.lower().split()
    return any(" ".join(words[:n]).rstrip(",;.") in PERSON for n in (1, 2, 3))


def body_in_people(p: Para, i: int, m: Mention) -> bool:
    """The size of a body a congress elects, counted in people (see the module's note): standing."""
    from service.onboarding.recognisers import _BODY_SIZE, _ELECT, _ELECTED_BODY, _start_of, add_standing

    if m.value is None or m.comparison or m.kind != "count" or not counts_people(p.text[m.num_end:]):
        return False
    lo = P.clause_start(p.text, m.num_start)
    before = p.text[lo:_start_of(m)]
    if not (_BODY_SIZE.search(before) and _ELECT.search(before) and _ELECTED_BODY.search(before)):
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


ELECTED = (body_in_people,)
