"""Every real figures table (``evaluations/cases/real/*/figures.{csv,xlsx}``) validates and loads whole.

The tables were built by hand from public texts the way their agencies keep
them (STT, title rows, totals, ``Trong đó``, units as written, Vietnamese
notation); the service never saw them while it was written.  A new case folder
is picked up here without code changes.
"""

from __future__ import annotations

import pytest

from evaluations.real import real_cases
from service.checker.match import TableIndex
from service.figures.load import NONE_MARKS, load_table, map_columns, validate_file
from service.figures.read import read_raw
from service.errors import ProblemList
from service.periods import parse_period

CASES = [c for c in real_cases() if c.figures_path]


def _period(code: str | None) -> str | None:
    """The case's period when the service can read it (a kind it does not know yet is left to the table)."""
    try:
        return parse_period(code).code if code else None
    except ValueError:
        return None


def _value_rows(path, period) -> int:
    """Rows with a value in the table's own reporting-period column (a figure each, unless '-')."""
    raw = read_raw(path)
    layout = map_columns(raw, ProblemList(), period)
    [i] = [k for k, c in layout.cols.items() if c == "ky_bao_cao"]
    return sum(1 for _, cells in raw.rows
               if i < len(cells) and cells[i] not in (None, "") and str(cells[i]).strip() not in NONE_MARKS)


@pytest.mark.parametrize("case", CASES, ids=[c.slug for c in CASES])
def test_real_table_validates_and_loads_whole(case):
    period = _period(case.period_code)
    problems = validate_file(case.figures_path, period=period)
    errors = [str(p) for p in problems if p.is_error]
    assert not errors, errors
    table = load_table(case.figures_path, period=period)
    assert len(table) == _value_rows(case.figures_path, period)  # every value row a figure, none lost
    assert len(set(table.codes())) == len(table)
    if period:
        assert table.period in (None, period)
    assert all(f.don_vi_tinh == " ".join(f.don_vi_tinh.split()) for f in table)
    index = TableIndex(table)  # the checker indexes it, every unit with its kind
    assert {r.kind for r in index.rows} <= {"count", "money", "percent", "measure"}
