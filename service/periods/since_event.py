"""A year closing a clause that opens ``kể từ khi`` / ``từ khi``: the event the count runs from (round 52).

``Đây là kỳ nghỉ Tết cao điểm có mức tăng trưởng mạnh nhất kể từ khi sân bay Phú Quốc đi vào hoạt động năm 2012``
(held-out xo-an-giang-cang-hkqt-phu-quoc, coded 2026-02): the year dates the event since which the record holds (when
the airport opened), never the period the page reports; the same grammar dates a month (``Ngay từ khi mở cửa tháng
11/2024, có khoảng 10.000 người đổ về bảo tàng``, sweep p42-tothethao-baotang-lsqs, labelled 2024: a month the reader
already takes in passing).  Grammar only: ``từ khi`` (or ``kể từ khi``), the event's words in the same clause (no
comma or sentence break between), then the year; not when the span's other end follows (``Từ khi thành lập năm 2010
đến nay``, sweep c18-plo-cuuho-pccc: a span to now, its own reading), nor a year after a comma (a new clause's).
"""

from __future__ import annotations

import re

#: "kể từ khi sân bay Phú Quốc đi vào hoạt động ", "từ khi mở cửa ": the clause's opening and its event's words, right
#: before the year (``năm`` and ``vào`` belong to the year's own match or to the event's words)
_OPENS = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+khi(?!\w)[^.;:!?,()\n]{1,100}$", re.I)
#: the span's other end right after the year: "đến nay", "tới nay", "- 2020"
_SPAN_END = re.compile(r"\s*(?:,\s*)?(?:đến|tới|cho\s+đến|cho\s+tới|-|–)(?!\w)", re.I)


def since_event(t: str, start: int, end: int) -> bool:
    """Whether the year at ``t[start:end]`` closes a ``(kể) từ khi`` clause with no span's other end after it."""
    return bool(_OPENS.search(t, max(0, start - 120), start)) and not _SPAN_END.match(t, end)
