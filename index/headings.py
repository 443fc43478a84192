"""Heading styles as small named recognisers, composed in :func:`match_heading`.

Official reports number their headings in a handful of ways; each way is one
recogniser here, outermost rank first:

=========  =====================================================  ===========
kind       written                                                rank
=========  =====================================================  ===========
part       ``PHẦN THỨ NHẤT``, ``Phần thứ hai:``, ``PHẦN I``         0
alpha      ``A.``, ``B)`` (not I, V, X: those are Roman)            0.5
roman      ``I.``, ``II-``, ``III/``, ``IV)``, ``V –``               1
arabic     ``1.``, ``1.Công tác``, ``1)``, ``1-``, ``1/``            2
decimal    ``1.1.``, ``2.3``, ``2.3.1.``, ``1.2.Công tác``           2 + dots
letter     ``a)``, ``b.``, ``c-``, ``đ)``                            9
=========  =====================================================  ===========

A recogniser only says "this line starts with numbering a heading uses and
the text after it starts in upper case"; whether the numbered paragraph is a
heading or an item of a list is decided by grammar in :func:`list_item`,
which needs the paragraph before it and what is open (``structure.py``).

Unnumbered headings are shapes, not numbering: :func:`bold_heading_shape`
(a short, whole-bold paragraph in a .docx), :func:`caps_heading_shape` (a
short ALL-CAPS line, any format) and :func:`title_line_shape` (a short line
standing alone between blank lines in plain text, used only when a text has
no other headings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text import ends_sentence, first_letter, first_sentence_end, is_all_caps, squash

_ROMAN_OK = re.compile(r"^(X{0,2})(IX|IV|V?I{0,3})$")
_RANK = {"part": 0, "alpha": 0.5, "roman": 1, "arabic": 2, "letter": 9}
_UPPER_START = r"(?=[\"“'‘(\[]?[A-ZĐÀ-Ỹ])"


@dataclass
class HeadMatch:
    kind: str
    number: str
    rest: str
    delim: str = "."    # the numbering's punctuation as written: ".", ")", "-", "/", "" (none)

    @property
    def rank(self) -> float:
        if self.kind == "decimal":
            return 2 + self.number.count(".")
        return _RANK[self.kind]

    @property
    def value(self) -> int | None:
        """The item's position among its siblings (``III`` → 3, ``2.4`` → 4, ``b`` → 2), if it has one."""
        last = self.number.split(".")[-1]
        if self.kind in ("arabic", "decimal") and last.isdigit():
            return int(last)
        if self.kind == "roman":
            return _roman_value(self.number)
        if self.kind in ("letter", "alpha"):
            return "abcdđeghiklmnopqrstuvxy".find(self.number.lower()) + 1 or None
        return None


def _roman_value(r: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(r, r[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals.get(b, 0) > v else v
    return total


def starts_upper(text: str) -> bool:
    ch = first_letter(text[:3])
    return bool(ch) and ch.isupper()


# -- the recognisers ------------------------------------------------------------------------

_PART = re.compile(r"^(PH[ẦẤA]N\s+(?:TH[ỨU]\s+(?:NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|TÁM)|MỘT|[IVX]{1,4}|\d{1,2}))\b\s*[.:\-–]?\s*(.*)$",
                   re.I)


def part(text: str) -> HeadMatch | None:
    """``PHẦN THỨ NHẤT``, ``Phần thứ hai: ...``, ``PHẦN I``; its title may be on the same line or the next."""
    m = _PART.match(text)
    if m and (not m.group(2) or starts_upper(m.group(2))):
        return HeadMatch("part", squash(m.group(1)).upper(), m.group(2).strip())
    return None


_ALPHA = re.compile(r"^([A-HJ-UWYZĐ])\s*([.)\-–])\s+" + _UPPER_START + r"(.+)$")


def alpha(text: str) -> HeadMatch | None:
    """``A. KẾT QUẢ ...``, ``B) Phương hướng``, ``A- NHỮNG THÀNH TỰU``: capital letters above the Roman numerals."""
    m = _ALPHA.match(text)
    return HeadMatch("alpha", m.group(1), m.group(3).strip(), m.group(2)) if m else None


_ROMAN = re.compile(r"^([IVX]{1,5})\s*([.)\-–/])\s*(.+)$")


def roman(text: str) -> HeadMatch | None:
    """``I.``, ``II-``, ``III/``, ``IV)``, ``V –`` (a valid numeral, text in upper case after it)."""
    m = _ROMAN.match(text)
    if m and _ROMAN_OK.match(m.group(1)) and starts_upper(m.group(3)):
        return HeadMatch("roman", m.group(1), m.group(3).strip(), m.group(2))
    return None


_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})(?!\d)(\.?)(?:\s*[)\-–]\s*|\s+|(?<=\.)" + _UPPER_START + r")(.+)$")


def decimal(text: str) -> HeadMatch | None:
    """``1.1.``, ``2.3 Tiêu đề``, ``2.3.1.``, ``1.2.Công tác`` (depth from the number of parts)."""
    m = _DECIMAL.match(text)
    if m and starts_upper(m.group(3)):
        return HeadMatch("decimal", m.group(1), m.group(3).strip(), m.group(2))
    return None


_ARABIC = re.compile(r"^(\d{1,2})(?!\d)(?:\s*([.)])\s*|\s*([-–/])\s+)(.+)$")


def arabic(text: str) -> HeadMatch | None:
    """``1.``, ``1.Công tác`` (no space), ``1)``, ``1-``, ``1 –``, ``1/``; a bare ``8 (khoảng`` is a wrapped number."""
    m = _ARABIC.match(text)
    if not m or not starts_upper(m.group(4)):
        return None
    delim = m.group(2) or m.group(3)
    if delim == "." and text[len(m.group(1)) + 1:len(m.group(1)) + 2].isdigit():
        return None   # "1.200 hội viên"
    return HeadMatch("arabic", m.group(1), m.group(4).strip(), delim)


_LETTER = re.compile(r"^([a-zđ])\s*([.)\-/])\s*(.+)$")


def letter(text: str) -> HeadMatch | None:
    """``a)``, ``b.``, ``c-``, ``đ)`` followed by upper case."""
    m = _LETTER.match(text)
    if m and starts_upper(m.group(3)) and (m.group(2) != "/" or text[2:3] == " "):
        return HeadMatch("letter", m.group(1), m.group(3).strip(), m.group(2))
    return None


RECOGNISERS = (part, alpha, roman, decimal, arabic, letter)


def match_heading(text: str) -> HeadMatch | None:
    """The numbering a line starts with, if it is one a section heading uses."""
    for recognise in RECOGNISERS:
        h = recognise(text)
        if h is not None:
            return h
    return None


# -- heading or list item: grammar -------------------------------------------------------------

_LIST_END = (";", ",", "；")


def list_item(head: HeadMatch, text: str, prev_text: str | None, prev_is_heading: bool,
              open_value: int | None, in_list: bool, nested: bool = True, next_head: HeadMatch | None = None) -> bool:
    """A numbered paragraph that is an item of a list, not a heading.

    ``prev_text``: the paragraph before it; ``open_value``: the number of the
    open sibling heading of the same kind and rank (``None`` when none is
    open); ``in_list``: the paragraph before it was an item of such a list;
    ``nested``: a heading of a higher rank is open (an excerpt may start at ``2.``);
    ``next_head``: the numbering of the paragraph after it, if it has one.
    Parts and Roman numerals are always headings.  An item is one that

    * ends like a list item (``;`` or ``,``), or
    * continues a list (``in_list``) with the same numbering, or
    * opens a list after a lead-in ending in ``:`` or in a run of bullets
      (``- ...``, not a heading) and reads as a sentence (ends with ``.`` or
      holds more than one sentence) or is followed at once by item ``2``, or
    * counts backwards against the open sibling (``1.`` while ``2.`` is open),
      the way a list inside a section restarts its numbering, or starts past
      one under its parent (``3.`` with nothing before it).
    """
    if head.kind in ("part", "roman", "alpha"):
        return False
    body = text.rstrip()
    if body.endswith(_LIST_END):
        return True
    value = head.value
    sentence = (ends_sentence(body) and not body.endswith(":")) or bool(first_sentence_end(head.rest))
    if in_list:   # the list goes on, unless this is the next heading after the open one
        return sentence or value is None or open_value is None or value != open_value + 1
    after_lead_in = prev_text is not None and not prev_is_heading and (prev_text.rstrip().endswith(":")
                                                                       or is_bullet(prev_text))
    if after_lead_in and value == 1 and head.kind != "decimal":
        if sentence:
            return True
        if next_head is not None and next_head.kind == head.kind and next_head.value == 2:
            return True       # "bao gồm 05 đồng chí:" / "1. Đồng chí A" / "2. Đồng chí B": items with no text of their own
    if value is not None:
        if open_value is not None:
            return value < open_value          # "1." while "2." is open: a list restarting inside the section
        if value > 1 and head.kind != "decimal" and nested:
            return True                        # "3." with nothing before it under its parent
    return False


# -- unnumbered headings: shapes ----------------------------------------------------------------

_BULLET = re.compile(r"^[-–—+•▪●○◦*]\s*\S")
_BOLD_HEAD_MAX_WORDS = 15
_CAPS_HEAD_MAX_WORDS = 20


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) and not text.startswith("---")


def _heading_like(text: str, max_words: int) -> bool:
    words = text.split()
    if not 2 <= len(words) <= max_words or len(text) > 180:
        return False
    if ends_sentence(text) or text.endswith((",", "-", "–", "—")) or first_sentence_end(text):
        return False
    return starts_upper(text) and not is_bullet(text) and match_heading(text) is None


def bold_heading_shape(text: str) -> bool:
    """Could this whole-bold, unnumbered paragraph be a heading: short, upper-case start, not a sentence."""
    return _heading_like(squash(text), _BOLD_HEAD_MAX_WORDS)


def caps_heading_shape(text: str) -> bool:
    """A short ALL-CAPS line that is not a sentence ("KẾT QUẢ CÔNG TÁC TUYỂN QUÂN")."""
    text = squash(text)
    return is_all_caps(text) and _heading_like(text, _CAPS_HEAD_MAX_WORDS) and ":" not in text[:-1]


_TITLE_LINE_MAX_WORDS = 12
_NOT_TITLE = re.compile(r"(\d{1,2}/\d{1,2}|\b(Đ/c|đồng chí|Đồng chí|Ảnh|ảnh)\b|\s[-–]\s)")


def title_line_shape(text: str) -> bool:
    """A short line that could title what follows in plain text: 2-12 words, upper-case start, no sentence
    punctuation but a final full stop ("Về công tác hội và phong trào nông dân."), no digit, no person
    ("Đồng chí ...", "X - Chủ tịch ...": those are captions)."""
    text = squash(text)
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return _heading_like(text, _TITLE_LINE_MAX_WORDS) and not text.endswith(":") and not _NOT_TITLE.search(text) \
        and not re.search(r"\d", text)
