"""A rate said right after an amount is of the amount's group (checker round 98).

``thực hiện xong gần 447.000/977.700 việc phải thi hành (đạt tỷ lệ trên 63%); thi hành xong gần 117.000 tỷ đồng, đạt
tỷ lệ 31,6%`` (xv-toan-quoc-cuc-quan-ly-thads-…-2025-10t) against a sheet of groups ``Về việc`` (A1 … A3 ``Tỷ lệ thi hành
xong về việc`` = 63) and ``Về tiền`` (B1 ``Số tiền đã thi hành xong`` = 117.000, B2 ``Tỷ lệ thi hành xong về tiền`` =
31,6): the sentence's words (``thi hành xong``, ``tỷ lệ``) fit A3 as well as B2, and the cases counted first pulled the
sentence to A3, so B2's own 31,6% was «A3's value said wrong». The clause says whose rate it is by the amount it
follows: 117.000 tỷ đồng is B1's, B2 stands in B1's group and A3 in another. A percent whose row is in the group of the
amount it follows in its clause (a count, money or measure, no aside in brackets between) is not taken for a row of
another group.

Negatives: the rate's row in another group than the amount's (a swap: ``117.000 tỷ đồng, đạt tỷ lệ 63%`` — A3's 63 after
B1's amount — is still weighed as before); rows of no group; an amount that is itself a percent.
"""

from __future__ import annotations

import re

from service.figures.model import kept_rate_of


def rate_of_amount_group(amount_row, chosen, best) -> bool:
    """Is ``chosen`` (the percent row the value is of) in the group of ``amount_row`` (the row of the amount the value
    follows in its clause), and ``best`` (the row the words would move it to) in another?"""
    if amount_row is None or chosen.kind != "percent" or amount_row.kind == "percent":
        return False
    group = (amount_row.muc or "").strip()
    return bool(group) and (chosen.muc or "").strip() == group and (best.muc or "").strip() != group


#: What a rate of the amount before it is joined by: ``, đạt tỷ lệ``, ``, chiếm``, ``, bằng``, ``(đạt``.
_JOINED = re.compile(r"(?i)\s*[,(]?\s*(?:đạt|chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")


def joins_rate(text: str, amount_end: int, num_start: int) -> bool:
    """Do the words between an amount and the rate after it only join the two (``, đạt tỷ lệ``, ``, chiếm``)?"""
    return bool(_JOINED.fullmatch(text, amount_end, num_start))


def group_rate_after(text: str, amount_end: int, num_start: int, amount_row, chosen, rows):
    """The one percent row of the group of the amount a rate follows (``thi hành xong gần 117.000 tỷ đồng, đạt tỷ lệ
    63%`` — B1's amount, B2 the one rate of its group), when the rate's value is another group's row (A3's 63) and
    the words between only join the rate to the amount (``đạt tỷ lệ``, ``chiếm``, ``bằng``); ``None`` otherwise."""
    if amount_row is None or amount_row.kind == "percent" or chosen.kind != "percent" \
            or not joins_rate(text, amount_end, num_start):
        return None
    group = (amount_row.muc or "").strip()
    if not group or (chosen.muc or "").strip() == group:
        return None
    own = [r for r in rows if r.kind == "percent" and (r.muc or "").strip() == group and "ky_bao_cao" in r.values
           and kept_rate_of(r.fig.ma) is None]   # (a rate of change the loader kept is no share of the group)
    return own[0] if len(own) == 1 else None
