"""Figures round 41: a gap between two rates in percentage points is its own unit kind, ``points``.

Sources (held-out tables, real sheets): xl-thua-thien-hue-bcd-hien-mau-tinh-ton-vinh-2022 (``Cao hơn tỷ lệ toàn
quốc | điểm % | 0,5``: the text's «cao hơn 0,5% so với tỷ lệ toàn quốc»), zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014
(``Tỷ lệ tốt nghiệp tăng so với năm học 2012-2013 | điểm % | 1,67 | 9,08``).  Before, ``điểm %`` was a ``count`` to
``unit_kind``.  Negatives: ``điểm`` alone (a score, 8,5 điểm: zu-… and the exam sheets keep it), ``%`` alone, ``điểm
trung bình``, ``điểm/học sinh`` stay what they were; the rows' values and units load as before."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.figures.load import load_table
from service.figures.units import read_unit, unit_kind

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def test_the_ways_points_are_written_are_one_kind():
    for typed in ("điểm %", "Điểm phần trăm", "điểm phần trăm", "%điểm", "% điểm", "pp"):
        assert unit_kind(typed) == "points", typed
        assert read_unit(typed).text == typed and not read_unit(typed).integral


def test_other_units_keep_their_kind():
    assert unit_kind("điểm") == "count" and unit_kind("điểm trung bình") == "count"
    assert unit_kind("điểm/học sinh") == "count" and unit_kind("%") == "percent"
    assert unit_kind("tỷ lệ %") == "percent" and unit_kind("%/tháng") == "percent"
    assert unit_kind("lượt") == "count" and unit_kind("tỷ đồng") == "money" and unit_kind("ha") == "measure"


def test_two_real_sheets_load_their_points_rows_as_before():
    xl = {f.ma: f for f in load_table(HELDOUT / "xl-thua-thien-hue-bcd-hien-mau-tinh-ton-vinh-2022" / "figures.csv",
                                      period="2022")}
    assert xl["4"].don_vi_tinh == "điểm %" and xl["4"].ky_bao_cao == Decimal("0.5")
    assert unit_kind(xl["4"].don_vi_tinh) == "points" and unit_kind(xl["3"].don_vi_tinh) == "percent"
    zu = [f for f in load_table(HELDOUT / "zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014" / "figures.csv",
                                period="2013-2014") if f.don_vi_tinh == "điểm %"]
    assert sorted(f.ky_bao_cao for f in zu) == [Decimal("1.67"), Decimal("9.08")]
