"""A draft that takes too long, or keeps killing what runs it, ends failed with its reason — once;
a new agency's first drafts, started together, do not trip over each other creating its store."""

from __future__ import annotations

import time

import pytest
from conftest import FIGURES
from sqlalchemy import select

from service.api.models import DraftRow, Job, JobEvent, Upload, Version
from tests.api_support import running_service

pytestmark = pytest.mark.network
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"
SPEC = {"series": "htb", "title": "Báo cáo", "period": "2024-H1", "issuer": {"name": "BCĐ"}, "place": "P",
        "date": "2024-07-05", "figures": CSV.name}


def _until_ended(svc, job_id: str, timeout: float = 30) -> Job:
    deadline = time.monotonic() + timeout
    with svc.app.state.sessions() as s:
        while time.monotonic() < deadline:
            s.expire_all()
            job = s.get(Job, job_id)
            if job.status in ("done", "failed"):
                return job
            time.sleep(0.05)
    raise AssertionError(f"job {job_id} still {job.status}")


def test_a_draft_past_the_timeout_is_failed_with_its_reason(tmp_path):
    with running_service(tmp_path / "data", job_timeout=0.5, delay=5.0) as svc:
        c = svc.client(svc.key("drafter"))
        assert c.post("/api/figures", files={"file": (CSV.name, CSV.read_bytes())},
                      data={"series": "htb", "period": "2024-H1"}).status_code == 201
        r = c.post("/api/drafts", json={"spec": SPEC})
        assert r.status_code == 202, r.text
        job = _until_ended(svc, r.json()["job"])
        assert job.status == "failed" and job.error["status"] == 504
        assert "0.5 giây" in job.error["detail"] and "BAOCAO_JOB_TIMEOUT" in job.error["detail"]
        d = c.get(f"/api/drafts/{r.json()['id']}").json()
        assert d["status"] == "failed" and d["current_version"] is None and d["error"]["status"] == 504
        # its place is free again
        assert c.post("/api/drafts", json={"spec": SPEC}).status_code == 202


def test_a_draft_that_keeps_being_cut_off_stops_at_the_attempt_cap(tmp_path):
    data = tmp_path / "data"
    with running_service(data) as svc:
        key = svc.key("drafter")
        with svc.client(key) as c:
            fig = c.post("/api/figures", files={"file": (CSV.name, CSV.read_bytes())},
                         data={"series": "htb", "period": "2024-H1"}).json()
        with svc.app.state.sessions.begin() as s:  # as three crashed starts would leave it
            agency_id = s.scalar(select(Upload.agency_id).where(Upload.id == fig["id"]))
            s.add(DraftRow(id="d_crashy", agency_id=agency_id, title="t", spec={**SPEC, "figures": fig["id"]},
                           status="running"))
            s.flush()
            s.add(Job(id="j_crashy", agency_id=agency_id, draft_id="d_crashy", status="running", attempts=3))
            s.flush()
            s.add(JobEvent(job_id="j_crashy", seq=1, type="status", data={"type": "status", "status": "running"}))

    with running_service(data, job_max_attempts=3) as svc:  # the next start fails it instead of a 4th attempt
        job = _until_ended(svc, "j_crashy")
        assert job.status == "failed" and job.attempts == 3
        assert "3 lần" in job.error["detail"] and "BAOCAO_JOB_MAX_ATTEMPTS" in job.error["detail"]
        with svc.app.state.sessions() as s:
            types = [e.type for e in s.scalars(select(JobEvent).where(JobEvent.job_id == "j_crashy")
                                                .order_by(JobEvent.seq))]
            assert types == ["status", "resumed", "error"]
            assert s.scalar(select(Version).where(Version.draft_id == "d_crashy")) is None
        with svc.client(key) as c:
            d = c.get("/api/drafts/d_crashy").json()
            assert d["status"] == "failed" and "BAOCAO_JOB_MAX_ATTEMPTS" in d["error"]["detail"]


def test_a_new_store_opened_by_several_jobs_at_once(tmp_path):
    """Two drafts of a new agency open its (empty) figures store at the same moment: both get it."""
    import threading

    from service.figures.store import FigureStore

    errors: list[str] = []
    for trial in range(3):
        url = f"sqlite:///{tmp_path / f'agency{trial}.db'}"

        def open_store():
            try:
                FigureStore(url)
            except Exception as exc:  # before: "table figure_rows already exists"
                errors.append(repr(exc))

        threads = [threading.Thread(target=open_store) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []


def test_a_new_embedded_index_opened_by_several_jobs_at_once(tmp_path):
    """The same for the agency's prior-report index (embedded Chroma): before, 5 of 9 openings failed."""
    import threading

    from index.embed import make_embedder
    from index.store import PriorIndex
    from service.settings import load_settings

    errors: list[str] = []
    embedder = None
    for trial in range(3):
        settings = load_settings(data_dir=tmp_path / f"agency{trial}", chroma_url=None, collection=f"prior{trial}")
        embedder = embedder or make_embedder(settings)

        def open_index():
            try:
                PriorIndex(settings, embedder=embedder)
            except Exception as exc:  # "Could not connect to tenant default_tenant", KeyError(path), ...
                errors.append(repr(exc))

        threads = [threading.Thread(target=open_index) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
