"""Caught round 5 (helper caught5, issue 13): a fraction's whole the table keeps as a row is a figure, checked
(evaluations/sweep/caught-round5.md).

``toàn tỉnh có 155/216 trường tiểu học đạt chuẩn quốc gia`` (yc-thua-thien-hue-so-gddt-…, ``Số trường tiểu học toàn
tỉnh`` = 216 over ``Số trường tiểu học đạt chuẩn quốc gia`` = 155) and ``Số hộ cận nghèo là 8.668/80.276 hộ``
(d5-giamngheo-backan-…, ``Tổng số hộ trên địa bàn`` = 80.276): the denominator had been read as a standing whole
(``X/Y``: the set's size, no figure of the period) even where the clerk's sheet keeps it, so ``155/226`` passed. The
whole's row is the part's words without what picks the part out (``check.whole_row``).
"""

from __future__ import annotations

from tests.sweep_tables import checks, fresh, held, heldout, nfc, page

from service.checker.check import whole_row
from service.checker.match import TableIndex

SCHOOLS = "yc-thua-thien-hue-so-gddt-bac-tieu-hoc-nam-hoc-2016-2017"
POOR = "d5-giamngheo-backan-hongheo-2019"


def at(text, table, period, needle, offset):
    pos = text.index(needle) + offset
    return next(n for n in checks(text, table, period) if n.start == pos)


def test_the_whole_row_is_the_parts_words_without_what_picks_it_out(tmp_path):
    idx = TableIndex.of(fresh(tmp_path, POOR, "2019"))
    by = {r.fig.chi_tieu: r for r in idx.rows}
    # "Tổng số hộ trên địa bàn" is the whole of both; "Số hộ nghèo" is no whole of "Số hộ cận nghèo" (the most general)
    assert whole_row(idx, by["Số hộ nghèo"]).fig.chi_tieu == "Tổng số hộ trên địa bàn"
    assert whole_row(idx, by["Số hộ cận nghèo"]).fig.chi_tieu == "Tổng số hộ trên địa bàn"
    assert whole_row(idx, by["Huyện Pác Nặm"]) is None          # a unit's rate has no kept whole
    idx = TableIndex.of(held(tmp_path, SCHOOLS, "2016-2017"))
    by = {r.fig.chi_tieu: r for r in idx.rows}
    assert whole_row(idx, by["Số trường tiểu học đạt chuẩn quốc gia"]).fig.chi_tieu == "Số trường tiểu học toàn tỉnh"
    assert whole_row(idx, by["Số lớp"]) is None


def test_a_wrong_whole_of_a_fraction_is_caught_where_the_table_keeps_it(tmp_path):
    for case, table, period, right, wrong, off in (
            (SCHOOLS, held(tmp_path, SCHOOLS, "2016-2017"), "2016-2017", "155/216 trường", "155/226 trường", 4),
            (POOR, fresh(tmp_path, POOR, "2019"), "2019", "8.668/80.276 hộ", "8.668/80.176 hộ", 6)):
        text = nfc(heldout(case) if case == SCHOOLS else page(case))
        assert right in text, case
        got = at(text, table, period, right, off)
        assert got.verdict == "supported", (case, got.verdict, got.derivation)
        got = at(text.replace(right, wrong), table, period, wrong, off)
        assert got.verdict == "unsupported", (case, got.verdict, got.derivation)
        assert got.reason.startswith("Mẫu số của phân số là") and got.expected == right[off:].split()[0], got.reason
