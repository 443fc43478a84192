"""The base a rate names right after it, read against the base a kept rate row names in its label.

A sheet keeps a row's rate of change as a row of its own whose label says its base (the loader's ``…-TL`` rows:
``Tổng nguồn vốn tín dụng chính sách: tốc độ tăng so với 31/12/2024``, ``Giá xuất khẩu bình quân: tốc độ tăng so
với cùng kỳ năm 2017``).  A text names the same base in its own words: ``tăng 9,3% so với cuối năm 2024`` (the end of
last year, said by its day in the sheet), ``giảm 24,0% so với 15 ngày đầu tháng 9/2017`` (last year's same half
month, a part of ``cùng kỳ năm 2017``).  Such a rate is the kept row's, and the kept value proves or refutes it — not
«another base» whose value the table lacks (``derive._rate_of_another`` reads ``so với cuối năm``, ``so với 15 ngày
…`` as other bases: right against a row kept against last year's same period, wrong against a row that says that
very base).

Two bases are the same when they name the same year and the same kind of base: the end or start of a year
(``cuối năm 2024``, ``31/12/2024``, ``đầu năm 2025``, ``01/01/2025`` — the end of one year is the start of the next)
or a same period of a year (``cùng kỳ năm 2017``, ``15 ngày đầu tháng 9/2017``, ``tháng 9/2017``, ``năm 2017``).  A
base naming no year (``so với tháng trước``, ``so với cùng kỳ``) is never matched here.
"""

from __future__ import annotations

import re

from service.checker.match import fold

#: ``so với <base>`` right after a rate (its sign and a closing bracket may stand between), up to the clause's end
#: (a full stop ends it; a dot between digits, ``31.12.2024``, does not).
_BASE_AFTER = re.compile(r"(?i)\s*%?\)?\s*,?\s*so\s+(?:với\s+)?((?:[^,;()\n.]|\.(?=\d)){1,50})")
#: ``so với <base>`` in a folded label, to its end.
_LABEL_BASE = re.compile(r"\bso (?:voi )?(.+)$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: The end or the start of a year: ``cuối năm 2024``, ``31/12/2024``, ``31-12-2024``, ``đầu năm``, ``01/01/2025``.
_YEAR_EDGE = re.compile(r"\b(?:cuoi nam|dau nam|31\s*[/-]\s*12|0?1\s*[/-]\s*0?1)\b")


def _kind_and_year(folded: str) -> tuple[str, int] | None:
    """(``edge`` or ``period``, the year the edge is the end of / the period is in) of a folded base phrase."""
    years = _YEAR.findall(folded)
    if not years:
        return None
    year = int(years[-1])
    edge = _YEAR_EDGE.search(folded)
    if edge is None:
        return "period", year
    said = edge.group(0)
    if said.startswith("dau") or re.match(r"0?1\s*[/-]\s*0?1", said):
        return "edge", year - 1   # the start of 2025 is the end of 2024
    return "edge", year


def base_after(text: str, end: int) -> str | None:
    """The base named right after the rate ending at ``end`` (``so với cuối năm 2024`` → ``cuối năm 2024``)."""
    m = _BASE_AFTER.match(text, end)
    return m.group(1).strip() if m else None


def label_base(label: str) -> str | None:
    """The base a kept rate row's label names (``…: tốc độ tăng so với 31/12/2024`` → ``31/12/2024``, folded)."""
    m = _LABEL_BASE.search(fold(label))
    return m.group(1).strip() if m else None


def same_kept_base(text: str, end: int, label: str) -> bool:
    """The rate ending at ``end`` names, right after it, the base the kept rate row ``label`` names: the same year
    and the same kind of base (a year's end or start; a period of a year)."""
    said, kept = base_after(text, end), label_base(label)
    if said is None or kept is None:
        return False
    a, b = _kind_and_year(fold(said)), _kind_and_year(kept)
    return a is not None and a == b
