"""The parts of a person's teaching, counted: ``9 điều y huấn cách ngôn của Đại y tôn Hải Thượng Lãn Ông``
(yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016), ``sinh hoạt 5 điều Bác Hồ dạy``, ``thuộc 5 điều Bác dạy``
(c40-thphanhuyich-5-dieu-bac-ho-day). How many precepts a teaching has is what the teaching is, no figure of the period.

The grammar: a number, a noun for the parts of a definition (``names.DEFINITION_NOUNS``: ``điều``, ``nguyên tắc``,
``tiêu chí`` …), a few lower-case words of its name, then the one it belongs to by name (a capitalised word, not an
abbreviation): after ``của`` (``… cách ngôn của Đại y tôn``), or right after the noun with a verb of teaching after the
name (``điều Bác Hồ dạy``, ``lời Bác căn dặn``). A result counted (``đạt 19 tiêu chí Nông thôn mới``, ``hoàn thành 5
nhiệm vụ của Đảng ủy``) is what the period did: a verb of reaching before the number keeps it a figure.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, alternation
from service.checker.recognisers.vocab import DEFINITION_NOUNS

_COUNTED = re.compile(r"(?<![\d.,/])(\d{1,2})[ \t]+(?i:" + alternation(DEFINITION_NOUNS) + r")(?!\w)")
#: the words after the noun, up to eight, on the same clause
_WORDS = re.compile(r"(?:[ \t]+[^\W\d_]+){1,8}")
_TAUGHT = re.compile(r"(?i)(?<!\w)(?:dạy|căn[ \t]+dặn|dặn|răn)(?!\w)")
_ASSIGNED = re.compile(r"(?i)(?<!\w)(?:giao|đề[ \t]+ra|phát[ \t]+động|ban[ \t]+hành|chỉ[ \t]+đạo)(?!\w)")
_REACHED_BEFORE = re.compile(r"(?i)(?<!\w)(?:đạt|hoàn[ \t]+thành|thực[ \t]+hiện[ \t]+được|còn|thiếu|có|được)[ \t]+"
                             r"(?:(?:đủ|cả|được)[ \t]+)?$")


def _a_name(word: str) -> bool:
    """A capitalised word, not an abbreviation (``Bác``, ``Đại``; not ``UBND``)."""
    return word[:1].isupper() and not word.isupper()


class TeachingParts(Recogniser):
    """Claims the count of a named person's precepts (see the module)."""

    name, kind = "teaching-parts", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _COUNTED.finditer(text, a, b):
            w = _WORDS.match(text, m.end())
            if w is None or _REACHED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue
            words = w.group().split()
            k = next((i for i, x in enumerate(words) if x[:1].isupper()), None)
            if k is None or k > 5 or not _a_name(words[k]):
                continue   # no name within reach, or an abbreviation (UBND)
            if _ASSIGNED.search(" ".join(words[k:k + 5])):
                continue   # "23 chỉ tiêu của Tỉnh hội giao" (ys-ca-mau-phu-tan): targets a body set, a figure
            of = k > 0 and words[k - 1] == "của"
            taught = k == 0 and _TAUGHT.search(" ".join(words[1:5])) is not None
            if of or taught:
                yield Claim(m.start(1), m.end(1), self.kind, "number of precepts of a named person's teaching",
                            self.name)


TEACHING_PARTS = TeachingParts()
