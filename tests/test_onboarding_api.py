"""Onboarding through the real API (uvicorn on a loopback port): an uploaded last edition gives its figures
template and the spec that prefills the draft form; the filled template uploads as this period's figures."""

from __future__ import annotations

import io

import openpyxl
import pytest
from conftest import REPORTS

from tests.api_support import running_service

pytestmark = pytest.mark.network
HTB = REPORTS / "ham-thuan-bac-2023-h1.docx"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    with running_service(tmp_path_factory.mktemp("onboarding-api")) as s:
        yield s


@pytest.fixture(scope="module")
def drafter(svc):
    with svc.client(svc.key("drafter", agency="Hàm Thuận Bắc")) as c:
        yield c


@pytest.fixture(scope="module")
def report_id(drafter):
    r = drafter.post("/api/reports", files={"file": (HTB.name, HTB.read_bytes())})
    assert r.status_code == 201, r.text
    return r.json()["id"]


def test_the_template_downloads_as_a_workbook_named_for_the_new_period(drafter, report_id):
    r = drafter.get(f"/api/reports/{report_id}/template.xlsx")
    assert r.status_code == 200, r.text
    assert "spreadsheetml" in r.headers["content-type"]
    assert "2024-H1" in r.headers["content-disposition"]
    ws = openpyxl.load_workbook(io.BytesIO(r.content)).worksheets[0]
    assert ws.cell(2, 1).value == "Kỳ báo cáo: 6 tháng đầu năm 2024"
    r = drafter.get(f"/api/reports/{report_id}/template.csv", params={"period": "6 tháng đầu năm 2025"})
    assert r.status_code == 200
    assert r.text.splitlines()[0].split(",")[5] == "Kỳ trước"       # 2025 is no year after 2023: previous edition


def test_the_spec_prefills_the_draft_form_and_the_filled_template_uploads(drafter, report_id):
    r = drafter.get(f"/api/reports/{report_id}/spec", params={"period": "2024-H1"})
    assert r.status_code == 200, r.text
    info = r.json()
    spec = info["spec"]
    assert spec["period"] == "6 tháng đầu năm 2024" and spec["prior"] == {"report": report_id}
    assert spec["figures"] == info["template"] and info["rows"] > 150
    assert spec["signer"]["name"] == "Cao Văn Bảy" and spec["profile"] == "party"
    wb = openpyxl.load_workbook(io.BytesIO(drafter.get(f"/api/reports/{report_id}/template.xlsx").content))
    ws = wb.worksheets[0]
    h = next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")
    for row in range(h + 1, ws.max_row + 1):
        ws.cell(row, 5).value = ws.cell(row, 6).value
    buf = io.BytesIO()
    wb.save(buf)
    up = drafter.post("/api/figures", files={"file": (info["template"], buf.getvalue())},
                      data={"series": spec["series"], "period": spec["period"]})
    assert up.status_code == 201, up.text
    assert up.json()["info"]["rows"] == info["rows"]


def test_unknown_report_and_bad_period_are_problems_in_vietnamese_or_named(drafter, report_id):
    r = drafter.get("/api/reports/r_nope/template.xlsx")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    r = drafter.get(f"/api/reports/{report_id}/spec", params={"period": "giữa năm"})
    assert r.status_code in (400, 422) and "period" in r.json()["detail"]
    r = drafter.get(f"/api/reports/{report_id}/template.pdf")
    assert r.status_code in (400, 422) and "template.xlsx" in r.json()["detail"]


def test_the_page_has_the_onboarding_block(svc):
    with svc.client() as c:
        page = c.get("/").text
        script = c.get("/static/js/onboarding.js").text          # the page's onboarding module
    assert 'id="ob-template"' in page and "/template.xlsx" in script and "/spec" in script
