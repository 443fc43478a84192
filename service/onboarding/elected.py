"""A congress's elected body counted in people of any name (round 44).

``Đại hội đã bầu BCH khóa II gồm 11 ông, bà`` (yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022): the
body's size, like ``gồm 38 đồng chí`` that ``congress_make_up`` reads, but counted in ``ông, bà`` — the way a page
counts people regardless of sex (``Dự hội nghị có đông đủ 21 ông, bà là Chủ tịch Hội NCT các xã, thị trấn``,
ym-bac-giang-yen-the-hoi-nct-huyen-so-ket-6-thang-2018-h1: a second case of the notation, a meeting's audience),
or in any other noun of people (the checker's ``PERSON``).  The congress's make-up: the standing sheet's, no figure of
the term.

The body, ``bầu`` and the size said after the body's name are read by ``service/checker/recognisers/committee.py``
(the checker reads the same sentence with them); what is the template's own here is the count of people and the
standing sheet.
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.checker.match import PERSON
from service.checker.recognisers import committee
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing


def counts_people(text_after: str) -> bool:
    """The words right after a count name people: ``ông, bà``, or a noun of the checker's ``PERSON``."""
    if committee.ADDRESSED.match(text_after):
        return True
    words = text_after.lower().split()
    return any(" ".join(words[:n]).rstrip(",;.") in PERSON for n in (1, 2, 3))


def body_in_people(p: Para, i: int, m: Mention) -> bool:
    """The size of a body a congress elects, counted in people (see the module's note): standing."""
    if m.value is None or m.comparison or m.kind != "count" or not counts_people(p.text[m.num_end:]):
        return False
    lo = P.clause_start(p.text, m.num_start)
    before = p.text[lo:m.num_start if m.qualifier_start is None else m.qualifier_start]
    if not (committee.SIZE_SAID.search(before) and committee.ELECT.search(before)):
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


ELECTED = (body_in_people,)
