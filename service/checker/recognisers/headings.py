"""Section and list numbers: ``2.4. Phối hợp``, ``1.Công tác`` (glued), ``2.3.``, ``1) Kết quả``, ``1- Công tác``."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule


def _title_follows(text: str, m: re.Match) -> bool:
    """The heading number is followed by its title, which starts with a capital letter."""
    rest = text[m.end():m.end() + 4].lstrip(" \t")
    if rest[:1] in ("%", "(", "\"", "“") and rest[1:2] in (" ", ""):  # "6. % TIÊU CHÍ ĐẠT:": a sign opens the title
        rest = rest[1:].lstrip(" \t")
    return bool(rest) and rest[0].isupper()


#: ``2.4. Tuyên truyền`` / ``1.2 Công tác`` / ``3.Công tác`` / ``1.Công tác``: a dotted number at the start of a line.
_DOTTED = re.compile(r"(?m)^[ \t\-–]*((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\.\d{1,2})(?:[ \t]+|(?=[^\W\d_]))(?=\w|[%(\"“][ \t]?[^\W\d_])")
#: ``User Yearbook  1.1 - Chỉ tiêu mục tiêu  Target indicators``: a dotted number and a dash before its title, at a
#: line's start or after a run of spaces (a page's cells copied as text: yj-toan-quoc-bo-y-te-nien-giam-…-2020).
_DASHED = re.compile(r"(?m)(?:^|(?<=[ \t]{2}))[ \t]*((?:\d{1,2}\.)+\d{1,2})[ \t]+[-–][ \t]+(?=[^\W\d_])")
SECTION = Rule("heading-number", "section", "heading number", _DOTTED, _DASHED, accept=_title_follows)

#: ``1) Công tác``, ``2- Kết quả``, ``3/ Tồn tại``: a list number at the start of a line.
_LISTED = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]*[)\-–/][ \t]*(?=[^\W\d_])")
#: ``... năm 2023. 2. Công tác tuyên truyền``: a heading number run into a paragraph by a flattened page.
_RUN_IN = re.compile(r"(?<=[.!?][ \t])((?:\d{1,2}\.){1,3}\d{0,2})[ \t]+(?=[^\W\d_])")
LIST = Rule("list-number", "section", "list number", _LISTED, _RUN_IN, accept=_title_follows)
#: ``1/. Tháng 01/2021:`` (tayninh.gov.vn, a year's reception days), ``1/- Tình hình`` (c10-thapmuoi): a list number
#: whose slash is followed by a dot or a dash, as typewritten administrative lists mark their items.
LIST_DOUBLE_MARK = Rule("list-number-double-mark", "section", "list number",
                        re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]*/[.\-–][ \t]*(?=[^\W\d_])"), accept=_title_follows)
#: ``1. đã tập trung cao độ ...``: an enumerated item at the start of a line, whatever its case.
ITEM = Rule("list-item", "section", "list number", re.compile(r"(?m)^[ \t]*(\d{1,2})\.[ \t]+(?=[^\W\d_]{2})"))


def _after_capitals(text: str, m: re.Match) -> bool:
    """``… CÔNG TÁC PHÒNG CHỐNG THIÊN TAI 1 Thiên tai từ đầu năm đến nay``: a number between a title in capitals
    (two words or more, on its line) and a heading that starts with a capital then a small letter, as a page whose
    headings lost their lines reads."""
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].split()
    caps = [w for w in line[-3:] if any(c.isalpha() for c in w) and w.isupper()]
    rest = text[m.end():m.end() + 40].lstrip(" \t")
    return len(line) >= 2 and len(caps) >= 2 and line[-1].isupper() and len(rest) >= 2 and rest[0].isupper() \
        and rest[1].islower()


#: ``THIÊN TAI 1 Thiên tai``: a heading number run in after a title in capitals.
AFTER_CAPITALS = Rule("heading-after-capitals", "section", "heading number",
                      re.compile(r"(?<=[^\W\d_][ \t])(\d{1,2})[ \t]+(?=[^\W\d_])"), accept=_after_capitals)


def _next_heading(text: str, m: re.Match) -> bool:
    """``… khoảng 2.500 tỷ đồng 2 Nhận định về thời tiết``: the number after a heading number run in (``THIÊN TAI 1
    Thiên tai``) is the next heading when it is followed the same way: a capital, then a small letter."""
    n = int(m.group(1))
    rest = text[m.end():m.end() + 3].lstrip(" \t")
    if not (2 <= n <= 20 and len(rest) >= 2 and rest[0].isupper() and rest[1].islower()):
        return False
    previous = re.compile(rf"(?<![\d.,/])({n - 1})[ \t]+(?=[^\W\d_])")
    for prev in previous.finditer(text, max(0, m.start() - _SECTION_SPAN), m.start()):
        if _after_capitals(text, prev) or _next_heading(text, prev):
            return True
    return False


_SECTION_SPAN = 4000  # how far back the previous heading may stand


#: ``… 2.500 tỷ đồng 2 Nhận định``: the heading after a run-in heading number, run in the same way.
NEXT_HEADING = Rule("heading-in-sequence", "section", "heading number",
                    re.compile(r"(?<![\d.,/])(\d{1,2})[ \t]+(?=[^\W\d_])"), accept=_next_heading)
