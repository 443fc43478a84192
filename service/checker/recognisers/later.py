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


def end_year(report) -> int:
    """The last year ``report`` covers (a term's last: ``2015-2020`` → 2020). The one reading of it for the year
    readers (``laterpara``, ``aimhead``, ``forecasts``)."""
    return report.year + (report.index if report.kind == "term" and report.index else 0)


def _after_report(year: int, report) -> int | None:
    """``year`` when it begins after ``report`` ends, else None."""
    return year if year > end_year(report) else None


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
    return _after_report(year, report)


#: the first sentence of a paragraph that sets a later period's aims: an aim's verb, then that period's year
_AIM_VERB = re.compile(r"(?i)(?<!\w)(?:phấn\s+đấu|mục\s+tiêu|dự\s+kiến)(?!\w)")
#: how far after the aim's word its later year may stand (``phấn đấu hoàn thành … trong năm 2015``)
_AIM_REACH = 120
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_FIRST_SENTENCE_END = re.compile(r"\.(?=\s)|\n")
#: a mark of what was done: the sentence reports, whatever aims came before it
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|vừa|hiện)(?!\w)")


def aims_paragraph(text: str, start: int, report) -> int | None:
    """The later year whose aims the paragraph of the number at ``start`` opens on, when the number's own sentence
    names no year:

        Xã Vân Tảo phấn đấu hoàn thành việc xây dựng nông thôn mới trong năm 2015; giảm tỷ lệ hộ nghèo xuống 1,1%; …
        Thu nhập bình quân đầu người đạt 37 triệu đồng/người/năm. Tổng sản lượng lương thực … đạt 2.260 tấn trở lên.
                                      (zq-ha-noi-thuong-tin-xa-van-tao-ktxh-nong-thon-moi-2014, report 2014)

    The paragraph's first sentence holds an aim's word (``phấn đấu``, ``mục tiêu``, ``dự kiến``: not ``chỉ tiêu`` nor
    ``kế hoạch``, which results are measured against) and, soon after it, a year after the report's end (not ``… đạt
    100% chỉ tiêu …, hiện đang triển khai … nhập ngũ năm 2020``, b-tp-quang-ngai-qpan-2019-9t); every sentence of that
    paragraph goes on with the aims (``đạt`` there is the aim's verb), unless it names its own year or a mark of what
    was done (``đã``, ``hiện``).  Only asked of a number no row supports."""
    if report is None:
        return None
    para = text.rfind("\n", 0, start) + 1
    first_end = _FIRST_SENTENCE_END.search(text, para)
    first = text[para:first_end.end() if first_end else len(text)]
    verb = _AIM_VERB.search(first)
    if verb is None:
        return None
    later = [int(y) for y in _YEAR.findall(first[verb.start():verb.end() + _AIM_REACH]) if _after_report(int(y), report)]
    if not later:
        return None
    own = sentence_start(text, start, _REACH)
    if own is not None and own > para:
        stop = _FIRST_SENTENCE_END.search(text, start)
        if _YEAR.search(text, own, stop.start() if stop else len(text)):
            return None   # the sentence names its own year
        if _DONE.search(text, own, start):
            return None   # "Hiện Hội đã hỗ trợ 12 hộ vay vốn": a sentence that reports again
    return later[0]


#: ``… đạt mức 6,5 triệu tấn hàng hóa trong năm 2015``: a later year right after the number and its noun
_LATER_AFTER = re.compile(r"(?i)[^\W\d_]*(?:[ \t]+[^\W\d_]+){0,4}?[ \t]*,?[ \t]*(?:trong|vào|đến|cho|của)[ \t]+năm[ \t]+"
                          r"((?:19|20)\d\d)(?!\d)")


def later_after(text: str, end: int, report) -> int | None:
    """The year after ``report`` the words right after a number (at most four, no other number) date it in:
    ``Phó chủ tịch … đề nghị cảng đạt mức 6,5 triệu tấn hàng hóa trong năm 2015`` in the 2014 report
    (zq-da-nang-cong-ty-cp-cang-da-nang-san-luong-doanh-thu-2014) — a target.  Only asked of a number no row
    supports."""
    if report is None:
        return None
    m = _LATER_AFTER.match(text, end)
    if m is None:
        return None
    year = int(m.group(1))
    return _after_report(year, report)
