"""A stock and its breakdown said in one sentence are standing facts, not figures of the period (round 47).

===================  =======================================================================================
``stock_broken_down`` ``Hiện nay, cả nước có tổng số 9.297 km đê, trong đó, đê được phân cấp từ cấp III đến cấp
                      đặc biệt là 2.730 km`` (yy-toan-quoc-tong-cuc-phong-chong-thien-tai-…-2018), ``hiện nay, cả
                      nước có 1.954 cơ sở GDNN, bao gồm 394 trường cao đẳng, 515 trường trung cấp và 1.045 trung
                      tâm …`` (y-toan-quoc-giao-duc-nghe-nghiep-2018), ``Hội NKT tỉnh được thành lập từ năm 2004,
                      đến nay có 3.712 hội viên, trong đó có 1.104 nữ, 2.608 nam`` (yy-ha-giang-hoi-nguoi-khuyet-
                      tat-…-2020), ``Đến nay, toàn tỉnh có tổng số 582 dự án đầu tư; trong đó: 40 dự án …``
                      (x-hoa-binh-dau-tu-doanh-nghiep-2020-5t), ``Toàn
                      tỉnh hiện có 544 hồ chứa thủy lợi các loại, trong đó có 474 hồ chứa …, 70 hồ chứa …``
                      (t37-baomoi-ho-dap-an-toan-2023): what the area *has now* (``hiện nay``, ``đến nay``, ``toàn
                      tỉnh hiện có``), then its make-up (``trong đó``, ``bao gồm``, ``gồm``) — the whole and every
                      part go to the standing sheet; the held-out hands keep none of them as rows.
===================  =======================================================================================

The breakdown marker is what tells an inventory from a flow: ``toàn tỉnh có 606 doanh nghiệp thành lập mới``
(no breakdown; and a result's verb) stays a row, as does a count whose own clause says what the period brought
(``đạt``, ``được công nhận``, ``xảy ra``, ``mới``). Counts and measures only (no money, no rate).
A stock dated to a day or month (``Tính đến ngày 30/6, cả nước có 176.436 người nhiễm HIV, trong đó …``: the hand
keeps it; ``Đến tháng 6/2023, toàn tỉnh có 420 cơ sở …; trong đó có 2 khách sạn 5 sao …``, y-phu-yen-du-lich-2023-h1,
whose hand does not) is the period's own reading and stays rows; so does a breakdown with shares (``19.384 HTX nông
nghiệp, chiếm 68,8%``).

Tried with ``service.onboarding.recognisers.RECOGNISERS``, before the bounds.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para
from service.onboarding.standingnote import add_standing

_W = r"[^\W\d_]+"
#: Said now: ``hiện nay``, ``hiện tại``, ``đến nay``, ``đến tháng 6/2023``, ``tính đến …``, then the subject (a few
#: words) and ``có``; or the whole area's ``toàn tỉnh hiện có`` — always a word of *now* (``Cả nước có 129,5 triệu thuê
#: bao …`` alone may be the period's reading).
_NOW_HAS = re.compile(
    rf"(?i)(?:(?<!\w)(?:hiện\s+nay|hiện\s+tại|đến\s+nay|tính\s+đến\s+nay)"
    rf"\s*,?\s*(?:{_W}\s+){{0,4}}?(?:hiện\s+)?có|"
    rf"(?<!\w)(?:toàn|cả)\s+(?:nước|tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã)\s+hiện\s+(?:nay\s+)?có)"
    rf"(?:\s+tổng\s+(?:số|cộng))?\s*(?:trên|hơn|gần|khoảng|là)?\s*$")
#: The make-up follows: ``, trong đó (có)``, ``; trong đó,``, ``, bao gồm``, ``, gồm (có)``.
_BREAKDOWN = re.compile(r"(?i)^[^\d.;!?]{0,60}?[,;:]\s*(?:trong\s+đó\s*,?(?:\s*có)?|bao\s+gồm|gồm(?:\s+có)?)(?!\w)")
#: A part follows the marker or the part before it: no figure, no verb of what was done between.
_PART_GAP = re.compile(r"(?i)^[^;!?]{0,120}$")
_DONE = re.compile(r"(?i)(?<!\w)(?:đạt|đã|đang|sẽ|bị|xảy\s+ra|tăng|giảm|mới|được\s+(?:công\s+nhận|khen|tặng|trao|"
                   r"cấp|hỗ\s+trợ|giải\s+quyết))(?!\w)")
_KINDS = ("count", "measure")
#: Not a stock said now: a span ending now (``Từ đầu năm đến nay``: the period's flow), a stock dated to the report's
#: day (``Tính đến ngày 30/6, cả nước có 176.436 người nhiễm HIV``: the period's own reading), something done
#: (``đã có 910 ca``).
_NOT_NOW = re.compile(r"(?i)(?<!\w)(?:từ\s+[^,.;]{0,40}?(?:đến|tới)\s+nay|(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày|tháng|thời\s+điểm|cuối)"
                      r"(?!\w)|đã)(?!\w)")
#: A part's own clause says what it came to in the period or what share it is (``8 nghìn khách hàng mới``, ``14,2
#: triệu thuê bao, giảm 1%``, ``19.384 HTX nông nghiệp, chiếm 68,8%``): the stock is broken down as the period's
#: figures, rows with their shares — not an inventory.
_PART_SAYS = re.compile(r"(?i)^[^\d.;!?]{0,50}?(?:(?<!\w)(?:chiếm|đạt|tăng|giảm|mới|xảy\s+ra|bị)(?!\w)|%)")


def _clause_before(p: Para, m: Mention) -> str:
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return p.text[p.sentence_of(m):at]


def _head(p: Para, m: Mention) -> bool:
    """``m`` is a stock said now, and the sentence goes on to break it down right after it."""
    if m.value is None or m.comparison or m.kind not in _KINDS:
        return False
    before = _clause_before(p, m)
    if not _NOW_HAS.search(before) or _NOT_NOW.search(before):
        return False
    after = p.text[m.end:m.end + 120]
    marker = _BREAKDOWN.match(after)
    if not marker or _DONE.search(after[:marker.end()]):
        return False
    parts = [f for f in p.figures if f.num_start >= m.end + marker.end() and p.sentence_of(f) == p.sentence_of(m)]
    return bool(parts) and not _PART_SAYS.match(p.text[parts[0].end:])       # a breakdown into counts


def stock_broken_down(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.comparison or m.kind not in _KINDS:
        return False
    claim = _head(p, m)
    if not claim and i > 0:
        prev = p.figures[i - 1]
        gap = p.text[prev.end:m.qualifier_start if m.qualifier_start is not None else m.num_start]
        quiet = lambda k: k in p.standing_at or k not in p.rows     # standing, or claimed as no row ("5 sao")
        if p.sentence_of(prev) == p.sentence_of(m) and quiet(i - 1) and _PART_GAP.match(gap) and \
                not _DONE.search(gap):
            # a part: the marker in the gap after the head, or a list's separator after the part before
            k = i - 1
            while k > 0 and quiet(k) and not _head(p, p.figures[k]) and \
                    p.sentence_of(p.figures[k - 1]) == p.sentence_of(m):
                k -= 1
            claim = _head(p, p.figures[k]) and k in p.standing_at
    if not claim or _PART_SAYS.match(p.text[m.end:]):
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


INVENTORY = (stock_broken_down,)
