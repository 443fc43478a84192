"""Rates of change said ``tương ứng`` (respectively) of the amounts before them (round 71).

``… khối lượng giao dịch bình quân đạt hơn 1,167 triệu cổ phiếu/ngày, giá trị giao dịch bình quân khoảng 34.007 tỷ
đồng/ngày, giảm tương ứng 33,53% về khối lượng và 31,38% về giá trị so với tháng trước``
(xn-tp-hcm-hose-giao-dich-co-phieu-2025-09), ``… 550 tấn hàng hóa, tăng tương ứng 60,7% về hành khách và 28,4% về
hàng hóa so với cùng thời điểm năm trước`` (sweep page p12-hangkhong-2023-01): ``tương ứng`` after the change word
pairs the rates, in order, with the amounts the sentence stated before it — each rate is its amount's change (a
derivation, as ``lần lượt tăng 7,4% và 8,36%`` is), never a row of its own.

The grammar: ``tăng``/``giảm`` then ``tương ứng`` (``là`` may follow) right before the first rate; the run goes on
through rates joined by ``,`` or ``và``, each optionally followed by ``về <a few words>``.  The k-th rate of a run of
n goes to the k-th of the last n amounts (rows, not rates) stated earlier in the sentence.

Not read: a run longer than the amounts before it (``với mức tăng tương ứng là 11,70% và 8,10%`` after no amount in
its sentence, sweep page t4-gdp-2016-h1: nothing to pair, left as before); ``tương ứng`` without a change word
(``tương ứng với doanh thu … đạt hơn 454 tỷ đồng``: an amount, xn-yen-bai-thuy-dien-thac-ba-…-2020); a rate
not a percentage.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, at the tuple's end (``RESPECTIVE``): the rates of such a
run are claimed by no earlier reader.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Derivation, Para, Row

#: ``tăng tương ứng``, ``giảm tương ứng là``, ``mức tăng tương ứng`` with a qualifier after: right before the run.
_OPENER = re.compile(r"(?i)(?<!\w)(tăng|giảm)\s+tương\s+ứng(?:\s+là)?\s*[:]?\s*$")
#: Between two rates of the run: ``về khối lượng và``, ``,``, ``và``.
_JOIN = re.compile(r"(?i)^\s*(?:về(?:\s+[^\W\d_]+){1,4}\s*)?(?:,|và|,\s*và)\s*$")


def _run(p: Para, i: int) -> tuple[int, str] | None:
    """The index of the run's first rate and its change word, when figure ``i`` is in a ``tương ứng`` run."""
    k = i
    while True:
        m = p.figures[k]
        if m.kind != "percent" or m.value is None:
            return None
        start = m.qualifier_start if m.qualifier_start is not None else m.num_start
        opener = _OPENER.search(p.text[max(0, start - 40):start])
        if opener:
            return k, opener.group(1).lower()
        if k == 0 or not _JOIN.match(p.text[p.figures[k - 1].end:start]):
            return None
        k -= 1


def _run_length(p: Para, first: int) -> int:
    n = 1
    while first + n < len(p.figures):
        m, prev = p.figures[first + n], p.figures[first + n - 1]
        start = m.qualifier_start if m.qualifier_start is not None else m.num_start
        if m.kind != "percent" or m.value is None or not _JOIN.match(p.text[prev.end:start]):
            break
        n += 1
    return n


def _amounts_before(p: Para, first: int) -> list[Row]:
    """Rows (not rates) made earlier in the run's sentence, in text order."""
    return [r for r in reversed(p.rows_before(first)) if r.kind != "percent"]


def respective_change(p: Para, i: int, m: Mention) -> bool:
    """A rate of a ``tăng/giảm tương ứng a%, b%`` run: the change of its amount, in order (module docstring)."""
    found = _run(p, i)
    if found is None:
        return False
    first, how = found
    n = _run_length(p, first)
    amounts = _amounts_before(p, first)
    if n < 2 or len(amounts) < n:
        return False
    row = amounts[len(amounts) - n + (i - first)]
    row.derived.append(Derivation(p.quote(m), f"{how} so với kỳ trước (tương ứng)", m.value))
    p.rows[i] = row
    return True


RESPECTIVE = (respective_change,)
