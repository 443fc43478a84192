"""Whether a table row keeps an amount per unit (what each prize, each pupil, each household gets), not a total.

A row says so in its label (``Mức hỗ trợ mỗi suất``, ``Đơn giá``), in its unit (``triệu đồng/giải``,
xg-toan-quoc-lien-hiep-hoi-khkt's ``Trị giá giải nhất``: the loader keeps the unit as ``đồng`` and what it is per in
``Figure.per_unit``), or in the section it stands under (``II. Mức khen thưởng mỗi học sinh`` over ``Doanh nghiệp thưởng
giải Nhất … 5 triệu đồng``, xf-quang-nam-so-gddt). Where a table keeps such rows, an amount said per unit
(``mỗi giải trị giá 50 triệu đồng``) is checked against them rather than set aside as the rate behind a total."""

from __future__ import annotations

import re

#: the label's words of an amount per unit
LABEL_PER_UNIT = re.compile(r"(?i)mỗi|mức|hằng tháng|hàng tháng|bình quân|trung bình|đơn giá|/")
#: a section's heading says it only with ``mỗi`` or ``đơn giá`` (a heading ``Mức độ …``, ``Bình quân …`` is no list of
#: amounts per unit)
_SECTION_PER_UNIT = re.compile(r"(?i)(?<!\w)(?:mỗi|đơn\s+giá)(?!\w)")


def keeps_amount_per_unit(row) -> bool:
    """The row (``service.checker.match.Row``) keeps an amount per unit, by its label, typed unit or section."""
    fig = row.fig
    return bool(LABEL_PER_UNIT.search(fig.chi_tieu) or "/" in (row.unit or "")
                or fig.per_unit or _SECTION_PER_UNIT.search(row.muc or fig.muc or ""))


def per_what(fig) -> str:
    """What a row's amount is per, as written: ``Figure.per_unit`` (``giải`` of a ``đồng`` the loader split off),
    else the unit's words after its slash (``lớp`` of ``người/lớp``); "" for a row of no unit per."""
    unit = fig.don_vi_tinh or ""
    return fig.per_unit or (unit.split("/", 1)[1] if "/" in unit else "")
