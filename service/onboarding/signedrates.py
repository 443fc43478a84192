"""A signed rate in brackets after a change is the change's rate, not a row (round 42).

Monthly crime bulletins follow each change with its rate, signed, in brackets: ``So với tháng 8/2021, giảm 128 vụ
(-4,33%), giảm 125 số vụ khám phá (-4,88%), …, giảm 25 số băng, nhóm bị triệt phá (-31,25%)`` (yv-toan-quoc-bo-
cong-an-dau-tranh-phong-chong-toi-pham-2021-09: the last one a row «Tỷ lệ nhóm bị triệt phá» 31,25 %, its noun's
comma — ``băng, nhóm`` — parting it from its change), ``Toàn quốc xảy ra 1.942 vụ, so với tháng 8/2021 tăng 09 vụ
(+0,46%)`` (same page).  ``signed_rate_of_change``: a percent written with its sign (``-``, ``+``, ``−``) alone in
brackets, after ``tăng``/``giảm`` and a number earlier in its clause (no ``;`` or full stop between) — the rate of
that change: no row.  A percent in brackets with no sign (``(chiếm 40,1%)``), or with no change before it, is left
to the rules it had.  Tried last of ``RECOGNISERS``: a rate the change recognisers already took as its change's
(``giảm 597 vụ (-11,75%)``, yj-toan-quoc-uy-ban-atgt-…-2020-7t: the hand's «tốc độ tăng» kept as the row's
derivation) stays theirs — the first try, before ``change``, lost those three.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_SIGNED_OPEN = re.compile(r"\(\s*[-+−–]\s*$")
_CLOSE = re.compile(r"^\s*\)")
#: A change said before the rate: ``tăng 09 vụ``, ``giảm 25 số băng, nhóm …`` — with no clause end after it.
_CHANGE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)\s+\d[^;.()]*$")


def signed_rate_of_change(p: Para, i: int, m: Mention) -> bool:
    """A signed percent in brackets after a change (see the module): no row."""
    if m.kind != "percent" or m.value is None:
        return False
    start = m.start if m.start is not None else m.num_start
    if not _SIGNED_OPEN.search(p.text[max(0, start - 4):start]) or not _CLOSE.match(p.text[m.end:m.end + 3]):
        return False
    open_at = p.text.rfind("(", 0, start)
    return bool(_CHANGE.search(p.text[max(0, open_at - 90):open_at]))


SIGNED_RATES = (signed_rate_of_change,)
