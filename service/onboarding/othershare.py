"""A share of another measure than the count before it is a row of its own (template round 70).

``khối 4 ngân hàng cổ phần Nhà nước (với 7 chi nhánh, chiếm 71% tổng dư nợ trên địa bàn)``, ``(20 chi nhánh, chiếm hơn
22% tổng dư nợ)`` (xm-thai-nguyen-to-chuc-tin-dung-du-no-cho-vay-2019-07); ``16 doanh nghiệp chăn nuôi lớn, chiếm 23%
tổng đàn heo thịt`` (sweep page c22-danviet-danheo-12-2020): the
share after ``chiếm`` is of a whole the count does not count (lending, a herd) — the part's own
amount is nowhere on the page, so nothing recomputes the share next period: the hand keeps it as a row («Khối 4 ngân
hàng cổ phần Nhà nước: tỷ trọng dư nợ trên địa bàn» 71), and so must the template, not a derivation of the count.

Not: ``10.177 doanh nghiệp, chiếm 75,2% tổng số doanh nghiệp thành lập mới`` (a whole of the same noun, ``tổng số``),
``xảy ra 123 vụ, chiếm 43,5%`` (no whole named), ``55 xã đạt chuẩn mức độ 2, chiếm 39,6% và 2 xã …`` (a connective,
no whole), ``396 hộ, chiếm gần 52% số hộ đăng ký``, ``lượng khách quốc tế … đạt trên 1 triệu lượt, chiếm gần 50% tổng lượng
khách tham quan`` (zh-quang-nam-du-lich-2023-04: the whole names what the count's label counts, ``khách``), an amount's share (``168,1 triệu USD chiếm 13,4%`` kim ngạch).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para

#: ``, chiếm``, ``, chiếm hơn`` between the count and its share (nothing else).
_TAKES = re.compile(r"(?i)^[^\S\n]*,?[^\S\n]*chiếm(?:[^\S\n]+(?:tỷ|tỉ)[^\S\n]+lệ)?(?:[^\S\n]+(?:hơn|gần|khoảng|trên|xấp[^\S\n]+xỉ))?[^\S\n]*$")
#: The whole named after the share: ``% tổng dư nợ trên địa bàn``, ``% vốn hoá toàn sàn`` (its first words).
_WHOLE = re.compile(r"(?i)^[^\S\n]*%?[^\S\n]*(?:của\s+)?(?:tổng\s+)?(?!(?:và|so|với|trên|trong|là|thì|nhưng|tại|ở|đến|cho|"
                    r"khi|tăng|giảm|đạt|nên|do|vì|còn|được)(?!\w))(?P<whole>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3})")


def _whole_named(text: str) -> str | None:
    hit = _WHOLE.match(text)
    return hit.group("whole").lower() if hit else None


def share_of_other_measure(p: Para, i: int, m: Mention) -> bool:
    """A share (``chiếm 71%``) right after a count's row, naming a whole whose words hold neither ``số`` nor the count's
    noun (``tổng dư nợ`` after ``7 chi nhánh``): a row of its own (``rates.OWN_ROWS``)."""
    if m.kind != "percent" or m.value is None or m.comparison or i == 0:
        return False
    prev = p.figures[i - 1]
    row = p.rows.get(i - 1)
    if row is None or row.kind != "count" or prev.value != row.value:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if not _TAKES.match(p.text[P.noun_span(p.text, prev.end)[1]:start]):
        return False
    whole = _whole_named(p.text[m.num_end:m.num_end + 60])
    if not whole:
        return False
    said = set(whole.split())
    noun = {w.lower() for w in P.words_of(row.unit or "")}
    named = {w.lower() for w in P.words_of(row.label or "")} - _GENERIC
    return "số" not in said and not (noun and noun <= said) and not named & said


#: Words of a count's label that name no measure (``Số lượt khách quốc tế``: ``khách`` does).
_GENERIC = {"số", "tổng", "lượt", "các", "của", "và", "trên", "trong", "địa", "bàn"}
