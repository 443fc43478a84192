"""Pasted tables, round 8 (``evaluations/sweep/pasted-round8.md``): a yearbook row's label split over two lines — its
Vietnamese line, then its English gloss with the cells — where the gloss opens on the share in its name (``Doanh
nghiệp 100% vốn Nhà nước`` / ``100% State capital 2,6 …``: ``tabletext._ENGLISH``), and a row whose cells are all
written as dashes on its label's line (``Công ty hợp danh - Collective name - - - - -``), which is a row of its own,
not the next label's first line (``tabletext._DASH_CELLS``). Texts quote pages of round 8's set as stored."""

from __future__ import annotations

from decimal import Decimal

from service.checker.tabletext import text_rows
from tests.sweep_tables import PAGES, page

BINH_DINH = "s8-binh-dinh-nien-giam-co-cau-doanh-thu-doanh-nghiep-2022"
QUANG_TRI = "s8-quang-tri-nien-giam-co-cau-doanh-thu-doanh-nghiep-2020"
KIEN_GIANG = "s8-kien-giang-cuc-thong-ke-co-so-giuong-benh-2011"


def labels(slug):
    text = page(slug)
    out = {}
    for r in text_rows(text):     # a label under two blocks: its first row
        out.setdefault(r.label, [text[a:b] for a, b in r.cells])
    return out


def test_a_gloss_opening_on_a_share_is_joined_to_its_vietnamese_line():
    # "Doanh nghiệp 100% vốn Nhà nước" / "100% State capital 2,6 2,5 1,7 1,9 2,5": the row was "100% State capital"
    got = labels(BINH_DINH)
    assert got["Doanh nghiệp 100% vốn Nhà nước 100% State capital"] == ["2,6", "2,5", "1,7", "1,9", "2,5"]
    assert got["DN 100% vốn nước ngoài 100% foreign capital"] == ["2,2", "4,2", "3,7", "4,7", "5,1"]
    # another yearbook, space-aligned: "DN 100% vốn Nhà nƣớc" / "100% capital State owned           4,43 …"
    got = labels(QUANG_TRI)
    assert got["DN 100% vốn Nhà nƣớc 100% capital State owned"] == ["4,43", "6,01", "5,41", "5,06", "3,76"]


def test_a_row_of_dashes_is_no_first_line_of_the_next_label():
    # "Công ty hợp danh - Collective name - - - - -" / "Công ty TNHH - Limited Co. 50,8 …": the TNHH row had been
    # labelled "Công ty hợp danh - Collective name - - - - - Công ty TNHH - Limited Co."
    got = labels(BINH_DINH)
    assert got["Công ty TNHH - Limited Co."] == ["50,8", "60,4", "60,1", "58,1", "55,6"]
    assert not any("hợp danh" in label for label in got)
    # a news page's space-aligned table: "Ngoài Nhà nước - Non-state           -             -     -  …" /
    # "  - Trạm y tế xã, phường - Medical services units        123        126 …"
    got = labels(KIEN_GIANG)
    assert got["- Trạm y tế xã, phường - Medical services units"] == ["123", "126", "126", "129", "129"]
    # one dash closing a label line says it goes on: "Công lập -" / "Public" stays one label
    got = labels("s8-quang-ngai-nien-giam-giao-vien-hoc-sinh-mam-non-2016")
    assert "Công lập - Public" in got


def test_the_template_names_the_split_rows_in_vietnamese():
    from index.parse import parse_report
    from service.onboarding.pasted import source_text
    from service.onboarding.template import from_report

    path = PAGES / f"{BINH_DINH}.txt"
    rows = {(r.label, r.value) for r in from_report(parse_report(path), None, source_text(path)).rows}
    assert any("100% vốn Nhà nước" in label and value == Decimal("2.5") for label, value in rows)
    assert any(label.startswith("Công ty TNHH") and value == Decimal("55.6") for label, value in rows)
