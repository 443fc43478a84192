"""Pasted tables, round 8 (``evaluations/sweep/pasted-round8.md``): a row of averages under a table's count unit
(``ĐVT: Học sinh`` over ``Số học sinh bình quân một giáo viên``) whose whole values are written without their zeros
(``22,93`` / ``18`` / ``16,75``) keeps no unit in the template's sheet — most of its cells have one or two decimals
(``pasted._rate_of_a_count``); as ``Học sinh`` it made the loader refuse the whole pasted table («16,39» không phải
là số nguyên), and the template had 2 of the page's 64 rows. A count row with one rate cell keeps its unit."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.pasted import _rate_of_a_count
from tests.sweep_tables import HELDOUT

QUANG_NGAI = "yf-quang-ngai-cuc-thong-ke-hoc-sinh-binh-quan-giao-vien-lop-2010-2016"


def test_a_row_of_averages_with_a_whole_cell_is_no_count():
    # held-out yf Quảng Ngãi, under "ĐVT: Học sinh -" / "Unit: Pupil": "Công lập -" / "Public" / "22,93" / "18" /
    # "16,75" / "17,16" / "16,39"
    assert _rate_of_a_count("Học sinh", ["22,93", "18", "16,75", "17,16", "16,39"])
    # s8 Quảng Ngãi 2016: "Số học sinh bình quân một lớp học (Học sinh)" / … / "25,4" / "26" / "22,2" / "25,2" / "28,23"
    assert _rate_of_a_count("Học sinh", ["25,4", "26", "22,2", "25,2", "28,23"])


def test_a_count_row_with_a_rate_cell_keeps_its_unit():
    # held-out Kiên Giang: "Khách quốc tế (lượt) | 713.291 | 750.000 | 82.848 | 105,6 |": counts and one rate
    assert not _rate_of_a_count("lượt", ["713.291", "750.000", "82.848", "105,6"])
    assert not _rate_of_a_count("Học sinh", ["1.827", "2.419", "3.078", "2.852", "3.135"])


def test_the_template_makes_the_yearbook_s_rows():
    from service.onboarding.template import build_template

    rows = build_template(HELDOUT / QUANG_NGAI / "source.txt").rows
    assert len(rows) >= 60
    assert any(r.value == Decimal("16.39") and "Công lập" in r.label and r.label.startswith("Trung học phổ thông")
               for r in rows)
