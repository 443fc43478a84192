"""Pasted tables, round 6 (``evaluations/sweep/pasted-round6.md``): in a web page's table one cell a paragraph, an
empty cell comes out as a line of spaces alone (``&nbsp;``), not as an empty line (the paragraphs' gap).  A line
followed by such blank cells is a row of its own — a group's title (``Phân theo giới tính - By sex`` / `` `` ×5), a
notes cell (``Không đạt`` / `` ``) — no first line of the next row's label, nor that label while the next is taken
for a unit.  Every text quotes a page of the fresh sets ``evaluations/sweep/pages/s5-*``, ``s6-*`` as stored."""

from __future__ import annotations

from tests.sweep_tables import PAGES, page

from index.parse import parse_report
from service.checker.tabletext import text_rows
from service.onboarding.pasted import source_text
from service.onboarding.template import from_report

NGHE_AN = "s6-nghe-an-nien-giam-hoc-sinh-tccn-2020"
DAN_SO = "s6-da-nang-dan-so-quan-huyen-2010"
VINH_PHUC = "s5-vinh-phuc-nien-giam-hoc-sinh-tccn-2017"
HUE = "s6-thua-thien-hue-chi-tieu-kinh-te-xa-hoi-2019"


def labels(text):
    return [r.label for r in text_rows(text)]


def test_a_group_title_over_blank_cells_is_no_first_line_of_the_next_label():
    # "Phân theo giới tính - By sex" / " " ×5 / "Nam - Male" / "3.042"; "Phân theo loại hình - …" / " " ×5 / "Công lập - Public"
    got = labels(page(NGHE_AN))
    assert got[1:4] == ["Nam - Male", "Nữ - Female", "Công lập - Public"]
    assert not any(x.startswith("Phân theo") for x in got)
    # another yearbook (Vĩnh Phúc), the same layout
    assert "Nam - Male" in labels(page(VINH_PHUC))
    # another city's page, no English: "Phân Theo Giới Tính" / " " ×4 / "Nam" / "394.585"
    got = labels(page(DAN_SO))
    assert {"Thành Thị", "Nam", "Quận Hải Châu"} <= set(got)
    assert not any(x.startswith("Phân Theo") for x in got)


def test_a_notes_cell_over_a_blank_cell_is_no_first_line_of_the_next_label():
    # "11,32%" / "Không đạt" / " " / "- Công nghiệp-Xây dựng (%)" / "8,24": the notes column's cell, then an empty one
    assert "- Công nghiệp-Xây dựng (%)" in labels(page(HUE))


def test_the_template_names_each_row_by_its_own_label_not_its_group_title():
    path = PAGES / f"{NGHE_AN}.txt"
    rows = from_report(parse_report(path), None, source_text(path)).rows
    by_value = {int(r.value): r for r in rows}
    assert by_value[4837].label == "Nam - Male"          # was "Phân theo giới tính - By sex", unit "nam - male"
    # the page's «Đơn vị tính: Học sinh - Unit: Pupil» line is every row's unit (round 10: a unit line in the header
    # is no «Đơn vị tính» column, so its unit reaches the rows; it had been "", the unit lost)
    assert by_value[4837].unit == "học sinh"
    assert by_value[415].label == "Trung ương - Central"
