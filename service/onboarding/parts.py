"""Parts named in brackets right after their total: whose part a row is.

A damage report counts each kind once and lists its places in brackets (``6.126 nhà bị tốc mái (Lào Cai 12, Phú Thọ
13, …, Nghệ An 5.658, …)``, ``diện tích lúa bị ngập là 36.077ha (Lào Cai 41,5ha, Yên Bái 464ha, …)``, ``Tổng thiệt
hại … là 27,87 tỷ đồng (Trà Vinh 1,51 tỷ đồng, Kiên Giang 2,74 tỷ đồng, …)``).  Each part is a row (a province's
line of the sheet), but its own words are the place alone: ``Số nhà Trà Vinh`` under the houses destroyed and again
under the roofs torn off.  A part's label is its total's, then the part's name — ``Số nhà bị tốc mái: Trà Vinh`` — as
the figures loader names a row's parts (``<row>: <part>``).

The part's name is the words between the bracket (or the comma, semicolon before it) and the number: one to five
words, opening on a capital (a place, a body: ``Hà Giang``, ``TP Hồ Chí Minh``, ``Bộ Quốc phòng``), no number in
them; the total is the figure right before the bracket, outside it, in the same clause (``6 tàu bị chìm, hỏng (Cà
Mau 2, …``: its noun phrase may stand between), a row of the same kind.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding.model import Para

MAX_NAME_WORDS = 5
MAX_GAP_WORDS = 6   # "6 tàu bị chìm, hỏng (": the total's own noun phrase between its number and the bracket
_NAME_ENDS = re.compile(r"[\s:]+$")
_GAP_BREAK = re.compile(r"[.;:()!?]")


def open_bracket(text: str, lo: int, hi: int) -> int | None:
    """The position of the bracket opened between ``lo`` and ``hi`` and still open at ``hi``, or None."""
    depth, at = 0, None
    for k in range(hi - 1, lo - 1, -1):
        ch = text[k]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                at = k
                break
            depth -= 1
    return at


def part_name(text: str, bracket: int, start: int) -> str | None:
    """The words naming a part: after the bracket or the last comma/semicolon in it, up to the number."""
    piece = text[bracket + 1:start]
    cut = max(piece.rfind(","), piece.rfind(";"))
    name = _NAME_ENDS.sub("", piece[cut + 1:]).strip()
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return None
    return name


def part_label(p: Para, i: int, m: Mention, kind: str) -> str | None:
    """``<total's label>: <part's name>`` for a figure named as a part in brackets after its total, else None."""
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    s = p.sentence_of(m)
    bracket = open_bracket(p.text, s, start)
    if bracket is None:
        return None
    name = part_name(p.text, bracket, start)
    if name is None:
        return None
    k = next((j for j in range(i - 1, -1, -1) if p.figures[j].end <= bracket), None)
    if k is None or p.figures[k].num_start < s:
        return None
    gap = p.text[p.figures[k].end:bracket]
    if _GAP_BREAK.search(gap) or len(gap.split()) > MAX_GAP_WORDS:
        return None
    total = p.rows.get(k)
    if total is None or total.kind != kind or not total.label:
        return None
    return f"{total.label}: {name}"
