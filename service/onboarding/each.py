"""An amount given to each of the places a list names (round 40): ``các tỉnh Nghệ An, Hà Tĩnh và Quảng Trị mỗi tỉnh
được hỗ trợ 300 triệu đồng``.

The grammar: a noun of place (``tỉnh``, ``huyện``, ``xã`` … whatever noun the text uses), a list of two or more
proper names after it (``A, B và C``), then ``mỗi`` and the same noun, then the amount within the clause.  The text
gives every place that amount: the hand keeps one row per place — «Tỉnh Nghệ An» 300, «Tỉnh Hà Tĩnh» 300, «Tỉnh
Quảng Trị» 300 (yt-toan-quoc-trung-uong-hoi-chu-thap-do-cuu-tro-bao-lu-2025-10, beside the list's other places each
with its own amount: ``tỉnh Thanh Hóa 200 triệu đồng``); ``Chính phủ tạm cấp cho các tỉnh Hà Tĩnh, Quảng Bình,
Quảng Trị, Thừa Thiên Huế và Quảng Nam mỗi tỉnh 100 tỷ đồng`` (t30-kienthuc-luong-kho-ung-ho-mien-trung-2020-10)
is the same.  The sheet then has a row to fill for each place, as it has for a place named with its own amount.
``mỗi tỉnh miền Trung bị thiệt hại nặng … 1.000 tấn gạo`` names no list: the rate stays one row.
"""

from __future__ import annotations

import copy
import re

from service.onboarding.model import Para

_EACH = re.compile(r"(?<!\w)mỗi\s+(?P<noun>[^\W\d_]+)(?!\w)")
_ITEM = re.compile(r"\s*,\s*|\s+và\s+")
#: Between ``mỗi <noun>`` and the amount: a few words of the clause (``được hỗ trợ``), no sentence or clause end.
_GAP = re.compile(r"^[^.;:!?\n]{0,40}$")


def _proper(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def places_before(text: str, at: int, noun: str) -> list[str]:
    """The proper names listed right before ``at`` after ``noun`` (``tỉnh Nghệ An, Hà Tĩnh và Quảng Trị``), two or
    more, or []."""
    before = text[:at].rstrip(" ,")
    head = None
    for h in re.finditer(rf"(?i)(?<!\w){re.escape(noun)}\s+", before):
        head = h
    if head is None:
        return []
    names = [n for n in _ITEM.split(before[head.end():].strip()) if n]
    return names if len(names) >= 2 and all(_proper(n) for n in names) else []


def each_place_pass(p: Para) -> None:
    """A row of ``mỗi <noun> … N`` after a list of named places becomes one row of N per place."""
    for hit in _EACH.finditer(p.text):
        noun = hit.group("noun")
        names = places_before(p.text, hit.start(), noun)
        if not names:
            continue
        for i, r in list(p.rows.items()):
            m = p.figures[i]
            if r not in p.reading.rows or not r.per or r.per.split()[0].lower() != noun.lower() \
                    or m.num_start < hit.end() or not _GAP.match(p.text[hit.end():m.num_start]):
                continue
            made = []
            for name in names:
                one = copy.copy(r)
                one.derived, one.repeats, one.notes = list(r.derived), list(r.repeats), list(r.notes)
                one.unit, one.per = r.unit.split("/")[0].strip(), None
                head = "Số tiền" if r.kind == "money" else f"Số {one.unit}"
                one.label = f"{head} {noun} {name}"
                one.notes.append(f"mỗi {noun} trong danh sách ({', '.join(names)}) cùng một mức")
                made.append(one)
            for rows in (p.reading.rows, p.section_rows):
                if r in rows:
                    k = rows.index(r)
                    rows[k:k + 1] = made
            p.rows[i] = made[0]
            break
