"""Figures in SQLite through SQLAlchemy: versions kept, decimals exact, nothing stored from a bad file; CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from conftest import FIGURES
from service.cli import app
from service.errors import InputError, NotFoundError
from service.figures.store import FigureStore

CSV_2023 = FIGURES / "ham-thuan-bac-2023-h1.csv"
XLSX_2023 = FIGURES / "ham-thuan-bac-2023-h1.xlsx"
CSV_2024 = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"


def test_load_get_versions_and_list(data_dir, tmp_path):
    store = FigureStore()
    assert store.url.startswith("sqlite:///") and str(data_dir) in store.url
    r1 = store.load(CSV_2024, "htb", "6 tháng đầu năm 2024")
    assert (r1.period, r1.version, r1.count) == ("2024-H1", 1, 159)
    edited = tmp_path / "edited.csv"
    edited.write_text(CSV_2024.read_text(encoding="utf-8").replace("TT-01,", "TT-01,", 1)
                      .replace(",137263,", ",137264,"), encoding="utf-8")
    r2 = store.load(edited, "htb", "2024-H1")
    assert r2.version == 2 and r2.sha256 != r1.sha256

    current = store.get("htb", "2024-H1")
    assert (current.version, current.get("TT-01").ky_bao_cao) == (2, 137264)
    assert store.get("htb", "6 tháng đầu năm 2024", version=1).get("TT-01").ky_bao_cao == 137263
    nd = current.get("ND-08")
    assert (nd.ky_bao_cao, nd.cung_ky, nd.ke_hoach) == (Decimal("20.8"), Decimal("21.4"), None)
    assert [v["version"] for v in store.versions("htb", "2024-H1")] == [1, 2]
    assert store.versions("htb", "2024-H1")[1]["source"] == "edited.csv"

    store.load(XLSX_2023, "htb", "2023-H1")
    listed = {(i["series"], i["period"]): i for i in FigureStore().list()}
    assert listed[("htb", "2024-H1")]["versions"] == 2 and listed[("htb", "2024-H1")]["rows"] == 159
    assert listed[("htb", "2023-H1")]["period_text"] == "6 tháng đầu năm 2023"
    with pytest.raises(NotFoundError):
        store.get("htb", "2022-H1")


def test_same_table_from_csv_and_xlsx_round_trips_exactly(data_dir):
    store = FigureStore()
    store.load(CSV_2023, "a", "2023-H1")
    store.load(XLSX_2023, "b", "2023-H1")
    a, b = store.get("a", "2023-H1"), store.get("b", "2023-H1")
    strip = lambda t: [(f.ma, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach, f.don_vi, f.muc,
                        f.ghi_chu) for f in t]
    assert strip(a) == strip(b)
    assert a.get("QS-14").ky_bao_cao == Decimal("2.5") and a.get("CT-14").ky_bao_cao == 71500500


def test_nothing_is_stored_from_a_file_with_any_problem(data_dir, tmp_path):
    bad = tmp_path / "bad.csv"
    text = CSV_2023.read_text(encoding="utf-8").splitlines()
    text[-1] = text[-1].replace(",50000000,", ",-50000000,")  # one bad value on the last row
    bad.write_text("\n".join(text) + "\n", encoding="utf-8")
    store = FigureStore()
    with pytest.raises(InputError) as exc:
        store.load(bad, "htb", "2023-H1")
    assert exc.value.problems[0].row == 160 and exc.value.problems[0].column == "ky_bao_cao"
    assert store.list() == [] and store.versions("htb", "2023-H1") == []


def test_cli_validate_load_list_show(data_dir, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(app, ["figures", "validate", str(XLSX_2023), "--format", "json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["valid"] is True

    bad = tmp_path / "bad.csv"
    bad.write_text("ma,chi_tieu,don_vi_tinh,ky_bao_cao\nA,Số vụ,vụ,abc\nB,Số con voi,con voi,2.5\n"
                   "C,Số tỷ lệ,%,120\n", encoding="utf-8")
    res = runner.invoke(app, ["figures", "validate", str(bad), "--format", "json"])
    assert res.exit_code == 2
    probs = json.loads(res.stdout)["problems"]
    assert [(p["row"], p["column"], p["severity"]) for p in probs] == [
        (2, "ky_bao_cao", "error"), (3, "ky_bao_cao", "error"), (4, "ky_bao_cao", "warning")]
    text = runner.invoke(app, ["figures", "validate", str(bad)])
    assert text.exit_code == 2 and "«abc» không phải là số" in text.stdout and "cảnh báo" in text.stdout
    res = runner.invoke(app, ["figures", "load", str(bad), "--series", "htb", "--period", "2024-H1"])
    assert res.exit_code == 2 and len(json.loads(res.stdout)["problems"]) == 3  # every problem, not the first

    warned = tmp_path / "warned.csv"  # a warning is shown and does not stop the load
    warned.write_text("ma,chi_tieu,don_vi_tinh,ky_bao_cao\nC,Tỷ lệ hoàn thành,%,120\n", encoding="utf-8")
    res = runner.invoke(app, ["figures", "validate", str(warned), "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["warnings"] == 1
    res = runner.invoke(app, ["figures", "load", str(warned), "-s", "w", "-p", "2024-H1"])
    assert res.exit_code == 0 and "trên 100%" in json.loads(res.stdout)["warnings"][0]["message"]
    assert "cảnh báo" in res.stderr
    res = runner.invoke(app, ["figures", "load", str(warned), "-s", "w", "-p", "2024-H1", "--format", "table"])
    assert res.exit_code == 0 and "phiên bản 2" in res.stdout and "trên 100%" in res.stdout

    shutil.copy(CSV_2024, tmp_path / "2024.csv")
    res = runner.invoke(app, ["figures", "load", str(tmp_path / "2024.csv"), "--series", "htb", "--period",
                              "6 tháng đầu năm 2024"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["version"] == 1
    listed = json.loads(runner.invoke(app, ["figures", "list", "--format", "json"]).stdout)
    assert [(i["series"], i["period"], i["rows"]) for i in listed] == [("htb", "2024-H1", 159), ("w", "2024-H1", 1)]
    shown = json.loads(runner.invoke(app, ["figures", "show", "htb", "2024-H1", "--format", "json"]).stdout)
    assert shown["version"] == 1 and shown["figures"][0]["ma"] == "TT-01"
    table = runner.invoke(app, ["figures", "show", "htb", "2024-H1"])
    assert table.exit_code == 0 and "137.263" in table.stdout


def test_namespaces_keep_agencies_apart_on_one_database(data_dir):
    """Two agencies, one database, the same series and period: each gets its own table and version numbers."""
    htb, bd = FigureStore(namespace="ham-thuan-bac"), FigureStore(namespace="bu-dang")
    assert htb.url == bd.url
    assert (htb.load(CSV_2023, "dan-van", "2023-H1").version, bd.load(CSV_2024, "dan-van", "2023-H1").version) == (1, 1)
    assert htb.load(XLSX_2023, "dan-van", "2023-H1").version == 2
    assert htb.get("dan-van", "2023-H1").get("CT-14").ky_bao_cao == 71500500
    assert bd.get("dan-van", "2023-H1").get("TT-01").ky_bao_cao == 137263  # the 2024 file, not the other agency's
    assert [v["version"] for v in htb.versions("dan-van", "2023-H1")] == [1, 2]
    assert [(v["version"], v["source"]) for v in bd.versions("dan-van", "2023-H1")] == [(1, CSV_2024.name)]
    assert [(i["series"], i["versions"]) for i in bd.list()] == [("dan-van", 1)]
    # no namespace (CLI, demo) is a namespace of its own
    assert FigureStore().list() == [] and FigureStore().versions("dan-van", "2023-H1") == []
    with pytest.raises(NotFoundError, match="bu-dang"):
        bd.get("dan-van", "2023-H1", version=2)


def test_the_column_family_survives_load_export_load(data_dir, tmp_path):
    # held-out v-ninh-thuan-an-toan-giao-thong-2019-11: «Tháng 11/2019 | Lũy kế từ đầu năm»; the running totals (2-LK,
    # 4-LK) come back from ``figures show --format json`` as running totals, not as the month's own values
    from service.figures.load import load_table
    from service.figures.model import PERIOD_COLUMN, RUNNING_COLUMN

    csv = Path(__file__).parent.parent / "evaluations/cases/heldout/v-ninh-thuan-an-toan-giao-thong-2019-11/figures.csv"
    runner = CliRunner()
    res = runner.invoke(app, ["figures", "load", str(csv), "--series", "atgt", "--period", "2019-11"])
    assert res.exit_code == 0, res.output
    first = FigureStore().get("atgt", "2019-11")
    assert {f.ma: f.column for f in first}["2-LK"] == RUNNING_COLUMN
    shown = runner.invoke(app, ["figures", "show", "atgt", "2019-11", "--format", "json"])
    assert shown.exit_code == 0
    exported = tmp_path / "atgt.json"
    exported.write_text(shown.stdout, encoding="utf-8")
    again = load_table(exported)
    assert [(f.ma, f.ky_bao_cao, f.column) for f in again] == [(f.ma, f.ky_bao_cao, f.column) for f in first]
    assert {f.column for f in again} == {PERIOD_COLUMN, RUNNING_COLUMN}


def test_counter_a_column_key_naming_no_family_is_no_family(tmp_path):
    # a file of the agency's own with a «column» field of words: the loader reads the rows as ever
    from service.figures.load import load_table
    from service.figures.model import PERIOD_COLUMN

    f = tmp_path / "own.json"
    f.write_text(json.dumps([{"ma": "1", "chi_tieu": "Số vụ tai nạn", "don_vi_tinh": "vụ", "ky_bao_cao": 2,
                              "column": "ghi chú của cán bộ"}], ensure_ascii=False), encoding="utf-8")
    assert [fig.column for fig in load_table(f)] == [PERIOD_COLUMN]
