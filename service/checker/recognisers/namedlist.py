"""The count of the names a sentence lists, the list on either side of the count (beside :mod:`.listed`'s ``cả N <noun>
về …``): the number says how many names the text itself gives — no figure of the period, whatever the noun.

- The names before the count, then ``là`` (``lần lượt là``): ``Mỹ, Trung Quốc, Hà Lan lần lượt là 3 thị trường lớn
  nhất`` (xq-toan-quoc-xuat-khau-hat-dieu-thi-truong-2023-09), ``Italy, Tây Ban Nha và Pháp lần lượt là 3 thị trường``
  (a second export page), ``Đức và Nhật Bản là hai nước nhập khẩu`` (xq-dak-lak-so-cong-thuong-ca-phe-nhan-xuat-khau),
  ``Singapore và Thái Lan là hai thị trường``, ``Hàn Quốc và Nhật Bản là 2 thị trường``.
- The count, a few lower-case words naming what is counted, then ``là`` and the names (not ``gồm``: the members of
  what was done, a figure of the period — ``có 3 xã đạt chuẩn nông thôn mới gồm …``): ``ở 3 thị trường lớn nhất
  là Trung Quốc, Ấn Độ và Hàn Quốc`` (xq-toan-quoc-tong-cuc-hai-quan-xuat-khau-cao-su-2019-04), ``3 xã là Vĩnh Yên,
  Xuân Hòa và Nghĩa Đô``, ``hai sân bay lớn nhất cả nước là Nội Bài và Tân Sơn Nhất``, ``2 xã không có nợ quá hạn là
  Vạn Bình và Xuân Sơn``.

A name is a run of capitalised words (the notation, no list of names); the list's items are split at commas and
``và``. A count the names do not match stays a figure: ``bốn thị trường là Hàn Quốc (1…``, ``2 cá nhân là Bí thư Chi
bộ`` (one name), ``Theo Sở Công Thương, Hà Nội là 2 …`` (two runs but … the count must equal them exactly).
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, sentence_start

#: a small count in digits or in a word
#: (not ``năm``, ``tư``: a year, a Wednesday, more often than a count)
_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_N = r"(?<![\w.,/])(?:[2-9](?![\d.,/]?\d)|(?i:hai|ba|bốn|sáu|bảy|bẩy|tám|chín)(?!\w))"
#: ``(lần lượt) là N <noun>``: the count after the names
_AFTER_NAMES = re.compile(r"(?i)(?<!\w)(?:lần[ \t]+lượt[ \t]+)?là[ \t]+(" + _N + r")[ \t]+(?=[^\W\d_])")
#: ``N <lower-case words> là/gồm/bao gồm (:)``: the count before the names
#: (``là`` names which ones; ``gồm`` lists the members of what was counted — ``Trong năm có 3 xã đạt chuẩn nông thôn mới
#: gồm Bình Khánh, Tam Thôn Hiệp và Thạnh An``: the count is the period's figure, as template round 36 reads it)
_BEFORE_NAMES = re.compile(r"(?=[2-9hHbBsStTcC])(" + _N + r")((?:[ \t]+[^\W\d_]+){1,7}?)[ \t]+là(?!\w)[ \t]*:?[ \t]*")
_ITEM_SPLIT = re.compile(r",|(?<!\w)và(?!\w)")
#: where a list after the count ends: the sentence's end, a bracket, a colon, a semicolon, a digit
_LIST_END = re.compile(r"[.;:!?\n()\d]")
_WORD = re.compile(r"[^\W\d_][\w-]*|[-–]")


def _value(s: str) -> int:
    return int(s) if s.isdigit() else _WORDS[s.lower()]


def _capitalised(word: str) -> bool:
    return word in "-–" or word[0].isupper()


def _a_name(item: str) -> bool:
    """``Trung Quốc``, ``Thừa Thiên - Huế``, ``SSI``: every word capitalised (at most five)."""
    words = _WORD.findall(item)
    return 0 < len(words) <= 5 and all(_capitalised(w) for w in words) and not item.strip().startswith(("-", "–"))


def _a_name_first(item: str) -> bool:
    """The list's last item: a name, maybe with the clause's words after it (``Nam Sách thu hoạch xong``)."""
    words = _WORD.findall(item)
    return bool(words) and _capitalised(words[0]) and words[0] not in "-–"


def names_before(text: str, at: int) -> int:
    """How many names end right before ``at`` (the ``là`` of ``A, B và C là``), joined by commas and ``và``, back to the
    sentence's start or the first item that is no name; 0 when the words before ``at`` are no list."""
    start = sentence_start(text, at)
    if start is None:
        return 0
    items = _ITEM_SPLIT.split(text[start:at])
    if len(items) < 2:
        return 0
    n = 0
    for item in reversed(items):
        if not _a_name(item):
            break
        n += 1
    return n if n >= 2 else 0


def names_after(text: str, at: int) -> int:
    """How many names are listed from ``at`` to the list's end: all of them names (the last may run on into the clause's
    words); 0 when any is not."""
    end = _LIST_END.search(text, at, at + 300)
    items = _ITEM_SPLIT.split(text[at:end.start() if end else at + 300])
    if len(items) < 2 or not all(_a_name(x) for x in items[:-1]) or not _a_name_first(items[-1]):
        return 0
    return len(items)


class NamedListCount(Recogniser):
    """The count of the names listed before ``là N`` or after ``N <noun> là`` (see the module)."""

    name, kind = "named-list-count", "name"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for m in _AFTER_NAMES.finditer(text, max(0, a - 16), b + 40):
            if a <= m.start(1) < b and names_before(text, m.start()) == _value(m.group(1)):
                yield Claim(m.start(1), m.end(1), self.kind, "number of the names listed before it", self.name)
        for m in _BEFORE_NAMES.finditer(text, a, b + 120):
            if a <= m.start(1) < b and m.group(2).islower() and names_after(text, m.end()) == _value(m.group(1)):
                yield Claim(m.start(1), m.end(1), self.kind, "number of the names listed after it", self.name)


NAMED_LIST = NamedListCount()
