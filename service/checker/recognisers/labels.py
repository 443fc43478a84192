"""Numbers that label rather than count: ordinals (``lần thứ 2``, ``tuần 1``, ``chặng 1``, ``đợt 1``) and
places (``thôn 7``, ``tổ 8``, ``số 12 đường Lê Lợi``, ``Quốc lộ 14``, ``Km 27+500``).

Vietnamese puts a counted noun *after* its number (``1 đợt``, ``3 thôn``) and a label noun *before* it
(``đợt 1``, ``thôn 3``); ``mỗi tổ 02 người`` (a count per unit) and ``tổ 8 người`` keep their count.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule, alternation
from service.checker.recognisers.vocab import COUNT_UNITS, LABEL_NOUNS, PLACE_NOUNS, ROAD_CODES

#: A count noun after the number (``tổ 02 người``) — unless a capitalised name follows it (``tổ 8 xã Hàm Chính``).
_COUNTED_AFTER = rf"(?!\s+(?:{alternation(COUNT_UNITS)})(?!\w)(?!\s+(?-i:[A-ZĐ])))(?!\s?/\s?\d)"
_NOT_AFTER_COUNT = r"(?<!mỗi\s)(?<!\d\s)(?<!các\s)(?<!những\s)"

#: ``lần thứ 2``, ``thứ 7``, ``kỳ họp thứ 5``: ``thứ`` makes any number an ordinal.
_THU = re.compile(r"(?i)(?<!\w)thứ\s+(\d{1,3})(?![\d.,]\d)(?!\s*(?:%|triệu|tỷ))")
#: ``tuần 1``, ``chặng 1``, ``đợt 2``, ``khóa 3``, ``lớp 9``, ``giai đoạn 2``, ``bài 4``.
_LABEL = re.compile(rf"(?i)(?<!\w){_NOT_AFTER_COUNT}(?:{alternation(LABEL_NOUNS)})\s+(?:số\s+)?(\d{{1,3}}[A-Za-z]?)"
                    rf"(?![\d.,/:]\d)(?!\w)(?!\s*(?:%|triệu|tỷ|nghìn|ngàn|đồng|km|m2|ha|kg|tấn))(?!\s+năm\b){_COUNTED_AFTER}")
ORDINAL = Rule("ordinal", "ordinal", "ordinal or label", _THU, _LABEL)

#: ``thôn 7``, ``Tổ 8``, ``khu phố 3``, ``Phường 3``, ``Quốc lộ 14``, ``ngõ 12``, ``Km 27``.
_PLACE = re.compile(rf"(?i)(?<!\w){_NOT_AFTER_COUNT}(?:{alternation(PLACE_NOUNS)})\s*(?:số\s+|[.:]\s?)?"
                    rf"(\d{{1,4}}[A-Za-z]?(?:\s?\+\s?\d{{1,3}})?)(?![\d.,]\d)(?!\w)"
                    rf"(?!\s*(?:%|triệu|tỷ|nghìn|ngàn|đồng|m2|ha|kg|tấn)(?!\w)){_COUNTED_AFTER}")
#: ``QL14``, ``QL.1A``, ``ĐT 741``, ``ĐT.741``: a road code.
_ROAD = re.compile(rf"(?<!\w)(?:{alternation(ROAD_CODES)})\s?[.\-]?\s?(\d{{1,4}}[A-Z]?)(?!\w)")
#: ``số 12 đường Lê Lợi``, ``số 5/2 phố Huế``, ``số 34 ngõ 12``: a house number.
_HOUSE = re.compile(r"(?i)(?<!\w)(?<!tổng\s)số\s+(\d{1,4}[A-Za-z]?(?:/\d{1,4})?)\s*,?\s+"
                    r"(?=(?:đường|phố|ngõ|ngách|hẻm|kiệt|quốc lộ|tỉnh lộ|thôn|ấp|khu phố|tổ)\s)")
PLACE = Rule("address", "address", "address or place", _PLACE, _ROAD, _HOUSE)
