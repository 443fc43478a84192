"""Numbers a report states as a row's plan or its comparison value: small named recognisers and one pass.

========================  ====================================================================
``compared_to``           ``19,5 tỷ USD/tháng so với 18,5 tỷ USD/tháng cùng kỳ``; ``1.194 đơn vị máu so với
                          chỉ tiêu giao là 900 đơn vị máu``: the row before's comparison value or plan
``past_value``            ``tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)``; ``đạt 1,004 tỷ USD (cùng kỳ đạt
                          815,5 triệu USD)``: last period's value, in brackets after the figure
``past_bracket``          ``giảm nhiều so với thiệt hại … năm 2017 (gần 60.000 tỷ đồng, 386 người chết …)``: the
                          values of last period in brackets after the comparison, each its row's comparison value
``index_of_last``         ``bằng 99% so với cùng kỳ``, ``gấp 3,29 lần so cùng kỳ``: this period over last
``index_ahead``           ``chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt``: the same, before its value
``assigned_pass``         ``được giao chỉ tiêu vận động hiến 1.150 đơn vị máu``; ``dự toán giao 10.766 tỷ đồng …
                          đã thu hơn 5.626 tỷ đồng``: a quota is the plan of the row that counts the same thing
========================  ====================================================================

The recognisers are tried with ``service.onboarding.recognisers.RECOGNISERS``; ``assigned_pass`` runs after a
paragraph is read (a quota may be stated before the result it is the plan of, or in another paragraph).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.onboarding.passed import last_result_named, only_of_last
from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.changewords import units_fit
from service.onboarding.model import Derivation, Para, Row, attach_last_period
from service.onboarding.phrases import clause_start

#: ``so với`` between a figure and the next, with an optional plan word: ``so với chỉ tiêu giao là``.
_COMPARED = re.compile(r"(?i)^\s*,?\s*so\s+với\s+(?P<plan>(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)(?:\s+(?:được\s+)?giao)?"
                       r"(?:\s+(?:là|:))?\s*)?$")
#: What names last period after the compared number: ``cùng kỳ``, ``năm trước``, ``kỳ trước``.
_PAST_AFTER = re.compile(r"(?i)^\s*(?:\w+(?:/\w+)?\s+){0,2}?(?:cùng\s+kỳ|năm\s+trước|năm\s+ngoái|kỳ\s+trước|tháng\s+trước|"
                         r"quý\s+trước)(?!\w)")
#: ``(năm 2017 đạt``, ``(cùng kỳ đạt``, ``(cùng kỳ năm 2020:``: a bracket opening on last period's name.
_PAST_OPEN = re.compile(r"(?i)\(\s*(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|năm\s+(?:trước|ngoái|\d{4})|"
                        r"kỳ\s+trước|(?:tháng|quý)\s+trước)\s*(?:đạt|là|có|:|=)?\s*$")
#: A quota: ``được giao (chỉ tiêu)``, ``chỉ tiêu/kế hoạch/dự toán (được) giao (là)``, then a few words of its action;
#: or the quota in brackets after its name (``vượt 7% so với chỉ tiêu được giao (17.500 tỷ đồng)``).
_QUOTA = re.compile(r"(?i)(?<!\w)(?:được\s+giao(?:\s+chỉ\s+tiêu)?|(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)\s+(?:được\s+)?giao"
                    r"(?:\s+(?:là|:))?)(?P<act>(?:\s+[^\W\d_]+){0,4}?)\s*(?:là\s*|\(\s*)?$")
#: A result stated after its quota in the sentence: ``…, kết quả … đã thu hơn 5.626 tỷ đồng``.
_RESULT = re.compile(r"(?i)(?<!\w)(?:đã|kết\s+quả|đạt)(?!\w)")
#: How far a result may lie from its quota (a first round's 374 of a year's 1.150 units of blood).
QUOTA_REACH = 4
#: A plan implied by a rounded share (``đạt 52,2% dự toán``) lies this close to the quota the text states.
IMPLIED_PLAN = Decimal("0.02")
_DONE = re.compile(r"(?i)(?<!\w)(?:được|đạt|đã|thực\s+hiện)(?!\w)")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def compared_to(p: Para, i: int, m: Mention) -> bool:
    """``X so với Y cùng kỳ``: Y is the comparison value of X's row; ``so với chỉ tiêu giao là Y``: its plan."""
    if i == 0 or m.value is None or m.comparison or m.kind not in ("count", "money", "measure", "percent"):
        return False
    prev = p.figures[i - 1]
    row = p.rows.get(i - 1)
    cue = _COMPARED.match(p.text[prev.end:_start(m)])
    if row is None or cue is None or prev.kind != m.kind:
        return False
    if cue.group("plan"):
        row.plan = row.plan if row.plan is not None else m.value
        row.derived.append(Derivation(p.quote(m), "so với kế hoạch", m.value))
        return True
    if not _PAST_AFTER.match(p.text[m.end:]):
        return False
    row.base = row.base if row.base is not None else m.value
    row.derived.append(Derivation(p.quote(m), "số liệu cùng kỳ được nêu để so sánh", m.value))
    return True


def past_value(p: Para, i: int, m: Mention) -> bool:
    """``(năm 2017 đạt 90,4%)`` after a figure or its change: what the same measure was last period."""
    if i == 0 or m.value is None or m.comparison or not _PAST_OPEN.search(p.text[max(0, _start(m) - 40):_start(m)]):
        return False
    before = p.rows_before(i)
    if not before:
        return False
    row = before[0]
    if row.base is None and row.kind == m.kind:
        row.base = m.value
    row.derived.append(Derivation(p.quote(m), "số liệu cùng kỳ được nêu để so sánh", m.value))
    p.rows[i] = row
    return True


#: A bracket opening right after a comparison with an earlier period: ``so với thiệt hại … năm 2017 (``,
#: ``so với cùng kỳ năm trước (``; the bracket may have listed values before (``(gần 60.000 tỷ đồng, ``).
_PAST_COMPARED = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?(?:(?!so\s+với)[^\d();.!?]){0,80}?(?<!\w)(?:năm\s+(?P<year>\d{4})|"
                            r"cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?P<year2>\d{4})))?|năm\s+trước|năm\s+ngoái|kỳ\s+trước)"
                            r"\s*\((?P<inside>[^()]*)$")
#: A bracket going on to a change (t3-quangnam-dulich-2015-05): its numbers are this period's parts, not last period's.
_CHANGED_INSIDE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)")
#: Inside the bracket before the value: only earlier values of the list and their qualifiers (no change, no rate).
#: A bracket opening on ``trong đó`` is the figure's breakdown — this period's parts (``bằng 82% so với cùng kỳ (trong
#: đó, số đã thu vào ngân sách nhà nước 6.147,6 tỷ đồng``, t12-quangnam-thunsnn-8t-2020; ``so với năm 2018 (trong đó
#: đã ủy thác 580 việc``, zc-cuc-thads-thi-hanh-an-dan-su-2019-h1, whose table keeps it as a row).
_PAST_LIST = re.compile(r"(?i)^(?!\s*trong\s+đó(?!\w))(?:(?!tăng|giảm|đạt|bằng|chiếm|tỷ\s+lệ)[^;:])*$")


def past_bracket(p: Para, i: int, m: Mention) -> bool:
    """``Tuy nhiên đã giảm nhiều so với thiệt hại do thiên tai gây ra năm 2017 (gần 60.000 tỷ đồng, 386 người chết và
    mất tích)`` in the 2018 review: the numbers in brackets after a comparison with an earlier period are what the
    compared measures were then — each the comparison value of the paragraph's row of the same kind and unit (the
    nearest, or the one whose words it shares), no row. A bracket that states a change (``(số tuyệt đối tăng 1.694
    tỷ đồng)``) or a rate is left to the change recognisers."""
    if m.value is None or m.comparison or m.kind not in ("count", "money", "measure"):
        return False
    s = p.sentence_of(m)
    hit = _PAST_COMPARED.search(p.text[s:_start(m)])
    if hit is None or not _PAST_LIST.match(hit.group("inside")):
        return False
    close = p.text.find(")", m.end)
    if _CHANGED_INSIDE.search(p.text[m.end:close if close >= 0 else len(p.text)]):
        return False          # "(khách quốc tế khoảng 210.000 lượt, tăng 7,45%; …)": parts of this period, changed
    year = hit.group("year") or hit.group("year2")
    own = getattr(p.reading.period, "year", None)
    if year and own and int(year) >= own:
        return False          # "so với kế hoạch năm 2018 (…)": not an earlier period
    row = _row_of_same_measure(p, i, m)
    if row is None:
        return False
    return attach_last_period(p, i, row, m)


def _row_of_same_measure(p: Para, i: int, m: Mention) -> Row | None:
    """The row of the paragraph before ``i`` that measures what ``m`` does: same kind and unit; of several, the one
    sharing most words with what follows ``m``, then the nearest."""
    unit = (m.unit or "").lower()
    words = {w.lower() for w in P.noun_after(p.text, m.end)}
    best, score = None, -1
    for r in p.rows_before(i, same_sentence=False):
        ru = r.unit.lower()
        if r.kind != m.kind:
            continue
        if m.kind == "money" and ru.split("/")[0].split()[-1:] != (unit or "đồng").split()[-1:]:
            continue                          # money: the same currency, whatever the scale word (tỷ đồng, đồng)
        if m.kind != "money" and unit and ru != unit and ru.split()[:1] != unit.split()[:1]:
            continue
        k = len(words & {w.lower() for w in (r.label + " " + r.quote).split()})
        if k > score:
            best, score = r, k
    return best


#: ``bằng 99% so với cùng kỳ``, ``gấp 3,29 lần so cùng kỳ``: this period as a multiple of last.
_INDEX_BEFORE = re.compile(r"(?i)(?<!\w)(?:bằng|gấp)\s*$")
_TIMES = re.compile(r"(?i)\s*lần(?!\w)")
#: ``nộp ngân sách nhà nước gần 32,2 tỷ đồng (tăng gấp hơn 2 lần)`` (holdout11's working batch): a multiple in brackets
#: right after a row — of its last-period value, the comparison left unsaid.
_TIMES_BRACKET = re.compile(r"(?i)\(\s*(?:tăng\s+)?gấp\s*(?:hơn|gần|khoảng|trên|xấp\s+xỉ)?\s*$")
#: (``gấp 3,16 lần về tổng mức đầu tư so với cùng kỳ``, t5-nghean-ktxh-2021: what is multiplied, named after ``lần``)
#: ``kỳ`` is also spelled ``kì`` (the i/y spelling of the same syllable: ``bằng 95,3% cùng kì năm trước``,
#: yq-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-vu-mua-2018-10; yo-tp-ho-chi-minh-quan-3's ``so với cùng kì``).
_INDEX_AFTER = re.compile(r"(?i)^\s*(?:lần\s+(?:về\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,5}\s+)?)?(?:so\s+(?:với\s+)?)?"
                          r"(?:cùng\s+k[ỳì]|năm\s+trước|k[ỳì]\s+trước)(?!\w)")


def index_of_last(p: Para, i: int, m: Mention) -> bool:
    """``gieo trồng được 384 ha, …, bằng 99% so với cùng kỳ``; ``đạt 1,1 tỉ USD (gấp 3,29 lần so cùng kỳ)``, ``ước đạt
    526.622 triệu đồng, tăng 2,3 lần so với cùng kỳ``: the row before as a share or multiple of last period's value —
    a derivation that gives its comparison value."""
    # "tăng 2,3 lần so với cùng kỳ": a rise written as a multiple, read as "gấp 2,3 lần"
    rise = m.kind == "change" and m.comparison == "tăng" and bool(_TIMES.match(p.text[m.num_end:]))
    if m.value is None or (m.comparison and not rise) or not m.value or m.kind not in ("percent", "count", "change"):
        return False
    times = m.kind in ("count", "change")
    bracketed = times and _TIMES_BRACKET.search(p.text[max(0, m.num_start - 30):m.num_start]) and \
        re.match(r"(?i)\s*lần\s*\)", p.text[m.num_end:])   # "(tăng gấp hơn 2 lần)": of last period, unsaid
    before, after = p.text[max(0, _start(m) - 8):_start(m)], p.text[m.end if not times else m.num_end:]
    if not bracketed and (not (rise or _INDEX_BEFORE.search(before) or only_of_last(before)) or
                          not (_INDEX_AFTER.match(after) or last_result_named(after))):
        return False
    row = next((r for r in p.rows_before(i) if r.kind in ("count", "money", "measure")), None)
    if row is None:
        return False
    if row.base is None:
        row.base = row.value / m.value if times else row.value * 100 / m.value
    row.derived.append(Derivation(p.quote(m), "so với cùng kỳ (kỳ này bằng … cùng kỳ)", m.value))
    return True


#: ``(chỉ) đạt 28% so với cùng kỳ năm trước với (trên)``: an index of last period, then the count it is of.
_INDEX_AHEAD_BEFORE = re.compile(r"(?i)(?<!\w)(?:bằng|đạt)\s*$")
_INDEX_AHEAD_AFTER = re.compile(r"(?i)^\s*so\s+(?:với\s+)?(?:cùng\s+kỳ|năm\s+trước|kỳ\s+trước)(?:\s+năm\s+(?:trước|\d{4}))?"
                                r"\s*,?\s*(?:với|là|ở\s+mức)\s*$")


def index_ahead(p: Para, i: int, m: Mention) -> bool:
    """``khách quốc tế chỉ đạt 28% so với cùng kỳ năm trước với trên 3.000 lượt``: this period as a share of last,
    said before the value it is of — the next figure is the row, the share its derivation (its comparison value)."""
    if m.kind != "percent" or m.value is None or m.comparison or not m.value or i + 1 >= len(p.figures):
        return False
    nxt = p.figures[i + 1]
    if nxt.kind not in ("count", "money", "measure") or nxt.comparison or nxt.value is None:
        return False
    if not _INDEX_AHEAD_BEFORE.search(p.text[max(0, _start(m) - 8):_start(m)]) or \
            not _INDEX_AHEAD_AFTER.match(p.text[m.end:_start(nxt)]):
        return False
    p.changes_ahead[i + 1] = (p.quote(m), "index", m.value, True)
    return True


def _fits(a: Row, b: Row) -> bool:
    if a.kind != b.kind or a.kind == "percent":
        return False
    return a.kind == "money" or (a.kind == "measure" and a.unit == b.unit) or units_fit(a.unit, b.unit)


#: A plan named right before its number without ``giao``: after the share it is measured by (``đạt hơn 130% so với
#: chỉ tiêu 20.000 người``), or named with what it is for and ``là`` (``dự toán chi thường xuyên năm 2014 là 704.400
#: tỷ đồng``).
_PLAN_NAMED = re.compile(r"(?i)(?:\d\s*%\s*so\s+với\s+(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)|(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|"
                         r"dự\s+toán)(?P<act>(?:\s+[^\W\d_]+){1,6}?)(?:\s+năm\s+\d{4})?\s+(?:là|:))\s*$")


#: A quota in brackets after the name of who set it, ``giao`` last: ``đạt 51% so với kế hoạch Tổng Công ty Điện lực
#: Miền Nam (EVNSPC) giao năm 2022 (15.285 triệu kWh)`` (t12-binhduong-dientp-6t-2022), ``đạt 30,87% kế hoạch Tổng
#: Công ty giao (16 triệu kWh)`` (t12-lamdong-dienluc-6t-2020).
_QUOTA_SETTER = re.compile(r"(?i)(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)(?:\s+[^\W\d_]+|\s+\([^()\d]*\)){1,8}?\s+giao"
                           r"(?:\s+năm\s+\d{4})?\s*\(\s*$")


def quota(p: Para, row: Row, m: Mention) -> bool:
    """The figure is stated as a quota (``được giao chỉ tiêu vận động hiến 1.150 đơn vị máu``; ``đạt hơn 130% so với
    chỉ tiêu 20.000 người``; ``dự toán chi thường xuyên năm 2014 là 704.400 tỷ đồng``)."""
    lo = max(clause_start(p.text, m.num_start), _start(m) - 80)
    hit = _QUOTA.search(p.text[lo:_start(m)])
    if hit is None and _QUOTA_SETTER.search(p.text[max(0, _start(m) - 120):_start(m)]):
        return True
    if hit:
        return not _DONE.search(hit.group("act"))
    named = _PLAN_NAMED.search(p.text[max(0, _start(m) - 80):_start(m)])
    return bool(named) and not _DONE.search(named.group("act") or "")


def assigned_pass(p: Para) -> None:
    """A quota is the plan of the row counting the same thing: the next in its sentence (``dự toán giao 10.766
    tỷ đồng …, đã thu hơn 5.626 tỷ đồng``), else the nearest before it in the section (``Kết quả thu được 374 đơn
    vị máu. … được giao chỉ tiêu vận động hiến 1.150 đơn vị máu``); with no such row it stays a row of its own."""
    made = [(k, r) for k, r in sorted(p.rows.items()) if r in p.reading.rows]
    for k, r in made:
        if r.plan is not None or not quota(p, r, p.figures[k]):
            continue
        def open_to(x: Row) -> bool:   # no plan yet, or one its share implied that the quota states exactly
            return x is not r and (x.plan is None or abs(x.plan - r.value) <= r.value * IMPLIED_PLAN)

        later = [x for j, x in made if j > k and x.sentence == r.sentence and open_to(x)
                 and _RESULT.search(p.text[p.figures[k].end:p.figures[j].num_start])]
        earlier = [x for x in reversed(p.section_rows) if open_to(x)
                   and (x.sentence[0] != p.key or x.sentence[1] <= r.sentence[1])]
        owner = next((x for x in later if _fits(x, r)), None) or next((x for x in earlier if _fits(x, r)), None)
        if owner is None or not r.value / QUOTA_REACH <= owner.value <= r.value * QUOTA_REACH:
            continue   # "trung cấp 01 công dân" is no result of a quota of 102
        owner.plan = r.value
        owner.derived += [Derivation(r.quote, "chỉ tiêu được giao", r.value), *r.derived]
        p.reading.rows.remove(r)
        p.section_rows.remove(r)
        for j, v in list(p.rows.items()):
            if v is r:
                p.rows[j] = owner
