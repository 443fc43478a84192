"""What an agency's sheet says around its table, read from its layout (small recognisers, used by ``load``):

- ``unit_line``: a line above the header giving the unit of the whole table (``Đơn vị tính: triệu đồng``,
  ``ĐVT: tỷ đồng``, ``(Đơn vị: triệu đồng)``), the unit of every row that gives none of its own;
- ``footer_rows``: what sits under the table — notes, ``Nơi nhận``, the signature block (``KT. CỤC TRƯỞNG``,
  ``T/M BAN THƯỜNG VỤ``, ``CHỦ TỊCH``) — rows after the last row holding a number, with no indicator name (or a
  role in capitals there: ``NGƯỜI LẬP BIỂU``) and only words in the value columns: not figures, left out with one
  warning (a row with a name keeps its error).
"""

from __future__ import annotations

import re

from service.figures.schema import COUNT, fold, is_none_mark, read_unit
from service.numbers import parse_table_number

#: ``Đơn vị tính: triệu đồng``; ``ĐVT: tỷ đồng``; ``Đơn vị: triệu đồng`` (the last only for a unit that is no count:
#: ``Đơn vị: Hội Nông dân xã`` names the agency).
_UNIT_LINE = re.compile(r"(?i)(?<!\w)(đơn\s*vị\s*tính|đv\s*tính|đvt|đơn\s*vị)(?:\s*[-–/]\s*unit)?\s*[:：]\s*"
                        r"([^:;()\n]{1,40}?)(?:\s*\([^():;\n]{1,30}\))?\s*\)?\s*\.?\s*$")   # "Đơn vị tính - Unit: %"
#: (a yearbook's gloss); "Đơn vị tính: giải (tác phẩm)": the unit, then in brackets what it counts (left out)


#: A statistics yearbook's English gloss after the Vietnamese: ``Lớp - Class``, ``Người - Person``.
_GLOSS = re.compile(r"\s+-\s+[A-Za-z][A-Za-z .,/()]*$")


def unit_line(titles: list[str]) -> str | None:
    """The unit a title row above the header gives the whole table, as written (an English gloss left out: ``Đơn vị
    tính: Lớp - Class`` → ``Lớp``); a line that is a symbol alone (a yearbook's ``%`` over its table of indices);
    None if none does."""
    for t in titles:
        line = " ".join(str(t).split())
        if line in ("%", "‰") or scaled_unit_alone(line):
            return line
        m = _UNIT_LINE.search(line)
        if not m:
            continue
        written = _GLOSS.sub("", m.group(2).strip())
        unit = read_unit(written)
        if unit is None:
            continue
        if m.group(1).lower().replace(" ", "") == "đơnvị" and unit.kind == COUNT:
            continue
        return written.strip()
    return None


#: A scale word opening a unit: ``Nghìn người.km``, ``Triệu lượt người``, ``Tỷ đồng``.
_SCALED = re.compile(r"(?i)^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+\S")


def scaled_unit_alone(line: str) -> str | None:
    """A line that is only a unit with its scale word (``Triệu lượt người`` above a yearbook's years, ``Nghìn
    người.km`` right under them): the unit of the whole table, as a yearbook prints it without ``Đơn vị tính:``.
    A noun alone (``Người``, ``Huyện``) is none: it may name a row or a place."""
    said = " ".join(str(line).split())
    if len(said) > 30 or not _SCALED.match(said):
        return None
    unit = read_unit(said)
    return said if unit is not None and unit.scale != 1 else None


def lone_unit_row(cells: list) -> str | None:
    """A row holding only such a unit, in its first cell (the years' header over ``Nghìn người.km | | | …``)."""
    filled = [(k, c) for k, c in enumerate(cells) if c is not None and str(c).strip()]
    if len(filled) != 1 or filled[0][0] != 0 or not isinstance(filled[0][1], str):
        return None
    return scaled_unit_alone(filled[0][1])


#: A unit closing a group's title: ``Chỉ số phát triển (Năm trước = 100) - %``, ``Giá trị sản xuất (tỷ đồng)``.
_GROUP_UNIT = re.compile(r"(?:\s[-–]\s*|\()\s*([^()\-–]{1,20}?)\s*\)?\s*$")


#: A row that is only a unit and its English gloss (``Lớp - Class``, ``Người - Person``, ``Trường - School``).
_UNIT_GLOSSED = re.compile(r"^([^\W\d_]+)\s+-\s+[A-Z][a-z]+$")  # one syllable, one English word: no "Tiểu học"


def group_unit(title: str) -> str | None:
    """The unit a group's title gives the rows under it, over the table's (a yearbook's block of indices in % under
    ``Đơn vị tính: Lớp``); a count noun is no such unit (``Huyện A - Xã B`` names places), nor a gloss in English."""
    said = " ".join(str(title).split())
    glossed = _UNIT_GLOSSED.match(said)   # a yearbook's unit line "Lớp - Class", "Người - Person": the noun alone
    if glossed and read_unit(glossed.group(1)) is not None and fold(glossed.group(1)) not in ("nam", "nu"):
        return glossed.group(1)[:1].lower() + glossed.group(1)[1:]
    m = _GROUP_UNIT.search(said)
    if not m or _GLOSS.search(f" - {m.group(1)}") and not m.group(1).startswith("%"):
        return None
    unit = read_unit(m.group(1))
    return m.group(1).strip() if unit is not None and unit.kind != COUNT else None


def _is_number(v) -> bool:
    if not isinstance(v, str):
        return v is not None
    try:
        parse_table_number(v)
        return True
    except ValueError:
        return False


def _words(v) -> bool:
    return isinstance(v, str) and bool(re.search(r"[^\W\d_]{2}", v)) and not _is_number(v) and not is_none_mark(v)


def _role(v) -> bool:
    """A signature line's words in the indicator's column: a role in capitals (``NGƯỜI LẬP BIỂU``, ``KT. CHÁNH ÁN``)
    or a remark in parentheses (``(đã ký)``, ``(Ký, ghi rõ họ tên)``)."""
    t = " ".join(str(v).split())
    return _words(t) and (t == t.upper() or (t.startswith("(") and t.endswith(")")))


def footer_rows(rows: list[tuple[int, list]], value_cols: list[int], label_col: int) -> set[int]:
    """Row numbers of the rows under the table (rules above)."""
    def cell(cells, i):
        return cells[i] if i < len(cells) else None

    last = max((k for k, (_, cells) in enumerate(rows) if any(_is_number(cell(cells, i)) for i in value_cols)),
               default=None)
    if last is None:
        return set()
    out: set[int] = set()
    started = False
    for rownum, cells in rows[last + 1:]:
        vals = [cell(cells, i) for i in value_cols if cell(cells, i) not in (None, "")]
        label = cell(cells, label_col)
        if vals and all(_words(v) for v in vals) and (label is None or not str(label).strip() or _role(label)):
            started = True
        if started:
            out.add(rownum)
    return out
