"""A place's households with their people: ``<nơi> có N hộ với M nhân khẩu`` — who lives there, not the period.

    Sau khi sáp nhập, xã Tân Thành có diện tích tự nhiên 90,361km2, quy mô dân số 2.912 hộ, với 12.679 nhân khẩu. …
    Thôn Thành Thượng có 174 hộ dân, với 834 nhân khẩu, …     (c42-baothanhhoa-tan-thanh-truyen-thanh-2025)
    … xã Trà Côn hiện có trên 720 hộ Khmer với hơn 3.000 nhân khẩu, tập trung tại 3 ấp …
                                                        (c42-thvl-tra-con-dong-bao-khmer)
    Xã có 8 thôn, 869 hộ với 3.427 nhân khẩu, 1980 lao động …   (c42-thanhlam-cong-dong-dan-cu)

Households (``hộ``, ``hộ dân``, ``hộ gia đình``, or a people's name: ``hộ Khmer``) that a place has (``có``, ``hiện
có``, ``dân số``, ``quy mô dân số``, a list of its make-up before: ``8 thôn,``) and the people they hold (``với``,
``gồm``, ``,``) — both counts describe the place. Households of a kind the period counts (``hộ nghèo``, ``hộ được hỗ
trợ``) and households a verb acts on (``hỗ trợ 50 hộ với 200 nhân khẩu``) stay figures.

Its peoples, in a sentence that counts its people (``nhân khẩu``, ``dân số``, ``Cơ cấu các dân tộc``): ``trong đó đồng
bào dân tộc Thái chiếm 85%`` (c42-baothanhhoa-…), ``Dân tộc Thái 3395 người, chiếm 99,09 %; dân tộc Mường 28 người``
(c42-thanhlam-…) — a people named (capitalised) and its count or share right after. ``hộ dân tộc thiểu số`` helped, or a
people's share of those helped in a sentence about no population, stay figures.
"""

from __future__ import annotations

import re

_APPROX = r"(?:(?:khoảng|trên|hơn|gần|tổng\s+số)\s+)?"
_NUM = r"\d{1,3}(?:\.\d{3})*|\d+"
#: who has them: a verb of having, a population's words, or the place's make-up listed just before (``8 thôn,``)
_HAS = r"(?:(?:hiện\s+)?có|dân\s+số(?:\s+là)?|quy\s+mô\s+dân\s+số(?:\s+là)?|gồm|\d+\s+[^\W\d_]+\s*,)"
#: the households: plain, of a family, of a people (a capitalised name)
_HOUSEHOLDS = r"hộ(?:\s+(?:dân|gia\s+đình)|\s+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*)?"
_POPULATION = re.compile(r"(?<!\w)" + _HAS + r"\s+" + _APPROX + r"(?P<h>" + _NUM + r")\s+" + _HOUSEHOLDS +
                         r"\s*,?\s*(?:với|gồm|có)?\s*" + _APPROX + r"(?P<p>" + _NUM + r")\s+(?:nhân\s+khẩu|khẩu)(?!\w)")
_REACH = 140


def population(text: str, start: int, end: int) -> bool:
    """The count from ``start`` to ``end`` is a place's households or the people in them (see the module)."""
    for m in _POPULATION.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        if (m.start("h"), m.end("h")) == (start, end) or (m.start("p"), m.end("p")) == (start, end):
            return True
    return False


_PEOPLE = re.compile(r"(?<!\w)(?:đồng\s+bào\s+)?[Dd]ân\s+tộc\s+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\W\d_]*)?"
                     r"\s+(?:(?:" + _NUM + r")\s+người\s*,\s*)?(?:chiếm\s+)?" + _APPROX + r"$")
_POPULATION_WORDS = re.compile(r"(?i)(?<!\w)(?:nhân\s+khẩu|dân\s+số|cơ\s+cấu\s+(?:các\s+)?dân\s+tộc)(?!\w)")
_SENTENCE_END = re.compile(r"(?<![\d])[.!?\n](?:\s|$)")


def peoples(text: str, start: int) -> bool:
    """The count or share at ``start`` is a people's among the place's population (see the module)."""
    lo = max(0, start - 300)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    s = ends[-1].end() if ends else lo
    return _PEOPLE.search(text, max(s, start - 80), start) is not None \
        and _POPULATION_WORDS.search(text, s, start) is not None
