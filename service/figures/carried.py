"""What a figures export carries back: the column family the loader read each row's value from (``Figure.column``).

``baocao figures show --format json`` writes a table as a figures file (``{"series", "period", "figures": [...]}``)
that loads again; the store keeps the family in ``value_column``. A row of that file may say its family under
``column`` — ``ky_bao_cao``, ``luy_ke``, ``luy_ke_den_ngay``, ``part:<period>``, ``col:<n>`` (``figures.model``) —
so that the running total of ``Lũy kế từ đầu năm`` (``2-LK``, held-out v-ninh-thuan-an-toan-giao-thong-2019-11)
comes back as the running total, not the period's own value. A ``column`` key holding anything else is a column like
any other (the loader's to read or set aside).
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.figures.model import FigureTable

#: the key a row of a JSON figures file names its column family under
COLUMN_KEY = "column"
#: a column family as the loader names it (``figures.model``)
_FAMILY = re.compile(r"ky_bao_cao|luy_ke|luy_ke_den_ngay|col:\d+|part:[\w-]+(?::col:\d+)?")


def take_families(records: list[dict]) -> dict[int, str]:
    """Each record's column family (by its 1-based place in the list, as the loader numbers JSON rows), taken out of
    the record so no column of the table is made of it; records whose ``column`` is no family keep it."""
    families = {}
    for i, rec in enumerate(records, start=1):
        value = rec.get(COLUMN_KEY)
        if isinstance(value, str) and _FAMILY.fullmatch(value.strip()):
            families[i] = value.strip()
            del rec[COLUMN_KEY]
    return families


def with_families(table: FigureTable, families: dict[int, str] | None) -> FigureTable:
    """The table with each row's family as its file said (rows the loader derived from it keep their source's)."""
    if not families:
        return table
    table.figures[:] = [replace(f, column=families.get(f.row, f.column)) for f in table.figures]
    return table
