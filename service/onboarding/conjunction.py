"""``Đồng thời``, *at the same time*, is a conjunction, not the currency ``đồng`` (round 37).

=========================  ======================================================================================
``dong_thoi_not_currency``  ``Trong 9 tháng đầu năm 2015, các khu công nghiệp, khu kinh tế đã đóng góp 56.313 tỷ
                            đồng cho ngân sách nhà nước, 34% so với cùng kỳ năm 2014. Đồng thời, thu hút khoảng
                            2,57 triệu lao động.`` (yr-toan-quoc-vu-quan-ly-kkt-kcn-kkt-san-xuat-kinh-doanh-2015-9t):
                            the extraction reads a number scaled by ``triệu``/``tỷ``/``nghìn`` with no currency
                            written as money when a money word is earlier in its clause, and takes the ``Đồng`` of
                            ``Đồng thời`` for one (a row «Số tiền thu hút» 2.570.000 triệu đồng; the hand's
                            «Lao động thu hút» 2,57 triệu người). When every money word of the clause is that
                            conjunction and a noun follows the scale, the number counts that noun.
=========================  ======================================================================================

Called by ``passed.counted_thousands`` (the mentions are mended before the rows are made).  The checker's own
extraction (``service.checker.extract._money_context``) has the same reading; mending it there is the checker's.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention

#: ``đồng thời``, ``đồng thời đó``: the conjunction.
_CONJUNCTION = re.compile(r"(?i)đồng\s+thời(?!\w)")
#: The scale words of an amount written without its currency.
_SCALE = re.compile(r"(?i)(?<!\w)(?:triệu|tỷ|tỉ|nghìn|ngàn)\s*$")


def dong_thoi_not_currency(text: str, m: Mention) -> bool:
    """A money reading whose only money words in its clause are the conjunction ``đồng thời``, a noun right after
    its scale: a count of that noun."""
    from service.checker.extract import _MONEY_CONTEXT, _clause_start
    from service.onboarding.passed import _NEXT_WORD, _NOT_A_NOUN

    if m.kind != "money" or not m.raw or re.search(r"(?i)đồng|\bđ\b|usd|vnđ|\$", m.raw):
        return False
    if not _SCALE.search(m.raw):
        return False
    nxt = _NEXT_WORD.match(text[m.end:m.end + 40])
    if nxt is None or nxt.group("w").lower() in _NOT_A_NOUN:
        return False
    s = m.qualifier_start if m.qualifier_start is not None else m.num_start
    start = _clause_start(text, s, 80)
    words = list(_MONEY_CONTEXT.finditer(text, start, s))
    return bool(words) and all(w.group(0).lower() == "đồng" and _CONJUNCTION.match(text, w.start()) for w in words)
