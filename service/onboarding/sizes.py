"""Numbers that say how big each thing is, or which things are meant — not how many or how much the period did.

==========================  ====================================================================================
``open_floor``              ``Thôn ở xã thuộc các tỉnh miền Trung có từ 250 hộ gia đình trở lên``: ``từ N … trở
                            lên/xuống`` is a floor (or a ceiling) — the size a class of things has, never a count
``size_of_each``            ``bốn chiếc phà (hai chiếc 100 tấn và hai chiếc 60 tấn)``: a measure written right after
                            a count and its noun is the size of each thing counted (``2 chiếc 100 tấn``)
``sale_price``              ``bán ra khoảng 100 chiếc bánh chưng, với giá 70 ngàn đồng một chiếc``: the price at which
                            the things counted went (``với giá``, ``với mức giá``), context of the sale
``per_article``             the ``một`` of ``70 ngàn đồng một chiếc``: the article of a price per thing, no count
``all_of``                  ``sự tăng trưởng đồng đều trên cả ba tuyến``, ``được kéo giảm cả 3 tiêu chí``: ``cả N``
                            says all of the things already named, a recap — no count of the period
==========================  ====================================================================================

They are tried with ``service.onboarding.recognisers.RECOGNISERS``, before the rows' own readings.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

_W = r"[^\W\d_]"
#: ``từ`` right before the number (its qualifier, or the word the extraction left in the text).
_FROM_BEFORE = re.compile(r"(?i)(?<!\w)từ\s*$")
#: The number's noun (up to five words), then ``trở lên``/``trở xuống`` — no punctuation between.
_OPEN_AFTER = re.compile(rf"(?i)^\s*(?:%\s*)?(?:{_W}+\s+){{0,5}}?trở\s+(?:lên|xuống)(?!\w)")
#: Between a count and a measure: the count's noun alone (one or two words: ``chiếc``, ``tàu cá``, ``xe``).
_NOUN_ONLY = re.compile(rf"^\s+{_W}+(?:\s+{_W}+)?\s+$")
#: ``với giá``, ``với mức giá``, ``giá bán``: the price a sale was made at, said after the sale.
_SALE_PRICE = re.compile(r"(?i)(?<!\w)với\s+(?:mức\s+)?giá(?:\s+(?:bán|mua))?\s*$")
#: What a price is per: ``một chiếc``, ``mỗi kg``, ``/kg``.
_PER_THING = re.compile(rf"(?i)^\s*(?:một|mỗi|1)\s+{_W}+")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def open_floor(p: Para, i: int, m: Mention) -> bool:
    """``- Thôn ở xã thuộc các tỉnh trung du và miền núi phía Bắc có từ 150 hộ gia đình trở lên;``
    (t15-tvpl-quymo-thon-53-bnv): ``từ N <noun> trở lên`` sets a floor — the size a class of things is defined by (a
    rule's required size, a threshold of what was counted: ``Số HS được tổng điểm từ 50 điểm trở lên là 28 em``), not a
    number of the period. ``thu hút 22.000 lượt`` (no ``từ … trở lên``) stays a row."""
    if m.value is None or m.kind not in ("count", "measure", "money", "percent"):
        return False
    if not ((m.qualifier or "").lower() == "từ" or _FROM_BEFORE.search(p.text[max(0, _start(m) - 6):_start(m)])):
        return False
    return bool(_OPEN_AFTER.match(p.text[m.num_end:m.num_end + 60]))


def size_of_each(p: Para, i: int, m: Mention) -> bool:
    """``bốn chiếc phà (hai chiếc 100 tấn và hai chiếc 60 tấn)`` (t15-plo-catlai-giotto-2017): a measure written
    right after a count and its noun, nothing else between, is how big each counted thing is — the count is the
    figure (or a part), the tonnage names its kind. ``thu hoạch 200 ha, sản lượng 1.200 tấn`` (a comma and a noun of
    its own between) stays a row."""
    if m.value is None or m.kind != "measure" or i == 0:
        return False
    prev = p.figures[i - 1]
    if prev.kind != "count" or prev.value is None or not prev.unit:
        return False
    gap = p.text[prev.num_end:_start(m)]
    return bool(_NOUN_ONLY.match(gap)) and gap.split()[0].lower() == prev.unit.split()[0].lower()


def sale_price(p: Para, i: int, m: Mention) -> bool:
    """``mỗi ngày cơ sở bán ra khoảng 100 chiếc bánh chưng, với giá 70 ngàn đồng một chiếc``, ``Với mức giá 300 ngàn
    đồng mỗi kg, doanh thu đạt khoảng 600 triệu đồng`` (t15-nld-hoicho-muaxuan-2026): the price each thing sold at,
    said with ``với (mức) giá`` and what it is per — the sale's terms, not a figure of the period (the count sold and
    the takings are). A price list's ``Giá bán lẻ 13.000`` has no ``với giá``."""
    if m.value is None or m.kind != "money":
        return False
    return bool(_SALE_PRICE.search(p.text[max(0, _start(m) - 20):_start(m)])) and \
        bool(_PER_THING.match(p.text[m.end:m.end + 30]) or p.text[m.end:m.end + 1] == "/")


def per_article(p: Para, i: int, m: Mention) -> bool:
    """The ``một`` of ``với giá 70 ngàn đồng một chiếc`` (t15-nld-hoicho-muaxuan-2026): right after a money amount,
    ``một``/``mỗi`` + a noun says what the price is per — an article, not one thing counted."""
    if m.value != 1 or m.kind != "count" or i == 0 or (m.raw or "").strip().lower() != "một":
        return False
    prev = p.figures[i - 1]
    return prev.kind == "money" and not p.text[prev.end:m.num_start].strip()


#: ``cả`` right before the number, not ``tất cả``: ``tất cả 767 căn`` (all 767 houses) states the amount itself.
_ALL_BEFORE = re.compile(r"(?i)(?<!\w)(?<!tất\s)cả\s*$")


def all_of(p: Para, i: int, m: Mention) -> bool:
    """``Sự tăng trưởng đồng đều trên cả ba tuyến đã tạo nền tảng …`` (t15-tienphong-khachqt-9t-2025), ``tình hình
    TNGT … được kéo giảm cả 3 tiêu chí`` (h-brvt-tngt-2023-h1): a count right after ``cả`` ("all of the N") points
    back to the things the text named — the three routes, the three measures of road accidents — no figure of its
    own. ``tăng cả về số lượng`` has no number; ``cả năm 2023`` is a period the extraction keeps apart.  ``tất cả``
    is another word: ``Trong 6 tháng đầu năm tỉnh đã khởi công tất cả 767 căn nhà cho hộ Khmer theo kế hoạch năm
    2017`` (yd-vinh-long-so-lao-dong-thuong-binh-xa-hoi-so-ket-2017-h1, held-out), ``trao bằng tốt nghiệp cho tất cả 96
    học viên của lớp`` (p19-baomoi-bongoaigiao-khoa3-2010-2012): the amount stated in full, a row."""
    return m.kind == "count" and m.value is not None and m.qualifier is None and \
        bool(_ALL_BEFORE.search(p.text[max(0, m.num_start - 12):m.num_start]))


#: The end of a clause or a coordinated part (``950 bác sĩ … và 90 dược sĩ``): what a class's floor and the count it
#: describes must share.
_CLAUSE_END = re.compile(r"[,;:.()]|(?<!\w)(?:trong\s+đó|và)(?!\w)", re.I)
#: The class named as ``số <noun>`` right before the number: ``số vụ TNLĐ có``.
_CLASS_NAMED = re.compile(rf"(?i)(?<!\w)số\s+(?:{_W}+\s+){{1,4}}?(?:có|với)\s*$")


def class_floor(p: Para, i: int, m: Mention) -> bool:
    """``Gần 4000 vụ tai nạn lao động (TNLĐ) làm 3.505 người, trong đó số vụ TNLĐ có hai người bị nạn trở lên có 58
    vụ`` (t21-baogiaothong-tnld-2014), ``89 hộ nghèo nông thôn và 16 hộ nghèo thành thị đang còn thiếu hụt 3 chỉ số
    trở lên về tiếp cận dịch vụ xã hội cơ bản`` (d1-baolamdong-lacduong-hongheo-2019): ``N <noun> trở lên`` without
    ``từ`` is a floor too when it describes what another count counts — the class named ``số <noun> có`` right before
    it, or a count of another noun before it in its clause — not a number of the period (``open_floor`` reads the
    ``từ … trở lên`` form).  ``Phấn đấu hằng năm kết nạp 30 hội viên mới trở lên`` (nothing else counted: a target),
    ``tỷ lệ gia đình văn hóa đạt 85% trở lên`` are not read here."""
    if m.value is None or m.kind not in ("count", "measure") or (m.qualifier or "").lower() == "từ":
        return False
    if not _OPEN_AFTER.match(p.text[m.num_end:m.num_end + 60]):
        return False
    start = _start(m)
    clause = max([p.sentence_of(m)] + [x.end() for x in _CLAUSE_END.finditer(p.text, p.sentence_of(m), start)])
    if _CLASS_NAMED.search(p.text[clause:start]):
        return True
    return any(f.kind == "count" and f.value is not None and f.unit and f.unit != m.unit
               and clause <= f.num_start and f.num_end <= start for f in p.figures[:i])


SIZES = (open_floor, class_floor, size_of_each, sale_price, per_article, all_of)
