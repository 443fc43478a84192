"""Pasted tables, round 7 (``evaluations/sweep/pasted-round7.md``): a table one cell a line keeps an EMPTY CELL as a
line of its own — a bar with no open cell to close, a line of spaces alone, or an empty line where the row's other
cells stand on adjacent lines — and the cells after it keep their columns (``TextRow.places``). Every text quotes a
page as stored: the held-out Văn Chấn case, round 6's company statements (``evaluations/sweep/pages/s6-*.txt``)."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, held, heldout, page

from service.checker.tabletext import slotted_cells, text_rows

VAN_CHAN = "zy-yen-bai-van-chan-chi-tieu-kinh-te-xa-hoi-2003-2006"   # empty cells as empty lines
VEF = "s6-toan-quoc-bsc-vef-ket-qua-kinh-doanh-quy"                  # cells split by lines "|"
SONG_BA_HA = "s6-phu-yen-thuy-dien-song-ba-ha-ket-qua-kinh-doanh-2024-q3"   # each cell closed by " |"
LONG_AN = "s6-long-an-sach-thiet-bi-truong-hoc-ket-qua-kinh-doanh-2023-q3"
TCCN = "s5-vinh-phuc-nien-giam-hoc-sinh-tccn-2017"                   # one cell a paragraph


def places_of(text):
    return {r.label: ([text[a:b] for a, b in r.cells], r.places) for r in text_rows(text)}


def test_empty_lines_amid_cells_one_a_line_are_empty_cells():
    # "- Nguyên liệu giấy" / "Tấn" / "" / "" / "200" / "300": 2003 and 2004 blank, 200 is 2005's, 300 is 2006's (the
    # unit "Tấn" in the ĐVT column is the row's unit, no part of its label: round 11's unit_column)
    rows = places_of(heldout(VAN_CHAN))
    assert rows["- Nguyên liệu giấy"] == (["200", "300"], [2, 3])
    # "Số trường đạt chuẩn quốc gia" / "Trường" / "1" / "" / "3" / "3": 2004 blank
    assert next(v for k, v in rows.items() if v[0] == ["1", "3", "3"])[1] == [0, 2, 3]
    # a row of every cell ("- Tre luồng" / "''" / "600" / "650" / "700" / "750" / "" / ""): no empty cell, the empty
    # lines after its last cell are the page's gap
    assert rows["- Tre luồng"] == (["600", "650", "700", "750"], None)


def test_a_bar_with_no_open_cell_to_close_is_an_empty_cell():
    # "Chi phí tài chính" / "|" / "|" / "|" / "11,254" / "|" / "8,146" …: the label's bar, then two empty cells
    rows = places_of(page(VEF))
    assert rows["Chi phí tài chính"] == (["11,254", "8,146", "35,967"], [2, 3, 4])
    assert rows["Thu nhập khác"] == (["66", "11", "46,600", "4,480"], [0, 2, 3, 4])
    assert rows["Doanh thu thuần"][1] is None          # every cell there: the cells fill the first places
    # another page, each cell's line closed by its bar: "13. Chi phí khác |" / "298,506,655 |" / "|" / "17,660,000 |"
    assert places_of(page(SONG_BA_HA))["13. Chi phí khác"] == (["298,506,655", "17,660,000"], [0, 2])
    assert places_of(page(LONG_AN))["7. Chi phí tài chính"][1] == [0, 2, 3]


def test_the_gaps_of_a_table_one_cell_a_paragraph_are_no_empty_cells():
    # "Ngoài công lập - Non-public" / "" / "12" / "" / "20" / "" / "20" / "" / "8" / "" / "-": every cell a paragraph
    rows = places_of(page(TCCN))
    assert all(p is None for _, p in rows.values())


def test_a_sheet_row_keeps_its_empty_cells_in_place():
    text = heldout(VAN_CHAN)
    row = next(r for r in text_rows(text) if r.label == "- Nguyên liệu giấy")
    assert slotted_cells(text, row, 4) == ["", "", "200", "300"]


def test_a_cell_after_an_empty_one_is_checked_in_its_own_column(tmp_path):
    # the case's own table: Nguyên liệu giấy 2005 = 200, 2006 = 300; Số trường đạt chuẩn quốc gia 2003 = 1. Read as
    # the first places, «300» was 2004's and «1» … no flag now
    text = heldout(VAN_CHAN)
    numbers = checks(text, held(tmp_path, VAN_CHAN, "2003-2006"), "2003-2006")
    at = text.index("- Nguyên liệu giấy")
    assert check_at(numbers, text[at:], "300", shift=at).verdict not in ("unsupported", "stale")
    at = text.index("Số trường đạt chuẩn quốc gia")
    assert check_at(numbers, text[at:], "1\n", shift=at).verdict not in ("unsupported", "stale")
