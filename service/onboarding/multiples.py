"""A multiple of last period's value (``gấp N lần``) said where no row stands before it in its sentence — a
derivation of the row it speaks of, not a row of ``lần`` (round 67; ``occasions.multiple_of`` takes the multiple
whose row is said before it in its sentence).

=======================  ========================================================================================
``multiple_ahead``       ``ghi nhận mức lãi sau thuế tăng gấp 41 lần so với quý I/2020, đạt 15,5 tỷ đồng``
                         (xk-toan-quoc-doanh-nghiep-thep-…-2021-q1), ``… tăng gấp 4,1 lần so với cùng kỳ 2021, đạt
                         and ``Lũy kế 9 tháng, HPG ghi nhận lợi nhuận tăng 2,4 lần lên 9.210 tỷ đồng``
                         (t67-vietnamnet-hoa-phat-loi-nhuan-2024-q3): the multiple, its comparison, then ``đạt``/``lên`` and
                         the level — the next figure of the sentence (an amount or a count, not a rate of plan:
                         x-lai-chau-cong-thuong-2013-h1 ``tăng 2,3 lần so với cùng kỳ năm 2012, đạt 49,55% kế
                         hoạch``) is the row, the multiple its derivation
``multiple_back``        ``… lợi nhuận sau thuế hơn 120 tỷ đồng. Trong khi doanh thu chỉ tăng gần 4%, Thép Tiến Lên
                         ghi nhận mức lợi nhuận sau thuế gấp hơn 30 lần so với cùng kỳ 2020`` and ``TISCO vẫn báo
                         lãi sau thuế hơn 44 tỷ quý đầu năm. Khoản lãi này gấp 9 lần so với quý I`` (both
                         xk-toan-quoc-doanh-nghiep-thep-…-2021-q1); ``… đạt 1.138 tỷ đồng … Khoản lợi nhuận này gấp
                         …`` (the demonstrative form): with no row before it in its sentence, a multiple whose
                         subject points back (``… này``) or repeats the words that name an earlier row of the
                         paragraph (``lợi nhuận sau thuế``) is that row's derivation.  A multiple whose subject is
                         a new thing stays a row (zv-nghe-an-…-hong-son: ``số hộ có mức thu nhập trên 100 triệu
                         đồng/ năm tăng gấp 5 lần``, after a row of ``Số hộ nông dân sản xuất kinh doanh giỏi``)
=======================  ========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS`` (``MULTIPLES``, right after ``OCCASIONS``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.recognisers.multiples import TIMES_BEFORE
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

#: ``gấp``, ``tăng gấp hơn``, ``tăng 2,4 lần``: the words right before a multiple.
_TIMES_BEFORE = TIMES_BEFORE
_TIMES_AFTER = re.compile(r"(?i)^\s*lần(?!\w)")
#: ``lần so với quý I/2020, đạt``, ``lần lên``: the multiple (and its comparison), then the level it came to.
_THEN_LEVEL = re.compile(r"(?i)^\s*lần(?:\s+so\s+(?:với\s+)?[^,;.()\d]{0,30}(?:[\dIV/]{1,9}[^,;.()\d]{0,10})?,)?\s*"
                         r"(?:đạt|lên|lên\s+mức|ở\s+mức)\s*(?:gần|hơn|khoảng|trên|xấp\s+xỉ)?\s*$")
#: A subject pointing back: ``Khoản lãi này``, ``Con số này``, ``mức lợi nhuận đó``.
_POINTS_BACK = re.compile(r"(?i)(?<!\w)(?:này|đó|trên)\s*(?:đã\s+|cũng\s+|tăng\s+)?$")
#: Words of the multiple's subject that say nothing of what is measured.
_FILLER = {"mức", "khoản", "con", "số", "tăng", "ghi", "nhận", "đạt", "có", "với", "của", "và"}


def _is_multiple(p: Para, m: Mention) -> bool:
    if m.value is None or m.value <= 0 or m.comparison not in (None, "tăng") or \
            m.kind in ("money", "percent", "year"):
        return False
    return bool(_TIMES_AFTER.match(p.text[m.num_end:m.num_end + 10]) and
                _TIMES_BEFORE.search(p.text[max(0, m.num_start - 30):m.num_start]))


def _subject(p: Para, m: Mention) -> str:
    """The words of the multiple's clause before ``gấp`` (``Thép Tiến Lên ghi nhận mức lợi nhuận sau thuế``)."""
    lo = P.clause_start(p.text, m.num_start)
    head = p.text[lo:m.num_start]
    cut = _TIMES_BEFORE.search(head)
    return head[:cut.start()] if cut else head


def _names_row(subject: str, text: str) -> bool:
    """The last words of the subject (two or more that say what is measured) are said before the row's number."""
    words = [w for w in re.findall(r"[^\W\d_]+", subject.lower())]
    tail: list[str] = []
    for w in reversed(words):
        if w in _FILLER and len(tail) >= 2:
            break
        tail.insert(0, w)
        if len(tail) == 4:
            break
    while tail and tail[0] in _FILLER:
        tail.pop(0)
    if len(tail) < 2 or any(not re.fullmatch(r"[^\W\d_]+", w) for w in tail):
        return False
    return bool(re.search(r"(?i)(?<!\w)" + r"\s+".join(map(re.escape, tail)) + r"(?!\w)", text))


def multiple_ahead(p: Para, i: int, m: Mention) -> bool:
    if not _is_multiple(p, m) or p.rows_before(i) or i + 1 >= len(p.figures):
        return False
    nxt = p.figures[i + 1]
    if p.sentence_of(nxt) != p.sentence_of(m) or nxt.comparison or nxt.kind not in ("money", "count", "measure"):
        return False
    start = nxt.qualifier_start if nxt.qualifier_start is not None else nxt.num_start
    if not _THEN_LEVEL.match(p.text[m.num_end:start]):
        return False
    p.changes_ahead[i + 1] = (p.quote(m), "times", m.value, False)
    return True


def multiple_back(p: Para, i: int, m: Mention) -> bool:
    if not _is_multiple(p, m) or p.rows_before(i):
        return False
    rows = [r for r in p.rows_before(i, same_sentence=False) if r.kind in ("money", "count", "measure")]
    if not rows:
        return False
    subject = _subject(p, m)
    if _POINTS_BACK.search(subject):
        row = rows[0]
    else:
        row = next((r for r in rows if r.at and r.at[0] == p.key and
                    _names_row(subject, p.text[max(r.sentence[1], r.at[1] - 80):r.at[1]])), None)
    if row is None or row.value is None:
        return False
    row.derived.append(Derivation(p.quote(m), "gấp … lần so với cùng kỳ", m.value))
    if row.base is None:
        row.base = row.value / m.value
    p.rows[i] = row
    return True


MULTIPLES = (multiple_ahead, multiple_back)
