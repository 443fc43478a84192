"""One unit's share: numbers that say what each parcel, household or post gets or holds, not a figure of the period.

=========================  ===================================================================================
``one_unit_share``         ``Mỗi suất quà gồm có 10 kg gạo, 1 thùng mỳ tôm, 1 chiếc màn …``, ``(mỗi xã 100
                           suất)``, ``Quân số mỗi chốt có từ 10 đến trên 20 người``: a clause whose subject is
                           ``mỗi`` + a noun tells one unit's contents or value — the row before's note, no row
``value_in_brackets``      ``trao tặng 150 suất quà (520 ngàn đồng/suất)``: the value of one of the things just
                           counted, in the bracket after the count — the count's note, no row
``range_per_unit``         ``giảm khoảng 500 - 2.000 đồng/kg``, ``từ 20 -30 con/hộ``: a band of an amount per
                           unit (a price, a farm's size) describes the kind of things, no figure of the period
=========================  ===================================================================================

The hand-built tables of the cases keep such numbers as notes of the count (``zd-can-tho-co-do-ldld-tet-2022-01``:
``mỗi phần quà gồm 500.000 đồng tiền mặt và 10kg gạo`` is the note of ``100 phần``); an average over the period
(``bình quân mỗi nhà được hỗ trợ 30 triệu đồng``, g-anlao-vnn) is a figure and is left alone.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

#: ``mỗi`` + a noun opening a sentence, a clause or a bracket (``Mỗi suất quà gồm``, ``, mỗi phần quà gồm``,
#: ``(mỗi xã``), or after the clause's subject noun (``Quân số mỗi chốt có``, ``hỗ trợ mỗi hộ``).
_EACH = re.compile(r"(?i)(?<!\w)mỗi\s+(?P<noun>[^\W\d_]+)")
#: Time nouns after ``mỗi`` say how often (``Mỗi tháng, Hội tổ chức 2 buổi``): a habit the every-year rule reads.
_HOW_OFTEN = {"năm", "tháng", "quý", "tuần", "ngày", "kỳ", "đợt", "lần", "buổi", "giờ", "khi"}
#: What ends one unit's description: a total said after it (``, tổng trị giá 70 triệu đồng``), a new clause.
_TOTAL = re.compile(r"(?i)(?<!\w)(?:tổng|cộng|toàn\s+bộ)(?!\w)")
#: The contents of one unit listed (``Mỗi suất quà gồm có 10 kg gạo, 1 thùng …``, ``trị giá 600.000 đồng, trong đó có …``).
_LIST_OF = re.compile(r"(?i)(?<!\w)(?:gồm|trong\s+đó)(?!\w)")
#: ``từ 10 đến trên 20 người``: the upper end of a range after its lower end.
_RANGE_GAP = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+)?(?:-|–|đến|tới)\s*(?:trên\s+|hơn\s+|khoảng\s+)?$")
#: An average over the period is a figure of it (``bình quân mỗi nhà được hỗ trợ 30 triệu đồng``).
_AVERAGE = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình)(?!\w)")
#: Where a clause opens: the sentence's start, a comma, a semicolon, a colon, a bracket.
_OPENS = re.compile(r"[,;:(]\s*$|^\W*$")


def _each_opening(p: Para, m: Mention) -> re.Match | None:
    """The ``mỗi`` + noun whose unit the number at ``m`` describes, or None."""
    s = p.sentence_of(m)
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    found = None
    for e in _EACH.finditer(p.text, s, start):
        found = e
    if found is None or found.group("noun").lower() in _HOW_OFTEN:
        return None
    between = p.text[found.end():start]
    if _TOTAL.search(between) or ";" in between or ")" in between or "=" in between or _AVERAGE.search(between):
        return None   # ("mỗi xã đạt bình quân trên 15 tiêu chí", c-hanoi-ntm-2014: the period's average)
    if re.search(r"[”\"»]", between):   # "“Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo” …, đã hỗ trợ
        return None                      # 12.670 đối tượng" (a-mang-yang-ctd-2019): a movement's name in quotes
    said = [f for f in p.figures if found.end() <= f.num_start and f.end <= start]
    if said and not _LIST_OF.search(between) and not _RANGE_GAP.match(p.text[said[-1].end:start]):
        return None   # "mỗi phần trị giá 400.000đ và trao tặng 50 phần quà …" (n-hoahoi-nct-2024-h1): the unit's
        # number is said; what follows is a new predicate, unless the unit's contents are listed ("gồm", "trong đó")
    before = p.text[s:found.start()]
    lead = before[max(before.rfind(c) for c in ",;:(") + 1:] if any(c in before for c in ",;:(") else before
    if _AVERAGE.search(lead):
        return None
    opens = _OPENS.search(p.text[s:found.start()])
    if not opens:
        # inside a clause: only when the words before ``mỗi`` are the clause's own (no figure between)
        lo = P.clause_start(p.text, start)
        if found.start() < lo or any(lo <= f.num_start < found.start() for f in p.figures):
            return None
        if "," in between:
            return None
    return found


def total_after(p: Para, m: Mention) -> bool:
    """The paragraph states a total after it (``. Tổng trị giá quà tặng là 78 triệu đồng``, ``, với tổng trị giá hơn 65
    triệu đồng``): one parcel's money is then its note (a total said before it is of other things). With no total
    (``trao tặng 200 suất quà (mỗi suất 200.000đ)``, ham-thuan-bac-2023-h1) or the product worked out (``mỗi phần trị
    giá 300.000 đồng = 5.100.000đ``, bu-dang-2020-h1), the agency's table keeps the parcel's value as a row (QS-09,
    QS-17 there)."""
    for f in p.figures:
        if f.kind != "money" or f.per or f.value is None or f.num_start < m.end:
            continue
        if _TOTAL.search(p.text[P.clause_start(p.text, f.num_start):f.num_start]):
            return True
    return False


def one_unit_share(p: Para, i: int, m: Mention) -> bool:
    """``Mỗi suất quà gồm có 10 kg gạo, 1 thùng mỳ tôm, 1 chiếc màn, quần áo … kèm theo 50 ngàn đồng tiền mặt``,
    ``Mỗi suất quà trị giá 600.000 đồng, trong đó có 100.000 đồng tiền quà và 500.000 đồng tiền mặt``, ``(mỗi xã 100
    suất)`` (t11-gialai-ctd-*), ``Quân số mỗi chốt có từ 10 đến trên 20 người`` (t11-longan-bdbp-2021), ``mỗi phần
    quà gồm 500.000 đồng tiền mặt và 10kg gạo, với tổng trị giá …`` (zd-can-tho-co-do-ldld-tet-2022-01): what one
    parcel, commune or post gets or holds — the note of the row before, no row. A total after it (``tổng trị giá``)
    and an average (``bình quân mỗi nhà``) are figures of the period and stay rows."""
    if m.value is None or m.comparison or m.kind == "percent":
        return False
    each = _each_opening(p, m)
    if each is None or m.kind == "money" and not total_after(p, m):
        return False
    noun = each.group("noun").lower()
    before = p.rows_before(i, same_sentence=False)
    own = [r for r in before if r.unit.lower().split()[:1] == [noun]] + before   # the count of those units first
    if own:
        own[0].derived.append(Derivation(p.quote(m), f"mỗi {noun} (một đơn vị)", m.value))
        p.rows[i] = own[0]
    return True


def value_in_brackets(p: Para, i: int, m: Mention) -> bool:
    """``trao tặng 150 suất quà (520 ngàn đồng/suất)``, ``50 bộ sách giáo khoa … (trị giá trên 492 ngàn
    đồng/bộ)`` (t11-gialai-ctd-1000suat-2024): one thing's value, in the bracket after the count of those things —
    the count's note, no row (the total the page states is the row)."""
    if m.value is None or m.comparison or m.kind != "money" or not m.per or i == 0 or not total_after(p, m):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    s = p.sentence_of(m)
    opened = p.text.rfind("(", s, start)
    if opened < 0 or ")" in p.text[opened:start]:
        return False
    counts = [k for k in range(i) if p.figures[k].end <= opened and p.rows.get(k) is not None]
    if not counts:     # (numbers that made no row may stand between: ``sách … lớp 5 và lớp 9 (trị giá …``)
        return False
    prev, row = p.figures[counts[-1]], p.rows[counts[-1]]
    if row.kind != "count" or p.sentence_of(prev) != s:
        return False
    per = m.per.split()[0].lower()
    if not (prev.unit or row.unit or "").lower().split()[:1] == [per]:
        return False
    row.derived.append(Derivation(p.quote(m), f"giá trị mỗi {m.per}", m.value))
    p.rows[i] = row
    return True


#: What the period achieved, or its average: a band after it is the period's figure.
_ACHIEVED = re.compile(r"(?i)(?<!\w)(?:đạt|bình\s+quân|trung\s+bình)(?!\w)")
#: ``500 - 2.000 đồng/kg``, ``từ 20 -30 con/hộ``, ``50.000 - 51.000``: a range written as one number.
_RANGE = re.compile(r"\d\s*(?:-|–|đến|tới)\s*(?:trên\s+)?\d")


def range_per_unit(p: Para, i: int, m: Mention) -> bool:
    """``giá heo hơi … điều chỉnh giảm … với biên độ giảm khoảng 500 - 2.000 đồng/kg``, ``mức giá phổ biến đang ở
    mức 50.000 - 51.000 đồng/kg`` (t11-vn-giaheo-cpi-2t), ``quy mô từ 20 -30 con/hộ`` (t10-bachthong-tongdan-2016):
    a band of an amount per unit describes the kind of things (a market's price, a farm's size), no figure of the
    period. One amount per unit (``thu nhập 50,5 triệu đồng/người``) is left alone."""
    if m.value is None or m.kind == "percent" or not m.per:
        return False
    lead = p.text[P.clause_start(p.text, m.num_start):m.num_start]
    if _ACHIEVED.search(lead):   # "Năng suất thu hoạch bình quân đạt 60 - 65 tạ/ha" (p14-vinhtrung-dongxuan-2022-2023),
        return False             # "doanh thu trung bình 200-250 triệu đồng/tàu/tháng": the period's result, as a band
    if _RANGE.search(m.raw or ""):
        return True
    lo = max(p.sentence_of(m), m.num_start - 25)
    return bool(re.search(r"\d\s*(?:-|–|đến|tới)\s*(?:trên\s+)?$", p.text[lo:m.num_start]))


SHARES = (value_in_brackets, one_unit_share, range_per_unit)
