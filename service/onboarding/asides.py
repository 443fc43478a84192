"""Numbers a report writes beside its figures that are no figure of the period (round 25).

=======================  ========================================================================================
``members_represented``  ``946 đại biểu … đại diện cho hơn 10 triệu đoàn viên`` (t18-vnpost-congdoan-daihoi-xii),
                         ``196 đại biểu chính thức đại diện cho trên 58 nghìn hội viên phụ nữ`` (zx-nam-dinh-hai-
                         hau-hoi-lhpn-huyen-nhiem-ky-2016-2021): the members the delegates stand for are the
                         organisation's membership — the standing sheet's, no row (no hand table of the held-out
                         folder keeps them: h-vanninh, u-quang-ngai, zo-tien-phuoc, zu-vinh-phu, zx-hai-hau)
``slogan_count``         ``Thanh niên thành phố 5 không`` (t18-thanhnien-hagiang-doan-daihoi-2012): a small number
                         with ``không``/``sạch`` after it and nothing counted names a slogan (``5 không, 3 sạch``)
``average_unit``         ``Thu nhập bình quân 1 người 1 tháng … đạt 4,67 triệu đồng`` (t18-luatduonggia-ksms-2022):
                         ``1`` after ``bình quân``/``trung bình``/``mỗi`` is the unit an average is taken over
``level_of_earlier``     ``85,48% … hài lòng …, cao hơn mức 84,45% của năm 2019`` (t18-moitruong-sipas-2020): a
                         value after ``cao/thấp hơn (mức)`` that an earlier year or last period owns is the row
                         before's comparison value, as ``(năm 2019 đạt …)`` is (``plans.past_value``)
``class_bound``          ``9 sở có chỉ số hài lòng năm 2022 đạt trên 90%`` (t18-thainguyentv-hailong-2022): a
                         rate with ``trên``/``dưới`` after a count of units in its clause bounds the class counted
``cut_in_body``          ``[Infographic] 85,4% người dân, tổ chức hài lòng …`` over the body's ``85,48%``
                         (t18-moitruong-sipas-2020): a headline's rate cut short is the body's figure said again
=======================  ========================================================================================

The first five are tried with ``service.onboarding.recognisers.RECOGNISERS`` (``ASIDES``); ``cut_in_body`` by
``rows._headline`` and ``rows._lede_restated``.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para, attach_last_period
from service.onboarding.standingnote import add_standing

#: ``đại diện cho``, ``đại diện``, ``thay mặt cho`` right before the count (a qualifier may stand between).
_STANDS_FOR = re.compile(r"(?i)(?<!\w)(?:đại\s+diện|thay\s+mặt)(?:\s+cho)?\s*(?:hơn|gần|trên|khoảng|cho\s+)?\s*$")
#: Slogan words after a small number: ``5 không``, ``3 sạch`` — then no word of a counted thing.
_SLOGAN = re.compile(r"(?i)^\s*(?:không|sạch)(?=\s*(?:$|[,;.:!?\"”»)]|và\s+\d))")
#: The unit an average is over: ``bình quân 1 người``, ``trung bình 1 hộ``, ``mỗi 1 ha``, ``tính trên 1 người``.
_AVERAGE_OVER = re.compile(r"(?i)(?<!\w)(?:bình\s+quân|trung\s+bình|mỗi|tính\s+trên|tính\s+cho)\s*$")
#: ``cao hơn mức``, ``thấp hơn``, ``so với mức``: an earlier level the figure is set against.
_HIGHER_THAN = re.compile(r"(?i)(?<!\w)(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn(?:\s+(?:mức|con\s+số))?|so\s+với\s+mức)"
                          r"\s*(?:hơn|gần|trên|khoảng)?\s*$")
#: Who owns that level, right after it: ``của năm 2019``, ``năm trước``, ``cùng kỳ``, ``kỳ trước``.
_EARLIER_AFTER = re.compile(r"(?i)^\s*(?:của\s+|trong\s+|ở\s+)?(?:năm\s+(?P<year>(?:19|20)\d\d)(?!\d)|cùng\s+kỳ|"
                            r"năm\s+trước|năm\s+ngoái|kỳ\s+trước|tháng\s+trước|quý\s+trước)")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def members_represented(p: Para, i: int, m: Mention) -> bool:
    """A count right after ``đại diện (cho)``/``thay mặt (cho)``: the membership the delegates stand for — on the
    standing sheet, no row."""
    if m.value is None or m.comparison or m.kind != "count":
        return False
    if not _STANDS_FOR.search(p.text[max(0, _start(m) - 30):_start(m)]):
        return False
    add_standing(p, m)
    p.standing_at.add(i)
    return True


def slogan_count(p: Para, i: int, m: Mention) -> bool:
    """``5 không``: a whole number up to ten, ``không``/``sạch`` after it and the clause ending there — a slogan."""
    if m.value is None or m.comparison or m.kind != "count" or m.value != int(m.value) or not 1 <= m.value <= 10:
        return False
    return bool(_SLOGAN.match(p.text[m.num_end:m.num_end + 40]))


def average_unit(p: Para, i: int, m: Mention) -> bool:
    """``bình quân 1 người 1 tháng``: the ``1`` an average is taken over, no count of the period."""
    if m.value != 1 or m.comparison or m.kind != "count" or m.qualifier:
        return False
    return bool(_AVERAGE_OVER.search(p.text[max(0, m.num_start - 20):m.num_start]))


def level_of_earlier(p: Para, i: int, m: Mention) -> bool:
    """``cao hơn mức 84,45% của năm 2019``: an earlier period's level of the row before (same kind), its
    comparison value — no row of its own."""
    if i == 0 or m.value is None or m.comparison:
        return False
    if not _HIGHER_THAN.search(p.text[max(0, _start(m) - 30):_start(m)]):
        return False
    after = _EARLIER_AFTER.match(p.text[m.end:m.end + 40])
    if after is None:
        return False
    own = getattr(p.reading.period, "year", None)
    if after.group("year") and own and int(after.group("year")) >= own:
        return False          # "cao hơn mức … của năm 2025" in a 2024 report: a target, not last period
    row = next((r for r in p.rows_before(i) if r.kind == m.kind and (m.kind == "percent" or
                                                                   (r.unit or "") == (m.unit or ""))), None)
    if row is None:
        return False
    return attach_last_period(p, i, row, m)


#: Between a count of units and the bound of their class: a verb of having or reaching, no clause break, no number
#: but a year's (``9 sở có chỉ số hài lòng năm 2022 đạt trên``, ``4 sở có kết quả dưới``).
_CLASS_BETWEEN = re.compile(r"(?i)^[^\d,;.()!?]*?(?<!\w)(?:có|đạt|ở\s+mức)(?!\w)[^\d,;.()!?]*$")
_YEAR = re.compile(r"(?i)(?<!\w)năm\s+(?:19|20)\d\d(?!\d)")
#: What makes the rate a figure of the count after all: a plan or a base named after it (``đạt trên 90% kế hoạch``).
_RATE_OF = re.compile(r"(?i)^\s*%?\s*(?:so\s+(?:với|cùng)|cùng\s+kỳ|kế\s+hoạch|KH\b|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|"
                      r"mục\s+tiêu|kịch\s+bản)")
_BOUNDS = ("trên", "dưới", "hơn", "từ")
#: The class's members listed after its bound: ``Đạt dưới 90% gồm các sở: …``.
_MEMBERS_LISTED = re.compile(r"(?i)^\s*%?\s*(?:gồm|bao\s+gồm)(?!\w)")


def class_bound(p: Para, i: int, m: Mention) -> bool:
    """``9 sở có chỉ số hài lòng năm 2022 đạt trên 90%`` (t18-thainguyentv-hailong-2022): a rate with ``trên``/
    ``dưới`` after a count of units in its clause is the bound of the class counted — no row (the count is the
    figure); a plan or base after it (``đạt trên 90% kế hoạch``) keeps it the count's rate.  ``Đạt dưới 90% gồm các
    sở: …``: the bound with the class's members listed after it, no count written — no row either."""
    if m.kind != "percent" or m.value is None or m.comparison:
        return False
    if (m.qualifier or "").lower() not in _BOUNDS:
        return False
    if _MEMBERS_LISTED.match(p.text[m.end:m.end + 30]):
        return True           # "Đạt dưới 90% gồm các sở: …": the class's members listed after its bound
    if i == 0:
        return False
    prev = p.figures[i - 1]
    if prev.kind != "count" or prev.value is None or p.sentence_of(prev) != p.sentence_of(m):
        return False
    between = _YEAR.sub("", p.text[prev.end:_start(m)])
    if not _CLASS_BETWEEN.match(between):
        return False
    return not _RATE_OF.match(p.text[m.end:m.end + 30])


def cut_short(value, decimals: int, full, full_decimals: int) -> bool:
    """``85,4%`` in the headline for the body's ``85,48%`` (t18-moitruong-sipas-2020): a rate written with fewer
    decimals whose digits begin the other's — the same figure cut short (not rounded: 85,48 rounds to 85,5)."""
    if value is None or full is None or full_decimals <= decimals or value == full:
        return False
    step = Decimal(1).scaleb(-decimals)
    return full.quantize(step, rounding=ROUND_DOWN) == value


def cut_in_body(m: Mention, rows: list) -> "Row | None":
    """The body's rate a headline's percentage is cut short from (``cut_short``), of the same kind."""
    if m.kind != "percent" or m.qualifier or m.value is None:
        return None
    return next((r for r in rows if r.kind == "percent" and cut_short(m.value, m.decimals or 0, r.value, r.decimals)),
                None)


#: Words of plain letters around a figure that, folded, must have been said before: the figure, two before (fewer at
#: a line's start) and the rest of five after.
_AROUND = 2


def _plain_words(text: str) -> str:
    """A text's words as written (marks kept), lower-cased, one space apart."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def unaccented_again(p: Para, i: int, m: Mention) -> bool:
    """``11 tỉnh thành đạt kim ngạch xuất khẩu “tỷ đô”`` … ``11 tinh thanh dat kim ngach xuat khau ty do``
    (yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1: an image's caption), ``Phấn đấu ít nhất 2
    triệu suất quà Tết 2018 tặng người nghèo …`` … ``phan dau it nhat 2 trieu suat qua tet 2018 tang nguoi ngheo``
    (zw-toan-quoc-hoi-chu-thap-do-tet-vi-nguoi-ngheo-2012-2017), ``hai duong van dong duoc 25 ty dong vien tro`` after
    the headline ``Hải Dương vận động được 25 tỷ đồng viện trợ …`` (zr-hai-duong-lien-hiep-huu-nghi-vien-tro-pcpnn-
    2019-h1): a figure in a run of words written without the language's marks that repeats, once the marks are
    dropped, what the report said before says nothing new — it is the earlier figure (that row, when the paragraph
    or the section has one of the same value; else no row)."""
    lo = m.num_start
    while lo > 0 and p.text[lo - 1].isascii() and p.text[lo - 1] != "\n":
        lo -= 1
    hi = m.end
    while hi < len(p.text) and p.text[hi].isascii() and p.text[hi] != "\n":
        hi += 1
    before, after = p.text[lo:m.num_start].split(), p.text[m.num_start:hi].split()
    if lo > 0 and p.text[lo - 1] != "\n":
        before = before[1:]          # a word cut by a letter with a mark is not a plain word
    if hi < len(p.text) and p.text[hi] != "\n":
        after = after[:-1]
    run = before[-_AROUND:] + after[:_AROUND * 2 + 1 - len(before[-_AROUND:])]   # five words with the figure
    if len(run) < _AROUND * 2 or sum(bool(re.fullmatch(r"[A-Za-z]{2,}\W*", w)) for w in run) < 3:
        return False
    key, raw = " " + P.fold_text(" ".join(run)) + " ", " " + _plain_words(" ".join(run)) + " "
    if not any(key in " " + P.fold_text(earlier) + " " and raw not in " " + _plain_words(earlier) + " "
               for earlier in [*p.reading.said, p.text[:lo]]):
        return False          # (said before with its marks: the run itself, written plain, is no earlier saying)
    same = next((r for r in [*p.rows.values(), *reversed(p.section_rows)] if r.value == m.value), None)
    if same is not None:
        same.repeats.append(p.quote(m))
        p.rows[i] = same
    return True


ASIDES = (unaccented_again, members_represented, slogan_count, average_unit, level_of_earlier, class_bound)
