"""Reporting periods: ``6 tháng đầu năm 2024`` ↔ ``2024-H1``.

Normalised forms: ``YYYY`` (năm), ``YYYY-H1``/``YYYY-H2`` (6 tháng đầu/cuối
năm), ``YYYY-Qn`` (quý), ``YYYY-MM`` (tháng).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class Period:
    year: int
    kind: str  # "year", "half", "quarter", "month"
    index: int = 0  # half 1-2, quarter 1-4, month 1-12

    @property
    def code(self) -> str:
        return {"year": f"{self.year}", "half": f"{self.year}-H{self.index}",
                "quarter": f"{self.year}-Q{self.index}", "month": f"{self.year}-{self.index:02d}"}[self.kind]

    @property
    def text(self) -> str:
        """Vietnamese wording, as reports write it."""
        if self.kind == "year":
            return f"năm {self.year}"
        if self.kind == "half":
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        if self.kind == "quarter":
            return f"quý {['I', 'II', 'III', 'IV'][self.index - 1]} năm {self.year}"
        return f"tháng {self.index} năm {self.year}"

    def shift_years(self, n: int) -> "Period":
        return Period(self.year + n, self.kind, self.index)

    def __str__(self) -> str:
        return self.code


_CODE = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$")


def parse_period(text: str) -> Period:
    """Parse a period code or Vietnamese wording; ``ValueError`` if it is neither."""
    t = unicodedata.normalize("NFC", text).strip()
    m = _CODE.match(t.upper())
    if m:
        year, part = int(m.group(1)), m.group(2)
        if not part:
            return Period(year, "year")
        if part[0] == "H":
            return Period(year, "half", int(part[1]))
        if part[0] == "Q":
            return Period(year, "quarter", int(part[1]))
        month = int(part)
        if 1 <= month <= 12:
            return Period(year, "month", month)
        raise ValueError(f"month out of range in period {text!r}")
    p = find_period(t)
    if p is None:
        raise ValueError(f"not a period: {text!r} (expected e.g. '6 tháng đầu năm 2024' or '2024-H1')")
    return p


_PATTERNS = [
    (re.compile(r"6\s*tháng\s*đầu\s*năm\s*(\d{4})", re.I), lambda m: Period(int(m.group(1)), "half", 1)),
    (re.compile(r"6\s*tháng\s*cuối\s*năm\s*(\d{4})", re.I), lambda m: Period(int(m.group(1)), "half", 2)),
    (re.compile(r"quý\s*(I{1,3}|IV|[1-4])\s*(?:/|năm)?\s*(\d{4})", re.I),
     lambda m: Period(int(m.group(2)), "quarter", _ROMAN.get(m.group(1).upper()) or int(m.group(1)))),
    (re.compile(r"tháng\s*(\d{1,2})\s*(?:/|năm)\s*(\d{4})", re.I), lambda m: Period(int(m.group(2)), "month", int(m.group(1)))),
    (re.compile(r"(?:cả\s+)?năm\s*(\d{4})", re.I), lambda m: Period(int(m.group(1)), "year")),
]


def find_period(text: str) -> Period | None:
    """The first period stated in free text (a title, a heading), if any."""
    t = unicodedata.normalize("NFC", text)
    best = None
    for pattern, make in _PATTERNS:
        m = pattern.search(t)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), make(m))
            if pattern is not _PATTERNS[-1][0]:
                return best[1]
    return best[1] if best else None
