"""A change said before the level it reached, with its percentage between them (round 31).

=========================  ===================================================================================
``change_then_level``      ``chỉ số ngành Công nghiệp tăng 33,25 điểm (12,87%) đạt 291,63 điểm`` (t24-vneconomy-
                           hnx-2021-08), ``tài chính giảm 11,46 điểm (-1,45%) còn 780,74 điểm`` (t24-tbtco-hnx-
                           2021-q3), ``hàng dệt may tăng 257 triệu USD, tương ứng 16%, đạt 1,87 tỉ USD``
                           (p11-thanhnien-xk-2020-05), ``ngành tài chính có mức tăng mạnh nhất 84,43 điểm, tương
                           ứng 11,93%, đạt 792,2 điểm``, ``An Giang tăng 1.000 đồng lên 31.000 đồng/kg``
                           (c9-vn-heohoi-2019-08): the amount a thing grew or fell by, then (in brackets, or after
                           ``tương ứng``/``tương đương``) the same change as a percentage, then the verb of the level
                           reached (``đạt``, ``lên``, ``còn``, ``ở mức``) and that level in the same unit — the level
                           is the row, the amount and the percentage its derivations (each had been a row of its
                           own, or the derivation of the level stated before them)
``rate_then_level``        the percentage of such a change: claimed with it, no row
=========================  ===================================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.changewords import changed_kind, subject_phrase, units_fit
from service.onboarding.model import Para

#: ``mức tăng mạnh nhất 84,43 điểm``: a change named by its noun, which the extraction reads as a count.
_CHANGE_NOUN = re.compile(r"(?i)(?<!\w)mức\s+(?P<way>tăng|giảm)(?:\s+(?:mạnh|nhẹ|cao|thấp|nhiều|ít|lớn|nhỏ))?(?:\s+nhất)?\s*$")
#: between the change and its percentage: a bracket, or ``, tương ứng`` / ``tương đương (tăng|giảm)``.
_TO_RATE = re.compile(r"(?i)^\s*(?:\(\s*[-+−]?|,?\s*(?:tương\s+(?:ứng|đương))(?:\s+(?:với\s+)?(?:tăng|giảm))?\s*)$")
#: the verb of the level reached, after the change (and its percentage's closing bracket).
_TO_LEVEL = re.compile(r"(?i)^\s*\)?\s*,?\s*(?:đạt|lên|còn|xuống\s+còn|lên\s+mức|đạt\s+mức|ở\s+mức|lên\s+đến|lên\s+tới)"
                       r"\s*$")


def _start(m: Mention) -> int:
    return m.qualifier_start if getattr(m, "qualifier_start", None) is not None else m.num_start


def _way(p: Para, m: Mention) -> str | None:
    if m.kind == "change" and m.comparison in ("tăng", "giảm"):
        return m.comparison
    if m.kind == "count" and not m.comparison:
        named = _CHANGE_NOUN.search(p.text[max(0, _start(m) - 40):_start(m)])
        return named.group("way").lower() if named else None
    return None


def _after_unit(p: Para, m: Mention) -> int:
    """Where ``m``'s words end: its unit when the extraction left it after the number (``33,25`` then ``điểm``)."""
    rest = p.text[m.end:]
    if m.unit and not p.text[m.num_start:m.end].rstrip().endswith(m.unit):
        hit = re.match(r"\s*" + re.escape(m.unit) + r"(?!\w)", rest, re.I)
        if hit:
            return m.end + hit.end()
    return m.end


def _same_measure(m: Mention, level: Mention) -> bool:
    if level.comparison or level.value is None:
        return False
    kind = changed_kind(m) if m.kind == "change" else m.kind
    if kind == "money" or level.kind == "money":
        return kind == level.kind or m.kind == "change" and level.kind == "money" and (m.unit or "") in ("đồng", "USD")
    if level.kind not in ("count", "measure"):
        return False
    return bool(m.unit and level.unit) and units_fit(m.unit.split("/")[0], level.unit.split("/")[0])


def change_then_level(p: Para, i: int, m: Mention) -> bool:
    way = _way(p, m)
    if way is None or m.value is None or i + 1 >= len(p.figures):
        return False
    s = p.sentence_of(m)
    j, rate = i + 1, None
    nxt = p.figures[j]
    if nxt.kind == "percent" and nxt.comparison in (None, way) and _TO_RATE.match(p.text[_after_unit(p, m):_start(nxt)]):
        rate, j = nxt, j + 1
        if j >= len(p.figures):
            return False
    level = p.figures[j]
    if p.sentence_of(level) != s or not _same_measure(m, level):
        return False
    gap_from = rate.end if rate is not None else _after_unit(p, m)
    if not _TO_LEVEL.match(p.text[gap_from:_start(level)]):
        return False
    p.level_said_by[j] = i
    ahead = p.more_ahead.setdefault(j, [])
    ahead.append((p.quote(m), way, m.value, False))
    if rate is not None:
        ahead.append((p.quote(rate), way, rate.value, True))
        p.rates_ahead[i + 1] = j
    return True


def rate_then_level(p: Para, i: int, m: Mention) -> bool:
    return i in p.rates_ahead


def level_label(p: Para, k: int, said: str) -> str:
    """The level's label: ``said`` (the change's own label, ``Số điểm chỉ số ngành Công nghiệp``) when its words are
    all in the change's own clause; else its head and the subject the change names in that clause (``Máy móc giảm …;
    hàng dệt may tăng 257 triệu USD, tương ứng 16%, đạt 1,87 tỉ USD`` → ``Số tiền dệt may``, not the clause before's
    ``Số tiền Máy móc``)."""
    words = [w for w in subject_phrase(p, p.figures[k]) if w != ","]
    n = 2 if said.split()[:1] == ["Số"] else 1
    head, tail = said.split()[:n], said.split()[n:]
    at = _start(p.figures[k])
    clause = p.text[P.clause_start(p.text, at):at].lower()
    if not words or tail and all(w.lower().strip(",") in clause for w in tail):
        return said
    return " ".join([*head, *words])


REACHED = (change_then_level, rate_then_level)
