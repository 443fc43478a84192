"""A picture's caption that restates a figure of the body (template round 64).

A news page prints a photo with a caption that repeats the article's figure: ``KBNN từ chối thanh toán hơn 13 tỷ
đồng. Ảnh minh họa.`` before the body's ``… đồng thời từ chối thanh toán hơn 13 tỷ đồng chi sai nguyên tắc``
(xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1); ``Xuất khẩu gạo 5 tháng đầu năm 2022 đạt trên 1,35 tỷ USD. Ảnh: T.L``
after the lede's ``cả nước xuất khẩu gần 2,77 triệu tấn gạo, tương đương trên 1,35 tỷ USD``
(p14-thoibaotaichinh-gao-5t-2022).  The hands keep one row; the template made two.

The grammar: a paragraph that ends with the picture's credit — ``Ảnh minh họa``, ``Ảnh: <source>``, ``(Ảnh: …)`` — is
a caption.  A row of a caption whose value, unit and kind a row of another paragraph (no caption) has, with two
words in common in the sentences that state them, is that row said again: the body's row is kept, the caption's
quote added to its repeats.  A caption's figure the body does not state (``trao 100 suất quà … Ảnh: CTV`` with no
100 in the body) stays a row; two paragraphs that are no captions are left to the other readers.
"""

from __future__ import annotations

import re

from service.onboarding import phrases as P
from service.onboarding.model import Row

#: The picture's credit that ends a caption: ``Ảnh minh họa.``, ``Ảnh: VGP/Đỗ Hương``, ``(Ảnh: Int)``.
_CREDIT = re.compile(r"(?i)(?:^|[\s.,(|–-])ảnh(?:\s+minh\s+h(?:ọa|oạ)|\s*:\s*[^:()|\n]{1,40})\s*\)?\s*\.?\s*\|?\s*$")
_COMMON = 2


def is_caption(text: str) -> bool:
    return bool(_CREDIT.search(text.strip()))


def _sentence(text: str, row: Row) -> set[str]:
    start = row.sentence[1] if row.sentence else 0
    stop = re.search(r"\.(?=\s|$)|[!?\n]", text[start:])
    said = text[start:start + stop.start()] if stop else text[start:]
    return {w.lower() for w in P.words_of(said) if w[:1].isalpha()} - P.EDGE_WORDS


def captions_restated(rows: list[Row], texts: dict) -> list[Row]:
    """``rows`` with each caption's row that a body row states again folded into that body row (module docstring)."""
    caption = {key for key, text in texts.items() if is_caption(text)}
    if not caption:
        return rows
    body = [r for r in rows if r.sentence and r.sentence[0] in texts and r.sentence[0] not in caption]
    dropped = set()
    for r in rows:
        if not r.sentence or r.sentence[0] not in caption:
            continue
        said = _sentence(texts[r.sentence[0]], r)
        same = next((o for o in body if o.value == r.value and o.kind == r.kind and (o.unit or "") == (r.unit or "")
                     and len(said & _sentence(texts[o.sentence[0]], o)) >= _COMMON), None)
        if same is None:
            continue
        same.repeats.extend([r.quote, *r.repeats])
        dropped.add(id(r))
    return [r for r in rows if id(r) not in dropped]
