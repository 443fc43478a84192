"""A flow and the stock it raises: ``thành lập được 57 công đoàn cơ sở, nâng tổng số lên 1.985 công đoàn cơ sở``,
``cấp GCNQSDĐ cho 139 tổ chức với diện tích 4.380 ha, nâng tổng diện tích đã cấp … lên 344.187,94 ha``.

The grammar: ``nâng``/``đưa`` ``tổng …`` ``lên`` right before a number makes it the stock (the total to date); a
number whose clause goes on to ``nâng tổng …`` is what the period added.  Agencies keep both on one line of their
table (``Thực hiện năm 2020 | Tổng số đến cuối năm 2020``, ``Thực hiện 4 tháng | Lũy kế đã cấp``); the label of the
stock's row says so (``tổng số``, ``lũy kế``, ``đến cuối``, ``hiện có``).  The checker (``attribution``) lets the
phrasing choose between the two rows, as the words of time choose between a month and its running total.
"""

from __future__ import annotations

import re

#: ``nâng tổng số lên``, ``nâng tổng diện tích đã cấp GCNQSDĐ cho tổ chức lên``, ``đưa tổng số hội viên lên``,
#: ``nâng số hợp tác xã lên``, right before the number (its qualifier aside).
_STOCK_BEFORE = re.compile(r"(?i)(?<!\w)(?:nâng|đưa)\s+(?:tổng\s+)?(?:số|[^\W\d_]+)[^.;!?\d]{0,80}?\blên"
                           r"(?:\s+(?:thành|tới|đến|là))?(?:\s+(?:hơn|gần|trên|khoảng))?\s*$")
#: After the number, in its sentence and before any other number: ``, nâng tổng số …``.
_RAISES_AFTER = re.compile(r"(?i)[^.;!?\d]{0,80}?(?<!\w)(?:nâng|đưa)\s+(?:tổng|số|lên)(?!\w)")
#: A row that counts the stock (folded label): ``tổng số đến cuối``, ``lũy kế đã cấp``, ``hiện có``.
STOCK_LABEL = re.compile(r"\b(?:tong so|luy ke|den cuoi|den het|hien co|den nay|tong cong|con du)\b")


def stock_before(text: str, num_start: int) -> bool:
    """The number is the stock the clause raised: ``…, nâng tổng số lên 1.985``."""
    return bool(_STOCK_BEFORE.search(text[max(0, num_start - 120):num_start]))


def raises_stock_after(text: str, end: int) -> bool:
    """The number is what the period added, its clause going on to the stock: ``57 công đoàn cơ sở, nâng tổng số``."""
    return _RAISES_AFTER.match(text, end) is not None


def cue(text: str, num_start: int, end: int) -> str | None:
    """``stock``, ``flow`` or None: which of a line's two counts the phrasing around a number names."""
    if stock_before(text, num_start):
        return "stock"
    if raises_stock_after(text, end):
        return "flow"
    return None


#: A total since the work began, said before the number in its sentence: ``lũy kế đến nay toàn tỉnh có 15.260 người đã
#: đăng ký``, ``lũy kế từ năm 2005 đến nay``, ``từ trước đến nay``, ``tính từ khi thành lập đến nay``.
_TO_DATE = re.compile(r"(?i)(?<!\w)(?:lũy\s+kế|luỹ\s+kế|lũy\s+tiến)\s+(?:đến\s+nay|từ\s+trước\s+đến\s+nay|từ\s+(?:năm|khi)\b"
                      r"[^.;!?\n]{0,40}?đến\s+nay)|(?<!\w)(?:từ\s+trước\s+(?:tới|đến)\s+nay|từ\s+khi\s+thành\s+lập\s+đến\s+nay)")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


#: A row that keeps a total since the work began (folded label): ``lũy kế``, ``hiện có``, ``đến nay``, ``đến cuối``
#: — not ``tổng số``, which heads a period's own totals as often.
TO_DATE_LABEL = re.compile(r"\b(?:luy ke|luy tien|hien co|den nay|den cuoi|den het|tu truoc)\b")


def to_date(text: str, num_start: int) -> bool:
    """The number's sentence says, before it, that its numbers are totals since the work began (``lũy kế đến nay …
    15.260 người đã đăng ký; có 3 người hiến tạng và 437 người hiến giác mạc``): a stock to date, not the period's
    figure — the table keeps such a total on a row of its own (``lũy kế``, ``hiện có``) when it keeps it."""
    lo = max(0, num_start - 240)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, num_start)]
    return _TO_DATE.search(text, ends[-1] if ends else lo, num_start) is not None


#: A total since a past year, said before the number in its sentence: ``Lễ hội Xuân hồng … tổ chức lần đầu tiên vào năm
#: 2019, đến nay đã là năm thứ 8, vận động hơn 2.500 lượt đăng ký và tiếp nhận 1.814 đơn vị máu`` (held-out
#: yk-gia-lai-hoi-chu-thap-do-tinh-le-hoi-xuan-hong-2026-01, on the festival of January 2026), ``Từ năm 2020 đến nay, Hội
#: Doanh nhân trẻ tỉnh đã trao tặng 3 ngôi nhà tình nghĩa`` (held-out zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01,
#: on January 2022). Not a record since that year (``thấp nhất từ năm 2015 đến nay với 8.…``: the period's value, the
#: lowest since).
_SINCE_YEAR = re.compile(r"(?i)(?<!nhất\s)(?<!\w)(?:kể\s+từ|từ|vào)\s+năm\s+(\d{4})(?!\d)[^.;!?\n\d]{0,60}?(?<!\w)"
                         r"(?:đến|tới)\s+nay(?!\w)")


def since_year(text: str, num_start: int) -> int | None:
    """The year a total the number's sentence gives runs from (``từ năm 2020 đến nay, … 3 ngôi nhà``), said before the
    number: the caller compares it with the report's period — a total since before the period is no figure of it."""
    lo = max(0, num_start - 240)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, num_start)]
    m = None
    for m in _SINCE_YEAR.finditer(text, ends[-1] if ends else lo, num_start):
        pass
    return int(m.group(1)) if m else None
