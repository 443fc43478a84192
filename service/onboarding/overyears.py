"""Amounts a sentence totals over more years than the report covers: ``Qua N năm …`` (round 48).

``Qua 9 năm xây dựng và phát triển, Hội Khuyến học tỉnh Bình Thuận đã xây dựng quỹ khuyến học …; huy động được hơn 40
tỷ đồng`` (yz-binh-thuan-hoi-khuyen-hoc-tinh-hoc-bong-tiep-buoc-2011-2012, a school year's report), ``Qua 10 năm thực
hiện cuộc vận động …, … Hội chữ thập đỏ xã đã khảo sát và lập hồ sơ 109 lượt đối tượng, qua đó 100% đối tượng đều được
trợ giúp, với tổng giá trị trên 142 triệu đồng`` (yf-ba-ria-vung-tau-ba-ria-xa-hoa-long-hoi-chu-thap-do-2018, a
year's): a sentence opening on ``Qua N năm`` sums N years; when N is more than the years the report covers, its
amounts are the running totals since the fund or the campaign began — no row of the period (the hands leave them out;
the checker's ``recognisers.since`` reads ``từ năm … đến nay`` the same way, ``context.since_earlier_year`` here).

Kept: a term's report whose term is those years (``Qua 5 năm thực hiện phong trào …`` in a 2011-2016 report,
yg-khanh-hoa-khanh-son-hoi-cuu-chien-binh-giam-ngheo-2011-2016; ``Qua 5 năm, có 1.348 hội viên phụ nữ thoát nghèo``
in h-vanninh-lhpn-2016, read as 2011-2016): the sentence's amounts are the period's rows.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: ``Qua 9 năm``, ``Qua hơn 10 năm``, ``* Qua 5 năm`` at the opening of a sentence.
_OVER = re.compile(r"(?i)^[\s*•+–-]*qua\s+(?:hơn\s+|gần\s+|trên\s+)?(?P<n>\d{1,2})\s+năm(?!\w)")


def years_covered(period) -> int:
    """How many years the report covers: a term's (``2011-2016``: 5), a year's 1, a shorter period's 0."""
    if period is None:
        return 0
    if period.kind == "term":
        hit = re.match(r"^(\d{4})-(\d{4})$", str(period.code))
        return int(hit.group(2)) - int(hit.group(1)) if hit else 1
    return 1 if period.kind == "year" else 0


def over_years(p: Para, i: int, m: Mention) -> bool:
    """An amount of a sentence opening on ``Qua N năm`` with N more than the report's years: no row."""
    if m.value is None or p.reading.period is None:
        return False
    hit = _OVER.match(p.text[p.sentence_of(m):m.num_start])
    return bool(hit) and int(hit.group("n")) > max(1, years_covered(p.reading.period))


OVER_YEARS = (over_years,)
