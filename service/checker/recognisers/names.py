"""Names that contain a number: ``Covid-19``, ``V-30``, mô hình ``"4 an toàn"``, ``"5 không, 3 sạch"``,
``mô hình 2 cấp``, ``2 nhiệm vụ chiến lược``, ``Trung đoàn 812``, ``Bệnh viện Quân y 175``."""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, alternation
from service.checker.recognisers.vocab import COUNT_UNITS, NAMING_NOUNS, SET_PHRASES, UNIT_NOUNS

_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_WORD = r"một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
_COUNTED_AFTER = rf"(?!\s+(?:{alternation(COUNT_UNITS)})(?!\w)(?!\s+(?-i:[A-ZĐ])))(?!\s?/\s?\d)"

#: ``Covid-19``, ``COVID 19``, ``SARS-CoV-2``: the name of a disease.
COVID = Rule("covid", "name", "Covid-19", re.compile(r"(?i)(?:covid|cov)\s*-?\s*(\d+)"))
#: ``V-30``, ``A-50``, ``DV.V-30``: letters, a hyphen, a number — a code.
CODE = Rule("code", "reference", "code", re.compile(r"(?<![\w])[A-Za-zĐđ]{1,10}\s?-\s?(\d+)(?!\d)"))


class QuotedName(Recogniser):
    """``mô hình "4 an toàn"``, ``“5 không, 3 sạch”``, ``«3 sẵn sàng»``: a short quoted phrase is a name.

    Each number in it is claimed (``name``); the rest of the quotation is claimed silently so its
    number words (``“Ba sạch”``) are not read either.
    """

    name, kind = "quoted-name", "name"
    _QUOTE = re.compile(r"[“\"«‘]([^“”\"«»‘’\n]{1,60})[”\"»’]")
    _DIGITS = re.compile(r"\d+(?:[.,]\d+)*")

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in self._QUOTE.finditer(text, a, b):
            inner = m.group(1)
            if len(inner.split()) > 8 or not re.search(r"[^\W\d_]", inner):
                continue
            s0, e0 = m.span(1)
            pos = s0
            for d in self._DIGITS.finditer(text, s0, e0):
                if d.start() > pos:
                    yield Claim(pos, d.start(), self.kind, "quoted name", self.name, silent=True)
                if not _YEAR.fullmatch(d.group()):  # "Áo dài đẹp qua ảnh năm 2020": a year, read as one
                    yield Claim(d.start(), d.end(), self.kind, "quoted name", self.name)
                pos = d.end()
            if pos < e0:
                yield Claim(pos, e0, self.kind, "quoted name", self.name, silent=True)


QUOTED = QuotedName()

#: Set phrases of the political register whose number is part of the name, digits or words.
SET_PHRASE = Rule("set-phrase", "name", "set phrase", re.compile(
    rf"(?i)(?<![\w.,/])(0?[1-9]|10|{_NUMBER_WORD})\s+(?:" + "|".join(SET_PHRASES) + r")(?!\w)"))

#: ``mô hình 2 cấp``, ``phong trào 3 không``: a naming noun right before the number (``25 mô hình`` counts).
NAMED = Rule("named-thing", "name", "name of a model or movement", re.compile(
    rf"(?i)(?<!\w)(?<!\d\s)(?:{alternation(NAMING_NOUNS)})\s+(\d{{1,2}})(?![\d.,]\d)(?=\s+[^\W\d_])"
    rf"{_COUNTED_AFTER}"))

_UNITS = alternation(UNIT_NOUNS)
#: Grammatical words that cannot stand inside a unit's name (a closed class, not a vocabulary).
_FUNCTION_WORDS = frozenset("đã đang sẽ được bị có gồm là và với cho của tại đạt còn vừa mới cũng thì này đó trong "
                            "ra vào lên xuống từ đến nhận không chưa hơn trên dưới gần khoảng".split())


class UnitName(Recogniser):
    """``Trung đoàn 812``, ``Đại đội 2``, ``tiểu đoàn 4``, ``Đoàn 959``: a unit noun right before the number;
    ``Trung đoàn Bộ binh 6``, ``Trung đoàn BBĐP 896``, ``Bệnh viện Quân y 175``: a capitalised unit noun
    with up to three words of its name between (the first capitalised when there are three).  ``mỗi tổ 02 người`` is a count
    per unit, ``Trung đoàn đã đón 62 chiến sĩ`` a sentence."""

    name, kind = "unit-name", "name"
    _DIRECT = re.compile(
        rf"(?i)(?<!\w)(?<!mỗi\s)(?<!\d\s)(?:{_UNITS})\s+(?:số\s+)?(\d+[A-Za-z]?)(?![\d.,]\d)(?!\w){_COUNTED_AFTER}")
    _NAMED = re.compile(
        rf"(?<!\w)(?:{'|'.join(w[0].upper() + w[1:] for w in sorted(UNIT_NOUNS, key=len, reverse=True))})"
        rf"((?:\s+(?:\([^()\s]{{1,10}}\)|[^\W\d_]+)){{1,3}})\s+(?:số\s+)?(\d+[A-Za-z]?)(?![\d.,]\d)(?!\w){_COUNTED_AFTER}")

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in self._DIRECT.finditer(text, a, b):
            yield Claim(*m.span(1), self.kind, "named unit", self.name)
        for m in self._NAMED.finditer(text, a, b):
            words = m.group(1).split()
            if any(w.lower() in _FUNCTION_WORDS for w in words):
                continue  # "Trung đoàn đã đón 62 chiến sĩ": a sentence, not a name
            if len(words) == 3 and not (words[0][0].isupper() or words[0].startswith("(")):
                continue
            yield Claim(*m.span(2), self.kind, "named unit", self.name)


UNIT = UnitName()
