"""Dates and periods whose notation carries them on a page whose accents are scrambled.

    (TN) - T&ịăcưtẽ;nh đến hết ng&ăgràvẻ;ỵ 30-6, c&ảăcưtê;c ngưồn vốn gíảì ng&ácírc;n …
    … kết qụả gỉảỉ ng&âcírc;n vốn đầú tư c&ơcỉrc;ng 6 th&ạạcùtẽ;ng đầú năm c&ỏgrávẻ;n đạt thấp.
                                        (wd-khong-ro-tinh-ubnd-tinh-giai-ngan-dau-tu-cong-2020-h1: a copy whose
                                         accented letters became broken HTML entities and stray diacritics)

Notation, not words: the date recognisers (``dates.DATE``, ``dates.DAY_MONTH_CUED``) and the period classifier
(``6 tháng đầu năm``) read clean words; here the words are there but spelt by a broken encoder. What still carries the
meaning does not depend on the accents:

- ``đến hết``/``tính đến``/``tới`` + one word + ``D-M`` (a day 1–31, a month 1–12, joined by a dash or slash, no
  third part and no unit after): the cut-off date of a running total (``đến hết ngày 30-6``);
- ``N`` + a word spelt ``th…ng`` (the skeleton of ``tháng`` with anything between) + ``đ…u`` (``đầu``/``cuối`` likewise
  ``c…i``) + ``năm``: the length of a period (``6 tháng đầu năm``), not a count.

The source is never corrected: the spans are claimed as they stand.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: A cut-off: ``đến hết``, ``tính đến``, ``đến``/``tới`` (their letters are plain ASCII or keep their skeleton), one
#: word of any spelling, then day-month.
_CUTOFF_DATE = re.compile(
    r"(?i)(?<!\w)(?:đến|tới|hết|tính\s+đến)\s+\S{2,30}?\s+((?:[12]\d|3[01]|0?[1-9])\s?[-/]\s?(?:1[0-2]|0?[1-9]))"
    r"(?![\d.,/\-]?\d)(?!\s*(?:%|[^\W\d_]))")
#: ``N th&ạạcùtẽ;ng đầú năm``: a number, the skeleton of ``tháng``, of ``đầu``/``cuối``, then ``năm``.
_MONTHS_OF_YEAR = re.compile(
    r"(?i)(?<![\w.,])(\d{1,2})\s+th\S{0,24}?ng\s+(?:đ|c)\S{1,4}\s+n\S{0,2}m(?!\w)")


def _garbled(text: str, m: re.Match) -> bool:
    """The match spans a broken entity or a stray diacritic of the page (``&…;``): clean text is left to the date and
    period recognisers of clean words."""
    return "&" in m.group(0) and ";" in m.group(0)


GARBLED_CUTOFF = Rule("garbled-cutoff-date", "date", "date (a cut-off written as day-month in a garbled copy)",
                      _CUTOFF_DATE, accept=_garbled, needs=("&",))
GARBLED_MONTHS = Rule("garbled-months-of-year", "period", "length of a period (N months of the year, garbled copy)",
                      _MONTHS_OF_YEAR, accept=_garbled, needs=("&",))
