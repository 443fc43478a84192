"""A sentence that opens on a year after the report's: what it says is planned, not done.

    Năm 2025 hội chú trọng vận động các nguồn lực … với chỉ tiêu là 2 tỉ đồng; thực hiện trợ giúp người khuyết tật
    và trẻ mồ côi … là 18.000 lượt người với số kinh phí 18 tỉ đồng…/.
                                       (zh-tp-ho-chi-minh-hoi-bao-tro-nguoi-khuyet-tat-tre-mo-coi-2024, report 2024)

The year opens the sentence (``Năm 2025``, ``Sang năm 2025``, ``Bước sang năm 2025``, ``Trong năm 2025``), the
number stands in that sentence, and the year begins after the period reported ends.  Only asked of a number no row
supports, so a plan the table keeps is still checked against it.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_OPENS_ON_LATER_YEAR = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?(?:(?:bước\s+)?sang\s+|trong\s+|đến\s+|cho\s+)?năm\s+"
                                  r"((?:19|20)\d\d)(?!\d)")
_REACH = 400


def later_opened(text: str, start: int, report) -> int | None:
    """The year after ``report`` that the sentence of the number at ``start`` opens on, else None."""
    if report is None:
        return None
    s = sentence_start(text, start, _REACH)
    if s is None:
        return None
    m = _OPENS_ON_LATER_YEAR.match(text, s)
    if m is None:
        return None
    year = int(m.group(1))
    end_year = report.year + (report.index if report.kind == "term" and report.index else 0)
    return year if year > end_year else None
