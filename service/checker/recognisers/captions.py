"""Pictures' lines copied with a page: no figure of the period.

- an image's number after the repeated headline: ``Nhiều tỉnh thành thắng bước đầu mục tiêu kép, tăng trưởng bứt phá
  - 1`` (c23-dantri-tang-truong-6-thang-2021; news sites name a picture by the headline and its place, ``… - Ảnh 1``):
  a line that repeats an earlier line of the page (quotes and case aside), then `` - `` and a small number;
- an image's file name: ``hon 27 nghin ho nong dan dat thu nhap tren 1 ty dong moi nam hinh 1``
  (c23-tiepthinongnghiep-thunhap-ho-sxkd-gioi-2016): a line of Vietnamese words without a single mark, lower case,
  ending on ``hinh``/``anh`` and a number, on a page written with its marks — the picture's file name given as its
  text; its numbers repeat the article's (or number the picture), they state nothing;
- an image's alternative text: ``VCP dieu chinh giam ke hoach lai nam 2020 tu 243 ty ve con 103 ty dong``
  (c24-vietnamdaily-vcp-dieu-chinh-ke-hoach-2020, under the headline ``VCP điều chỉnh giảm kế hoạch lãi năm 2020 từ 243
  tỷ về còn 103 tỷ đồng``): a line without a single mark, of five words or more, that is an earlier line of the page
  with its marks taken off — the headline again as the picture's text;
- a picture's index after its alternative text: ``Tieu thu noi dia va xuat khau cua VICEM tang cao - Anh 1`` (held-out
  zl-toan-quoc-vicem), ``[Infographics] Tinh hinh dich benh, … tren ca nuoc hinh anh 1Nhấp chuột để xem kích thước
  chuẩn.`` (held-out yu-toan-quoc-bo-y-te, the gallery's prompt glued on): five words or more without a mark at a
  line's start, then ``hinh anh``/``Anh``/``Ảnh`` and a small number ending the line or glued to the next marked word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
#: ``<headline> - 1``, ``<headline> - Ảnh 2``: the line, its number at the end.
_NUMBERED_LINE = re.compile(r"(?m)^[ \t]*(?P<title>[^\n]{15,240}?)[ \t]+[-–][ \t]+(?:[ẢảAa]nh[ \t]+)?(?P<n>\d{1,2})[ \t]*$")
#: ``hon 27 nghin ho nong dan … hinh 1``: lower-case letters without marks, digits and spaces, ``hinh``/``anh`` N last.
_FILE_NAME = re.compile(r"(?m)^[ \t]*(?P<line>[a-z0-9]+(?:[ \t]+[a-z0-9]+){5,}[ \t]+(?:hinh|anh)[ \t]+\d{1,2})[ \t]*$")
_MARKED = re.compile(r"[à-ỹÀ-ỸđĐ]")
#: ``… tren ca nuoc hinh anh 1Nhấp chuột để xem``, ``… VICEM tang cao - Anh 1``: a picture's alternative text (five
#: words or more without a mark) ending on its index, the line's end or a gallery's marked words glued on after it
_ALT_INDEX = re.compile(r"(?m)^[ \t]*(?P<line>[A-Za-z0-9\[][A-Za-z0-9.,:%'\"\[\]-]*(?:[ \t]+[A-Za-z0-9.,:%'\"\[\]-]+){4,}?)"
                        r"[ \t]+(?:-[ \t]+)?(?:[Hh]inh[ \t]+anh|[Aa]nh|Ảnh)[ \t]+(?P<n>\d{1,2})(?=[ \t]*$|[A-ZĐÀ-Ỹ][^\W\d_])")
_CUT_YEAR = re.compile(r"(?i)(?<!\w)năm[ \t]+(\d{1,3})[ \t]*\Z")


#: a line of words without marks (letters, digits, spaces and a little punctuation), five words or more
_UNMARKED_LINE = re.compile(r"(?m)^[ \t]*(?P<line>[A-Za-z0-9][A-Za-z0-9.,:%'\"-]*(?:[ \t]+[A-Za-z0-9.,:%'\"-]+){4,})[ \t]*$")


def _unmarked(line: str) -> str:
    """The line's words, lower case, marks taken off (``đ`` read ``d``), punctuation aside."""
    s = unicodedata.normalize("NFD", line.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", s.lower()))


def _plain(line: str) -> str:
    return re.sub(r"[\"“”'‘’«»]", "", line).strip().lower()


@lru_cache(maxsize=64)
def _caption_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    spans = []
    if "-" in text or "–" in text:
        for m in _NUMBERED_LINE.finditer(text):
            title = _plain(m.group("title"))
            earlier = {_plain(x) for x in text[:m.start()].split("\n")}
            if title in earlier:
                spans.append((m.start("n"), m.end("n"), "an image's number after the repeated headline"))
    cut = _CUT_YEAR.search(text, max(0, len(text) - 12))
    if cut is not None:
        spans.append((cut.start(1), cut.end(1), "a year cut off where the copied text ends"))
    if len(_MARKED.findall(text)) >= 20:   # a page written with its marks
        for m in _FILE_NAME.finditer(text):
            for n in _NUMBER.finditer(text, m.start("line"), m.end("line")):
                spans.append((n.start(), n.end(), "an image's file name given as its text"))
        for m in _ALT_INDEX.finditer(text):
            spans.append((m.start("n"), m.end("n"), "a picture's index after its text without marks"))
        for m in _UNMARKED_LINE.finditer(text):
            if not _NUMBER.search(m.group("line")):
                continue
            line = _unmarked(m.group("line"))
            earlier = {_unmarked(x) for x in text[:m.start()].split("\n") if _MARKED.search(x)}
            if line in earlier:
                for n in _NUMBER.finditer(text, m.start("line"), m.end("line")):
                    spans.append((n.start(), n.end(), "an earlier line again without its marks: an image's text"))
    return tuple(spans)


class Captions(Recogniser):
    name, kind = "image-caption", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e, note in _caption_spans(text):
            if a <= s < b:
                yield Claim(s, e, self.kind, note, self.name)


CAPTIONS = Captions()
