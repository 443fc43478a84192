"""A share of a plan past a semicolon belongs to its own clause's row (round 63).

``recognisers.share_of_plan`` gives ``đạt X%`` to the first earlier row of the sentence whose value over its plan is
X %. When two clauses of one sentence are measured against their plans by the same share, the later clause's row
has no plan yet, and the share went back past the semicolon to the earlier row (which already had its own):

=====================  ============================================================================================
``own_clause_row``     ``sản xuất 21,85 triệu tấn than nguyên khai, đạt 54% kế hoạch năm, …; tiêu thụ 22,82 triệu
                       tấn than, đạt 54% kế hoạch`` (xi-toan-quoc-tkv-than-khoang-san-2018-h1); ``tiền lương bình
                       quân 16,1 triệu đồng/người-tháng, bằng 108% kế hoạch …; trong đó sản xuất than 16,7 triệu
                       đồng/người-tháng, bằng 108% kế hoạch`` (p42-plo-tkv-6thang-2023-h1): a row of the share's own
                       clause (after the last ``;`` before it) with no plan stands between — the clause past the
                       semicolon names its own subject, and its share is that row's (``plan_from_share`` reads it)
=====================  ============================================================================================
"""

from __future__ import annotations

from service.checker.extract import Mention
from service.onboarding.model import Para, Row


def _figure_of(p: Para, row: Row) -> int | None:
    return next((k for k, r in p.rows.items() if r is row), None)


def own_clause_row(p: Para, i: int, m: Mention, row: Row) -> bool:
    """True when ``row`` stands before the last ``;`` ahead of ``m`` and a row of ``m``'s own clause, an amount
    with no plan, stands between them: the share ``m`` is not ``row``'s."""
    cut = p.text.rfind(";", 0, m.num_start)
    k_row = _figure_of(p, row)
    if cut < 0 or k_row is None or p.figures[k_row].num_end > cut:
        return False
    for k in range(i - 1, k_row, -1):
        if p.figures[k].num_start < cut:
            break
        r = p.rows.get(k)
        if r is not None and r is not row and r.plan is None and r.kind != "percent":
            return True
    return False
