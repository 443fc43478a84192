"""Round 38: the running total of each quantity of a period that states several (``T4/2020 | 4T/2020`` over
``Lượng (Tấn) | Trị giá (USD)``): the running column of a second quantity is that quantity's running total, a row
«<chỉ tiêu>: trị giá (từ đầu năm)», code ``<mã>-2-LK`` (runningquantities.running_quantities, load
._running_measure_figures), and the running comparison naming it (``So với 4T/2019 (%) Trị giá``) is its rate
(``<mã>-2-LK-TL``), not the running quantity's.  Sources: vinanet's cashew exports by market 4/2020 (round 36's e09),
Cục XNK's cashew and tea exports 4/2019 (sweep pages t23-cafef-dieu-2019-04, t26-cafef-che-4t-2019: «tháng 4/2019
đạt 35,7 nghìn tấn, trị giá 271,18 triệu USD … Lũy kế 4 tháng … 115,1 nghìn tấn, trị giá 910,49 triệu USD»; round
38's g01, g02).  Negatives: a running column of a quantity the period does not state (g01's «Giá bình quân
(USD/tấn)»), a running second column under a period of one quantity, a held-out sheet with one running column
(v-ninh-thuan-an-toan-giao-thong-2019-11)."""
from decimal import Decimal
from pathlib import Path

from service.figures.runningquantities import changes_of_quantities, running_quantities
from tests.sweep_tables import rows_by_code as _rows

ROOT = Path(__file__).resolve().parent.parent
E09 = ROOT / "evaluations/data/figures-round36/e09-vinanet-hat-dieu-thi-truong-2020-04.xlsx"
R38 = ROOT / "evaluations/data/figures-round38"
G01 = R38 / "g01-cafef-hat-dieu-thi-truong-2019-04.csv"
G02 = R38 / "g02-cafef-che-2019-04.csv"
HELD = ROOT / "evaluations/cases/heldout"


def test_e09_the_running_value_of_each_market_is_kept():
    rows, t = _rows(E09, "2020-04")
    us = rows["R-6-2-LK"]
    assert us.chi_tieu == "Hoa Kỳ: trị giá (từ đầu năm)" and us.ky_bao_cao == Decimal("360475")
    assert us.don_vi_tinh == "USD" and us.column == "luy_ke"
    assert rows["R-11-2-LK"].ky_bao_cao == Decimal("29121")
    assert rows["R-6-LK"].ky_bao_cao == Decimal("52037") and rows["R-6-2"].ky_bao_cao == Decimal("115433")
    assert any("đại lượng thứ hai" in w.message and "-2-LK" in w.message for w in t.warnings)
    assert not any("bỏ qua cột này" in w.message and w.column == "4T/2020 Trị giá (USD)" for w in t.warnings)


def test_e09_each_rate_is_the_rate_of_its_own_quantity():
    rows, t = _rows(E09, "2020-04")
    assert rows["R-7-LK-TL"].ky_bao_cao == Decimal("62.3") and "Lượng" in rows["R-7-LK-TL"].chi_tieu
    value_rate = rows["R-7-2-LK-TL"]
    assert value_rate.ky_bao_cao == Decimal("38.1") and value_rate.chi_tieu.startswith("Hà Lan: trị giá (từ đầu năm)")
    assert rows["R-8-2-LK-TL"].ky_bao_cao == Decimal("-36.6")
    assert "R-7-LK-TL'" not in rows
    codes = [x.ma for x in t]
    assert len(codes) == len(set(codes))


def test_cashew_2019_two_level_header_in_words_scaled():
    rows, t = _rows(G01, "2019-04")
    total = rows["R-5-2-LK"]
    assert total.chi_tieu == "Tổng: trị giá (từ đầu năm)" and total.ky_bao_cao == Decimal("910490000")
    assert total.don_vi_tinh == "USD"
    assert rows["R-5.a-2-LK"].ky_bao_cao == Decimal("294620000")
    assert rows["R-5-LK"].ky_bao_cao == Decimal("115100") and rows["R-5-2"].ky_bao_cao == Decimal("271180000")


def test_average_price_of_the_months_only_stays_aside():
    _, t = _rows(G01, "2019-04")
    assert not any("bình quân" in x.chi_tieu for x in t)
    assert any(w.column == "4 tháng/2019 Giá bình quân (USD/tấn)" and "bỏ qua cột này" in w.message
               for w in t.warnings)


def test_tea_2019_one_level_titles():
    rows, _ = _rows(G02, "2019-04")
    assert rows["R-3-2-LK"].chi_tieu == "Chè xuất khẩu: trị giá (từ đầu năm)"
    assert rows["R-3-2-LK"].ky_bao_cao == Decimal("62600000")
    assert rows["R-3-LK"].ky_bao_cao == Decimal("36000")


def test_running_second_column_under_a_period_of_one_quantity_stays_aside(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("Chỉ tiêu,Tháng 4/2019 Lượng (nghìn tấn),4 tháng năm 2019 Lượng (nghìn tấn),"
                 "4 tháng năm 2019 Trị giá (triệu USD)\nChè xuất khẩu,\"9,4\",36,\"62,6\"\n", encoding="utf-8")
    rows, t = _rows(f, "2019-04")
    assert [c for c in rows if "-LK" in c] == ["R-2-LK"]
    assert any("bỏ qua cột này" in w.message for w in t.warnings)


def test_one_running_column_loads_as_before():
    rows, t = _rows(HELD / "v-ninh-thuan-an-toan-giao-thong-2019-11/figures.csv", "2019-11")
    assert any(c.endswith("-LK") for c in rows)
    assert not any("-LK" in c and c.split("-LK")[0].endswith(("-2", "-3")) for c in rows)
    assert not any("đại lượng thứ hai" in w.message for w in t.warnings)


def test_running_quantities_grammar():
    words = {3: "Lượng (Tấn)", 4: "Trị giá (USD)"}
    assert running_quantities(words, {2: "Trị giá (USD)"}) == {4: 2}
    assert running_quantities(words, {}) == {}
    assert running_quantities({3: "Lượng (Tấn)"}, {2: "Trị giá (USD)"}) == {}
    assert running_quantities({3: "Lượng (Tấn)", 4: "Giá (USD/tấn)"}, {2: "Trị giá (USD)"}) == {}
    # the first running column names a second quantity: the order is not the period's, nothing is guessed
    assert running_quantities({3: "Trị giá (USD)", 4: "Lượng (Tấn)"}, {2: "Trị giá (USD)"}) == {}


def test_changes_of_quantities_grammar():
    names = {4: "Trị giá"}
    assert changes_of_quantities({5: "So với 4T/2019 (%) Lượng", 6: "So với 4T/2019 (%) Trị giá"}, names) == {6: 4}
    assert changes_of_quantities({5: "So cùng kỳ 4 tháng (%)"}, names) == {}
    assert changes_of_quantities({5: "Tăng giảm giá trị (%)"}, names) == {}
