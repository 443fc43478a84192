"""Nothing happened, the event left unsaid (round 37): ``đường sắt không xảy ra``.

=====================  ==========================================================================================
``none_happened``      ``toàn tỉnh xảy ra 2 vụ tai nạn giao thông nghiêm trọng, làm chết 2 người, bị thương 1
                       người; đường sắt không xảy ra`` (yr-ninh-thuan-ban-atgt-tinh-tai-nan-giao-thong-2017-10t),
                       ``Tất cả các vụ tai nạn giao thông đều xảy ra trên đường bộ; TNGT đường sắt, đường thủy nội
                       địa: không xảy ra`` (yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tuan-dau-cao-diem-tet-2022-11):
                       ``không xảy ra`` ending its clause, no noun after it, says that none of the event counted
                       before it in ``vụ`` happened where its subject names — a figure 0 in ``vụ`` for each of the
                       subject's parts (``đường sắt, đường thủy nội địa``: two), the hands' rows of 0 vụ.  Only when
                       an earlier count of the paragraph is in ``vụ``, or the subject names the event (``TNGT``,
                       ``tai nạn``, ``cháy``).  ``zeros.zero_said`` reads the zero whose noun is said after the verb
                       (``không xảy ra cháy rừng``); this one reads the subject before it.
=====================  ==========================================================================================

Called by ``zeros.zeros_read``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.extract import Mention

#: ``không xảy ra`` ending its clause (``.``, ``;``, ``,``, a bracket, the end), no noun after it.
_NONE = re.compile(r"(?i)(?<!\w)(?:không|chưa)\s+(?:xảy\s+ra|phát\s+sinh)(?:\s+(?:vụ\s+nào|trường\s+hợp\s+nào))?"
                   r"\s*(?=[.;,)]|$)")
#: The verb in a row's quote (the quote may cut it: ``đường sắt không xảy``).
_QUOTED = re.compile(r"(?i)(?<!\w)(?:không|chưa)\s+(?:xảy|phát)(?!\w)")
#: The clause's subject: from the clause's start (``;``, ``.``, ``:`` of a label kept) to the verb.
_CLAUSE_OPEN = re.compile(r"[.;!?\n]\s*")
#: An event counted in ``vụ`` named by the subject.
_EVENT = re.compile(r"(?i)(?<!\w)(?:tngt|tai\s+nạn|cháy|sự\s+cố|vụ)(?!\w)")
#: What the subject's parts are split at.
_PARTS = re.compile(r"\s*(?:,|(?<!\w)và(?!\w))\s*")
#: Words a part may open with that name no place or mode: the event itself, ``trên``, ``tuyến``.
_EVENT_WORDS = re.compile(r"(?i)^(?:tngt|tai\s+nạn(?:\s+giao\s+thông)?|(?:trên|tại|ở)\s+)+\s*")


def _subject(text: str, at: int) -> tuple[int, str]:
    lo = 0
    for m in _CLAUSE_OPEN.finditer(text, 0, at):
        lo = m.end()
    return lo, text[lo:at].rstrip(" :-–")


def none_happened(text: str, mentions: list[Mention]) -> list[Mention]:
    """The zeros in ``vụ`` that each ``<subject> không xảy ra`` says (one per part of the subject)."""
    out = []
    for hit in _NONE.finditer(text):
        lo, subject = _subject(text, hit.start())
        if not subject or len(subject) > 80 or re.search(r"\d", subject):
            continue
        counted = any(m.num_start < hit.start() and (m.unit == "vụ" or (m.noun or "").lower().startswith("vụ"))
                      for m in mentions)
        if not (counted or _EVENT.search(subject)):
            continue
        pos = lo
        for part in _PARTS.split(subject):
            start = text.find(part, pos)
            pos = start + len(part)
            place = _EVENT_WORDS.sub("", part).strip()
            if not place or not re.match(r"[^\W\d_]", place):
                continue
            out.append(Mention(start=start, end=start, num_start=start, num_end=start,
                               raw=part, value=Decimal(0), kind="count", numeral=Decimal(0), unit="vụ",
                               noun=f"vụ {place}", notation="word"))
    return out


def elided_zero(row) -> bool:
    """A row of 0 that ``none_happened`` read (its quote says ``… không xảy ra``): the part of an event where none
    happened, never the row a change said in a later sentence is about (``đường sắt không xảy ra. So với tháng 9, số
    vụ giảm 2 vụ``: the change is of the 2 vụ of all the province)."""
    return row.value == 0 and row.unit == "vụ" and bool(_QUOTED.search(row.quote or ""))
