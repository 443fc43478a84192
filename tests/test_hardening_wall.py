"""The outer wall, as a hostile or careless client meets it: security headers on the page and the API,
anonymous and bad-key floods limited per address (across processes on PostgreSQL), upload bodies never read
for a bad key, and files only the service's user can read."""

from __future__ import annotations

import re
import socket
import stat
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.api_support import running_service
from tests.test_api_browser import browser  # noqa: F401  (the Chromium fixture)
from tests.conftest import FIGURES

CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    with running_service(tmp_path_factory.mktemp("wall") / "data", rate_limit_per_minute=8) as s:
        yield s


def _common(r):
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY" and r.headers["referrer-policy"] == "no-referrer"
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and not re.search(r"https?:|\*|'unsafe-eval'", csp), csp
    return csp


def test_the_page_carries_csp_and_nosniff(svc):
    import base64
    import hashlib

    with svc.client() as c:
        r = c.get("/")
    csp = _common(r)
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "'unsafe-inline'" not in script_src
    for body in re.findall(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", r.content, re.S):  # each inline script
        assert "'sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode() + "'" in script_src


def test_api_responses_and_errors_carry_the_headers(svc):
    with svc.client() as c:
        for r in (c.get("/api/health"), c.get("/api/nowhere"), c.get("/openapi.json")):
            assert _common(r).startswith("default-src 'none'"), r.url


def test_anonymous_and_bad_key_floods_get_429_per_address(tmp_path):
    with running_service(tmp_path / "data", rate_limit_per_minute=8) as svc:
        _flood(svc)


def _flood(svc):
    key = svc.key("drafter", agency="Tràn ngập")
    with svc.client() as anon, svc.client("bc_0123456789ab_" + "x" * 32) as bad, svc.client(key) as good:
        codes = [anon.get("/api/drafts").status_code for _ in range(6)] + \
                [bad.get("/api/figures").status_code for _ in range(6)]
        assert codes[:8] == [401] * 8 and codes[8:] == [429] * 4, codes
        r = bad.get("/api/figures")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert r.headers["content-type"].startswith("application/problem+json")
        assert "không có khóa API hợp lệ" in r.json()["detail"]
        assert good.get("/api/figures").status_code == 200  # a valid key is counted on its own


def test_a_bad_key_upload_is_answered_before_its_body_is_sent(svc):
    """Headers of a 10 MB upload and no body: the gate answers 401 at once (a route would wait for the body)."""
    host, port = svc.url.removeprefix("http://").split(":")
    for auth in ("", "Authorization: Bearer bc_000000000000_nope-nope-nope-nope-nope\r\n"):
        with socket.create_connection((host, int(port)), timeout=15) as s:
            s.sendall((f"POST /api/reports HTTP/1.1\r\nHost: x\r\n{auth}Content-Type: multipart/form-data; "
                       "boundary=b\r\nContent-Length: 10000000\r\n\r\n").encode())
            head = s.recv(4096).decode("latin-1")  # times out (the test fails) if the server waits for the body
        assert head.startswith("HTTP/1.1 401") or head.startswith("HTTP/1.1 429"), head
    with svc.client(svc.key("admin", agency="Tràn ngập")) as c:
        assert c.get("/api/reports").json() == []


def test_files_and_database_are_the_services_alone(tmp_path):
    with running_service(tmp_path / "data") as s, s.client(s.key("drafter")) as c:
        r = c.post("/api/figures", files={"file": (CSV.name, CSV.read_bytes())}, data={"series": "s", "period": "2024-H1"})
        assert r.status_code == 201, r.text
        data = s.app.state.settings.data_dir
        stored = next(data.glob("agencies/*/figures/*.csv"))
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE((data / "baocao.db").stat().st_mode) == 0o600
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600


def test_stale_temporary_files_are_removed_at_start(tmp_path):
    """A crash mid-upload leaves ``.tmp-<pid>-…``; the next start removes it (its writer is gone)."""
    import os
    import subprocess

    proc = subprocess.Popen(["true"])
    proc.wait()
    folder = tmp_path / "data" / "agencies" / "x-0123456789" / "reports"
    folder.mkdir(parents=True)
    stale, live = folder / f".tmp-{proc.pid}-abcdef", folder / f".tmp-{os.getpid()}-abcdef"
    stale.write_bytes(b"half an upload")
    live.write_bytes(b"being written")
    with running_service(tmp_path / "data"):
        assert not stale.exists() and live.exists()


@pytest.mark.network
def test_address_limits_are_shared_across_api_processes(pg_url, tmp_path):
    from tests.test_workers_shared import two_apis

    with two_apis(tmp_path, pg_url, rate_limit_per_minute=6) as (a, b):
        with a.client() as ca, b.client() as cb, ThreadPoolExecutor(4) as pool:
            codes = list(pool.map(lambda i: (ca if i % 2 else cb).get("/api/drafts").status_code, range(12)))
        assert sorted(codes) == [401] * 6 + [429] * 6, codes


def test_the_openapi_schema_declares_the_problem_responses(svc):
    with svc.client() as c:
        schema = c.get("/openapi.json").json()
    operations = [(path, op) for path, item in schema["paths"].items() for op in item.values()]
    assert len(operations) >= 20
    for path, op in operations:
        for status in ("401", "403", "404", "409", "413", "422", "429"):
            content = op["responses"][status]["content"]
            assert list(content) == ["application/problem+json"], (path, status)
            assert content["application/problem+json"]["schema"]["required"] == ["type", "title", "status", "detail"]


def test_the_page_and_the_docs_run_under_the_policy(svc, browser):
    """In Chromium: the page, Swagger UI and ReDoc render and the console shows no CSP refusal."""
    from tests.test_api_browser import wait_for

    for path, ready in (("/", "#key"), ("/docs", ".opblock"), ("/redoc", "[data-section-id]")):
        browser.get(svc.url + path)
        wait_for(lambda: browser.find_elements("css selector", ready), what=f"{path} rendered")
        refused = [e["message"] for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]
        assert refused == [], (path, refused)
