"""Pasted tables, round 9 (``evaluations/sweep/pasted-round9.md``): more of a transposed table's rows read —
a year's row with cells for none (``2017   11,11   …   …``: ``tabletext._year_row_with_none_cells``; the blocks of
one column a yearbook fills for the total only), a preliminary year written with an en dash (``Sơ bộ – Prel. 2022``,
``pasted._YEAR_TITLE``), the table's numbered title laid between its header and its first row (``22. Tỷ suất chết
…``, ``pasted._numbered_title_above``), and a header's English gloss on the line of its sub-titles (``Total`` under
``Tổng số``, beside ``Thành thị - Urban``) no column."""

from __future__ import annotations

from decimal import Decimal

from service.checker.tabletext import text_rows
from service.onboarding import pasted
from tests.sweep_tables import page

HOA_BINH = "s9-hoa-binh-nien-giam-ty-le-tang-dan-so-2021"


def rows(slug):
    text = page(slug)
    return [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]


def test_a_years_row_with_cells_for_none_is_read():
    # "Tỷ lệ tăng tự nhiên" / "Natural increase rate" / "      2017      11,11      …      …": had been no row
    got = rows(HOA_BINH)
    assert ("2017", ["11,11", "…", "…"]) in got
    assert ("2018", ["-4,05", "…", "…"]) in got           # the net migration block, a negative rate
    assert ("2019", ["-26,80", "-21,90", "-31,70"]) in got
    assert len([label for label, _ in got if label == "2017"]) == 3      # one in each of the three blocks
    # a line of years is still a header, no row: "2019 2020 2021 2022 2023" (s9 Nam Định)
    assert not any(label in ("2019", "Sơ bộ") for label, _ in rows("s9-nam-dinh-nien-giam-ty-so-gioi-tinh-2023"))


def test_the_blocks_of_a_total_only_table_are_named_in_vietnamese():
    # "Tổng số   Chia ra - Of which" / "Total   Thành thị - Urban   Nông thôn - Rural" / "Tỷ lệ tăng dân số chung" /
    # "Increase rate of population" / "2017 …": the columns Tổng số, Thành thị, Nông thôn under each block's name
    table = pasted.tables(page(HOA_BINH))[0]
    names = [label for label, _, _ in table.columns]
    assert names[:3] == ["Tổng số - Tỷ lệ tăng dân số chung", "Thành thị - Tỷ lệ tăng dân số chung",
                         "Nông thôn - Tỷ lệ tăng dân số chung"]
    assert "Tổng số - Tỷ suất di cư thuần" in names


def template(slug):
    return {r.label: (r.value, r.unit) for r in pasted.table_rows(page(slug))[0]}


def test_a_preliminary_year_with_an_en_dash_is_a_years_row():
    # thongke.khcndongnai.gov.vn: "Sơ bộ – Prel. 2022 16,35 6,27 10,07" closes the rows; the page states no unit
    got = template("s9-dong-nai-ty-suat-sinh-chet-tang-tu-nhien-2022")
    assert got["Tỷ suất sinh thô"][0] == Decimal("16.35")
    assert got["Tỷ lệ tăng tự nhiên (năm 2010)"][0] == Decimal("12.30")


def test_the_numbered_title_between_header_and_rows():
    # 113.161.26.104 NGTK2018 p. 66: "Tổng số" / "Total" / "Nam - Male" / "Nữ - Female" /
    # "22. Tỷ suất chết của trẻ em dưới một tuổi phân theo giới tính" / "2010   38,1   43,1   32,7" …
    got = template("s9-khong-ro-nien-giam-ty-suat-chet-tre-duoi-1-tuoi-2018")
    assert got["Tổng số"][0] == Decimal("36.6")
    assert got["Nữ"][0] == Decimal("32.6")
    assert got["Nữ (năm 2010)"][0] == Decimal("32.7")
