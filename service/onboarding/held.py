"""What an agency or an area holds at the moment of the report, said as of now (round 37).

=======================  ========================================================================================
``held_now``             ``Tính tới thời điểm hiện tại, Bưu điện tỉnh có 276 điểm, trong đó có 48 bưu cục, 162
                         điểm bưu điện văn hóa xã, 18 bưu cục phát, 3 đại lý bưu điện và 45 thùng thư công cộng độc
                         lập`` (yr-quang-nam-buu-dien-tinh-doanh-thu-2015): a sentence opening on *as of now*
                         (``tính đến/tới (thời điểm) hiện tại/nay``, ``hiện nay``, ``hiện tại``) then ``có`` and a
                         count states a stock, not what the period brought — standing, and so are the parts listed
                         after it in the same sentence (``trong đó có …``, ``…, …``, ``… và …``). Not ``Tính đến thời
                         điểm hiện tại đã có 910 ca khám`` (``đã có``: what has come about, ``passed.had_in_period``),
                         nor a count with a verb of a result after it (``có 12 người bị thương``)
``per_held``             ``Bán kính phục vụ bình quân đạt 3,47km/điểm, số dân phục vụ bình quân đạt 5.353
                         người/điểm`` (same page): a ratio *per* the noun of a stock ``held_now`` read in the
                         paragraph (``/điểm``, ``trên một điểm``) measures that stock — standing too; not money
=======================  ========================================================================================

Both are tried with ``service.onboarding.recognisers.RECOGNISERS``, right before ``standing``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.passed import had_in_period
from service.onboarding.standingnote import add_standing
from service.onboarding.stockwords import RESULT_AFTER, STOCK_NOW, moved

#: *As of now* opening a sentence (a list dash may stand first): ``Tính tới thời điểm hiện tại,``, ``Đến nay hiện
#: tại``, ``Hiện nay,``, ``Hiện tại``.  ``Đến nay`` alone is not here: a total the period brought (``Đến nay toàn
#: huyện có 16 hội cơ sở``, recognisers._BROUGHT_TO).
_AS_OF_NOW = re.compile(r"(?i)\s*(?:[-–+•*]\s*)?(?:(?:tính\s+)?(?:đến|tới)\s+(?:thời\s+điểm\s+)?hiện\s+(?:tại|nay)|"
                        r"hiện\s+(?:tại|nay))(?!\w)\s*,?")
#: The stock's verb right before its count: ``có``, ``hiện có``, a qualifier maybe; no ``đã``/``mới`` before it.
_HAS_BEFORE = re.compile(r"(?i)(?<!\w)(?<!đã\s)(?<!mới\s)có\s*(?:trên|hơn|gần|khoảng|tổng\s+cộng)?\s*$")
#: What stands between one listed part and the next: a noun phrase, then ``,`` / ``và`` / ``trong đó (có)``.
_PART_GAP = re.compile(r"(?i)^[^\d.;:!?()]{0,80}?(?:,\s*(?:trong\s+đó(?:\s+có)?\s*:?)?|\s(?:và|cùng)|"
                       r"\(\s*trong\s+đó(?:\s+có)?\s*:?)\s*$")
#: A verb that makes the counted things something the period did (``đã``, ``được``, ``mới``) inside the gap.
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|được|mới|xảy\s+ra|tăng|giảm)(?!\w)")
#: ``/điểm``, ``trên một điểm``, ``mỗi điểm``: what a ratio is per, right after its number and unit.
_PER = re.compile(r"(?i)^\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,1}?\s*(?:/|trên\s+(?:1\s+|một\s+)?|mỗi\s+|cho\s+(?:1|một)\s+)"
                  r"(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?)")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _result_after(p: Para, m: Mention) -> bool:
    return bool(RESULT_AFTER.match(p.text[m.end:P.clause_end(p.text, m.end)]))


def held_now(p: Para, i: int, m: Mention) -> bool:
    """A count after ``có`` in a sentence opening on *as of now*, or a part listed after such a count: standing."""
    if m.value is None or m.comparison or m.kind not in ("count", "ratio"):
        return False
    s = p.sentence_of(m)
    at = _start(m)
    firsts = [k for k in range(i) if p.sentence_of(p.figures[k]) == s]
    if firsts:
        prev = p.figures[i - 1]
        gap = p.text[prev.end:at]
        if (i - 1) not in p.standing_at or not _PART_GAP.match(gap) or _DONE.search(gap):
            return False
    else:
        opening = _AS_OF_NOW.match(p.text, s, at)
        if not opening or not _HAS_BEFORE.search(p.text[opening.end():at]) or had_in_period(p.text[s:at]):
            return False
        if _DONE.search(p.text[opening.end():at]):
            return False
    if _result_after(p, m) or moved(p, i, m, p.text[max(s, at - 80):at]):
        return False          # "Hiện nay, trên địa bàn tỉnh có 415 HTX nông nghiệp, tăng 11,14% so với cùng kỳ":
        # a level with its change is the period's figure (p-hoabinh-htx-2022)
    if firsts:
        # a part of the held stock: only when the sentence's first count was held as of now
        first = firsts[0]
        if first not in p.standing_at or not _AS_OF_NOW.match(p.text, s, _start(p.figures[first])):
            return False
    add_standing(p, m, STOCK_NOW)
    p.standing_at.add(i)
    _held_at(p).add(i)
    return True


def _held_at(p: Para) -> set:
    """The figure indexes ``held_now`` made standing in this paragraph."""
    if not hasattr(p, "held_now_at"):
        p.held_now_at = set()
    return p.held_now_at


def _held_nouns(p: Para) -> set[str]:
    """The head nouns of the stocks ``held_now`` read (``điểm``): not any standing count's — a mean per household of
    the livestock stated with it (``tổng số hộ chăn nuôi gia súc lớn là 41.944 hộ với 125.494 con; … số đầu gia súc
    bình quân 2,99 con/hộ``, zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024) is a row the hand keeps."""
    return {(p.figures[k].noun or "").lower().split()[0] for k in _held_at(p) if (p.figures[k].noun or "").split()}


def per_held(p: Para, i: int, m: Mention) -> bool:
    """A ratio per the noun of a stock this paragraph made standing (``3,47km/điểm`` after ``276 điểm``): standing."""
    if m.value is None or m.comparison or not _held_at(p) or m.kind not in ("count", "ratio", "measure"):
        return False          # not money: an amount per member (``đồng/hội viên``) is what the period brought
    per = _PER.match(p.text[m.num_end:m.num_end + 60])
    if not per:
        return False
    held = _held_nouns(p)
    if per.group("noun").lower().split()[0] not in held:
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


#: ``lũy kế đến nay``, ``lũy kế đến hết tháng 09/2015``: a running total to now (a ``như vậy,`` may lead), not
#: ``lũy kế từ đầu năm`` / ``lũy kế 9 tháng`` (the period's own sum).
_RUNNING_TO_NOW = re.compile(r"(?i)\s*(?:như\s+vậy\s*,?\s*)?lũy\s+kế\s+(?:đến|tới)\s+(?:nay|hết(?:\s+[^\W\d_]+){1,4}(?:\s+\d+(?:/\d+)*)?)"
                             r"(?!\w)\s*,?")
#: Between the opening and ``có``: where (``cả nước``, ``toàn tỉnh``), no verb, no number.
_WHERE_HAS = re.compile(r"(?i)^[^\W\d_]*(?:\s+[^\W\d_]+){0,3}?\s*(?:hiện\s+)?có\s*(?:trên|hơn|gần|khoảng)?\s*$")


def running_total_held(p: Para, i: int, m: Mention) -> bool:
    """``Như vậy, lũy kế đến hết tháng 09/2015, cả nước có 299 khu công nghiệp được thành lập``
    (yr-toan-quoc-vu-quan-ly-kkt), ``lũy kế đến nay toàn tỉnh có 15.260 người đã đăng ký`` (zw-khong-ro-tinh-hoi-chu-
    thap-do-tinh-tong-ket-2023): a count the place *has* in a running total to now, said in the clause that opens on
    it — all the years' sum, not the period's figure (the hands keep neither): standing."""
    if m.value is None or m.comparison or m.kind not in ("count", "ratio"):
        return False
    at = _start(m)
    for lo in {p.sentence_of(m), P.clause_start(p.text, at)}:
        opening = _RUNNING_TO_NOW.match(p.text, lo, at)
        if opening and _WHERE_HAS.match(p.text[opening.end():at]) and not _result_after(p, m):
            add_standing(p, m)
            p.standing_at.add(i)
            return True
    return False


HELD = (held_now, per_held, running_total_held)
