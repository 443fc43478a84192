"""Numbers a sentence says for another purpose than a figure of the period.

=========================  ===================================================================================
``whole_again``            ``Trong hơn 1.980 tỷ đồng thu ngân sách, thu nội địa 1.855 tỷ đồng …``: the total the
                           sentence before stated, said again to open its breakdown — that row, no second row
``estimate_named``         ``So với dự toán Trung ương giao là 2.787 tỷ đồng thì thu ngân sách … đạt 71%``: the
                           estimate a rate is measured against — the plan of the row it comes to, no row
``days_ahead``             ``sẽ được thực hiện chậm nhất vào 3 ngày tới``: a span ahead of the writing, no row
``both_sides``             ``Nhân dân 2 bên biên giới``, ``lực lượng … của 2 bên``: the two parties of a relation
=========================  ===================================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

#: ``Trong hơn``, ``Trong tổng số``, ``Trong số``: the clause opens on the whole its parts come from.
_WITHIN = re.compile(r"(?i)^\W*trong\s+(?:tổng\s+)?(?:số\s+)?(?:hơn|gần|khoảng|trên)?\s*$")


def whole_again(p: Para, i: int, m: Mention) -> bool:
    """``Lũy kế 5 tháng đầu năm, thu ngân sách Nhà nước ước hơn 1.980 tỷ đồng, … Trong hơn 1.980 tỷ đồng thu ngân
    sách, thu nội địa 1.855 tỷ đồng`` (t11-kontum-ngansach-5t): the total said again to open its breakdown is the
    row already made (a second row ``Số tiền`` named nothing)."""
    if m.value is None or m.comparison or m.kind not in ("money", "count", "measure"):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _WITHIN.match(p.text[p.sentence_of(m):start]):
        return False
    s = p.sentence_of(m)
    for r in reversed(p.section_rows):
        if r.value == m.value and r.sentence != (p.key, s) and r.kind == ("count" if m.kind == "count" else r.kind):
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


#: ``dự toán Trung ương giao là``, ``kế hoạch tỉnh giao:``, ``chỉ tiêu được giao là``: the estimate named, its amount next.
_ESTIMATE = re.compile(r"(?i)(?<!\w)(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu)(?:\s+(?!đạt|bằng)[^\W\d_]+){0,4}?\s+"
                       r"(?:được\s+)?giao\s+(?:là|:)?\s*$")
#: ``… thì thu ngân sách Nhà nước toàn tỉnh đạt 71%``: the rate measured against it, in the same sentence.
_THEN_RATE = re.compile(r"(?i)^[^.;]{0,120}?(?<!\w)(?:đạt|bằng)\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?(?P<rate>\d+(?:,\d+)?)\s*%")


def estimate_named(p: Para, i: int, m: Mention) -> bool:
    """``So với dự toán Trung ương giao là 2.787 tỷ đồng thì thu ngân sách Nhà nước toàn tỉnh đạt 71%``
    (t11-kontum-ngansach-5t): the estimate a later rate is measured against — a note of the row it comes to (the
    row whose value is that rate of it), no row."""
    if m.value is None or m.comparison or m.kind != "money":
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _ESTIMATE.search(p.text[max(p.sentence_of(m), start - 60):start]):
        return False
    rate = _THEN_RATE.match(p.text[m.end:])
    if not rate:
        return False
    from decimal import Decimal

    from service.checker.match import within_rounding

    share = m.value * Decimal(rate.group("rate").replace(",", ".")) / 100
    for r in reversed(p.section_rows):
        if r.kind == "money" and r.value and abs(r.value - share) <= r.value * Decimal("0.01"):
            r.derived.append(Derivation(p.quote(m), "dự toán được giao (tỷ lệ so với dự toán này: "
                                        f"{rate.group('rate')}%)", m.value))
            p.rows[i] = r
            _RATES_OF_ESTIMATE[(id(p), m.end + rate.start("rate"))] = r
            return True
    return False


#: (paragraph, position) of a rate measured against an estimate ``estimate_named`` read → the row it is of.
_RATES_OF_ESTIMATE: dict = {}


def rate_of_estimate(p: Para, i: int, m: Mention) -> bool:
    """The ``71%`` after ``So với dự toán Trung ương giao là 2.787 tỷ đồng thì …``: the row's rate of that estimate
    (its note), not a share of a whole."""
    row = _RATES_OF_ESTIMATE.pop((id(p), m.num_start), None)
    if row is None or m.kind != "percent":
        return False
    row.derived.append(Derivation(p.quote(m), "tỷ lệ so với dự toán được giao", m.value))
    p.rows[i] = row
    return True


#: ``3 ngày tới``, ``2 tháng tới``, ``trong 5 năm sắp tới``: a span ahead of the writing.
_AHEAD = re.compile(r"(?i)^\s*(?:ngày|tuần|tháng|quý|năm)\s+(?:sắp\s+)?tới(?!\w)")


def days_ahead(p: Para, i: int, m: Mention) -> bool:
    """``Việc cấp phát gạo … sẽ được thực hiện chậm nhất vào 3 ngày tới`` (t11-dienbien-gaocuudoi-2017), ``trong 2
    tháng tới``: a span of time ahead of the writing — no figure of the period."""
    if m.value is None or m.comparison or m.kind not in ("count", "duration", "span"):
        return False
    return bool(_AHEAD.match(p.text[m.num_end:]))


def both_sides(p: Para, i: int, m: Mention) -> bool:
    """``Nhân dân 2 bên biên giới sống gần gũi``, ``lực lượng quản lý bảo vệ biên giới của 2 bên``
    (t11-muongnhe-biengioi-2022, t11-longan-bdbp-2021): ``2 bên`` — both parties of a relation, no count."""
    if m.value != 2 or m.kind != "count":
        return False
    return bool(re.match(r"(?i)^\s*bên(?!\w)", p.text[m.num_end:]))


RESTATED = (whole_again, estimate_named, rate_of_estimate, days_ahead, both_sides)
