"""Numbers a report writes that are no figure of its period, and the words that make a rate last year's (round 24).

=======================  ========================================================================================
``threshold_passed``     ``Xuất khẩu lao động vượt ngưỡng 100 nghìn người`` (t17-baogiaothong-xkld-2014): a number
                         right after ``ngưỡng``/``mốc`` is the line the figure crossed, not the figure (the body
                         states ``106 nghìn người``) — no row
``span_heading``         ``1,5 tháng xử lý gần 27 nghìn lái xe vi phạm …`` (t17-petrotimes-nongdocon-45ngay): a
                         number of days, weeks, months, quarters or years opening a paragraph, a verb after it,
                         names the span the figures after it belong to — no count of the period
``only_of_last``         ``Doanh thu … ước đạt hơn 37 tỷ đồng, mới hơn 5,2% so với cùng kỳ năm 2020``
                         (t17-hoian-khach-2021-q1): ``mới`` ("only") before a rate compared with last period makes
                         it the amount's index on last period, as ``bằng`` does (``plans.index_of_last``)
``last_result_named``    ``106 nghìn người, đạt 120,68% kế hoạch, bằng 119,1% so với thực hiện năm 2013``
                         (t17-baogiaothong-xkld-2014): ``so với thực hiện (năm) <year>`` names an earlier result as
                         the base, as ``so với cùng kỳ`` does
``achieved_after``       ``từ đầu năm tới nay toàn tỉnh có 20.000 LĐ tìm được việc làm`` (t17-dongthap-vieclam-
                         ngoaitinh): a verb and ``được`` right after the count's noun (``tìm được``) says what the
                         counted did in the period — no stock the area has
``had_in_period``        ``Tính đến thời điểm hiện tại đã có 910 ca khám, cấp cứu …`` (zv-toan-quoc-cuc-quan-ly-kham-
                         chua-benh-4-ngay-tet-2020-01): ``đã có`` says what has come about, not what the area has
``scale_counts_noun``    ``tước hơn 150 nghìn GPLX`` (zv-toan-quoc-cuc-csgt-tngt-xu-ly-vi-pham-2020-h1): a number
                         scaled by ``nghìn``/``ngàn``/``vạn`` with a noun right after it counts that noun — the
                         money words earlier in the clause (``phạt tiền hơn 1.617 tỷ đồng``) are another amount's
=======================  ========================================================================================

``threshold_passed`` and ``span_heading`` are tried with ``service.onboarding.recognisers.RECOGNISERS``;
``only_of_last`` and ``last_result_named`` widen ``plans.index_of_last``; ``counted_thousands`` (by
``scale_counts_noun``) reads the page's mentions before the rows are made (``rows``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``vượt ngưỡng``, ``cán mốc``, ``chạm ngưỡng``: the line crossed, with a qualifier maybe (``mốc hơn``).
_THRESHOLD = re.compile(r"(?i)(?<!\w)(?:ngưỡng|mốc)\s*$")
#: A span's noun right after the number, then a word (``1,5 tháng xử lý``): not ``tháng 5`` (a month's name).
_SPAN_AFTER = re.compile(r"(?i)^\s*(?:ngày|tuần|tháng|quý|năm)\s+[^\W\d_]")
_PARAGRAPH_OPEN = re.compile(r"^\s*$")
#: ``mới``, ``chỉ mới``: "only", before a rate of last period's value.
_ONLY = re.compile(r"(?i)(?<!\w)mới\s*$")
#: ``so với thực hiện năm 2013``, ``so với kết quả thực hiện cùng kỳ năm 2013``.
_LAST_RESULT = re.compile(r"(?i)^\s*(?:%\s*)?so\s+(?:với\s+)?(?:kết\s+quả\s+)?thực\s+hiện\s+(?:cùng\s+kỳ\s+)?"
                          r"(?:năm\s+)?(?:trước|(?:19|20)\d\d)(?!\d)")
#: Scale words that make a number of a thing when a noun follows (``150 nghìn GPLX``); ``triệu``/``tỷ`` are left to
#: the extraction (``1,5 triệu trường hợp`` already counts, ``20 triệu Quỹ`` is ambiguous).
_SMALL_SCALE = re.compile(r"(?i)(?<!\w)(?:nghìn|ngàn|vạn)\s*$")
#: Words after an amount whose currency is left out (``500 nghìn cho mỗi suất``) — no noun counted.
_NOT_A_NOUN = frozenset({"cho", "mỗi", "một", "để", "và", "với", "từ", "đến", "trong", "của", "là", "được", "nhằm",
                         "thì", "mà", "hoặc", "bằng", "tiền", "đồng", "đ", "vnđ", "usd", "trở", "người/tháng",
                         "so", "tăng", "giảm", "đạt", "trên", "dưới", "khoảng", "gần", "hơn", "nữa"})
_NEXT_WORD = re.compile(r"^[ \t]+(?P<w>[^\W\d_][\w./-]*)")


#: After the count's noun (a word or three): a verb, then ``được`` and a word (``LĐ tìm được việc làm``); not a
#: particle before ``được`` (``đã được``, ``chưa được``: the passive of a stock, ``được công nhận`` is another rule's).
_ACHIEVED = re.compile(r"(?i)^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s+(?!(?:đã|chưa|không|cũng|sẽ|vẫn|có|mới|đều|đang|"
                       r"bị|là|của|và)\s)[^\W\d_]+\s+được\s+[^\W\d_]")
#: ``đã có``, ``vừa có``: what has come about (a particle of the past before ``có``), then the qualifier maybe.
_HAD = re.compile(r"(?i)(?<!\w)(?:đã|vừa)\s+có\s*(?:hơn|gần|trên|khoảng|tổng\s+cộng)?\s*$")


def achieved_after(after: str) -> bool:
    """``LĐ tìm được việc làm`` after ``có 20.000``: the counted achieved something in the period."""
    return bool(_ACHIEVED.match(after))


def had_in_period(before: str) -> bool:
    """``đã có 910 ca``: the text right before the number (and its qualifier) ends on ``đã có``."""
    return bool(_HAD.search(before))


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def threshold_passed(p: Para, i: int, m: Mention) -> bool:
    """A number right after ``ngưỡng``/``mốc`` (a qualifier may stand between): the line crossed, no row."""
    return m.value is not None and bool(_THRESHOLD.search(p.text[max(0, _start(m) - 12):_start(m)]))


def span_heading(p: Para, i: int, m: Mention) -> bool:
    """A span (``1,5 tháng``) opening the paragraph, a word after its noun: the period of what follows, no row."""
    if m.kind not in ("count", "measure") or m.value is None or m.qualifier:
        return False
    return bool(_PARAGRAPH_OPEN.match(p.text[:m.num_start])) and bool(_SPAN_AFTER.match(p.text[m.num_end:]))


def only_of_last(before: str) -> bool:
    """``…, mới hơn 5,2% so với cùng kỳ``: the text right before the rate (and its qualifier) ends on ``mới``."""
    return bool(_ONLY.search(before))


def last_result_named(after: str) -> bool:
    """``bằng 119,1% so với thực hiện năm 2013``: the text after the rate names an earlier year's result."""
    return bool(_LAST_RESULT.match(after))


def scale_counts_noun(text: str, m: Mention) -> bool:
    """``tước hơn 150 nghìn GPLX``: a money reading of a number scaled by ``nghìn``/``ngàn``/``vạn`` with no
    currency written and a noun right after it — a count of that noun."""
    if m.kind != "money" or not m.raw or re.search(r"(?i)đồng|\bđ\b|usd|vnđ", m.raw):
        return False
    if not _SMALL_SCALE.search(m.raw):
        return False
    nxt = _NEXT_WORD.match(text[m.end:m.end + 40])
    return nxt is not None and nxt.group("w").lower() not in _NOT_A_NOUN


def counted_thousands(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each ``scale_counts_noun`` read as a count of the noun after it (value kept, in units).
    (``Đồng thời, thu hút khoảng 2,57 triệu lao động``: the extraction itself no longer takes the conjunction for the
    currency, ``service.checker.extract._MONEY_CONTEXT``.)"""
    for m in mentions:
        if scale_counts_noun(text, m):
            m.kind, m.unit = "count", None
    return mentions


PASSED = (threshold_passed, span_heading)
