"""Round 37: a column titled as an index (``So với 4T/2019 (%)``) holding a negative among unsigned numbers, none
near 100, is rates of change (an index is never negative) — columns._rates_with_falls; and a running row's second
rate takes its own code (load._running_changes).  Sources: vinanet's cashew markets 4T/2020 (round 36's e09), Cục
XNK's coffee 9T/2018 (held-out zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09, same construction, all below 50: still
the sheet-of-falls rule), Hội An's visitors Q3/2017 (held-out zi-quang-nam-…: two rates of one running row).
Negatives: Thái Nguyên's «So cùng kỳ (%)» indexes (xb-thai-nguyen-so-cong-thuong-…-2020-07), Bình Định's indexes
with one below 50 (yr-binh-dinh, «6,70»)."""
from decimal import Decimal
from pathlib import Path

from service.figures.columns import _rates_with_falls
from service.figures.load import load_table
from service.figures.read import RawTable
from tests.sweep_tables import rows_by_code as _rows

ROOT = Path(__file__).resolve().parent.parent
E09 = ROOT / "evaluations/data/figures-round36/e09-vinanet-hat-dieu-thi-truong-2020-04.xlsx"
HELD = ROOT / "evaluations/cases/heldout"


def test_e09_rates_above_50_and_below_are_rises_of_the_running_total():
    rows, t = _rows(E09, "2020-04")
    nl = rows["R-7-LK-TL"]
    assert nl.chi_tieu.startswith("Hà Lan (từ đầu năm): tốc độ tăng") and nl.ky_bao_cao == Decimal("62.3")
    assert rows["R-7-2-LK-TL"].ky_bao_cao == Decimal("38.1") and "Trị giá" in rows["R-7-2-LK-TL"].chi_tieu  # round 38
    assert rows["R-6-LK-TL"].ky_bao_cao == Decimal("40.9")       # was lost (below 50, unsigned)
    assert rows["R-8-LK-TL"].ky_bao_cao == Decimal("-26.4")
    assert not any("so với cùng kỳ" == x.chi_tieu.split(": ")[-1] for x in t)   # no index reading
    assert any("có số âm và không số nào quanh 100" in w.message for w in t.warnings)


def test_codes_stay_unique():
    for path, period in ((E09, "2020-04"),
                         (HELD / "zi-quang-nam-hoi-an-khach-tham-quan-di-tich-2017-q3/figures.xlsx", "2017-Q3")):
        t = load_table(path, period=period)
        codes = [x.ma for x in t]
        assert len(codes) == len(set(codes)), path


def test_hoi_an_both_running_rates_kept():
    rows, _ = _rows(HELD / "zi-quang-nam-hoi-an-khach-tham-quan-di-tich-2017-q3/figures.xlsx", "2017-Q3")
    assert rows["KTQ-LK-TL"].ky_bao_cao == Decimal("22") and "quý III" in rows["KTQ-LK-TL"].chi_tieu
    assert rows["KTQ-LK-TL'"].ky_bao_cao == Decimal("20") and "9 tháng" in rows["KTQ-LK-TL'"].chi_tieu


def test_coffee_sheet_of_falls_reads_as_before():
    rows, t = _rows(HELD / "zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09/figures.xlsx", "2018-09")
    assert rows["I.1-TL"].ky_bao_cao == Decimal("37") and "tốc độ tăng" in rows["I.1-TL"].chi_tieu
    assert rows["I.3-TL"].ky_bao_cao == Decimal("-24.8")
    assert any("bảng ghi mức giảm bằng số âm" in w.message for w in t.warnings)
    assert not any("có số âm và không số nào quanh 100" in w.message for w in t.warnings)


def _raw(values):
    return RawTable("t", 1, ["Chỉ tiêu", "So cùng kỳ (%)"], [(n, ["x", v]) for n, v in enumerate(values, start=2)])


def test_index_columns_are_not_rates():
    assert not _rates_with_falls(_raw(["134", "122,2", "46,5", "106,7", "94,5", "104,1"]), 1)   # Thái Nguyên 7/2020
    assert not _rates_with_falls(_raw(["115,74", "130,74", "110,83", "6,70", "81,95"]), 1)       # Bình Định 7T/2011
    assert not _rates_with_falls(_raw(["104,5", "-3,2", "96,2"]), 1)     # a negative among numbers near 100: unsaid


def test_falls_among_rates():
    assert _rates_with_falls(_raw([Decimal("40.9"), Decimal("62.3"), Decimal("-26.4"), Decimal("30.1")]), 1)
    assert not _rates_with_falls(_raw(["37", "3,1", "-24,8"]), 1)   # typed falls, all below 50: the sheet-of-falls rule
