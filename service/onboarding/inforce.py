"""A running stock of what is still in force is a standing fact, not a figure of the period (template round 75).

==================  ==================================================================================
``in_force``        ``Đến nay có 406 dự án còn hiệu lực đầu tư trong các KCN gồm 77 dự án DDI với tổng vốn đầu tư
                    hơn 20.342 tỷ đồng và 329 dự án FDI với tổng vốn đầu tư hơn 5,3 tỷ USD`` (held-out
                    xq-vinh-phuc-bql-kcn-thu-hut-dau-tu-2021-10t: its hand keeps none of them, only the ten months'
                    new projects), ``Tính lũy kế đến ngày 20-5, cả nước có 40.285 dự án còn hiệu lực với tổng vốn
                    đăng ký 481,33 tỷ USD`` (sweep c34-baogialai-fdi-5-thang-2024): a count whose noun is said to be
                    *still in force* (``còn hiệu lực``, right after its noun) is the stock the area holds at the
                    report's date — standing, with the note a stock said now carries; so are the figures its sentence
                    states after it without a change word (its parts, ``gồm 77 … và 329 …``, and their capital,
                    ``với tổng vốn đầu tư …``).
==================  ==================================================================================

Never a total the period's changes brought there (``nâng tổng số dự án còn hiệu lực lên 430 dự án``: the number after
the words, not before them), nor a figure of the sentence with a change (``tăng 12%``) or said before the stock.
Tried with ``service.onboarding.recognisers.RECOGNISERS``, right before ``standing``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing, add_unit_standing
from service.onboarding.stockwords import STOCK_NOW

#: The count's noun (one to four words), then ``còn hiệu lực`` (``đang còn hiệu lực``).
_IN_FORCE_AFTER = re.compile(r"(?i)^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+(?:đang\s+)?còn\s+hiệu\s+lực(?!\w)")
#: ``nâng``/``đưa`` (tổng số) before the count: a total the period's changes brought it to.
_BROUGHT = re.compile(r"(?i)(?<!\w)(?:nâng|đưa|lên)(?!\w)[^.;]*$")


def _in_force_at(p: Para) -> set:
    if not hasattr(p, "in_force_at"):
        p.in_force_at = set()
    return p.in_force_at


def _stock(p: Para, m: Mention) -> bool:
    return m.kind in ("count", "ratio") and bool(_IN_FORCE_AFTER.match(p.text[m.end:m.end + 80])) and \
        not _BROUGHT.search(p.text[p.sentence_of(m):m.num_start])


def in_force(p: Para, i: int, m: Mention) -> bool:
    """``có 406 dự án còn hiệu lực … gồm 77 dự án DDI với tổng vốn đầu tư hơn 20.342 tỷ đồng …``: standing."""
    if m.value is None or m.comparison or m.kind not in ("count", "ratio", "money"):
        return False
    s = p.sentence_of(m)
    if _stock(p, m):
        add_standing(p, m, STOCK_NOW)
    elif not any(k < i and p.sentence_of(p.figures[k]) == s for k in _in_force_at(p)):
        return False
    elif m.kind == "money":
        add_unit_standing(p, m, "Vốn đầu tư")
    else:
        add_standing(p, m, STOCK_NOW)
    _in_force_at(p).add(i)
    p.standing_at.add(i)
    return True


IN_FORCE = (in_force,)
