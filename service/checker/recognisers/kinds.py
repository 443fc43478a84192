"""A count of kinds or levels that its list follows: how a thing is made up, not what the period did.

    … vận hành hệ thống tiếp sóng phát thanh 3 cấp (T.Ư, tỉnh và huyện) và đọc bản tin …
                                                        (c42-vietnamnet-dai-son-truyen-thanh)
    … trung tâm đã mở 27 lớp với 763 học viên, gồm 2 nhóm đối tượng chính là hộ đồng bào dân tộc thiểu số … và hộ
    nghèo, hộ cận nghèo …      (yy-hoa-binh-luong-son-trung-tam-gdnn-gdtx-huyen-tong-ket-nam-hoc-2023-2024)

The noun counts kinds, not things (an open list: ``cấp``, ``loại``, ``loại hình``, ``nhóm đối tượng``, ``tầng lớp``,
``thành phần``, ``hình thức``, ``dạng``, ``kiểu``), and the list of them follows: in brackets, as many items as the
count (``3 cấp (T.Ư, tỉnh và huyện)``), or after ``là``/``gồm``/``:`` (``chính`` between) with a list's ``và`` or comma
in the sentence. ``3 nhóm (…)``, ``3 đối tượng (…)`` count groups formed and persons: figures, never claimed here;
``names.DEFINITION`` keeps the parts of a programme (``3 tiêu chuẩn: …``).
"""

from __future__ import annotations

import re

from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, alternation

#: nouns counting kinds or levels (open; the default: a noun not here is a thing counted)
KIND_NOUNS = ("cấp", "loại", "loại hình", "nhóm đối tượng", "tầng lớp", "thành phần", "hình thức", "dạng", "kiểu")
_COUNTED = re.compile(r"(?=\d)(?<![\d.,/])(\d{1,2})[ \t]+(?:" + alternation(KIND_NOUNS) + r")(?!\w)(?:[ \t]+chính)?", re.I)
_BRACKET = re.compile(r"[ \t]*\(([^()\d\n]{1,120})\)")
_INTRODUCED = re.compile(r"(?i)[ \t]*(?:(?:là|gồm|bao[ \t]+gồm)[ \t]+|:[ \t]*)(?P<rest>[^.\n]{1,300})")
_ITEM_SEP = re.compile(r"(?i)\s*(?:,|;|(?<!\w)và(?!\w)|(?<!\w)hoặc(?!\w))\s*")


class KindsListed(Recogniser):
    """``3 cấp (T.Ư, tỉnh và huyện)``, ``gồm 2 nhóm đối tượng chính là A và B`` (see the module)."""

    name, kind = "kinds-listed", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _COUNTED.finditer(text, a, b):
            n = int(m.group(1))
            if n < 2:
                continue
            br = _BRACKET.match(text, m.end())
            if br is not None:
                items = [i for i in _ITEM_SEP.split(br.group(1)) if i.strip()]
                if len(items) == n:
                    yield Claim(m.start(1), m.end(1), self.kind, "number of kinds listed in brackets", self.name)
                continue
            lst = _INTRODUCED.match(text, m.end())
            if lst is not None and _ITEM_SEP.search(lst.group("rest")):
                yield Claim(m.start(1), m.end(1), self.kind, "number of kinds their list follows", self.name)


KINDS_LISTED = KindsListed()
