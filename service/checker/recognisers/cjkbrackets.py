"""Numbers inside the brackets of East Asian typography (``【…】``, ``〖…〗``, ``「…」``) are page furniture.

    【xỉu 2.5/3】Triển khai chiến dịch uống vitamin A đợt 1 cho trẻ …
                                        (we-thua-thien-hue-cdc-tinh-bo-sung-vitamin-a-dot-1-2024-06: an aggregator's
                                         tag before the copied headline)
    【kronhacai】Phấn đấu 35% dân số toàn tỉnh tập luyện thể thao …   (u-hau-giang-tdtt-quan-chung-2021)

Notation: Vietnamese prose brackets with ``( )``, ``[ ]`` and quotes; the lenticular and corner brackets (U+3008–U+3011,
U+3014–U+301B) belong to Chinese and Japanese typography, and a Vietnamese page holds them only in what a copying site
wrapped around the article (its tags, keywords, spam) — a tag opening its line, before the copied headline. Every
number between such an opening bracket and its closing bracket is claimed as furniture; the text after the closing
bracket is read as usual. A bracket inside a sentence is not a tag: its numbers stay read, so a draft cannot hide a
figure from the checker in East Asian brackets (``Doanh thu đạt 【500 tỷ đồng】``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

#: An opening CJK bracket, up to 120 characters of one line, its own closing bracket.
_BRACKETED = re.compile(r"(?:【([^【】\n]{0,120})】|〖([^〖〗\n]{0,120})〗|「([^「」\n]{0,120})」|『([^『』\n]{0,120})』|"
                        r"〔([^〔〕\n]{0,120})〕|《([^《》\n]{0,120})》|〈([^〈〉\n]{0,120})〉)")
_NUMBER = re.compile(r"\d(?:[\d.,/:\-]*\d)?")
_HAS = re.compile(r"[\u3008-\u3011\u3014-\u301b]")


class CjkBrackets(Recogniser):
    """Each number between East Asian brackets (see the module)."""

    name, kind = "cjk-brackets", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if not _HAS.search(text, a, b):
            return
        for m in _BRACKETED.finditer(text, a, b):
            if text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
                continue  # inside a line's prose, no tag before a headline
            g = next(i for i in range(1, 8) if m.group(i) is not None)
            for n in _NUMBER.finditer(text, m.start(g), m.end(g)):
                yield Claim(n.start(), n.end(), self.kind, "page furniture between East Asian brackets", self.name)


CJK_BRACKETS = CjkBrackets()
