"""Round 63: a share of a plan past a semicolon is its own clause's row's (ownclause.own_clause_row), and ``bằng X%``
with the plan named after it is a share of that plan, never an index on last year (recognisers.elliptic_index).
Real text from two sources (tkv 2018, p42 tkv 2023), and negatives."""

from pathlib import Path

from tests.sweep_tables import row_of_value as _row, template_rows as _rows

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations/sweep/pages"
CASES = ROOT / "evaluations/cases/heldout"
TKV = CASES / "xi-toan-quoc-tkv-than-khoang-san-2018-h1/source.txt"
P42 = PAGES / "p42-plo-tkv-6thang-2023-h1.txt"
VEN_BIEN = CASES / "x-thanh-pho-ven-bien-thuy-san-2020/source.txt"


def _hows(row):
    return [(d.how, float(d.value)) for d in row.derived]


def test_the_later_clause_keeps_its_share_tkv():
    # "sản xuất 21,85 triệu tấn than nguyên khai, đạt 54% kế hoạch năm, …; tiêu thụ 22,82 triệu tấn than, đạt 54%
    # kế hoạch": the second 54 % is 22,82's (its plan), not a second share of 21,85
    rows = _rows(TKV)
    sold, mined = _row(rows, 22820000), _row(rows, 21850000)
    assert sold.plan is not None and round(float(sold.plan)) == 42259259
    assert ("tỷ lệ thực hiện so với kế hoạch", 54.0) in _hows(sold)
    assert _hows(mined).count(("tỷ lệ thực hiện so với kế hoạch", 54.0)) == 1


def test_the_later_clause_keeps_its_share_p42():
    # "tiền lương bình quân 16,1 triệu đồng/người-tháng, bằng 108% kế hoạch …; trong đó sản xuất than 16,7 triệu
    # đồng/người-tháng, bằng 108% kế hoạch"
    rows = _rows(P42)
    coal, pay = _row(rows, 16700000), _row(rows, 16100000)
    assert coal.plan is not None
    assert ("tỷ lệ thực hiện so với kế hoạch", 108.0) in _hows(coal)
    assert _hows(pay).count(("tỷ lệ thực hiện so với kế hoạch", 108.0)) == 1


def test_bang_with_the_plan_named_is_a_share_of_the_plan():
    # "than sạch đạt 21,13 triệu tấn, bằng 56% kế hoạch năm" after "bằng 107% so với cùng kỳ": a plan's share
    hows = _hows(_row(_rows(TKV), 21130000))
    assert ("tỷ lệ thực hiện so với kế hoạch", 56.0) in hows
    assert not any(h.startswith("so với cùng kỳ") for h, _ in hows)


def test_own_clause_row_with_its_plan_keeps_the_share():
    # negative: "; số tàu đã lắp đặt thiết bị giám sát hành trình là 297/399 chiếc, đạt 74,4%": the row of the
    # clause has its plan, the share is its own
    row = _row(_rows(VEN_BIEN), 297)
    assert float(row.plan) == 399
    assert any(v == 74.4 for _, v in _hows(row))


def test_first_clause_share_and_the_index_stay():
    # negatives: the first clause's own share and its "bằng 107% so với cùng kỳ" are untouched
    hows = _hows(_row(_rows(TKV), 21850000))
    assert ("tỷ lệ thực hiện so với kế hoạch", 54.0) in hows
    assert any(h.startswith("so với cùng kỳ") and v == 107.0 for h, v in hows)
