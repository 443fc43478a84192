"""Pasted tables, round 14 (``evaluations/sweep/pasted-round14.md``), the checker's row reader: a spaced row whose
first cells are typed with single spaces and the last aligned by runs of spaces — ``Cả Nước 1,052,600 36.0
3,787,100 1,126,391 40.9 4,606,844   1,099,751   46.7   5,132,037`` (s3 atlasnn's maize page: 2005 and 2010
single-spaced, 2017 aligned). Runs of spaces split the line first, so the label kept six cells and the row had three
(round 3's Left: «the checker's rows are all wrong»). The label field's last tokens, while each is a cell with grouped
thousands or decimals, are cells (``tabletext.single_spaced_cells``); a bare whole number may be the label's. Over
every stored text (2.594) ``text_rows`` changes on that page only. A second page typing cells the same way in a
label field: atlasnn's rice page, s14 (``… 39,988,401    7,716,546 55.5    42,839,091``), already read right."""

from __future__ import annotations

from service.checker.tabletext import single_spaced_cells, text_rows
from tests.sweep_tables import page


def test_the_labels_single_spaced_cells_are_the_rows_first_cells():
    text = page("s3-atlasnn-san-xuat-ngo-2005-2017")
    row = next(r for r in text_rows(text) if r.label == "Cả Nước")
    assert [text[a:b] for a, b in row.cells] == ["1,052,600", "36.0", "3,787,100", "1,126,391", "40.9", "4,606,844",
                                                 "1,099,751", "46.7", "5,132,037"]
    hanoi = next(r for r in text_rows(text) if r.label == "Hà Nội")
    assert len(hanoi.cells) == 9


def test_the_rice_page_reads_as_before():
    text = page("s14-toan-quoc-atlasnn-san-xuat-lua-2017")
    row = next(r for r in text_rows(text) if r.label == "Cả nước")
    assert [text[a:b] for a, b in row.cells][-3:] == ["7,716,546", "55.5", "42,839,091"]


def test_what_may_be_the_labels_own_stays_the_label():
    assert single_spaced_cells("Cả Nước 1,052,600 36.0 3,787,100") == [(8, 17), (18, 22), (23, 32)]
    assert single_spaced_cells("Doanh thu quý 2 2020") == []          # bare whole numbers: the label's
    assert single_spaced_cells("Tỷ lệ 36,5") == []                   # one number: too few
    assert single_spaced_cells("1,052,600 36.0") == []               # no words before them: no label field
