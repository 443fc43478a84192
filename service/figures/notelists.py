"""A row's parts by member unit written in its note (``Ghi chú``), as damage reports and briefings keep them:

    Nhà bị sập | căn | 172 | Yên Bái 2, Hòa Bình 7, Thanh Hóa 22, Nghệ An 140, Hà Tĩnh 1
    Lúa bị ngập | ha | 36.077 | Lào Cai 41,5; Yên Bái 464; Hòa Bình 116; …      (zq-toan-quoc-bcd-…-bao-so-2-2017-07)

Each item is a proper name (every word capitalised: a province, a commune, a unit) and a number; the parts are rows
of the period of their own, ``<chỉ tiêu> (<tên>)`` in the row's unit, organisation the name. A note is read so only
when it is such a list: two items or more, most of its pieces items, no part larger than the whole and the parts
together no more than the whole (a list cut short, or with a piece in words, sums to less). Any other note stays a
note.

A note that names one part of the row in words (``trong đó 623 thanh niên đạt sức khỏe``, ``Trong đó: 12 vụ nghiêm
trọng``) is that part as a row too (``<chỉ tiêu>: <the words>``), when the part is no larger than the whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from service.figures.subrow import free_code
from service.numbers import parse_vn

#: a piece of the note: a name of capitalised words (``TP. Hồ Chí Minh``, ``Đắk Lắk``), an optional colon, a number
#: in Vietnamese notation, an optional unit word after it (``Yên Bái 464ha``, ``Hà Giang 1 người``); a dash between
#: words of the name (``Bà Rịa - Vũng Tàu 2``, zq-dong-bang-song-cuu-long-…-2019-01; ``Thừa Thiên - Huế``)
_ITEM = re.compile(r"\s*(?P<name>(?:[^\W\d_][\w.'’-]*)(?:[ \t]+(?:[-–][ \t]+)?[^\W\d_][\w.'’-]*){0,4}?)\s*:?\s*"
                   r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:[ \t]*[^\W\d_]+){0,2}\s*")
#: what separates the pieces: a semicolon when the note has one (the comma is then the decimal mark), else a comma
_SEMI, _COMMA = re.compile(r"\s*;\s*"), re.compile(r"\s*,\s+|\s*,(?=\D)")
#: a list cut short at its end: ``…``, ``...``, ``(đoạn trích bị cắt)``
_CUT = re.compile(r"\s*(?:…|\.\.\.)[^;,]*$")
_MIN_ITEMS = 2


def _proper(name: str) -> bool:
    """Every word of the name starts with a capital (``Hà Giang``, ``TP. Huế``); ``Trong đó`` is no name."""
    return all(w[:1].isupper() for w in name.split() if w not in ("-", "–"))


def note_parts(note: str) -> list[tuple[str, Decimal]]:
    """The (name, numeral) items of a note that lists parts by name, else []."""
    if not note or not any(c.isdigit() for c in note):
        return []
    body = _CUT.sub("", note.strip())
    pieces = [p for p in (_SEMI if ";" in body else _COMMA).split(body) if p.strip()]
    items = []
    for piece in pieces:
        m = _ITEM.fullmatch(piece)
        if m is None or not _proper(m.group("name")):
            continue
        try:
            items.append((m.group("name").strip(), parse_vn(m.group("num"))))
        except ValueError:
            continue
    if len(items) < _MIN_ITEMS or 2 * len(items) < len(pieces):
        return []
    return items


def noted_part_figures(fig, unit, taken: dict) -> list:
    """The row's parts its note lists by name (see the module), as figures of their own; [] when the note is none."""
    whole = fig.ky_bao_cao
    if whole is None or not isinstance(whole, Decimal) or whole <= 0:
        return []
    scale = unit.scale if unit is not None else 1
    items = [(name, n * scale) for name, n in note_parts(fig.ghi_chu)]
    if not items or any(v > whole for _, v in items) or sum(v for _, v in items) > whole * Decimal("1.001"):
        return []
    out = []
    for k, (name, v) in enumerate(items, start=1):
        code = free_code(f"{fig.ma}-gc{k}", taken)
        out.append(replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu} ({name})", don_vi=name, ky_bao_cao=v,
                           cung_ky=None, ke_hoach=None, ky_truoc=None, ghi_chu=""))
    return out


#: ``trong đó 623 thanh niên đạt sức khỏe``, ``Trong đó: có 12 vụ nghiêm trọng``: one part, its number, its words (no
#: other number, no second clause).
_SUB_PART = re.compile(r"\s*trong\s+đó\s*:?\s*(?:có\s+)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s+"
                       r"(?P<words>[^\W\d_][^\d;:()]{2,60}?)\s*\.?\s*", re.I)


def noted_sub_part(fig, unit, taken: dict) -> list:
    """The one part the row's note names in words (see the module), as a figure of its own; [] when none."""
    whole = fig.ky_bao_cao
    m = _SUB_PART.fullmatch(fig.ghi_chu or "")
    if m is None or whole is None or not isinstance(whole, Decimal) or whole <= 0:
        return []
    v = parse_vn(m.group("num")) * (unit.scale if unit is not None else 1)
    if v > whole:
        return []
    code = free_code(f"{fig.ma}-gc1", taken)
    return [replace(fig, ma=code, chi_tieu=f"{fig.chi_tieu}: {m.group('words').strip()}", ky_bao_cao=v,
                    cung_ky=None, ke_hoach=None, ky_truoc=None, ghi_chu="")]
