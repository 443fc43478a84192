"""``<noun> [số] N``: recognisers keyed on the noun written right before a number.

Vietnamese puts a label noun before its number (``Quyết định 290``, ``tuần 1``, ``thôn 7``,
``Trung đoàn 812``) and a counted noun after it (``290 hộ``).  Rather than running one long
case-insensitive alternation of nouns over the text (slow: it is tried at every position), these
recognisers go from each number to the few words before it and look them up in a set.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from service.checker.recognisers import Claim, Recogniser, alternation
from service.checker.recognisers.vocab import COUNT_UNITS

#: A number as the label recognisers see it: ``290``, ``27`` (of ``Km 27+500``), ``1.2`` (``Điều 1.2``).
NUMBER = re.compile(r"\d(?<![\w.,/]\d)\d*(?:[.,]\d+)*")
_WINDOW = 60
#: Up to the last empty line of a stretch (``.*`` greedy over lines: the match ends after the last one).
_BLANK_LINE = re.compile(r"(?s).*\n[ \t\u00a0]*\n")


_PIECE = re.compile(r"\([^()\s]{1,10}\)|(?:[^\W\d_]|[\u0300-\u036f])+|\S")  # marks: NFD words stay whole


@lru_cache(maxsize=64)
def numbers_in(text: str, a: int, b: int) -> tuple[tuple[int, int, str, str], ...]:
    """``(start, end, numeral, word before it)`` of every number in ``text[a:b]``: found once per window,
    shared by every recogniser that starts from the numbers."""
    return tuple((m.start(), m.end(), m.group(), last_word(text, m.start())) for m in NUMBER.finditer(text, a, b))


@lru_cache(maxsize=4096)
def last_word(text: str, s: int) -> str:
    """The token right before ``s`` (lower case), cheaply: recognisers look at it before anything else."""
    j = s
    while j > 0 and text[j - 1] in " \t\n\r\u00a0":
        j -= 1
    k = j
    while k > 0 and k > j - 25 and _in_word(text[k - 1]):
        k -= 1
    return text[k:j].lower() if k < j else text[j - 1:j]


def _in_word(c: str) -> bool:
    return c.isalpha() or "\u0300" <= c <= "\u036f"


@lru_cache(maxsize=4096)
def words_before(text: str, s: int) -> tuple[str, ...]:
    """The tokens (up to ten) right before ``s``, nearest last, with only blanks between them.

    A token is a word, an abbreviation in parentheses (``(BBĐP)``) or one other character
    (punctuation, a digit).  No token is taken across an empty line: a paragraph ends there, where a hard wrap
    never falls (``Mức 1`` / blank / ``Mức 2``: the ``1`` above counts no ``Mức``).  Cached: every noun recogniser
    asks about the same numbers.
    """
    lo = max(0, s - _WINDOW)
    blank = _BLANK_LINE.search(text[lo:s])
    if blank is not None:
        lo += blank.end()
    parts = text[lo:s].split()
    if lo > 0 and parts and not text[lo - 1].isspace() and not text[lo].isspace():
        parts = parts[1:]  # a word cut by the window's start
    out: list[str] = []
    for part in reversed(parts):
        out[:0] = _PIECE.findall(part)
        if len(out) >= 10:
            break
    return tuple(out[-10:])


def noun_at_end(words, nouns: frozenset[str], longest: int) -> int:
    """How many of the last ``words`` (any case) form a noun of ``nouns`` (the longest such), or 0."""
    best, phrase = 0, ""
    for k in range(1, min(longest, len(words)) + 1):
        w = words[-k]
        if not w[0].isalpha():
            break
        phrase = w.lower() + (" " + phrase if phrase else "")
        if phrase in nouns:
            best = k
    return best


def noun_set(nouns) -> tuple[frozenset[str], int]:
    items = frozenset(n.lower() for n in nouns)
    return items, max(len(n.split()) for n in items)


class NounBefore(Recogniser):
    """A number right after one of ``nouns`` (``<noun> [số|:] N``) is claimed, when ``accept`` agrees.

    ``accept(text, start, end, words, k)`` sees the number's span, the tokens before it (``words``,
    nearest last, with ``số``/``:`` removed) and how many of them the noun took; it returns the end
    of the claim (the number's end, or further: ``Km 27+500``) or ``None`` to refuse.
    """

    def __init__(self, name: str, kind: str, note: str, nouns, accept: Callable, *, so: bool = True,
                 colon: bool = False):
        self.name, self.kind, self.note, self.accept = name, kind, note, accept
        self.nouns, self.longest = noun_set(nouns)
        self.last_words = frozenset(n.split()[-1] for n in self.nouns)
        self.so, self.colon = so, colon

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e, _, lw in numbers_in(text, a, b):
            if lw not in self.last_words and lw not in ("số", ":"):
                continue
            words = words_before(text, s)
            if s > 0 and not text[s - 1].isspace() and not self.colon:
                continue  # glued to what precedes it
            if self.colon and words and words[-1] == ":":
                words = words[:-1]
            if self.so and words and words[-1].lower() == "số":
                words = words[:-1]
            if self.colon and words and words[-1] == ":":
                words = words[:-1]
            if not words or words[-1].lower() not in self.last_words:
                continue
            k = noun_at_end(words, self.nouns, self.longest)
            if not k:
                continue
            end = self.accept(text, s, e, words, k)
            if end is not None:
                yield Claim(s, end, self.kind, self.note, self.name)



_BEFORE_COUNT = frozenset(("mỗi", "các", "những"))
#: What makes the number a count after all: a counted noun after it (lower case: ``tổ 02 người``; not ``tổ 8 xã
#: Hàm Chính``, where a capitalised name follows) or a ratio (``Binh chủng 363/363``).
COUNTED = re.compile(rf"\s+(?:{alternation(COUNT_UNITS)})(?!\w)(?!\s+[A-ZĐ])|\s?/\s?\d")


def after_a_count(words: list[str], k: int) -> bool:
    """``mỗi tổ 02 người``, ``các thôn 3``, ``5 đợt 2``: the noun is counted or distributed, not a label."""
    prev = words[-k - 1] if len(words) > k else ""
    digits = ""   # the number before the noun, whole (tokens are single digits: "2", "0", "2", "2")
    for w in reversed(words[:len(words) - k]):
        if not w.isdigit():
            break
        digits = w + digits
    before = words[-k - len(digits) - 1].lower() if len(words) > k + len(digits) else ""
    if len(digits) == 4 and digits[:2] in ("19", "20") and before in ("", "năm", "trong", "từ", "đến", "tới"):
        return False  # "trong năm 2022 ảnh 1": a year before the noun counts nothing
    if digits and before in ("-", "/"):
        return False  # "2023-07 Tổ dân phố 15", "ngày 12/3 tổ 5": a date's last part before the noun counts nothing
    return prev.lower() in _BEFORE_COUNT or prev.isdigit()
