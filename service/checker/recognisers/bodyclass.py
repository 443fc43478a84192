"""The weight or height class that names a bodybuilding or combat event, written without ``hạng cân`` (round 54).

    … Tranh tài ở hạng 55kg nam, lực sĩ An Giang Phạm Văn Mách … Trần Bảo Quốc Vương (thể hình, hạng 65 kg nam), Hồ
    Huy Bình (thể hình, hạng 70kg nam) và Nguyễn Thị Kim Dung (fitness nữ, chiều cao đến 1,65m). … Lực sĩ Trần Bảo
    Quốc Vương (hạng 65kg) … Trương Hoàng Long (thể hình, trẻ 75kg nam); Bùi Thị Thoa (thể hình, hạng trên 55kg nữ);
    Trần Hoàng Duy Thuận (nam fitness, chiều cao đến 1m70m) …
                                        (c47-baoangiang-pham-van-mach-dinh-kim-loan-2023)
    Phạm Văn Mách (giữa) nhận HCV hạng 55 kg nam … Phan Huỳnh Đức cũng giành HCV hạng 65 kg … chỉ về nhì ở hạng 60 kg
    nam …                               (c47-soha-pham-van-mach-lan-thu-7-vo-dich)
    … các nội dung thể hình nam hạng cân nhẹ: 55kg, 60kg, 65kg, 70kg. … fitness nữ - chiều cao đến 1m65
                                        (c47-thethaovietnamplus-the-hinh-the-gioi-2023)
    … Sport Physique dành cho nữ chiều cao trên 1,65 m, … Athletic Physique dành cho nam chiều cao dưới 1,67 m.
                                        (c47-nld-the-hinh-chau-a-2025-nhi-toan-doan; laodong, nld 2025 the same)

``WEIGHT_NAMED``: a weight in kg right after ``hạng`` (``trên``/``dưới`` maybe between: ``hạng trên 55kg``), or right
before the sex of the event (``trẻ 75kg nam``, ``hạng 55 kg nữ``) with a sport's word earlier in its sentence
(``thể hình``, ``lực sĩ``, ``hạng``, a medal), and each weight of a list after ``hạng cân <word>:`` — the event's name,
as ``weightclass.WEIGHT_CLASS`` reads ``hạng cân 52kg``. A weight the period moved keeps its number: ``thu gom 55 kg
rác`` (no ``hạng``, no sex after it), ``hạng mục 55 kg``-like nouns are not ``hạng`` alone.

``HEIGHT_CLASS``: a height of a person (1 m and some centimetres: ``1,65m``, ``1,70 m``, ``1m65``, ``1m70m``) after
``chiều cao`` and a bound (``đến``, ``trên``, ``dưới``, ``từ``) with the sex or an athlete's noun just before (``nữ,
chiều cao đến``, ``dành cho nam chiều cao dưới``, ``nam lực sĩ có chiều cao đến``) — the bound of a class, not a
figure. A height that is no class keeps its number: ``nâng chiều cao đê thêm 1,5 m``, ``cây có chiều cao 1,2 m``.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, _lowered, sentence_start

_KG = r"\d{1,3}(?:,\d)?\s?kg(?!\w)"
#: ``hạng 55kg``, ``hạng trên 55kg``, ``(hạng 65kg)`` — ``hạng`` not followed by ``cân`` (weightclass reads that)
_AFTER_CLASS = re.compile(rf"(?i)(?<!\w)hạng\s+(?:(?:trên|dưới)\s+)?({_KG})")
#: ``75kg nam``, ``55 kg nữ`` — the sex of the event right after the weight, lower case (not ``Nam Định``)
_BEFORE_SEX = re.compile(rf"(?<![\w.,])({_KG})\s+(?:nam|nữ)(?![\w\-])")
_SPORT = re.compile(r"(?i)thể\s+hình|lực\s+sĩ|fitness|hạng|huy\s+chương|hcv|hcb|hcđ|vô\s+địch|võ|vật|cử\s+tạ|boxing|"
                    r"quyền\s+anh|judo|karate|taekwondo|muay")


def _sport_before(text: str, m: re.Match) -> bool:
    """A sport's word earlier in the weight's sentence (within 200 characters)."""
    start = sentence_start(text, m.start(), 200)
    lo = start if start is not None else m.start() - 200
    return _SPORT.search(text, max(0, lo), m.start()) is not None


WEIGHT_AFTER_CLASS = Rule("weight-after-class", "name", "a weight class naming an event (hạng 55kg nam), not a figure",
                          _AFTER_CLASS, needs=("hạng",))
WEIGHT_BEFORE_SEX = Rule("weight-before-sex", "name", "a weight class naming an event (trẻ 75kg nam), not a figure",
                         _BEFORE_SEX, accept=_sport_before, needs=("kg nam", "kg nữ"))

_LIST_HEAD = re.compile(r"(?i)(?<!\w)hạng\s+cân(?:\s+[^\W\d_]+){0,2}\s*:\s*")
_LIST_ITEM = re.compile(rf"({_KG})(?:\s*(?:,|và)\s*)?")


class WeightList(Recogniser):
    """Each weight of a list after ``hạng cân <word>:`` (``hạng cân nhẹ: 55kg, 60kg, 65kg, 70kg``)."""

    name, kind = "weight-list", "name"
    _NOTE = "the weight classes listed after hạng cân …: (55kg, 60kg), not figures"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "hạng" not in _lowered(text, a, b):
            return
        for head in _LIST_HEAD.finditer(text, a, b):
            pos = head.end()
            while (item := _LIST_ITEM.match(text, pos)) is not None and item.end(1) <= b:
                yield Claim(item.start(1), item.end(1), self.kind, self._NOTE, self.name)
                pos = item.end()


WEIGHT_LIST = WeightList()

#: a person's height: ``1,65m``, ``1,70 m``, ``1.65m``, ``1m65``, ``1m70m``
_HEIGHT = r"(1[,.]\d{1,2}\s?m|1\s?m\s?\d{2}(?:\s?m)?)(?!\w)"
_PERSON = r"(?:nam|nữ|lực\s+sĩ|vận\s+động\s+viên|vđv)"
_HEIGHT_BOUND = re.compile(rf"(?i)(?<!\w){_PERSON}(?:\s+[^\W\d_]+){{0,2}}\s*[,\-–]?\s*(?:có\s+)?chiều\s+cao\s+"
                           rf"(?:đến|trên|dưới|từ)\s+{_HEIGHT}")
HEIGHT_CLASS = Rule("height-class", "name", "the height bound of an event's class (nữ chiều cao đến 1,65m), not a "
                    "figure", _HEIGHT_BOUND, needs=("chiều cao",))
