"""rt02: the template writer never writes a cell its own loader refuses (``sheet.loadable_cells``,
``onboarding.loadable``).  The sheet is read back by the loader as an upload; a prefilled cell it refuses (the
previous edition's column, ``Kế hoạch``) is left empty and ``Ghi chú`` says why, in Vietnamese.

Real sources of the class: the final batch's failure, ``vượt 6% kế hoạch về lượng`` (xq-…-vinacas: a plan of −2 %),
and the same construction on a second page, ``thu ngân sách vượt 65,9% kế hoạch`` after ``tỷ lệ hộ nghèo giảm còn
19,48%`` (c20-gialai-yama-2025: a plan of −46,42 %).  Negatives: pages whose plans are read right (``vượt 54,4% kế
hoạch`` on t17-phuquoc, ``vượt 8,2% kế hoạch`` on d6-baocantho) and a sample of sweep pages: nothing is emptied, every
plan is written and loads."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from evaluations.template_roundtrip import _page_next
from service.onboarding.loadable import left_empty_note
from service.onboarding.sheet import loadable_cells, write
from service.onboarding.template import build_template
from tests.sweep_tables import filled_template

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations" / "sweep" / "pages"
VINACAS = ROOT / "evaluations" / "cases" / "heldout" / "xq-toan-quoc-hiep-hoi-dieu-vinacas-xuat-nhap-khau-2020-10t" \
    / "source.txt"


def _template(path: Path):
    return build_template(path, period=_page_next(path))


def _row(t, code):
    return next(r for r in t.rows if r.code == code)


@pytest.mark.parametrize("source, label, plan", [
    (VINACAS, "vượt", "-2"),                                           # vượt 6% kế hoạch về lượng
    (PAGES / "c20-gialai-yama-2025.txt", "Tỷ lệ hộ nghèo giảm", "-46.42"),   # thu ngân sách vượt 65,9% kế hoạch
    (PAGES / "p24-baoquangnam-quehiep-daihoi-2015-2020.txt", "tăng bình quân", "-85"),  # vượt 95% so với nghị quyết
])
def test_a_plan_the_loader_refuses_is_left_empty_and_said(source, label, plan, tmp_path):
    t = _template(source)
    row = next(r for r in t.rows if label in r.label and r.plan is not None and r.plan < 0)
    empty = loadable_cells(t)
    assert set(empty) == {(row.code, "Kế hoạch")}
    assert f"số âm «{plan}»" in empty[(row.code, "Kế hoạch")]
    loaded, values = filled_template(t, tmp_path)
    assert set(loaded) == set(values)                    # the filled sheet loads, every row
    assert loaded[row.code].ke_hoach is None and loaded[row.code].cung_ky == row.value
    assert left_empty_note("Kế hoạch", empty[(row.code, "Kế hoạch")]) in loaded[row.code].ghi_chu
    assert loaded[row.code].ghi_chu.count("Kế hoạch để trống") == 1


def test_a_previous_value_the_loader_refuses_is_left_empty_and_said(tmp_path):
    # s12-dien-bien (the yearbook's ‰ rows compared with the plan in points: «Tỷ lệ sinh (‰) 19,12 19,02 -0,10
    # -0,96»): the reader made «… so với (%) Kế hoạch năm 2024» a row of -0,96 %, which the loader refuses below zero
    # (a plan's completion); the writer leaves the previous edition's cell empty, says why, and the sheet filled with
    # numbers the loader takes loads
    t = _template(PAGES / "s12-dien-bien-ktxh-dan-so-uoc-nam-2024.txt")
    empty = loadable_cells(t)
    assert set(empty) == {("PT-12", t.previous_column), ("PT-14", t.previous_column)}
    assert "số âm «-0.96»" in empty[("PT-12", t.previous_column)]
    loaded, _ = filled_template(t, tmp_path, {"PT-12": 99, "PT-14": 98})
    assert loaded["PT-12"].cung_ky is None and f"{t.previous_column} để trống" in loaded["PT-12"].ghi_chu
    assert loaded["PT-11"].cung_ky == _row(t, "PT-11").value


def test_the_csv_template_is_guarded_too(tmp_path):
    t = _template(VINACAS)
    row = next(r for r in t.rows if r.plan is not None and r.plan < 0)
    out = tmp_path / "t.csv"
    write(t, out)
    written = {r["Mã"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert written[row.code]["Kế hoạch"] == "" and "Kế hoạch để trống" in written[row.code]["Ghi chú"]
    assert written[row.code][t.previous_column] != ""


@pytest.mark.parametrize("page, kept", [
    ("t17-phuquoc-khach-10t-2023", {"CT-01": 5889145, "CT-02": 349950}),   # vượt 54,4% kế hoạch: right plans
    ("d6-baocantho-11t-2016", {"QLH-10": 126093}),   # Đàn heo, vượt 18% kế hoạch (its code follows the rows
    # before it: template round 75 put «222 dự án còn hiệu lực» on the standing sheet, one row less before it)
])
def test_plans_the_loader_takes_are_written(page, kept, tmp_path):
    t = _template(PAGES / f"{page}.txt")
    assert loadable_cells(t) == {}
    loaded, values = filled_template(t, tmp_path)
    assert set(loaded) == set(values)
    for code, plan in kept.items():
        assert loaded[code].ke_hoach == plan
        assert "để trống" not in loaded[code].ghi_chu


#: Sweep pages of six sites whose filled templates loaded before the guard and after it (evaluations/sweep/
#: roundtrip-02.md): the guard empties nothing on them.
SAMPLE = ["c9-haiduong-ktxh-2023-05", "p17-moduc-nhcsxh-9t-2020", "s1-bsc-bmp-kqkd-theo-quy-2025-q2",
          "c10-bacninh-ngansach-q1", "t13-lamdong-congan-t8-2019", "c31-voh-gia-heo-hoi-17-9-2023-giam-3000"]


@pytest.mark.parametrize("page", SAMPLE)
def test_a_sample_of_pages_loads_filled_with_nothing_emptied(page, tmp_path):
    t = _template(PAGES / f"{page}.txt")
    assert loadable_cells(t) == {}
    loaded, values = filled_template(t, tmp_path)
    assert set(loaded) == set(values)
    assert all(loaded[r.code].ke_hoach == r.plan for r in t.rows if r.plan is not None)
