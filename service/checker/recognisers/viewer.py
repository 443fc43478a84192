"""What a document viewer, a rating box or a session notice prints around a page, no figure of it
(zi-tp-ho-chi-minh-quan-3-phat-giao-phat-su-2022, zi-quang-nam-hoi-an-khach-tham-quan-di-tich-2017-q3):

- a page count: ``Tải xuống 1 / 15 trang``, ``1/15 trang``;
- a rating: ``Tổng số điểm của bài viết là: 0 trong 0 đánh giá``, ``4,5/5 (12 bình chọn)``;
- a session notice: ``Thời gian chờ: 60 giây``;
- a viewer's English interface: ``Published on Jun 22,2023``, ``Only 9 days left!``, ``P:43  42`` (page markers);
- a file name joined by underscores with its parts and copy number: ``KY YEU HTCT T3_Tr1-400.compressed (1)``.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_PAGES = re.compile(r"(?i)(?<![\d/])(\d{1,4}\s{0,3}/\s{0,3}\d{1,4})[ \t]*trang(?!\w)")  # "1\n/ 15 trang": a widget's lines
PAGE_COUNT = Rule("page-count", "page", "a viewer's page count", _PAGES, needs=("trang",))

_RATING = re.compile(r"(?i)(?:điểm|đánh\s+giá|bình\s+chọn|rating)[^\n\d]{0,30}?((?<![\w.,])\d+(?:[.,]\d+)?[ \t]*"
                     r"(?:trong|/|trên)[ \t]*\d+)[ \t]*\(?(?:đánh\s+giá|lượt\s+đánh\s+giá|phiếu|bình\s+chọn|sao|votes?)"
                     r"(?!\w)")  # (not "cao điểm 30/4": the count of ratings must follow)
RATING = Rule("rating", "furniture", "a rating box", _RATING, needs=("điểm", "đánh giá", "bình chọn", "rating"))

_WAIT = re.compile(r"(?i)thời\s+gian\s+(?:chờ|còn\s+lại|đăng\s+nhập)\s*:?\s*(\d{1,4})\s*(?:giây|phút)(?!\w)")
SESSION = Rule("session-notice", "furniture", "a session notice", _WAIT, needs=("thời gian",))

PUBLISHED = Rule("viewer-published", "date", "a viewer's date of publishing",
                 re.compile(r"(?i)\b(?:published|updated|posted|uploaded)\s+(?:on\s+)?((?:[a-z]{3,9}\.?\s+\d{1,2}\s*,"
                            r"\s*\d{4})|(?:\d{1,2}\s+[a-z]{3,9}\.?\s*,?\s*\d{4}))"),
                 needs=("published", "updated", "posted", "uploaded"))
_ENGLISH = (
    re.compile(r"(?i)\bonly\s+(\d{1,4})\s+(?:days?|hours?|minutes?|pages?)\s+left\b"),
    re.compile(r"(?m)(?<![\w:])P:[ \t]?(\d{1,4}(?:[ \t]+\d{1,4})?)(?![\d.,])"),
)
ENGLISH_UI = Rule("viewer-ui", "furniture", "a viewer's interface in English", *_ENGLISH,
                  needs=("only", "p:"))

_FILE_COPY = re.compile(r"(?<![\w/.])((?:[^\W_]*_)+[^\W_]+(?:[-.][^\W_]+)*(?:[ \t]*\(\d{1,2}\))?)(?![\w/])")
FILE_COPY = Rule("file-copy-name", "furniture", "file name with its parts and copy number", _FILE_COPY,
                 accept=lambda text, m: any(c.isdigit() for c in m.group(1)) and any(c.isalpha() for c in m.group(1)),
                 needs=("_",))

#: ``Tổng lượt xem bài viết là: 35`` (c21-nguyenxa-thaibinh-vumua-2021, above the rating box ``Tổng số điểm của bài
#: viết là: 0 trong 0 đánh giá``): a portal's count of views of the page, alone at the end of its line.
_VIEWS_TOTAL = re.compile(r"(?im)tổng\s+(?:số\s+)?lượt\s+(?:xem|truy\s+cập|đọc)(?:\s+(?:của\s+)?(?:bài\s+viết|bài|tin"
                          r"|trang))?(?:\s+là)?\s*:?[ \t]*(\d{1,3}(?:\.\d{3})*|\d+)[ \t]*$")
VIEWS_TOTAL = Rule("views-total", "furniture", "a portal's count of views of the page", _VIEWS_TOTAL,
                   needs=("lượt xem", "lượt truy cập", "lượt đọc"))
