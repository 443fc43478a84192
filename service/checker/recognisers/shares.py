"""A share of a total the text states elsewhere: ``Trong số 139 xã, có 82 xã đạt chuẩn …, chiếm tỷ lệ 59%``,
``đã thu hơn 5.626 tỷ đồng, …, chiếm 67% tổng thu`` (the total, 8.356 tỷ đồng, two sentences up).

The grammar: a percentage that ``chiếm`` (``chiếm tỷ lệ``, ``tỷ lệ``, ``tỷ trọng``) or that is followed by
``tổng …`` is a part over a whole.  The part is the number the clause states before it; the whole is a number of
the same unit the text stated earlier (in the same paragraph or shortly before), larger than the part.  The
recogniser says which percentages read this way and which earlier numbers may be their whole; the checker
(``derive``) computes part/whole and keeps the reading only when it gives the percentage written.

Three more wholes, each kept only when the arithmetic gives the percentage written:

- **a fraction beside the share** (``fraction_beside``): ``57 /104 xã hoàn thành …, đạt tỷ lệ 54,8%``; ``100% xã đạt
  chuẩn (7/7 xã)``; ``5.869/8.225 xã (71,4%)`` — the share is the fraction's quotient, and the fraction's terms are
  the share's (``đạt tỷ lệ 1,77% (5/283)``: no rows of their own);
- **the whole of a fraction stated earlier** (a denominator: ``57 /104 xã`` then, paragraphs on, ``21 xã …
  (20,2%)``) and a standing count of the same noun;
- **the sum of an enumeration's parts** (``enumeration_parts``): ``60 THT trồng trọt (chiếm 26,32%), 65 THT …
  (chiếm 28,51%), 47 … (20,61%), 56 … (24,56%)`` are shares of 60 + 65 + 47 + 56.

A percentage in brackets right after a count (``21 xã đạt …(20,2%)``) reads as that count's share too.

And a whole named, not stated (:func:`named_whole`): ``Bảo hiểm xã hội là 374.764 người, …, đạt 22,30% lực lượng lao
động trong độ tuổi``, ``đạt 92,34% dân số`` (c12-nghean-bhxh), ``chiếm 35,1% lực lượng lao động`` — the noun phrase
right after the percentage is its whole: a row of the table the words name gives the ratio, else it is unproved.
"""

from __future__ import annotations

import re

#: ``chiếm``, ``chiếm tỷ lệ``, ``đạt tỷ lệ``, ``tỷ trọng``, right before the percentage (and its qualifier).
_CUE_BEFORE = re.compile(r"(?i)(?<!\w)(?:chiếm|(?:tỷ|tỉ)\s+(?:lệ|trọng))(?:\s+(?:khoảng|gần|hơn|trên|là|:))?\s*$")
#: ``67% tổng thu``, ``69,5% tổng dự toán``, ``40% trong tổng số``: the whole named right after.
_TOTAL_AFTER = re.compile(r"(?i)\s*(?:của\s+|so\s+với\s+|trong\s+|trên\s+)?tổng(?!\w)")
#: How far back (characters) the whole may stand: the paragraph and the one or two before it.
REACH = 1500


#: ``(20,2%)``, ``( 23,1 %)``: a percentage alone in brackets.
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BRACKET_AFTER = re.compile(r"\s*\)")


def reads_as_share(text: str, start: int, end: int) -> bool:
    """Does the percentage ``text[start:end]`` (its qualifier included in ``start``) read as a share of a whole?"""
    return bool(_CUE_BEFORE.search(text[max(0, start - 30):start]) or _TOTAL_AFTER.match(text, end)
                or in_brackets(text, start, end))


def in_brackets(text: str, start: int, end: int) -> bool:
    """The percentage stands alone in brackets: ``21 xã đạt từ 15-18 tiêu chí(20,2%)``."""
    return bool(_BRACKET_BEFORE.search(text[max(0, start - 3):start]) and _BRACKET_AFTER.match(text, end))


def head(noun: str | None) -> str:
    """The counted noun's first word (``xã`` of ``xã đạt chuẩn``), lower case."""
    return (noun or "").split(" ", 1)[0].lower()


def fraction_beside(text: str, mentions, same_sentence, percent: int) -> list[tuple[int, int]]:
    """(numerator, denominator) indices of the fractions a share percentage may be the quotient of, nearest first:
    the pair that opens in brackets right after it (``100% xã đạt chuẩn (7/7 xã)``, ``đạt tỷ lệ 1,77% (5/283)``),
    then the pairs before it in its sentence with no other percentage between (``57 /104 xã hoàn thành 19/19 tiêu
    chí, đạt tỷ lệ 54,8%``: 19/19 first, then 57/104)."""
    pc, out = mentions[percent], []
    if percent + 2 < len(mentions):
        a = mentions[percent + 1]
        if a.pair_role == "numerator" and a.partner == percent + 2 and same_sentence(percent, percent + 1) \
                and _OPENS_AFTER.match(text, pc.end, a.start):
            out.append((percent + 1, percent + 2))
    for k in range(percent - 1, -1, -1):
        mk = mentions[k]
        if not same_sentence(k, percent) or mk.kind == "percent":
            break
        if mk.is_figure and mk.pair_role == "denominator" and mk.partner is not None and mk.partner < k:
            out.append((mk.partner, k))
        elif k > 0 and mk.is_figure and mentions[k - 1].is_figure and mentions[k - 1].value is not None \
                and _WORDED_PAIR.fullmatch(text, mentions[k - 1].end, mk.num_start):
            out.append((k - 1, k))
    return out


#: A fraction in words: ``652 thanh niên trên tổng số 1.661 lệnh gọi``, ``82 xã trong tổng số 139 xã`` — the part, its
#: noun (a few words), then ``trên``/``trong`` ``tổng số`` and the whole.
_WORDED_PAIR = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,4}(?:trên|trong)[ \t]+tổng(?:[ \t]+số)?[ \t]+", re.I)


def quotient_right_after(text: str, fraction_end: int, percent_start: int) -> bool:
    """The percentage is the quotient of the fraction right before it: ``xã cẩm Ninh 41/61 đạt 67%``, ``thị trấn Ân Thi
    88/102 đạt 86%``, ``652/1.661 lệnh gọi, đạt 39%``, ``10.760/10.760 căn nhà (đạt 100%)`` — a few words at most between
    them (the fraction's noun, ``đạt``, ``bằng``, ``tỷ lệ``, a comma or bracket), no number, no clause mark and no word
    of a change or of another base (``tăng 12%``, ``so với cùng kỳ``), which make the percentage something else."""
    between = text[fraction_end:percent_start]
    return bool(_QUOTIENT_BETWEEN.fullmatch(between)) and not _NOT_QUOTIENT.search(between)


#: What may stand between a fraction and its quotient: a few words, a comma or an opening bracket.
_QUOTIENT_BETWEEN = re.compile(r"[^\d.;:\n]{0,32}")
#: Words that make the percentage a change or a ratio to another base, not the fraction's quotient.
_NOT_QUOTIENT = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|so\s+với|vượt|kế\s+hoạch|chỉ\s+tiêu|cùng\s+kỳ|dự\s+toán)(?!\w)")


#: Between a percentage and the fraction that follows it: an opening bracket, a few words at most (``(7/7 xã)``,
#: ``xã đạt chuẩn (7/7``).
_OPENS_AFTER = re.compile(r"[^.;()\n]{0,30}\(\s*$")


def enumeration_parts(mentions, same_sentence, is_part, part: int) -> list[int]:
    """The parts of the enumeration ``mentions[part]`` belongs to: the counts of its sentence, of its kind and unit,
    each followed in its clause by a share of its own (``60 THT … (chiếm 26,32%), 65 THT … (chiếm 28,51%)``)."""
    p = mentions[part]
    out = []
    for k, mk in enumerate(mentions):
        if not same_sentence(k, part) or not mk.is_figure or mk.kind != p.kind or mk.unit != p.unit:
            continue
        if mk.value is None or not is_part(k):
            continue
        out.append(k)
    return out if len(out) >= 2 and part in out else []


def whole_candidates(mentions, part: int, percent: int, same_unit, is_part=lambda k: False) -> list[int]:
    """Indices of earlier mentions that may be the whole of ``mentions[part]``: figures of the same unit
    (``same_unit(a, b)``), larger than the part, within ``REACH`` characters before the percentage, and not
    themselves a part with a share of their own (``is_part``: ``82 xã …, chiếm 59%`` is no whole of ``2 xã``);
    nearest first."""
    p, pc = mentions[part], mentions[percent]
    out = []
    for k in range(part - 1, -1, -1):
        w = mentions[k]
        if pc.start - w.end > REACH:
            break
        if not w.is_figure or w.value is None or p.value is None or w.value <= p.value:
            continue
        if w.kind == "ratio" and w.pair_role == "denominator" and p.kind == "count":
            # "57 /104 xã" then "21 xã … (20,2%)": the whole a fraction stated, of the same counted noun
            if head(w.unit or w.noun) in ("", head(p.noun)):  # "(5/283)" names no noun: any count's whole
                out.append(k)
            continue
        if is_part(k):
            continue
        if w.kind != p.kind or not same_unit(w, p):
            continue
        out.append(k)
    return out


#: ``đạt``, ``chiếm``, ``bằng`` (``tỷ lệ``, a qualifier) right before a share reached.
_REACHED_BEFORE = re.compile(r"(?i)(?<!\w)(?:đạt|chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?"
                             r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$")
#: First words that make what follows no whole: a period, a plan, a comparison, a bound, a verb, a connective.
_NOT_A_WHOLE = ("so|với|cùng|năm|kỳ|kế|kh|chỉ|tháng|quý|dự|mục|trước|đầu|cuối|vụ|thời|giai|nhiệm|đợt|lần|nghị|ngày|tuần"
                "|tổng|và|trong|của|là|tăng|giảm|đạt|trở|trên|dưới|theo|yêu|mức|hoặc|nhưng|còn|thì|do|vì|nên|cả|đã"
                "|được|sẽ|đều|cao|thấp|vượt|hơn|tỷ|tỉ")
_WHOLE_PHRASE = re.compile(rf"(?i)[ \t]+(?!(?:{_NOT_A_WHOLE})(?!\w))((?:[^\W\d_]+[ \t]*){{1,7}}?)"
                           rf"(?=[ \t]*(?:[).,;:\n]|$))")


def named_whole(text: str, start: int, end: int) -> str | None:
    """The words naming the whole of the share reached at ``start:end`` (``đạt 22,30% lực lượng lao động trong độ
    tuổi`` → ``lực lượng lao động trong độ tuổi``), or None."""
    if not _REACHED_BEFORE.search(text, max(0, start - 30), start):
        return None
    m = _WHOLE_PHRASE.match(text, end)
    return m.group(1).strip() if m else None
