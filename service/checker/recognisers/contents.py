"""A table of contents (``MỤC LỤC``): each title closed by its page number, each title opened by its section number.

A document-sharing page prints the contents of the file it shows, often flattened onto one line
(c17-123doc-ntm-theodoi-baocao: ``MỤC LỤC LỜI NÓI ĐẦU 4 … 6 1.1 Khái niệm 6 1.2. Phân biệt giữa theo dõi và đánh giá 6
…``; a thesis on 123docz.net: ``MỤC LỤC`` / ``PHẦN I: MỞ ĐẦU 1`` / ``CHƯƠNG 1: … HÀNG HOÁ .3`` / ``1.3 Cân bằng thị
trường 4``).  Its numbers are pages and sections, no figure.

A table of contents is a run of short titles, each closed by a number: from the heading ``MỤC LỤC`` to the number,
no stretch of more than :data:`_TITLE_WORDS` words goes without a digit (a paragraph of prose does).  In it:

- a page number: one to three digits after a title (or after the page number of a title whose line was lost,
  ``… CHƯƠNG TRÌNH 16 2 II.``, or after dot leaders, ``HÀNG HOÁ .3``), followed by the next title (a capital letter, a
  section number) or the end of the line;
- a section number run in after a page number: ``6 1.1 Khái niệm``, ``3 1.1.Khái niệm``.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: The heading of a table of contents.
_HEADING = re.compile(r"MỤC\s+LỤC|Mục\s+lục")
#: How far a table of contents runs after its heading.
_REACH = 4000
#: The most words a title of the contents holds before its page number.
_TITLE_WORDS = 25
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def _in_contents(text: str, at: int) -> bool:
    """A heading ``MỤC LỤC`` stands before ``at`` and every stretch between it and ``at`` is a short title."""
    start = max(0, at - _REACH)
    heads = list(_HEADING.finditer(text, start, at))
    if not heads:
        return False
    stretch = text[heads[-1].end():at]
    return all(len(_WORD.findall(part)) <= _TITLE_WORDS for part in _DIGIT.split(stretch))


#: What follows a page number: the next title (a capital letter), a section number, a Roman numeral's heading, or the
#: end of the line or the text.
_NEXT = re.compile(r"[ \t]*(?:$|\n|(?:\d{1,2}\.)+\d{0,2}[ \t]*[^\W\d_]|\d{1,3}[ \t]+[IVXLC]+\.|[^\W\d_])", re.M)


def _page_number(text: str, m: re.Match) -> bool:
    before = text[max(0, m.start(1) - 3):m.start(1)]
    if not re.search(r"(?:[^\W\d_]|[:.]|\d)[ \t]*\.?$", before):
        return False
    nxt = _NEXT.match(text, m.end(1))
    if nxt is None:
        return False
    follow = nxt.group().strip()
    if follow and follow[0].isalpha() and not follow[0].isupper():
        return False  # "cầu 3 loại": a word in lower case goes on the sentence
    return _in_contents(text, m.start(1))


#: A number of one to three digits standing alone (not part of ``1.1``, ``11/1960``, ``3,5``); after dot leaders
#: (``HOÁ .3``) too.
_PAGE = re.compile(r"(?<![\d,/])(?<!\d\.)(\d{1,3})(?![\d,/%]|\.\d)")
PAGE = Rule("contents-page", "page", "page number in a table of contents", _PAGE, accept=_page_number,
            needs=("mục lục",))


def _section_after_page(text: str, m: re.Match) -> bool:
    rest = text[m.end(1):m.end(1) + 3].lstrip(" \t")
    return bool(rest) and rest[0].isupper() and _in_contents(text, m.start(1))


#: ``6 1.1 Khái niệm``, ``3 1.1.Khái niệm``: a dotted section number run in after the page number of the title before.
_SECTION = re.compile(r"(?<=\d[ \t])((?:\d{1,2}\.)+\d{0,2})[ \t]*(?=[^\W\d_])")
SECTION = Rule("contents-section", "section", "section number in a table of contents", _SECTION,
               accept=_section_after_page, needs=("mục lục",))
