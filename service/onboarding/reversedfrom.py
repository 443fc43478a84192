"""A movement said end first: ``lên Y từ X`` — X is where it moved from (template round 76).

=========================  ======================================================================================
``start_said_after``       ``Tỷ trọng xuất khẩu tôm chân trắng 9 tháng đầu năm nay tăng lên 65% từ 61% của cùng kỳ năm
                           2016, tỷ trọng tôm biển tăng lên 11% từ 8% tuy nhiên tỷ trọng tôm sú giảm xuống 24% từ
                           31%`` (xs-toan-quoc-vasep-xuat-khau-tom-2017-9t: the hand's ``Cùng kỳ 2016`` column holds
                           61, 8, 31), ``Chỉ tiêu lợi nhuận sau thuế được điều chỉnh giảm 45% về còn gần 103 tỷ đồng
                           từ mức 243 tỷ đồng`` (sweep c24-vietnamdaily-vcp-dieu-chinh-ke-hoach-2020): the number after
                           ``từ`` (``từ mức``) that follows a movement's end (``lên``, ``xuống``, ``còn``, then the
                           number and its unit) is the value it started from — said with the end's row (its earlier
                           value, as ``statements.rate_from_to`` reads ``từ X xuống còn Y``), no row of its own
=========================  ======================================================================================

Both of one kind and unit, nothing between them but the end's unit and ``từ``/``từ mức``. Tried with
``service.onboarding.recognisers.RECOGNISERS`` before the changes (``BEFORE_ROWS`` reads the usual order).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

#: the movement's word right before its end: ``tăng lên``, ``giảm xuống``, ``về còn``, ``lên mức``
_TO = re.compile(r"(?i)(?<!\w)(?:lên|xuống|còn)(?:\s+mức)?\s+(?:(?:gần|hơn|khoảng|trên|dưới|xấp\s+xỉ)\s+)?$")
#: between the end and the start: ``từ``, ``từ mức`` (a comma perhaps)
_FROM = re.compile(r"(?i)^\s*,?\s*từ(?:\s+mức)?\s+(?:(?:gần|hơn|khoảng|trên|dưới|xấp\s+xỉ)\s+)?$")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def start_said_after(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.comparison or i == 0 or m.kind not in ("percent", "money", "measure", "count"):
        return False
    end = p.figures[i - 1]
    if end.value is None or end.kind != m.kind or (end.unit or "") != (m.unit or ""):
        return False
    if not _FROM.match(p.text[end.end:_start(m)]) or not _TO.search(p.text[max(0, _start(end) - 30):end.num_start]):
        return False
    row = p.rows.get(i - 1)
    if row is None:
        return False
    row.derived.append(Derivation(P.bare_quote(p.text, m), "số trước khi thay đổi", m.value))
    if row.base is None and row.kind == "percent":
        row.base = m.value
    p.rows[i] = row
    return True


REVERSED_FROM = (start_said_after,)
