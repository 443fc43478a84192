"""Pasted tables, round 6 (``evaluations/sweep/pasted-round6.md``): a city statistics office's yearbook sheet pasted
as text (danang.gov.vn: ``  2018 2019 2020 2021 Sơ bộ 2022`` over rows ``Số vụ án đã khởi tố (vụ)   902   942 …``).
The header's years on ONE line with the preliminary mark glued to the last are the header, not lines of the first
row's label; a row whose unit counts in whole numbers over cells with decimals is a rate per so many (``… trên
100.000 dân (người)   0,78``): its unit is the numerator's, and the row keeps none rather than the loader refusing
the whole table.  Texts: the held-out case ``yb-da-nang-cuc-thong-ke-hoat-dong-tu-phap-2018-2022`` and the sweep
page ``t7-danang-yte-2021``, as stored."""

from __future__ import annotations

from decimal import Decimal

from tests.sweep_tables import HELDOUT, PAGES, heldout, page

from service.checker.tabletext import text_rows
from service.onboarding.pasted import _label_start, table_rows

TU_PHAP = "yb-da-nang-cuc-thong-ke-hoat-dong-tu-phap-2018-2022"
Y_TE = "t7-danang-yte-2021"


def test_a_line_of_years_with_the_preliminary_mark_glued_to_the_last_is_the_header():
    for text in (heldout(TU_PHAP), page(Y_TE)):
        first = text_rows(text)[0]
        assert _label_start(text, first, False) == first.label_start    # the row's label starts on its own line


def test_the_yearbook_sheet_makes_a_row_for_each_of_its_indicators():
    rows, _ = table_rows(heldout(TU_PHAP))
    current = {r.label: r.value for r in rows if "(năm " not in r.label}
    assert current["Số vụ án đã khởi tố"] == Decimal(1115)         # "… (vụ)  902  942  979  900  1.115"
    assert current["Số người phạm tội đã bị kết án"] == Decimal(1699)
    past = {r.label: r.value for r in rows}
    assert past["Số vụ án đã khởi tố (năm 2018)"] == Decimal(902)
    assert len(rows) == 50      # 10 rows × 2018 … 2022 (2021, the year before the last, a row too: round 50's yearseries)
    assert past["Số vụ án đã khởi tố (năm 2021)"] == Decimal(900)


def test_a_rate_per_so_many_people_keeps_no_count_unit_and_the_table_loads():
    rows, _ = table_rows(page(Y_TE))
    by_label = {r.label: r for r in rows}
    assert by_label["Giường bệnh tính bình quân 1 vạn dân số"].value == Decimal("93.02")
    rate = by_label["Số người chết do HIV/AIDS trên 100.000 dân"]
    assert rate.value == Decimal("0.75") and rate.unit == ""
    # the same unit over whole cells stays the row's unit: "Số ca mắc các bệnh dịch … 20.915" has none written,
    # the tư pháp sheet's "(người)" over 1.856 stays "người"
    tp = {r.label: r for r in table_rows(heldout(TU_PHAP))[0]}
    assert tp["Số bị can đã khởi tố"].unit == "người"
