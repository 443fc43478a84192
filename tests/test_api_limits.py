"""Bad input and abuse: oversize and mislabelled uploads, path traversal in specs, rate and job limits."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import FIGURES

from tests.api_support import running_service

pytestmark = pytest.mark.network
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"
SPEC = {"series": "htb", "title": "Báo cáo", "period": "6 tháng đầu năm 2024", "issuer": {"name": "BCĐ"},
        "place": "Hàm Thuận Bắc", "date": "2024-07-05", "figures": CSV.name}


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    # 0.05 MB: the 42 kB sample table fits, a 100 kB file does not
    with running_service(tmp_path_factory.mktemp("limits"), max_upload_mb=0.05, rate_limit_per_minute=1000,
                         jobs_per_agency=1, delay=1.0) as s:
        yield s


@pytest.fixture(scope="module")
def drafter(svc):
    c = svc.client(svc.key("drafter"))
    with open(CSV, "rb") as f:
        r = c.post("/api/figures", files={"file": (CSV.name, f)}, data={"series": "htb", "period": "2024-H1"})
    assert r.status_code == 201, r.text
    return c


def _problem(r, status, *words):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    for w in words:
        assert w in r.json()["detail"], r.json()
    return r.json()


def _no_leftovers(svc):
    """Nothing stored half-way: no temp files anywhere under the agencies' directories."""
    root = svc.app.state.settings.data_dir / "agencies"
    return [p for p in root.rglob(".tmp-*")] if root.exists() else []


def test_upload_too_large_is_413_and_nothing_stored(svc, drafter):
    before = drafter.get("/api/reports").json()
    _problem(drafter.post("/api/reports", files={"file": ("big.txt", b"a" * 100_000)}), 413, "MB")

    def chunks():  # no Content-Length: the limit must hold while streaming too
        yield b"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
        for _ in range(40):
            yield b"b" * 4096
        yield b"\r\n--xyz--\r\n"

    r = drafter.post("/api/reports", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=xyz"})
    _problem(r, 413)
    assert drafter.get("/api/reports").json() == before
    assert _no_leftovers(svc) == []


@pytest.mark.parametrize("name,data,words", [
    ("report.docx", b"this is not a zip", ("report.docx: không đọc được tài liệu .docx",)),
    ("report.docx", "ZIP", ("không phải tài liệu Word",)),
    ("report.pdf", b"hello", ("report.pdf: không phải tệp PDF",)),
    ("report.txt", "Báo cáo".encode("cp1258"), ("UTF-8",)),
    ("report.txt", b"\x00\x01\x02binary", ("nhị phân",)),
    ("report.exe", b"MZ", (".docx",)),
    ("", b"x", ("cần một tệp",)),
])
def test_reports_must_be_what_their_name_says(svc, drafter, name, data, words):
    if data == "ZIP":  # a zip archive, but not a Word document
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("x.txt", "hi")
        data = buf.getvalue()
    _problem(drafter.post("/api/reports", files={"file": (name, data)}), 422, *words)
    assert _no_leftovers(svc) == []


@pytest.mark.parametrize("name,data,words", [
    ("t.csv", "ma,chi_tieu\nTQ-01,Số lượt\n".encode("utf-16"), ("thiếu cột 'Kỳ báo cáo'",)),  # read as the CLI reads it
    ("t.csv", "ma,chi_tieu,ky_bao_cao\nTQ-01,Café,1\n".encode("cp1258"), ("UTF-8",)),
    ("t.csv", b"ma,chi_tieu,don_vi_tinh,ky_bao_cao\nTQ-01,A,vu,abc\n", ("«abc» không phải là số",)),
    ("t.xlsx", b"not a zip", ("không đọc được bảng tính",)),
    ("t.csv", b"", ("tệp trống",)),
])
def test_figures_malformed(svc, drafter, name, data, words):
    body = _problem(drafter.post("/api/figures", files={"file": (name, data)}, data={"series": "s", "period": "2024-H1"}),
                    422, *words)
    assert "/tmp" not in body["detail"] and ".tmp-" not in body["detail"]  # no server paths leak
    assert len(drafter.get("/api/figures").json()) == 1


def test_validate_stored_table(drafter):
    fig = drafter.get("/api/figures").json()[0]
    report = drafter.get(f"/api/figures/{fig['id']}/validate").json()
    assert report["valid"] is True and report["rows"] == 159 and report["problems"] == []


def test_figures_need_a_real_period(drafter):
    with open(CSV, "rb") as f:
        _problem(drafter.post("/api/figures", files={"file": (CSV.name, f)}, data={"series": "s", "period": "sometime"}),
                 422, "period")
    _problem(drafter.post("/api/figures", files={"file": (CSV.name, b"x")}), 422)


@pytest.mark.parametrize("field,value", [
    ("figures", "../../etc/passwd"), ("figures", "/etc/passwd"), ("figures", "..\\..\\boot.ini"),
    ("figures", "C:\\Windows\\win.ini"), ("figures", "~/secrets.csv"), ("figures", "figures/../../../x.csv"),
    ("prior", {"report": "../../../../shared/corpus/reports/bu-dang-2020-h1.docx"}),
    ("exemplars", ["/work/shared/corpus/reports/lam-ha-2024-news.txt"]),
])
def test_spec_paths_outside_agency_are_refused(drafter, field, value):
    _problem(drafter.post("/api/drafts", json={"spec": {**SPEC, field: value}}), 403, "ra ngoài")
    assert drafter.get("/api/drafts").json() == [] or all(d["status"] for d in drafter.get("/api/drafts").json())


def test_malformed_specs_are_422(drafter):
    _problem(drafter.post("/api/drafts", json={"spec": {**SPEC, "date": "not a date"}}), 422, "date")
    _problem(drafter.post("/api/drafts", json={"spec": {k: v for k, v in SPEC.items() if k != "title"}}), 422, "title")
    _problem(drafter.post("/api/drafts", json={"spec": {**SPEC, "figures": 42}}), 422, "figures")
    _problem(drafter.post("/api/drafts", json={"spec": {**SPEC, "prior": {"figures": "nope.csv"}}}), 404, "prior.figures")
    _problem(drafter.post("/api/drafts", json={"spec": "series: x"}), 422)
    _problem(drafter.post("/api/drafts", json={"spec": {**SPEC, "exemplars": "a.txt"}}), 422, "exemplars")
    _problem(drafter.post("/api/drafts", json={"spec": SPEC, "engine": "llm"}), 422, "mô hình")
    _problem(drafter.post("/api/drafts", content=b"{not json", headers={"Content-Type": "application/json"}), 422)


def test_jobs_per_agency_limit(svc, drafter):
    r1 = drafter.post("/api/drafts", json={"spec": SPEC})
    assert r1.status_code == 202, r1.text
    r2 = drafter.post("/api/drafts", json={"spec": SPEC})
    body = _problem(r2, 429, "đang soạn")
    assert int(r2.headers["retry-after"]) > 0 and body["status"] == 429
    # another agency is not affected
    other = svc.client(svc.key("drafter", agency="Bù Đăng"))
    with open(CSV, "rb") as f:
        other.post("/api/figures", files={"file": (CSV.name, f)}, data={"series": "htb", "period": "2024-H1"})
    assert other.post("/api/drafts", json={"spec": SPEC}).status_code == 202


def test_rate_limit_per_key(tmp_path):
    with running_service(tmp_path / "data", rate_limit_per_minute=5) as svc:
        a, b = svc.client(svc.key("reviewer")), svc.client(svc.key("reviewer"))
        assert [a.get("/api/drafts").status_code for _ in range(5)] == [200] * 5
        r = a.get("/api/drafts")
        _problem(r, 429, "5 yêu cầu")
        assert 1 <= int(r.headers["retry-after"]) <= 60
        assert b.get("/api/drafts").status_code == 200  # per key, not global
