"""The figures store on a real PostgreSQL server: exact decimals, versions, racing writers, agencies apart."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from conftest import FIGURES

from service.errors import NotFoundError
from service.figures.load import load_table
from service.figures.store import FigureStore

pytestmark = pytest.mark.network
CSV_2023 = FIGURES / "ham-thuan-bac-2023-h1.csv"
XLSX_2023 = FIGURES / "ham-thuan-bac-2023-h1.xlsx"
CSV_2024 = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"
SERIES = "ham-thuan-bac-dan-van-qpan"


def _rows(table):
    return [(f.ma, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach, f.don_vi, f.muc, f.ghi_chu)
            for f in table]


def test_csv_and_xlsx_versions_round_trip_exactly(pg_url):
    store = FigureStore(pg_url)
    assert store.url.startswith("postgresql+psycopg://")
    r1 = store.load(CSV_2023, SERIES, "6 tháng đầu năm 2023")
    r2 = store.load(XLSX_2023, SERIES, "2023-H1")
    assert [(r.period, r.version, r.count) for r in (r1, r2)] == [("2023-H1", 1, 159), ("2023-H1", 2, 159)]
    assert r1.sha256 != r2.sha256

    v1, v2 = store.get(SERIES, "2023-H1", version=1), store.get(SERIES, "2023-H1")
    assert (v1.version, v1.source, v2.version, v2.source) == (1, CSV_2023.name, 2, XLSX_2023.name)
    assert _rows(v1) == _rows(load_table(CSV_2023)) == _rows(v2)  # what went in comes back, field for field
    for t in (v1, v2):
        assert t.get("CT-14").ky_bao_cao == Decimal("71500500") and isinstance(t.get("CT-14").ky_bao_cao, Decimal)
        assert t.get("ND-08").ky_bao_cao == Decimal("21.4") and t.get("QS-14").ky_bao_cao == Decimal("2.5")

    assert [(v["version"], v["rows"], v["source"]) for v in store.versions(SERIES, "2023-H1")] == [
        (1, 159, CSV_2023.name), (2, 159, XLSX_2023.name)]
    store.load(CSV_2024, SERIES, "2024-H1")
    listed = FigureStore(pg_url).list()
    assert [(i["series"], i["period"], i["versions"], i["current_version"], i["rows"]) for i in listed] == [
        (SERIES, "2023-H1", 2, 2, 159), (SERIES, "2024-H1", 1, 1, 159)]
    assert listed[0]["period_text"] == "6 tháng đầu năm 2023"
    with pytest.raises(NotFoundError):
        store.get(SERIES, "2022-H1")

    from sqlalchemy import create_engine, text

    eng = create_engine(pg_url)
    with eng.connect() as conn:  # really in PostgreSQL tables, values as exact decimal text
        assert conn.execute(text("select count(*) from figure_rows")).scalar() == 3 * 159
        assert conn.execute(text("select distinct value from figure_rows where code = 'ND-08' and value = '21.4'")
                            ).scalar() == "21.4"
    eng.dispose()


def test_racing_writers_get_distinct_versions(pg_url):
    table = load_table(CSV_2023, series=SERIES, period="2023-H1")
    store, results, errors = FigureStore(pg_url), [], []

    def add():
        try:
            results.append(store.add(table).version)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == [] and sorted(results) == [1, 2, 3]
    assert [v["version"] for v in store.versions(SERIES, "2023-H1")] == [1, 2, 3]


def test_agencies_sharing_the_database_each_get_their_own_table(pg_url):
    htb, bd = FigureStore(pg_url, namespace="ham-thuan-bac"), FigureStore(pg_url, namespace="bu-dang")
    assert htb.load(CSV_2023, SERIES, "2023-H1").version == 1
    assert bd.load(CSV_2024, SERIES, "2023-H1").version == 1  # same series and period, other agency: its own v1
    assert htb.load(XLSX_2023, SERIES, "2023-H1").version == 2
    assert htb.get(SERIES, "2023-H1").get("CT-14").ky_bao_cao == Decimal("71500500")
    assert bd.get(SERIES, "2023-H1").get("TT-01").ky_bao_cao == 137263
    assert bd.get(SERIES, "2023-H1").get("ND-08").ky_bao_cao == Decimal("20.8")
    assert [v["source"] for v in bd.versions(SERIES, "2023-H1")] == [CSV_2024.name]
    assert [(i["series"], i["versions"]) for i in htb.list()] == [(SERIES, 2)]
    assert FigureStore(pg_url).list() == []
