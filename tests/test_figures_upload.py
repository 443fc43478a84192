"""Uploads behave exactly like the CLI, through the real API (uvicorn on a loopback port).

The agency sheet ``ham-thuan-bac-2023-h1.xlsx`` and JSON tables upload (they were
refused while the upload was checked under a name without its extension);
warnings come back in the response and the upload's ``info``; errors name the
file as the user sent it, never the name it is stored under.
"""

from __future__ import annotations

import json

import pytest
from conftest import FIGURES
from typer.testing import CliRunner

from tests.api_support import running_service
from tests.test_api_flow import SPEC, sse

pytestmark = pytest.mark.network
XLSX_2023 = FIGURES / "ham-thuan-bac-2023-h1.xlsx"
CSV_2024 = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    with running_service(tmp_path_factory.mktemp("figures-upload")) as s:
        yield s


@pytest.fixture(scope="module")
def drafter(svc):
    with svc.client(svc.key("drafter", agency="Đức Linh")) as c:
        yield c


def upload(c, name: str, data: bytes, period: str = "2024-H1", **form):
    return c.post("/api/figures", files={"file": (name, data)},
                  data={"series": "dan-van", "period": period, **form})


def cli_validate(path) -> dict:
    from service.cli import app

    return json.loads(CliRunner().invoke(app, ["figures", "validate", str(path), "--format", "json"]).stdout)


def test_the_agency_workbook_uploads_and_a_draft_uses_it(svc, drafter):
    r = upload(drafter, XLSX_2023.name, XLSX_2023.read_bytes(), period="6 tháng đầu năm 2023",
               series=SPEC["series"])
    assert r.status_code == 201, r.text
    up = r.json()
    assert (up["name"], up["period"], up["info"]["rows"], up["warnings"]) == (XLSX_2023.name, "2023-H1", 159, [])
    with open(CSV_2024, "rb") as f:
        assert drafter.post("/api/figures", files={"file": (CSV_2024.name, f)},
                            data={"series": SPEC["series"], "period": "2024-H1"}).status_code == 201
    spec = {**SPEC, "figures": XLSX_2023.name, "prior": {}}  # the stand-in pipeline drafts from `figures`
    d = drafter.post("/api/drafts", json={"spec": spec})
    assert d.status_code == 202, d.text
    events = sse(drafter, f"/api/drafts/{d.json()['id']}/events")
    assert events[-1]["event"] == "done", events[-1]
    draft = drafter.get(f"/api/drafts/{d.json()['id']}").json()["draft"]
    assert draft["provenance"]["figures"].endswith(XLSX_2023.name)
    assert "135.697" in draft["sections"][0]["paragraphs"][0]["text"]  # TT-01 of the workbook, as drafted
    assert drafter.get(f"/api/figures/{up['id']}/validate").json() == {
        "id": up["id"], "name": XLSX_2023.name, "valid": True, "rows": 159, "problems": []}


AGENCY_CSV = ("STT;Nội dung;ĐVT;Kỳ báo cáo;So sánh (%)\n"
              "I;CÔNG TÁC TIẾP CÔNG DÂN;;;\n"
              "1;Số công dân được tiếp;công dân;1.250;\n"
              "2;Số vụ việc được giải quyết;vụ việc;84;\n").encode("utf-8")


def test_csv_and_json_with_warnings_upload_with_their_warnings(drafter, tmp_path):
    r = upload(drafter, "Biểu tiếp dân.csv", AGENCY_CSV)
    assert r.status_code == 201, r.text
    up = r.json()
    assert up["info"]["rows"] == 2 and up["warnings"] == up["info"]["warnings"]
    assert [(w["severity"], w["column"]) for w in up["warnings"]] == [("warning", None), ("warning", "So sánh (%)")]
    assert all(w["file"] == "Biểu tiếp dân.csv" for w in up["warnings"])
    local = tmp_path / "Biểu tiếp dân.csv"
    local.write_bytes(AGENCY_CSV)  # the CLI says the same of the same file
    assert [p["message"] for p in cli_validate(local)["problems"]] == [w["message"] for w in up["warnings"]]

    rows = [{"Chỉ tiêu": "Số lượt cán bộ, chiến sĩ tham gia", "ĐVT": "lượt cán bộ, chiến sĩ", "Kỳ báo cáo": "2.345"},
            {"Chỉ tiêu": "Tỷ lệ hoàn thành", "ĐVT": "%", "Kỳ báo cáo": 112}]
    r = upload(drafter, "tong-hop.json", json.dumps({"figures": rows}, ensure_ascii=False).encode())
    assert r.status_code == 201, r.text
    messages = [w["message"] for w in r.json()["warnings"]]
    assert any("trên 100%" in m for m in messages) and any("'Mã'" in m for m in messages)
    listed = {u["name"]: u for u in drafter.get("/api/figures").json()}
    assert listed["tong-hop.json"]["warnings"] == r.json()["warnings"]


def test_errors_name_the_file_as_sent_and_list_every_problem(svc, drafter):
    before = len(drafter.get("/api/figures").json())
    bad = "STT,Chỉ tiêu,ĐVT,Kỳ báo cáo\n1,Số vụ,vụ,\"1,2,3\"\n2,Số người,người,\"2,5\"\n".encode()
    r = upload(drafter, "Biểu 02 (bản sửa).csv", bad)
    assert r.status_code == 422
    body = r.json()
    assert body["detail"].startswith("Biểu 02 (bản sửa).csv: bảng số liệu không được nạp: "
                                     "Biểu 02 (bản sửa).csv, hàng 2, cột 'Kỳ báo cáo': «1,2,3» không phải là số")
    assert [(e["row"], e["column"], e["severity"]) for e in body["errors"]] == [
        (2, "Kỳ báo cáo", "error"), (3, "Kỳ báo cáo", "error")]
    assert ".tmp-" not in r.text and "/agencies/" not in r.text and "f-" not in body["detail"].split(":")[0]
    r = upload(drafter, "so-lieu.xlsx", b"PK\x03\x04 not really a workbook")
    assert r.status_code == 422 and r.json()["detail"].startswith("so-lieu.xlsx: không đọc được bảng tính")
    assert len(drafter.get("/api/figures").json()) == before  # nothing stored


def test_the_sheet_field_picks_a_sheet(drafter, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Tổng hợp"
    wb.active.append(["Chỉ tiêu", "ĐVT", "Kỳ báo cáo"])
    wb.active.append(["Số chốt", "chốt", 4])
    other = wb.create_sheet("Xã Hàm Trí")
    other.append(["Chỉ tiêu", "ĐVT", "Kỳ báo cáo"])
    other.append(["Số bếp ăn được hỗ trợ", "bếp", 7])
    path = tmp_path / "hai-trang.xlsx"
    wb.save(path)
    first = upload(drafter, path.name, path.read_bytes())
    assert first.status_code == 201 and "'Xã Hàm Trí'" in first.json()["warnings"][0]["message"]
    chosen = upload(drafter, path.name, path.read_bytes(), sheet="Xã Hàm Trí")
    assert chosen.status_code == 201 and chosen.json()["info"]["sheet"] == "Xã Hàm Trí"
    report = drafter.get(f"/api/figures/{chosen.json()['id']}/validate").json()
    assert report["valid"] and report["rows"] == 1
    missing = upload(drafter, path.name, path.read_bytes(), sheet="Biểu 9")
    assert missing.status_code == 422 and "không có trang tính 'Biểu 9'" in missing.json()["detail"]


@pytest.mark.slow
def test_the_real_pipeline_drafts_with_the_uploaded_workbook_as_last_period(tmp_path):
    """The real pipeline (offline engine): the 2023 workbook is last period's figures of a 2024 draft."""
    with running_service(tmp_path / "data", pipeline_factory=None) as real:
        c = real.client(real.key("drafter"), timeout=600)
        assert upload(c, XLSX_2023.name, XLSX_2023.read_bytes(), period="2023-H1",
                      series=SPEC["series"]).status_code == 201
        assert upload(c, CSV_2024.name, CSV_2024.read_bytes(), series=SPEC["series"]).status_code == 201
        spec = {**SPEC, "prior": {"figures": XLSX_2023.name}}
        d = c.post("/api/drafts", json={"spec": spec, "engine": "offline"})
        assert d.status_code == 202, d.text
        events = sse(c, f"/api/drafts/{d.json()['id']}/events", timeout=600)
        assert events[-1]["event"] == "done", events[-1]
        draft = c.get(f"/api/drafts/{d.json()['id']}").json()["draft"]
        assert draft["provenance"]["prior_figures"].endswith(XLSX_2023.name)
        assert draft["provenance"]["prior_period"] == "2023-H1" and draft["summary"]["figures"] > 20


def test_drafting_reads_the_sheet_chosen_and_names_the_file_as_uploaded(tmp_path, data_dir):
    """At draft time the sheet chosen at upload is read, and a message names the upload, not its stored name."""
    import openpyxl

    from service.errors import InputError
    from service.periods import parse_period
    from service.pipeline import DraftPipeline as Pipeline
    from service.settings import get_settings
    from service.spec import spec_from_dict

    wb = openpyxl.Workbook()
    wb.active.title = "Hướng dẫn"
    wb.active.append(["Chỉ tiêu", "ĐVT", "Kỳ báo cáo"])
    wb.active.append(["Số chốt", "chốt", 4])
    other = wb.create_sheet("Biểu 01")
    other.append(["Kỳ báo cáo: 6 tháng đầu năm 2024"])
    other.append(["Chỉ tiêu", "ĐVT", "Kỳ báo cáo"])
    other.append(["Số bếp ăn được hỗ trợ", "bếp", 7])
    stored = tmp_path / "f_0a1b2c-so-lieu.xlsx"  # how the API stores an upload named "Số liệu.xlsx"
    wb.save(stored)
    raw = {**SPEC, "figures": str(stored), "figures_sheet": "Biểu 01", "prior": {}}
    spec = spec_from_dict(raw, base_dir=tmp_path)
    spec.display_names[str(stored.resolve())] = "Số liệu.xlsx"
    pipeline = Pipeline(get_settings())
    table = pipeline.load_current(spec, parse_period("2024-H1"))
    assert [(f.chi_tieu, f.ky_bao_cao) for f in table] == [("Số bếp ăn được hỗ trợ", 7)]
    with pytest.raises(InputError) as err:
        pipeline.load_current(spec, parse_period("2023-H1"))  # the sheet says 2024
    assert err.value.message.startswith("Số liệu.xlsx: ") and "f_0a1b2c" not in err.value.message
