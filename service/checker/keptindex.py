"""An index against last year said plainly (``bằng 84% so với cùng kỳ``, ``đạt 97,3% so với cùng kỳ năm trước``,
``và 100,1% so cùng kỳ``) of a row whose rate of change the table keeps (``<mã>-TL`` = −6: the index is 94).

With no verb of change the number is an index, not a rate of change; ``derive`` proves it from the kept rate (the rate
plus 100) when it is right, but a wrong one fell to ``unverified`` (no last year's value to compute it from) — a wrong
number let pass although the table holds the very index. The row the sentence is about (the row the number follows,
to its line's root) decides: when the table keeps that row's rate as an index less 100, the index is that value.
"""

from __future__ import annotations

import re
from decimal import Decimal

_LESS_100 = "− 100%"   # how ``derive._rate_rows`` says a kept index or rate read as ``v − 100``
#: a column the loader split off a line: ``R-3-TL``, ``R-3-2``, ``1-TL2`` → the line's code ``R-3``, ``1``
_COLUMN = re.compile(r"-(?:TL\d*|\d)'*$")


def _one_line(a, b) -> bool:
    """Two rows the loader made of one line whose own row it did not keep (its period cell blank): ``R-3-TL``
    «Tổng số lao động xuất cảnh: so với cùng kỳ» and ``R-3-2`` «Tổng số lao động xuất cảnh: tỷ lệ % so với KH …»."""
    ca, cb = _COLUMN.sub("", a.fig.ma), _COLUMN.sub("", b.fig.ma)
    la, lb = a.fig.chi_tieu.split(":")[0].strip(), b.fig.chi_tieu.split(":")[0].strip()
    return ca == cb and ca not in (a.fig.ma, b.fig.ma) and la == lb and ":" in a.fig.chi_tieu + b.fig.chi_tieu


def kept_index_of(rate_rows, root, subject_of) -> tuple[object, Decimal] | None:
    """(row, index) of the kept rate rows ``(row, x, how)`` whose subject is ``root`` (or of ``root``'s own line) and
    that keep the index less 100, all saying the same index; else None."""
    if root is None:
        return None
    hits = [(r, x) for r, x, how in rate_rows if how.endswith(_LESS_100)
            and (subject_of(r) is root or _one_line(r, root))]
    if not hits or len({x for _, x in hits}) != 1:
        return None
    r, x = hits[0]
    return r, x + 100
