"""Round 82 of the figures template (issue #14): the unseen `wb-`/`wc-` batches.

- ``indexperiods``: in a sentence of an index's change, a bare rate in brackets after a period's name (``cao hơn mức
  tăng của quý II (2,09%) và thấp hơn quý I (8,65%)``) is that index's change in that period (its label says so).
- the scorer (``template_accuracy._score``): a hand's table titled in index notation (``(Cùng kỳ năm trước = 100)``)
  keeps indices; the template's change states each (the index less 100), as for rows named ``chỉ số``.
- ``counteddocs``: a count the extraction took for a document's number (``thi hành kỷ luật 62 đảng viên``, ``đã kết
  luận 30 tổ chức Đảng``) is a count when the noun of what it counts follows.
- ``tallied.share_list_unit``: a headed list of kinds each with a bare count and its share (``Hình thức kỷ luật đảng
  viên: khiển trách 28 (chiếm 45%), cảnh cáo 21 (34%), …``): each count a row of the head's count noun.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from service.onboarding.template import build_template
from tests.template_rows import has, row, template_of

HELD = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def held(slug: str):
    return build_template(HELD / slug / "source.txt")


# ------------------------------------------------------------------ an index's other periods; the scorer's index table

def test_an_index_s_other_periods_in_brackets_nam_dinh():
    tpl = held("wb-nam-dinh-cuc-thong-ke-chi-so-san-xuat-cong-nghiep-2020-9t")
    assert row(tpl, "8.65").label == "Tốc độ tăng chỉ số sản xuất công nghiệp, IIP (quý I)"
    assert row(tpl, "2.09").label == "Tốc độ tăng chỉ số sản xuất công nghiệp, IIP (quý II)"
    assert row(tpl, "7.32").label.startswith("Tốc độ tăng chỉ số sản xuất công nghiệp")   # its own change: as it was


def test_an_index_s_other_period_in_another_source(tmp_path):
    tpl = template_of(tmp_path, "Sản xuất công nghiệp 6 tháng\n\nTính chung 6 tháng đầu năm 2019, chỉ số sản xuất công "
                                "nghiệp (IIP) tăng 9,5% so với cùng kỳ năm trước, cao hơn mức tăng của quý I (8,2%). "
                                "Sản lượng điện tăng 4,1%.")
    assert row(tpl, "8.2").label == "Tốc độ tăng chỉ số sản xuất công nghiệp, IIP (quý I)"
    assert row(tpl, "4.1").label == "Tốc độ tăng sản lượng điện"


@pytest.mark.parametrize("text, value", [
    # no index named: a rate, as it was
    ("Doanh thu quý III tăng 12% so với cùng kỳ, cao hơn quý II (8%).", "8"),
    # a stock index is levelled in points
    ("Chỉ số VN-Index tăng 2,1% so với tháng trước, đạt 1.661 điểm, cao hơn tháng 8 (1,5%).", "1.5"),
])
def test_no_index_s_other_period(tmp_path, text, value):
    tpl = template_of(tmp_path, text)
    assert not any(r.value == Decimal(value) and "(tháng" in r.label or "(quý" in r.label for r in tpl.rows)


def test_the_scorer_reads_a_table_titled_in_index_notation_nam_dinh():
    """The hand keeps the IIP (105,87) in a table titled ``(Cùng kỳ năm trước = 100)``, the page its change (``tăng
    5,87%``): one figure in two notations — as a row under a parent named ``chỉ số`` already was (round 51)."""
    from evaluations.template_accuracy import run_source

    case = HELD / "wb-nam-dinh-cuc-thong-ke-chi-so-san-xuat-cong-nghiep-2020-9t"
    res = run_source(case.name, case / "source.txt", case / "figures.csv", True)
    assert res.matched == res.ref_rows == 19 and not res.missed


def test_a_title_with_no_base_of_100_makes_no_index(tmp_path):
    from evaluations.template_accuracy import _title_lines
    from service.figures.change import index_on_a_base

    f = tmp_path / "figures.csv"
    f.write_text("SỞ CÔNG THƯƠNG,,\nKẾT QUẢ SẢN XUẤT 6 THÁNG,,\nMã,Chỉ tiêu,Giá trị\n1,Điện,100\n", encoding="utf-8")
    assert _title_lines(f) == "SỞ CÔNG THƯƠNG KẾT QUẢ SẢN XUẤT 6 THÁNG" and not index_on_a_base(_title_lines(f))
    f.write_text("CỤC THỐNG KÊ;;\nCHỈ SỐ GIÁ, CHỈ SỐ GIÁ VÀNG (Năm trước = 100);;\nMã;Nhóm;Tháng 8\n", encoding="utf-8")
    assert index_on_a_base(_title_lines(f))


# ------------------------------------------------------------------ a count taken for a document's number

def test_a_count_after_ky_luat_is_a_count_vinh_long():
    tpl = held("wc-vinh-long-ubkt-tinh-uy-ky-luat-dang-vien-2018-h1")
    assert has(tpl, "62", "đảng viên")
    assert Decimal("18") in [d.value for d in row(tpl, "62").derived]   # "giảm 18 đảng viên so cùng kỳ": its change
    assert not any(r.value == Decimal("18") for r in tpl.rows)


def test_a_count_after_ket_luan_is_a_count_ha_noi():
    tpl = held("wc-ha-noi-ubkt-thanh-uy-kiem-tra-ky-luat-2018-h1")
    assert has(tpl, "30") and has(tpl, "107", "đảng viên")


@pytest.mark.parametrize("text, value", [
    ("Thực hiện Quyết định 290 ngày 5/3/2020 của UBND tỉnh, xã đã vận động 120 hộ tham gia.", "290"),
    ("Theo Điều 5 của Luật Đất đai, xã đã cấp 45 giấy chứng nhận.", "5"),
])
def test_a_document_s_number_stays_no_row(tmp_path, text, value):
    tpl = template_of(tmp_path, text)
    assert not has(tpl, value)


# ------------------------------------------------------------------ a headed list of kinds with their shares

def test_kinds_with_bare_counts_and_shares_vinh_long():
    tpl = held("wc-vinh-long-ubkt-tinh-uy-ky-luat-dang-vien-2018-h1")
    for v in ("28", "21", "1", "12"):
        assert has(tpl, v, "đảng viên"), v
    # the head names acts (vi phạm), no count noun: times they occurred, never the kind's first words
    for v in ("15", "14", "8", "5"):
        assert has(tpl, v, "lượt"), v
    assert not any(r.unit == "phẩm chất" for r in tpl.rows)


def test_kinds_with_shares_in_another_source(tmp_path):
    tpl = template_of(tmp_path, "Kết quả xếp loại hội viên: xuất sắc 120 (chiếm 30%), khá 200 (50%), trung bình 80 "
                                "(20%).")
    for v in ("120", "200", "80"):
        assert has(tpl, v, "hội viên"), v


def test_a_list_of_two_is_no_headed_list(tmp_path):
    tpl = template_of(tmp_path, "Hình thức kỷ luật đảng viên: khiển trách 28 (chiếm 45%), cảnh cáo 21 (34%).")
    assert not has(tpl, "28", "đảng viên")
