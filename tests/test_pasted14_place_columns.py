"""Pasted tables, round 14 (``evaluations/sweep/pasted-round14.md``): a table whose COLUMNS are places and rows
indicators, the unit in each row's label — ``Ðơn vị hành chính cấp huyện Thành phố`` / ``Cao Lãnh`` / ``Thành
phố`` / ``Sa Đéc`` / … / ``Huyện`` / ``Tháp Mười`` over ``Diện tích (km²) 107 59,11 …`` (khudancu's Đồng Tháp
page, s14; its Quảng Ninh page the same, with a footnote mark closing the labels: ``Diện tích (km²)[36]``). Nothing
named the columns, so the template made no row (Đồng Tháp 0 of 36) or the sentence reader's rows of the cells
(Quảng Ninh: ``Số phường ðơn vị hành chính cấp huyện Thành phố`` = 21). A Vietnamese place's name opens on its
level word (``Thành phố``, ``Thị xã``, ``Huyện``, ``Quận``): the lines above the first row split before each
(``pasted.place_columns``); each cell is a row of one value (``Diện tích - Thành phố Cao Lãnh``, km²); a row of
founding years is no figure (``_years_only``); the rows of words after the table are its own (``rest_of_block``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding.pasted import place_columns, rest_of_block, table_rows, tables, without_footnote_mark

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
_DONG_THAP = _PAGES / "s14-dong-thap-don-vi-hanh-chinh-cap-huyen-2019.txt"
_QUANG_NINH = _PAGES / "s14-quang-ninh-don-vi-hanh-chinh-cap-huyen-2019.txt"


def test_the_lines_above_the_first_row_split_before_each_level_word():
    text = _DONG_THAP.read_text()
    first = text_rows(text)[0]
    names, start = place_columns(text, first, 12)
    assert names[:4] == ["Thành phố Cao Lãnh", "Thành phố Sa Đéc", "Thị xã Hồng Ngự", "Huyện Cao Lãnh"]
    assert names[-1] == "Huyện Tháp Mười"
    assert text[start:].startswith("Ðơn vị hành chính cấp huyện Thành phố")   # the label column's title: no name
    assert place_columns(text, first, 11) is None


def test_each_cell_of_the_dong_thap_table_is_its_districts_row_in_the_rows_unit():
    rows, _ = table_rows(_DONG_THAP.read_text())
    got = {r.label: (r.value, r.unit) for r in rows}
    assert got["Diện tích - Thành phố Cao Lãnh"] == (Decimal("107"), "km²")
    assert got["Dân số 2019 - Huyện Tháp Mười"] == (Decimal("131791"), "người")
    assert got["Mật độ dân số - Thị xã Hồng Ngự"] == (Decimal("831"), "người/km²")
    assert not any(r.value == 2007 for r in rows)          # ``Năm thành lập 2007 2013 …``: when founded, no figure
    assert len(rows) == 36


def test_the_quang_ninh_page_of_the_same_layout_reads_alike_its_footnote_marks_aside():
    rows, _ = table_rows(_QUANG_NINH.read_text())
    got = {r.label: (r.value, r.unit) for r in rows}
    assert got["Diện tích - Thành phố Hạ Long"] == (Decimal("1119.12"), "km²")
    assert got["Mật độ dân số - Huyện Ba Chẽ"] == (Decimal("35"), "người/km²")
    assert got["Dân số - Huyện Cô Tô"][1] == "nghìn người"
    assert len(rows) == 39


def test_the_lines_of_words_after_the_table_are_its_own_region():
    text = _QUANG_NINH.read_text()
    (t,) = tables(text)
    assert text[:t.end].rstrip().endswith("Nguồn: Nhiều nguồn khác nhau")
    assert rest_of_block("Tổng 1 2\nLoại đô thị I II\n\nCâu sau.", 8) == len("Tổng 1 2\nLoại đô thị I II")
    assert rest_of_block("Tổng 1 2\nĐây là một câu.\n", 8) == 8


def test_a_footnote_mark_closing_a_label_is_no_part_of_it():
    assert without_footnote_mark("Diện tích (km²)[36]") == "Diện tích (km²)"
    assert without_footnote_mark("Dân số (nghìn người) [36]") == "Dân số (nghìn người)"
    # the same mark in a second source's prose: vinanet's forecast page, c18 (``Quỹ Tiền tệ quốc tế (IMF)[3]``)
    assert without_footnote_mark("Quỹ Tiền tệ quốc tế (IMF)[3]") == "Quỹ Tiền tệ quốc tế (IMF)"
    assert without_footnote_mark("Chỉ số [2019]") == "Chỉ số [2019]"     # four digits: a year, no mark


def test_a_header_of_no_place_names_is_no_such_table():
    text = "Chỉ tiêu\nNăm 2020\nNăm 2021\nDiện tích (ha) 10 12\nSản lượng (tấn) 5 6\nDân số (người) 7 8\n"
    first = text_rows(text)[0]
    assert place_columns(text, first, 2) is None
