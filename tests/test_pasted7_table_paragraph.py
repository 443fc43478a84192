"""Pasted tables, round 7 (``evaluations/sweep/pasted-round7.md``): a paragraph that is mostly a pasted table — a
page laid one cell a line, or a school's ``công khai`` form typed with single spaces, keeps its title and its table
in one paragraph — is the table's: the template's sentence reader leaves it (``pasted.covered``), so the table's
cells are no sentence figures. Texts quote the pages as stored (``evaluations/sweep/pages/``, the held-out cases)."""

from __future__ import annotations

from decimal import Decimal

from tests.sweep_tables import HELDOUT, PAGES

from index.parse import parse_report
from service.onboarding.pasted import source_text
from service.onboarding.template import from_report

KEHOACHVIET = "s7-toan-quoc-kehoachviet-dan-so-bac-trung-bo-duyen-hai-mien-trung"   # one cell a line, no empty line
HANAM = "s4-hanam-mn-dao-ly-cong-khai-co-so-vat-chat-2018"   # a one-value form under its title, single spaces
KIEN_GIANG = "zs-kien-giang-so-du-lich-khach-du-lich-2020-01"   # sentences, then a table in the same paragraph


def template(path):
    return from_report(parse_report(path), None, source_text(path)).rows


def test_the_cells_of_a_table_sharing_its_paragraph_with_the_title_are_no_sentence_rows():
    # "Bảng thống kê dân số tỉnh Bắc Trung bộ … |" / "STT |" / … / "3 |" / "Tày |" / "14,429 |" / "6,972 |" …: read as
    # sentences, each cell was a row ("Số Tày bảng thống kê dân số tỉnh Bắc Trung" 14,429; "Số tiền … Bắc Trung bộ"
    # 7241440 đồng); the table's header (kinds, no period) gives no column, so the template has no row of it
    rows = template(PAGES / f"{KEHOACHVIET}.txt")
    assert not any("bảng thống kê" in r.label or r.unit == "đồng" for r in rows)
    assert not any(r.value in (Decimal("14.429"), Decimal("7241440")) for r in rows)


def test_a_one_value_form_under_its_title_is_read_as_the_table_only():
    # "STT Nội dung Số lượng Bình quân" / "I Tổng số phòng 13 Số m2/trẻ em" / "3 Phòng học tạm 0" …, the school's title
    # in the same paragraph: the table's rows stay, the sentence reader's junk of its lines goes
    rows = {(r.label, r.value) for r in template(PAGES / f"{HANAM}.txt")}
    assert ("Phòng học kiên cố", Decimal(13)) in rows and ("Tổng diện tích sân chơi", Decimal(1000)) in rows
    assert not any(label.startswith(("Số tiền", "Diện tích V", "Số Phòng học tạm")) for label, _ in rows)


def test_a_paragraph_of_sentences_with_a_table_keeps_its_sentences():
    # "… Doanh thu trực tiếp từ các doanh nghiệp du lịch đạt 1.0001,6 tỷ đồng, tăng 35,4% so cùng kỳ." then the table:
    # the table is not most of the paragraph, the sentence's rate stays a row
    rows = template(HELDOUT / KIEN_GIANG / "source.txt")
    assert any(r.value == Decimal("35.4") and r.unit == "%" for r in rows)
    assert any(r.label == "Số phòng" and r.value == 23389 for r in rows)
