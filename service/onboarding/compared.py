"""A change compared by the sentence that leads it, not by its own words (round 43).

A change a row's level was stated for earlier is a row of its own when nothing compares it (``kết nạp được 24 hội
viên …; giảm 42 hội viên``: what left in the period, ``recognisers._flow_of_its_own``).  Two ways of saying the
comparison that rule did not read:

* ``so sánh với`` spelled in full, the same comparison as ``so với``: ``So sánh với năm 2022: Số vụ cháy tăng 206
  vụ (tăng 6,3%); tăng 27 người chết (tăng 22,69%) …`` (yw-toan-quoc-cuc-canh-sat-pccc-chay-no-2023), ``So sánh với
  7 ngày nghỉ Tết Nguyên đán 2018 giảm 46 vụ, số người chết giảm 60 người`` (p13-tnkt-tet-kyhoi-2019), ``So sánh
  với cùng kỳ năm 2021, số vụ vi phạm giảm 16 vụ`` (p9-lamdong-lamluat-2022-12);
* the sentence right before opens on the comparison and the change's sentence goes on with it: ``… (tăng 38,4%).
  Số vụ nổ giảm 2 vụ (giảm 11,11%)`` (the fire report above), ``So sánh với cùng kỳ năm 2021, số vụ vi phạm giảm 16
  vụ (…). Diện tích thiệt hại do phá rừng giảm 2,15 ha (tương ứng giảm 81%)`` (p9), ``So với cùng kỳ năm 2025, …
  giảm 44 người chết (-31,88%). Trong khi đó số người bị thương tăng 17 người (+12,41%)``
  (yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tet-duong-lich-2026-01).

``compared_by_lead`` says so; ``recognisers._flow_of_its_own`` then leaves the change to its row.  A sentence that
states a level of its own before the change (``Riêng trong tháng 12/2023, toàn tỉnh xảy ra 24 vụ …``) is not led by
the sentence before: its change compares that level, in its own words or not at all.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: ``so sánh với``: the comparison spelled in full (``so với`` is read by the recognisers' own cue).
_IN_FULL = re.compile(r"(?i)(?<!\w)so\s+sánh\s+với(?!\w)")
#: A sentence opening on a comparison, after a connective at most (``Như vậy, so với …``, ``Nếu so sánh với …``).
_LEADS = re.compile(r"(?i)^\W*(?:(?:như\s+vậy|tuy\s+nhiên|nếu|còn|và)\s*,?\s*)?so\s+(?:sánh\s+)?với(?!\w)")
#: The verb of a change right before its number: ``giảm 2 vụ``, ``tăng thêm 17 người``, ``tăng gần 53 tỷ đồng``.
_CHANGE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)\s+(?:(?:thêm|gần|hơn|trên|khoảng)\s+)?$")


def compared_by_lead(p: Para, m: Mention) -> bool:
    """The change ``m`` is compared with last period by ``so sánh với`` in its sentence before it, or by the
    sentence right before it opening on a comparison, its own sentence stating no level before the change."""
    s = p.sentence_of(m)
    if _IN_FULL.search(p.text[s:_start(m)]):
        return True
    if s == 0:
        return False
    before = P.sentence_start(p.text, max(0, s - 1))
    if not _LEADS.match(p.text[before:s]):
        return False
    first = next(f for f in p.figures if f.num_start >= s and f.value is not None)   # m itself at the latest
    return bool(_CHANGE.search(p.text[s:first.num_start]))


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


#: A rate in brackets right after a change: ``tăng 27 người chết (tăng 22,69%)``, ``giảm 2 vụ (giảm 11,11%)``,
#: ``giảm 44 người chết (-31,88%)``.
_RATE_AFTER = re.compile(r"(?i)^[^();.\d]{0,30}\(\s*(?:(?:tăng|giảm)\s+)?[-+−]?\s*$")


def led_row(p: Para, i: int, m: Mention, row):
    """The row a change led by a comparison changes, when its rate in brackets tells: of the rows before it that
    count what ``row`` (the nearest fitting one) counts, the nearest whose level the change and its rate agree with
    (``level − change`` for a rise, ``level + change`` for a fall, is the base the rate is of; within one unit of the
    rate's last digit, which pages round or cut: ``giảm 2,15 ha (tương ứng giảm 81%)`` on 0,49 ha is 81,4 %, p9).  ``So sánh với năm
    2022: … tăng 27 người chết (tăng 22,69%)`` after ``làm chết 146 người`` (fire) and ``làm 11 người chết`` (the
    explosions, nearer): 27 / 119 = 22,69 % — the fire's dead.  ``row`` when no rate follows or none agrees."""
    if not compared_by_lead(p, m) or m.value is None or i + 1 >= len(p.figures):
        return row
    rate = p.figures[i + 1]
    if rate.kind != "percent" or rate.value is None or not _RATE_AFTER.match(p.text[m.end:_start(rate)]):
        return row
    up = m.comparison == "tăng"
    step = Decimal(1).scaleb(-(rate.decimals or 0))   # one unit of the rate's last digit: "81%" ±1, "22,69%" ±0,01
    seen = []
    for r in [*p.rows_before(i, same_sentence=False), *reversed(p.section_rows)]:
        if r.kind != row.kind or r.unit != row.unit or r.value is None or any(r is x for x in seen):
            continue
        seen.append(r)
        base = r.value - m.value if up else r.value + m.value
        if base > 0 and abs(100 * m.value / base - abs(rate.value)) <= step:
            return r
    return row
