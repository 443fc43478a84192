"""A value its own clause ties to a period that ended before the report's (checker round 86).

Two constructions, read by grammar (the period by ``service.periods.find_mentions``, whatever words name it):

- a bracket that OPENS on an earlier period and then gives its value: the base of a change said just before it, or
  last year's figure beside this one —

      Tai nạn do đánh nhau giảm 29 trường hợp (năm trước 88 vụ).
                                  (ya-binh-thuan-so-y-te-kham-cap-cuu-dip-tet-mau-tuat-2018-02, a 2018 report)
      … ước đạt 39.509 tỉ đồng, tăng 9,8% so với cùng kỳ năm 2021 (5 tháng đầu năm 2021 là 35.997 tỉ đồng).
                                  (yk-tp-ho-chi-minh-so-du-lich-hoat-dong-du-lich-2022-05)
      … so với cùng kỳ năm ngoái (7 tháng đầu năm 2015 trung bình 1 ngày cả nước xảy ra 61 vụ tai nạn giao thông)
                                  (zw-toan-quoc-tai-nan-giao-thong-bi-thuong-nhe-2016-07)

  ``năm trước``, ``năm ngoái``, ``cùng kỳ`` name the report's same period a year earlier; ``kỳ trước``, ``tháng
  trước``, ``quý trước`` its previous edition. Not a bracket that opens on anything else (``(trong đó, năm 2010 là 80
  chiếc, …)``: a part), nor one whose period comes after a comparison (``(tăng 5% so với cùng kỳ năm 2014)``: this
  period's change), nor a period that is not earlier (``(năm 2010 là 80 chiếc)`` in the report on 2010-2012);

- the old record a value beat, named with it (``vượt kỷ lục 46 chuyến/ngày trước đó``, xo-…-phu-quoc-…-2026-01;
  ``23”43 (kỷ lục cũ 24”51)``, c29-thanhnien-vu-thi-huong-pha-ky-luc-200m-dong-nam-a);

- a sentence that OPENS on an earlier time, with a verb of reaching it (``Sang năm``, ``Bước sang``, ``Tính đến``,
  ``Đến``, ``Tới``) and a comma, naming no other period before the number —

      Tính đến ngày 31/12/2012, dư nợ tín dụng tam nông đạt 561.533 tỷ đồng.   (yo-…-tin-dung-tam-nong-2013-4t)
      Sang năm 2025, lượng hành khách tiếp tục bùng nổ, đạt gần 5,9 triệu lượt. (xo-…-phu-quoc-…-2026-01, January)

  Not the report's own date (``Tính đến hết năm 2019, toàn tỉnh có 203.855 người`` in the 2019 report,
  ``Đến năm 2019, …`` in the report on 2015-2020, ``Tính đến ngày 15/11/2022`` in the eleven months' one).

The checker holds such a value to the table's column of that period where it keeps one (``keptperiod``); else it is
unverified — the value of another time, neither proved nor refuted. Only the number inside the bracket or the sentence
is touched: this period's value beside it is read as before.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start
from service.checker.recognisers.forecasts import covered
from service.periods import find_mentions

#: the bracket's opening words naming last year's same period, or the previous edition, by words
_LAST_YEAR_WORDS = re.compile(r"(?i)\s*(?:cùng\s+kỳ|cùng\s+kì)?\s*(?:năm\s+(?:trước|ngoái))(?!\w)|\s*cùng\s+k[ỳì](?!\w)"
                              r"(?!\s+năm\s+\d)")
_PREVIOUS_WORDS = re.compile(r"(?i)\s*(?:kỳ|kì|tháng|quý)\s+trước(?!\w)")
#: a comparison or a change inside the bracket before the number: the number is then this period's (``tăng 5% so với``)
_COMPARED = re.compile(r"(?i)(?<!\w)(?:so\s+với|so|hơn|bằng|gấp)(?!\w)")
#: the opening of a sentence on a time it reaches (``Sang năm 2025,``, ``Tính đến ngày 31/12/2012,``)
_REACHING = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?(?:sang|bước\s+sang|tính\s+đến|tính\s+tới|đến|tới)(?:\s+hết)?\s+"
                       r"(?=(?:ngày|năm|cuối\s+năm)\s+\d)([^,.;:!?\n]{4,30}),")
_BRACKET_SPAN = 160


def _open_bracket(text: str, start: int) -> int | None:
    """The position of the ``(`` the number at ``start`` stands in (no ``)`` and no line break between)."""
    lo = max(0, start - _BRACKET_SPAN)
    i = text.rfind("(", lo, start)
    if i < 0 or ")" in text[i:start] or "\n" in text[i:start]:
        return None
    return i


def _earlier(p, report) -> bool:
    return covered(p)[1] < covered(report)[0]


def bracket_earlier(text: str, start: int, report):
    """The earlier period a bracket opens on, when the number at ``start`` gives its value (see the module)."""
    if report is None:
        return None
    i = _open_bracket(text, start)
    if i is None:
        return None
    inside = text[i + 1:start]
    if ";" in inside:
        return None
    m = _LAST_YEAR_WORDS.match(inside)
    if m is not None:
        p, rest = report.cung_ky, inside[m.end():]
    elif (m := _PREVIOUS_WORDS.match(inside)) is not None:
        p, rest = report.previous_edition(), inside[m.end():]
    else:
        try:
            mentions = find_mentions(inside, report.year)
        except ValueError:
            return None
        first = mentions[0] if mentions else None
        lead = inside[:first.start].strip().lower() if first is not None else None
        if first is None or first.period is None or lead not in ("", "cùng kỳ", "cùng kì"):
            return None
        p, rest = first.period, inside[first.end:]
        if first.same_period and p.year == report.year - 1:
            p = report.cung_ky
    if p is None or not _earlier(p, report) or _COMPARED.search(rest):
        return None
    return p


def opened_on_earlier(text: str, start: int, report):
    """The earlier time a sentence opens on with a verb of reaching it, the last period named before the number (see
    the module)."""
    if report is None:
        return None
    s = sentence_start(text, start, 240)
    m = _REACHING.match(text, s) if s is not None else None
    if m is None or m.end() > start:
        return None
    try:
        named = find_mentions(m.group(0), report.year)
        later = find_mentions(text[m.end():start], report.year)
    except ValueError:
        return None
    if len(named) != 1 or named[0].period is None or any(x.period is not None and not x.comparison for x in later):
        return None
    p = named[0].period
    return p if _earlier(p, report) else None


#: the record a value beat, named with it: ``vượt kỷ lục 46 chuyến/ngày trước đó``, ``(kỷ lục cũ 24”51)``
_RECORD_BEATEN = re.compile(r"(?i)(?<!\w)(?:(?:vượt|phá|xô\s+đổ)(?:\s+qua)?\s+(?:mức\s+)?k[ỷỉ]\s+lục(?:\s+cũ)?|"
                            r"k[ỷỉ]\s+lục\s+cũ)(?:\s+(?:là|với))?\s+$")
_BEFORE_AFTER = re.compile(r"(?i)[\d.,]*\s*[^\W\d_]*(?:/[^\W\d_]+)?\s+(?:trước\s+đó|cũ)(?!\w)")


def record_beaten(text: str, start: int, end: int) -> bool:
    """The number is the old record the period's value beat: after ``vượt/phá kỷ lục`` with ``trước đó``/``cũ`` after
    its unit, or after ``kỷ lục cũ``."""
    m = _RECORD_BEATEN.search(text, max(0, start - 40), start)
    if m is None:
        return False
    return bool(re.search(r"(?i)cũ", m.group(0))) or _BEFORE_AFTER.match(text, end) is not None


def tied_earlier(text: str, start: int, report, end: int | None = None) -> str | None:
    """The name of the earlier time the number at ``start`` is said of by its bracket, its sentence's opening or the
    record it names as beaten, or None."""
    p = bracket_earlier(text, start, report) or opened_on_earlier(text, start, report)
    if p is not None:
        return p.text
    if end is not None and record_beaten(text, start, end):
        return "kỷ lục trước đó"
    return None
