"""Measures of one performance or one person, not figures of the period (round 87, issue 13).

``BROKEN_RECORD``: the result right after a record said broken (``phá``/``xô đổ``/``phá vỡ`` ``kỷ lục`` and up to four
words naming whose record: ``quốc gia``, ``đại hội``, ``SEA Games``), and each further record of the same list
(``… và kỷ lục đại hội 10 giây 47``) — the record that stood before, another time's result, as ``sports.OLD_RECORD``
reads ``kỷ lục cũ là …``:

    … giành HCV với thời gian 10 giây 35, phá kỷ lục quốc gia 10 giây 40 và kỷ lục đại hội 10 giây 47, đều do chính anh
    thiết lập …        (xp-toan-quoc-dai-hoi-the-thao-toan-quoc-lan-thu-9-huy-chuong-2022-12)
    … xô đổ kỷ lục SEA Games 10,17 giây …  (the same construction; vnexpress.net/vdv-dong-nam-a-dau-tien-chay-100m-…)

The new result before it keeps its number (``thời gian 10 giây 35``: ``racetime``).

``RECORD_EVENT``: the distance right after ``kỷ lục`` and a verb of the sport (``chạy``, ``bơi``, ``nhảy``, ``đi bộ``):
``kỷ lục chạy 100m của Ngần Ngọc Nghĩa`` (xp-…-dai-hoi-the-thao), ``Kỷ lục chạy 100m của Puripol Boonson là 10,06
giây`` (vnexpress.net/sea-games-33-se-tim-ra-nguoi-dong-nam-a-dau-tien-chay-100m-duoi-10-giay-4992555.html) — the
event's name, as ``sports.EVENT_DISTANCE`` reads ``cự ly 100m``. ``chạy 100m đường`` without ``kỷ lục`` is as before.

``NAMED_WEIGHT``: ``nặng X kg`` (weighing) right after a person's name (a capitalised word, a comma maybe between):
``bé Vũ Cao Hà M., nặng 3,2 kg`` (xp-toan-quoc-bo-y-te-benh-vien-truc-tet-ky-hoi-2019-02), ``bé Vũ Ngọc Hân, nặng 2,8
kg`` (cuocsong.giaoducthoidai.vn/…-n15917.html), ``Bé Đạt nặng 3,2 kg`` (vov.vn/tin-24h/…-464741.vov) — one person's
weight. A weight after a common noun (``thiệt hại nặng 300 tấn``, ``bé trai nặng 3,2 kg``) is as before.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: a result as the sport writes it (``10 giây 40``, ``10,17 giây``, ``23”30``, ``13m69``), as ``sports._RESULT``
_NUM = r"\d(?:[\d.,]*\d)?"
_RESULT = rf"({_NUM}(?:\s?(?:[’'′]|[”\"″]|phút|giây|m)\s?{_NUM})*(?:\s?(?:[”\"″]|giây|m|điểm|kg)(?!\w))?)"
_RECORD = r"(?:kỷ|kỉ)\s+lục"
_WHOSE = r"(?:\s+(?!(?:với|là|của|và|do|bằng)\b)[^\W\d_]+){0,4}"
_BROKEN = re.compile(rf"(?i)(?<!\w)(?:phá|phá\s+vỡ|xô\s+đổ|vượt\s+qua)\s+{_RECORD}{_WHOSE}\s+{_RESULT}")
_FURTHER = re.compile(rf"(?i)(?<!\w)(?:phá|phá\s+vỡ|xô\s+đổ|vượt\s+qua)\s+{_RECORD}{_WHOSE}\s+\d[^,;.]*?"
                      rf"\s+và\s+{_RECORD}{_WHOSE}\s+{_RESULT}")

BROKEN_RECORD = Rule("broken-record", "norm", "the record broken, the result that stood before (phá kỷ lục quốc gia "
                     "10 giây 40), not a figure of the period", _BROKEN, _FURTHER, needs=("lục",))

_LENGTH = r"(\d{1,3}(?:\.\d{3})*|\d+)\s?(?:m|km|mét)(?!\w)"
_RECORD_EVENT = re.compile(rf"(?i)(?<!\w){_RECORD}\s+(?:chạy|bơi|nhảy|đi\s+bộ)\s+{_LENGTH}")
RECORD_EVENT = Rule("record-event", "name", "the distance that names the record's event (kỷ lục chạy 100m), not a "
                    "figure", _RECORD_EVENT, needs=("lục",))

_NAMED_WEIGHT = re.compile(r"(?<![\w])[A-ZĐ][^\W\d_]*\.?\s*,?\s+nặng\s+((?:khoảng|gần|hơn)\s+)?"
                           r"(\d{1,3}(?:,\d{1,3})?\s?(?:kg|g|gam|gram|kilôgam)(?!\w))")
NAMED_WEIGHT = Rule("named-weight", "norm", "one person's weight (bé … nặng 3,2 kg), not a figure of the period",
                    _NAMED_WEIGHT, group=2, needs=("nặng",))
