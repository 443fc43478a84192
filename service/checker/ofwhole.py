"""A part said ``trong tổng số``/``trên tổng số`` its whole: the whole is never smaller than the part.

    … giành 62 giải trong tổng số 156 giải thưởng được trao trong kỳ thi này.
                                      (yz-khanh-hoa-so-gddt-thi-hoc-sinh-gioi-thpt-bang-a-2010-2011)
    … 45 tỉnh thành đã rà soát, hợp nhất 16.321 trong tổng số 86.282 thôn, tổ dân phố không đạt chuẩn …
                                      (zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021)
    Đến nay, đã có 1.178 sinh viên phản hồi trên tổng số 1.443 sinh viên tốt nghiệp được khảo sát …
                                      (zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017)

Notation: ``X <the part's words> trong|trên tổng số Y`` — the part's count, a few words (no other number, no clause
end), then the whole. ``62 giải trong tổng số 3 giải`` passes the table (3 is the first prizes' row) but says a whole
smaller than its part: the whole is miswritten. Flagged in place when the part is a figure the table backs (or
derives) and the whole was taken as one; a part already flagged is left to its own reason. Counts only, one unit:
``652 thanh niên trên tổng số 1.661 lệnh`` counts call-ups for the youths, still a whole of them.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.model import NumberCheck

#: Between the part and its whole: a few words, no number, no clause end, then ``trong|trên tổng số``.
_OF_WHOLE = re.compile(r"(?i)^[^\d.;:!?\n()]{0,60}?(?<!\w)(?:trong|trên)\s+tổng\s+số(?:\s+[^\W\d_]+){0,3}?\s*$")


def wholes_under_parts(text: str, mentions: list[Mention], results: list[NumberCheck | None]) -> None:
    """Flag, in place, each whole said after ``trong tổng số`` that is smaller than the part said before it."""
    for k in range(1, len(mentions)):
        part, whole = mentions[k - 1], mentions[k]
        rp, rw = results[k - 1], results[k]
        if rp is None or rw is None or part.kind != "count" or whole.kind != "count" \
                or part.value is None or whole.value is None or whole.value >= part.value:
            continue
        if rp.verdict not in ("supported", "derived") or rw.verdict not in ("supported", "derived"):
            continue
        if not _OF_WHOLE.match(text[part.end:whole.qualifier_start or whole.num_start]):
            continue
        rw.verdict, rw.source, rw.derivation, rw.expected = "unsupported", None, None, None
        rw.reason = (f"«{whole.raw.strip()}» được nói là tổng số mà «{part.raw.strip()}» là một phần (… trong tổng số …), "
                     f"nhưng lại nhỏ hơn phần đó: tổng số này viết sai")
