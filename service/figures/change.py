"""A column stating each row's change against the same period last year, in place of last year's value.

Agencies often print ``Tăng/giảm so với năm 2016`` (−1.509) or ``So sánh cùng kỳ (%)`` (−18,74 or 81,26) and no
``Cùng kỳ`` column.  The text then says ``giảm 1.509 vụ (6,99%)``: to check it the table needs last year's value,
which the change states exactly (``kỳ báo cáo − tăng/giảm``), or, from a rate, when the rate's rounding leaves one
whole number for a count (1.734 vụ, −18,74% → 2.134: 1.734/0,8126 = 2.133,9…, and 2.133 or 2.135 give −18,70% and
−18,74…%: only 2.134 rounds to −18,74).  Money and measures are never derived from a rate.

- :func:`change_kind` reads a column's title: ``"abs"`` (a change in the row's unit), ``"pct"`` (a change in
  per cent: ``Tăng/giảm (%)``), ``"ratio"`` (this period as a per cent of last year's: ``So với cùng kỳ (%)``,
  ``So cùng kỳ (%)`` holding 113,7), or None (a comparison with the plan, the month before, or nothing said of last year).
- :func:`last_year` gives last year's value, or None when it cannot be known exactly.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, localcontext

from service.figures.schema import SIGNS, fold

_CHANGE = re.compile(r"\b(tang giam|tang/giam|tang/ giam|tang \+ giam|tang giam \+ \-|chenh lech|tang|giam)\b")
_RATIO = re.compile(r"\b(so sanh|so voi|so cung ky|so ck)\b")  # "So cùng kỳ (%)": 104,6 for +4,6%
_LAST_YEAR = re.compile(r"\b(cung ky|ck|nam truoc|cung thoi diem|nam ngoai)\b")
# The base named is not last year's: the plan, the month or quarter before, the term's start.
_OTHER_BASE = re.compile(r"\b(ke hoach|kh|du toan|chi tieu|nghi quyet|thang truoc|quy truoc|ky truoc|tuan truoc|ngay truoc"
                         r"|dot truoc|dau nam|dau ky"
                         r"|dau nhiem ky|binh quan)\b")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


#: ``6 tháng đầu năm 2023``, ``các tháng đầu năm``: a span from January named before the comparison word — what is
#: compared, never the base «đầu năm» (the start of the year), which only follows «so với»
_MONTHS_FROM_JANUARY = re.compile(r"\b(\d{1,2}|cac|may) thang dau nam\b")
_COMPARED_WITH = re.compile(r"\bso(?:\s+voi|\s+sanh)?\b")


def months_since_january_named(t: str) -> str:
    """A folded title with the period's name «N tháng đầu năm» before its comparison word taken out: ``6 tháng đầu năm
    2023 so với cùng kỳ năm 2022 (%)`` (ACV's index of passengers, infonet 2023) compares the six months with the same
    months of 2022 — main read «đầu năm» as its base and set the column aside.  After «so với» the words stay (``Tăng
    so với đầu năm``: against the start of the year)."""
    base = _COMPARED_WITH.search(t)
    if not base:
        return t
    return _MONTHS_FROM_JANUARY.sub(" ", t[:base.start()]) + t[base.start():]


#: ``so với 2 tháng đầu năm 2023``, ``so với hai tháng đầu năm 2023`` (folded): after the comparison word, a span from
#: January of a named year — the same months of that year, never the start of the year «đầu năm».
_SPAN_FROM_JANUARY_OF = re.compile(r"\b(?:\d{1,2}|cac|may|hai|ba|bon|sau|bay|tam|chin|muoi(?: mot| hai)?) thang dau nam "
                                   r"((?:19|20)\d{2})\b")


def same_months_of_a_year_named(t: str, year_before: int | None) -> str:
    """A folded title with the base «N tháng đầu năm <năm trước>» after its comparison word read as what it is, the
    same months of last year: ``Tăng (+)/giảm (-) so với 2 tháng đầu năm 2023`` beside ``Lũy kế 2 tháng đầu năm 2024``
    (Sở TN&MT TP.HCM, held-out yr-ho-chi-minh-…-2024-2t: «tăng 18.798 giấy so với hai tháng đầu năm 2023») becomes
    ``… so với cùng kỳ năm 2023``; main had matched «đầu năm» and made 18.798 a rise since the start of the year (Kỳ
    trước).  A span of another year (``so với 6 tháng đầu năm 2021`` in 2024) and a bare «so với đầu năm» stay as
    they are."""
    base = _COMPARED_WITH.search(t)
    if not base or year_before is None:
        return t
    tail = _SPAN_FROM_JANUARY_OF.sub(lambda m: f"cung ky nam {m.group(1)}" if int(m.group(1)) == year_before
                                     else m.group(0), t[base.start():])
    return t[:base.start()] + tail


#: ``Năm 2014 = 100%``, ``(Cùng kỳ năm trước = 100)``, ``Năm trước = 100`` (NFC, before folding, which drops «=»): an
#: index notation — the period as a per cent of the base named before «= 100».
_INDEX_ON = re.compile(r"(?i)\b(?:năm\s+(?:(?:19|20)\d{2}|trước)|cùng\s+kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d{2}))?"
                       r"|kỳ\s+gốc(?:\s+năm)?\s+(?:19|20)\d{2})\s*=\s*100\b")


def index_on_a_base(title: str) -> bool:
    """A title in index notation, ``<base> = 100%``: ``Năm 2014 = 100%`` beside ``Thực hiện năm 2015`` (Bưu điện
    tỉnh Quảng Nam, held-out yr-quang-nam-…-2015: 145 for «tăng gần 45%»), ``Cùng kỳ năm trước = 100``: each number is
    the period as a per cent of that base — a ratio, never a rise.  Main found no comparison word and set the column
    aside.  Which base it is (the year before, or another) is :func:`change_kind`'s year rule."""
    return bool(_INDEX_ON.search(unicodedata.normalize("NFC", title)))


def own_year_against_last(t: str, year_before: int | None) -> bool:
    """A folded title naming the period's own year, then comparing it with last year's (``ước tính quý I/2017
    tăng/giảm so với cùng kỳ năm trước (%)``, a quarter merged over its value and its change, vinanet 2017; ``tháng 9
    năm 2018 so với cùng kỳ năm 2017 (%)``, a province's statistics office, round 25's f07): the year before the
    comparison word is the period compared, the base after it is «cùng kỳ năm trước» or the year before by its
    number.  A year after the comparison word that is not the year before (``so với năm 2015`` in 2017) is another
    period's base, and stays one."""
    if year_before is None:
        return False
    base = re.search(r"\bso(?:\s+voi|\s+sanh)?\b", t)
    if not base:
        return False
    before = {int(y.group(0)) for y in _YEAR.finditer(t) if y.start() < base.start()}
    after = {int(y.group(0)) for y in _YEAR.finditer(t) if y.start() > base.start()}
    if before != {year_before + 1}:
        return False
    if after:
        # named by its number, the year before is last year's — for a ratio (``… so với cùng kỳ năm 2017 (%)``); a
        # title of increase so dated (``Tháng 5/2022 tăng so với cùng kỳ năm 2021 (%)``) stays aside, as it was: its
        # numbers near 100 may be rises (yk-tp-ho-chi-minh-so-du-lich-…-2022-05: «tăng 73,4%») or the indexes round
        # 24's e02 typed under such a title («bằng 100,3%»), and nothing in the sheet tells which
        return after == {year_before} and not _CHANGE.search(t)
    return bool(_LAST_YEAR.search(t, base.end()))


#: A title naming the fall alone: ``giảm`` with no ``tăng`` beside it (``Giảm so với năm trước``, ``Mức giảm so với
#: cùng kỳ``), nor a sign pair (``Tăng (+), giảm (-)``).
_FALL_ONLY = re.compile(r"\bgiam\b")
_RISE_WORD = re.compile(r"\b(tang|cao hon|vuot)\b")


def names_the_fall(title: str) -> bool:
    """A comparison column titled by the fall alone (``Giảm so với năm trước`` over ``1,1`` beside 2,93 %: the
    poverty rate fell by 1,1 points — daidoanket 2023, round 26's f05): its unsigned numbers are falls, as Vietnamese
    says «giảm 1,1%» with no sign; a title of both directions (``Tăng/giảm``, ``Tăng (+), giảm (-)``) leaves the sign
    to the cell."""
    t = fold(unicodedata.normalize("NFC", title))
    return bool(_FALL_ONLY.search(t)) and not _RISE_WORD.search(t) and not SIGNS.search(title)


def change_kind(title: str, year_before: int | None, has_plan: bool) -> str | None:
    """What a comparison column states of last year, read from its title (see the module docstring).  A title
    naming no base is last year's only in a table with no plan column; one naming a year is last year's only when
    it is the year before the period's (``so với năm 2016`` in a table of 2017)."""
    t = same_months_of_a_year_named(fold(unicodedata.normalize("NFC", title)), year_before)
    if _OTHER_BASE.search(months_since_january_named(t)):
        return None
    years = {int(y.group(0)) for y in _YEAR.finditer(t)}
    if years and years != {year_before} and not own_year_against_last(t, year_before):
        return None
    if not (years or _LAST_YEAR.search(t)) and has_plan:
        return None
    percent = "%" in title or "phan tram" in t
    if _CHANGE.search(t) or SIGNS.search(title):
        return "pct" if percent else "abs"
    if _RATIO.search(t) and percent or index_on_a_base(title):
        return "ratio"  # its numbers tell a change (−18,74) from a ratio (81,26): see last_year
    return None


def last_year(value: Decimal, stated: Decimal, kind: str, integral: bool) -> Decimal | None:
    """Last year's value from this period's and the change stated in a column of ``kind``; None when it is not
    exact (a rate beside money or a measure, or one that several whole numbers round to)."""
    if kind == "abs":
        out = value - stated
        return out if out >= 0 else None
    if not integral:
        return None
    if kind == "ratio" and stated <= 0:
        kind = "pct"    # "So sánh cùng kỳ (%)" holding −18,74: a change in per cent
    elif kind == "ratio" and stated < 50 and stated != 0:
        return None     # 12,5 beside a count: a change or a ratio? not said
    half = Decimal(1).scaleb(stated.as_tuple().exponent) / 2 if stated.as_tuple().exponent < 0 else Decimal("0.5")
    with localcontext() as ctx:
        ctx.prec = 28
        if kind == "pct":
            lo_rate, hi_rate = 1 + (stated + half) / 100, 1 + (stated - half) / 100
        else:
            lo_rate, hi_rate = (stated + half) / 100, (stated - half) / 100
        if hi_rate <= 0:
            return None
        low, high = value / lo_rate, value / hi_rate
    first, last = int(low.to_integral_value(rounding="ROUND_CEILING")), int(high.to_integral_value(rounding="ROUND_FLOOR"))
    return Decimal(first) if first == last and first >= 0 else None


def rate_agrees(value: Decimal, base: Decimal, stated: Decimal) -> bool | None:
    """Does a stated rate of change (``+2,4`` for 86 against 84) say ``value`` against ``base``?  Rounded or cut to the
    stated decimals both agree (``+5,8`` for 18 against 17, 5,88…: the Cần Thơ police's page cuts); None when the base
    is nothing to divide by."""
    if base <= 0:
        return None
    step = Decimal(1).scaleb(stated.as_tuple().exponent) if stated.as_tuple().exponent < 0 else Decimal(1)
    with localcontext() as ctx:
        ctx.prec = 28
        rate = (value / base - 1) * 100
    return abs(rate - stated) < step
