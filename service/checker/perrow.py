"""A size per unit the table keeps as a row of its own, said in the text after ``mỗi``: ``mỗi năm mở 2 lớp (mỗi lớp
50 người) tập huấn về luật người khuyết tật`` against ``Học viên mỗi lớp tập huấn`` = 50 ``người/lớp``
(yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022), ``mỗi phần quà trị giá 500.000 đồng`` against
``Trị giá mỗi phần quà`` (the rows ``check._keeps_per_unit`` reads). What a row is per: ``perunitrow.per_what``
(its unit's words after the slash, or the ``Figure.per_unit`` the loader split off).

A sentence that says what is done each year (``mỗi năm``, ``hằng năm``) is a habit, no figure of the period — but the
number right after ``mỗi <noun>`` is the size of one such unit, and a row whose unit is per that noun (``người/lớp``)
or whose label says ``mỗi <noun>`` keeps exactly that size: the number is that row's, checked (a wrong one caught).
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.perunitrow import per_what

#: ``mỗi lớp``, ``mỗi phần quà``: ``mỗi`` and one to three words of its noun right before the number
_EACH_BEFORE = re.compile(r"(?i)(?<!\w)mỗi[ \t]+((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)[ \t]*:?[ \t]*$")


def _fold(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s or "").lower().split())


def per_unit_row_kept(idx, text: str, start: int) -> bool:
    """The number at ``start`` follows ``mỗi <noun>`` and a row keeps the size per that noun (see the module)."""
    m = _EACH_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = _fold(m.group(1))
    return any(_fold(per_what(r.fig)) == noun or f"mỗi {noun}" in _fold(r.fig.chi_tieu) for r in idx.rows)
