"""Round 38: a comparison merged over the bases it compares against (``So sánh (%)`` over ``Tháng trước | Cùng kỳ``)
is one comparison title per base (``So với tháng trước (%)``), not a column of last month's or last year's amounts
(read.join_header → read._base_under); and a running total titled ``Lũy kế 5 tháng 2023`` names its period for the
values-then-comparisons layout (columns._period_of_a_value), so the month's comparison stays the month's.
Sources: Sở Công Thương Thái Nguyên 5/2019 (held-out ym-thai-nguyen-so-cong-thuong-…-2019-05, round 38's g03), Cục
Thống kê Vĩnh Phúc retail 7/2018 (held-out yl-vinh-phuc-cuc-thong-ke-ban-le-…-2018-07, g05), Cục Thống kê Bình Định
5/2023 (held-out zq-binh-dinh-cuc-thong-ke-ktxh-…-2023-05, g04).  Negatives: a comparison over periods
(``So với cùng kỳ năm 2018 (%)`` over ``Tháng 3 năm 2019``), a group of bases over periods (``Thời điểm so sánh`` over
``Cuối năm 2020``), a plan over a base (``Kế hoạch`` over ``Cùng kỳ``), a period over plan and done (``Năm 2024`` over
``KH | TH``), round 36's e02 (``So sánh (%)`` over ``Năm 2024/2023 | Năm 2024/2019``) loads as before."""
from decimal import Decimal
from pathlib import Path

from service.figures.columns import _period_of_a_value
from service.figures.load import load_table
from service.figures.read import _base_under, join_header
from tests.sweep_tables import rows_by_code as _rows

ROOT = Path(__file__).resolve().parent.parent
R38 = ROOT / "evaluations/data/figures-round38"
HELD = ROOT / "evaluations/cases/heldout"


def test_thai_nguyen_indexes_are_not_amounts():
    rows, t = _rows(R38 / "g03-thai-nguyen-so-cong-thuong-2019-05.csv", "2019-05")
    assert all(x.cung_ky is None and x.ky_truoc is None for x in t)        # was 109,5 tỷ and 113,2 tỷ đồng
    assert rows["1-TL"].ky_bao_cao == Decimal("109.5") and rows["1-TL"].don_vi_tinh == "%"
    assert rows["2-TL"].ky_bao_cao == Decimal("121.5")
    # (round 48: the month-before index is the row's own «…: so với tháng trước» row, <mã>-KT — never Kỳ trước)
    assert any(w.column == "So với tháng trước (%)" and "<mã>-KT" in w.message for w in t.warnings)


def test_thai_nguyen_two_level_reads_as_its_one_level_table():
    two, _ = _rows(R38 / "g03-thai-nguyen-so-cong-thuong-2019-05.csv", "2019-05")
    one, _ = _rows(HELD / "ym-thai-nguyen-so-cong-thuong-hoat-dong-nganh-cong-thuong-2019-05/figures.csv", "2019-05")
    for code in ("1", "1-TL", "2", "2-TL", "3", "3-TL"):
        assert (two[code].ky_bao_cao, two[code].chi_tieu) == (one[code].ky_bao_cao, one[code].chi_tieu)


def test_vinh_phuc_indexes_are_not_amounts():
    rows, t = _rows(R38 / "g05-vinh-phuc-cuc-thong-ke-ban-le-2018-07.csv", "2018-07")
    assert all(x.cung_ky is None and x.ky_truoc is None for x in t)        # was 118,89 tỷ đồng
    assert rows["R-5-TL"].ky_bao_cao == Decimal("118.89") and rows["3-TL"].ky_bao_cao == Decimal("118.23")
    assert rows["R-5-LK"].ky_bao_cao == Decimal("25992000000000")


def test_binh_dinh_the_months_comparison_is_the_months():
    for path in (R38 / "g04-binh-dinh-cuc-thong-ke-2023-05.csv",
                 HELD / "zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05/figures.csv"):
        rows, _ = _rows(path, "2023-05")
        assert rows["2-TL"].ky_bao_cao == Decimal("119.1") and "(từ đầu năm)" not in rows["2-TL"].chi_tieu
        assert "2-LK-TL" not in rows and "2-LK" in rows


def test_base_under_grammar():
    assert _base_under("So sánh (%)", "Tháng trước") == "So với tháng trước (%)"
    assert _base_under("So với (%)", "Cùng kỳ năm trước") == "So với cùng kỳ năm trước (%)"
    assert _base_under("Tăng/giảm (%)", "Cùng kỳ") == "Tăng/giảm so với cùng kỳ (%)"
    assert _base_under("So sánh (%)", "Kế hoạch năm") == "So với kế hoạch năm (%)"
    assert _base_under("So sánh (%)", "Năm 2018") is None
    assert _base_under("Thời điểm so sánh", "Cuối năm 2020") is None
    assert _base_under("Kế hoạch", "Cùng kỳ") is None
    assert _base_under("So sánh (%)", "Lượng") is None


def test_join_header_keeps_other_groups():
    assert join_header(["Chỉ tiêu", "Năm 2024", ""], ["", "KH", "TH"]) == ["Chỉ tiêu", "Năm 2024 KH", "Năm 2024 TH"]
    assert join_header(["Chỉ tiêu", "So với cùng kỳ năm 2018 (%)"], ["", "Quý I năm 2019"]) == \
        ["Chỉ tiêu", "Quý I năm 2019 so với cùng kỳ năm 2018 (%)"]
    assert join_header(["Chỉ tiêu", "Kế hoạch", ""], ["", "Năm", "Cùng kỳ"])[2] == "Cùng kỳ"


def test_e02_year_pairs_load_as_before():
    t = load_table(ROOT / "evaluations/data/figures-round36/e02-bao-tang-chung-tich-2024.csv", period="2024")
    assert any("2024/2019" in w.column for w in t.warnings if w.column)


def test_period_of_a_running_value_real_titles():
    assert _period_of_a_value("Lũy kế 5 tháng 2023").code == "2023-5T"        # zq-binh-dinh
    assert _period_of_a_value("Lũy kế 10 tháng 2020").code == "2020-10T"      # xa-hai-phong (thủy sản 10/2020)
    assert _period_of_a_value("Lũy kế 4 tháng 2023").code == "2023-4T"        # zh-quang-nam du lịch 4/2023
    assert _period_of_a_value("Ước tính tháng 5/2023").code == "2023-05"
    assert _period_of_a_value("Lũy kế từ đầu năm") is None
