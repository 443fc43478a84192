"""How many categories moved: the spread of the period's changes, not a figure of it (round 31).

=========================  ===================================================================================
``categories_moved``       ``Trong đó 2 nhóm dịch vụ tăng mạnh là: …`` (yf-nam-dinh-buu-dien-tinh-doanh-thu-2019),
                           ``Có 9/11 nhóm hàng hóa và dịch cụ tiêu dùng có CPI tăng`` (zu-binh-dinh-cuc-thong-ke-cpi-
                           2023-q1), ``Tháng 9, trên HNX có 2 chỉ số ngành tăng điểm`` (t24-tbtco-hnx-2021-q3), ``có 4
                           nhóm tăng giá …, 4 nhóm giảm giá`` (c8-vn-cpi-2021-08): a count of categories (``nhóm``
                           [hàng, dịch vụ …], ``ngành``, ``chỉ số``, ``mặt hàng``, ``lĩnh vực``) whose own clause says
                           they rose or fell says how the period's changes are spread — each category's change is
                           the figure (the held-out tables keep the groups, never their number)
``categories_chosen_from`` ``Trong 11 nhóm hàng hóa và dịch vụ chính, có 06 nhóm tăng`` (t9-tk-cpi-kontum-t11-2023),
                           ``Trong 11 nhóm hàng hóa, chỉ có bưu chính viễn thông có chỉ số giá giảm`` (yi-toan-quoc-
                           tong-cuc-thong-ke-chi-so-gia-tieu-dung-2012-10 — there the 11 opens its paragraph and is
                           read as a row of its own before the recognisers: not reached): the set the sentence
                           chooses from, after ``Trong``
``range_over_several``     ``Một số khu vực cảng biển khác như Cần Thơ, Mỹ Tho, Nam Định, Thanh Hóa, Thái Bình có
                           mức tăng tương đối cao từ 22 - 42%`` (yp-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-
                           2020-10t), ``một số cảng thuộc khu vực như: Bình Thuận, Mỹ Tho cũng có lượng hàng hóa
                           thông qua tăng từ 40 - 46%`` (zc-toan-quoc-hang-hoa-qua-cang-bien-2018-09), ``các cây công
                           nghiệp lâu năm như cà phê, tiêu, điều, chè đều có sản lượng tăng tăng từ 2-5%``: a change
                           said as a range (``từ A - B%``) of several things the sentence names (``như …``, ``đều``)
                           is the spread of their changes — each thing's change is its own figure, the range none
                           (round 35)
=========================  ===================================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

#: The category counted, right after the number (or the pair's whole: ``9/11 nhóm``); ``nhóm`` only of goods,
#: services, sectors or products (``nhóm hộ``, ``nhóm trẻ`` count people) or bare before the verb.
_CATEGORY = (r"^\s*(?:/\s*\d+\s*)?(?:nhóm(?=\s+(?:hàng|dịch|sản|mặt|ngành|chỉ|tăng|giảm))|ngành|chỉ\s+số|mặt\s+hàng|"
             r"lĩnh\s+vực)(?!\w)")
#: ... then, in the same clause (no punctuation, no other number), the verb that says they moved — with no amount
#: after it in its clause: ``có 5 nhóm hàng có kim ngạch tăng trên 1 tỷ USD`` counts a class (a figure, round 4).
_MOVED = re.compile(r"(?i)" + _CATEGORY + r"(?:\s+[^\W\d_]+){0,10}?\s+(?:tăng|giảm)(?!\w)[^\d.;:,!?()\n]*(?:[.;:,!?()\n]|$)")
#: ... or the set a choice is made from: ``Trong 11 nhóm hàng hóa, chỉ có``.
_CHOSEN_FROM = re.compile(r"(?i)" + _CATEGORY + r"(?:\s+[^\W\d_]+){0,10}?\s*,?\s+(?:chỉ\s+)?có(?!\w)")
_IN_BEFORE = re.compile(r"(?i)(?<!\w)trong\s*$")


def _counted(m: Mention) -> bool:
    return m.value is not None and m.kind in ("count", "ratio") and not m.comparison and m.pair_role != "denominator"


def categories_moved(p: Para, i: int, m: Mention) -> bool:
    return _counted(m) and bool(_MOVED.match(p.text[m.num_end:m.num_end + 120]))


def categories_chosen_from(p: Para, i: int, m: Mention) -> bool:
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return _counted(m) and bool(_IN_BEFORE.search(p.text[max(0, start - 12):start])) and \
        bool(_CHOSEN_FROM.match(p.text[m.num_end:m.num_end + 120]))


#: ``tăng từ``, ``có mức tăng tương đối cao từ``, ``giảm mạnh từ``: a verb of change, then (a few words, no number,
#: no punctuation) ``từ`` right before the range.
_CHANGE_FROM = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)[^\d.;:,!?()\n]{0,30}?(?<!\w)từ\s*$")
#: Several things named before it in the sentence: ``như`` (a list follows), ``đều`` (each of them).
_SEVERAL = re.compile(r"(?i)(?<!\w)(?:như|đều)(?!\w)")


def range_over_several(p: Para, i: int, m: Mention) -> bool:
    if m.value is None or m.kind != "percent" or getattr(m, "low", None) is None:
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    verb = _CHANGE_FROM.search(p.text[max(0, start - 60):start])
    if not verb:
        return False
    return bool(_SEVERAL.search(p.text[p.sentence_of(m):max(0, start - 60) + verb.start() + 1]))


SPREAD = (categories_moved, categories_chosen_from, range_over_several)
