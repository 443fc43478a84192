"""Numbers inside a proper name, read by the name's notation (no list of names):

- a number between capitalised words, mid-sentence: ``Vừa qua, Dinh 1 Bảo Đại (đường Trần Quang Diệu …)``
  (xq-toan-quoc-titc-khach-tham-quan-bao-tang-vuon-quoc-gia-2015-8t), ``rồi lên Đại chủng viện Thánh Piô 10 Đà Lạt từ năm
  1975`` (sweep c47-thithamphobien-bo-nhiem-giam-muc-2009): a title-case word, one or two digits, two or more title-case
  words, and no number after them. Not ``Top 10 Bảo tàng`` (a lower-case word in the run), ``Bắc Ninh 2, Hà Nội 1`` (a
  place and its value: the comma), ``Cà Mau 2 Bạc Liêu 3`` (a number after the run), ``9 THÁNG NĂM`` (capitals: a
  heading).
- the number or date that ends a company's name after its legal form (``TNHH``, ``cổ phần``, ``trách nhiệm hữu hạn``,
  ``một thành viên`` — the forms the enterprise law gives, not names): ``Công ty trách nhiệm hữu hạn một thành viên
  xuất khẩu càphê 2/9, trong niên vụ qua`` (xq-dak-lak-so-cong-thuong-ca-phe-nhan-xuat-khau-2012-2013), ``Công ty TNHH
  MTV Cà phê 15 (gọi tắt Công ty Cà phê 15)`` (cuuchienbinh.vn/cong-ty-ca-phe-15--vi-the-thuong-hieu-ca-phe-nguoi-linh-
  d41442.html). Not a number a counted word follows (``Công ty TNHH … có 15 lao động``).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

#: the number (its first character said first: the scan jumps from digit to digit), a word before it, words after it
_INSIDE = re.compile(r"(?=\d)(?<=[^\W\d_][ \t])(\d{1,2})(?![\d.,/]?\d)((?:[ \t]+[^\W\d_]+)+)")
_WORD_END = re.compile(r"(?<![\w.,/])([^\W\d_]+)[ \t]+$")
#: the title-case words of the name before ``at``, and before them a lower-case word or a comma: mid-sentence
_BEFORE_NAME = re.compile(r"(?:[^\W\d_]+|,)(?:[ \t]+[^\W\d_]+)*[ \t]+$")
_NUMBER_NEXT = re.compile(r"[ \t]*\d")


def _title(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower()


def _mid_sentence(text: str, at: int) -> bool:
    """The name starting its run at or before ``at`` follows a lower-case word or a comma (not a heading's start)."""
    m = _BEFORE_NAME.search(text, max(0, at - 60), at)
    if m is None:
        return False
    words = m.group().replace(",", " , ").split()
    while words and _title(words[-1]):
        words.pop()
    return bool(words) and (words[-1] == "," or words[-1].islower())


class DigitInsideName(Recogniser):
    """``Dinh 1 Bảo Đại``, ``Thánh Piô 10 Đà Lạt``: a number between title-case words mid-sentence (see the module)."""

    name, kind = "digit-inside-name", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _INSIDE.finditer(text, a, b + 60):
            before = _WORD_END.search(text, max(0, m.start() - 40), m.start())
            if not m.start() < b or before is None or not _title(before.group(1)):
                continue
            words = m.group(2).split()
            run = 0
            while run < len(words) and _title(words[run]):
                run += 1
            if run < 2 or (run < len(words) and not words[run].islower()) \
                    or (run == len(words) and _NUMBER_NEXT.match(text, m.end())):
                continue
            if not _mid_sentence(text, before.start()):
                continue
            yield Claim(m.start(1), m.end(1), self.kind, "number inside a name", self.name)


#: ``Công ty`` + its legal form + up to eight words + the number or date ending the name, then a comma, a bracket, the
#: sentence's end or a capitalised word
_COMPANY = re.compile(r"(?<!\w)(?i:công[ \t]+ty)(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+"
                      r"(?:TNHH|MTV|CP|(?i:cổ[ \t]+phần|trách[ \t]+nhiệm[ \t]+hữu[ \t]+hạn|một[ \t]+thành[ \t]+viên))"
                      r"(?:[ \t]+[^\W\d_]+){0,8}?[ \t]+(\d{1,3}(?:[/-]\d{1,2})?)(?![\d.,/-]?\d)"
                      r"(?=[ \t]*[,;.(]|[ \t]*$|[ \t]+[A-ZĐ])")

class CompanyNumber(Recogniser):
    """``Công ty TNHH MTV Cà phê 15``, ``Công ty trách nhiệm hữu hạn … càphê 2/9``: the number ending a company's name."""

    name, kind = "company-number", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        window = text[max(0, a - 120):b].lower()
        if "công ty" not in window:
            return
        for m in _COMPANY.finditer(text, max(0, a - 120), b + 20):
            if a <= m.start(1) < b:
                yield Claim(m.start(1), m.end(1), self.kind, "number in a company's name", self.name)


DIGIT_INSIDE_NAME = DigitInsideName()
COMPANY_NUMBER = CompanyNumber()
