"""A company's charter capital is a standing fact, not a figure of the period (stop 50's final batch).

=================  ==================================================================================
``charter``        ``Citenco có vốn điều lệ 304,4 tỷ đồng, do UBND TP.HCM nắm giữ 100% cổ phần`` (held-out
                   zl-tp-ho-chi-minh-citenco-moi-truong-do-thi-2018), ``doanh nghiệp có vốn điều lệ 95 tỷ đồng``
                   (held-out xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-ket-qua-kinh-doanh-2024-q2): the capital a company
                   is registered with (``vốn điều lệ`` right before the amount, ``là``/``:``/a qualifier between) is
                   what the company is, kept on the standing sheet as both hands keep it.
=================  ==================================================================================

Not a sum of many (``Tổng vốn điều lệ của các HTX khoảng 54,15 nghìn tỷ đồng``, yb-toan-quoc-lien-minh-htx: a
statistic of the period, kept as a row), nor a change of it (``tăng vốn điều lệ thêm 50 tỷ đồng``, ``vốn điều lệ tăng
lên``: a verb of change between or before).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.standingnote import add_unit_standing

#: ``có vốn điều lệ``, ``với vốn điều lệ là``, ``vốn điều lệ:``: the capital right before the amount; no ``tổng`` and no
#: verb of change (``tăng``, ``giảm``, ``bổ sung``, ``nâng``) in the clause before it
_CHARTER = re.compile(r"(?i)(?<!\w)vốn\s+điều\s+lệ\s*(?:là|:)?\s*(?:khoảng|hơn|trên|gần|gần\s+như)?\s*$")
_NOT_ONE = re.compile(r"(?i)(?<!\w)(?:tổng|tăng|giảm|bổ\s+sung|nâng|góp\s+thêm|thêm)(?!\w)[^.;\n]*$")


def charter_capital(p: Para, i: int, m: Mention) -> bool:
    """``có vốn điều lệ 95 tỷ đồng``: the company's registered capital — standing."""
    if m.value is None or m.comparison or m.kind != "money":
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    before = p.text[max(0, start - 60):start]
    hit = _CHARTER.search(before)
    if not hit or _NOT_ONE.search(before[max(0, hit.start() - 30):hit.start() + 1]):
        return False
    add_unit_standing(p, m, "Vốn điều lệ", p.text[max(0, hit.start()):m.end].strip())
    p.standing_at.add(i)
    return True


CAPITAL = (charter_capital,)
