"""A unit written as an abbreviation the text spells out in brackets is written in full (round 60).

``Ban đại diện Hội Người cao tuổi (NCT) tỉnh … nâng tổng số hội viên hiện nay 160.874/188.744 NCT … Hiện có 12.201
NCT … 40.501 NCT`` (xh-quang-nam-hoi-nguoi-cao-tuoi-tinh-tong-ket-2018) and ``Đến nay, cả nước có 29.378 HTX`` after
``hợp tác xã (HTX)`` (xe-toan-quoc-bo-khdt-hop-tac-xa-hien-co-2022): the text says what ``NCT`` stands for — the row's
unit is ``người cao tuổi``, a word a person filling the sheet reads (and a table's ``người`` names), and its label
says it the same way (``Số hợp tác xã vùng Đồng bằng sông Hồng``). Only an
abbreviation the text defines (``Full words (ABBR)``, the initials of the words right before the bracket) is
spelled out; one it never defines (``ĐV`` in a Party report) stays as written.
"""

from __future__ import annotations

import re

from index.text import fold
from service.checker.match import abbreviates, is_abbreviation
from service.onboarding.model import Row

#: A bracketed abbreviation after the words it stands for: ``Người cao tuổi (NCT)``.
_DEFINED = re.compile(r"((?:[^\W\d_]+\s+){2,6})\(\s*([A-ZĐ]{3,6})\s*\)")


def defined_abbreviations(text: str) -> dict[str, str]:
    """``NCT`` → ``người cao tuổi``: each abbreviation the text defines, spelled by the words before its bracket."""
    out: dict[str, str] = {}
    for hit in _DEFINED.finditer(text or ""):
        abbr, words = hit.group(2), hit.group(1).split()
        n = len(abbr)
        if len(words) >= n and is_abbreviation(fold(abbr)) and abbreviates(abbr, " ".join(words[-n:])):
            out.setdefault(abbr, " ".join(words[-n:]).lower())
    return out


def spell_units(rows: list[Row], text: str) -> None:
    """Write each row's abbreviated unit in the words the text defines it by."""
    spelled = defined_abbreviations(text)
    for r in rows:
        if r.unit in spelled:
            words = spelled[r.unit]
            r.label = re.sub(r"(?<!\w)" + re.escape(r.unit) + r"(?!\w)", words, r.label or "")  # «Số hợp tác xã vùng …»
            r.unit = words
