"""Percentages that are rows of their own, whatever the recognisers of shares would make of them.

A share written after a figure is usually that figure over a whole the table holds (``xảy ra 123 vụ, chiếm
43,5%``) or over its plan (``đạt 84,61% kế hoạch``): a derivation, no row.  Three notations say instead that the
percentage is an indicator the agency reports as such — its whole is not a row the table can divide by:

========================  ====================================================================
``named_rate``            ``tỷ lệ giải quyết đơn khiếu nại, tố cáo đạt 100%``: the clause names the rate
``rate_over_target``      ``thi hành xong 3.751 việc, đạt 87,91%, vượt 5,41%``: a rate below 100 % that
                          exceeds its target — a rate measured against a rate, not the row over its plan
``share_named_base``      ``giải quyết 12.525 vụ, đạt 85,69% trên tổng số án thụ lý``: a share naming its
                          whole, when the text gives that whole only rounded (``trên 14.600 vụ``) or not at all
========================  ====================================================================

``OWN_ROWS`` is tried before ``service.onboarding.recognisers.RECOGNISERS``: a percentage one of them holds is a
row (its gap to the target, ``vượt 5,41%``, then becomes that row's derivation by ``over_plan``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention
from service.checker.match import within_rounding
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para
from service.onboarding.ratehead import head_said
from service.onboarding.thisfigure import said_of_this_figure

_BOUND = r"(?:\s*(?:trên|hơn|gần|khoảng|xấp\s+xỉ|ước))?"
#: ``Tỷ lệ … đạt``, ``tỷ lệ … là`` opening the clause (or after a comma), with no number between.
_NAMED = re.compile(r"(?i)^(?P<what>[^\W\d_][^\d;:.()%]{0,100}?)\s(?:đạt|là|ở\s+mức|chiếm)" + _BOUND + r"\s*$")
#: Where a rate's name opens: the clause's start, or after a comma, a dash or a bracket.
_RATE_OPENS = re.compile(r"(?i)(?:^\W*|[,(]\s*|\s[-–]\s*)(?:tỷ|tỉ)\s+lệ\s+")
#: ``, vượt 5,41%``, ``và vượt 20,27%`` right after the percentage.
_OVER_NEXT = re.compile(r"(?i)^\s*,?\s*(?:và\s+)?vượt(?:\s+(?:mức|chỉ\s+tiêu|kế\s+hoạch))?" + _BOUND + r"\s*$")
#: ``% trên tổng số án thụ lý``, ``% trên số vụ việc …``: the whole the share is of, named after it.
_BASE_AFTER = re.compile(r"(?i)^\s*(?:trên|so\s+với)\s+(?:tổng\s+)?số(?!\w)")
_ACHIEVED_BEFORE = re.compile(r"(?i)(?:,|\(|(?<!\w)(?:đạt|chiếm|bằng))" + _BOUND + r"\s*$")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _plain_percent(m: Mention) -> bool:
    return m.kind == "percent" and m.value is not None and not m.comparison


def named_rate(p: Para, i: int, m: Mention) -> bool:
    """``tỷ lệ giải quyết đơn khiếu nại, tố cáo đạt 100%``; ``Tỷ lệ tham gia BHYT là 92,3%``: the clause opens by
    naming the rate its percentage is — an indicator of its own, not the share of a row before it."""
    return named_label(p, m) is not None and not change_rate_named(p, m) and not said_of_this_figure(p, m)


#: After a change: its comparison (``so với đầu năm``), a comma, then the rate of the change named by the change
#: alone (``tỷ lệ tăng đạt``, ``tỷ lệ tăng trưởng``; not ``tỷ lệ giảm nghèo``).
_CHANGE_RATE_GAP = re.compile(r"(?i)^[^,;.()%]{0,45}?,\s*(?:với\s+)?(?:tỷ|tỉ)\s+lệ\s+"
                              r"(?P<how>tăng|giảm)(?:\s+trưởng)?(?:\s+(?:đạt|là|bằng|ở\s+mức))?\s*$")


def change_rate_named(p: Para, m: Mention) -> str | None:
    """``tăng 331 tỷ 273 triệu đồng so với đầu năm, tỷ lệ tăng đạt 9,9%`` (t7-hagiang-nhcsxh-2021-9t), ``tăng 13 vụ, 6
    bị cáo so với năm 2022, tỷ lệ tăng 19,1%`` (c-dailoc-toaan-2023): the rate of the change its sentence has just
    stated, named by the change alone — that change as a percentage, no indicator of its own. The change's
    direction (``tăng``/``giảm``), else None."""
    if m.kind != "percent" or m.value is None:
        return None
    k = next((j for j, f in enumerate(p.figures) if f is m), None)
    if not k:
        return None
    prev = p.figures[k - 1]
    if prev.comparison not in ("tăng", "giảm") or p.sentence_of(prev) != p.sentence_of(m):
        return None
    hit = _CHANGE_RATE_GAP.match(p.text[P.noun_span(p.text, prev.end)[1]:_start(m)])
    return prev.comparison if hit and hit.group("how") == prev.comparison else None


def named_label(p: Para, m: Mention) -> str | None:
    """The label a named rate gives itself: ``Tỷ lệ tiếp nhận giải quyết tin báo, tố giác tội phạm``."""
    span = named_span(p, m)
    return "Tỷ lệ " + " ".join(p.text[span[0]:span[1]].split()) if span else None


#: A rate's name holding a count (``tỉ lệ điều tra khám phá của Công an 7 tỉnh đạt trên 92,04%``, p9-cand-cum2-2017-h1).
_NAMED_WITH_COUNTS = re.compile(r"(?i)^(?P<what>[^\W\d_][^;:()%]{0,100}?)\s(?:đạt|là|ở\s+mức|chiếm)" + _BOUND + r"\s*$")
#: Numbers a rate's name may hold: counts of what it is of (``7 tỉnh``), never another figure's value or an age range.
_IN_A_NAME = ("count",)


def named_span(p: Para, m: Mention) -> tuple[int, int] | None:
    """Where the name of a named rate stands in the text (after ``tỷ lệ``), or None."""
    if not _plain_percent(m):
        return None
    lo = P.clause_start(p.text, m.num_start)
    clause = p.text[lo:_start(m)]
    opens = list(_RATE_OPENS.finditer(clause))
    if not opens:
        return None
    at = lo + opens[-1].end()
    hit = _NAMED.match(clause[opens[-1].end():])
    if hit is None:
        hit = _NAMED_WITH_COUNTS.match(clause[opens[-1].end():])
        inside = [x for x in p.mentions if at <= x.num_start < at + (hit.end("what") if hit else 0)]
        if hit is None or not inside or any(x.kind not in _IN_A_NAME or x.comparison for x in inside) or \
                re.search(r"\.\s", hit.group("what")):
            return None
    return at + hit.start("what"), at + hit.end("what")


def rate_over_target(p: Para, i: int, m: Mention) -> bool:
    """``thi hành xong 3.751 việc, đạt 87,91%, vượt 5,41%``: a share below 100 % that nonetheless exceeds its
    target is no row over its plan (that would fall short of it) — it is a rate with a rate as its target."""
    if not _plain_percent(m) or m.value >= 100 or i + 1 >= len(p.figures):
        return False
    nxt = p.figures[i + 1]
    if nxt.kind != "percent" or nxt.value is None or nxt.value >= m.value:
        return False
    return bool(_OVER_NEXT.match(p.text[m.end:_start(nxt)]))


def share_named_base(p: Para, i: int, m: Mention) -> bool:
    """``giải quyết 12.525 vụ, đạt 85,69% trên tổng số án thụ lý``; ``hòa giải thành 6.114 vụ, chiếm 56,47% trên
    tổng số các vụ việc … đã giải quyết``: a share naming its whole is a row unless a row of the paragraph states
    that whole exactly (no ``trên``/``gần``, no scale word) and gives the share — the table could not derive it."""
    if not _plain_percent(m) or not _BASE_AFTER.match(p.text[m.end:]) or \
            not _ACHIEVED_BEFORE.search(p.text[max(0, _start(m) - 12):_start(m)]):
        return False
    parts = [r for r in p.rows_before(i) if r.kind in ("count", "money", "measure")][:1]
    wholes = p.rows_before(i, same_sentence=False)
    for a in parts:
        for b in wholes:
            if b is a or b.kind != a.kind or not b.value or b.qualifier or b.scale > 1:
                continue
            if within_rounding(a.value / b.value * Decimal(100), m.value, m.decimals, m.qualifier):
                return False
    return True


OWN_ROWS = (named_rate, rate_over_target, share_named_base)


def rate_again(p: Para, i: int, m: Mention) -> bool:
    """A rate of its own with decimals (``đạt 85,69% trên tổng số án thụ lý``) stated again in another sentence of
    the section (a page repeating its lede in the body) is the same row: no two indicators share ``85,69 %``."""
    if not m.decimals:
        return False
    s = p.sentence_of(m)
    for r in p.section_rows:
        if r.kind == "percent" and r.value == m.value and r.sentence != (p.key, s):
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False


#: Words of a rate's name that say nothing of what it counts.
_RATE_WORDS = {"tỷ", "tỉ", "lệ", "số", "tổng", "đạt", "các", "của", "và", "được", "đã", "trên", "so", "với", "là"}


def rate_of_rows(p: Para, i: int, m: Mention) -> bool:
    """``hòa giải thành 431/523 vụ`` … ``tỷ lệ hòa giải thành đạt 82,4%`` (justice, Sóc Trăng; last private batch): a
    named rate that two rows of the section give — a part over a whole of its kind, one of them labelled with a word of
    what the rate names — is their quotient: the part's derivation, no row (the table derives it)."""
    own = named_label(p, m)
    if own is None:
        return False
    named = {w.lower() for w in P.words_of(own) if w[:1].isalpha()} - _RATE_WORDS
    rows = list({id(r): r for r in [*p.section_rows, *p.rows.values()]}.values())
    def said(r) -> set:
        return named & {w.lower() for w in P.words_of(r.label)}

    for a in rows:
        if a.kind not in ("count", "money", "measure") or not a.value:
            continue
        for b in rows:
            if b is a or b.kind != a.kind or not b.value or a.value > b.value or (a.unit or "") != (b.unit or "") or \
                    not (said(a) or said(b)):   # "tiếp nhận 1.589 vụ việc hòa giải thành 1.310 vụ việc": either names it
                continue
            if not head_said(own, _RATE_WORDS, a.label, b.label):   # "tỷ lệ khỏi bệnh" of «lượt bệnh nhân»: not
                continue                                             # what either counts (template round 70)
            if within_rounding(a.value / b.value * Decimal(100), m.value, m.decimals, m.qualifier):
                a.derived.append(Derivation(p.quote(m), f"tỷ lệ so với {b.label[:1].lower() + b.label[1:]}", m.value))
                p.rows[i] = a
                return True
    return False


def share_again(p: Para, i: int, m: Mention) -> bool:
    """``hồ sơ quá hạn … 689 hồ sơ chiếm 3,45 %`` then, in the next paragraph, ``TTHC chậm hạn tiếp tục giảm mạnh đạt
    3,45%``: a percentage with decimals equal to a share the section already derived from a row, stated in another
    sentence, is that share again — the row's derivation, no row (a report sums up its own numbers)."""
    if m.kind != "percent" or not m.decimals or m.comparison or m.value is None:
        return False
    s = p.sentence_of(m)
    for r in p.section_rows:
        if r.sentence == (p.key, s) or r.kind == "percent":
            continue
        if any(d.value == m.value and d.how.startswith("tỷ lệ so với") for d in r.derived):
            r.repeats.append(p.quote(m))
            p.rows[i] = r
            return True
    return False
