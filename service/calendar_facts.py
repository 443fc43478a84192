"""Calendar facts a new period changes: years, the lunar year, anniversary counts.

Computed, never guessed: the lunar year name comes from the sexagenary cycle,
an anniversary count from the year of a known event (the checker's table of
events, so drafting and checking agree), else shifted by the number of years
between the periods.
"""

from __future__ import annotations

import re

from service.checker.extract import EVENTS

STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]

LUNAR = re.compile(r"\b(" + "|".join(STEMS) + r")\s+(" + "|".join(BRANCHES) + r")\b")
ANNIVERSARY = re.compile(r"\b(\d{1,3})\s+năm\s+(ngày\s+)?(thành lập|giải\s+phóng|ngày sinh|chiến thắng|kỷ niệm)([^;,.()]{0,60})")
YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?!\d|[/.,]\d)")
DOC_REF = re.compile(r"(số|Kết luận|Chỉ thị|Nghị quyết|Quyết định|Nghị định|Thông tư|Kế hoạch|Công văn)\s+[^;.]{0,40}?ngày\s+\d{1,2}/\d{1,2}/\d{4}", re.I)


def can_chi(year: int) -> str:
    """Lunar year name: 2023 → 'Quý Mão', 2024 → 'Giáp Thìn'."""
    return f"{STEMS[(year - 4) % 10]} {BRANCHES[(year - 4) % 12]}"


def event_year(text: str) -> int | None:
    """The year of a known event the text names."""
    for pattern, year, _name in EVENTS:
        if pattern.search(text):
            return year
    return None


def shift_calendar(text: str, old_year: int, new_year: int) -> str:
    """Move a text written for ``old_year`` to ``new_year``.

    Years near the period (``old_year - 1`` .. ``old_year + 1``) shift by the
    difference, except inside dated document references (``Kết luận số
    21-KL/TW ngày 25/10/2021``); lunar year names and anniversary counts are
    recomputed.
    """
    delta = new_year - old_year
    if delta == 0:
        return text
    protected = [m.span() for m in DOC_REF.finditer(text)]

    def in_ref(pos: int) -> bool:
        return any(a <= pos < b for a, b in protected)

    def anniversary(m: re.Match) -> str:
        if in_ref(m.start()):
            return m.group(0)
        base = event_year(m.group(0))
        count = int(m.group(1))
        new = (new_year - base) if base and new_year - base > 0 else count + delta
        return f"{new}" + m.group(0)[len(m.group(1)):]

    text = ANNIVERSARY.sub(anniversary, text)
    text = LUNAR.sub(lambda m: can_chi(new_year) if _lunar_year_of(m.group(0)) in (old_year, None) else m.group(0), text)

    def year(m: re.Match) -> str:
        y = int(m.group(1))
        if in_ref(m.start()) or not (old_year - 1 <= y <= old_year + 1):
            return m.group(0)
        return str(y + delta)

    return YEAR.sub(year, text)


def _lunar_year_of(name: str) -> int | None:
    """The year around the period with this lunar name (None if not near 2000-2100)."""
    for y in range(1990, 2100):
        if can_chi(y) == name:
            return y if y > 2000 else None
    return None
