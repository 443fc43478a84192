"""Numbers an earlier period owns: said in a bracket or a sentence that opens on that period's name — last period's
values, no figure of this one (round 27).

=======================  ========================================================================================
``earlier_bracket``      ``So với cùng kỳ năm trước giảm 146 lượt tiếp, 127 lượt người (6 tháng đầu năm 2019 đã
                         tiếp 1.012 lượt/1.091 lượt người)`` (t20-ninhthuan-tiepcongdan-6t-2020), ``Số mắc SXH …
                         hiện giảm so với cùng kỳ của năm 2019 (cùng kỳ năm 2019 ghi nhận 4.083 trường hợp)``
                         (t20-thanhnien-sxh-9t-2020), ``(năm 2018 đạt 141.230 tấn, giá trị 2.260 tỷ đồng)``
                         (zl-bac-giang-luc-ngan-vu-vai-thieu-2019): a bracket opening on an earlier period's name
                         (``6 tháng đầu năm 2019``, ``cùng kỳ năm 2019``, ``năm trước``) holds that period's values —
                         every number in it is the comparison value of the paragraph's row that measures the same
                         thing (its unit first), or no row when none does; an older year's (``năm 2014`` in 2016's)
                         is no row and no base
``earlier_sentence``     ``Trong năm ngoái, sản lượng hành khách thông qua các cảng hàng đạt trên 94 triệu hành
                         khách, tăng 16% so với thực hiện năm 2016`` (t20-baogiaothong-hangkhong-10t-2018, a report
                         of ten months 2018; its 94 triệu stays, ``hành khách`` fits no row's ``khách``): a sentence
                         whose first words name an earlier period
                         (``Năm trước``, ``Trong năm ngoái``, ``Năm 2017,`` the year before the report's) states
                         last period's figures — each the comparison value of the row before it that measures the same
                         thing; with none before it, a row (the hand tables keep last year as a column)
``earlier_whereas``       ``Hà Nội đã ghi nhận hơn 240 ca mắc sởi, trong khi cả năm 2017 mới có 60 trường hợp``
                         (t27-laodong-soi-hanoi-2018), ``trong khi cùng kỳ năm 2013 là 1855``, ``trong khi tỷ lệ này
                         năm 2011 là 97,79%``: a clause opened by ``trong khi`` (whereas) that names an earlier
                         period before its number sets that period's value against the figure just given — the
                         comparison value of the row before it that measures the same thing (last year's), else no
                         row (round 36)
=======================  ========================================================================================

Neither reads a term's report (``2016-2020``: every year of it is the report's own) nor a bracket or sentence going
on to a change of its own (``(năm 2019 tăng 5%)`` is left to the change recognisers).  Tried with
``service.onboarding.recognisers.RECOGNISERS`` (``EARLIER``, after ``past_value`` and ``past_bracket``, which take
``(năm 2017 đạt 90,4%)`` and ``so với … năm 2017 (…)`` first).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.changewords import units_fit
from service.onboarding.model import Para, Row, attach_last_period

#: An earlier period's name: an optional span (``6 tháng đầu``, ``quý II``, ``tháng 8``) then ``năm 2019``,
#: ``cùng kỳ (năm trước / năm 2019)``, ``năm trước``, ``năm ngoái``, ``kỳ trước``.
EARLIER_PERIOD = (r"(?:(?P<span>\d{1,2}\s+tháng(?:\s+đầu)?|(?:sáu|chín)\s+tháng(?:\s+đầu)?|quý\s+[IV]+|tháng\s+\d{1,2}|"
                  r"học\s+kỳ\s+[IV\d]+|\d{1,2}\s+ngày(?:\s+nghỉ)?(?:\s+Tết)?)\s+(?:của\s+)?)?"
                  r"(?:(?P<same>cùng\s+kỳ(?:\s+(?:của\s+)?năm\s+(?:trước|ngoái|(?P<y1>\d{4})))?)|năm\s+(?:trước|ngoái)|"
                  r"năm\s+(?P<y2>\d{4})|kỳ\s+trước)(?!\w)")
#: A bracket opening on it, the rest up to the number: words, and the values listed before it.
_BRACKET = re.compile(r"(?i)^\(\s*" + EARLIER_PERIOD + r"(?P<rest>[^()]*)$")
#: A sentence opening on it, then a comma: ``Trong năm ngoái,``, ``Năm 2017,``, ``Cùng kỳ năm trước,``.
_SENTENCE = re.compile(r"(?i)^\W*(?:(?:trong|cả|riêng|tính\s+chung)\s+)?" + EARLIER_PERIOD + r"\s*,")
#: The same with no comma after a period named relative to this one (``6 ngày Tết năm ngoái cả nước có …``): ``năm
#: ngoái``/``năm trước`` name no thing, so a word after them opens the clause's subject, never the period's name.
_SENTENCE_BARE = re.compile(r"(?i)^\W*(?:(?:trong|cả|riêng|tính\s+chung)\s+)?" + EARLIER_PERIOD +
                            r"(?<=ngoái|trước)\s+(?!đó|kia|nữa)[^\W\d_]")
#: What makes the bracket or sentence a statement of its own rather than a list of values: a change, a comparison,
#: a breakdown of this period's figure.
_OWN_STATEMENT = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|so\s+(?:với|cùng)|trong\s+đó)(?!\w)")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def is_earlier(hit: re.Match, p: Para, last_only: bool = False) -> bool:
    """The period named is before the report's own (a year named must be before its year; a term's report has no
    earlier year inside it).  ``last_only``: the year just before it (last period — the base a row keeps)."""
    period = p.reading.period
    if period is not None and period.kind == "term":
        return False
    year = hit.group("y1") or hit.group("y2")
    if not year:
        return True                       # năm trước, năm ngoái, kỳ trước, cùng kỳ: last period by its name
    if period is None:
        return False
    return int(year) == period.year - 1 if last_only else int(year) < period.year


def is_last_year(hit: re.Match, p: Para) -> bool:
    return is_earlier(hit, p, last_only=True)


def _same_span(hit: re.Match, p: Para) -> bool:
    """The earlier period covers as long as the report's: ``cùng kỳ``; a whole year (``Năm 2018,``, ``Trong năm
    ngoái,``) in a year's report; a span (``6 tháng đầu năm 2019``) in a shorter one.  ``Trong năm ngoái, … 94 triệu
    hành khách`` in ten months' report (t20-baogiaothong-hangkhong-10t-2018) is no base of the ten months' row."""
    period = p.reading.period
    if hit.group("same") is not None:
        return True
    if period is None:                    # a span of last year named (``6 ngày Tết năm ngoái``): the same span of a
        return hit.group("span") is not None   # recurring time, whatever the report's own reads
    return (hit.group("span") is None) == (period.kind == "year")


def same_measure(p: Para, i: int, m: Mention, before_sentence: bool = False) -> Row | None:
    """The paragraph's row before ``i`` measuring what ``m`` does: same kind; the same unit first (``lượt`` before
    ``lượt người``), then one the unit fits (``trường hợp`` ~ ``ca``); the nearest of them.  ``before_sentence``: a row
    stated before ``m``'s sentence, in the paragraph or earlier in the section (that sentence's own rows are the
    earlier period's too: ``Năm 2015, … làm tốc mái 6 căn nhà, … và xảy ra cháy 2 căn nhà``,
    z-can-tho-vinh-thanh-pctt-2016-h1)."""
    rows = p.rows_before(i, same_sentence=False)
    if before_sentence:
        here = (p.key, p.sentence_of(m))
        rows = [r for r in rows if tuple(r.sentence) != here]
        rows += [r for r in reversed(p.section_rows) if all(r is not x for x in rows) and tuple(r.sentence) != here]
    rows = [r for r in rows if r.kind == m.kind and r.value is not None]
    unit = (m.unit or "").lower()
    if m.kind == "money":
        # the currency word, in any case (``triệu USD`` of the row, ``71.530 USD`` of last year: the unit is lowered)
        rows = [r for r in rows if (r.unit or "").lower().split("/")[0].split()[-1:] == (unit or "đồng").split()[-1:]]
        return rows[0] if rows else None
    if m.kind == "percent":
        return rows[0] if rows else None
    exact = [r for r in rows if (r.unit or "").lower() == unit]
    fit = exact or [r for r in rows if units_fit(r.unit, m.unit)]
    return fit[0] if fit else None


def claim(p: Para, i: int, m: Mention) -> bool:
    row = same_measure(p, i, m)
    if row is None:
        return True                       # an earlier period's value of a measure this period does not state
    return attach_last_period(p, i, row, m)


def earlier_bracket(p: Para, i: int, m: Mention) -> bool:
    """A number in a bracket opening on an earlier period's name: that period's value (module docstring)."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure", "percent"):
        return False
    at = _start(m)
    s = p.sentence_of(m)
    open_at = p.text.rfind("(", s, at)
    if open_at < 0 or ")" in p.text[open_at:at]:
        return False
    hit = _BRACKET.match(p.text[open_at:at])
    if hit is None or _OWN_STATEMENT.search(hit.group("rest")) or not is_earlier(hit, p):
        return False
    close = p.text.find(")", m.end)
    if _OWN_STATEMENT.search(p.text[m.end:close if close >= 0 else m.end + 30]):
        return False                      # "(năm 2019: 113 vụ, tăng 5%)": goes on to a change
    if not is_last_year(hit, p):
        return True                       # an older year's value: no row, and no base of this period's row
    return claim(p, i, m)


def earlier_sentence(p: Para, i: int, m: Mention) -> bool:
    """A number in a sentence opening on an earlier period's name and a comma: that period's figure, the comparison
    value of the row before it that measures the same thing.  With no such row it stays a row: a page that states
    last year first (``Năm 2021, toàn tỉnh tổ chức được 83 đợt HMTN, …. Từ đầu năm đến nay, … 42 đợt HMTN``,
    zf-gia-lai-hien-mau-tinh-nguyen-2022-h1) is read as the hand tables read it, last year a column of its own."""
    if m.value is None or m.kind not in ("count", "money", "measure", "percent"):
        return False
    s = p.sentence_of(m)
    hit = _SENTENCE.match(p.text[s:_start(m)]) or _SENTENCE_BARE.match(p.text[s:_start(m)])
    if hit is None or not is_last_year(hit, p) or not _same_span(hit, p):
        return False                      # an older year ("Năm 2018, toàn tỉnh có 239.167 hộ …" in 2023): history;
                                          # a whole year in a shorter report: no base of its rows
    claimed = p.__dict__.setdefault("earlier_at", set())
    if m.comparison:                      # "…, tăng 16% so với thực hiện năm 2016": that period's change, when
        return any(k in claimed for k in range(i - 1, -1, -1)    # that period's level was read so
                   if p.sentence_of(p.figures[k]) == s)
    row = same_measure(p, i, m, before_sentence=True)
    if row is None:
        return False
    claimed.add(i)
    return attach_last_period(p, i, row, m)


#: ``trong khi`` (whereas; not ``trong khi đó``, a new statement), then up to the number no clause break, the earlier
#: period's name among its words (``cả năm 2017 mới có``, ``tỷ lệ này năm 2011 là``).
_WHEREAS = re.compile(r"(?i)(?<!\w)trong\s+khi(?!\s+đó)(?!\w)(?P<rest>[^.;:!?()\n]*)$")
_EARLIER_IN = re.compile(r"(?i)(?<!\w)(?:cả\s+)?" + EARLIER_PERIOD)


def earlier_whereas(p: Para, i: int, m: Mention) -> bool:
    """A number in a ``trong khi`` clause naming an earlier period before it: that period's value (module
    docstring).  Not a clause going on to a change of its own (``trong khi năm 2016 mức tăng là 6,6%`` is that year's
    change: no row either, but left to the change recognisers)."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure", "percent"):
        return False
    at = _start(m)
    s = p.sentence_of(m)
    hit = _WHEREAS.search(p.text[s:at])
    if hit is None or _OWN_STATEMENT.search(hit.group("rest")):
        return False
    named = [h for h in _EARLIER_IN.finditer(hit.group("rest"))]
    if not named or not is_earlier(named[-1], p):
        return False
    if not is_last_year(named[-1], p):
        return True                       # an older year's value: no row, no base
    return claim(p, i, m)


EARLIER = (earlier_bracket, earlier_sentence, earlier_whereas)
