"""Amounts that name a class of things, not a figure of the period: the bound is in the subject's noun phrase.

``statements.class_bound`` reads the bound that follows a count (``368 hộ đạt trên 50 triệu``) or that a count
follows (``dưới 6m là 271 chiếc``). These say the same with the bound elsewhere in the clause:

==========================  ==================================================================================
``bound_in_counted_subject``  ``Số hộ có thu nhập trên 1 tỷ đồng/năm đã tăng hơn 1,6 lần``, ``số hộ thu nhập
                            1 tỷ đồng/năm trở lên tăng 10 hộ``: the amount qualifies what ``Số hộ …`` counts —
                            the clause's figure is the change (or count) after it
``bound_of_uncounted``      ``nhiều mô hình kinh tế … cho thu nhập trên 100 triệu đồng/năm``, ``số đông chi hội có
                            nguồn quỹ từ 200 đến 300 triệu đồng``, ``một trong số ít tỉnh có số thu tăng từ
                            10-11%``: what many (or few, uncounted) things each reach
``range_to_vague``          ``thu nhập hàng năm từ 100 triệu đồng đến hàng tỷ đồng``: a range whose other end is
                            no number is no figure
``range_then_count``        ``từ 50 triệu đồng đến 100 triệu đồng là 707 hộ``: a range the extraction read as one
                            amount, the class's count after it
``sign_bound``              ``thấp hơn chỉ tiêu Thủ tướng Chính phủ giao (≤ 0,09%)``: a number after a comparison
                            sign (``≤ ≥ < >``) is a bound — a plan's (kept as the plan of the row before when a plan
                            is named) or a class's — never a value measured (round 27)
``class_range``             ``doanh nghiệp thành lập mới đa phần có quy mô nhỏ (từ 0 - 10 tỷ đồng) với 12.432 doanh
                            nghiệp``: a bracket holding only a range ``từ A - B``, right after a noun, says what the
                            class is, not how much (round 27)
``plan_range``              ``đạt 100% kế hoạch tiêu thụ từ 83-85 triệu tấn`` (t24-vietbao-ximang-10t-2018),
                            ``(kế hoạch năm 2018 xuất cảng 18 - 19 triệu tấn sản phẩm xi măng)`` (t24-vietbao-ximang-
                            11t-2018), ``kế hoạch năm 2017 đề ra là 100 - 120 doanh nghiệp``: a plan said as a range
                            (both ends in one mention) — no value to fill, so no row; the row before in its sentence,
                            of the same kind, quotes it (round 31)
==========================  ==================================================================================

A bound is the qualifier ``trên/hơn/từ/dưới``, ``… trở lên/xuống`` after the amount, or a range (``X đến Y``,
``X - Y``) — a total is never written so. Each rule asks for that marker: ``tổng số tiền thu được trên 5 tỷ đồng``
(a counted-money subject) and ``nhiều hộ đã vay 2 tỷ đồng`` (no bound) stay rows.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para
from service.onboarding.statements import _COUNT_AFTER

_W = r"[^\W\d_]"
_BOUND_WORDS = ("trên", "hơn", "từ", "dưới")
#: ``1 tỷ đồng/năm trở lên`` read from the numeral on (the extraction may end the mention inside ``trở lên``).
_OPEN_END = re.compile(r"(?i)^\S+[^\d,;:!?\n]{0,30}?(?<!\w)trở\s+(?:lên|xuống)(?!\w)")
#: ``50 triệu đồng đến 100 triệu đồng``, ``15-18``: both ends of a range, the first one's unit words between.
_RANGE_IN = re.compile(r"(?i)\d[\d.,]*(?:\s*[^\W\d_]+){0,2}\s*(?:[-–]|đến|tới)\s*(?:dưới\s+)?\d")
_RANGE_BEFORE = re.compile(r"(?i)(?<!\w)từ\s*$")
#: The high end of a range: ``10-11%``, ``từ 6 đến dưới 12``.
_RANGE_HIGH_BEFORE = re.compile(r"(?i)(?:\d\s*[-–]|(?<!\w)(?:đến|tới)(?:\s+dưới)?)\s*$")
_RANGE_AFTER = re.compile(r"(?i)^\s*(?:[-–]|đến|tới)\s*(?:dưới\s+)?\d")
#: ``Số hộ (nông dân) có (mức) thu nhập``: a count's subject whose noun is a unit counted (not money or a measure),
#: then what each of them has — no verb particle between (``số tiền thu được``: the amount itself).
_COUNTED_SUBJECT = re.compile(
    rf"(?i)(?<!doanh\s)(?<!\w)số\s+(?!tiền|vốn|lượng|thu(?!\w)|chi(?!\w)|kinh\s+phí|diện\s+tích|sản\s+lượng|khối\s+lượng|giá\s+trị)"
    rf"{_W}+(?:\s+{_W}+){{0,4}}?\s+(?:có\s+)?(?:mức\s+)?{_W}+(?:\s+{_W}+){{0,3}}?\s*(?:/\s*{_W}+\s*)?"
    rf"(?:(?:từ|trên|hơn|dưới)\s*)?$")
_PARTICLE = re.compile(r"(?i)(?<!\w)(?:đã|đang|sẽ|được|bị)(?!\w)")
#: Many things the text does not count, each reaching the amount: ``nhiều mô hình … cho thu nhập trên``.
_UNCOUNTED_SUBJECT = re.compile(
    rf"(?i)(?<!\w)(?:nhiều|số\s+đông|số\s+ít|một\s+số|phần\s+lớn|đa\s+số|hầu\s+hết)\s+{_W}+(?:[\s,]+{_W}+){{0,10}}?\s+"
    rf"(?:có|cho|đạt|mang\s+lại)\s+(?:{_W}+\s+){{0,4}}?(?:(?:từ|trên|hơn|dưới)\s*)?$")
_VAGUE_END = re.compile(r"(?i)^\s*(?:đến|tới)\s+hàng\s+(?:chục\s+|trăm\s+)?(?:nghìn|ngàn|triệu|tỷ|trăm)(?!\w)")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _bounded(p: Para, m: Mention) -> bool:
    """The amount is written as a bound: a bounding qualifier, an open end, or a range."""
    return (m.qualifier or "").lower() in _BOUND_WORDS or bool(_OPEN_END.match(p.text[m.num_start:m.end + 40])) or \
        bool(_RANGE_IN.search(p.text[m.num_start:m.end])) or \
        bool(_RANGE_BEFORE.search(p.text[max(0, _start(m) - 6):_start(m)]) and _RANGE_AFTER.match(p.text[m.end:])) or \
        bool(_RANGE_HIGH_BEFORE.search(p.text[max(0, _start(m) - 12):_start(m)]))


def _clause_before(p: Para, m: Mention) -> str:
    return p.text[P.clause_start(p.text, m.num_start):_start(m)]


def bound_in_counted_subject(p: Para, i: int, m: Mention) -> bool:
    """``Số hộ có thu nhập trên 1 tỷ đồng/năm đã tăng hơn 1,6 lần`` (t4-chomoi-sxkdg-2022), ``số hộ thu nhập 1 tỷ
    đồng/năm trở lên tăng 10 hộ`` (t4-thanhchuong-sxkdg-2016): an amount bounding what ``Số <units>`` counts, a
    number of the clause after it (the count or its change) — the class's bound, no row."""
    if m.value is None or m.comparison or m.kind not in ("money", "measure") or not _bounded(p, m):
        return False
    before = _clause_before(p, m)
    hit = _COUNTED_SUBJECT.search(before)
    if hit is None or _PARTICLE.search(hit.group()):
        return False
    nxt = next((x for x in p.figures[i + 1:] if x.value is not None), None)   # the class's count or its change,
    return nxt is not None and (nxt.kind in ("count", "change") or nxt.comparison in ("tăng", "giảm")) and \
        not re.search(r"[,;.:()]", p.text[m.end:_start(nxt)])                   # in the same breath


def bound_of_uncounted(p: Para, i: int, m: Mention) -> bool:
    """``Đến nay nhiều mô hình kinh tế do cựu chiến binh làm chủ cho thu nhập trên 100 triệu đồng/năm``
    (t3-chienson-ccb-2017), ``số đông chi hội có nguồn quỹ từ 200 đến 300 triệu đồng`` (t4-vinhyen-ccb-2010): what
    many things the text does not count each reach — context, no row."""
    if m.value is None or m.kind not in ("money", "measure", "count", "percent") or not _bounded(p, m):
        return False      # (a change too: "một trong số ít tỉnh có số thu tăng từ 10-11%", t4-nghean-ngansach-2020)
    before = _LOW_END.sub("từ ", _clause_before(p, m))   # the high end of "từ 10-11%": read from the range's start
    hit = _UNCOUNTED_SUBJECT.search(before)
    return hit is not None and not _PARTICLE.search(hit.group())


_LOW_END = re.compile(r"(?i)(?:từ\s+)?\d[\d.,]*(?:\s*[^\W\d_]+){0,2}\s*(?:[-–]|đến|tới)(?:\s+dưới)?\s*$")


def range_to_vague(p: Para, i: int, m: Mention) -> bool:
    """``có vốn kinh doanh hàng chục tỷ đồng, thu nhập hàng năm từ 100 triệu đồng đến hàng tỷ đồng``
    (t4-thanhchuong-sxkdg-2016): a range whose upper end is no number says what kind of things, not how much."""
    if m.value is None or m.comparison or not _RANGE_BEFORE.search(p.text[max(0, _start(m) - 6):_start(m)]):
        return False
    return bool(_VAGUE_END.match(p.text[m.end:m.end + 30]))


def range_then_count(p: Para, i: int, m: Mention) -> bool:
    """``số hộ nông dân có thu nhập/năm … từ 50 triệu đồng đến 100 triệu đồng là 707 hộ; từ 100 triệu đồng đến 300
    triệu đồng là 28.124 hộ`` (t4-chomoi-sxkdg-2022): a range read as one amount (both ends inside the mention), the
    class's count after it (``là/có/:`` and a number) — the bound of the class, as ``statements.class_bound``."""
    if m.value is None or m.comparison or not _RANGE_IN.search(p.text[m.num_start:m.end]):
        return False
    return bool(_COUNT_AFTER.match(p.text[m.end:m.end + 60]))


#: A comparison sign right before the number: ``≤ 0,09%``, ``≥95%``, ``< 5``.
_SIGN_BEFORE = re.compile(r"[≤≥<>]\s*$")
#: A sign read as ``hơn``/``trên`` after a verb of reaching: ``đạt >3.624 tỷ đồng``
#: (zt-toan-quoc-hoi-nong-dan-viet-nam-quy-ho-tro-nong-dan-2020-h1, a row of its own).
_REACHED_SIGN = re.compile(r"(?i)(?<!\w)(?:đạt|là|có|được|lên|tới|đến|khoảng)\s*[<>≤≥]$")
#: A plan named before the bound in its sentence: ``chỉ tiêu … giao``, ``kế hoạch``, ``mục tiêu``.
_PLAN_NAMED = re.compile(r"(?i)(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|nghị\s+quyết)(?!\w)")


def sign_bound(p: Para, i: int, m: Mention) -> bool:
    """``Tỷ lệ chết/mắc do sốt xuất huyết … là 0,01%, … và thấp hơn chỉ tiêu Thủ tướng Chính phủ giao (≤ 0,09%)``
    (t20-thanhnien-sxh-9t-2020): a number written after ``≤``/``≥``/``<``/``>`` is a bound, not a value anything
    reached — the plan of the row before it in its sentence when a plan is named before it (same kind), else no
    row.  After a verb of reaching the sign reads ``hơn`` (``Tổng nguồn vốn Quỹ … đạt >3.624 tỷ đồng``,
    zt-toan-quoc-hoi-nong-dan-…-2020-h1): a figure, left to the rows."""
    if m.value is None or not _SIGN_BEFORE.search(p.text[max(0, m.num_start - 3):m.num_start]):
        return False
    if _REACHED_SIGN.search(p.text[:m.num_start].rstrip()[-14:]):
        return False                      # "Quỹ … toàn hệ thống Hội đạt >3.624 tỷ đồng": "more than", a figure
    s = p.sentence_of(m)
    row = None
    for k in range(i - 1, -1, -1):        # the nearest row before it in its sentence, not an aside in brackets closed
        mk = p.figures[k]                 # before it ("(Philippines 0,36%, …, Lào 0,22%) và thấp hơn chỉ tiêu …")
        if mk.num_start < s:
            break
        aside = p.text.rfind("(", s, mk.num_start) > p.text.rfind(")", s, mk.num_start) and \
            ")" in p.text[mk.end:m.num_start]
        r = p.rows.get(k)
        if r is not None and r.kind == m.kind and not aside:
            row = r
            break
    if row is not None and _PLAN_NAMED.search(p.text[s:m.num_start]):
        row.plan = row.plan if row.plan is not None else m.value
        row.derived.append(Derivation(p.quote(m), "so với kế hoạch", m.value))
        p.rows[i] = row
    return True


#: A bracket holding only a range (and its unit): ``(từ 0 - 10 tỷ đồng)``, ``(từ 5 đến 10 ha)``.
_RANGE_BRACKET = re.compile(r"(?i)^\(\s*từ\s+\d[\d.,]*(?:\s*[^\W\d_]+){0,2}\s*(?:[-–]|đến|tới)\s*\d[\d.,]*"
                            r"\s*%?(?:\s*[^\W\d_/]+(?:/[^\W\d_]+)?){0,3}\s*\)")
#: Before the bracket a noun, not a verb of change or reaching (``tăng (từ 5 - 7%)`` is an estimate of the figure).
_VERB_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|đạt|khoảng|ước|là|có|được)\s*$")


def class_range(p: Para, i: int, m: Mention) -> bool:
    """``Tuy vậy, doanh nghiệp thành lập mới đa phần có quy mô nhỏ (từ 0 - 10 tỷ đồng) với 12.432 doanh nghiệp``
    (t20-vneconomy-doanhnghiep-t1-2024): a bracket holding only a range, right after a noun, is the class's
    definition — neither end is a row."""
    if m.value is None or m.comparison:
        return False
    open_at = p.text.rfind("(", max(0, m.num_start - 40), m.num_start)
    if open_at < 0 or ")" in p.text[open_at:m.num_start]:
        return False
    if not _RANGE_BRACKET.match(p.text[open_at:m.end + 40]):
        return False
    before = p.text[max(0, open_at - 30):open_at]
    return bool(re.search(r"[^\W\d_]\s*$", before)) and not _VERB_BEFORE.search(before)


#: The plan the range is, named before it in its clause: ``kế hoạch``, ``chỉ tiêu``, ``mục tiêu``.
_PLAN_BEFORE = re.compile(r"(?i)(?<!\w)(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?!\w)(?!\s+hóa)")


def plan_range(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.comparison or not _RANGE_IN.search(p.text[m.num_start:m.end]):
        return False
    if not _PLAN_BEFORE.search(_clause_before(p, m).lstrip("( ")):
        return False
    s = p.sentence_of(m)
    row = next((p.rows[k] for k in range(i - 1, -1, -1) if k in p.rows and p.sentence_of(p.figures[k]) == s), None)
    if row is not None and row.kind == m.kind:
        row.derived.append(Derivation(p.quote(m), "kế hoạch (một khoảng, không điền)", m.value))
        p.rows[i] = row
    return True


BOUNDS = (bound_in_counted_subject, bound_of_uncounted, range_to_vague, range_then_count, sign_bound, class_range, plan_range)
