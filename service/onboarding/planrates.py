"""A rate of a plan the text states alone: a row of its own, as the agency's sheet keeps it.

``lũy kế 8 tháng thu 9.950,3 tỷ đồng, đạt 102% dự toán Trung ương, đạt 90% dự toán địa phương`` names no plan
amount anywhere: the agency's sheet holds the rates as columns of their own (``So dự toán Trung ương (%)``), and the
figures loader loads such a column as a row of its own (the amount's code and ``-2``, ``-3`` …) — for a budget measured
against two levels' estimates, whose report form has a column for each (a plan of other work measured against two
keeps its first in the ``Kế hoạch`` column, round 9). A plan the rate only
implies (9.950,3 / 102 %) is no figure anybody wrote: the row of the rate replaces it. A rate whose plan the text
gives (``đạt 30,9% dự toán`` … ``dự toán … là 285.000 tỷ đồng``; ``3/5 chỉ tiêu``) stays a derivation of the plan
column (``recognisers.share_of_plan``), as does a rate over a plan (``vượt 5% kế hoạch``).
"""

from __future__ import annotations

import re

from service.onboarding.model import Row

#: The derivations ``recognisers.plan_from_share`` and ``_another_plan`` write for a rate of a plan.
_SHARE_OF_PLAN = ("tỷ lệ thực hiện so với kế hoạch", "tỷ lệ thực hiện so với kế hoạch khác")
#: The budget's estimate (``dự toán Trung ương``, ``dự toán HĐND tỉnh giao``): the state budget's report form keeps a
#: column ``So sánh (%)`` for each level's estimate; a plan of other work (``kế hoạch tỉnh giao``, ``kế hoạch HĐND
#: huyện giao``: tpl-chupuh-ktxh-2024-h1, round 9) keeps its first in the ``Kế hoạch`` column, the second a note.
_ESTIMATE = re.compile(r"(?i)dự\s+toán(?!\w)")
#: A label's longest: the rate's words are added to its amount's label within it (``labels`` keeps 18).
_MOST_WORDS = 18


def rate_label(row: Row, of: str) -> str:
    """``Tổng thu ngân sách nhà nước (từ đầu năm): tỷ lệ so với dự toán Trung ương`` — its amount's label and the
    plan as the text names it (``kế hoạch`` when it names none), within the label's length."""
    tail = f": tỷ lệ so với {of or 'kế hoạch'}"
    room = _MOST_WORDS - len(tail.split()) + 1   # the colon goes with the label's last word
    label = row.label
    if len(label.split()) > room:   # a bracket's words go whole first ("(từ đầu năm)"), never cut inside
        label = re.sub(r"\s*\([^()]*\)", "", label)
    return " ".join(label.split()[:max(room, 1)]) + tail


def rate_rows(rows: list[Row]) -> None:
    """Each rate of a plan the text states alone becomes a row right after its amount's (in place in ``rows``)."""
    out: list[Row] = []
    for r in rows:
        out.append(r)
        if not r.plan_implied:
            continue
        rates = [d for d in r.derived if d.how in _SHARE_OF_PLAN and d.value is not None]
        if [d.how for d in rates][:2] != list(_SHARE_OF_PLAN) or not all(_ESTIMATE.match(d.of) for d in rates):
            continue   # one plan goes in the ``Kế hoạch`` column: the budget's form has a column for each estimate
        for d in rates:
            out.append(Row(value=d.value, unit="%", kind="percent", label=rate_label(r, d.of), section=r.section,
                           path=r.path, quote=d.quote, organisation=r.organisation, sentence=r.sentence, when=r.when,
                           month=r.month, rate_of=r))
            r.derived.remove(d)
        if rates:
            r.plan, r.plan_implied = None, False
    rows[:] = out
