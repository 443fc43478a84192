"""A lone number word counting what a row's label names first: ``tám nghệ sĩ được phong tặng`` against ``Nghệ sĩ được
phong tặng danh hiệu Nghệ sĩ Ưu tú`` (unit ``người``), ``năm mái ấm tình thương`` against ``Mái ấm tình thương hỗ trợ
sửa chữa`` (unit ``căn``).

``table_words`` reads a lone digit word (``hai``, ``sáu``) as a count where the noun after it is a row's unit; a
clerk's unit is often the general one (``người``, ``căn``, ``chiếc``) while the text counts by the label's own noun.
The label opening with the same two words as the noun after the number says the same thing is counted: the word is a
count of that row, read and checked like digits. One word in common is too little (``hai bên``, ``ba thứ tiếng``).
"""

from __future__ import annotations

import re

from service.checker.match import Row, fold

_SYLLABLES = re.compile(r"[^\W\d_]+")
#: what a label says before its noun: ``Số``, ``Tổng số``, ``Số lượng``
_LEAD = ("tong so luong", "tong so", "so luong", "so")


def _head(s: str, n: int = 2) -> tuple[str, ...]:
    words = _SYLLABLES.findall(fold(s))
    text = " ".join(words)
    for lead in _LEAD:
        if text.startswith(lead + " "):
            words = words[len(lead.split()):]
            break
    return tuple(words[:n])


def rows_named_by(noun: str, rows) -> list[Row]:
    """The count rows whose label opens with the noun's first two words."""
    head = _head(noun)
    if len(head) < 2:
        return []
    return [r for r in rows if r.kind == "count" and "ky_bao_cao" in r.values and _head(r.fig.chi_tieu) == head]
