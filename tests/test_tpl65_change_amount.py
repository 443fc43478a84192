"""Round 65: the amount a change rate comes to, said right after it with ``bằng`` / ``tương đương``, is the rate's
row's derivation, not a row (changeamount.change_amount_after_rate).  Real text from two sources
(t46-xuctiendautuhagiang-ktxh-2018-h1, c22-hagiang-ktxh-2017) and negatives (p10-brvt-xuatkhau-2022-07: an amount
after a rate with no row of its own before it; c38-congthuongthainguyen: a plan share after the rate)."""

from pathlib import Path

from tests.sweep_tables import row_of_value as _row, template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
HA_GIANG_2018 = PAGES / "t46-xuctiendautuhagiang-ktxh-2018-h1.txt"
HA_GIANG_2017 = PAGES / "c22-hagiang-ktxh-2017.txt"
BRVT = PAGES / "p10-brvt-xuatkhau-2022-07.txt"
THAI_NGUYEN = PAGES / "c38-congthuongthainguyen-san-pham-cong-nghiep-3-thang.txt"


def _values(rows):
    return {float(r.value) for r in rows}


def _derived(row):
    return [float(d.value) for d in row.derived if d.value is not None]


def test_amount_after_rate_is_the_rows_change_ha_giang_2018():
    # "134.161,5 tấn, tăng 1,68%, bằng 2.217,2 tấn so với cùng kỳ"; "283.000 con, tăng 2,64%, bằng 7.300 con";
    # "537.600 con, tăng 1,11%, bằng 5.900 con"
    rows = _rows(HA_GIANG_2018)
    assert not {2217.2, 7300.0, 5900.0} & _values(rows)
    for level, amount in ((134161.5, 2217.2), (283000, 7300), (537600, 5900)):
        row = _row(rows, level)
        assert amount in _derived(row)
        assert float(row.base) == level - amount


def test_amount_after_rate_is_the_rows_change_ha_giang_2017():
    # "Tổng sản phẩm bình quân đầu người đạt 22,4 triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng)"
    rows = _rows(HA_GIANG_2017)
    assert 1600000.0 not in _values(rows)
    assert 1600000.0 in _derived(_row(rows, 22400000))


def test_amount_with_no_row_of_its_own_before_stays_a_row():
    # negative: "thị trường châu Mỹ (chiếm 8,59% tỷ trọng) tăng 58,66%, tương đương 411,52 triệu USD": the market's
    # own level (no USD row of that market before the rate), and 302,95 triệu USD likewise
    values = _values(_rows(BRVT))
    assert {411520000.0, 302950000.0} <= values


def test_plan_share_after_a_rate_is_not_an_amount():
    # negative: "7,2 triệu m3, tăng 1%, bằng 22,4% KH năm": a percentage — the row's plan share, as before
    row = _row(_rows(THAI_NGUYEN), 7200000)
    assert {1.0, 22.4} <= set(_derived(row))
