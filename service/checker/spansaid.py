"""Numbers their sentence dates to a day inside the period or to a stretch of last year, where the table keeps neither
(round 103, issue 13).

    Chỉ riêng từ 7h sáng 28/1 đến 7h sáng 29/1 có hơn 350 người nhập viện do đánh nhau, 92 người được chuyển viện, 2 ca
    tử vong. … 6 ngày Tết năm ngoái cả nước có hơn 3.400 ca nhập viện do đánh nhau, 10 người tử vong.
                                        (wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2017-01: a table of the 3 days of Tết)

The words before the numbers say whose they are (``recognisers.stretchsaid``): one day's hours set apart with
``riêng``, last year's six days. They were flagged as wrong values of the period's rows (``Nhập viện điều trị`` = 990);
they are another span's figures, which the table does not hold: no figure of the report, said so.

Negatives, where a wrong value must still be caught: a number tied to a row (``source``) or given any verdict but
``unsupported``; a day set apart where the table keeps a day's row (a label naming a date, ``Lượt phương tiện ngày cao
nhất (28 Tết, 2/2/2019)``) or where another figure of the same sentence is a row's (``Tính riêng ngày 30 Tết, ga Hà Nội
đã đón 1.476 khách lên tàu, trả tại ga 1170 khách``: a table of that day); last year's stretch where the table keeps
last year's values (``Cùng kỳ``: a wrong one is caught against its cell).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start
from service.checker.recognisers.stretchsaid import last_years_stretch_before, part_said_before

_KINDS = ("count", "money", "measure", "ratio", "percent")
#: a row's label naming a day: ``(28 Tết, 2/2/2019)``, ``ngày 30 Tết``, ``mùng 4 Tết``
_DAY_ROW = re.compile(r"(?i)\d{1,2}/\d{1,2}|(?<!\w)(?:ngày|mùng|mồng)\s+\d|\d\s+Tết")


def spans_said_before(text: str, numbers: list, idx) -> None:
    """Set aside, in place, each unsupported number its sentence dates to a day of the period or last year's stretch."""
    keeps_last_year = any(r.values.get("cung_ky") is not None for r in idx.rows)
    keeps_days = any(_DAY_ROW.search(r.fig.chi_tieu or "") for r in idx.rows)
    for n in numbers:
        if n.verdict != "unsupported" or n.source is not None or n.kind not in _KINDS:
            continue
        if not keeps_days and (part := part_said_before(text, n.start)) is not None \
                and not _a_row_in_its_sentence(text, numbers, n):
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "other-period", None, None
            n.derivation = (f"số liệu riêng của một ngày, một khoảng giờ trong kỳ («{part.strip()}»), "
                            f"không phải số liệu của cả kỳ báo cáo")
        elif not keeps_last_year and (stretch := last_years_stretch_before(text, n.start)) is not None:
            n.verdict, n.kind, n.reason, n.expected = "not_a_figure", "other-period", None, None
            n.derivation = f"số liệu của năm trước («{stretch.strip()}»), không phải số liệu của kỳ báo cáo"


def _a_row_in_its_sentence(text: str, numbers: list, n) -> bool:
    """Another figure of ``n``'s sentence is tied to a row: the table keeps that sentence's span."""
    s = sentence_start(text, n.start, 300) or 0
    end = re.compile(r"[.!?\n](?:\s|$)").search(text, n.end)
    stop = end.start() if end else len(text)
    return any(m is not n and s <= m.start < stop and m.source is not None
               and m.verdict in ("supported", "derived") for m in numbers)
