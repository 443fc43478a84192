"""A job cut off by a crash (left 'running') is restarted when the service starts."""

from __future__ import annotations

import time

import pytest
from conftest import FIGURES
from sqlalchemy import select

from service.api.models import DraftRow, Job, JobEvent, Upload, Version
from tests.api_support import running_service

pytestmark = pytest.mark.network
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"


def test_running_job_is_restarted_at_startup(tmp_path):
    data = tmp_path / "data"
    with running_service(data) as svc:  # first life: material uploaded, then the "crash"
        key = svc.key("drafter")
        with svc.client(key) as c, open(CSV, "rb") as f:
            fig = c.post("/api/figures", files={"file": (CSV.name, f)}, data={"series": "htb", "period": "2024-H1"}).json()
        spec = {"series": "htb", "title": "Báo cáo", "period": "2024-H1", "issuer": {"name": "BCĐ"}, "place": "P",
                "date": "2024-07-05", "figures": fig["id"]}
        with svc.app.state.sessions.begin() as s:
            agency_id = s.scalar(select(Upload.agency_id).where(Upload.id == fig["id"]))
            for n, status in ((1, "running"), (2, "queued")):
                s.add(DraftRow(id=f"d_crash{n}", agency_id=agency_id, title="t", spec=spec, status=status))
                s.flush()
                s.add(Job(id=f"j_crash{n}", agency_id=agency_id, draft_id=f"d_crash{n}", status=status,
                          attempts=1 if status == "running" else 0))
                s.flush()
                s.add(JobEvent(job_id=f"j_crash{n}", seq=1, type="stage", data={"type": "stage", "stage": "figures"}))

    with running_service(data, jobs_per_agency=2) as svc:  # second life: both jobs finish
        deadline = time.monotonic() + 30
        with svc.app.state.sessions() as s:
            while time.monotonic() < deadline:
                s.expire_all()
                jobs = [s.get(Job, f"j_crash{n}") for n in (1, 2)]
                if all(j.status in ("done", "failed") for j in jobs):
                    break
                time.sleep(0.1)
            assert [j.status for j in jobs] == ["done", "done"], [j.error for j in jobs]
            assert jobs[0].attempts == 2 and jobs[1].attempts == 1
            types = [e.type for e in s.query(JobEvent).filter_by(job_id="j_crash1").order_by(JobEvent.seq)]
            assert types[:2] == ["stage", "resumed"] and types[-1] == "done"
            assert s.query(Version).filter_by(draft_id="d_crash1").count() == 1
        with svc.client(key) as c:
            d = c.get("/api/drafts/d_crash1").json()
            assert d["status"] == "done" and d["current_version"] == 1
