"""A picture's caption that says the title again (checker round 89, issue 13).

Pages put the title under their first picture with the picture's tag: ``Vận động được trên 610 tỷ đồng cho các hoạt
động nhân đạo, từ thiện`` (the title) and, after the lead, ``Vận động được trên 610 tỷ đồng cho các hoạt động nhân
đạo, từ thiện - Hình 1`` (xq-dong-nam-bo-cum-thi-dua-hoi-chu-thap-do-nhan-dao-2019); ``Đường dây nóng của ông Đinh La
Thăng hoạt động thế nào?`` … ``Đường dây nóng của ông Đinh La Thăng hoạt động thế nào? - Hình 1`` (sweep
c32-vietgiaitri-duong-day-nong-0888-247-247). Such a line is the title, wherever it stands: its numbers are read as
the title's (``headline``). Grammar only: the line, its tag (`` - Hình N``, `` - Ảnh N``) taken off, is word for word
one of the title lines before the body, its numbers aside (a number changed in one is what the check is for); a
caption of its own words is not.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"(?i)\s*[-–]\s*(?:hình|ảnh)\s*\d{1,2}\s*$")
_NUMBER = re.compile(r"\d[\d.,]*")


def _bare(line: str) -> str:
    """The line's words, its numbers masked: a caption whose number was changed still says the title's words."""
    return " ".join(_NUMBER.sub("#", line).split())


def repeats_title(text: str, pos: int, title_end: int) -> bool:
    """The line holding ``pos`` (past ``title_end``) is a tagged caption repeating a line before ``title_end``."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:len(text) if b < 0 else b]
    tag = _TAG.search(line)
    if tag is None or a < title_end:
        return False
    said = _bare(line[:tag.start()])
    return bool(said) and any(_bare(_TAG.sub("", x)) == said for x in text[:title_end].split("\n"))
