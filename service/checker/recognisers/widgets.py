"""What the widgets of a news page print: a comment box (``Bạn còn 500/500 ký tự``, ``nhập từ 5 ký tự trở lên``),
reaction and share counters written label first (``Thích 15``, ``Chia sẻ 25``, ``Bình luận (3)``, ``Lượt xem
1.024``) or behind a pictograph (``👍 12 · 💬 3``).  (Counters written number first or after a colon, ``(0) Bình
luận``, ``Lượt xem: 3.285``, are ``web.COUNTER``'s; temperatures of a weather box, ``Hà Nội 24°C - 31°C``, are
``labels.TEMPERATURE``'s.)

A counter written number first after the page's date stamp on the same line (``Đăng ngày: 02-08-2019; 492 lần
đọc``, ``14/07/2022 09:15 0 bình luận``) is ``STAMPED``'s.

A counter is a cell of its own: it starts a line or follows a separator (``|``, ``·``, ``•``) and its number ends
the cell.  ``Bài viết có 1.234 lượt xem`` inside a sentence is left alone: a report may count views of its own
programmes (``chuyên mục thu hút 12.000 lượt xem``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, alternation

#: ``500/500 ký tự``, ``từ 5 ký tự``, ``tối đa 1000 ký tự``: the length of what a reader may type.
_CHARACTERS = re.compile(r"(?i)(?<![\w.,])(\d{1,5}(?:\s*/\s*\d{1,5})?)\s*(?:ký|kí)\s+tự(?!\w)")
#: ``Tối thiểu 10 chữ Tiếng việt có dấu``: the same box counting words.
_WORDS_TYPED = re.compile(r"(?i)(?<!\w)(?:tối\s+thiểu|tối\s+đa|ít\s+nhất)\s+(\d{1,5})\s+chữ(?!\w)")
#: ``Bạn không thể gửi bình luận liên tục. Xin hãy đợi 60 giây nữa.``: the box's wait between two comments.
_WAIT = re.compile(r"(?i)(?<!\w)(?:hãy|vui\s+lòng|xin)\s+(?:chờ|đợi)\s+(\d{1,4})\s+(?:giây|phút)(?!\w)")
COMMENT_BOX = Rule("comment-box", "furniture", "a comment box's character count", _CHARACTERS, _WORDS_TYPED, _WAIT,
                   needs=("ký tự", "kí tự", "chữ", "đợi", "chờ"))

#: Reactions a page counts under an article (open-ended; these are the usual captions).
#: (Not ``ý kiến``, ``gửi``, ``đánh giá``: a hard-wrapped report line may start with them and end on a count.)
REACTION_LABELS = ("thích", "lượt thích", "chia sẻ", "lượt chia sẻ", "bình luận", "lượt bình luận", "lượt xem",
                   "lượt đọc", "lượt truy cập", "lượt tải", "đã xem", "in bài", "like", "likes", "share", "shares",
                   "comment", "comments", "view", "views", "tweet",
                   # over the box's button: ``Bình luận bài viết (0)`` / ``Gửi bình luận``
                   # (yw-toan-quoc-tong-cuc-dan-so-khhgd-so-sinh-2016-q1; ``Bình luận (0)`` in yr-, ye- pages)
                   "bình luận bài viết")
_CELL_START = r"(?:^|(?<=[|·•]))[ \t]*"
_CELL_END = r"[ \t]*(?=$|[|·•])"
_LABEL_FIRST = re.compile(rf"(?im){_CELL_START}(?:{alternation(REACTION_LABELS)})[ \t]*:?[ \t]*"
                          rf"(?:\((\d{{1,3}}(?:\.\d{{3}})*)\)|(\d{{1,3}}(?:\.\d{{3}})*))(?!\w){_CELL_END}")


class LabelFirst(Recogniser):
    """``Thích 15``, ``Bình luận (3)``, ``Chia sẻ 25 |``: a reaction caption, then its count, alone in a cell."""

    name, kind = "reaction-counter", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _LABEL_FIRST.finditer(text, a, b):
            g = 1 if m.group(1) is not None else 2
            yield Claim(m.start(g), m.end(g), self.kind, "page furniture counter", self.name)


REACTION = LabelFirst()

_AFTER_SYMBOL = re.compile(rf"(?m)(?:^|(?<=[|·•\s]))[^\w\s|·•]{{1,3}}[ \t]*(\d{{1,3}}(?:\.\d{{3}})*)(?!\w){_CELL_END}")


def _pictograph(text: str, m: re.Match) -> bool:
    """The mark before the number is a pictograph (``👍``, ``💬``, ``↗``, ``♥``), not punctuation or ``%``."""
    marks = text[m.start():m.start(1)].strip()
    return bool(marks) and all(unicodedata.category(ch) in ("So", "Sk", "Sm") and ch not in "+-=<>~^" for ch in marks)


PICTOGRAPH = Rule("pictograph-counter", "furniture", "page furniture counter", _AFTER_SYMBOL, accept=_pictograph)


#: What a page counts after its date stamp: ``492 lần đọc``, ``0 bình luận``, ``1.024 lượt xem``.
STAMP_COUNTED = ("lần đọc", "lần xem", "lượt đọc", "lượt xem", "lượt truy cập", "bình luận", "lượt bình luận",
                 "lượt thích", "lượt chia sẻ", "view", "views", "comment", "comments")
_STAMPED = re.compile(r"(?im)^[^\n]{0,60}?(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)"
                      r"(?:[ \t,]+\d{1,2}[:h]\d{2}(?::\d{2})?)?[ \t]*(?:\([^)\n]{0,12}\))?[ \t]*[;,|·•-]?[ \t]*"
                      rf"(\d{{1,3}}(?:\.\d{{3}})*)[ \t]*(?:{alternation(STAMP_COUNTED)})(?!\w)")
STAMPED = Rule("stamped-counter", "furniture", "page furniture counter (after the page's date)", _STAMPED,
               needs=("đọc", "xem", "bình luận", "lượt", "view", "comment"))
#: Counters with no word at all after the page's date and time, to the end of the line: ``Thứ hai - 19/04/2021 23:04
#: 1.047 0`` (views, comments).  A stamp and numbers alone on their line state nothing of the period.
_DATE = r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)"
_TIME = r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)"
_STAMPED_BARE = re.compile(rf"(?im)^[^\n\d]{{0,40}}(?:{_DATE}[ \t,|]+{_TIME}|{_TIME}[ \t,|]+{_DATE})[ \t]*[;,|·•-]?[ \t]*"
                           r"((?:\d{1,3}(?:\.\d{3})*[ \t]+)*\d{1,3}(?:\.\d{3})*)[ \t]*$")
STAMPED_BARE = Rule("stamped-bare-counter", "furniture", "page furniture counter (after the page's date and time)",
                    _STAMPED_BARE, needs=(":",))


class Widgets(Recogniser):
    """All of the above, in order."""

    name, kind = "widgets", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for rule in (COMMENT_BOX, REACTION, PICTOGRAPH, STAMPED, STAMPED_BARE):
            yield from rule.find(text, a, b)
