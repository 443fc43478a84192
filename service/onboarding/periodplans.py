"""A target of the report's own period goes in the ``Kế hoạch`` cell of its measure's row (template round 74, issue 14).

The lead's convention (issue 14, stop 57): a target the text states for the period the report covers — or for a
period holding it, as a year holds its second quarter — is that row's plan.

``Năm 2015, Vinamilk đặt mục tiêu doanh thu 38.424 tỷ đồng và lợi nhuận sau thuế 6.830 tỷ đồng.``
(xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2, a 2015-Q2 report: the quarter's ``doanh thu thuần … 10.500 tỷ
đồng`` and ``lợi nhuận sau thuế đạt 2.186 tỷ đồng`` rows take 38.424 and 6.830 as their plan);
``Năm 2024, Biwase đặt mục tiêu tổng doanh thu 4.100 tỷ đồng và lợi nhuận sau thuế 700 tỷ đồng``
and ``Năm nay, TDM Water đặt mục tiêu tổng doanh thu là 564 tỷ, lợi nhuận sau thuế gần 198 tỷ`` in January 2024's
bulletin (xp-binh-duong-biwase-tdm-san-luong-nuoc-tieu-thu-2024-01: its hand keeps them in «Kế hoạch năm 2024»). The grammar, within one sentence: a period, then a word of a target
(``mục tiêu``, ``kế hoạch``, ``chỉ tiêu``), then the measure's words and the amount. The period must hold the report's
own (``_holds``: the same year, starting no later and ending no earlier; ``năm nay`` is that year): a later period's
plan (``Kế hoạch năm 2021 …`` in 2020's review) stays out, as ``statements.aim`` and ``norm`` keep it.

Only where the amount made no row of its own and a row of the same kind and measure (two words of the measure in its
label or in its own clause before its number, half of them at least, money in the same currency) states this period's figure — its sentence
names no other period and no target before its number (``kế hoạch kinh doanh năm 2022 gồm doanh thu hợp nhất 11.059
tỉ đồng`` is a plan itself, sweep p22-thanhnien-kehoach-loinhuan); a range's end (``làm mới 20 - 25 nhà``) is no
one amount; ``năm nay`` counts in a report shorter than a year only (a year's review published in January may mean
the next); a measure said in a list read ``lần lượt``
(``doanh thu và lợi nhuận … lần lượt đạt hơn 454 tỷ đồng và 145 tỷ đồng``) names no one measure and is left.
Not done here: a row of its own with ``Kỳ báo cáo`` empty when the text gives no actual (a plan report: the sheet
has no such row yet); percentages (a plan's rate is ``share_of_plan``'s).
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.checker.extract import extract_numbers
from service.onboarding import phrases as P
from service.onboarding.model import Reading, Row
from service.periods import find_mentions

#: A word of a target: ``mục tiêu``, ``kế hoạch``, ``chỉ tiêu`` (``đặt``, ``đề ra`` may stand before it).
TARGET = re.compile(r"(?i)(?<!\w)(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)(?!\w)")
#: Between the target word and the amount: a result or a comparison, not the target's amount.
_NOT_TARGET = re.compile(r"(?i)(?<!\w)(?:đã|thực\s+hiện|hoàn\s+thành|so\s+với|vượt|lần\s+lượt|còn|nay\s+đã)(?!\w)")
#: What ends the measure's words before an amount: the target word, a list's ``và``, a comma, a colon.
_MEASURE_START = re.compile(r"(?i)(?:(?<!\w)(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu|và)(?!\w)|[,;:(])")
#: Words naming no measure.
_LIGHT = frozenset("và của là đạt hơn gần khoảng xấp xỉ ít nhất trên dưới tối thiểu đa cho với năm nay tháng quý đặt ra đề "
                   "mục tiêu kế hoạch chỉ tỷ triệu nghìn ngàn đồng usd the các những số mức phấn đấu".split())
_KINDS = ("money", "measure", "count")
#: ``Năm nay``: the year the report's period lies in (``Năm nay, TDM Water đặt mục tiêu tổng doanh thu là 564 tỷ``).
_THIS_YEAR = re.compile(r"(?i)(?<!\w)năm\s+nay(?!\w)")
#: An amount (and its unit's words) right before a list's ``và`` or comma.
_AFTER_AMOUNT = re.compile(r"\d(?:\s*%|\s+[^\W\d_]+){0,3}\s*$")
#: The upper end of a range: ``20 - 25 nhà``.
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _LIGHT and len(w) > 1}


def _holds(period, reported) -> bool:
    """``period`` holds the report's own: it starts no later and ends no earlier, in one year."""
    if period is None or period.year != reported.year:
        return False
    return period.months[0] <= reported.months[0] and period.months[1] >= reported.months[1]


def as_figure(text: str, m):
    """The amount the checker's extraction marked an aim (``kind`` ``target``, no value): read alone from its number
    to its clause's end, as a figure, placed back at its own offsets."""
    if m.kind != "target":
        return m
    tail = text[m.num_start:P.clause_end(text, m.num_end)]
    alone = extract_numbers(tail)
    if not alone or alone[0].num_start != 0:
        return m
    return replace(alone[0], start=alone[0].start + m.num_start, end=alone[0].end + m.num_start,
                   num_start=m.num_start, num_end=alone[0].num_end + m.num_start)


def _measure(before: str) -> set[str]:
    """The measure's words right before an amount: from the target word, or from a list's ``và`` or comma that
    follows an earlier amount (``38.424 tỷ đồng và lợi nhuận sau thuế``); a ``và`` or comma after words is part of
    the measure's name (``xuất khẩu gỗ và sản phẩm từ gỗ``)."""
    for cut in reversed(list(_MEASURE_START.finditer(before))):
        if TARGET.fullmatch(cut.group().strip()) or _AFTER_AMOUNT.search(before[:cut.start()]):
            return _words(before[cut.end():])
    return set()


def period_target(text: str, m, reported) -> set[str] | None:
    """The measure words of amount ``m`` of ``text`` when it is a target of the report's period ``reported``
    (see the module's note), else None."""
    if m.kind not in _KINDS or m.value is None or not m.is_figure or m.low is not None:
        return None
    s = P.sentence_start(text, m.num_start)
    before = text[s:m.num_start]
    targets = list(TARGET.finditer(before))
    if not targets or _NOT_TARGET.search(before[targets[-1].start():]) or _RANGE_BEFORE.search(before):
        return None
    periods = [x.period for x in find_mentions(before) if x.period is not None]
    this_year = reported.kind != "year" and bool(_THIS_YEAR.search(before))   # a year's review: which year is ambiguous
    if not (periods or this_year) or not all(_holds(x, reported) for x in periods):
        return None
    measure = _measure(before)
    return measure if len(measure) >= 2 else None


def _own_clause(row: Row, texts: dict) -> tuple[str, str]:
    """The row's sentence up to its number, and its clause there (from the last comma, ``và`` or semicolon)."""
    key, start = (row.sentence or (None, 0))[:2]
    text = texts.get(key, "")
    before = text[start:row.at[2] if len(row.at) > 2 else len(text)]
    before = before[:row.at[1] - start] if len(row.at) > 1 and row.at[1] >= start else before
    cuts = [k.end() for k in _MEASURE_START.finditer(before)]
    return before, before[max(cuts):] if cuts else before


def _actual_of_period(row: Row, texts: dict, reported) -> bool:
    """The row states this period's figure: its sentence names no period but the report's own (or one holding it)
    and no target before its number (``kế hoạch kinh doanh năm 2022 gồm doanh thu hợp nhất 11.059 tỉ đồng`` is a
    plan itself)."""
    before, _ = _own_clause(row, texts)
    said = [x.period for x in find_mentions(before) if x.period is not None]
    return not TARGET.search(before) and all(_holds(x, reported) or x == reported for x in said)


def _kind(m) -> str:
    """``m``'s kind, a bare ``tỷ``/``triệu`` with nothing after it (``564 tỷ, lợi nhuận …``) read as money, as the
    rows read it."""
    return "money" if m.kind == "count" and not m.unit and not m.noun and m.scale >= 10 ** 6 else m.kind


def _row_of(measure: set[str], m, rows: list[Row], texts: dict, reported) -> Row | None:
    """The row of the report's period of ``m``'s kind (money: the same currency) naming most of the measure's words —
    two at least, and half of them (``kế hoạch đầu tư công nguồn ngân sách nhà nước cho các bộ, ngành và địa phương``
    is no row's ``Vốn ngân sách trung ương chưa phân bổ``: sweep t16-nhipsong-giaingan-2025-h1)."""
    best, score, kind = None, 1, _kind(m)
    for r in rows:
        if r.kind != kind or r.plan is not None or r.value is None:
            continue
        if kind == "money" and r.unit.split("/")[0].split()[-1:] != (m.unit or "đồng").split()[-1:]:
            continue
        if kind != "money" and (r.unit or "").lower().split()[:1] != (m.unit or "").lower().split()[:1]:
            continue
        k = len(measure & _words(r.label + " " + _own_clause(r, texts)[1]))
        if k > score and 2 * k >= len(measure) and _actual_of_period(r, texts, reported):
            best, score = r, k
    return best


def plans_of_period(reading: Reading, texts: dict) -> None:
    """Put each target of the report's own period in the ``Kế hoạch`` cell of its measure's row (module note)."""
    reported = reading.period
    if reported is None:
        return
    made = {(r.at[0], r.at[1]) for r in reading.rows if len(r.at) > 1}
    for key, text in texts.items():
        if not TARGET.search(text):
            continue
        for m in extract_numbers(text):
            m = as_figure(text, m)
            if (key, m.num_start) in made:
                continue
            measure = period_target(text, m, reported)
            row = _row_of(measure, m, reading.rows, texts, reported) if measure else None
            if row is not None:
                row.plan = m.value
                row.notes.append(f"kế hoạch: «{P.quote(text, m)}»")
