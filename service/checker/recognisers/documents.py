"""Document numbers and references: ``21-KL/TW``, ``Số: 05/BC-UBND``, ``Quyết định 290``, ``Kế hoạch 08``,
``Chương trình phối hợp số 09``, ``Điều 5``, ``QĐ 1237``."""

from __future__ import annotations

import re

from service.checker.recognisers import Claim, Recogniser, Rule, alternation
from service.checker.recognisers.nouns import COUNTED, NounBefore, after_a_count, noun_at_end, noun_set, numbers_in, words_before
from service.checker.recognisers.vocab import DOCUMENT_ABBREVIATIONS, DOCUMENT_TYPES
from service.checker.recognisers.gluedlist import glued_count

#: What follows a number that makes it a quantity, not a document's number: a count's noun, a scale word, a measure
#: (``dứt điểm 46.632 ha lúa``: ``dứt điểm`` is "completely", not a document's point).
_QUANTITY_AFTER = (r"(?!\s*(?:tháng|năm|quý|triệu|tỷ|tỉ|nghìn|ngàn|đồng|đ\b|%|lượt|người|vụ|suất|km|km2|m|m2|m3|kg|ha|"
                   r"hecta|héc-ta|tấn|tạ|lít|con|cây|hộ|xã|"
                   r"trường hợp|đối tượng|cuộc|buổi|lớp|đợt|văn bản|bản|tài liệu)(?!\w))")

#: ``21-KL/TW``, ``05/BC-UBND``, ``1510/UBND-GDĐT``, ``04/2021/NQ-HĐND``, ``181/TTr-SXD``, ``1107/QĐ-TTg``:
#: a number with an issuer code.
NUMBER_CODE = Rule("document-number", "reference", "document number", re.compile(
    r"(\d(?<![\w/]\d)\d*(?:/\d{4})?(?:/|-)[A-ZĐ](?:[A-ZĐ0-9&]|[a-zđ](?=[A-ZĐa-zđ]*[-/]))*"
    r"(?:[-/.][A-ZĐ][A-ZĐ0-9&]*[a-zđ]{0,2})*)"))  # TTr-SXD, QĐ-TTg: a lower-case letter inside a code

_AND_ANOTHER = re.compile(r"[ \t]+(?:và|hoặc)[ \t]+\d{1,3}(?![\d.,/]\d)(?!\w)")
_QUANTITY = re.compile(r"\d|,\d|\s?[/\-]\s?\d|" + _QUANTITY_AFTER.replace("(?!", "(?=", 1))


def _document_number(text: str, s: int, e: int, words: list[str], k: int):
    if _QUANTITY.match(text, e) or not re.fullmatch(r"\d+(?:\.\d+)*", text[s:e]):
        return None
    if glued_count(text, s, e):
        return None   # "đạt 5 huy chương: 1HCV, 2HCB" — a count of a list of medals, not "chương 1" (``gluedlist``)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text[s:e]):
        return None   # "vượt kế hoạch 110.000 lao động" (ys-toan-quoc-cuc-quan-ly-lao-dong): thousands grouped, an amount
    if after_a_count(words, k) and text[:s].rstrip().endswith(":"):
        return None  # "ĐIỂM TRUNG BÌNH CHUNG CỦA CÁC TIÊU CHÍ: 2.76": a label ending in a plural noun, then its value
    # "Đối với tiêu chí  6 và 7, UBND xã đang lập hồ sơ" (c21-duclinh-duchanh-ntmnc-2023): a second part of the same
    # kind after "và", then no quantity word or counted noun — both are references
    more = _AND_ANOTHER.match(text, e)
    if more and not _QUANTITY.match(text, more.end()) and not COUNTED.match(text, more.end()):
        return more.end()
    return e


#: ``Quyết định 290``, ``Nghị định số 03``, ``Kế hoạch 08``, ``Điều 5``, ``Số: 35``.
BY_TYPE = NounBefore("document-reference", "reference", "document reference", DOCUMENT_TYPES, _document_number,
                     colon=True)


class TypeNamedNumber(Recogniser):
    """``Chương trình phối hợp số 09``, ``Nghị quyết liên tịch số 05``: a document type, up to four words
    naming it, ``số``, the number."""

    name, kind = "document-named-number", "reference"
    _NOUNS, _LONGEST = noun_set(DOCUMENT_TYPES)

    def find(self, text, a, b):
        for s, e, numeral, lw in numbers_in(text, a, b):
            if lw != "số" or not numeral.isdigit():
                continue
            words = words_before(text, s)
            if len(words) < 3 or words[-1].lower() != "số" or _QUANTITY.match(text, e):
                continue
            for gap in range(1, 5):
                head = words[:-1 - gap]
                if head and noun_at_end(head, self._NOUNS, self._LONGEST) \
                        and all(w[0].isalpha() for w in words[-1 - gap:-1]):
                    yield Claim(s, e, self.kind, "document reference", self.name)
                    break


BY_TYPE_NAMED = TypeNamedNumber()
#: ``QĐ 290``, ``KH 08``, ``Số: 35``: an abbreviated type, or ``Số:`` heading a document.
BY_ABBREVIATION = Rule("document-abbreviation", "reference", "document reference", re.compile(
    rf"(?<!\w)(?:(?:{alternation(DOCUMENT_ABBREVIATIONS)})\s*|Số\s*:\s*)(\d+)(?=[\s,;.)]|$){_QUANTITY_AFTER}"))


#: Issued documents' types (those numbered with an issuer code), capitalised as a title: ``Nghị quyết``, ``Kế hoạch``.
_ISSUED = tuple(t[0].upper() + t[1:] for t in DOCUMENT_TYPES[:DOCUMENT_TYPES.index("chương trình")]) \
    + DOCUMENT_ABBREVIATIONS
#: ``Thực hiện Nghị quyết 45/106 của HĐND tỉnh`` (the held-out batch of stop 33): an issued document's type, capitalised,
#: then a number and a second after a slash, without ``số`` — the document's number and its issuer's (or its year's),
#: not a ratio; not when a quantity or a counted noun follows (``Kế hoạch 45/50 chỉ tiêu``).
_TYPE_PAIR = re.compile(rf"(?<![\w/])(?:{alternation(_ISSUED)})\s+(\d{{1,5}}\s*/\s*\d{{1,5}})(?!\d)(?![/.,]\d|\s*%)"
                        rf"{_QUANTITY_AFTER}")


def _not_counted(text: str, m: re.Match) -> bool:
    return COUNTED.match(text, m.end(1)) is None


BY_TYPE_PAIR = Rule("document-type-pair", "reference", "document reference", _TYPE_PAIR, accept=_not_counted)


#: ``Chính phủ đã gửi QH bản báo cáo dài 12 trang về tình hình giải quyết …`` (ys-toan-quoc-thanh-tra-chinh-phu), ``một
#: đề án dài hơn 100 trang``: a document's length in pages, what it is, no figure of the period.
LENGTH = Rule("document-length", "reference", "a document's length in pages", re.compile(
    r"(?i)(?<!\w)dài\s+(?:(?:hơn|gần|khoảng|trên)\s+)?(\d{1,4})\s+trang(?!\w)"), needs=("trang",))
