"""The money of the things just counted: ``trao tặng 1.498 suất quà cho phụ nữ nghèo, trẻ em khuyết tật…với tổng số
tiền 649 triệu đồng`` (held-out yt-nghe-an, a ward women's union: 649 is the running total's ``Trị giá quà trao
tặng``, the row beside ``Suất quà trao tặng``'s 1.498), ``trao 50 suất quà, trị giá 25 triệu đồng``, ``hỗ trợ 20 hộ
với tổng kinh phí 200 triệu đồng``: a value said after a count as ``(với) (tổng) số tiền / trị giá / kinh phí / giá
trị`` is the value of what was counted — the row whose label shares the counted row's words, of the same column
family as it (the running total's rows with the running total's) — not of another row the sentence's other words
name (``quyên góp được … số tiền``)."""

from __future__ import annotations

import re

from service.checker.clauses import CLAUSE_END_OR_COLON
from service.checker.match import Row
from service.figures.load import RUNNING_CODE, TO_DATE_CODE
from service.figures.model import PERIOD_COLUMN, RUNNING_COLUMN, TO_DATE_COLUMN, other_column

#: the words that make the next number the value of what was just counted
_VALUE_OF = re.compile(r"(?i)(?<!\w)(?:với\s+)?(?:tổng\s+)?(?:số\s+tiền|trị\s+giá|kinh\s+phí|giá\s+trị)"
                       r"(?:\s+(?:là|lên\s+(?:tới|đến)))?(?:\s+(?:khoảng|hơn|gần|trên|xấp\s+xỉ))?\s*$")
_REACH = 120


#: a code's tail → the loader's column family, for rows built without the loader (``6-LK``: the running total's)
_TAIL_FAMILY = {"": PERIOD_COLUMN, RUNNING_CODE[1:]: RUNNING_COLUMN, TO_DATE_CODE[1:]: TO_DATE_COLUMN}


def _family(row: Row) -> str:
    """The column family of a row: the one the loader set (:attr:`Figure.column`: the period's own, the running
    total's, a part's); for a row built without it, read from its code's tail (``6-LKDN``: a total to date; ``6``: the
    period's own; ``6-2``: the row's second value column; another tail is a family of its own)."""
    if row.fig.column:
        return row.fig.column
    tail = row.fig.ma.partition("-")[2]
    return _TAIL_FAMILY.get(tail) or (other_column(int(tail)) if tail.isdigit() else tail)


def value_of_the_count_before(text: str, mentions: list, rows: list, i: int, chosen: Row, best: Row) -> bool:
    """The number at ``i`` (whose value is ``chosen``'s) follows a count, in its clause, with words that make it the
    value of the things counted, and ``chosen``'s label shares more words with the counted row's than ``best``'s does,
    in the same column family (see the module)."""
    m = mentions[i]
    k = next((j for j in range(i - 1, -1, -1) if rows[j] is not None), None)
    if k is None:
        return False
    counted, gap = rows[k], text[mentions[k].end:m.num_start]
    if counted is chosen or len(gap) > _REACH or CLAUSE_END_OR_COLON.search(gap) or not _VALUE_OF.search(gap):
        return False
    if _family(counted) != _family(chosen):
        return False
    return len(counted.tokens & chosen.tokens) > len(counted.tokens & best.tokens)
