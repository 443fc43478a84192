"""Plans, aims and names the text writes beside the period's figures: no rows of their own (round 23).

=====================  ==========================================================================================
``plan_after_figure``  ``55,3 triệu đồng/KH 55-56 triệu đồng``, ``ước tăng 8,31%/KH tăng 3-4%``, ``(KH tăng 8-9%)``:
                       a number after ``/KH`` or ``(KH`` (the plan written after the figure, often a range) is
                       the plan of the figure before it — the ``Kế hoạch`` column, never a row
``plan_stated``        ``đã giao kế hoạch đầu tư công … là 884.585,6 tỷ đồng``, ``được đưa vào kế hoạch là
                       1.048.805,2 tỷ đồng``: a clause whose subject is a plan (``kế hoạch … là N``, no
                       disbursement or result in it) states how big the plan is, not what the period did
``plan_parts``         ``Trong đó, vốn ngân sách trung ương là 408.858,3 tỷ đồng; …`` right after a plan stated:
                       the parts of that plan
``aim_stated``         ``để đạt mục tiêu giải ngân vốn đầu tư công năm 2025 là 100%``: the aim, not a result
``span_opening``       ``Trong 2 ngày 17 và 18.12``, ``Trong 2 vụ đông xuân và hè thu``: a clause opening on
                       ``Trong N <ngày/vụ/…>`` names the span the figures after it belong to
``grade_named``        ``lớp 5 lên lớp 6``, ``lớp ghép gồm 2 khối 1 và 2``: a number right after ``lớp``/``khối``
                       (or listed after one) is a grade's name, not a count
=====================  ==========================================================================================

They are tried with ``service.onboarding.recognisers.RECOGNISERS``, before the rows' own readings.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_W = r"[^\W\d_]"
_NUM = r"\d[\d.,]*"
#: Right before a plan's number: ``/KH``, ``(KH``, ``/kế hoạch``, then maybe ``tăng``/``giảm``, then maybe the
#: range's first end and its dash (``/KH 2.000-``, ``/KH 55 - ``, ``(KH tăng 8-``).
_PLAN_AFTER = re.compile(rf"(?:/|\()\s*(?:KH|kế\s+hoạch|Kế\s+hoạch)(?:\s+(?:tăng|giảm))?\s*"
                         rf"(?:{_NUM}\s*(?:%|{_W}+(?:/{_W}+)?(?:\s+{_W}+)?)?\s*[-–]\s*)?$")
#: The clause before a plan's size: ``kế hoạch`` as its subject, then up to fifteen words, then ``là``.
_PLAN_IS = re.compile(r"(?i)(?<!\w)kế\s+hoạch(?P<between>(?:\s+[^\s.;:!?]+){0,15}?)\s+là\s*$")
#: What the period did: a clause naming one of these is a result (or a result against the plan: ``vượt chỉ tiêu so
#: với kế hoạch năm 2019 là 1,5 tỷ đồng``), even with ``kế hoạch`` in it.
_RESULT = re.compile(r"(?i)(?<!\w)(?:giải\s+ngân|lũy\s+kế|luỹ\s+kế|đạt|thực\s+hiện|hoàn\s+thành|thu|chi|vượt|so\s+với)(?!\w)")
#: ``Trong đó`` opening a sentence (the parts of what the sentence before stated).
_PARTS_OPEN = re.compile(r"(?i)^\s*trong\s+đó\s*[,:]?")
#: The clause before an aim's number: ``mục tiêu … là``.
_AIM_IS = re.compile(r"(?i)(?<!\w)mục\s+tiêu(?:\s+[^\s.;:!?]+){0,15}?\s+là\s*$")
#: ``Trong`` opening a clause, right before the number.
_SPAN_OPEN = re.compile(r"(?i)(?:^|[.;:!?]\s*|\n\s*)trong\s*$")
#: The span's noun: days, seasons, rounds, weeks, months, quarters.  ``vụ`` is a crop season only when the season is
#: named after it (``2 vụ đông xuân và hè thu``); ``72 vụ ngộ độc``, ``354 vụ cháy`` count cases.
_SPAN_NOUN = re.compile(r"(?i)^\s*(?:ngày|vụ(?=\s+(?:đông|xuân|hè|thu|mùa|chiêm|lúa|sản\s+xuất))|đợt|tuần|tháng|quý|năm|"
                        r"buổi|ca)(?!\w)")
#: ``lớp``/``khối`` right before the number, or ``khối 1 và`` (a grade listed after another).
_GRADE_BEFORE = re.compile(r"(?i)(?<!\w)(?:lớp|khối)\s*(?:\d{1,2}\s*(?:,|và|[-–])\s*)?$")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _clause_before(p: Para, m: Mention) -> str:
    """The text of the number's clause before it (back to the last full stop, semicolon or colon)."""
    head = p.text[:_start(m)]
    cut = max(head.rfind(c) for c in ".;:!?\n")
    while cut > 0 and head[cut] == "." and cut + 1 < len(head) and head[cut - 1].isdigit() and head[cut + 1].isdigit():
        cut = max(head.rfind(c, 0, cut) for c in ".;:!?\n")          # a dot grouping thousands is no stop
    return head[cut + 1:]


def plan_after_figure(p: Para, i: int, m: Mention) -> bool:
    """``Thu nhập bình quân đầu người ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng``, ``ước tăng 8,31%/KH tăng
    3-4%``, ``Tổng giá trị sản xuất … ước tăng 11,07% so với năm 2021 (KH tăng 8-9%)`` (t16-vinhlinh-ktxh-2022): a
    district's report writes each figure's plan right after it, ``/KH`` (or in brackets), often as a range. The
    numbers after ``/KH`` are that plan — the ``Kế hoạch`` column of the figure before, never a row (each range's
    end had made a row of its own). ``đạt 2.337 tỷ đồng, tăng 258 tỷ đồng`` (no ``/KH``) stays."""
    if m.value is None or i == 0:
        return False
    return bool(_PLAN_AFTER.search(p.text[max(0, _start(m) - 40):_start(m)]))


def plan_stated(p: Para, i: int, m: Mention) -> bool:
    """``Năm 2025, Thủ tướng Chính phủ đã giao kế hoạch đầu tư công nguồn ngân sách nhà nước cho các bộ, ngành và
    địa phương là 884.585,6 tỷ đồng``, ``tổng nguồn vốn đầu tư công năm 2025 được đưa vào kế hoạch là 1.048.805,2 tỷ
    đồng`` (t16-nhipsong-giaingan-2025-h1), ``kế hoạch vốn năm 2025 là 3.500 tỷ đồng``: a clause whose subject is
    the plan and whose verb is ``là`` states the plan's size — the ``Kế hoạch`` column of the disbursement's row,
    not a row. ``Chỉ tính riêng kế hoạch vốn năm 2025, lũy kế giải ngân đến hết tháng 6/2025 là 318.573,2 tỷ đồng``
    (the disbursement, ``lũy kế giải ngân`` in the clause) stays a row; so does a plan of an area or an output
    (``Kế hoạch sản xuất lúa vụ Đông Xuân … là 1,088 triệu ha``, g-phiabac-lua-2021: a season's plan announced is
    the page's figure) — a plan stated is one of money, what a disbursement or a budget is measured against."""
    if m.value is None or m.kind != "money":
        return False
    clause = _clause_before(p, m)
    hit = _PLAN_IS.search(clause)
    return bool(hit) and not _RESULT.search(clause)


def plan_parts(p: Para, i: int, m: Mention) -> bool:
    """``… giao kế hoạch đầu tư công … là 884.585,6 tỷ đồng. Trong đó, vốn ngân sách trung ương là 408.858,3 tỷ
    đồng; vốn ngân sách địa phương là 475.727,3 tỷ đồng.`` (t16-nhipsong-giaingan-2025-h1): a sentence opening on
    ``Trong đó`` right after a plan stated (``plan_stated``) lists the plan's parts — plans too. After a result
    (``thu ngân sách … 83,5 tỷ đồng; trong đó, số thu do huyện quản lý hơn 20,5 tỷ đồng``) the parts stay rows."""
    if m.value is None or m.kind != "money":
        return False
    s = p.sentence_of(m)
    if not _PARTS_OPEN.match(p.text[s:s + 20]):
        return False
    before = [k for k, f in enumerate(p.figures[:i]) if p.sentence_of(f) < s and f.value is not None]
    if not before:
        return False
    k = before[-1]
    return plan_stated(p, k, p.figures[k])


def aim_stated(p: Para, i: int, m: Mention) -> bool:
    """``Bộ Tài chính đã đưa ra giải pháp để đạt mục tiêu giải ngân vốn đầu tư công năm 2025 là 100%``
    (t16-thitruong-giaingan-2025-4t): ``mục tiêu … là N`` says what is aimed at, no result of the period. ``đạt
    100% kế hoạch`` (no ``mục tiêu … là``) stays."""
    return m.value is not None and bool(_AIM_IS.search(_clause_before(p, m)))


def span_opening(p: Para, i: int, m: Mention) -> bool:
    """``Trong 2 ngày 17 và 18.12, HĐND huyện Hiệp Đức …`` (t16-hiepduc-ktxh-2015), ``Trong 2 vụ đông xuân và hè
    thu năm 2022, nông dân … gieo trồng hơn 2.327ha`` (t16-nongson-ktxh-2022): a clause opening on ``Trong N
    <ngày/vụ/đợt/…>`` names the span the figures after it belong to — no count of the period. ``trong năm có 2 vụ
    lúa`` (no ``Trong`` right before) stays, and so does ``Trong 72 vụ ngộ độc tập thể xảy ra tại các KCN, KCX,
    nguyên nhân do độc tố chiếm 19,4%`` (t21-plo-ngodoc-5nam): ``vụ`` with no season named after it counts cases (round
    28)."""
    if m.kind not in ("count", "measure") or m.value is None or m.qualifier:
        return False
    return bool(_SPAN_OPEN.search(p.text[max(0, m.num_start - 12):m.num_start])) and \
        bool(_SPAN_NOUN.match(p.text[m.num_end:m.num_end + 10]))


def grade_named(p: Para, i: int, m: Mention) -> bool:
    """``riêng học sinh Mẫu giáo lên lớp 1, lớp 5 lên lớp 6 tập trung vào ngày 24/8`` (t16-chauphu-daohuucanh-
    2022-2023), ``lớp ghép gồm 2 khối 1 và 2`` (t16-bactramy-khaigiang-2022-2023): a number right after ``lớp`` or
    ``khối`` (or listed after one: ``khối 1 và 2``) names a grade — which class, not how many. ``có 2 lớp với 60 em``
    (the noun after the number) stays a count."""
    if m.kind not in ("count", "measure") or m.value is None or m.value != int(m.value) or not 0 < m.value <= 12:
        return False
    return bool(_GRADE_BEFORE.search(p.text[max(0, m.num_start - 20):m.num_start]))


PLANNED = (plan_after_figure, plan_stated, plan_parts, aim_stated, span_opening, grade_named)


#: ``/KH`` right after an amount: the plan's mark, not what the amount is per.
_PLAN_MARK = frozenset({"kh", "kế hoạch"})


def plan_mark_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """``55,3 triệu đồng/KH 55-56 triệu đồng``, ``2.337 tỷ đồng/KH 2.000-2.100 tỷ đồng`` (t16-vinhlinh-ktxh-2022):
    the extraction reads ``/KH`` as what the amount is per (``triệu đồng/kh``, a label ``Mức mỗi kh …``); ``KH``
    is the plan written after the figure (``plan_after_figure``), so the amount is per nothing. ``200.000 đồng/suất``
    keeps its ``suất``."""
    for m in mentions:
        if m.per and m.per.strip().lower() in _PLAN_MARK:
            m.per = None
    return mentions


_PLAN_SLASH = re.compile(r"\s*/\s*(?:KH|kế\s+hoạch)(?!\w)")


def plan_mark_after(text: str, end: int) -> bool:
    """``chiếm 23,4%/KH 24,5-25,5%``, ``50,4 tạ/ha/KH 55 - 56 tạ/ha`` (t16-vinhlinh-ktxh-2022): the words after the
    figure are its plan's (``KH …``), no noun of the figure (a label ``Tỷ lệ KH``, ``Năng suất KH``)."""
    return bool(_PLAN_SLASH.match(text, end))
