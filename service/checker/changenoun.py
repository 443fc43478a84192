"""The noun after a change decides which row it is the change of: ``So với năm 2023, tăng 7 vụ ngộ độc, tăng 2.677
người nhập viện và giảm 7 người tử vong`` (xh-toan-quoc-cuc-an-toan-thuc-pham-tong-ket-2024); ``số vụ nổ tăng 1 vụ, số
người chết giảm 1 người`` (t19-vov-chayno-2023-04, vov.vn). Two changes of the same size on different nouns: written
``tăng 7 người tử vong``, the change is the deaths' (a row of ``người``), which fell — a wrong direction — and no
support from the cases' row (``vụ``) that rose by 7, whose unit the noun rules out.

``derive._change`` tries the rows of the change's unit near it first, then the clause's and the sentence's whatever
their unit (``38 trường hợp vi phạm … giảm 13 vụ``: a change said in another unit than its row's), then the
paragraph's and the section's. The deaths' row is only in the last groups (the sentence's rows are those its other
numbers were said of), so the cases' row, tried before, took the change. ``ruled_out_by_noun``: a row whose unit the
noun contradicts cannot prove the change while a row of the noun's own unit, in any group tried, changed by the same
size — that row decides (its direction right: derived; wrong: a wrong direction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from service.checker.match import Row, TableIndex


def ruled_out_by_noun(idx: TableIndex, noun: str | None, row: Row,
                      candidates: Callable[[], Iterable[tuple[Row, object, object]]],
                      same_size: Callable[[object], bool]) -> bool:
    """``row`` may not support a change said with ``noun``: the noun names another unit than ``row``'s, and a row of
    the noun's own unit among ``candidates()`` (``(row, this period, last year)``) changed by the same size."""
    if not noun or idx.unit_fit(noun, row) >= 0:
        return False
    return any(r is not row and cur != old and idx.unit_fit(noun, r) == 1 and same_size(abs(cur - old))
               for r, cur, old in candidates())
