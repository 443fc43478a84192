"""A list of units in a sentence, each named before its ``X/Y`` (round 46).

=======================  ========================================================================================
``unit_pairs_pass``      ``Đến nay, đã công nhận các tiêu chí đạt tiêu chí NTM cho 16 xã: Ngọc Phụng 14/19 tiêu
                         chí, Thọ Thanh 10/19 tiêu chí, …, Luận Thành, Vạn Xuân 8/19 tiêu chí, …``
                         (zo-thanh-hoa-thuong-xuan-nong-thon-moi-cac-xa-2013); ``Các xã, thị trấn làm tốt công tác sơ
                         tuyển là thị trấn Ân Thi 88/102 đạt 86%; xã cẩm Ninh 41/61 đạt 67%; … và Phù Ủng 46/84 đạt
                         55%. … cụ thể xã Đa Lộc có 12/66 đạt 18%; Hạ Lễ 18/73 đạt 25%; …``
                         (zr-hung-yen-an-thi-hoi-dong-nvqs-so-tuyen-suc-khoe-2019-11): three or more ``X/Y`` of a
                         paragraph, each right after one or more proper names (``Luận Thành, Vạn Xuân``: the names
                         the value is shared by), are a table of units read as a sentence. The clerk keeps a row of X
                         for every unit named; a row of Y too when the Y's differ from unit to unit (each unit's own
                         total: ``số lệnh gọi`` 102, 61 …), none when one Y serves them all (the scale: ``19 tiêu
                         chí``); a rate said with the pair (``đạt 55%``) is X over Y, the row's derivation, no row.
                         Not a list of names with ages or dates (``Nguyễn Văn A 45 tuổi``, ``ngày 12/3``: no pair),
                         nor pairs opening no name (``đạt 14/19 tiêu chí``, ``Có 30/63 địa phương``), nor pairs
                         of which one X exceeds its Y (``Lúa 40/38ha``: done over a plan, c5-ducgiang-ktxh-2021-h1)
=======================  ========================================================================================

Composed in ``rows.read_paragraph``, after the rows of the paragraph are made (``each_place_pass`` beside it).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para, Row

MIN_ITEMS = 3
MAX_NAME_WORDS = 4
#: What ends the clause before an item: a semicolon, a colon, a full stop, a bracket, a line (not a comma: names
#: sharing a value are listed with commas, ``Luận Thành, Vạn Xuân 8/19``).
_BREAK = re.compile(r"[;:.!?()\n]")
_NAMES = re.compile(r"\s*,\s*|\s+và\s+")
#: Before an item: ``và``, a comma; after its names: ``có`` (``xã Đa Lộc có 12/66``).
_LEAD = re.compile(r"(?i)^[\s,]*(?:và\s+)?")
_HAS = re.compile(r"(?i)(?:^|\s+)(?:có|là|với|được|đạt)\s*$")
#: The rate said with a pair, right after it (its noun between): ``46/84 đạt 55%``, ``(đạt 100%)``.
_RATE_GAP = re.compile(r"(?i)^[^\d.;:!?]{0,25}?(?:đạt|bằng|chiếm)?\s*\(?\s*(?:đạt\s+)?$")


@dataclass
class Item:
    i: int                        # the numerator's index in ``p.figures``
    x: Mention
    y: Mention
    names: list[str]
    rate: int | None = None       # index in ``p.figures`` of the rate said with the pair
    noun: str = ""
    rows: list[Row] = field(default_factory=list)


def _name(words: list[str]) -> bool:
    return 1 <= len(words) <= MAX_NAME_WORDS and words[0][:1].isupper() and all(
        w.replace(".", "").replace("-", "").isalpha() for w in words)


def names_before(text: str, start: int, since: int) -> list[str]:
    """The proper names right before ``start`` (after ``since``): the last chunk's closing capitalised words, and the
    names listed before it with commas when that chunk is a name alone."""
    piece = text[since:start]
    cut = max((b.end() for b in _BREAK.finditer(piece)), default=0)
    piece = _HAS.sub("", _LEAD.sub("", piece[cut:])).strip()
    chunks = [c for c in _NAMES.split(piece) if c]
    if not chunks:
        return []
    words = chunks[-1].split()
    tail = []
    for w in reversed(words[-MAX_NAME_WORDS:]):
        tail.insert(0, w)
        if not w[:1].isupper():
            tail.pop(0)
            break
    while tail and not tail[0][:1].isupper():
        tail.pop(0)
    if not tail or not _name(tail):
        return []
    names = [" ".join(tail)]
    if len(tail) == len(words):            # the chunk is the name alone: names listed before it share the value
        for c in reversed(chunks[:-1]):
            if not _name(c.split()):
                break
            names.insert(0, c)
    return names


def _rate_after(p: Para, k: int, y: Mention) -> int | None:
    for j in range(k, min(k + 3, len(p.figures))):
        f = p.figures[j]
        if f.kind == "percent" and f.num_start > y.end and _RATE_GAP.match(p.text[y.end:f.num_start]):
            return j
    return None


def items(p: Para) -> list[Item]:
    """The paragraph's ``<names> X/Y`` items, when it has ``MIN_ITEMS`` or more, else []."""
    out: list[Item] = []
    since = 0
    for i, m in enumerate(p.figures):
        if m.pair_role != "numerator" or m.partner is None or m.value is None or m.kind == "percent":
            continue
        y = p.mentions[m.partner]
        if y.value is None:
            continue
        start = m.qualifier_start if m.qualifier_start is not None else m.num_start
        names = names_before(p.text, start, since)
        since = y.end
        if not names:
            continue
        rate = _rate_after(p, i + 1, y)
        noun = " ".join(P.noun_after(p.text, y.end, 3)) if rate is None else ""
        out.append(Item(i, m, y, names, rate, noun if noun and noun[:1].islower() else ""))
        if rate is not None:
            since = p.figures[rate].end
    # a part of its own whole each (X ≤ Y): ``Lúa 40/38ha``, what was done over a plan, is no list of units' parts
    return out if len(out) >= MIN_ITEMS and all(it.x.value <= it.y.value for it in out) else []


def _row(p: Para, m: Mention, i: int, value, unit: str, label: str) -> Row:
    return Row(value=value, unit=unit, kind="count", label=label, section=p.section_title,
               path=p.section.path if p.section else "", quote=p.quote(m), organisation=p.orgs[i] or "",
               sentence=(p.key, p.sentence_of(m)))


def _replace(p: Para, old: Row | None, new: list[Row]) -> None:
    for rows in (p.reading.rows, p.section_rows):
        if old is not None and old in rows:
            k = rows.index(old)
            rows[k:k + 1] = new
        elif old is None:
            rows.extend(new)


def unit_pairs_pass(p: Para) -> None:
    """Rows of a list of units' ``X/Y`` (the module docstring): X per unit named, Y per unit when the Y's differ."""
    found = items(p)
    if not found:
        return
    scale = len({it.y.value for it in found}) == 1
    unit = next((it.noun for it in found if it.noun), "")
    for it in found:
        own = p.rows.get(it.i)
        own = own if own is not None and own in p.reading.rows and own.value == it.x.value else None
        rate_row = p.rows.get(it.rate) if it.rate is not None else None
        made = []
        for name in it.names:
            if own is not None and len(it.names) == 1:
                x = own
            elif own is not None:
                x = copy.copy(own)
                x.derived, x.repeats, x.notes = list(own.derived), list(own.repeats), list(own.notes)
                if len(it.names) > 1:
                    x.label = f"{own.label}: {name}" if name not in own.label else own.label
            else:
                x = _row(p, it.x, it.i, it.x.value, unit, f"Số {unit or 'đạt'}: {name}")
            if len(it.names) > 1:
                x.notes.append(f"các đơn vị {', '.join(it.names)} cùng một mức")
            if it.rate is not None and not any(d.value == p.figures[it.rate].value for d in x.derived):
                x.derived.append(Derivation(p.quote(p.figures[it.rate]), "tỷ lệ so với tổng số",
                                            p.figures[it.rate].value))
            made.append(x)
            if not scale:
                made.append(_row(p, it.y, it.i, it.y.value, unit, f"{('Tổng số ' + unit).strip()}: {name}"))
        _replace(p, own, made)
        p.rows[it.i] = made[0]
        if rate_row is not None and rate_row.kind == "percent" and rate_row is not own:
            for rows in (p.reading.rows, p.section_rows):
                if rate_row in rows:
                    rows.remove(rate_row)
