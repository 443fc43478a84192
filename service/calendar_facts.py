"""Calendar facts a new period changes: periods named, years, the lunar year, anniversary counts.

Computed, never guessed: the lunar year name comes from the sexagenary cycle,
an anniversary count from the year of a known event (the checker's table of
events, so drafting and checking agree), else shifted by the number of years
between the periods; a period the text names moves with the report
(:func:`service.periods.map_mention`), written in the text's own notation.
"""

from __future__ import annotations

import re

from service.checker.extract import EVENTS
from service.lunar import BRANCHES, STEMS, year_name
from service.periods import Period, find_mentions, map_mention


LUNAR = re.compile(r"\b(" + "|".join(STEMS) + r")\s+(" + "|".join(BRANCHES) + r")\b")
ANNIVERSARY = re.compile(r"\b(\d{1,3})\s+năm\s+(ngày\s+)?(thành lập|giải\s+phóng|ngày sinh|chiến thắng|kỷ niệm)([^;,.()]{0,60})")
YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?!\d|[/.,]\d)")
DOC_REF = re.compile(r"(số|Kết luận|Chỉ thị|Nghị quyết|Quyết định|Nghị định|Thông tư|Kế hoạch|Công văn)\s+[^;.]{0,40}?ngày\s+\d{1,2}/\d{1,2}/\d{4}", re.I)


def can_chi(year: int) -> str:
    """Lunar year name: 2023 → 'Quý Mão', 2024 → 'Giáp Thìn' (the cycle: :mod:`service.lunar`)."""
    return year_name(year)


def event_year(text: str) -> int | None:
    """The year of a known event the text names."""
    for pattern, year, _name in EVENTS:
        if pattern.search(text):
            return year
    return None


def shift_calendar(text: str, old: int | Period, new: int | Period) -> str:
    """Move a text written for the period ``old`` to the period ``new``.

    ``old``/``new`` are periods (or bare years: a whole-year move).  Periods
    the text names move with the report: the current one becomes the new one,
    the next one ("phương hướng ... quý III") the new one's next, other kinds
    by the years between (:func:`service.periods.map_mention`).  Other years near
    the period (``old_year - 1`` .. ``old_year + 1``) shift by the difference,
    except inside dated document references (``Kết luận số 21-KL/TW ngày
    25/10/2021``); lunar year names and anniversary counts are recomputed.
    """
    old_year = old.year if isinstance(old, Period) else old
    new_year = new.year if isinstance(new, Period) else new
    delta = new_year - old_year
    aware = isinstance(old, Period) and isinstance(new, Period) and old != new
    if delta == 0 and not aware:
        return text
    protected = [m.span() for m in DOC_REF.finditer(text)]
    edits: list[tuple[int, int, str]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in protected) and not any(x < b and a < y for x, y, _ in edits)

    if aware:
        for men in find_mentions(text, date_year=old_year):
            if men.recogniser in ("date-range", "past-year", "this-month", "lunar-new-year"):
                continue                      # dates shift as years below; "năm qua", "tháng này" need no change;
                #                               Tết's lunar name and its year shift below too
            moved = map_mention(men.period, old, new)
            if moved != men.period and free(men.start, men.end):
                edits.append((men.start, men.end, men.rewrite(text, moved)))
            elif free(men.start, men.end):
                edits.append((men.start, men.end, text[men.start:men.end]))  # right as it is: leave its year alone
    if delta:
        for m in ANNIVERSARY.finditer(text):
            if free(m.start(1), m.end(1)):
                base = event_year(m.group(0))
                count = int(m.group(1))
                edits.append((m.start(1), m.end(1), str(new_year - base if base and new_year - base > 0 else count + delta)))
        for m in LUNAR.finditer(text):
            if _lunar_year_of(m.group(0)) in (old_year, None) and free(m.start(), m.end()):
                edits.append((m.start(), m.end(), can_chi(new_year)))
        for m in YEAR.finditer(text):
            y = int(m.group(1))
            if old_year - 1 <= y <= old_year + 1 and free(m.start(), m.end()):
                edits.append((m.start(), m.end(), str(y + delta)))
    out, pos = [], 0
    for a, b, rep in sorted(edits):
        out.append(text[pos:a])
        out.append(rep)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _lunar_year_of(name: str) -> int | None:
    """The year around the period with this lunar name (None if not near 2000-2100)."""
    for y in range(1990, 2100):
        if can_chi(y) == name:
            return y if y > 2000 else None
    return None
