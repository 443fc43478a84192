"""Round 67 (template): a multiple of last period's value (``gấp N lần``, ``tăng 2,4 lần lên``) said where no row
stands before it in its sentence is a derivation of the row it speaks of, not a row of ``lần`` (multiples.py).
Real text from two sources; real negatives: a multiple of a new thing, a headline multiple with no row."""

from pathlib import Path

from tests.sweep_tables import template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "evaluations/cases/heldout"
PAGES = ROOT / "evaluations/sweep/pages"
STEEL = CASES / "xk-toan-quoc-doanh-nghiep-thep-ket-qua-kinh-doanh-2021-q1/source.txt"
HOA_PHAT = PAGES / "t67-vietnamnet-hoa-phat-loi-nhuan-2024-q3.txt"
HONG_SON = next(CASES.glob("zv-nghe-an*hong-son*")) / "source.txt"


def _row(rows, value):
    return next((r for r in rows if float(r.value) == value), None)


def _multiples(row):
    return {float(d.value) for d in row.derived if d.value is not None and "lần" in d.how}


def test_steel_multiple_ahead_of_its_level():
    # "mức lãi sau thuế tăng gấp 41 lần so với quý I/2020, đạt 15,5 tỷ đồng"
    rows = _rows(STEEL)
    assert not any(r.unit == "lần" and float(r.value) == 41 for r in rows)
    assert 41 in _multiples(_row(rows, 15.5e9))


def test_steel_multiple_back_to_the_row_it_names():
    # "lợi nhuận sau thuế hơn 120 tỷ đồng. … ghi nhận mức lợi nhuận sau thuế gấp hơn 30 lần so với cùng kỳ 2020";
    # "… báo lãi sau thuế hơn 44 tỷ quý đầu năm. Khoản lãi này gấp 9 lần so với quý I"
    rows = _rows(STEEL)
    assert not any(r.unit == "lần" and float(r.value) in (30, 9) for r in rows)
    assert 30 in _multiples(_row(rows, 120e9))
    assert 9 in _multiples(_row(rows, 44e9))


def test_hoa_phat_rise_as_a_multiple_then_level():
    # "Lũy kế 9 tháng, HPG ghi nhận lợi nhuận tăng 2,4 lần lên 9.210 tỷ đồng"
    rows = _rows(HOA_PHAT)
    assert not any(float(r.value) == 2.4 for r in rows)
    assert 2.4 in _multiples(_row(rows, 9210e9))


def test_headline_multiple_with_no_row_stays():
    # "có doanh nghiệp lãi tăng hơn 40 lần so với cùng kỳ": no row before it in its paragraph
    assert any(r.unit == "lần" and float(r.value) == 40 for r in _rows(STEEL))


def test_multiple_of_a_new_thing_stays_a_row():
    # "So với giai đoạn 2011- 2016, số hộ có mức thu nhập trên 100 triệu đồng/ năm tăng gấp 5 lần", after a row of
    # "Số hộ nông dân sản xuất kinh doanh giỏi": a new subject, the multiple the only figure said of it
    assert any(float(r.value) == 5 and "lần" in r.unit for r in _rows(HONG_SON))
