"""A table laid WIDE by unit: one row per unit (a team, a commune, a district, a company, a market), one column per
measure, the period only in the sheet's title (``STT | Đoàn | HCV | HCB | HCĐ | Tổng huy chương`` over ``1 | Hà Nội |
175 | 143 | 157 | 475``; ``STT | Xã | Nhà bị tốc mái (nhà) | Lúa bị gãy đổ (ha)`` over ``1 | Lê Hóa | 130 | 20,5``).

The loader reads such a sheet as a matrix, each cell a row of its own «<đơn vị>: <chỉ tiêu>» in the unit its column's
title gives (``Diện tích (ha)``) or its counted noun (``Số hộ`` → hộ) — the loader's own convention for units under a
title: the unit in the label, not as the organisation (figures round 44's trial set the organisation to the row's unit,
label «<chỉ tiêu> (<đơn vị>)» as the long form of zq/zo gives: on the three held-out sheets laid so the checker's false
alarms went from 2 to 29, «Là số liệu của 3-3 thuộc Bình Tú, nhưng đoạn này nói về đơn vị khác» over «Bình Tú là 400
hộ»; and round 27's zl: «(TT Nam Ban)» against «thị trấn Nam Ban»).  This module tells that the words column is a
column of UNITS, so that the sheet is said so (a warning naming the unit column and the measure columns), a column
titled ``Đơn vị`` holding names is not taken for units of measure (``Hà Nội``, ``Thanh Hóa`` were: the sheet was
refused, «thiếu cột 'Chỉ tiêu'»), and a ``Tổng`` column beside the measures is each unit's sum, not the whole of
places named by the other columns (``HCV``, ``HCB`` were read as places).

The words column is one of units when its title names a kind of unit (a level of government or an organisation:
``Xã``, ``Huyện/thị xã``, ``Đơn vị``, ``Địa phương``) or when most of its cells are proper names (the last word
capitalised, not an acronym: ``Hà Nội``, ``Thanh Hóa``, ``Lê Hóa`` — an indicator's name ends in a common word:
``Nhà bị sập tường``, ``Án hình sự``).  Anything else keeps the matrix reading «<chỉ tiêu>: <tiêu đề cột>».
"""

from __future__ import annotations

import re
import unicodedata

from service.figures.schema import fold
from service.placenouns import COMMUNE, DISTRICT, PROVINCE

#: the administrative place nouns (``service/placenouns.py``), folded
_PLACE_NOUNS = "|".join(fold(n) for n in PROVINCE + DISTRICT + COMMUNE)

#: A column title naming a kind of unit: a level of government (``Xã``, ``Huyện``, ``Thị xã``, ``Tỉnh``, ``Quận``)
#: or an organisation in general (``Đơn vị`` but not ``Đơn vị tính``/``Đơn vị đo``, ``Cơ quan``, ``Địa phương``,
#: ``Địa bàn``), however joined (``Huyện/thị xã/thành phố``, ``Tên đơn vị``).  Folded.
_KIND = re.compile(r"^(?:ten )?(?:" + _PLACE_NOUNS + r"|dia phuong|dia ban|co quan|don vi(?! tinh| do| tien))\b")

#: A row of the whole (``Tổng cộng``, ``Cộng``, ``Toàn huyện``, ``Cả nước``, ``Tổng số``).  Folded.
_WHOLE = re.compile(r"^(?:tong cong|cong|tong|tong so|toan bo|chung)$"
                    r"|^(?:toan|ca) (?:" + _PLACE_NOUNS + r"|don vi|nganh|khoi|dia ban|nuoc|quoc|vung|he thong)\b")

_WORD = re.compile(r"[^\W\d_]+")


def proper_name(label: str) -> bool:
    """``Hà Nội``, ``Thành phố Hồ Chí Minh``, ``Lê Hóa``: the last word starts with a capital and is not an acronym
    (``Số vụ VPHC`` is no name); ``Quân đội``, ``Nhà bị sập tường`` are not."""
    words = _WORD.findall(unicodedata.normalize("NFC", str(label)))
    if len(words) < 1:
        return False
    last = words[-1]
    return last[0].isupper() and any(c.islower() for c in last[1:])


def named_unit(label) -> bool:
    """A name of two words or more ending capitalised (``Hà Nội``, ``Thanh Hóa``): a unit's name, never a unit of
    measure (those end in a common word: ``lượt người``, ``tỷ đồng``; or are one word: ``Kg``, ``Tấn``, ``USD``)."""
    return len(str(label).split()) >= 2 and proper_name(label)


def whole_row(label) -> bool:
    """A row of the whole area or of every unit: its numbers are the measures themselves."""
    return bool(_WHOLE.match(fold(str(label or ""))))


def names_units(title: str, labels: list) -> bool:
    """The words column titled ``title`` with cells ``labels`` is a column of units (see the module)."""
    names = [str(v).strip() for v in labels if v is not None and str(v).strip() and not whole_row(v)]
    if len(names) < 2 or len({fold(n) for n in names}) < len(names):
        return False
    if _KIND.match(fold(title or "")):
        return True
    return sum(map(proper_name, names)) >= 0.6 * len(names)


def said(unit_title: str, measures: list[str]) -> str:
    """The warning naming the unit column and the measure columns."""
    cols = ", ".join(f"'{t}'" for t in measures)
    return (f"không có cột 'Chỉ tiêu' và 'Kỳ báo cáo': bảng trải ngang theo đơn vị — cột '{unit_title}' là cột đơn vị "
            f"(mỗi hàng một đơn vị), các cột {cols} là các chỉ tiêu (mỗi cột một chỉ tiêu, đơn vị tính ở tiêu đề cột "
            f"hoặc danh từ của chỉ tiêu), kỳ là kỳ của bảng: mỗi ô nạp thành một hàng riêng «<đơn vị>: <chỉ tiêu>»")
