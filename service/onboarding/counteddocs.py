"""A count the extraction took for a document's number: ``thi hành kỷ luật 62 đảng viên`` (template round 82).

The extraction reads a number after a document type's word as that document's number (``Luật 62``, ``Kết luận
30``, ``Điều 5``).  The word may end a verb phrase instead: ``toàn tỉnh đã thi hành kỷ luật 62 đảng viên``
(wc-vinh-long-ubkt-tinh-uy-ky-luat-dang-vien-2018-h1: ``kỷ luật`` ends in ``luật``), ``UBKT các cấp đã kết luận 30 tổ
chức Đảng và 19 đảng viên có vi phạm`` (wc-ha-noi-ubkt-thanh-uy-kiem-tra-ky-luat-2018-h1: ``kết luận`` is the verb).
A document's number is never followed by the noun of what it counts; a number followed by one is a count, the row
the hands keep (62 đảng viên, 30 tổ chức).

The grammar: a mention the extraction called a ``document reference``, plain digits (no code, no slash), followed by
a noun the template counts (``nouns.known_noun``: đảng viên, tổ chức, người, hộ …; a capital after it allowed:
``tổ chức Đảng``) — read as a count of that noun.  Not read: ``Quyết định 290 ngày …`` (a time after it: its date), ``Điều 5 của Luật``, ``Kế
hoạch 08/KH-UBND`` (no counted noun after), ``Nghị quyết 45/106`` (a slash).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from service.checker.extract import Mention
from service.onboarding.nouns import known_noun

_WORDS_AFTER = re.compile(r"\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,3})")
#: A time after a document's number is its date (``Quyết định 290 ngày 5/3``), never what it counts.
_TIME = re.compile(r"(?i)^(?:ngày|tháng|năm|quý|tuần|giờ|phút)$")


def count_not_document(text: str, m: Mention) -> Mention | None:
    """The count a document reference ``m`` really is (``kỷ luật 62 đảng viên``), or None."""
    if m.kind != "reference" or (m.note or "") != "document reference" or not m.raw.strip().isdigit():
        return None
    after = _WORDS_AFTER.match(text, m.num_end)
    if after is None:
        return None
    noun = known_noun(after.group(1).split())
    if noun is None or _TIME.match(noun):
        return None
    value = m.numeral if m.numeral is not None else Decimal(m.raw.strip())
    return dataclasses.replace(m, kind="count", value=value, numeral=value,
                               unit=None, noun=noun, note=None, recogniser=None)


def documents_read(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each count taken for a document's number read as the count."""
    return [count_not_document(text, m) or m for m in mentions]
