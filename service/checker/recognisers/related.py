"""Other stories' teasers at a page's foot: once a line that is only a related-reading heading (``Có thể bạn quan tâm``,
``Tin liên quan``, ``Bài viết liên quan``, ``Tin cùng chuyên mục``, ``Đọc thêm``, ``Xem thêm``, ``Tin khác``) closes
the article, what follows it is another story's (``Có thể bạn quan tâm`` / ``Hiện tại anh Tuyên đang nuôi hơn một vạn
con cá, gần 300 con ngan lấy thịt, hơn 400 con vịt đẻ``: c22-2lua-thainguyen-trangtrai-2014) — no figure of the
period. The heading is furniture: a short line, no digit, naming the reader's further reading; it must come after
some article text (a heading at the top is a menu, and what follows it is the article)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_HEADING = re.compile(r"(?im)^[ \t#*>|•-]*(?:(?:có\s+thể\s+)?bạn\s+(?:có\s+thể\s+)?quan\s+tâm|(?:tin|bài|bài\s+viết|tin\s+bài)"
                      r"\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác|mới\s+hơn|cũ\s+hơn)|các\s+tin\s+(?:khác|liên\s+quan)"
                      r"|đọc\s+thêm|xem\s+thêm|tin\s+đọc\s+nhiều)[ \t:.…*]*$")
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_MIN_ARTICLE = 300   # characters of article before the heading


@lru_cache(maxsize=64)
def _foot(text: str) -> int | None:
    for m in _HEADING.finditer(text):
        if m.start() >= _MIN_ARTICLE:
            return m.end()
    return None


class RelatedFoot(Recogniser):
    name, kind = "related-foot", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        foot = _foot(text)
        if foot is None or b <= foot:
            return
        for n in _NUMBER.finditer(text, max(a, foot), b):
            yield Claim(n.start(), n.end(), self.kind, "another story's teaser after a related-reading heading", self.name)


RELATED_FOOT = RelatedFoot()
