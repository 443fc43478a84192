"""Pasted tables, round 13 (``evaluations/sweep/pasted-round13.md``): a barred row opening on its serial in a roman
numeral (``I | Khu vực thành thị | 6,39 | 10.618 | 3,13 | 5.196 | 3,26 | 5.422 | |``, s13 Bình Định's poor and
near-poor households by district, skhdt.binhdinh.gov.vn) — the group row over districts numbered ``1 | Thành phố Quy
Nhơn | …``. A number in that first field was dropped as the row's STT; a roman numeral was not, so the row had two
fields before its cells and was not read at all, and the districts under it had no group (the two blocks,
``I`` urban and ``II`` rural, repeat the same eleven districts). ``tabletext.roman_serial`` drops it as the STT it is
(Vietnamese tables number their groups ``I``, ``II``, ``III``: Bạc Liêu's budget table, s2, ``II | Thu ngân sách địa
phương - Local Budget Revenue | 1,402,585 | |``). Guards: the header's column letters ``A | B | 1 | 2 | … | 6``
stay no row; a spaced (unbarred) line keeps its ``I`` (``I Tổng số phòng``: no bar, no STT field)."""

from __future__ import annotations

from pathlib import Path

from service.checker.tabletext import roman_serial, text_rows

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
_BINH_DINH = _PAGES / "s13-binh-dinh-ho-ngheo-can-ngheo-huyen-2022.txt"
_BAC_LIEU = _PAGES / "s2-bac-lieu-can-doi-du-toan-ngan-sach-2007.txt"


def test_the_roman_numbered_group_rows_are_read_and_group_their_districts():
    text = _BINH_DINH.read_text()
    rows = text_rows(text)
    labels = [r.label for r in rows]
    assert "Khu vực thành thị" in labels and "Khu vực nông thôn" in labels
    urban = rows[labels.index("Khu vực thành thị")]
    assert [text[a:b] for a, b in urban.cells] == ["6,39", "10.618", "3,13", "5.196", "3,26", "5.422"]
    groups = {(r.label, r.group.label if r.group else "") for r in rows}
    assert ("Thành phố Quy Nhơn", "Khu vực thành thị") in groups
    assert ("Thành phố Quy Nhơn", "Khu vực nông thôn") in groups


def test_the_column_letters_row_stays_no_row():
    text = _BINH_DINH.read_text()
    assert not any(r.label in ("A", "B") or text[r.label_start:r.label_start + 5].startswith("A | B") for r in
                   text_rows(text))


def test_a_roman_numeral_is_a_serial_field():
    lines = [x for x in _BAC_LIEU.read_text().split("\n") if x.startswith(("I |", "II |", "III |"))]
    assert lines and all(roman_serial(x.split("|")[0]) for x in lines)
    assert not roman_serial("Khu vực thành thị") and not roman_serial("A") and not roman_serial("B")
