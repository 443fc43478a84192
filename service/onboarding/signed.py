"""A bound written by its sign, given back to the template as its rate's plan (round 41).

The checker's ``signs.BOUND_SIGN`` claims ``≤ 0,09%`` inside ``extract_numbers`` as a ``norm`` (no value, no
figure: the checker's verdict), so the template's ``bounds.sign_bound`` no longer sees it.  The sheet still wants
it: ``Tỷ lệ chết/mắc do sốt xuất huyết … là 0,01%, … và thấp hơn chỉ tiêu Thủ tướng Chính phủ giao (≤ 0,09%)``
(t20-thanhnien-sxh-9t-2020) keeps 0,09 as the plan of the row 0,01 %.  ``signed_plan_pass`` reads the sign's
number back from the mention's own text (the checker is not asked again) and, exactly as ``sign_bound`` did, makes
it the plan of the nearest row before it in its sentence, of the same kind (a percent for ``%``), not inside an
aside closed before the sign, when a plan is named before it (``chỉ tiêu``, ``kế hoạch``, ``mục tiêu``,
``nghị quyết``).  With no plan named, or no such row, nothing is made: the bound stays no row.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from service.checker.extract import Mention
from service.onboarding.bounds import _PLAN_NAMED
from service.onboarding.model import Derivation, Para

#: The sign's number as the page writes it: ``0,09%``, ``95 %``, ``1.000``.
_SIGNED = re.compile(r"^(?P<num>\d(?:[\d.,]*\d)?)\s?(?P<pct>%)?$")


def signed_value(raw: str) -> tuple[Decimal, bool] | None:
    """``0,09%`` → (0.09, True): ``.`` groups thousands, ``,`` is the decimal mark."""
    hit = _SIGNED.match((raw or "").strip())
    if hit is None:
        return None
    num = hit.group("num")
    if "," in num:
        whole, _, frac = num.rpartition(",")
        num = whole.replace(".", "") + "." + frac
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num):
        num = num.replace(".", "")
    try:
        return Decimal(num), bool(hit.group("pct"))
    except InvalidOperation:
        return None


def _row_before(p: Para, m: Mention, kind: str):
    s = p.sentence_of(m)
    for k in range(len(p.figures) - 1, -1, -1):
        mk = p.figures[k]
        if mk.num_start >= m.num_start:
            continue
        if mk.num_start < s:
            break
        aside = p.text.rfind("(", s, mk.num_start) > p.text.rfind(")", s, mk.num_start) and \
            ")" in p.text[mk.end:m.num_start]
        r = p.rows.get(k)
        if r is not None and r.kind == kind and not aside:
            return r
    return None


def signed_plan_pass(p: Para) -> None:
    """Each ``≤``/``≥`` bound the checker claimed as a norm becomes the plan of its rate's row, when a plan is named."""
    for m in p.mentions:
        if m.recogniser != "bound-sign":
            continue
        read = signed_value(m.raw)
        if read is None:
            continue
        value, pct = read
        s = p.sentence_of(m)
        if not _PLAN_NAMED.search(p.text[s:m.num_start]):
            continue
        row = _row_before(p, m, "percent" if pct else "count")
        if row is None or row.plan is not None:
            continue
        row.plan = value
        row.derived.append(Derivation(p.quote(m), "so với kế hoạch", value))
