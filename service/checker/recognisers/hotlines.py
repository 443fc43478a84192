"""A hotline's number said again: ``đường dây nóng 1022 và 115``, ``đường dây khẩn cấp 115``, ``tiếp nhận hệ thống
115`` (baobinhduong, Bình Dương's hotlines), ``đường dây nóng "1022"`` (laodong.vn, Hà Nội's).

A short number (three to five digits, no separator) that the page gives after a phone word somewhere (``tổng đài 115``,
``nhánh số 4 tổng đài 1022``) is that number wherever it stands within a few words after a phone word again — as the
second of two (``1022 và 115``), after another kind of line (``đường dây khẩn cấp``), or in quotes. A number right
after a verb of counting (``tiếp nhận 115 cuộc gọi``) is a count and stays."""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, alternation
from service.checker.recognisers.vocab import PHONE_LABELS

_LABEL = alternation(PHONE_LABELS)
#: where a page names its hotline: a phone word, perhaps a quote, the number
_NAMED = re.compile(rf"(?i)(?<!\w)(?:{_LABEL})\s*[:.]?\s*[\"“']?(\d{{3,5}})(?![\d.,]?\d)")
_SHORT = re.compile(r"(?<![\w.,/])[\"“']?(\d{3,5})(?![\d.,/]?\d)")
#: ``Cổng thông tin 1022 đã tiếp nhận …`` (c32-plo, and tintuc.vdong's «Cổng thông tin 1022 (Tổng đài 1022)»): the
#: city's portal named by its hotline's number
_LABEL_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_LABEL}|đường\s+dây(?:\s+[^\W\d_]+){{0,2}}|hệ\s+thống|cổng\s+thông\s+tin)(?!\w)")
#: a count's verb or qualifier right before the number: it counts something
_COUNTED = re.compile(r"(?i)(?<!\w)(?:nhận|tiếp\s+nhận|có|đạt|gần|hơn|trên|khoảng|được|với|là)\s*[\"“']?$")
_WINDOW = 45


class RepeatedHotline(Recogniser):
    name, kind = "hotline-repeated", "contact"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lower = text[a:b].lower()
        if "dây" not in lower and "tổng đài" not in lower and "hotline" not in lower and "cổng thông tin" not in lower:
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


#: ``Nhánh 0 (phản ánh các hành vi vi phạm …)``, ``Nhánh 1 (gửi ý kiến góp ý …)`` … (c32-plo, the city's hotline 1022),
#: ``Tổng đài 1022 - nhánh 2 đã tiếp nhận …``, ``(phím 0)`` (tintuc.vdong, the same hotline): a hotline's branch or key
#: by its one digit
_BRANCH = re.compile(r"(?i)(?<!\w)(?:nhánh|phím)\s+(\d)(?![\d.,]?\d)(?!\s*(?:%|[^\W\d_]+\s+(?:người|cuộc|tin|ý\s+kiến)(?!\w)))")


class HotlineBranch(Recogniser):
    """A branch or key of a hotline the page names (``tổng đài``, ``đường dây nóng``, ``hotline``): ``Nhánh 0``,
    ``nhánh 2``, ``phím 4`` — a name of the line's menu, not a count. Only one digit (a menu has no more), and only on a
    page that names a hotline: ``3 nhánh sông``, ``Chi nhánh 12`` are other things."""

    name, kind = "hotline-branch", "contact"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lower = text[a:b].lower()
        if "nhánh" not in lower and "phím" not in lower:
            return
        if not _NAMED.search(text):
            return
        for m in _BRANCH.finditer(text, a, b):
            yield Claim(m.start(1), m.end(1), self.kind, "a hotline's branch", self.name)


HOTLINE_BRANCH = HotlineBranch()


#: ``Đường dây nóng hỗ trợ   1900 54 54 81`` (xg-bac-ninh-buu-dien and t18-vnpost, the post's page header; the same
#: numbering as ``Tổng đài 1800.6838``, zb-toan-quoc-bao-ve-nguoi-tieu-dung, and ``đường dây nóng (18001136)``,
#: w-lao-cai-tre-em): a service number — 1800 or 1900 and four or six digits more, in groups — after a phone word
#: earlier on its line, though other words stand between (``hỗ trợ``). Its groups are no counts.
_SERVICE = re.compile(r"(?<![\w.,/])(1[89]00(?:[ \t.]?\d{2,4}){1,3})(?![\w.,/]?\d)")
_LABEL_ON_LINE = re.compile(rf"(?i)(?<!\w)(?:{_LABEL})(?!\w)[^\n.;]{{0,40}}$")


def _service_number(text: str, m: re.Match) -> bool:
    digits = sum(ch.isdigit() for ch in m.group(1))
    if digits not in (8, 10):
        return False
    return bool(_LABEL_ON_LINE.search(text, max(0, m.start() - 60), m.start()))


SERVICE_NUMBER = Rule("hotline-service-number", "contact", "phone number", _SERVICE, accept=_service_number,
                      needs=("dây nóng", "hotline", "tổng đài", "điện thoại", "liên hệ"))
