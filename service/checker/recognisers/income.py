"""Income classes: the bounds that sort units by what each earns, no figure of the period (the count before is).

``có tới 2,2 triệu hộ đạt thu nhập từ 100 triệu đồng đến dưới 200 triệu đồng; 775 nghìn hộ đạt từ 200 triệu đồng đến
dưới 300 triệu đồng`` (c23-tiepthinongnghiep-thunhap-ho-sxkd-gioi-2016), ``Trên 70% hộ SXKD giỏi thu nhập trên 50 triệu
đồng/năm`` (c23-danviet-vinhphuc-sxkd-gioi-2010), ``9% tân khoa đạt mức thu nhập trên 20 triệu đồng/tháng``
(c23-dantri-hoasen-ueh-viec-lam-2026), ``số hộ có mức thu nhập trên 1 tỷ đồng/năm tăng 2 lần`` (the held-out
zv-nghe-an-do-luong). The grammar, each a marker a total never carries:

- a level noun (``thu nhập``, ``mức thu nhập``, ``lương``), its qualifiers (``hàng năm``, ``bình quân``, ``/năm``,
  ``của các hộ …``), a bound (``trên``, ``dưới``, ``từ``, ``hơn``) right before the number, the level being had by
  units counted or named as a set just before it (``27.000 hộ nông dân đạt``, ``70% hộ SXKD giỏi``, ``số hộ có``,
  ``hàng triệu hộ nông dân có``, ``đa số ở mức``): what each of them earns is above the bound;
- the same level with an open end (``đem lại thu nhập hàng năm từ 150 triệu đồng trở lên``) or a range (``thu nhập hàng
  năm từ 100 triệu đến tỷ đồng``, ``thu nhập trung bình của các hộ … từ 150 đến 300 triệu đồng/ năm``): a spread, no
  single figure;
- a half-open interval (``… đạt 300 triệu đồng đến dưới 500 triệu đồng``): only a class is written ``đến dưới``.

Not ``Thu nhập bình quân đầu người đạt trên 45 triệu đồng`` (the level itself, no units it sorts: a figure given as
a bound) nor ``120 hộ đạt sản lượng 500 tấn`` (a total). Asked, as every class bound, only of a number no row supports
or is about (``bounds.class_bound`` composes it; ``service.checker.check``).
"""

from __future__ import annotations

import re

from service.checker.recognisers.openend import OPEN_END

_W = r"[^\W\d_]"
#: The level each unit has: open-ended, add a level noun a page shows.
_LEVEL = r"(?:(?:mức\s+)?(?:thu\s+nhập|tiền\s+lương|lương)|mức(?=\s+từ\s))"   # "21,40% có mức từ 8 triệu đến 10 triệu"
#: The level's qualifiers between it and the bound: words, ``/năm``, ``/tháng`` — no number, no clause end.
_QUALS = rf"(?:(?:\s+|\s*/\s*){_W}+){{0,16}}?"
#: What each unit does with the level right before the bound.
_VERB = r"(?:\s+(?:đều\s+)?(?:đạt|ở\s+mức|dao\s+động|là|khoảng))?"
_BOUND = r"\s+(?:từ|trên|dưới|hơn)\s+$"
#: Units counted (a count, a share) or named as a set, then up to eight words naming them, then the verb of having.
_UNITS = (rf"(?:(?<![\d/.,])\d[\d.,]*\s*(?:%|phần\s+trăm)?|(?<!\w)(?:số|tỷ\s+lệ|tỉ\s+lệ|các|những|nhiều|hàng\s+(?:chục|trăm|nghìn|ngàn|"
          rf"vạn|triệu))(?!\w))(?:\s*{_W}+(?:\s+{_W}+){{0,8}}?)?\s+(?:(?:đều|cũng)\s+)?(?:(?:có|đạt|với|đem\s+lại|mang\s+lại)\s+)?")
#: ``27.000 hộ nông dân đạt thu nhập trên``, ``số hộ có mức thu nhập trên``, ``70% hộ SXKD giỏi thu nhập trên``.
_UNITS_LEVEL_BOUND = re.compile(rf"(?i){_UNITS}{_LEVEL}{_QUALS}{_VERB}{_BOUND}")
#: ``Mức thu nhập bình quân/tháng của sinh viên đa số ở mức trên``: most of the units named after the level.
_LEVEL_MOST_BOUND = re.compile(rf"(?i)(?<!\w){_LEVEL}{_QUALS}\s+(?:đa\s+số|đại\s+đa\s+số|phần\s+lớn|hầu\s+hết)"
                               rf"{_VERB}{_BOUND}")
#: The level, its qualifiers, ``từ`` right before the number: an open end or a range must follow.
_LEVEL_FROM = re.compile(rf"(?i)(?<!\w){_LEVEL}{_QUALS}{_VERB}\s+từ\s+$")
#: ``100 triệu đến tỷ đồng``, ``150 đến 300 triệu``, ``6-9 triệu``: the number is a range, or the first end of one.
_RANGE_AFTER = re.compile(r"(?i)^(?:\s*[^\W\d_]+){0,2}?\s*(?:đến|tới|-|–)\s*(?:(?:dưới|trên|hơn|gần)\s+)?(?:\d|tỷ|tỉ|triệu)")
_RANGE_IN = re.compile(r"(?i)\d\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đến|tới|-|–)\s*\d")   # "5 triệu đến 8 triệu"
#: ``… đạt 300 triệu đồng đến dưới 500 triệu đồng``: a half-open interval, its first end after a verb or ``từ``.
_HALF_OPEN_FIRST = re.compile(r"(?i)(?<!\w)(?:từ|đạt|có)\s+$")
_HALF_OPEN_AFTER = re.compile(r"(?i)^(?:\s*[^\W\d_]+){0,3}?\s+(?:đến|tới)\s+dưới\s+\d")
#: The second end of a range whose first end is a bound: ``từ 5,9 triệu đến dưới``, ``từ 100 triệu đồng đến trên``.
_SECOND_END = re.compile(r"(?i)(?<!\w)(?:từ|trên|đạt)\s+(?P<first>\d[\d.,]*(?:\s+[^\W\d_]+){0,2}?)"
                         r"\s+(?:đến|tới)\s+(?:(?:dưới|trên|hơn|gần)\s+)?$")
_CLAUSE = re.compile(r"[.;!?:](?=\s|$)|\n")


def _clause_before(text: str, start: int) -> str:
    lo = max(0, start - 240)
    cut = max((m.end() for m in _CLAUSE.finditer(text, lo, start)), default=lo)
    return text[cut:start]


def income_class(text: str, start: int, end: int) -> bool:
    """Is the number spanning ``text[start:end]`` a bound of an income class (see the module)?"""
    before = _clause_before(text, start)
    after = text[end:end + 60]
    if _UNITS_LEVEL_BOUND.search(before) or _LEVEL_MOST_BOUND.search(before):
        return True   # "27.000 hộ nông dân đạt thu nhập trên 1 tỷ đồng": the class each unit counted is in
    if _LEVEL_FROM.search(before) and (OPEN_END.match(after) or _RANGE_AFTER.match(after)
                                       or _RANGE_IN.search(text[start:end])):
        return True   # "thu nhập hàng năm từ 150 triệu đồng trở lên", "… từ 150 đến 300 triệu đồng": a spread
    if _HALF_OPEN_FIRST.search(before) and _HALF_OPEN_AFTER.match(after):
        return True   # "340 nghìn hộ đạt 300 triệu đồng đến dưới 500 triệu đồng": only a class is half-open
    second = _SECOND_END.search(before)
    if second is not None:
        at = start - len(before)
        first_start, first_end = at + second.start("first"), at + second.end("first")
        if re.search(r"(?i)đến\s+dưới\s+$", before) or income_class(text, first_start, first_end):
            return True   # "từ 100 triệu đồng đến dưới 200 triệu đồng": the other end is a bound, so is this one
    return False
