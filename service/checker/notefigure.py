"""A number a row's ``Ghi chú`` records in the text's own words: the clerk's note is the table's too.

A table of rates may keep, beside a row's rate, what the text says of it in the same breath: ``A1 Chế biến chế tạo
= 12,7 %`` noted ``đóng góp 9,8 điểm phần trăm`` for ``ngành chế biến, chế tạo tăng 12,7%, đóng góp 9,8 điểm phần
trăm vào mức tăng chung`` (xi-toan-quoc-tong-cuc-thong-ke-chi-so-iip-2018-10t); a port table notes ``hàng xuất khẩu
ước đạt 17,2 triệu tấn tăng 4%`` for its row (zz-toan-quoc-hang-hai-2022-03).  Where the note's phrase, its numbers
made slots (``anchors.phrase_pattern``), fits the text with a slot at the number's own place, and the slot's noted
value is none of the row's cells (those are the row's own; nor of a row carrying the same note: one line of a wide
sheet) and the note quotes nothing (a quote is what the text
wrote: ``báo cáo ghi “trị giá 1.035 tỷ đồng”``, tests/test_checker_report.py), that value is what the table says the number is: the
number is right when it says it, wrong when it says another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from service.checker.anchors import phrase_pattern, segments

#: a note quoting the text says what the text wrote, typos and all (``anchors`` reads it), not a figure of its own
_QUOTE = re.compile(r"[“”\"«»„]")
#: how far around the number a note's phrase may start or end (characters)
_REACH = 300


@dataclass(frozen=True)
class NoteFigure:
    row: object          # match.Row
    value: Decimal       # the value the note gives the number's place
    phrase: str          # the note's phrase


def noted_derivation(ma: str, phrase: str) -> str:
    """How a number a note records is said to be proved: ``3: ghi chú «01 chị đang hoàn thành»``."""
    return f"{ma}: ghi chú «{phrase[:80]}»"


def noted_row(derivation: str | None) -> str | None:
    """The row (its ``ma``) whose note proved a number, from its ``derivation``; None for a number no note proved."""
    found = _NOTED.match(derivation or "")
    return found.group(1) if found else None


_NOTED = re.compile(r"(.+?): ghi chú «")


def note_figures(text: str, num_start: int, rows) -> list[NoteFigure]:
    """The note figures whose phrase puts one of its numbers at ``num_start`` in ``text``, one per row at most
    (several rows may note the same words: ``đóng góp 9,8 điểm phần trăm``, ``đóng góp 0,9 điểm phần trăm``)."""
    lo, hi = max(0, num_start - _REACH), min(len(text), num_start + _REACH)
    out = []
    for row in rows:
        found = _noted_at(text, num_start, lo, hi, row, _line_cells(row, rows))
        if found is not None:
            out.append(found)
    return out


def _line_cells(row, rows) -> set:
    """The cells of ``row`` and of the rows that carry its very note: a wide sheet's line split into one row per
    measure copies its ``Ghi chú`` to each (zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha-tnxp-2017-12: ``Cát Lái: số phà
    huy động`` = 9 and ``Cát Lái: số khách qua phà`` = 90.000, both noted ``khoảng 90.000 khách``), and a note that
    says one of them repeats that cell, no figure of its own."""
    note = getattr(row.fig, "ghi_chu", "") or ""
    return {v for r in rows if r is row or (note and (getattr(r.fig, "ghi_chu", "") or "") == note)
            for v in r.values.values() if v is not None}


def _noted_at(text: str, num_start: int, lo: int, hi: int, row, cells: set) -> NoteFigure | None:
    note = getattr(row.fig, "ghi_chu", "") or ""
    if _QUOTE.search(note):
        return None   # a quote of the text («báo cáo ghi “trị giá 1.035 tỷ đồng”; đọc là 1,035 tỷ»): what it wrote
    for seg in segments(note):
        built = phrase_pattern(seg)
        if built is None:
            continue
        rx, values, _ = built
        for found in rx.finditer(text, lo, hi):
            for k, v in enumerate(values):
                if v is not None and v not in cells and found.start(k + 1) == num_start:
                    return NoteFigure(row, v, seg)
    return None
