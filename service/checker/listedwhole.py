"""A rate of change said after the parts of a whole, listed: the whole's rate.

    … nơi đây phục vụ 767 chuyến bay. Trong đó, 371 chuyến bay trong nước và 396 chuyến bay quốc tế, tăng 46% so với
    cùng kỳ Tết năm 2025. Tổng hành khách đạt 260.473 lượt, trong đó có 116.830 khách trong nước, 143.643 khách quốc
    tế - tăng 37% so với cùng kỳ Tết năm trước.
        (xo-an-giang-cang-hkqt-phu-quoc-tet-binh-ngo-2026-02: the sheet keeps «Tăng so với cùng kỳ Tết 2025 (%)» 46 of
        the flights' total, 37 of the passengers' total — none of the parts')

The numbers just before the rate add up to a row the text has not said there (371 + 396 = 767): they are that whole's
parts, listed, and a rate after the list is the whole's — the row whose kept rate (``<mã>-TL``) checks it.  Only when
the last part's own row keeps no rate of its own (a part with its own rate is said with it), only with two parts or
more, all of one kind, their sum the whole's value exactly as the table keeps it.
"""

from __future__ import annotations

from decimal import Decimal

from service.figures.model import kept_rate_of
from service.numbers import format_vn

#: Mention kinds a part of a whole is said as (a count of flights, a quantity of tonnes, an amount of money).
_PART_KINDS = frozenset({"count", "measure", "money"})
#: How many numbers back a list of parts may reach.
_MOST_PARTS = 5


def _rated(rows) -> set[str]:
    """Codes of the rows a kept rate row is the rate of."""
    return {b for r in rows if (b := kept_rate_of(r.fig.ma)) is not None}


def listed_parts_whole(mentions, rows_of, sentence_of, idx, i: int):
    """The row whose parts the numbers just before mention ``i`` (a rate of change) list, when it keeps a rate of its
    own; None otherwise.  ``rows_of[j]``: the row the checker gave mention j (or None); ``sentence_of(j)``: its
    sentence's index."""
    rated = _rated(idx.rows)
    sentence = sentence_of(i)
    said = []
    for j in range(i - 1, max(-1, i - 1 - _MOST_PARTS), -1):
        m = mentions[j]
        if sentence_of(j) != sentence or m.kind not in _PART_KINDS or m.value is None:
            break
        said.append(j)
    if len(said) < 2:
        return None
    last = rows_of[said[0]]
    if last is not None and last.fig.ma in rated:
        return None   # the part just said keeps its own rate: the rate is the part's
    kinds = {mentions[j].kind for j in said}
    if len(kinds) != 1:
        return None
    for n in range(2, len(said) + 1):
        parts = said[:n]
        total = sum((mentions[j].value for j in parts), Decimal(0))
        named = {id(rows_of[j]) for j in parts if rows_of[j] is not None}
        wholes = [r for r in idx.rows if r.fig.ma in rated and id(r) not in named
                  and r.values.get("ky_bao_cao") is not None and r.values["ky_bao_cao"] == total]
        if len(wholes) == 1:
            return wholes[0]
    return None


def turned_direction(code: str, label: str, x: Decimal, fell: bool, said: str, raw: str, how: str = "") -> str:
    """The reason for a rate whose direction the text turned (``giảm 46%`` where the kept rate is +46): the table's
    direction and size (and how the kept row gives it, ``103,4% − 100%``), then the text's."""
    word = "giảm" if fell else "tăng"
    size = format_vn(abs(x), 2)
    worked = f"{how} = {format_vn(x, 2)}%: " if how and not how.startswith(format_vn(x)) else ""
    return f"{code} ({label[:70]}): {worked}{word} {size}%, không phải «{said} {raw}»"


def turned_rate(rate, m, falls, supports):
    """(row, value, how) of the one rate row the words fit (``rate``: (row, change, how) of the rows the rate's words name)
    whose size the number says but whose direction it turns — no row giving it with its own direction (those were
    taken before); None otherwise.  ``falls(row, x)``: the kept value says a fall; ``supports``: ``value_supports``."""
    said_fall = m.comparison == "giảm"
    turned = [(r, x, how) for r, x, how in rate if falls(r, x) != said_fall
              and supports(abs(x), m.value, decimals=m.decimals, qualifier=m.qualifier, truncate=True)]
    return turned[0] if len(turned) == 1 else None
