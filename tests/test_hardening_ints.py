"""Integers past any sensible bound (and past 2^63) in paths, queries, bodies and headers are 4xx, never 500."""

from __future__ import annotations

import time

import pytest

from tests.api_support import running_service
from tests.test_api_flow import SPEC, upload_all

pytestmark = pytest.mark.network
HUGE = [2**63, 2**64 + 1, 10**30, 1_000_001, 0, -1]


def test_huge_and_out_of_range_integers_are_4xx(tmp_path):
    with running_service(tmp_path / "data") as svc, svc.client(svc.key("admin")) as c:
        upload_all(c)
        d = c.post("/api/drafts", json={"spec": SPEC}).json()["id"]
        for _ in range(400):
            if c.get(f"/api/drafts/{d}").json()["status"] == "done":
                break
            time.sleep(0.05)
        for n in HUGE:
            for method, path in (("GET", f"versions/{n}"), ("GET", f"versions/{n}/docx"), ("GET", f"versions/{n}/pdf"),
                                 ("POST", f"versions/{n}/accept"), ("POST", f"versions/{n}/reject"),
                                 ("POST", f"versions/{n}/rebase"), ("GET", f"diff?from={n}&to=1"),
                                 ("GET", f"diff?from=1&to={n}")):
                r = c.request(method, f"/api/drafts/{d}/{path}")
                assert r.status_code in (404, 422), (method, path, r.status_code, r.text)
                assert r.headers["content-type"].startswith("application/problem+json")
            r = c.post(f"/api/drafts/{d}/sections/I/rewrite", json={"instruction": "ngắn gọn hơn", "base": n})
            assert r.status_code in (404, 409, 422), (n, r.status_code, r.text)
            r = c.get(f"/api/drafts/{d}/events", headers={"Last-Event-ID": str(n)})
            assert r.status_code == 200  # a resume point past the end: the finished stream ends at once
            r = c.get("/api/audit", params={"limit": n})
            assert r.status_code in (200, 422), r.text
        r = c.get(f"/api/drafts/{d}/versions/{2**63}")
        assert r.status_code == 422 and "phải nhỏ hơn hoặc bằng 1000000" in r.json()["detail"], r.text
        assert c.get(f"/api/drafts/{d}/versions/1").status_code == 200
