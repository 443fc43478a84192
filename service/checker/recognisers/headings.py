"""Section and list numbers: ``2.4. Phối hợp``, ``1.Công tác`` (glued), ``2.3.``, ``1) Kết quả``, ``1- Công tác``."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule


def _title_follows(text: str, m: re.Match) -> bool:
    """The heading number is followed by its title, which starts with a capital letter."""
    rest = text[m.end():m.end() + 2].lstrip(" \t")
    return bool(rest) and rest[0].isupper()


#: ``2.4. Tuyên truyền`` / ``1.2 Công tác`` / ``3.Công tác`` / ``1.Công tác``: a dotted number at the start of a line.
_DOTTED = re.compile(r"(?m)^[ \t\-–]*((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\.\d{1,2})(?:[ \t]+|(?=[^\W\d_]))(?=\w)")
SECTION = Rule("heading-number", "section", "heading number", _DOTTED, accept=_title_follows)

#: ``1) Công tác``, ``2- Kết quả``, ``3/ Tồn tại``: a list number at the start of a line.
_LISTED = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]*[)\-–/][ \t]*(?=[^\W\d_])")
#: ``... năm 2023. 2. Công tác tuyên truyền``: a heading number run into a paragraph by a flattened page.
_RUN_IN = re.compile(r"(?<=[.!?][ \t])((?:\d{1,2}\.){1,3}\d{0,2})[ \t]+(?=[^\W\d_])")
LIST = Rule("list-number", "section", "list number", _LISTED, _RUN_IN, accept=_title_follows)
#: ``1. đã tập trung cao độ ...``: an enumerated item at the start of a line, whatever its case.
ITEM = Rule("list-item", "section", "list number", re.compile(r"(?m)^[ \t]*(\d{1,2})\.[ \t]+(?=[^\W\d_]{2})"))
