"""Counts that say who or how much for each, not what the period brought: small named recognisers.

========================  ====================================================================
``per_each``              ``các huyện …, mỗi huyện có 10 học sinh được trao học bổng``: a count for each of a
                          group the text does not count — it splits a total, no row
``units_as_subject``      ``18 chi cục thuế thu 1.226 tỷ đồng``; ``Cục … và 7 Chi cục cấp huyện, thành phố đều
                          đạt và vượt chỉ tiêu``: the units of the organisation are who did it — standing
========================  ====================================================================

They are tried with ``service.onboarding.recognisers.RECOGNISERS``, before the standing facts.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.match import PERSON
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing

#: ``mỗi huyện có``, ``Mỗi suất học bổng trị giá``, ``mỗi xã trao``: ``mỗi`` and a few words, in the figure's clause.
_EACH = re.compile(r"(?i)(?<![^\W\d_])mỗi(?![^\W\d_])[^\d,;.:()]{0,40}$")
_CLAUSE_CUT = re.compile(r"[,;.:()!?\n]")
#: What may stand before a subject count in its clause: ``Trong đó,``, ``còn``, an organisation's name and ``và``.
_SUBJECT_BEFORE = re.compile(r"^\W*(?:(?:trong\s+đó|còn|riêng)\s*,?\s*)?(?:(?-i:[A-ZĐÂÊÔƠƯ])[^\d;.:()]{0,60}?\s+và\s+)?$",
                             re.I)
#: ``… đều``: all of the counted units (``7 Chi cục cấp huyện, thành phố đều đạt``).
_ALL_OF = re.compile(r"(?i)^[^;.:\d()]{0,50}?(?<![^\W\d_])đều(?![^\W\d_])")
#: The subject's own predicate: a verb or two, then the amount it brought (``thu 1.226 tỷ đồng``).
_PREDICATE = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+){0,3}(?:được\s+|đạt\s+|khoảng\s+|hơn\s+|trên\s+|gần\s+)?$")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def per_each(p: Para, i: int, m: Mention) -> bool:
    """``Trong đó, các huyện Sơn Động, Lục Ngạn, …, mỗi huyện có 10 học sinh được trao học bổng; các huyện, thành phố
    còn lại, mỗi huyện trao 5 suất``: a count for each of a group the text does not count (``các huyện``) splits the
    total stated before — no figure of its own.  A count for each of a counted group (``thành lập 85 tổ phản ứng
    nhanh mỗi tổ 02 người``) is the only statement of its size: a row, as the tables keep it."""
    if m.kind != "count" or m.value is None or m.comparison:
        return False
    at = _start(m)
    cuts = [c.end() for c in _CLAUSE_CUT.finditer(p.text, 0, at)]
    each = _EACH.search(p.text[cuts[-1] if cuts else 0:at])
    head = P.words_of(each.group(0))[1:2] if each else []
    if not head:
        return False
    before = p.text[p.sentence_of(m):at - len(each.group(0))]
    return bool(re.search(r"(?i)(?<![^\W\d_])(?:các|những)\s+" + re.escape(head[0]) + r"(?![^\W\d_])", before))


def units_as_subject(p: Para, i: int, m: Mention) -> bool:
    """``Văn phòng Cục Thuế thu 7.130 tỷ đồng, đạt 52%; 18 chi cục thuế thu 1.226 tỷ đồng``: a count opening its
    clause, of units (not people), whose predicate brings an amount of its own — or says ``đều`` (all of them) —
    counts who did it: the organisation's make-up, a standing fact, not a figure of the period."""
    if m.kind != "count" or m.value is None or m.comparison or m.pair_role or not m.noun:
        return False
    if m.noun.lower().split()[0] in PERSON or any(m.noun.lower().startswith(w + " ") for w in PERSON):
        return False
    lo = P.clause_start(p.text, m.num_start)
    if not _SUBJECT_BEFORE.match(p.text[lo:_start(m)]):
        return False
    words, end = P.noun_span(p.text, m.end)
    if _ALL_OF.match(p.text[m.end:]):
        return _stand(p, m)
    nxt = p.figures[i + 1] if i + 1 < len(p.figures) else None
    if nxt is None or nxt.kind not in ("money", "measure") or P.clause_start(p.text, nxt.num_start) != lo:
        return False
    if not _PREDICATE.match(p.text[end:_start(nxt)]):
        return False
    return _stand(p, m)


def _stand(p: Para, m: Mention) -> bool:
    add_standing(p, m)
    return True


GROUPS = (per_each, units_as_subject)
