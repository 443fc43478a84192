"""Pasted tables, round 12 (``evaluations/sweep/pasted-round12.md``): blocks headed by a lettered line (``A. Khối mầm
non``, its cells blank), each repeating the same list items (``- Số trường`` / ``- Số giáo viên`` / ``- Số học
sinh``). The recurrence rule of ``tabletext.sub_row_groups`` took the item above for the group of an item that recurs
more (``- Số phòng học`` the group of ``- Số giáo viên``), and the template's labels lacked their block (five rows
«Số giáo viên», one «Số phòng học - Số giáo viên»). Two items of one list are siblings, no group
(``tabletext._bullet``); a list item under a lettered heading is that block's (``pasted.lettered_heading``: ``Khối mầm
non - Số giáo viên``).  Quotes: s12-thua-thien-hue-chi-so-giao-duc-nam-hoc-2011-2016 (thuathienhue.gov.vn) and
t15-thcscuanam-thongtin-2011-2016 (``- Khối lớp7`` had been the group of ``- Khối lớp 8``); s8 Kiên Giang's
``- Phòng khám khu vực`` under ``I. Cơ sở phòng và chữa bệnh`` (another bullet above it) is the guard."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding.pasted import lettered_heading, table_rows

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
_HUE = _PAGES / "s12-thua-thien-hue-chi-so-giao-duc-nam-hoc-2011-2016.txt"


def _groups(path):
    return [(r.label, r.group.label if r.group else None) for r in text_rows(path.read_text())]


def test_items_of_one_list_are_no_group_of_each_other():
    got = _groups(_HUE)
    assert ("- Số giáo viên", None) in got
    assert not any(g == "- Số phòng học" for _, g in got)
    got = _groups(_PAGES / "t15-thcscuanam-thongtin-2011-2016.txt")
    assert not any(label == "- Khối lớp 8" and g == "- Khối lớp7" for label, g in got)
    got = _groups(_PAGES / "s8-kien-giang-cuc-thong-ke-co-so-giuong-benh-2011.txt")
    assert any(label.startswith("- Phòng khám khu vực") and g and g.startswith("I. Cơ sở phòng và chữa bệnh")
               for label, g in got)


def test_a_blocks_items_carry_its_heading():
    rows, _ = table_rows(_HUE.read_text())
    got = {r.label: r.value for r in rows if "(năm" not in r.label}
    assert got["Khối mầm non - Số giáo viên"] == Decimal("3853")
    assert got["Khối phổ thông - Số giáo viên"] == Decimal("11991")
    assert got["Khối Đại học - Số sinh viên"] == Decimal("72938")
    assert not any(k.startswith("Số phòng học - ") for k in got)


def test_lettered_heading_is_a_serial_and_words_alone():
    assert lettered_heading("\n\nC. Khối trung cấp chuyên nghiệp (*)\n\n \n\n") == "Khối trung cấp chuyên nghiệp"
    assert lettered_heading("\n\nII. Xã hội\n\n") == "Xã hội"
    assert lettered_heading("\n\n1. Dân số trung bình\n\n") == ""         # a numbered row, no block
    assert lettered_heading("\n\nA. Năm 2020 đạt 95%\n\n") == ""          # a number: no heading


def test_a_numbered_row_under_the_heading_ends_its_block():
    """zs-thua-thien-hue-cuc-thong-ke-luu-tru-lu-hanh-2024-05: ``I. Dịch vụ lưu trú`` / ``1. Tổng lượt khách phục
    vụ`` / ``1.1. Lượt khách ngủ qua đêm`` / ``- Khách quốc tế``: the items are the numbered row's, not the
    heading's."""
    case = _PAGES.parent.parent / "cases" / "heldout" / "zs-thua-thien-hue-cuc-thong-ke-luu-tru-lu-hanh-2024-05"
    rows, _ = table_rows((case / "source.txt").read_text())
    assert not any(r.label.startswith("Dịch vụ lưu trú - ") for r in rows)
    assert any(r.label.endswith("Khách trong nước") for r in rows)
