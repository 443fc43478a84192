"""An amount in brackets written with its sign after a change said: the change in numbers (chk95, issue 13).

``diện tích gieo trồng … đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa năm 2018``, ``cây chất bột có củ đạt 318 ha,
chiếm 0,5% tăng 6,0% (+18 ha)`` (xw-hai-duong-cuc-thong-ke-trong-trot-vu-mua-2019-9t, its table's column ``Tăng/giảm so
với vụ mùa năm 2018 (ha)``): the bracket restates the rate of change just said as an amount, its sign the direction
(``-`` a fall, ``+`` a rise). Read as ``giảm 892 ha``: a change, checked against this value − last year's (the
loader keeps last year's = this − the change column). The sign is the notation's own word: a sign that disagrees with
the rate's verb stays the sign's, so a flipped sign is found. A bracketed signed rate (``giảm 273 vụ (-6,70%)``) is
the rate checks' own; a signed amount with no change said before it in its clause is not read here.
"""

from __future__ import annotations

import re

from service.checker.clauses import LAST_CLAUSE_END

#: ``(-892``, ``( + 18``, ``(−86``: an opening bracket, then the sign, right before the number
_SIGN_OPENS = re.compile(r"\(\s*([+\-−–])\s*$")
#: a change said before the bracket in its clause: ``tăng``/``giảm`` (``giảm 1,3%``, ``tăng 6,0%``)
_CHANGE_SAID = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)")
_AMOUNTS = ("count", "measure", "money")


def bracket_sign(text: str, mention) -> str | None:
    """``tăng``/``giảm`` for an amount opening a bracket with its sign after a change said in its clause."""
    if mention.kind not in _AMOUNTS or mention.comparison is not None or mention.value is None:
        return None
    sm = _SIGN_OPENS.search(text, max(0, mention.num_start - 6), mention.num_start)
    if sm is None:
        return None
    lo = max(0, sm.start() - 120)
    cut = LAST_CLAUSE_END.search(text, lo, sm.start())
    if not _CHANGE_SAID.search(text, cut.start() + 1 if cut else lo, sm.start()):
        return None
    return "tăng" if sm.group(1) == "+" else "giảm"


def signed_bracket_changes(text: str, mentions: list) -> list:
    """``mentions`` with each signed bracketed amount after a change said read as that change."""
    for m in mentions:
        said = bracket_sign(text, m)
        if said:
            m.kind, m.comparison = "change", said
    return mentions
