"""Two API processes' worth of state on one PostgreSQL: what one admits, counts or stores, the other sees.

Two apps (each on its own port, its own data directory — as on two machines)
share one database and no worker, so drafts stay queued: enough to see the
job limit per agency hold across them under concurrent submissions, one rate
limit counted for both, and an upload received by one served by the other.
"""

from __future__ import annotations

import stat
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager

import httpx
import pytest
from conftest import FIGURES, REPORTS
from sqlalchemy import create_engine, text

from tests.api_support import FakePipeline, Service, live_server

pytestmark = pytest.mark.network
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"
SPEC = {"series": "htb", "title": "Báo cáo", "period": "2024-H1", "issuer": {"name": "BCĐ"}, "place": "P",
        "date": "2024-07-05", "figures": CSV.name}


@contextmanager
def two_apis(root, database_url, **overrides):
    """Two API-only apps (``serve --no-worker``) on one database; yields their ``Service``s."""
    from service.api.app import create_app
    from service.settings import load_settings

    with ExitStack() as stack:
        out = []
        for name in ("a", "b"):
            settings = load_settings(data_dir=root / name, database_url=database_url, chroma_url=None,
                                     llm_base_url=None, llm_model=None, **overrides)
            app = create_app(settings, worker=False, pipeline_factory=lambda s, engine: FakePipeline(s, engine))
            out.append(Service(app, stack.enter_context(live_server(app))))
        yield out


def _upload(c: httpx.Client) -> dict:
    r = c.post("/api/figures", files={"file": (CSV.name, CSV.read_bytes())}, data={"series": "htb", "period": "2024-H1"})
    assert r.status_code == 201, r.text
    return r.json()


def test_job_limit_holds_across_api_processes(pg_url, tmp_path):
    with two_apis(tmp_path, pg_url, jobs_per_agency=3) as (a, b):
        key = a.key("drafter")
        clients = [a.client(key), b.client(key)]
        _upload(clients[0])
        with ThreadPoolExecutor(12) as pool:  # all at once, half through each process
            codes = list(pool.map(lambda i: clients[i % 2].post("/api/drafts", json={"spec": SPEC}).status_code,
                                  range(12)))
        assert sorted(codes) == [202] * 3 + [429] * 9, codes
        r = clients[1].post("/api/drafts", json={"spec": SPEC})
        assert r.status_code == 429 and "tối đa 3" in r.json()["detail"] and r.headers["Retry-After"]
        assert len(clients[1].get("/api/drafts").json()) == 3  # the other process lists what this one admitted
        other = b.client(b.key("drafter", agency="Bù Đăng"))  # another agency has its own places
        _upload(other)
        assert other.post("/api/drafts", json={"spec": SPEC}).status_code == 202


def test_one_rate_limit_for_all_api_processes(pg_url, tmp_path):
    if time.time() % 60 > 50:  # windows are whole minutes: start this test well inside one
        time.sleep(61 - time.time() % 60)
    with two_apis(tmp_path, pg_url, rate_limit_per_minute=10) as (a, b):
        key = a.key("reviewer")
        clients = [a.client(key), b.client(key)]
        codes = [clients[i % 2].get("/api/drafts").status_code for i in range(16)]
        assert codes == [200] * 10 + [429] * 6, codes
        r = clients[0].get("/api/drafts")
        assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 60
        assert b.client(b.key("reviewer")).get("/api/drafts").status_code == 200  # per key, not per process


def test_upload_to_one_process_is_served_by_the_other(pg_url, tmp_path):
    with two_apis(tmp_path, pg_url) as (a, b):
        drafter, admin = a.key("drafter"), a.key("admin")
        up = _upload(a.client(drafter))
        assert not list((tmp_path / "b").rglob(f"{up['id']}-*"))  # b never received it
        r = b.client(drafter).get(f"/api/figures/{up['id']}/validate")
        assert r.status_code == 200 and r.json()["valid"] is True, r.text
        [cached] = list((tmp_path / "b").rglob(f"{up['id']}-*"))  # b read it from the database
        assert cached.read_bytes() == CSV.read_bytes()
        assert stat.S_IMODE(cached.stat().st_mode) == 0o600
        assert b.client(drafter).post("/api/drafts", json={"spec": SPEC}).status_code == 202  # resolved on b too

        with b.client(admin) as c:
            assert c.delete(f"/api/figures/{up['id']}").status_code == 204
        assert a.client(drafter).get(f"/api/figures/{up['id']}").status_code == 404
        eng = create_engine(pg_url)
        try:
            with eng.connect() as conn:  # the bytes went with the row
                assert conn.execute(text("select count(*) from api_upload_blobs")).scalar() == 0
        finally:
            eng.dispose()


def test_a_job_never_runs_while_an_earlier_attempt_holds_it(pg_url, tmp_path):
    """The per-job advisory lock: a second runner waits while the first one's connection lives, then finds
    the job done and does nothing — one run, one version."""
    import threading

    from service.api.queue import _lock_key

    with two_apis(tmp_path, pg_url) as (a, _b):
        c = a.client(a.key("drafter"))
        _upload(c)
        r = c.post("/api/drafts", json={"spec": SPEC})
        job_id, draft_id = r.json()["job"], r.json()["id"]
        runner = a.app.state.jobs
        eng = create_engine(pg_url)
        try:
            with eng.connect() as holder:  # as the process of an earlier attempt would
                assert holder.execute(text("select pg_try_advisory_lock(:k)"), {"k": _lock_key(job_id)}).scalar()
                second = threading.Thread(target=runner.run_exclusive, args=(job_id,))
                second.start()
                second.join(2.5)
                assert second.is_alive()  # still waiting for the lock …
                assert c.get(f"/api/drafts/{draft_id}").json()["status"] == "queued"  # … without having run
                holder.execute(text("select pg_advisory_unlock(:k)"), {"k": _lock_key(job_id)})
                second.join(30)
            assert c.get(f"/api/drafts/{draft_id}").json()["status"] == "done"
            runner.run_exclusive(job_id)  # delivered again: nothing to do
            with eng.connect() as conn:
                assert conn.execute(text("select count(*) from api_versions where draft_id = :d"),
                                    {"d": draft_id}).scalar() == 1
                assert conn.execute(text("select attempts from api_jobs where id = :j"), {"j": job_id}).scalar() == 1
        finally:
            eng.dispose()


def test_a_prior_report_uploaded_to_one_process_gets_its_template_and_spec_from_the_other(pg_url, tmp_path):
    """Onboarding reads the upload wherever it was received: the template and the spec of the next edition."""
    prior = REPORTS / "ham-thuan-bac-2023-h1.docx"
    with two_apis(tmp_path, pg_url) as (a, b):
        key = a.key("drafter")
        r = a.client(key).post("/api/reports", files={"file": (prior.name, prior.read_bytes())})
        assert r.status_code == 201, r.text
        rid = r.json()["id"]
        t = b.client(key).get(f"/api/reports/{rid}/template.csv")
        assert t.status_code == 200, t.text
        assert "Kỳ báo cáo" in t.text.splitlines()[0] and len(t.text.splitlines()) > 100
        spec = b.client(key).get(f"/api/reports/{rid}/spec", params={"period": "2024-H1"})
        assert spec.status_code == 200 and spec.json()["spec"]["period"], spec.text
