"""Members of a sequence named by their numbers: school grades (``lớp 1,2``, ``khối 10 - 12``) and weeks, rounds,
doses, terms (``tuần 7,8``, ``mũi 1,2``: ``SEQUENCE_LIST``, below).

    2 Tự tin, trách nhiệm (Trách nhiệm lớp 1,2) 953 194 187 195 221 156
                    (the held-out zr-nam-dinh-nam-truc-truong-th-dong-son-cong-khai-chat-luong-2021-2022)
    cấp học bổng khuyến khích học tập cho 403 HS từ khối 10 - 12
                    (the held-out zx-dong-thap-cac-truong-thpt-tong-ket-nam-hoc-2013-2014)

``GRADE_LIST``: ``lớp`` or ``khối`` and two or more grade numbers (1 to 12) joined by a comma with no space (``1,2`` is
not the decimal 1,2 here), a dash or ``đến``, each larger than the one before — which grades, not how many. ``lớp 1,
2 và 3`` and a single ``lớp 9`` are ``labels.ORDINAL``'s already; a percentage or a unit after the numbers keeps them
(``lớp 1,5%`` is no grade).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_GRADE = r"(?:1[0-2]|0?[1-9])"
_PATTERN = re.compile(rf"(?i)(?<!\w)(?:lớp|khối)[ \t]+({_GRADE}(?:,{_GRADE}|[ \t]*(?:[-–]|đến)[ \t]*{_GRADE})+)"
                      r"(?![\d.,]\d)(?![ \t]*(?:%|tuổi|giờ|tiết|buổi|điểm|triệu|tỷ|nghìn|đồng)(?!\w))")


def _rising(text: str, m: re.Match) -> bool:
    grades = [int(x) for x in re.findall(r"\d+", m.group(1))]
    return all(a < b for a, b in zip(grades, grades[1:]))


GRADE_LIST = Rule("school-grade-list", "ordinal", "school grades named by number (lớp 1,2; khối 10 - 12)", _PATTERN,
                  accept=_rising, needs=("lớp", "khối"))


#: ``Trong đợt tuần 7,8 của Chiến dịch, toàn đoàn tổ chức được 21.385 đội hình`` (yg-toan-quoc-trung-uong-doan-tinh-
#: nguyen-he-2023), ``tỷ lệ tiêm mũi 1,2``, ``đợt 1,2``: a noun of a sequence (a week, a round, a dose, a term) and
#: consecutive numbers joined by a comma with no space — which ones, not the decimal 7,8
_SEQUENCE = re.compile(r"(?i)(?<!\w)(?:tuần|đợt|vòng|chặng|khóa|khoá|mũi|liều|học\s+kỳ|học\s+kì|giai\s+đoạn|quý)[ \t]+"
                       r"(\d{1,2}(?:,\d{1,2})+)(?![\d.]|,\d)(?![ \t]*(?:%|tuổi|giờ|ngày|triệu|tỷ|nghìn|đồng|lần)(?!\w))")


def _consecutive(text: str, m: re.Match) -> bool:
    numbers = [int(x) for x in m.group(1).split(",")]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


SEQUENCE_LIST = Rule("sequence-list", "ordinal", "members of a sequence named by number (tuần 7,8; mũi 1,2)",
                     _SEQUENCE, accept=_consecutive, needs=("tuần", "đợt", "vòng", "chặng", "khóa", "khoá", "mũi",
                                                            "liều", "học", "giai", "quý"))
