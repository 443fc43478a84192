"""Pasted tables, round 13 (``evaluations/sweep/pasted-round13.md``): a paragraph that is mostly a pasted table but
holds neither the whole table nor lies inside it. BSC's Japanese pages (``new.bsc.com.vn/jp/会社/財務報告/…``) open
with ``単位: 1.000.000đ`` — a line the parse drops — then ``Q4 2023 … Q4 2024`` (a paragraph of its own), then the
rows and three label-only lines after them (``Số lượng cổ phiếu đang lưu hành`` / ``Thu nhập trên 1 cổ phiếu (EPS
cơ bản)`` …) in ONE paragraph. ``covered`` asked the table's text to lie inside that paragraph or the paragraph
inside the table: neither held, so the sentence reader read the cells again and the template made 69 rows of s13
DVN's page, 48 of them the sentence reader's (``Số Doanh thu thuần`` = 1.719). Each table now also gives the region
of its rows alone: a paragraph holding the table's text from one of its lines on, and mostly that, is the
table's (``pasted.table_tail_in``, in ``covered``). Sources: the site's pages
for DVN (s13), VGI (held-out zq Viettel Global: 67 template rows for 22 in its reference), GMD (p23) and IDP (s1) —
one site's layout, no other stored text has it. Guard: a prose paragraph quoting a table's first column (s12 Đà
Nẵng giường bệnh: ``Năm 2020, tổng số giường bệnh là 7.680 …``) stays a sentence."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("BAOCAO_DATA_DIR", tempfile.mkdtemp())

from index.parse import parse_report   # noqa: E402
from service.onboarding.pasted import covered, source_text, table_rows, table_tail_in, tables   # noqa: E402
from service.onboarding.template import from_report   # noqa: E402

_ROOT = Path(__file__).resolve().parent.parent / "evaluations"
_DVN = _ROOT / "sweep" / "pages" / "s13-toan-quoc-bsc-dvn-ket-qua-kinh-doanh-2024-q4.txt"
_VGI = _ROOT / "cases" / "heldout" / "zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3" / "source.txt"
_GMD = _ROOT / "sweep" / "pages" / "p23-bsc-gmd-kqkd-quy-2025-q3.txt"
_DA_NANG = _ROOT / "sweep" / "pages" / "s12-da-nang-giuong-benh-quan-huyen-2020.txt"


def _rows_paragraph(text: str) -> str:
    """The paragraph the parse makes of the rows and the lines after them (from the first row to the end)."""
    return text[text.index("Tổng doanh thu hoạt động kinh doanh"):]


def test_the_tables_text_from_its_first_row_on_closing_a_paragraph_is_the_tables():
    text = _DVN.read_text()
    t = tables(text)[0]
    assert table_tail_in(" ".join(_rows_paragraph(text).split()), text[t.start:t.end])
    assert not table_tail_in("Số lượng cổ phiếu đang lưu hành", text[t.start:t.end])   # not the table's end


def test_the_rows_and_the_label_lines_after_them_are_the_tables():
    for path in (_DVN, _VGI, _GMD):
        text = path.read_text()
        _, regions = table_rows(text)
        assert covered(_rows_paragraph(text), regions, text), path.name


def test_the_template_of_the_dvn_page_is_the_tables_rows_only():
    rows = from_report(parse_report(_DVN), None, source_text(_DVN)).rows
    assert len(rows) == 21
    assert not any(r.label.startswith("Số ") for r in rows)
    got = {r.label: r.value for r in rows}
    assert got["Lợi nhuận sau thuế thu nhập doanh nghiệp"] == 54613 * 10**6


def test_a_prose_paragraph_quoting_the_table_stays_a_sentence():
    text = _DA_NANG.read_text()
    _, regions = table_rows(text)
    prose = next(p for p in text.split("\n\n") if p.startswith("Năm 2020, tổng số giường bệnh"))
    assert not covered(prose, regions, text)
