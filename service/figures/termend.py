"""A column of results to the end of a term's last year: ``Kết quả đến tháng 12/2020``, ``Đến hết năm 2020``,
``Lũy kế đến cuối năm 2020`` in a report of the term ``2010 - 2020``.

A term's report counts what was done from its start to the end of its last year; the column says where the count
runs to, the title rows say where it starts (Hội CCB Bến Tre's «KẾT QUẢ 10 NĂM … (2010 - 2020)» over «Kết quả đến
tháng 12/2020 | Năm 2006»).  Main read the column as the year 2020 only, no period the term has, and, with the
earlier year beside it, refused the sheet «thiếu cột 'Kỳ báo cáo'».  A count to any other month, or to a year that
is not the term's last, is not the term's.
"""

from __future__ import annotations

import re

from service.figures.schema import fold
from service.periods import Period

#: ``đến tháng 12/2020``, ``đến hết tháng 12 năm 2020``, ``đến hết năm 2020``, ``đến cuối năm 2020`` (folded).
_TO_YEAR_END = re.compile(r"\bden (?:het |cuoi )?(?:thang 12\s*(?:/|-|nam)\s*|nam )((?:19|20)\d{2})\b")


def to_the_terms_end(title: str, target: Period | None) -> bool:
    """The column title counts to the end of the term ``target``'s last year."""
    m = _TO_YEAR_END.search(fold(str(title or "")))
    return bool(m) and target is not None and target.kind == "term" and int(m.group(1)) == target.year + target.index
