"""A rank among a group: small named recognisers.

========================  ====================================================================
``rank``                  ``Chỉ số PAR INDEX xếp 9/63 tỉnh, thành phố``; ``PCI xếp thứ 16/63 tỉnh``; ``chỉ số
                          SIPAS đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố``: the rank is the row (unit ``hạng``),
                          labelled ``Xếp hạng`` and what was ranked; the size of the group (63) is no figure;
                          so is ``xếp thứ 2 trong 11 tỉnh``'s 11 (round 35)
``rank_steps``            ``(tăng 26 bậc so với năm 2015)``: a change of the rank in places — the row's comparison
                          value (up in the ranking is a smaller number: 9 + 26 = 35), no row
``steps_alone``           ``Đài Loan đã tăng 1 hạng trong bảng xếp hạng``; ``tăng 9 bậc so với năm 2019``, the rank
                          not said before it: a move in a ranking counts nothing — no row (round 34)
========================  ====================================================================

They are tried first with ``service.onboarding.recognisers.RECOGNISERS``: the checker's extraction reads ``9/63
tỉnh`` as a part of a whole and ``thứ 16/63`` as an ordinal and a count, neither of which is what a ranking says.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para, Row
from service.onboarding.onerow import keep_row

#: The verb of ranking right before the rank: ``xếp``, ``xếp hạng``, ``xếp thứ``, ``đứng thứ``, ``xếp vị trí thứ``.
_RANKED = r"(?<!\w)(?:xếp|đứng)(?:\s+(?:hạng|thứ\s+hạng|vị\s+trí|thứ))?(?:\s+thứ)?\s*"
_RANK_BEFORE = re.compile(r"(?i)" + _RANKED + r"$")
#: ``xếp thứ 16/`` before the group's size, when the extraction took the rank for an ordinal.
_RANK_OF = re.compile(r"(?i)" + _RANKED + r"(?P<rank>\d{1,3})\s*/\s*$")
#: ``xếp thứ 2 trong 11 tỉnh``, ``đứng thứ 2 trong 6 tỉnh``: the rank then ``trong`` before the group's size, which
#: the extraction reads as a count (the rank itself as an ordinal, no figure).
_RANK_AMONG = re.compile(r"(?i)" + _RANKED + r"(?P<rank>\d{1,3})\s+trong\s+(?:số\s+|tổng\s+số\s+|cả\s+)?$")
#: What was ranked: the clause's words before the verb, else the words opening the clause before (``chỉ số SIPAS``).
_SUBJECT = re.compile(r"(?i)^\W*(?P<what>[^\W\d_][^\d;:()]*?)\s+(?:đạt|là|có|được|xếp|đứng)(?!\w)")
_RANK_UNIT = "hạng"
_STEP_NOUNS = ("bậc", "hạng", "vị trí", "bậc so", "hạng so")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def rank(p: Para, i: int, m: Mention) -> bool:
    """``xếp 9/63 tỉnh, thành phố``, ``xếp thứ 38/63 tỉnh``: the rank after a verb of ranking is a row of its own."""
    if m.value is None or m.comparison:
        return False
    if m.pair_role == "numerator" and _RANK_BEFORE.search(p.text[max(0, _start(m) - 30):_start(m)]):
        value, verb_at, group = m.value, _RANK_BEFORE.search(p.text[max(0, _start(m) - 30):_start(m)]), i + 1
        verb_start = max(0, _start(m) - 30) + verb_at.start()
    elif m.kind == "count" and not m.pair_role and (hit := _RANK_OF.search(p.text[max(0, _start(m) - 40):_start(m)])
                                                     or _RANK_AMONG.search(p.text[max(0, _start(m) - 50):_start(m)])):
        # "xếp thứ 16/63 tỉnh"; "xếp thứ 2 trong 11 tỉnh miền núi vùng Đông Bắc" (yp-thai-nguyen-ban-dan-toc): the
        # number read is the group's size, the rank the ordinal before it
        lo = max(0, _start(m) - (40 if hit.re is _RANK_OF else 50))
        value, verb_start, group = Decimal(hit.group("rank")), lo + hit.start(), None
    else:
        return False
    label = "Xếp hạng " + _ranked(p, verb_start) if _ranked(p, verb_start) else "Xếp hạng"
    row = Row(value=value, unit=_RANK_UNIT, kind="count", label=label, section=p.section_title,
              path=p.section.path if p.section else "", quote=p.quote(m), organisation=p.orgs[i] or "",
              sentence=(p.key, p.sentence_of(m)))
    row.notes.append(f"thứ hạng trong số {P.fmt(p.mentions[m.partner].value if group is not None and m.partner is not None else m.value)}")
    keep_row(p, i, row)
    if group is not None and group < len(p.figures) and p.figures[group].pair_role == "denominator":
        p.rows[group] = row
        p.ranked_groups.add(group)
    return True


def _ranked(p: Para, verb_start: int) -> str:
    """``Chỉ số PAR INDEX`` of ``Chỉ số PAR INDEX xếp 9/63``; ``chỉ số SIPAS`` of ``chỉ số SIPAS đạt 86,72%, xếp thứ
    38/63``."""
    lo = P.clause_start(p.text, verb_start)
    cut = _last_comma(p.text, lo, verb_start)
    words = P.trim(P.words_of(p.text[max(lo, cut + 1):verb_start]))
    if words:
        return " ".join(words[-8:])
    if cut < 0:
        return ""
    lo = P.clause_start(p.text, cut)
    hit = _SUBJECT.match(p.text[max(lo, _last_comma(p.text, lo, cut) + 1):cut])
    return " ".join(P.trim(P.words_of(hit.group("what")))[-8:]) if hit else ""


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma between words in ``text[lo:hi]`` (not the decimal comma of ``86,72%``), or -1."""
    found = [m.start() for m in re.finditer(r",(?!\d)", text[lo:hi])]
    return lo + found[-1] if found else -1


def rank_group(p: Para, i: int, m: Mention) -> bool:
    """The ``63`` of ``xếp 9/63 tỉnh, thành phố``: the size of the group ranked in, said with the rank."""
    return i in p.ranked_groups


def rank_steps(p: Para, i: int, m: Mention) -> bool:
    """``(tăng 26 bậc so với năm 2015)`` after a rank: the rank's change in places, its comparison value."""
    if m.comparison not in ("tăng", "giảm") or m.value is None:
        return False
    noun = " ".join(P.noun_after(p.text, m.num_end if m.kind == "change" else m.end)[:2]).lower()
    if not any(noun == n or noun.startswith(n + " ") for n in _STEP_NOUNS):
        return False
    row = next((r for r in p.rows_before(i) if r.unit == _RANK_UNIT), None)
    if row is None:
        return False
    if row.base is None:   # up the ranking is a smaller number
        row.base = row.value + m.value if m.comparison == "tăng" else row.value - m.value
    row.derived.append(Derivation(p.quote(m), f"{m.comparison} bậc so với kỳ trước", m.value))
    p.rows[i] = row
    return True


#: A verb of moving in a ranking right before the places: ``tăng``, ``giảm``, ``tụt``, ``vươn lên``, ``lên``, ``xuống``,
#: ``thăng``, ``hạ`` (with ``đã``, ``được`` and the like before them as they come).
_MOVED = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|tụt|vươn\s+lên|lên|xuống|thăng|hạ)(?:\s+(?:thêm|được))?\s*$")
#: What the places are not: ``hạng mục`` (an item of works), ``bậc lương`` (a pay grade), ``bậc học`` (a school level).
_NOT_PLACES = ("mục", "lương", "học", "thợ", "nghề")


def steps_alone(p: Para, i: int, m: Mention) -> bool:
    """``Đài Loan đã tăng 1 hạng trong bảng xếp hạng các thị trường xuất khẩu chè lớn nhất`` (t26-soha-che-t1-2024: a
    row «Số hạng …» 1), ``Chỉ số năng lực cạnh tranh (PCI) của tỉnh trong năm 2020 đã được cải thiện đáng kể, tăng 9
    bậc so với năm 2019`` (c31-caosu-binh-duong), ``Việt Nam là quốc gia đông dân thứ 15 trên thế giới, tụt 2 bậc``
    (c30-baodansinh-dan-so-thanh-hoa): places moved in a ranking with no rank row before them (``rank_steps`` takes
    those) — the move of a rank the sentence may name (``thứ 15``) or not, a count of nothing: no row. ``tăng 3 hạng
    mục công trình``, ``nâng 1 bậc lương`` are other nouns."""
    if m.value is None or m.kind not in ("count", "change"):
        return False
    words = [w.lower() for w in P.noun_after(p.text, m.num_end if m.kind == "change" else m.end)[:2]]
    if not words or words[0] not in ("bậc", "hạng") or (len(words) > 1 and words[1] in _NOT_PLACES):
        return False
    if m.comparison not in ("tăng", "giảm") and not _MOVED.search(p.text[max(0, _start(m) - 20):_start(m)]):
        return False
    return True


RANKS = (rank, rank_group, rank_steps, steps_alone)
