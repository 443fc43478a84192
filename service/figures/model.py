"""Figures of one period: rows of the agency's table, values as Decimals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal


#: The words after the colon of a row the loader keeps as an index against the same period (the same period = 100, a
#: statistics office's ``So với cùng kỳ (%)`` 99,8): «<chỉ tiêu>: so với cùng kỳ».
INDEX_WORDS = "so với cùng kỳ"


def is_index_row(label: str) -> bool:
    """The label is an index row's (``Tổng sản lượng thủy sản: so với cùng kỳ``): a comparison, not an amount."""
    return (label or "").rstrip().endswith(": " + INDEX_WORDS)


def kept_rate_of(code: str) -> str | None:
    """The code of the row whose rate of change a row the loader kept is (``3-TL`` → ``3``, ``3-LK-TL`` → ``3-LK``,
    ``3-TL2``, primed when taken): that rate itself, where last year's value could not be had from it; None for any
    other row."""
    base = _KEPT_RATE_CODE.sub("", code or "")
    return base if base != (code or "") else None


_KEPT_RATE_CODE = re.compile(r"-TL\d*'*$")

#: The column families of the loader's rows (:attr:`Figure.column`): the period's own value, the running total since
#: the year began (``Lũy kế từ đầu năm``: ``3-LK``), a total to a date since the work began (``Lũy kế đến 30/6/2018``:
#: ``3-LKDN``); a part of the period (``Năm 2016`` in a term's report: ``1-2016``) is ``part:<its period's code>``, a
#: row's other value columns (``Tổng số | Chia ra: Đường bộ | …``: ``1-2``) ``col:<n>``.
PERIOD_COLUMN, RUNNING_COLUMN, TO_DATE_COLUMN = "ky_bao_cao", "luy_ke", "luy_ke_den_ngay"


def part_column(period_code: str, n: int | None = None) -> str:
    """The column family of a part of the period's rows (``2016`` → ``part:2016``); of its second quantity ``n``
    (``năng suất (năm 2005)``: ``<mã>-<n>-2005``), ``part:2005:col:<n>``."""
    return f"part:{period_code}" + (f":{other_column(n)}" if n is not None else "")


def other_column(n: int) -> str:
    """The column family of the rows the loader reads from a row's other value columns, numbered as their codes are
    (``<mã>-<n>``: a second quantity, a place, a part of the value, a matrix's cell): ``col:<n>``."""
    return f"col:{n}"


@dataclass(frozen=True)
class Figure:
    """One indicator row (columns of ``shared/corpus/README.md``)."""

    ma: str
    chi_tieu: str
    don_vi_tinh: str
    ky_bao_cao: Decimal
    cung_ky: Decimal | None = None
    ke_hoach: Decimal | None = None
    don_vi: str = ""
    muc: str = ""
    ghi_chu: str = ""
    row: int | None = None  # row in the source file as a spreadsheet numbers it (JSON: index in the list), for messages
    ky_truoc: Decimal | None = None  # the previous edition's value (``Kỳ trước``: last quarter, last month)
    #: the column family the loader read the row's value from (PERIOD_COLUMN, RUNNING_COLUMN, TO_DATE_COLUMN,
    #: part_column(...), other_column(...)); a row derived from another (its rate, its second unit) keeps its
    #: source's; "" for a row built without the loader (the checker then reads the code's tail). Not part of a row's
    #: identity.
    column: str = field(default="", compare=False)
    #: what a money row's amount is per, from its unit as typed (``triệu đồng/giải`` -> ``giải``; the unit itself is
    #: kept as ``đồng``); "" for a total. Not part of a row's identity.
    per_unit: str = field(default="", compare=False)
    #: the row is an earlier edition's value of the table's own period (``Tháng 9/2020`` in a sheet of 2020-11, ``Quý
    #: I/2025`` in one of 2025-Q3: ``figures.earlieredition``), kept as a row of its own (family ``part:<its period>``);
    #: rows derived from it keep the mark. Not part of a row's identity.
    edition: bool = field(default=False, compare=False)


@dataclass
class FigureTable:
    """All figures of one series and period, addressable by code."""

    figures: list[Figure]
    source: str = ""
    series: str | None = None
    period: str | None = None  # normalised, e.g. "2024-H1"
    version: int | None = None  # upload version when read from the store
    warnings: list = field(default_factory=list)  # Problems (severity "warning") found when it was loaded
    standing: list = field(default_factory=list)  # the agency's standing facts kept with it (checker StandingFact)

    def __post_init__(self) -> None:
        self._by_code = {f.ma: f for f in self.figures}

    def __iter__(self):
        return iter(self.figures)

    def __len__(self) -> int:
        return len(self.figures)

    def get(self, code: str) -> Figure | None:
        return self._by_code.get(code)

    def codes(self) -> list[str]:
        return [f.ma for f in self.figures]
