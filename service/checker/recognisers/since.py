"""A sentence opening on a span that began in an earlier year and runs to now: a running total over years, not the
period's figure.

    Từ năm 2020 đến nay, Hội Doanh nhân trẻ tỉnh đã trao tặng 3 ngôi nhà tình nghĩa …
                                           (zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01, a month of 2022)
    Từ năm 2016 đến nay, toàn huyện đã xây dựng được 25 nhà văn hóa …
    Qua 10 năm thực hiện cuộc vận động "…", Hội … đã khảo sát và lập hồ sơ 109 lượt đối tượng, … với tổng giá trị
    trên 142 triệu đồng.            (yf-ba-ria-vung-tau-ba-ria-xa-hoa-long-hoi-chu-thap-do-2018, the report of 2018)

The span opens the sentence (``Từ năm 2020 đến nay``, ``Từ năm 2016 tới nay``, ``Từ 2018 đến nay``) and its first
year is before the year the report's period begins in; or the sentence opens on years counted (``Qua 10 năm thực
hiện …``, ``Sau 5 năm triển khai``, ``Trong 3 năm qua``) longer than the report's period.  Only asked of a number no
row supports.

A count since a body's founding is the same running total, its span named inside the sentence rather than opening it:
``CLB các Di sản Thế giới tại Việt Nam được thành lập năm 2013, đến nay đã tổ chức 6 hội nghị luân phiên``
(xi-hoi-an-my-son-di-san-khach-tham-quan-2019-h1), ``Từ khi thành lập năm 2010 đến nay, Phòng Cứu nạn-cứu hộ đã thực
hiện cứu nạn, cứu hộ khẩn cấp 307 vụ, tìm kiếm và cứu được 184 người`` (sweep c18-plo-cuuho-pccc-2017):
``thành lập (từ/vào) (năm) YYYY`` then ``đến nay``/``tới nay`` before the number in its sentence, the year before the
report's (``founded_since``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_SINCE = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?(?:tính\s+)?từ\s+(?:năm\s+)?((?:19|20)\d\d)\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)"
                    r"(?!\w)")
_REACH = 400


#: ``Qua 10 năm thực hiện``, ``Sau 5 năm triển khai``, ``Trong 3 năm qua``, ``Sau hơn 10 năm``: years counted
_OVER_YEARS = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?(?:qua|sau|trong|với)\s+(?:(?:hơn|gần|trên)\s+)?(\d{1,2})\s+năm"
                         r"(?=\s*(?:qua\b|thực\s+hiện|triển\s+khai|hoạt\s+động|xây\s+dựng|tổ\s+chức|,))")


def _years_long(report) -> int:
    """How many years the report's period spans, at the most (a term's years counted both ways: 2016-2020 is «5 năm»,
    2011-2016 «5 năm» too; else one: no shorter period holds years)."""
    return report.index + 1 if report.kind == "term" else 1


def _sentence_of(text: str, start: int, report) -> int | None:
    """Where the sentence of the number at ``start`` opens (``_REACH`` back at the most); None with no report."""
    return None if report is None else sentence_start(text, start, _REACH)


def since_earlier(text: str, start: int, report) -> str | None:
    """The span (``từ năm 2020 đến nay``) the number's sentence opens on, when it began before the report's year."""
    s = _sentence_of(text, start, report)
    if s is None:
        return None
    m = _SINCE.match(text, s)
    if m is None or int(m.group(1)) >= report.year:
        return None
    return m.group(0).strip()


#: ``thành lập năm 2013, đến nay``, ``thành lập từ năm 2004, đến nay``, ``Từ khi thành lập năm 2010 đến nay``
_FOUNDED = re.compile(r"(?i)(?<!\w)thành\s+lập\s+(?:từ\s+|vào\s+)?(?:năm\s+)?((?:19|20)\d\d)\s*,?\s+(?:đến|tới)\s+"
                      r"(?:nay|hiện\s+nay)(?!\w)")


def founded_since(text: str, start: int, report) -> str | None:
    """The span since a founding (``thành lập năm 2013, đến nay``) said in the number's sentence before it, when the
    founding year is before the report's year (module docstring)."""
    s = _sentence_of(text, start, report)
    if s is None:
        return None
    for m in _FOUNDED.finditer(text, s, start):
        if int(m.group(1)) < report.year:
            return m.group(0).strip()
    return None


def over_years(text: str, start: int, report) -> tuple[str, int] | None:
    """The years counted (``Qua 10 năm thực hiện``) that open the number's sentence, or its paragraph while no year is
    named after them (``Qua 10 năm thực hiện …, cấp học bổng....Hội chữ thập đỏ xã đã khảo sát … 109 lượt đối
    tượng``), when they are more than the report's period holds: (the words, where they start). The caller asks
    the rest of the paragraph too: a report labelled by its last year that reviews its term (``Qua 5 năm, có 1.348
    hội viên phụ nữ thoát nghèo`` at a congress, the table keeping those numbers) is about those years."""
    if report is None:
        return None
    for a in (sentence_start(text, start, _REACH), text.rfind("\n", 0, start) + 1):
        m = _OVER_YEARS.match(text, a) if a is not None else None
        if m is not None and int(m.group(1)) > _years_long(report) and not _YEAR_NAMED.search(text, m.end(), start):
            return m.group(0).strip(), m.start()
    return None


_YEAR_NAMED = re.compile(r"(?i)(?<!\w)(?:(?:19|20)\d\d|năm\s+(?:nay|qua))(?!\w)")
