"""A count in a list of counted kinds is one of the kinds, not a programme (template round 66).

``… khen thưởng cho các tác giả của 1 sáng chế, 5 giải pháp hữu ích, 62 công trình công bố …``
(xj-da-nang-so-khcn-khen-thuong-cong-trinh-2021) and ``trong đó có: 395 đơn nhãn hiệu hàng hóa/ dịch vụ; 12 đơn kiểu
dáng công nghiệp; 12 đơn sáng chế và 02 giải pháp hữu ích`` (t66-cantho-sokhcn-don-so-huu-cong-nghiep-2015): the small
count of ``giải pháp`` is read by ``recognisers.programme`` as programmes an agency runs (``triển khai 5 giải pháp``),
but it stands in a list of counts of the period's things — the kinds a total is made of — and is a row like them.

The grammar: the count is a member of a run of counts in one sentence, each member a number and its noun phrase
(no digits, at most ``MEMBER_WORDS`` words), joined by ``,``, ``;`` or ``và``; the run has at least ``OTHERS`` other
members and none of them counts a programme noun.  ``6 nhiệm vụ trọng tâm, 6 giải pháp thực hiện``
(v-dien-bien-tu-phap-2022-h1: a list of programmes) and ``6 lĩnh vực công tác hội và 3 phong trào thi đua``
(t31-kinhtedothi: one other member) stay programmes.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from service.checker.extract import Mention
from service.onboarding.model import Para

MEMBER_WORDS = 12   # a member's noun phrase this long or shorter; a longer stretch is a clause, not a list
OTHERS = 2          # other members a list must have: two counts joined by ``và`` are a pair, not a list

_JOINED = re.compile(r"(?is)^[^\d.!?:]*?(?:[,;]\s*(?:và\s+)?|\s+và\s+)$")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _joined(p: Para, a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` are neighbouring members of a list: only ``a``'s noun phrase and a joiner between them."""
    gap = p.text[a.end:_start(b)]
    return len(gap.split()) <= MEMBER_WORDS + 1 and bool(_JOINED.match(gap))


def list_members(p: Para, i: int, m: Mention) -> list[Mention]:
    """The other counts of the list ``m`` is a member of, in its sentence (empty when it is in none)."""
    s = p.sentence_of(m)
    same = [f for f in p.figures if f.value is not None and f.kind == "count" and p.sentence_of(f) == s]
    same.sort(key=lambda f: f.num_start)
    at = next((k for k, f in enumerate(same) if f is m), None)
    if at is None:
        return []
    lo = at
    while lo > 0 and _joined(p, same[lo - 1], same[lo]):
        lo -= 1
    hi = at
    while hi + 1 < len(same) and _joined(p, same[hi], same[hi + 1]):
        hi += 1
    return [f for f in same[lo:hi + 1] if f is not m]


def _of(noun: str, nouns: Sequence[str]) -> bool:
    noun = noun.lower()
    return any(noun == w or noun.startswith(w + " ") for w in nouns)


def listed_kind(p: Para, i: int, m: Mention, nouns: Sequence[str]) -> bool:
    """``m`` is one kind in a list of counted kinds none of whose other members counts one of ``nouns``."""
    if m.value is None or m.kind != "count":
        return False
    others = list_members(p, i, m)
    return len(others) >= OTHERS and not any(_of(f.noun or "", nouns) for f in others)


def unless_listed_kind(held: Callable[[Para, int, Mention], bool],
                       nouns: Sequence[str]) -> Callable[[Para, int, Mention], bool]:
    """``held`` (a reader of programmes counted, by ``nouns``), except for one kind of a list of counted kinds."""
    def kept(p: Para, i: int, m: Mention) -> bool:
        return not listed_kind(p, i, m, nouns) and held(p, i, m)
    kept.__name__ = held.__name__
    kept.__doc__ = held.__doc__
    return kept
