"""A plan's size said right after the share of it done: the plan, on the standing sheet — no row (round 81).

``Với kết quả này, PHR đã hoàn thành 45,16% kế hoạch doanh thu (1.116 tỷ đồng) và 55,66% kế hoạch lợi nhuận (144,5
tỷ đồng)`` (xz-binh-duong-cao-su-phuoc-hoa-san-xuat-kinh-doanh-2015-8t), ``công ty mới chỉ đạt 8,39% so với kế hoạch
lợi nhuận 863,3 tỷ đồng mà công ty này đề ra cho năm 2021``, ``hoàn thành 5,6% so với kế hoạch nộp ngân sách 256,97 tỷ
đồng của năm 2021`` (xz-…-phuoc-hoa-ket-qua-kinh-doanh-2021-h1), ``hoàn thành 51% kế hoạch cả năm (18.700 trkwh)``
(xt-toan-quoc-pv-power-san-luong-dien-2021-h1): a rate of a plan (``N% (so với) kế hoạch``), the plan named by its
measure (``doanh thu``, ``lợi nhuận``, ``nộp ngân sách``, ``cả năm``: words only), then an amount — in brackets or
right after — is how big that plan is: the plan the rate was of, never a figure of the period (every hand keeps it
as a note, the period's value being the amount the rate was taken of).

Not a quota's (``đạt 115% chỉ tiêu được giao (5.000 tỷ đồng)``: ``giao`` — ``plans``' quota rules read it against
its row), nor a plan's words that go on to a result (``hoàn thành 106% kế hoạch khi đạt đến 3.959 triệu kwh``: a
verb, a conjunction or a comparison among the words), nor a plan named by its year (``kế hoạch năm 2018 (12.600 tỷ
đồng)``: a number among the words, left as it was read).  Tried with ``service.onboarding.recognisers.RECOGNISERS``,
beside ``planned.PLANNED``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.standingnote import add_unit_standing

#: What cannot be a word of the plan's name: a verb of a result or a quota, a conjunction, a comparison, a relative,
#: ``từ`` opening a range (``đạt 100% kế hoạch tiêu thụ từ 83-85 triệu tấn``: the plan's range, which
#: ``recognisers`` records on the row the rate is of — test_tpl31_ranges).
_NOT_NAME = r"(?:đạt|là|khi|và|với|thì|nhưng|tăng|giảm|vượt|giao|được|đã|so|mà|bằng|còn|trong|đó|từ)"
#: ``45,16% kế hoạch doanh thu (``, ``8,39% so với kế hoạch lợi nhuận ``: a rate, the plan's word, one to five words
#: naming what it plans, then the amount (after an optional opening bracket).
_RATE_THEN_PLAN = re.compile(
    r"(?i)\d[\d.,]*\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|KH|dự\s+toán)"
    r"(?P<name>(?:\s+(?!" + _NOT_NAME + r"(?!\w))[^\W\d_]+){1,5})\s*\(?\s*$")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def plan_size(p: Para, i: int, m: Mention) -> bool:
    """An amount right after ``N% kế hoạch <what>``: the size of that plan (see the module) — standing, no row."""
    if m.value is None or m.comparison or m.kind not in ("money", "count", "measure") or i == 0:
        return False
    at = _start(m)
    hit = _RATE_THEN_PLAN.search(p.text[max(0, at - 90):at])
    if hit is None:
        return False
    name = re.sub(r"\s+", " ", hit.group("name")).strip()
    add_unit_standing(p, m, f"Kế hoạch {name}")
    return True


PLAN_SIZES = (plan_size,)
