"""Past one machine, on loopback: two API processes, two workers, one killed mid-draft.

PostgreSQL (started here from the Debian package), a ``chroma run`` server,
a scripted OpenAI-compatible model answering after a short delay (so each
draft takes a second or two), two ``baocao serve --no-worker`` processes and
two ``baocao worker`` processes, each with its own data directory as if on
its own machine.  Forty drafts of four agencies go in through both APIs —
material uploaded through one API, drafts started through either, progress
followed through the other — and one worker is killed with SIGKILL while it
is drafting.  Every draft must end done, with exactly one version, its events
complete and in order; the killed worker's drafts finished by the other one.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from conftest import FIGURES
from sqlalchemy import create_engine, text

from tests.cluster import Cluster, tail
from tests.scripted_llm import Reply, ScriptedLLM

pytestmark = [pytest.mark.network, pytest.mark.slow]
CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"
PRIOR_CSV = FIGURES / "ham-thuan-bac-2023-h1.csv"
AGENCIES = ["Hàm Thuận Bắc", "Bù Đăng", "Lâm Hà", "Đức Linh"]
DRAFTS_PER_AGENCY = 10
ANSWER = "Phối hợp triển khai thực hiện tốt các nhiệm vụ công tác dân vận trên lĩnh vực quốc phòng - an ninh."
SERIES = "dan-van-qpan"


def spec(i: int) -> dict:
    return {"series": SERIES, "title": f"Báo cáo số {i}", "period": "6 tháng đầu năm 2024",
            "issuer": {"name": "BAN CHỈ ĐẠO"}, "place": "Hàm Thuận Bắc", "date": "2024-07-05",
            "figures": CSV.name, "prior": {"figures": PRIOR_CSV.name}}


def keys(database_url: str) -> dict[str, str]:
    """A drafter key per agency, made the way `baocao keys create` makes them."""
    from service.api import models  # noqa: F401
    from service.api.auth import create_key
    from service.db import init_db

    sessions = init_db(database_url)
    out = {}
    with sessions.begin() as s:
        for name in AGENCIES:
            out[name] = create_key(s, role="drafter", agency=name, name="loopback")[1]
    return out


def follow(url: str, key: str, draft_id: str, timeout: float = 240) -> list[dict]:
    """Every event of a draft over SSE, reconnecting with Last-Event-ID if the stream drops."""
    events: list[dict] = []
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
        while time.monotonic() < deadline:
            headers = {"Last-Event-ID": events[-1]["id"]} if events else {}
            cur: dict = {}
            try:
                with c.stream("GET", f"/api/drafts/{draft_id}/events", headers=headers) as r:
                    assert r.status_code == 200, r.read()
                    for line in r.iter_lines():
                        if not line:
                            if "event" in cur:
                                events.append({**cur, "data": json.loads(cur["data"])})
                                if cur["event"] in ("done", "error"):
                                    return events
                            cur = {}
                        elif not line.startswith(":"):
                            k, _, v = line.partition(":")
                            cur[k] = v.strip()
            except httpx.ReadTimeout:
                continue
    raise AssertionError(f"draft {draft_id}: no end of stream; got {[e['event'] for e in events]}")


@pytest.fixture
def cluster(pg_url, tmp_path):
    def model(call):
        return Reply(call.paragraph or ANSWER, delay=0.4)  # an editor keeping the paragraph: one call each

    with ScriptedLLM(model) as llm, Cluster(tmp_path, pg_url, llm_base_url=llm.url, llm_model="scripted",
                                            llm_concurrency=4,
                                            jobs_per_agency=DRAFTS_PER_AGENCY, rate_limit_per_minute=10_000,
                                            worker_heartbeat=0.5, worker_stalled_after=3) as c:
        c.chroma()
        c.urls = [c.api("api-a"), c.api("api-b")]
        for name in ("worker-1", "worker-2"):
            c.worker(name, BAOCAO_WORKER_CONCURRENCY="2")
        c.llm = llm
        yield c


def test_forty_drafts_two_apis_two_workers_one_killed(cluster, pg_url):
    a, b = cluster.urls
    key = keys(pg_url)
    db = create_engine(pg_url)

    # material: each agency uploads through one API; the other API and the workers read it from the database
    for n, agency in enumerate(AGENCIES):
        with httpx.Client(base_url=(a, b)[n % 2], headers={"Authorization": f"Bearer {key[agency]}"}) as c:
            for path, period in ((CSV, "2024-H1"), (PRIOR_CSV, "2023-H1")):
                r = c.post("/api/figures", files={"file": (path.name, path.read_bytes())},
                           data={"series": SERIES, "period": period})
                assert r.status_code == 201, r.text

    def submit(i: int) -> tuple[str, str, int]:
        agency = AGENCIES[i % len(AGENCIES)]
        via = i % 2  # both APIs take drafts of every agency
        with httpx.Client(base_url=(a, b)[via], headers={"Authorization": f"Bearer {key[agency]}"}) as c:
            r = c.post("/api/drafts", json={"spec": spec(i), "engine": "llm"})
        assert r.status_code == 202, r.text
        return r.json()["id"], agency, via

    with ThreadPoolExecutor(8) as pool:
        submitted = list(pool.map(submit, range(len(AGENCIES) * DRAFTS_PER_AGENCY)))

    # progress of every draft followed live through the API it was NOT submitted to
    streams: dict[str, list[dict]] = {}

    def watch(item):
        draft_id, agency, via = item
        streams[draft_id] = follow((a, b)[1 - via], key[agency], draft_id)

    watchers = [threading.Thread(target=watch, args=(item,), daemon=True) for item in submitted]
    for t in watchers:
        t.start()

    # kill worker-1 with SIGKILL while it is drafting (after a few drafts are done, so both have warmed up)
    victim_pid = cluster.procs["worker-1"].pid
    killed_jobs: list[str] = []
    deadline = time.monotonic() + 240
    with db.connect() as conn:
        while not killed_jobs and time.monotonic() < deadline:
            done = conn.execute(text("select count(*) from api_jobs where status = 'done'")).scalar()
            running = conn.execute(text(
                "select e.job_id, e.data from api_job_events e join api_jobs j on j.id = e.job_id "
                "where j.status = 'running' and e.type = 'status'")).all()
            conn.rollback()
            mine = [job for job, data in running if str(data.get("worker", "")).endswith(f":{victim_pid}")]
            if done >= 4 and mine:
                cluster.kill("worker-1", signal.SIGKILL)
                killed_jobs = mine
            else:
                time.sleep(0.05)
    assert killed_jobs, f"worker-1 was never seen drafting: {tail(cluster.log('worker-1'))}"

    for t in watchers:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in watchers), "some event streams never ended"

    try:
        with db.connect() as conn:
            # a worker marks its queue entry finished just after the draft's own commit: let it catch up
            until = time.monotonic() + 60
            while conn.execute(text("select count(*) from procrastinate_jobs where status in ('todo', 'doing')")).scalar() \
                    and time.monotonic() < until:
                conn.rollback()
                time.sleep(0.1)
            jobs = {r.id: r for r in conn.execute(text("select id, draft_id, status, attempts from api_jobs"))}
            versions = Counter(conn.execute(text("select draft_id from api_versions")).scalars())
            queue = Counter(conn.execute(text("select status from procrastinate_jobs")).scalars())
            events = conn.execute(text("select job_id, seq, type, data from api_job_events order by job_id, seq")).all()
    finally:
        db.dispose()

    # every draft done exactly once: 40 jobs done, one version each, nothing left in the queue
    assert len(jobs) == 40 and Counter(j.status for j in jobs.values()) == {"done": 40}, \
        {j.id: j.status for j in jobs.values() if j.status != "done"}
    assert {j.draft_id for j in jobs.values()} == {d for d, _, _ in submitted}
    assert set(versions.values()) == {1} and len(versions) == 40, versions
    assert not queue.get("todo") and not queue.get("doing"), queue

    by_job: dict[str, list] = {}
    for job_id, seq, type_, data in events:
        by_job.setdefault(job_id, []).append((seq, type_, data))
    for job_id, evs in by_job.items():
        seqs, types = [e[0] for e in evs], [e[1] for e in evs]
        assert seqs == list(range(1, len(seqs) + 1)), (job_id, seqs)  # none lost, none twice
        assert types[0] == "status" and evs[0][2]["status"] == "queued" and types[-1] == "done", (job_id, types)
        assert types.count("done") == 1 and "error" not in types, (job_id, types)

    # the killed worker's drafts: a second attempt, by the other worker, after a "resumed" event. Those seen drafting
    # at the kill are among them; worker-1 may have taken one more between that look and the signal, whose second
    # attempt must be as clean (a race of the test's, not of the queue)
    retried = {job_id for job_id, job in jobs.items() if job.attempts != 1}
    assert set(killed_jobs) <= retried, (killed_jobs, retried)
    for job_id in retried:
        job = jobs[job_id]
        assert job.attempts == 2, (job_id, job.attempts)
        evs = by_job[job_id]
        types = [t for _, t, _ in evs]
        assert "resumed" in types, types
        starts = [d for _, t, d in evs if t == "status" and d.get("status") == "running"]
        assert starts[0]["worker"].endswith(f":{victim_pid}"), starts
        last_start = starts[-1]
        assert last_start["attempt"] == 2
        assert last_start["worker"].endswith(f":{cluster.procs['worker-2'].pid}")
    assert len(retried) <= 2, retried   # no more than the killed worker runs at once (BAOCAO_WORKER_CONCURRENCY=2)

    # what clients saw over SSE (through the other API) is the whole stored stream
    for draft_id, agency, via in submitted:
        job_id = next(j.id for j in jobs.values() if j.draft_id == draft_id)
        seen = streams[draft_id]
        assert [int(e["id"]) for e in seen] == [e[0] for e in by_job[job_id]], draft_id
        assert seen[-1]["event"] == "done"

    # nothing lost: each API lists all of each agency's drafts, with their version
    for url in (a, b):
        for agency in AGENCIES:
            with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key[agency]}"}) as c:
                listed = c.get("/api/drafts").json()
            assert len(listed) == DRAFTS_PER_AGENCY and {d["current_version"] for d in listed} == {1}
    assert cluster.procs["worker-2"].poll() is None, tail(cluster.log("worker-2"))
    for name in ("api-a", "api-b"):
        assert "Traceback" not in cluster.log(name).read_text(), tail(cluster.log(name))
