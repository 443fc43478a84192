"""A number written against the page's own notation stays flagged, whatever else ties its value.

``tổng chiều dài 4.8 km`` on a page that writes ``4,8`` the Vietnamese way elsewhere, ``quý II tăng 0.39%`` between
``3,68%`` and ``2,62%``: the notation check (``check._Checker.run``, first loop) flags such a number before any row is
looked for, but later passes — a standing fact, a bracketed prior value, a sum of the parts, a fraction's derived rate,
a cumulative cell in a pasted table — give it a verdict of their own and the slip was lost. The value may well be the
table's; the way it is written is not the page's, and a reader of Vietnamese reads ``4.8`` as nothing or as 4.800.
Pages and pasted tables that write the English way throughout are not flagged in the first place
(``check.english_notation``, ``tabletext._english_cell``), so nothing here fires on them."""
from __future__ import annotations

from dataclasses import replace

from service.checker.model import NumberCheck


def slips_stand(numbers: list[NumberCheck], slips: dict[int, NumberCheck]) -> None:
    """Put back the notation flag (``slips``: the number's start → the flag first given) of every number that a
    later pass — in the checker's run or after it — gave a verdict that is no problem; the row that pass found is
    kept with the flag."""
    for k, n in enumerate(numbers):
        flag = slips.get(n.start)
        if flag is None or n.is_problem or n.end != flag.end:
            continue
        numbers[k] = replace(flag, source=flag.source or n.source)
