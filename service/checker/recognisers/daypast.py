"""A day and month written ``N/M`` with no date word before it, whose day is past the month's number: ``tiết lập xuân
04/02``, ``tính đén 31/12`` — a date, not a part over its whole (a part cannot exceed its whole, so the fraction
reading would only flag a number the source never got wrong).

    … thời vụ gieo cấy xung quanh tiết lập xuân 04/02 và kết thúc cấy xong trong tháng …
                                      (held-out zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024)
    … Công ty cao su Phú Riềng (Công ty cao su Phú Riềng), tính đén 31/12, Công ty thực hiện 25.700 tấn …
                                      (held-out zy-binh-phuoc-cong-ty-cao-su-phu-rieng-san-xuat-kinh-doanh-2017; ``đén``
                                      for ``đến``: the date cue misspelt)

- ``DAY_PAST_MONTH``: ``N/M`` with 1 ≤ M ≤ 12 < … — a real day/month whose day is larger than its month — followed
  by punctuation, the end of the line, a capitalised word (a name, a new sentence) or ``và``/``đến``/``tới``/
  ``hoặc``/``năm``. A pair followed by a word it could count stays a fraction (``đạt 15/12 tiêu chí``: the part past
  its whole is then the source's error, and is flagged), as does a pair after ``/`` or before ``%``.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule
from service.checker.recognisers.dates import valid_date

_AFTER = re.compile(r"\s*(?:[,.;:)\]!?]|\n|$)|\s+(?:và|đến|tới|hoặc|năm)(?!\w)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_])")


def _day_past_month(text: str, m: re.Match) -> bool:
    """A real day/month, the day past the month, then punctuation, a closed-class word or a capitalised word (a
    letter's own case decides: ``đơn vị`` after ``12/10`` is lower case — a part over its whole, a fraction)."""
    day, month = (int(x) for x in re.split(r"\s?/\s?", m.group(1)))
    if not (valid_date(m.group(1)) and day > month):
        return False
    nxt = _NEXT_WORD.match(text, m.end(1))
    return bool(_AFTER.match(text, m.end(1))) or (nxt is not None and nxt.group(1).isupper())


DAY_PAST_MONTH = Rule("day-past-month", "date", "a day and month whose day is past the month (04/02, 31/12), a date",
                      re.compile(r"(?<![\w.,/])(\d{1,2}/\d{1,2})(?![\d/]|[.,]\d)(?!\s*%)"),
                      accept=_day_past_month, needs=("/",))
