"""Keys, roles and agency isolation, over real HTTP against uvicorn."""

from __future__ import annotations

import pytest
from conftest import FIGURES, REPORTS
from typer.testing import CliRunner

from tests.api_support import running_service

pytestmark = pytest.mark.network
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    with running_service(tmp_path_factory.mktemp("access")) as s:
        yield s


def _problem(r, status):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status and body["title"] and body["detail"] and body["instance"]
    return body


def _upload_figures(client):
    with open(CSV, "rb") as f:
        r = client.post("/api/figures", files={"file": (CSV.name, f, "text/csv")},
                        data={"series": "htb", "period": "2024-H1"})
    assert r.status_code == 201, r.text
    return r.json()


def test_missing_wrong_and_revoked_keys_are_401_problem_json(svc):
    with svc.client() as c:
        body = _problem(c.get("/api/reports"), 401)
        assert "Authorization: Bearer" in body["detail"]
        assert c.get("/api/reports").headers["www-authenticate"].startswith("Bearer")
        _problem(c.get("/api/reports", headers={"Authorization": "Bearer bc_000000000000_nope-nope-nope-nope-nope"}), 401)
        _problem(c.get("/api/reports", headers={"Authorization": "Basic abc"}), 401)
        # the ?key= form is only for the events stream
        _problem(c.get("/api/reports", params={"key": svc.key("admin")}), 401)
        assert c.get("/api/health").json() == {"status": "ok"}
    key = svc.key("reviewer")
    with svc.client(key) as c:
        assert c.get("/api/reports").status_code == 200
        prefix = key.split("_")[1]
        admin = svc.client(svc.key("admin"))
        assert admin.delete(f"/api/keys/{prefix}").status_code == 204
        _problem(c.get("/api/reports"), 401)


def test_roles(svc):
    drafter, reviewer, admin = (svc.client(svc.key(r)) for r in ("drafter", "reviewer", "admin"))
    fig = _upload_figures(drafter)
    r = reviewer.post("/api/figures", files={"file": ("a.csv", b"ma\n")}, data={"series": "s", "period": "2024"})
    body = _problem(r, 403)
    assert "người soạn" in body["detail"]          # the role it needs, in Vietnamese
    assert reviewer.get(f"/api/figures/{fig['id']}").status_code == 200
    _problem(drafter.delete(f"/api/figures/{fig['id']}"), 403)
    _problem(drafter.post("/api/drafts/d_x/sections/I/rewrite", json={"instruction": "ngắn gọn hơn"}), 403)
    _problem(reviewer.post("/api/drafts/d_x/versions/1/accept"), 404)  # allowed role, unknown draft
    _problem(drafter.post("/api/drafts/d_x/versions/1/accept"), 403)
    _problem(drafter.get("/api/keys"), 403)
    created = admin.post("/api/keys", json={"role": "drafter", "name": "Chị Lan"})
    assert created.status_code == 201 and created.json()["key"].startswith("bc_")
    listed = admin.get("/api/keys").json()
    assert all(k["key"] is None for k in listed) and any(k["name"] == "Chị Lan" for k in listed)
    assert admin.delete(f"/api/figures/{fig['id']}").status_code == 204
    _problem(admin.get(f"/api/figures/{fig['id']}"), 404)
    actions = [a["action"] for a in admin.get("/api/audit").json()]
    assert {"figures.upload", "figures.remove", "key.create"} <= set(actions)


def test_agency_isolation(svc):
    a = svc.client(svc.key("drafter", agency="Hàm Thuận Bắc"))
    b = svc.client(svc.key("admin", agency="Bù Đăng"))
    fig = _upload_figures(a)
    with open(REPORTS / "ham-thuan-bac-2023-h1.txt", "rb") as f:
        rep = a.post("/api/reports", files={"file": ("htb-2023.txt", f)}).json()
    assert fig["id"] not in {x["id"] for x in b.get("/api/figures").json()}
    assert b.get("/api/reports").json() == []
    for path in (f"/api/figures/{fig['id']}", f"/api/reports/{rep['id']}", f"/api/figures/{fig['id']}/validate"):
        _problem(b.get(path), 404)
    _problem(b.delete(f"/api/reports/{rep['id']}"), 404)
    # B may not use A's uploads in a spec, by id or by name
    spec = {"series": "x", "title": "t", "period": "2024-H1", "issuer": {"name": "X"}, "place": "P",
            "date": "2024-07-05", "figures": fig["id"]}
    bd = svc.client(svc.key("drafter", agency="Bù Đăng"))
    _problem(bd.post("/api/drafts", json={"spec": spec}), 404)
    _problem(bd.post("/api/drafts", json={"spec": {**spec, "figures": CSV.name}}), 404)
    # A's draft is invisible to B
    d = a.post("/api/drafts", json={"spec": spec}).json()
    for path in (f"/api/drafts/{d['id']}", f"/api/drafts/{d['id']}/versions", f"/api/drafts/{d['id']}/docx",
                 f"/api/drafts/{d['id']}/events", f"/api/drafts/{d['id']}/diff?from=1&to=1"):
        _problem(bd.get(path), 404)
    assert bd.get("/api/drafts").json() == []
    # files live under the agency's own directory
    root = svc.app.state.settings.data_dir / "agencies"
    from service.api.auth import agency_slug

    assert (root / agency_slug("Hàm Thuận Bắc") / "figures").is_dir()
    assert not (root / agency_slug("Bù Đăng") / "figures").exists()


def test_keys_cli(tmp_path, monkeypatch):
    from service.cli import app
    from service.settings import get_settings

    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("BAOCAO_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        r = runner.invoke(app, ["keys", "create", "--role", "reviewer", "--agency", "Hàm Thuận Bắc", "--name", "Anh Tư"])
        assert r.exit_code == 0, r.output
        key = r.stdout.strip().splitlines()[0]
        assert key.startswith("bc_")
        r = runner.invoke(app, ["keys", "list", "--json"])
        assert key not in r.stdout and '"role": "reviewer"' in r.stdout and "Hàm Thuận Bắc" in r.stdout
        prefix = key.split("_")[1]
        assert runner.invoke(app, ["keys", "revoke", prefix]).exit_code == 0
        assert "revoked" in runner.invoke(app, ["keys", "list"]).stdout
        r = runner.invoke(app, ["keys", "create", "--role", "boss", "--agency", "X"])
        assert r.exit_code != 0
    finally:
        get_settings.cache_clear()


def test_baocao_serve_cli(tmp_path):
    """``baocao serve`` in a subprocess: web page, OpenAPI and the docs UI on a real port."""
    import os
    import subprocess
    import sys
    import time

    import httpx
    from conftest import ROOT, free_port

    port = free_port()
    env = {**os.environ, "BAOCAO_DATA_DIR": str(tmp_path / "data")}
    env.pop("BAOCAO_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-c", "from service.cli import main; main()", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "warning"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/api/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"baocao serve did not come up: {proc.stdout.read() if proc.poll() is not None else 'timeout'}")
            time.sleep(0.2)
        page = httpx.get(url + "/")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"] and "/static/js/main.js" in page.text
        assert "EventSource" in httpx.get(url + "/static/js/main.js").text     # the page's script, served by the app
        paths = httpx.get(url + "/openapi.json").json()["paths"]
        assert "/api/drafts/{draft_id}/sections/{section_path}/rewrite" in paths and "/api/drafts/{draft_id}/diff" in paths
        assert "swagger" in httpx.get(url + "/docs").text.lower()
        assert httpx.get(url + "/api/nothing-here").headers["content-type"].startswith("application/problem+json")
    finally:
        proc.terminate()
        proc.wait(10)
