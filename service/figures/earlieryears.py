"""The same period of a year before last: ``7 tháng năm 2020`` beside ``7 tháng năm 2024``, ``Quý I/2015`` beside
``Quý I/2017`` — the same months of an earlier year, which pages compare the period with (Cục Quản lý đê điều's «53
người … cùng kỳ năm 2020»; Cục Quản lý đăng ký kinh doanh's quarter against 2016, 2015 and 2014).

Last year's is ``Cùng kỳ năm trước`` (a column of its own); the whole years before the period were already kept as
rows «<chỉ tiêu> (năm 2021)» (``columns``: «số liệu của một kỳ trước»), while the same months of an earlier year were
set aside «số liệu của kỳ khác … bỏ qua cột này» — the one comparison base the page gave, lost.  They are kept the
same way, rows of their own named by their period.  A term (``2016 - 2020``) has no such same months.
"""

from __future__ import annotations

import re
import unicodedata

from service.figures.schema import title_period
from service.periods import Period, parse_period


def same_months_years_before(p: Period | None, whole: Period | None) -> bool:
    """``p`` is ``whole``'s months (same kind, same index) of a year two or more years before it.  Not a single month:
    a column titled by a month of an earlier year is a calendar's (``Tháng 5/2010`` … over one indicator a row a
    year: figures round 20), and a rate against one (zs Thừa Thiên Huế's ``Tháng 5 năm 2024 so với tháng 5 năm 2022
    (%)``) is the onboarding template's derivation (tests/test_template_round45.py, tests/test_onboarding_pasted.py):
    both left as they were."""
    return p is not None and whole is not None and p.kind == whole.kind and p.kind not in ("term", "month") \
        and p.index == whole.index and p.year <= whole.year - 2


#: A comparison's words before the period a column title names: ``So với quý I/2015 (%)``, ``So sánh với 7 tháng
#: năm 2020``, ``Tăng so với cùng kỳ năm 2019``.
_AGAINST = re.compile(r"(?i)\bso(?:\s+(?:với|sánh(?:\s+với)?))?\s+(?:cùng\s+kỳ\s+)?(.+?)\s*(?:\(\s*%\s*\))?\s*$")


#: «cùng kỳ» then a bare year (``cùng kỳ 2019``, ``cùng kỳ năm 2019``): the period's own months of that year.
_SAME_PERIOD_OF_A_YEAR = re.compile(r"(?i)\bcùng\s+kỳ\s+(?:năm\s+)?(?:19|20)\d{2}\s*(?:\(\s*%\s*\))?\s*$")


def same_months_of(whole: Period, year: int) -> Period | None:
    """``whole``'s months (same kind, same index) in ``year``."""
    try:
        return parse_period(f"{year}{whole.code[4:]}")
    except ValueError:
        return None


def compared_with_years_before(title: str, whole: Period | None, header: list) -> Period | None:
    """The period a per cent comparison column names when it is ``whole``'s months of a year two or more years before
    (``So với quý I/2015 (%)``, ``So với quý I/2014 (%)`` beside ``Quý I/2017 | So với quý I/2016 (%)``) and no column
    of the table holds that period's numbers: nothing gives the rate back, so each row's rate is its own (main set
    the columns aside «được tính lại từ các cột số liệu», which no column did).  None otherwise."""
    said = unicodedata.normalize("NFC", str(title or ""))
    m = _AGAINST.search(said)
    if not m or "%" not in said:
        return None
    p = title_period(m.group(1))
    if p is not None and p.kind == "year" and whole is not None and whole.kind != "year" and \
            _SAME_PERIOD_OF_A_YEAR.search(said):
        # «So với cùng kỳ 2019 (%)» in a sheet of 11 months of 2022 (Cục Hàng không, held-out xz-…-2022-11t): «cùng
        # kỳ» names the period's own months, the year only says which year's — 11 months of 2019, not the year
        p = same_months_of(whole, p.year)
    if not same_months_years_before(p, whole):
        return None
    held = [h for h in header if h and not _AGAINST.search(unicodedata.normalize("NFC", str(h)))]
    return None if any(title_period(str(h)) == p for h in held) else p
