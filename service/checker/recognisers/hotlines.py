"""A hotline's number said again: ``đường dây nóng 1022 và 115``, ``đường dây khẩn cấp 115``, ``tiếp nhận hệ thống
115`` (baobinhduong, Bình Dương's hotlines), ``đường dây nóng "1022"`` (laodong.vn, Hà Nội's).

A short number (three to five digits, no separator) that the page gives after a phone word somewhere (``tổng đài 115``,
``nhánh số 4 tổng đài 1022``) is that number wherever it stands within a few words after a phone word again — as the
second of two (``1022 và 115``), after another kind of line (``đường dây khẩn cấp``), or in quotes. A number right
after a verb of counting (``tiếp nhận 115 cuộc gọi``) is a count and stays."""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, alternation
from service.checker.recognisers.vocab import PHONE_LABELS

_LABEL = alternation(PHONE_LABELS)
#: where a page names its hotline: a phone word, perhaps a quote, the number
_NAMED = re.compile(rf"(?i)(?<!\w)(?:{_LABEL})\s*[:.]?\s*[\"“']?(\d{{3,5}})(?![\d.,]?\d)")
_SHORT = re.compile(r"(?<![\w.,/])[\"“']?(\d{3,5})(?![\d.,/]?\d)")
_LABEL_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_LABEL}|đường\s+dây(?:\s+[^\W\d_]+){{0,2}}|hệ\s+thống)(?!\w)")
#: a count's verb or qualifier right before the number: it counts something
_COUNTED = re.compile(r"(?i)(?<!\w)(?:nhận|tiếp\s+nhận|có|đạt|gần|hơn|trên|khoảng|được|với|là)\s*[\"“']?$")
_WINDOW = 45


class RepeatedHotline(Recogniser):
    name, kind = "hotline-repeated", "contact"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lower = text[a:b].lower()
        if "dây" not in lower and "tổng đài" not in lower and "hotline" not in lower:
            return
        named = {m.group(1) for m in _NAMED.finditer(text)}
        if not named:
            return
        for m in _SHORT.finditer(text, a, b):
            if m.group(1) not in named:
                continue
            before = text[max(0, m.start() - _WINDOW):m.start()]
            cut = max(before.rfind("."), before.rfind("\n"), before.rfind(";"))
            before = before[cut + 1:]
            if _COUNTED.search(before) or not _LABEL_BEFORE.search(before):
                continue
            yield Claim(m.start(1), m.end(1), self.kind, "phone number", self.name)


REPEATED_HOTLINE = RepeatedHotline()
