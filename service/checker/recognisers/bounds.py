"""A class named by its bound: ``có 4 tỉnh … tăng trưởng GRDP vượt ngưỡng 10%``, ``9 tỉnh … đạt doanh thu du lịch
từ 10.000 tỷ đồng trở lên``, ``Có 6 trường … đạt tỷ lệ tốt nghiệp 100%``, ``368 hộ đạt trên 50 triệu``.

The count in front (4 tỉnh, 9 tỉnh, 6 trường, 368 hộ) is the figure of the period; the number after ``đạt``/``có``
says which units it counts — the bound of the class, no figure of its own. The grammar, each a marker a total
never carries:

- a threshold named as such (``ngưỡng 10%``, ``vượt mốc 15.000 người``);
- an open end (``từ 10.000 tỷ đồng trở lên``, ``từ 8 tiêu chí trở lên``, ``dưới 5 triệu trở xuống``) after a count of
  units reaching it;
- a rate reached by each unit counted just before (``6 trường … đạt tỷ lệ tốt nghiệp 100%``): rates do not add up;
- a bound or a range of what each unit counted just before reached (``368 hộ đạt trên 50 triệu, 68 hộ đạt 100 đến
  300 triệu đồng``);
- a per-unit value naming what the clause then counts (``Mô hình đạt giá trị 100 triệu đồng/ha thực hiện được trên
  10 ha``);
- a level the units counted have above or below a bound (``3 địa phương còn lại trong top 5 cũng có mức thu nhập bình
  quân trên 7 triệu đồng/người/tháng``, ``Các địa phương còn lại trong top 10 có mức thu nhập từ 5,9 triệu đến dưới 7
  triệu đồng``: c12-vn-thunhap-2024), both ends of such a range;
- a level named after a count of units, then a bound (``Đã có 24 mặt hàng có kim ngạch trên 1 tỷ USD``:
  c14-vn-xuatkhau-9t-cand; ``Việt Nam có 7 nhóm hàng kim ngạch xuất khẩu sang thị trường Hoa Kỳ đạt trên 1 tỷ USD``:
  c14-vn-xkmy-2018-9t): what each unit counted has, above the bound — one class is enough, the level noun
  (``kim ngạch``, ``doanh thu``, ``thu nhập``…) belonging to the units.

Not ``14.520/16.921 thí sinh đỗ tốt nghiệp, đạt tỷ lệ 85,81%`` (a new predicate after a comma: the share the ratio
makes), nor ``120 hộ đạt sản lượng 500 tấn`` (a total: no marker). Asked only of a number no row of the table
supports or is about (``service.checker.check``).
"""

from __future__ import annotations

import re

from service.checker.recognisers.bandlist import later_band
from service.checker.recognisers.income import income_class
from service.checker.recognisers.openend import OPEN_END, open_bound

_W = r"[^\W\d_]"
_TIME_NOUNS = r"(?:tháng|năm|quý|tuần|ngày|giờ|lần|đợt|kỳ|tuổi)"
#: ``vượt ngưỡng 10%``, ``dưới ngưỡng``: the threshold itself; a milestone crossed is one too (``số lao động sang
#: Nhật Bản vượt mốc 15.000 người (đạt 16.282 người)``: yj-toan-quoc-cuc-quan-ly-lao-dong-ngoai-nuoc-…-2014-10).
_THRESHOLD = re.compile(r"(?i)(?<!\w)(?:ngưỡng|mốc)\s+(?:(?:là|của|trên|dưới)\s+)?$")
#: A count of units (not a ratio), then up to eight words naming them (a comma only inside a list of nouns), then the
#: verb of reaching and what is reached, right before the bound.
_COUNT_REACHES = re.compile(
    rf"(?i)(?<![\d/.,])\d[\d.]*(?!\s*/)\s+(?!(?:tháng|năm|quý|tuần|ngày|giờ|lần|đợt|kỳ|tuổi)(?!\w))(?P<units>{_W}+(?:(?:\s+|\s*,\s*(?!đạt|có|với|tăng|giảm|chiếm|bằng|là)){_W}+){{0,8}}?)"
    rf"\s+(?:đều\s+)?(?P<verb>đạt|có)\s+(?P<what>(?:{_W}+\s+){{0,4}}?)(?P<q>(?:từ|trên|hơn|dưới|trên\s+dưới)\s+)?$")
#: Words that make the reached thing a rate (``tỷ lệ tốt nghiệp``) or what each unit earns (``thu nhập``).
_RATE = re.compile(r"(?i)(?<!\w)(?:tỷ\s+lệ|tỉ\s+lệ)(?!\w)")
#: ``68 hộ đạt 100 đến 300 triệu đồng``: a range reached.
_RANGE_AFTER = re.compile(r"(?i)^\s*(?:[-–]|đến|tới)\s*\d")
_RANGE_IN = re.compile(r"(?i)\d\s*(?:[-–]|đến|tới)\s*\d")
#: ``Mô hình đạt giá trị 100 triệu đồng/ha thực hiện được trên 10 ha``: the per-unit value in the subject.
_VALUE_NAMES = re.compile(r"(?i)(?<!\w)(?:đạt|có|cho)\s+(?:giá\s+trị|thu\s+nhập|doanh\s+thu)\s+(?:(?:từ|trên|hơn)\s+)?$")
#: ``100 triệu đồng/ha``: an amount per unit, read from the number on.
_PER_UNIT_VALUE = re.compile(r"(?i)\d[\d.,]*(?:\s*\w+){0,2}\s*/\s*\w+")
_THEN_COUNTED = re.compile(r"(?i)\s+(?:thực\s+hiện\s+được|được|có|với|đã)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?\d")
_CLAUSE = re.compile(r"[.;!?:](?=\s|$)|\n")
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n")
#: ``368 hộ đạt trên 50``: one class of a distribution (a count, its noun, ``đạt``, a bound or a range's start).
_A_CLASS = re.compile(rf"(?i)(?<![\d/.,])\d[\d.]*\s+{_W}+(?:\s+{_W}+){{0,3}}?\s+đạt\s+(?:(?:từ|trên|hơn|dưới)\s+)?\d")


#: ``3 địa phương còn lại trong top 5 cũng có mức thu nhập bình quân trên``, ``Các địa phương còn lại … có mức thu nhập
#: từ``: units counted (or named as a class) that have a level above, below or from a bound.
_UNITS_HAVE_LEVEL = re.compile(rf"(?i)(?:(?<![\d/.,])\d[\d.]*|^\s*(?:các|những|nhiều|một\s+số))\s+{_W}+(?:\s+\S+){{0,10}}?"
                               rf"\s+(?:đều\s+|cũng\s+)?có\s+mức(?:\s+{_W}+){{0,4}}?\s+(?:từ|trên|dưới|hơn)\s+$")
#: ``24 mặt hàng có kim ngạch trên``, ``7 nhóm hàng kim ngạch xuất khẩu sang thị trường Hoa Kỳ đạt trên``: a count, its
#: units, the level they have, a bound; the level may be named as such (``trong đó 15 hội viên đạt mức thu nhập trên 500
#: triệu đồng/năm``, c18-hatinh-halinh, as ``có mức thu nhập bình quân trên 7 triệu`` of c12-vn-thunhap above); a yield or
#: an output (``3 nông trường năng suất trên 2,5 tấn/ha``, zy-binh-phuoc-cong-ty-cao-su-phu-rieng-…-2017).
_UNITS_LEVEL_BOUND = re.compile(
    rf"(?i)(?<![\d/.,])\d[\d.]*\s+{_W}+(?:\s+{_W}+){{0,2}}?\s+(?:(?:đều|cũng)\s+)?(?:có\s+)?(?:mức\s+)?(?:kim\s+ngạch|doanh\s+thu"
    rf"|thu\s+nhập|giá\s+trị|quy\s+mô|vốn\s+điều\s+lệ|diện\s+tích|dung\s+tích|mực\s+nước|năng\s+suất|công\s+suất|sản\s+lượng)(?:\s+\S+){{0,8}}?\s+(?:(?:đều\s+)?(?:đạt|ở\s+mức)\s+)?"
    rf"(?:trên|hơn|dưới|từ)\s+$")
#: ``từ 5,9 triệu đến dưới ``: the first end of a range, right before its second.
_SECOND_END = re.compile(r"(?i)(?<!\w)(?:từ|trên)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?(?P<first>\d[\d.,]*(?:\s+[^\W\d_]+){0,2}?)"
                         r"\s+(?:đến|tới|-|–)\s+(?:(?:dưới|gần|hơn|trên)\s+)?$")


#: ``1.627 cơ sở nuôi lợn từ 1.500 con trở lên``, ``452 cơ sở nuôi từ 30 con trâu trở lên``, ``45 hộ trồng cam với diện
#: tích từ 1 ha trở lên`` (c22-vbpharma-trangtrai-quymo): a count of units, words naming them (no verb of reaching
#: needed), ``từ``, then the bound and its open end — a size class.
_COUNT_FROM = re.compile(rf"(?i)(?<![\d/.,])\d[\d.]*(?:\s*/\s*\d[\d.]*)?\s+(?!{_TIME_NOUNS}(?!\w)){_W}+(?:\s+{_W}+){{0,10}}?"
                         rf"\s+từ\s+$")
#: ``16 tỉnh, thành phố trong cả nước đã có sự tăng đàn heo đạt trên 100%`` (c22-danviet-danheo-12-2020), ``15/63 địa
#: phương có tỉ lệ giải ngân đạt trên 3%`` (c22-nghean24h-giaingan-6t-2021): a count (or a ratio) of units, the level
#: they reach or have, a bound, a percent — rates do not add up, so the percent says which units are counted. A comma
#: only inside a list of names (``tỉnh, thành phố``), never before a new predicate (``120 xã, tỷ lệ … đạt trên 90%``).
#: The level may be growth itself: ``Việt Nam vẫn có 9 địa phương tăng trưởng GRDP trên 10%``
#: (c23-dantri-tang-truong-6-thang-2021). The units may be named as a class at the clause's start instead of counted,
#: as ``_UNITS_HAVE_LEVEL`` reads them: ``Các tỉnh có tỷ lệ tốt nghiệp cao trên 99% có truyền thống dạy tốt học tốt như
#: Thái Bình, …`` (xr-toan-quoc-bo-gddt-ty-le-tot-nghiep-thpt-2018; checker round 90).
_COUNT_PERCENT_BOUND = re.compile(
    rf"(?i)(?:(?<![\d/.,])\d[\d.]*(?:\s*/\s*\d[\d.]*)?|^\s*(?:các|những))\s+(?!{_TIME_NOUNS}(?!\w)){_W}+"
    rf"(?:(?:\s+|\s*,\s*(?!(?:đạt|có|với|tăng|giảm|chiếm|bằng|là|tỷ|tỉ)(?!\w))){_W}+){{0,14}}?"
    rf"\s+(?:đều\s+|cũng\s+)?(?:đạt|có|ở\s+mức|tăng\s+trưởng)\s+(?:{_W}+\s+){{0,5}}?(?:trên|dưới|hơn|từ)\s+$")


def _clause_before(text: str, start: int) -> str:
    lo = max(0, start - 200)
    cut = max((m.end() for m in _CLAUSE.finditer(text, lo, start)), default=lo)
    return text[cut:start]


def named_milestone(text: str, start: int, end: int) -> bool:
    """A round number right after a threshold's noun (``vượt mốc 15.000 người``, ``vượt ngưỡng 10%``): the mark the
    period's value passed, even in a sentence a row is about (its own value follows: ``(đạt 16.282 người)``).  Round:
    two significant digits at most, as marks are set (a value ``16.282`` is no mark)."""
    if not _THRESHOLD.search(_clause_before(text, start)):
        return False
    digits = re.sub(r"\D", "", re.split(r"[,\s%]", text[start:end].strip(), maxsplit=1)[0])
    return bool(digits) and len(digits.strip("0")) <= 2


#: ``Trường THPT Tân Bình … và THPT Phước Hòa ở huyện Phú Giáo, đều có điểm chuẩn dưới`` (xr-binh-duong-so-gddt-tuyen-
#: sinh-lop-10-diem-chuan-2025), ``TP.Hà Nội, Hải Phòng có số lượng dự thi cao đều đạt tỷ lệ tốt nghiệp trên`` (xr-toan-
#: quoc-bo-gddt-ty-le-tot-nghiep-thpt-2018), ``hầu hết các lĩnh vực thu đều đạt trên 50% dự toán`` (sweep): ``đều``
#: (each of them), the level they have or reach, then a bound — what every unit named passes, no one figure.
_EACH_PASSES = re.compile(rf"(?i)(?<!\w)đều\s+(?:có|đạt|ở\s+mức)\s+(?:{_W}+\s+){{0,5}}?(?:trên|dưới|hơn)\s+$")
_NAMED_CLASS_HEAD = re.compile(r"(?i)^\s*(?:các|những)(?!\w)")


def named_class_rate(text: str, start: int) -> bool:
    """The percent at ``start`` is the bound of a class of units named with ``các``/``những`` at its clause's start
    (``Các tỉnh có tỷ lệ tốt nghiệp cao trên 99%``): which units are meant, even in a sentence a row's rate is about
    (the row is the whole's rate, not the class's bound)."""
    before = _clause_before(text, start)
    return _NAMED_CLASS_HEAD.match(before) is not None and _COUNT_PERCENT_BOUND.search(before) is not None


def class_bound(text: str, start: int, end: int, percent: bool = False) -> bool:
    """Is the number spanning ``text[start:end]`` the bound of a class the clause counts (see the module)?"""
    if income_class(text, start, end):
        return True   # "2,2 triệu hộ đạt thu nhập từ 100 triệu đồng đến dưới 200 triệu đồng" (recognisers.income)
    if later_band(text, start, end):
        return True   # "…từ 9–12 triệu đồng, 25% trong khoảng 12–15 triệu đồng": the list's next class (bandlist)
    before = _clause_before(text, start)
    if _THRESHOLD.search(before):
        return True
    after = text[end:end + 60]
    if _VALUE_NAMES.search(before):
        per = _PER_UNIT_VALUE.match(text, start)
        if per is not None and _THEN_COUNTED.match(text, per.end()):
            return True
    second = _SECOND_END.search(before)
    at = start - len(before)
    if second is not None and class_bound(text, at + second.start("first"), at + second.end("first"), percent):
        return True   # "từ 5,9 triệu đến dưới 7 triệu đồng": the range's other end is a bound, so is this one
    if _UNITS_LEVEL_BOUND.search(before):
        return True   # "24 mặt hàng có kim ngạch trên 1 tỷ USD": the level each unit counted has, above the bound
    if _EACH_PASSES.search(before):
        return True   # "… và THPT Phước Hòa ở huyện Phú Giáo, đều có điểm chuẩn dưới 11 điểm": the bound each passes
    if _UNITS_HAVE_LEVEL.search(before):
        return True   # "3 địa phương … cũng có mức thu nhập bình quân trên 7 triệu đồng": the units' level's bound
    if open_bound(before, after, _COUNT_FROM):
        return True   # "1.627 cơ sở nuôi lợn từ 1.500 con trở lên": a size class
    if percent and _COUNT_PERCENT_BOUND.search(before):
        return True   # "15/63 địa phương có tỉ lệ giải ngân đạt trên 3%": the level that sorts the units counted
    m = _COUNT_REACHES.search(before)
    if m is None:
        return False
    if OPEN_END.match(after):
        return True
    if percent and m.group("verb") and _RATE.search(m.group("what")):
        return True
    # "368 hộ đạt trên 50 triệu, 68 hộ đạt 100 đến 300 triệu đồng": a bound or a range of what each unit reached, in a
    # sentence that sorts the units into classes (two of them at least: one alone may be a total)
    ranged = bool(m.group("q") or _RANGE_AFTER.match(after) or _RANGE_IN.search(text[start:end]))
    if m.group("verb").lower() != "đạt" or m.group("what").strip() or not ranged:
        return False
    stop = _SENTENCE_END.search(text, end)
    return len(_A_CLASS.findall(text[start - len(before):stop.start() if stop else len(text)])) >= 2
