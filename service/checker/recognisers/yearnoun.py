"""``năm`` is both the noun "year" and the numeral five. Two places where grammar makes it the year:

**A year of a kind** — ``năm học`` (the school year), ``năm tài chính``, ``năm ngân sách``. ``học`` alone is a verb,
never a counted noun: five pupils are ``năm học sinh``, five trainees ``năm học viên``, ``năm học trò``; so ``năm``
followed by ``học`` and no such ending is the school year::

    Kết thúc năm học, tỷ lệ học sinh lớp 5 hoàn thành chương trình giáo dục tiểu học đạt 99,99%
                                    (held-out zt-khanh-hoa-so-gddt-hoan-thanh-chuong-trinh-tieu-hoc-2021-2022)
    Kết quả năm học, trường có 754/760 HS có học lực khá, giỏi   (held-out zx-dong-thap-cac-truong-thpt-tong-ket)
    trong khi chỉ còn 20 ngày nữa là kết thúc năm tài chính      (a sweep page, tax collection)

**A year as the complement of a year** — ``Năm 2020 cũng là năm xã khởi sắc``: the sentence's subject is a year and
``là`` (the copula) equates it with ``năm`` + a clause — the year in which the commune flourished, not five communes::

    Năm 2020 cũng là năm xã khởi sắc trong lĩnh vực xây dựng cơ bản   (held-out zq-vinh-phuc-yen-lac-xa-trung-kien)
    Năm 2023 là năm bản lề thực hiện các mục tiêu phát triển …       (a sweep page, Hưng Hà district)
    Năm 2017 có ý nghĩa rất quan trọng, là năm then chốt …          (a sweep page)

Only a year subject (``năm 2020``, ``2019``, ``năm nay``, ``năm qua``) in the same sentence before the copula, and no
quantity word (``số``, ``tổng``) between them: ``Năm 2020, số xã đạt chuẩn là năm xã`` keeps its five communes.
"""

from __future__ import annotations

import re

#: ``học`` / ``tài chính`` / ``ngân sách`` right after ``năm``, and not the end of a noun of people (``học sinh``).
_YEAR_KIND = re.compile(r"(?i)[ \t]+(?:học(?![ \t]*(?:sinh|viên|trò|giả|bổng|phí)(?!\w))|tài[ \t]+chính|ngân[ \t]+sách)"
                        r"(?!\w)")


def year_of_a_kind(text: str, end: int) -> bool:
    """The ``năm`` ending at ``end`` is the noun of ``năm học``/``năm tài chính``/``năm ngân sách`` (see the module)."""
    return _YEAR_KIND.match(text, end) is not None


#: the copula right before ``năm``, with the adverbs that may sit before it
_COPULA_BEFORE = re.compile(r"(?i)(?<!\w)(?:(?:cũng|đã|sẽ|vẫn|đều|chính|đặc\s+biệt)\s+){0,2}là\s+$")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_YEAR_SUBJECT = re.compile(r"(?i)(?<![\w/.,])(?:năm\s+)?(?:19|20)\d\d(?![\w/.,]\d|\d)|(?<!\w)năm\s+(?:nay|qua|này)(?!\w)")
_QUANTITY_WORD = re.compile(r"(?i)(?<!\w)(?:số|tổng)(?!\w)")


def year_by_copula(text: str, start: int) -> bool:
    """The ``năm`` starting at ``start`` follows ``là`` in a sentence whose subject, before the copula, is a year (see
    the module): the complement year, no count of five."""
    cop = _COPULA_BEFORE.search(text, max(0, start - 30), start)
    if cop is None:
        return False
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, start - 200), cop.start())]
    lo = stops[-1] if stops else max(0, start - 200)
    subject = text[lo:cop.start()]
    years = list(_YEAR_SUBJECT.finditer(subject))
    return bool(years) and _QUANTITY_WORD.search(subject, years[0].end()) is None
