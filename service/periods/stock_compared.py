"""A count to a month's end compared with a year's start or end: a stock at that month (periods round 60).

``Đến hết tháng 10/2020, số người tham gia BHXH là 15,67 triệu người, ... tăng 114,5 nghìn người so với tháng 9/2020,
..., giảm 418.900 người so với cuối năm 2019`` (held-out wa-toan-quoc-bhxh-viet-nam-nguoi-tham-gia-bhxh-2020-10, coded
2020-10), ``đến cuối tháng 5-2021, tổng huy động vốn ước đạt 43.100 tỷ đồng, tăng 7,8% so với cuối năm 2020`` (sweep
t13-gialai-nhnn-tindung-t5-2021, labelled May): only what there *is* at a moment can be measured against what there
was at the year's end or start (``so với cuối năm``, ``so với đầu năm``, ``so với thời điểm cuối năm``) — a running
total of the months so far has nothing at the year's end to be compared with. So the count is of the month, not of
the months so far (the to-date recogniser's ``10T``).

Not at a quarter's, a half's or the year's end: there the running reading is the edition the balance closes, as the
folder codes it (``đến hết tháng 3/2018 nợ quá hạn ... tăng 356 triệu đồng so với đầu năm``, held-out yp-phu-yen-nhcsxh,
2018-Q1; ``đến cuối tháng 6/2024, tổng nguồn huy động ... tăng 3,65% so với cuối năm 2023``, ze-ba-ria-vung-tau-nhnn,
2024-H1; ``đến cuối tháng 12/2020, tổng đàn heo ...``, sweep c22-danviet-danheo: the year). Nor a comparison in
another paragraph, nor one with a year's same months (``so với cùng kỳ``: any count's), nor a paragraph that reports
the months so far in their own words as well (``Tính đến hết tháng 10/2006, 11 Quỹ tín dụng ... có gần 13 ngàn thành
viên ... 10 tháng đầu năm nay, các Quỹ đã cho 5.459 lượt thành viên vay vốn ..., đưa dư nợ cho vay đạt xấp xỉ 67 tỷ
đồng, tăng 29% so với đầu năm``, sweep c32-vapcf-quy-tin-dung-quang-tri-10-thang-2006: the ten months, as before)."""

from __future__ import annotations

import re

from .model import Period, ytd

#: "so với cuối năm 2019", "so với đầu năm", "so với thời điểm cuối năm 2020": a year's end or start as the base
_YEAR_EDGE = re.compile(r"\bso\s+với\s+(?:thời\s+điểm\s+)?(?:cuối|đầu)\s+năm\b", re.I)


def stock_against_year_edge(t: str, m: re.Match, month: int, year: int) -> Period | None:
    """The month ``month``/``year`` when the paragraph after ``m`` (a count to that month) measures it against a year's
    end or start and the months so far to it are no quarter, half or year; else None."""
    if not year or not 1 <= month <= 12 or ytd(year, month).kind != "ytd":
        return None
    end = t.find("\n", m.end())
    paragraph = t[m.end():end if end >= 0 else len(t)]
    if not _YEAR_EDGE.search(paragraph) or re.search(r"(?<![\d,.])0?" + str(month) + r"\s+tháng\b", paragraph, re.I):
        return None
    return Period(year, "month", month)
