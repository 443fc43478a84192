"""Readings at instants: a hydrology bulletin's table of water levels, each measured at an hour of a day.

Đài KTTV Thái Bình writes its water levels two ways, both read here:
- a value column beside the hour it was reached: ``Sông | Trạm | Hmax | TGXH (Giờ | Ngày) | Hmin | TGXH`` over
  ``Trà Lý | Quyết Chiến | 168 | 08h00 | 16 | 79 | 02h25 | 17`` (bulletins of 17/9/2022 and 28/9/2022);
- a column per hour of a day: ``H (cm) thực đo`` over ``13h 09/12 | 19h 09/12 | 1h 10/12 | 7h 10/12 | Hmax | Hmin``
  (bulletins of 10/12/2020 and 12/3/2021).
Such a number is the level at that hour, not a figure of a reporting period (a month's, a year's): the table has no
indicator column and no column of the period's values, so the loader refuses it, and the refusal says so, naming the
row and an hour it found, and what a figures table needs instead.  The hour is written the Vietnamese way, ``08h00``,
``02h25``, ``13h``, alone or before a day ``09/12``; «giờ» written out (``7 giờ 45 phút``) is a text's, not a cell's.
"""

from __future__ import annotations

import re

#: An hour of the day as a cell writes it: ``08h00``, ``2h25``, ``13h``, maybe followed by the day ``09/12``.
_HOUR = re.compile(r"^\s*([01]?\d|2[0-3])h(?:([0-5]\d))?(?:\s+(\d{1,2})/(\d{1,2})(?:/\d{2,4})?)?\s*$")


def hour_of_day(cell) -> bool:
    """The cell is an hour of a day (``08h30``, ``13h 09/12``), not a number."""
    if not isinstance(cell, str):
        return False
    m = _HOUR.match(cell)
    if not m:
        return False
    if m.group(3) and not (1 <= int(m.group(3)) <= 31 and 1 <= int(m.group(4)) <= 12):
        return False
    return bool(m.group(2) or m.group(3))   # «13h» alone may be a length (hours); with minutes or a day, an hour


def _filled(c) -> bool:
    return c is not None and (not isinstance(c, str) or bool(c.strip()))


def _shown(cells: list, limit: int = 8) -> str:
    vals = [str(c).strip() for c in cells if _filled(c)]
    return " | ".join(vals[:limit]) + (" | …" if len(vals) > limit else "")


def _hours_in(cells: list) -> list[tuple[int, str]]:
    return [(k, str(c).strip()) for k, c in enumerate(cells) if hour_of_day(c)]


def readings_at_hours(rows: list[tuple[int, list]]) -> str:
    """What the refusal adds when the sheet's numbers are readings at hours of a day: hours in two or more rows'
    cells (``08h00`` beside each level) or two or more in a header row (``13h 09/12 | 19h 09/12``).  Names the first
    row of words above them (the header) and an hour; "" when the sheet writes no such hours."""
    dated = [(n, cells, _hours_in(cells)) for n, cells in rows]
    in_rows = [(n, hours) for n, _, hours in dated if hours]
    if not in_rows or (len(in_rows) < 2 and len(in_rows[0][1]) < 2):
        return ""
    first_n, first_hours = in_rows[0]
    header = next(((n, cells) for n, cells in rows if n < first_n and sum(_filled(c) for c in cells) >= 3
                   and not any(isinstance(c, (int, float)) for c in cells)), None)
    head = f"hàng {header[0]} («{_shown(header[1])}») là" if header else "bảng là"
    k, hour = first_hours[0]
    return (f"; {head} bảng trị số đo tại từng thời điểm (giờ «{hour}» ở hàng {first_n}, cột {k + 1}): mỗi số là trị "
            "số đo lúc đó, không phải số liệu của một kỳ báo cáo; để nạp, ghi mỗi chỉ tiêu một hàng (ví dụ «Mực nước "
            "cao nhất tại trạm …», đơn vị 'cm') với cột số liệu của kỳ")
