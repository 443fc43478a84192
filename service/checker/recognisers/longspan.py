"""A sentence opening on a closed span of several years that began before the report's period: the span's total.

    Theo Tổng cục Phòng, chống thiên tai (PCTT), từ tháng 1-2011 đến tháng 12-2018, cả nước xảy ra 10.153 vụ vi phạm
    pháp luật về đê điều. Đáng chú ý, các cơ quan chức năng mới xử lý được 3.062 vụ, tồn đọng 7.091 vụ. Từ đầu năm
    2019 đến nay, …             (yy-toan-quoc-tong-cuc-phong-chong-thien-tai-vat-tu-gia-co-de-dieu-2018, the year 2018)
    Theo báo cáo của UBND tỉnh, từ tháng 1.2014 đến tháng 12.2016, toàn tỉnh tiếp nhận 1.142 đơn tố cáo.
                                                            (c42-huyenuyphucu-don-to-cao-2014-2016)

The span is written out, both ends a year (``từ tháng 1-2011 đến tháng 12-2018``, ``từ tháng 1.2014 đến tháng
12.2016``, ``từ năm 2011 đến năm 2018``, ``giai đoạn 2011 - 2018``) and it opens the sentence, after a cited source at
most (``Theo …,``). Its first year is before the report's and it runs longer than the report's period by a year at
least (``từ tháng 10/2017 đến tháng 9/2018`` is a season, a school year: it may be the report's own). The rest of the
paragraph goes on counting the span while no other year is named (``Đáng chú ý, … mới xử lý được 3.062 vụ``).
``since.since_earlier`` keeps the open span (``Từ năm 2020 đến nay``), ``since.over_years`` the years counted.  Only
asked of a number no row supports.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_YEAR = r"((?:19|20)\d\d)"
_MONTH = r"(?:tháng\s+\d{1,2}\s*[-/.]\s*|năm\s+)?"
#: ``Theo <nguồn>,`` cited before the span
_CITED = r"(?:theo\s+[^.;\n]{1,100}?,\s*)?"
_SPAN = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?" + _CITED + r"(?P<span>(?:trong\s+)?(?:"
                   r"(?:tính\s+)?từ\s+" + _MONTH + _YEAR + r"\s+(?:đến|tới)\s+(?:hết\s+)?" + _MONTH + _YEAR +
                   r"|giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?" + _YEAR + r"\s*[-–]\s*(?:năm\s+)?" + _YEAR + r"))(?!\d)"
                   r"\s*,")
_YEAR_NAMED = re.compile(r"(?i)(?<![\w.,/-])(?:(?:19|20)\d\d|năm\s+(?:nay|qua))(?!\w)")
_REACH = 400


def _years_long(report) -> int:
    """How many years the report's period spans at the most (a term counted both ways; a shorter period, one)."""
    return report.index + 1 if report.kind == "term" else 1


def _opening_span(text: str, at: int | None, report):
    """The span that opens the sentence at ``at`` when it began before the report and is longer than it."""
    m = _SPAN.match(text, at) if at is not None else None
    if m is None:
        first, last = None, None
    else:
        first, last = (int(m.group(2)), int(m.group(3))) if m.group(2) else (int(m.group(4)), int(m.group(5)))
    if m is None or not first < report.year or last - first < max(2, _years_long(report)):
        return None
    return m


def closed_span(text: str, start: int, report) -> tuple[str, int] | None:
    """The closed span of years (``từ tháng 1-2011 đến tháng 12-2018``) that opens the number's sentence, or an earlier
    sentence of its paragraph with no year named since, when it began before the report's period and runs longer: (the
    span's words, where its sentence starts). The caller asks the rest of the paragraph too: a table keeping the span's
    figures makes the paragraph the report's own."""
    if report is None or getattr(report, "year", None) is None:
        return None
    para = text.rfind("\n", 0, start) + 1
    at = sentence_start(text, start, _REACH)
    at = para if at is not None and at < para else at   # ("đồng.\n\nTrong giai đoạn …": a full stop's break ends there)
    while at is not None and at >= para:
        m = _opening_span(text, at, report)
        if m is not None:
            return (m.group("span"), at) \
                if not _YEAR_NAMED.search(text, m.end(), start) else None
        if _YEAR_NAMED.search(text, at, start):
            return None
        if at == para:
            break
        at = sentence_start(text, at - 1, _REACH)
        at = para if at is not None and at < para else at
    return None
