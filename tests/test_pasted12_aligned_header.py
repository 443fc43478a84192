"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): a flip-book page whose header is laid over
several SPACE-ALIGNED lines, the period's column not first (``Năm 2023`` · ``Ước năm`` / ``2024`` · ``Ước năm 2024 so
với (%)`` over ``Thực hiện`` / ``năm 2023`` and ``Kế hoạch`` / ``năm 2024``). Joined into one field, the header gave
no title, so no row (s12 Điện Biên: 0 of 9). Each line's pieces now go to the columns they stand over
(``pasted.aligned_titles``): the estimate of 2024 is the period's value, 2023 its base.  Quotes: s12-dien-bien-ktxh-
dan-so-uoc-nam-2024 (thongkedienbien.gov.vn, 6 tháng 2024 p. 36) and Hòa Bình's yearbook 2022 p. 531
(thongkehoabinh.gso.gov.vn, ``Sơ bộ`` / ``2018 … 2021 Prel.`` / ``2022``, as the pages corpus has it); a row of cells
above the first row (s12 Đà Nẵng giường bệnh) is the guard."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding.pasted import aligned_titles, table_rows

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
_HOA_BINH = (
    "                                                                                 Ha\n\n"
    "                                                                               Sơ bộ\n"
    "                                         2018     2019      2020      2021      Prel.\n"
    "                                                                                2022\n\n"
    "          TỔNG SỐ - TOTAL             12.439,9   12.951,1   12.882,0   13.309,5   13.267,5\n"
    "          Thành phố Hòa Bình\n"
    "          Hoa Binh city                 974,1     912,9     885,3    886,0     923,6\n")


def test_the_estimate_in_the_second_column_is_the_periods_value():
    rows, _ = table_rows((_PAGES / "s12-dien-bien-ktxh-dan-so-uoc-nam-2024.txt").read_text())
    got = {r.label: r for r in rows}
    assert got["Dân số trung bình"].value == Decimal("656717")
    assert got["Dân số trung bình"].base == Decimal("646182")
    assert got["Nữ"].value == Decimal("323212")
    assert not any(r.value == Decimal("101.63") and ":" not in r.label for r in rows)   # a comparison, no value


def test_aligned_titles_give_each_column_the_pieces_over_it():
    text = (_PAGES / "s12-dien-bien-ktxh-dan-so-uoc-nam-2024.txt").read_text()
    first = text_rows(text)[0]
    got = aligned_titles(text, first, text.index("36. Dân số"))
    assert got[:2] == ["Năm 2023", "Ước năm 2024"]
    assert got[2].endswith("Thực hiện năm 2023") and got[3].endswith("Kế hoạch năm 2024")
    assert all(g.startswith("Ước năm 2024 so với (%)") for g in got[2:])
    first = text_rows(_HOA_BINH)[0]
    got = aligned_titles(_HOA_BINH, first, 0)
    assert got[:4] == ["2018", "2019", "2020", "2021"] and got[4].endswith("Sơ bộ Prel. 2022")


def test_a_row_of_cells_above_is_no_aligned_header():
    text = (_PAGES / "s12-da-nang-giuong-benh-quan-huyen-2020.txt").read_text()
    first = next(r for r in text_rows(text) if r.label.endswith("Quận Liên Chiểu"))
    assert aligned_titles(text, first, text.index("Số giường bệnh năm 2020 phân theo quận/huyện\n(ĐVT")) == []
