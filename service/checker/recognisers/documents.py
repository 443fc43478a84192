"""Document numbers and references: ``21-KL/TW``, ``Số: 05/BC-UBND``, ``Quyết định 290``, ``Kế hoạch 08``,
``Chương trình phối hợp số 09``, ``Điều 5``, ``QĐ 1237``."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule, alternation
from service.checker.recognisers.vocab import DOCUMENT_ABBREVIATIONS, DOCUMENT_TYPES

#: What follows a number that makes it a quantity, not a document's number.
_QUANTITY_AFTER = (r"(?!\s*(?:tháng|năm|quý|triệu|tỷ|nghìn|ngàn|đồng|đ\b|%|lượt|người|vụ|suất|km|m2|kg|hộ|xã|"
                   r"trường hợp|đối tượng|cuộc|buổi|lớp|đợt|văn bản|bản|tài liệu)(?!\w))")

#: ``21-KL/TW``, ``05/BC-UBND``, ``1510/UBND-GDĐT``, ``04/2021/NQ-HĐND``: a number with an issuer code.
NUMBER_CODE = Rule("document-number", "reference", "document number", re.compile(
    r"(\d(?<![\w/]\d)\d*(?:/\d{4})?(?:/|-)[A-ZĐ][A-ZĐ0-9&]*(?:[-/.][A-ZĐ][A-ZĐ0-9&]*)*)"))

_TYPES = alternation(DOCUMENT_TYPES)
#: ``Quyết định 290``, ``Nghị định số 03``, ``Kế hoạch 08``, ``Điều 5``, ``Chương trình phối hợp số 09``,
#: ``Nghị quyết liên tịch số 05``: a document type, up to four words naming it, ``số``, the number.
BY_TYPE = Rule("document-reference", "reference", "document reference",
               re.compile(rf"(?i)(?<!\w)(?:{_TYPES})(?:\s+số)?\s*:?\s*(\d+(?:\.\d+)*)(?![\d,]){_QUANTITY_AFTER}"),
               re.compile(rf"(?i)(?<!\w)(?:{_TYPES})(?:\s+[^\W\d_]+){{1,4}}?\s+số\s*:?\s*(\d+)(?![\d.,]\d)"
                          rf"{_QUANTITY_AFTER}"))
#: ``QĐ 290``, ``KH 08``, ``Số: 35``: an abbreviated type, or ``Số:`` heading a document.
BY_ABBREVIATION = Rule("document-abbreviation", "reference", "document reference", re.compile(
    rf"(?<!\w)(?:(?:{alternation(DOCUMENT_ABBREVIATIONS)})\s*|Số\s*:\s*)(\d+)(?=[\s,;.)]|$){_QUANTITY_AFTER}"))
