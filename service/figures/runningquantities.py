"""A running total of each quantity of a period that states several (round 38).

A trade office's table by market gives, for the month and for the months since January, the same two quantities
(``T4/2020 | 4T/2020`` over ``Lượng (Tấn) | Trị giá (USD)``: vinanet's cashew exports by market, 4/2020; the
Cục Xuất nhập khẩu's cashew and tea exports of 4/2019 say it in words, «tháng 4/2019 đạt 35,7 nghìn tấn, trị giá
271,18 triệu USD … Lũy kế 4 tháng … 115,1 nghìn tấn, trị giá 910,49 triệu USD»).  The period's first quantity is
the row's value and its others second quantities (``Layout.measures``); the running total's first quantity is the
running row (``-LK``).  The running total's other quantities are the running totals of those second quantities:
each the running column whose words beside its period are a second quantity's words.
"""

from __future__ import annotations

import re

from service.figures.schema import fold


def running_quantities(running_words: dict[int, str], measure_words: dict[int, str]) -> dict[int, int]:
    """The running columns that are the running totals of the period's second quantities: running column index →
    the index of the period's column of the same quantity.  ``running_words``: each running column of the value's
    kind → the words its title adds to its period (``Trị giá (USD)``); ``measure_words``: each second quantity's
    column → its words.  The first running column (the running total of the row's value) is never one; a running
    column naming no second quantity is none (it stays set aside, as before)."""
    if len(running_words) < 2 or not measure_words:
        return {}
    by_words = {fold(w): k for k, w in measure_words.items() if w}
    first = min(running_words)
    return {i: by_words[fold(w)] for i, w in running_words.items()
            if i != first and w and fold(w) in by_words and fold(running_words[first]) not in by_words}


def changes_of_quantities(changes: dict[int, str], names: dict[int, str]) -> dict[int, int]:
    """The running total's comparisons that compare a second quantity's running total: a comparison over the
    quantities (``So với 4T/2019 (%)`` over ``Lượng | Trị giá``, read as ``So với 4T/2019 (%) Trị giá``) whose
    title ends with the quantity's name.  ``changes``: comparison column → title; ``names``: running column of a
    second quantity → its name without unit (``Trị giá``).  Comparison column → that running column; a comparison
    naming none stays the running total's of the value."""
    out = {}
    for c, title in changes.items():
        key = fold(title or "").rstrip(" )")
        hit = [i for i, name in names.items() if name and re.search(rf"(?:^|\s){re.escape(fold(name))}$", key)]
        if len(hit) == 1:
            out[c] = hit[0]
    return out
