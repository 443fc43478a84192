"""Pictures' lines copied with a page: no figure of the period.

- an image's number after the repeated headline: ``Nhiều tỉnh thành thắng bước đầu mục tiêu kép, tăng trưởng bứt phá
  - 1`` (c23-dantri-tang-truong-6-thang-2021; news sites name a picture by the headline and its place, ``… - Ảnh 1``):
  a line that repeats an earlier line of the page (quotes and case aside), then `` - `` and a small number;
- an image's file name: ``hon 27 nghin ho nong dan dat thu nhap tren 1 ty dong moi nam hinh 1``
  (c23-tiepthinongnghiep-thunhap-ho-sxkd-gioi-2016): a line of Vietnamese words without a single mark, lower case,
  ending on ``hinh``/``anh`` and a number, on a page written with its marks — the picture's file name given as its
  text; its numbers repeat the article's (or number the picture), they state nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser

_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
#: ``<headline> - 1``, ``<headline> - Ảnh 2``: the line, its number at the end.
_NUMBERED_LINE = re.compile(r"(?m)^[ \t]*(?P<title>[^\n]{15,240}?)[ \t]+[-–][ \t]+(?:[ẢảAa]nh[ \t]+)?(?P<n>\d{1,2})[ \t]*$")
#: ``hon 27 nghin ho nong dan … hinh 1``: lower-case letters without marks, digits and spaces, ``hinh``/``anh`` N last.
_FILE_NAME = re.compile(r"(?m)^[ \t]*(?P<line>[a-z0-9]+(?:[ \t]+[a-z0-9]+){5,}[ \t]+(?:hinh|anh)[ \t]+\d{1,2})[ \t]*$")
_MARKED = re.compile(r"[à-ỹÀ-ỸđĐ]")


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
    if len(_MARKED.findall(text)) >= 20:   # a page written with its marks
        for m in _FILE_NAME.finditer(text):
            for n in _NUMBER.finditer(text, m.start("line"), m.end("line")):
                spans.append((n.start(), n.end(), "an image's file name given as its text"))
    return tuple(spans)


class Captions(Recogniser):
    name, kind = "image-caption", "furniture"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        for s, e, note in _caption_spans(text):
            if a <= s < b:
                yield Claim(s, e, self.kind, note, self.name)


CAPTIONS = Captions()
