"""A month and its year to date said together: two rows, and each label says which.

Monthly bulletins state a figure of the month and its running total in one breath (``tổng thu ngân sách nhà nước
trong tháng 8 là 1.018,1 tỷ đồng; lũy kế 8 tháng thu 9.950,3 tỷ đồng``; ``kim ngạch xuất khẩu … tháng 6 ước đạt
2,97 tỉ USD, nâng tổng giá trị xuất khẩu 6 tháng lên 17,1 tỉ USD``).  Both are rows; the figures loader keeps the
same pair the same way — a running-total column is loaded as a row of its own, its label + ``(từ đầu năm)``
(``service.figures.columns.running_words``).  The labels are built from the words before each number, and
periods are dropped from labels (the sheet has its period), so the two rows came out alike (``Doanh thu dịch vụ``
twice) or the running total lost what it totals (``tháng 8 là 597,8 tỷ đồng; lũy kế thu 6.411 tỷ đồng`` →
``Thu lũy kế``).

The words of time nearest before the number in its sentence say which part of the period it is (``when``): the
checker's cues (``service.checker.recognisers.running``) and a bare span of months (``6 tháng lên``).  On a page
that states both parts:

- in a report of a month or a quarter (or of no period read), the running total's label says ``(từ đầu năm)`` —
  the loader's words — instead of the text's own (``lũy kế 8 tháng``), and the month's label loses a ``tháng``
  left behind by its dropped number (``Số tiền thu từ thuế phí, tháng``);
- in a report of several months, a half or a year (the running total is the period itself), the month's row says
  ``(tháng N)`` — when the text names N: ``trong tháng hành động Vì nạn nhân chất độc da cam``, ``Tháng Nhân đạo``
  are campaigns, not the report's last month;
- there, a running total said right after its month's value in the same sentence, whose own words name nothing
  the month's label does not (``lũy kế thu``), is that indicator's: it takes the month's label.  In a year's
  report a running total of some months is a span of its own (``tháng 1 tăng 9,9%, lũy kế 2 tháng tăng 3,9%, lũy
  kế 3 tháng …``: ``Tốc độ tăng lũy kế 2 tháng``), left as it reads.
"""

from __future__ import annotations

import re

from service.checker.recognisers.running import PERIOD_CUE, RUNNING_CUE
from service.onboarding.labels import MAX_WORDS, finish
from service.onboarding.phrases import fold_word, words_of

RUNNING_WORDS = "từ đầu năm"   # service.figures.columns.running_words for a month's, a quarter's, a half's report

#: A span of months said bare (``nâng tổng giá trị xuất khẩu 6 tháng lên``): the months so far, not one month
#: (``tháng 6``), not an age or a sentence (``6 tháng tuổi``, ``6 tháng tù``), not a date (``6 tháng 8``).
_SPAN = re.compile(r"(?i)(?<![\w/,.])(?<!tháng\s)(?:[2-9]|1[0-2])\s+tháng(?!\s+(?:tù|giam|tuổi|\d))(?!\w)")
#: The month a period cue names (``tháng 8``, ``tháng 8/2013``, ``riêng tháng 4``).
_MONTH = re.compile(r"(?i)tháng\s+(\d{1,2})(?!\d)")
#: The text's own words for a running total, left in a label (``Thu lũy kế 8 tháng``, ``Doanh thu Lũy kế 5 tháng``).
_RUNNING_IN_LABEL = re.compile(r"(?i)(?<!\w)(?:(?:l[ũu]y\s*k[ếe]|lu[ỹy]\s*k[ếe]|cộng\s+dồn)(?:\s+\d{1,2}\s+tháng)?"
                               r"(?:\s+đầu\s+năm)?|(?:\d{1,2}\s+)?tháng\s+đầu\s+năm)(?!\w)(?:\s*,)?")
#: A ``tháng`` whose number the label dropped (``Số tiền thu từ thuế phí, tháng``, ``… trong tháng``).
_BARE_MONTH = re.compile(r"(?i)(?:,\s*)?(?<!\w)(?:(?:trong|riêng)\s+)?tháng(?!\s*\d)(?!\w)\s*(?=,|$)")
#: Words of a label that name no indicator: the head the template writes for a unit, ``thu`` alone.
_HEADS = frozenset("số tiền khối lượng kwh thu tổng trị giá giá trị lượt tấn usd".split())


def when(before: str) -> str:
    """``running``, ``period`` or ``""``: the nearest cue of time in ``before`` (a sentence's words up to a
    number).  A month that ends a running span (``từ tháng 1 đến tháng 11``) is the span's."""
    best: tuple[int, int, str] | None = None
    for rx, kind, rank in ((RUNNING_CUE, "running", 1), (_SPAN, "running", 1), (PERIOD_CUE, "period", 0)):
        for m in rx.finditer(before):
            key = (m.end(), rank, kind)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is None:
        return ""
    if best[2] == "period" and any(m.end() >= best[0] for m in RUNNING_CUE.finditer(before)):
        return "running"
    return best[2]


def month_of(before: str) -> str:
    """The month the nearest period cue in ``before`` names (``8`` of ``trong tháng 8``), ``""`` when it names
    none (``trong tháng``)."""
    cues = list(PERIOD_CUE.finditer(before))
    hit = _MONTH.match(before, cues[-1].end() - len("tháng")) if cues else None
    hit = hit or (_MONTH.search(cues[-1].group(0)) if cues else None)
    return hit.group(1).lstrip("0") if hit else ""


def when_said(before: str, after: str) -> str:
    """:func:`when` of the words before the number; with none, of the rest of its clause (``đạt 302 tỷ đồng lợi
    nhuận sau thuế trong tháng 7, lũy kế 10 tháng …``: the month is said after the amount)."""
    return when(before) or when(after.split(",")[0])


def _clean(text: str) -> str:
    text = re.sub(r"\s+,", ",", " ".join(text.split())).strip(" ,;:-–")
    return text[:1].upper() + text[1:]


def without_running_words(label: str) -> str:
    return _clean(_RUNNING_IN_LABEL.sub(" ", label))


def without_bare_month(label: str) -> str:
    return _clean(_BARE_MONTH.sub("", label)) or label


def with_part(label: str, part: str) -> str:
    """``label (part)``, the label's words cut so the whole keeps to ``labels.MAX_WORDS`` words."""
    room = MAX_WORDS - len(part.split())
    words = words_of(label)
    if len([w for w in words if w[:1].isalnum()]) > room:
        label = finish(words[:room], label)
    return f"{label} ({part})"


def fold_label(label: str) -> str:
    return " ".join(label.lower().split())


def _content(label: str) -> set[str]:
    return {fold_word(w) for w in words_of(label) if w[:1].isalpha()} - {fold_word(h) for h in _HEADS}


def _says_no_more(own: str, other: str) -> bool:
    """``own``'s words name nothing ``other``'s do not (``Thu`` beside ``Số tiền thu từ thuế phí``)."""
    return _content(own) <= _content(other)


def mark(rows: list, period_kind: str | None) -> None:
    """Label each row of a page that states both a month's value and a running total with its part (module
    docstring).  ``rows`` in report order, each with ``when`` and ``month`` set by :func:`when`/:func:`month_of`."""
    if not any(r.when == "period" for r in rows) or not any(r.when == "running" for r in rows):
        return
    part_report = period_kind in (None, "month", "quarter")
    previous = None
    for r in rows:
        if r.when == "period":
            base = without_bare_month(r.label)
            r.label = base if part_report or not r.month else with_part(base, f"tháng {r.month}")
            previous = (r, base)
            continue
        if r.when == "running" and part_report:    # else the running total is the period, or a span of its own
            own = without_running_words(r.label)
            if previous and previous[0].sentence == r.sentence and previous[0].unit == r.unit and \
                    _says_no_more(own, previous[1]):
                r.label = previous[1]    # "tháng 8 là 597,8 tỷ đồng; lũy kế thu 6.411 tỷ đồng": the same indicator
                r.running_of = previous[0]   # coded as the loader codes a running total (<code>-LK)
            elif own:
                r.label = own
            if RUNNING_WORDS not in fold_label(r.label):
                r.label = with_part(r.label, RUNNING_WORDS)
        previous = None
