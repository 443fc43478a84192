"""A report flattened into one run of text, cut back into lines where its layout broke.

Some copies of a report (a document site's text layer, a scraped page) hold
the whole report - header, headings, body, bullets - on one or a few enormous
lines.  Its headings are still there, run into the text: "... năm 2011.
PHẦN THỨ NHẤT BÁO CÁO ... 2010 I. ĐẶC ĐIỂM TÌNH HÌNH: Chi đoàn ... 1. Cơ cấu
tổ chức. - Tổng số ...".  :func:`unflatten` cuts such a line before:

* a heading's numbering that follows the end of a sentence or a clause
  (``. I. ``, ``: 1. ``, ``. a. ``) or a run of CAPS (a part's title ending,
  then ``I.``), when upper case follows the numbering;
* a bullet (``- ``) that follows the end of a sentence or a clause;
* the header's anchors: Quốc hiệu, party or Đoàn motto, the place and date,
  ``BÁO CÁO`` in capitals.

Only lines far longer than any paragraph are cut (and only when there are
several cut points), so an ordinary long paragraph is never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.readers import Line

_MIN_CHARS = 1500
_MIN_CUTS = 3
_UP = r"[\"“(]?[A-ZĐÀ-Ỹ]"
_MARK = r"(?:PHẦN\s+THỨ\s+\S+|PHẦN\s+[IVX]+\b|[IVX]{1,4}\s*[.\-/)]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*[.)]|[A-HJ-UWYZĐ]\s*[.\-])"
_CUTS = [
    re.compile(r"(?<=[.:;!?…])\s+(?=" + _MARK + r"\s*" + _UP + ")"),                  # ". I. ĐẶC ĐIỂM", ": 1. Cơ cấu"
    re.compile(r"(?<=[A-ZĐÀ-Ỹ0-9]{2})\s+(?=(?:PHẦN\s+THỨ\s+\S+|[IVX]{1,4}\s*[.\-/])\s+" + _UP + ")"),   # "2010 I. ĐẶC"
    re.compile(r"(?<=[a-zđà-ỹ])\s+(?=[a-h]\.\s+[A-ZĐÀ-Ỹ])"),                              # "khó khăn a. Thuận lợi"
    re.compile(r"(?<=[.:;])\s+(?=[-–+•]\s+\S)"),                                          # ". - Tổng số"
    re.compile(r"\s+(?=(?:ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+THANH\s+NIÊN\s+CỘNG\s+SẢN|ĐOÀN\s+TNCS|"
               r"CỘNG\s+HÒA\s+XÃ\s+HỘI)\b)"),
    re.compile(r"(?:(?<=MINH)|(?<=NAM))\s+(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])"),                         # after a motto
    re.compile(r"(?<=\d{4})\s+(?=BÁO\s+CÁO\b)"),                                          # date, then BÁO CÁO
]


def cut_points(text: str) -> list[int]:
    return sorted({m.end() for pattern in _CUTS for m in pattern.finditer(text)})


def unflatten(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for ln in lines:
        cuts = cut_points(ln.text) if len(ln.text) >= _MIN_CHARS and not ln.table else []
        if len(cuts) < _MIN_CUTS:
            out.append(ln)
            continue
        bounds = [0, *cuts, len(ln.text)]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            piece = ln.text[a:b].strip()
            if piece:
                out.append(replace(ln, text=piece, cells=None, blank_before=True if k else ln.blank_before))
    return out
