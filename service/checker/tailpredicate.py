"""A number's own predicate after a list: ``tỉnh Hà Tĩnh đã có 25 xã đạt chuẩn nông thôn mới và 18 xã ở các huyện
miền núi Hương Sơn, Hương Khê, Vũ Quang, các huyện ven biển Cẩm Xuyên, Kỳ Anh thoát ra khỏi danh sách vùng đặc biệt
khó khăn`` (xk-ha-tinh-nhcsxh-tinh-tin-dung-chinh-sach-2015-2019): the second number's subject (``18 xã``) runs through
a list of places, commas and all, to what is said of it at the sentence's end (``thoát ra khỏi danh sách …``) — the
words that name its row. Likewise ``TP HCM cũng đón 61 tình nguyện viên từ Malaysia, Indonesia và 58 sinh viên, thanh
niên quốc tế đến từ Campuchia, Lào, Myanmar, Hoa Kỳ đang sinh sống, học tập tại TP HCM cùng góp sức`` (sweep
p25-nld-tinhnguyenhe-tphcm-2025-none). Only for the sentence's last number, joined by ``và`` to the one before (a
subject of its own), with a comma in what follows (a list between it and its predicate): :func:`tail_after`."""

from __future__ import annotations

import re

#: the sentence's end: a full stop, ``;``, ``:`` or a line's end
_SENTENCE_END = re.compile(r"[.;:!?](?=\s|$)|\n")
#: ``… và 18 xã``: the number joined to the figure before it by ``và`` (its own subject)
_JOINED = re.compile(r"(?i)(?<!\w)và[ \t]+(?:[^\W\d_]+[ \t]+){0,2}$")
#: the longest tail read (a predicate further on belongs to someone else)
MAX_TAIL = 220


def tail_after(text: str, num_start: int, end: int, next_start: int | None) -> str | None:
    """The words after the list the number at ``num_start`` (ending at ``end``) heads, to the sentence's end — its
    predicate, after the last comma — or None when another number comes first, no comma lists, or no ``và`` joins it."""
    if not _JOINED.search(text, max(0, num_start - 30), num_start):
        return None
    stop = _SENTENCE_END.search(text, end)
    stop_at = stop.start() if stop else len(text)
    if next_start is not None and next_start < stop_at or stop_at - end > MAX_TAIL:
        return None
    tail = text[end:stop_at]
    if "," not in tail or "(" in tail:
        return None
    return tail.rsplit(",", 1)[1]
