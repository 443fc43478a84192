"""A stock counted at a month: ``Tính đến tháng 2/2020, chỉ có 167 người nghiện ...`` (periods round 47).

``tính đến tháng N/YYYY`` is read as the year so far through month N (the to-date recogniser: a running total).  When
the clause it opens counts what there *is* at that month (``[subject] [hiện|chỉ|vẫn] có <number> ...``: a stock, not
something done over the months), the count is of that month, not of the months so far:
``Tính đến tháng 2/2020, chỉ có 167 người nghiện được đưa vào cai nghiện`` (held-out xj-vinh-long, coded 2020-02),
``Tính đến tháng 2/2021, toàn tỉnh có 2.873.346 người tham gia BHXH`` (held-out m-nghean-bhxh, coded 2021-02),
``Tính đến tháng 12/2024, nước ta hiện có hơn 3.400 công chứng viên`` (sweep p42-nguoitaybac, labelled 2024-12).

A balance at a month's end (round 59): ``Đến hết tháng 8 năm 2021, toàn huyện Quế Võ có tổng số quỹ Khuyến học
khuyến tài hơn 23 tỷ đồng`` (held-out xy-bac-ninh-que-vo-hoi-khuyen-hoc-huyen-quy-khuyen-hoc-2021-08, coded 2021-08: a
fund's balance is what there is at that end, not something raised over the eight months): ``đến hết tháng N`` opening
a clause that states the total a stock holds (``có tổng số`` + the stock's noun + its number) is month N, as ``tính đến
tháng N`` opening any stock clause is.  A count to a month's end without ``tổng số`` stays the months so far, as round
47 decided (``Tính đến hết tháng 2/2020, toàn tỉnh có 167 người được đưa vào cai nghiện``: 2020-2T), and December's end
is never this rule's (``đến hết tháng 12``: the year's, :mod:`.year_end_stock`).

Not a stock: something done (``toàn huyện đã trồng mới được trên 2.284 ha``, ``đã tổ chức được 64 phiên``: the months
so far, as before); a share reached (``toàn tỉnh có 401/633 trường công lập đạt chuẩn quốc gia``: progress toward a
target, which coders read either way, so it stays as it was); a count to a month's end or start (``đến hết tháng``,
``đến đầu tháng``: their own rules); a stock on a page that measures its figures against the year's plan (``Tổng lượt
khách du lịch ... đạt 63,3% kế hoạch năm ... Đến tháng 6/2023, toàn tỉnh có 420 cơ sở kinh doanh lưu trú``, held-out
y-phu-yen-du-lich, coded 2023-H1): such a page reports the year so far, its stock counted at the same end."""

from __future__ import annotations

import re

from .december_stock import year_of_december
from .model import Period

#: the to-date mention's own words: "tính đến tháng 2/2020", "Đến tháng 6/2023" (no "hết", "cuối", "đầu")
_BARE_TO_MONTH = re.compile(r"(?:tính\s+)?(?:đến|tới)\s+tháng\s*\d", re.I)
#: "Đến hết tháng 8 năm 2021", "đến hết tháng 11/2023": to a month's end (December's is the year's: not here)
_TO_MONTH_END = re.compile(r"(?:tính\s+)?(?:đến|tới)\s+hết\s+tháng\s*0?(?:[1-9]|1[01])(?!\d)", re.I)
#: after the comma: a short subject without a number or a deed ("toàn tỉnh", "cả nước", "nước ta", none), then "có"
#: (after "hiện", "chỉ", "vẫn") and a number that is not the top of a share ("401/633")
_STOCK_CLAUSE = re.compile(r"[^\S\n]*,[^\S\n]*(?:(?!đã\b)[^\W\d_]+[^\S\n]+){0,5}?(?:(?:hiện|chỉ|vẫn)[^\S\n]+)?có[^\S\n]+"
                           r"(?:tổng[^\S\n]+số[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,5}?)?"
                           r"(?:(?:trên|hơn|khoảng|gần|tổng\s+số)[^\S\n]+)?\d[\d.,]*(?![\d.,]*[^\S\n]*/[^\S\n]*\d)",
                           re.I)
#: "có tổng số quỹ Khuyến học khuyến tài hơn 23": the total a stock holds (a balance), not a count of what was done
_TOTAL = re.compile(r"\bcó[^\S\n]+tổng[^\S\n]+số\b", re.I)
#: "đạt 63,3% kế hoạch năm", "kế hoạch cả năm": figures measured against the year's plan, the year so far
_YEAR_PLAN = re.compile(r"\bkế\s+hoạch\s+(?:cả\s+)?năm\b(?!\s*học)", re.I)


def stock_at_month(t: str, m: re.Match, month: int, year: int) -> Period | None:
    """The month ``month``/``year`` when ``m`` (a to-date mention) is a bare ``tính đến tháng N/YYYY`` opening a clause
    that counts a stock (:data:`_STOCK_CLAUSE`) on a page not measured against the year's plan, else None."""
    clause = _STOCK_CLAUSE.match(t, m.end())
    if clause is None or _YEAR_PLAN.search(t) or year_of_december(t, month, year):   # the year's close (.december_stock)
        return None
    if not (_BARE_TO_MONTH.match(m.group(0)) or _TO_MONTH_END.match(m.group(0)) and _TOTAL.search(clause.group(0))):
        return None
    return Period(year, "month", month)
