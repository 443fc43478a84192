"""A number followed by its row's unit written whole, a unit of several nouns (``chương trình, đề án``; ``huyện, thị
xã``; ``công trình, phần việc``): the unit says whose value it is.

    Phê duyệt 20 chương trình, đề án khuyến công địa phương  (xo-binh-dinh-ubnd-tinh-khuyen-cong-dia-phuong-2017: the
                              total ``Số chương trình, đề án khuyến công`` in ``chương trình, đề án`` = 20, beside the
                              fourth group's ``Số chương trình`` in ``chương trình`` = 2)

The checker reads the counted noun up to the comma (``chương trình``), which is the other row's whole unit, so the
headline's 20 read as the group's.  A sheet types such units for rows that count two kinds of thing together
(``Số huyện, thị xã có lớp`` in ``huyện, thị xã``, ``Công trình, phần việc thanh niên`` in ``công trình, phần việc``):
written whole right after the number, they name the row of that unit and no row of one of its nouns.
"""

from __future__ import annotations

import unicodedata


def unit_written_whole(text: str, num_end: int, unit: str | None) -> bool:
    """``unit`` holds a comma and the text right after the numeral is that unit, whole (case and blanks aside)."""
    if not unit or "," not in unit:
        return False
    want = " ".join(unicodedata.normalize("NFC", unit).lower().split())
    said = " ".join(unicodedata.normalize("NFC", text[num_end:num_end + len(unit) + 12]).lower().split())
    return said.startswith(want) and (len(said) == len(want) or not said[len(want)].isalnum())
