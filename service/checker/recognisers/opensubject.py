"""A rate whose sentence opens on its subject: ``<subject> [words of time], tăng X% so với cùng kỳ``.

A title, or a lead that repeats it, says the indicator first, then the period, a comma, and its rate — no amount
between, so no number before the rate names its row:

    Tổng sản lượng thủy sản trong 10 tháng đầu năm 2022, tăng 3,1% so với cùng kỳ năm ngoái
                                                          (xs-toan-quoc-tong-cuc-thuy-san-san-luong-thuy-san-2022-10t)
    Công nghiệp địa phương vẫn đạt tốc độ tăng trưởng cao, tăng 27,5% so với cùng kỳ, …
                                                          (xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t)
    Chỉ số sản xuất công nghiệp tháng 04/2017, tăng 11,38% so với tháng 3/2017 …
                                                          (xb-thai-binh-so-cong-thuong-san-xuat-cong-nghiep-2017-04)

The subject is the words from the sentence's start to the one comma before the rate's verb. Numbers in it may only
be words of time (``10 tháng``, ``tháng 10``, ``năm 2022``, ``quý III/2022``, ``04/2017``): an amount there (``đạt
815,9 nghìn tấn, tăng 2,5%``) is what the rate follows, which other readings decide. A second comma, a ``;`` or a
colon before the rate means a list or a clause of its own: no subject (None).

The grammar only: which row the subject names is the caller's (the table's labels).
"""

from __future__ import annotations

import re

#: the rate's verb right after the subject's comma, a word of estimate or degree allowed before it
_VERB_GAP = re.compile(r"(?i)^,[ \t]*(?:(?:ước|đã|vẫn|chỉ|cũng|tiếp\s+tục)[ \t]+)*(?:tăng|giảm)[ \t]+"
                       r"(?:(?:gần|hơn|trên|khoảng|tới|đến|xấp\s+xỉ)[ \t]+)?$")
#: numbers that are words of time: ``10 tháng``, ``tháng 10``, ``tháng 04/2017``, ``năm 2022``, ``quý III/2022``,
#: ``6 tháng đầu năm``, a bare year
_TIME = re.compile(r"(?i)(?<!\w)(?:\d{1,2}[ \t]+tháng|tháng[ \t]+\d{1,2}(?:[ \t]*[/-][ \t]*\d{4})?|năm[ \t]+\d{4}"
                   r"|quý[ \t]+(?:IV|I{1,3}|[1-4])(?:[ \t]*[/-][ \t]*\d{4})?|(?:19|20)\d{2})(?!\w)")
_STOPS = re.compile(r"[,;:()\n]")


def opening_subject(text: str, sentence_start: int, rate_start: int) -> str | None:
    """The words that open the sentence as the subject of the rate whose number (or qualifier) starts at
    ``rate_start``, its digits (see the module); None when the sentence does not open so."""
    head = text[sentence_start:rate_start]
    comma = head.rfind(",")
    if comma <= 0 or _VERB_GAP.match(head[comma:]) is None:
        return None
    subject = head[:comma].strip()
    if _STOPS.search(subject) or re.search(r"\d", _TIME.sub(" ", subject)):
        return None
    return subject if re.search(r"[^\W\d_]{2,}", subject) else None
