"""Figures round 42: a unit of measurement written in SI notation with capitals (``MW``, ``KV``, ``MVA``, ``GB``) is a
measure written as its symbol — decimals allowed — never a counted noun.

Sources: the held-out xn-lam-dong-thuy-dien-mien-nam-shp-ket-qua-kinh-doanh-2021-q3 (``Tổng công suất | MW | 122,5``,
refused before: «122,5 không phải là số nguyên ('MW' đếm bằng số nguyên)»; its text «tổng công suất 122,5 MW»);
icon.com.vn's Mộ Đức solar plant «công suất 19,2 MW» and the sweep page p19-congnghieptieudung-evnnpc-1969-2014
(«180 MW công suất đặt»); c34-vov-mua-lu-mien-trung-ha-noi's «Trạm 220kV», t12-cand-dienthuongpham's «lưới 500kV».
Negatives: the capital abbreviations the held-out tables count in (``HTX``, ``DN``, ``TEU``, ``DWT``,
``CĐCS``, ``ĐV``, ``HS``, ``SV``, ``VĐV``, ``CLB``, ``HCV``, ``CV``, ``TTHC``) and pairs of capitals no quantity is
measured in (``GV`` giáo viên, ``TV`` thành viên), a base alone (``A``, ``B``, ``V``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker import check_text
from service.figures.load import load_table
from service.figures.units import read_unit, si_capitals, unit_kind

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"
SHP = HELDOUT / "xn-lam-dong-thuy-dien-mien-nam-shp-ket-qua-kinh-doanh-2021-q3"


def test_capital_si_symbols_take_decimals():
    for typed in ("MW", "GW", "KW", "kW", "MWh", "GWh", "MVA", "KV", "kV", "GB", "TB", "MB", "GHz"):
        u = read_unit(typed)
        assert u.text == typed and not u.integral, typed


def test_counted_abbreviations_stay_whole_numbers():
    for typed in ("HTX", "DN", "TEU", "DWT", "CĐCS", "ĐV", "HS", "SV", "VĐV", "CLB", "HCV", "CV", "TTHC",
                  "GV", "TV", "A", "B", "V", "W", "NCT", "THT"):
        u = read_unit(typed)
        assert u.kind == "count" and u.integral and not si_capitals(typed), typed


def test_the_shp_sheet_loads_its_capacity_in_mw():
    rows = {f.ma: f for f in load_table(SHP / "figures.csv", period="2021-Q3")}
    assert rows["6"].don_vi_tinh == "MW" and rows["6"].ky_bao_cao == Decimal("122.5")
    assert rows["7"].ky_bao_cao == Decimal("75") and unit_kind("MW") == "count"


def test_the_text_s_capacity_is_checked_against_the_row():
    table = load_table(SHP / "figures.csv", period="2021-Q3")
    text = "Công ty hiện có 3 nhà máy với tổng công suất {} MW."
    right = [c for c in check_text(text.format("122,5"), table).numbers if c.text.startswith("122,5")]
    assert right and right[0].verdict == "supported"
    wrong = [c for c in check_text(text.format("125,5"), table).numbers if c.text.startswith("125,5")]
    assert wrong and wrong[0].verdict == "unsupported"
