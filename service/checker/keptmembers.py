"""The membership delegates stand for, where the table keeps it as a row: a figure, checked.

``89 đại biểu đại diện cho hơn 1.200 hội viên trong toàn xã`` names the organisation's membership in passing
(``recognisers.events.represented``, ``recognisers.delegation.members_after_a_comma``): no figure of the period — unless
the clerk keeps that membership as a row (``Tổng số hội viên`` = 1.228, noted ``hơn 1.200 hội viên``). Then the right
value is supported by the row before any set-aside is asked, and a wrong one set aside would pass silently: it stays
checked against that row.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.match import Row, TableIndex, fold

#: the counted noun right after the number: its words up to a mark, a number or a verb
_NOUN = re.compile(r"[ \t]*((?:[^\W\d_]+[ \t]*){1,6})")
#: a label that is the whole membership: ``Tổng số hội viên``, ``Số hội viên``, ``Hội viên`` (``hiện có``, ``toàn
#: huyện`` after it) — not a part of it (``Hội viên kết nạp mới``, ``Số hội viên được vay vốn``)
_WHOLE = re.compile(r"(?i)^\s*(?:tổng\s+)?(?:số\s+)?(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                    r"(?:\s+(?:hiện\s+có|toàn\s+(?:xã|huyện|tỉnh|thành\s+phố|phường|thị\s+xã)))?\s*$")


_WORD = re.compile(r"\w+")


def membership_row(idx: TableIndex, text: str, end: int) -> Row | None:
    """The one count row whose label is the whole membership of the noun after the number (``Tổng số hội viên`` for
    ``1.200 hội viên trong toàn xã``): the membership the table keeps."""
    m = _NOUN.match(text, end)
    if not m:
        return None
    noun = m.group(1).strip().lower()
    rows = []
    for r in idx.rows:
        label = _WHOLE.match(unicodedata.normalize("NFC", r.fig.chi_tieu))
        if r.kind == "count" and "ky_bao_cao" in r.values and label and idx.unit_fit(noun, r) == 1 \
                and (noun + " ").startswith(label.group("unit").lower() + " "):
            rows.append(r)
    if not rows:
        rows = [r for r in idx.rows if r.kind == "count" and "ky_bao_cao" in r.values and idx.unit_fit(noun, r) == 1
                and label_said_after(text, end, r.fig.chi_tieu)]
    return rows[0] if len(rows) == 1 else None


def label_said_after(text: str, end: int, label: str) -> bool:
    """Is the row's whole label (three words or more) said right after the number, word for word — the membership
    named with its organisation (``gần 400 hội viên Hội chữ thập đỏ xã`` for ``Hội viên Hội chữ thập đỏ xã``,
    xg-tay-ninh-tan-bien; ``1.320 hội viên Cựu Chiến binh huyện`` for ``Hội viên Cựu chiến binh huyện``, sweep
    t3-nganson-ccb-2022)?"""
    words = _WORD.findall(fold(label))
    if len(words) < 3:
        return False
    said = _WORD.findall(fold(text[end:end + 3 * len(label)]))
    return said[:len(words)] == words
