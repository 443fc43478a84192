"""A number written against the page's own notation: its flag, and the flag standing whatever else ties its value.

``1.7 ngàn``, ``4.5 triệu`` on a page that writes ``10,3 ngàn`` the Vietnamese way; ``tổng chiều dài 4.8 km`` beside
``4,8``; ``quý II tăng 0.39%`` between ``3,68%`` and ``2,62%``: the notation check (``check._Checker.run``, first loop)
flags such a number before any row is looked for. The flag is the number's verdict: later passes — a row listing the
kinds (``listednoun``, q-cam-my-nhcsxh, zw-toan-quoc-hoi-chu-thap-do-tet-nhan-ai; round 75), a standing fact, a
bracketed prior value, a sum of the parts, a fraction's derived rate, a cumulative cell in a pasted table (round 78) —
must leave it: the value may well be the table's, the way it is written is not the page's, and a reader of Vietnamese
reads ``4.8`` as nothing or as 4.800. Pages and pasted tables that write the English way throughout are not flagged in
the first place (``check.english_notation``, ``tabletext._english_cell``), so nothing here fires on them."""
from __future__ import annotations

from dataclasses import replace

from service.checker.model import NumberCheck

#: what the flag says, after the number as written
NOTATION_SLIP = ("không viết theo cách ghi số tiếng Việt (dấu chấm phân cách hàng nghìn, "
                 "dấu phẩy phân cách phần thập phân)")


def notation_reason(raw: str) -> str:
    """The flag's message for a number written ``raw``."""
    return f"«{raw.strip()}» {NOTATION_SLIP}"


def notation_slip(n) -> bool:
    """``n`` (a NumberCheck) carries the notation flag."""
    return n.verdict == "unsupported" and (n.reason or "").endswith(NOTATION_SLIP)


def slips_stand(numbers: list[NumberCheck], slips: dict[int, NumberCheck]) -> None:
    """Put back the notation flag (``slips``: the number's start → the flag first given) of every number that a
    later pass — in the checker's run or after it — gave a verdict that is no problem; the row that pass found is
    kept with the flag."""
    for k, n in enumerate(numbers):
        flag = slips.get(n.start)
        if flag is None or n.is_problem or n.end != flag.end:
            continue
        numbers[k] = replace(flag, source=flag.source or n.source)
