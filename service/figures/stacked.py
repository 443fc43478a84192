"""Two biểu on one sheet, the month's above the quarter's.

A centre's monthly and quarterly results are often pasted into one sheet, each with its title line and header
(``Biểu 1. KẾT QUẢ … THÁNG 9/2021`` over ``STT | Chỉ tiêu | ĐVT | Tháng 9/2021``, then ``Biểu 2. KẾT QUẢ … QUÝ
III/2021`` over ``… | Quý III/2021``).  Chosen as the quarter, the sheet is the quarter's: the biểu whose title or
header names the chosen period is the table, and a biểu of a shorter period inside it (its last month) holds that
part's figures, each a row of its own «<chỉ tiêu> (tháng 9 năm 2021)», coded ``<mã>-2021-09`` as any part of the
period is.  Main read the first biểu's title for the whole sheet's period and refused it («tệp là số liệu tháng 9
năm 2021 (2021-09) nhưng kỳ được chọn là 2021-Q3»: vinhphuc 2021's one-stop procedures, round 27's f02)."""

from __future__ import annotations

from dataclasses import replace

from service.figures.read import RawTable
from service.figures.schema import read_title, title_period
from service.periods import parse_period

#: the key of ``RawTable.meta`` naming the period a stacked biểu is a part of the chosen one
PART_OF_PERIOD = "part_of_period"


def _stated(table: RawTable):
    """The period a biểu states: its title lines', else its one column titled by a period."""
    said = title_period(table.titles) if table.titles else None
    if said is not None:
        return said
    named = [p for h in table.header if h and (p := read_title(h).period) is not None]
    return named[0] if len(named) == 1 else None


def _inside(part, whole) -> bool:
    """``part`` is a shorter period inside ``whole`` (September in the third quarter)."""
    if part is None or whole is None or part.code == whole.code or "term" in (part.kind, whole.kind):
        return False
    if part.year != whole.year:
        return False
    (a, b), (c, d) = part.months, whole.months
    return c <= a and b <= d and (b - a) < (d - c)


def the_periods_biểu_first(raw: RawTable, period_code: str | None) -> RawTable | None:
    """The sheet re-ordered so that the biểu of the chosen period is the table and the biểu above it, of a part of
    that period, is a part (``meta[PART_OF_PERIOD]``); None when the sheet is not so (one biểu, or the first is the
    chosen period's, or no biểu names it)."""
    if not raw.parts or not period_code:
        return None
    try:
        chosen = parse_period(period_code)
    except ValueError:
        return None
    first = _stated(raw)
    if not _inside(first, chosen):
        return None
    own = [k for k, part in enumerate(raw.parts) if (p := _stated(part)) is not None and p.code == chosen.code]
    if len(own) != 1:
        return None
    main = raw.parts[own[0]]
    # the notice that a second biểu starts at the chosen one's header (codes «B2.») is said again, otherwise, by load
    kept = [w for w in raw.warnings if w.row != main.header_row]
    above = replace(raw, parts=[], warnings=kept, meta={**raw.meta, PART_OF_PERIOD: first.code})
    others = [p for k, p in enumerate(raw.parts) if k != own[0]]
    return replace(main, parts=[above, *others], meta={**raw.meta, **main.meta})


#: how check_table opens its refusal of a sheet of another period than the one chosen
ANOTHER_PERIOD = "tệp là số liệu "


def another_periods_biểu(problems) -> bool:
    """A second biểu of a sheet refused only because it is of another period than the one chosen (the quarter's under
    the month's, the sheet chosen as the month): that biểu is set aside, said, never the sheet refused for it."""
    errors = [p for p in problems if p.is_error]
    return bool(errors) and all(p.message.startswith(ANOTHER_PERIOD) for p in errors)
