"""Last period's index said after the plan's rate of the same amount (round 41).

``Toàn tỉnh trồng trên 8.300ha rừng tập trung, đạt 91,5% so với kế hoạch, đạt 97,5% so với cùng kỳ năm 2021``
(y-phu-tho-trong-rung-2022-7t), ``Diện tích gieo trồng … đạt 58,2% kế hoạch và 100,1% so cùng kỳ``
(zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023), ``… ước đạt 4.481 tỷ đồng, đạt 51,2% dự toán Bộ Tài chính giao,
46,1% dự toán HĐND tỉnh giao và 92,6% so với cùng kỳ năm 2019`` (zh-ha-tinh-thu-chi-ngan-sach-2020-h1); in the
repo's sweep pages ``chế biến được 336.556 tấn, đạt 99,3% KH chế biến năm 2014 và bằng 101,6% lượng chế biến cùng
kỳ năm 2013`` (tapchicaosu, figures-round24).

The grammar: an amount, then its rate of a plan (``đạt X% (so với) kế hoạch / KH / dự toán / chỉ tiêu …``), then,
joined by ``,`` or ``và`` (``đạt``/``bằng`` or no verb), a second percentage ending in ``so (với) cùng kỳ / năm
trước / kỳ trước`` (or ``lượng … cùng kỳ``).  The second percentage is this period's amount as a share of last
period's: the amount's derivation — the comparison value it gives — never a row of its own, as
``plans.index_of_last`` reads ``bằng 99% so với cùng kỳ`` said with no plan's rate before it (that reader wants
``bằng``/``gấp`` right before the number; here the verb is ``đạt``, or none after ``và``).

Not read: a percentage with a change word (``tăng 10,4% so với cùng kỳ``: a rate of change, not an index); one with
no amount before it in its sentence (``giá trị sản xuất … đạt 27% so với kế hoạch năm, bằng 94% so với cùng kỳ``:
nothing to derive — it stays as before).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para

#: Between the plan's rate and the index: the plan named, then ``,`` or ``và``, then ``đạt``/``bằng`` or nothing.
_AFTER_PLAN_RATE = re.compile(
    r"(?i)^\s*%?\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH|dự\s+toán|chỉ\s+tiêu)(?!\w)[^.;:!?\n%]{0,60}?"
    r"(?:,|\s+và)\s*(?:(?:đạt|bằng)\s*)?$")
#: After the index: last period named (``so với cùng kỳ``, ``so cùng kỳ năm 2019``, ``lượng chế biến cùng kỳ``).
_OF_LAST = re.compile(r"(?i)^\s*(?:so\s+(?:với\s+)?|(?:lượng|số)(?:\s+[^\W\d_]+){0,4}?\s+)?"
                      r"(?:cùng\s+k[ỳì]|năm\s+trước|k[ỳì]\s+trước)(?!\w)")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def index_after_plan_rate(p: Para, i: int, m: Mention) -> bool:
    """The second percentage of an amount, against last period, after its plan's rate: the amount's derivation."""
    if m.kind != "percent" or m.value is None or not m.value or m.comparison or i == 0:
        return False
    prev = p.figures[i - 1]
    if prev.kind != "percent" or prev.comparison or p.sentence_of(prev) != p.sentence_of(m):
        return False
    if not _AFTER_PLAN_RATE.match(p.text[prev.end:_start(m)]) or not _OF_LAST.match(p.text[m.end:m.end + 60]):
        return False
    row = next((r for r in p.rows_before(i) if r.kind in ("count", "money", "measure")), None)
    if row is None or row.value is None:
        return False
    if row.base is None:
        row.base = row.value * 100 / m.value
    row.derived.append(Derivation(p.quote(m), "so với cùng kỳ (kỳ này bằng … cùng kỳ)", m.value))
    p.rows[i] = row
    return True


INDEXED = (index_after_plan_rate,)
