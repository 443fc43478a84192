"""Background drafting jobs.

A job runs the pipeline in a worker thread with its own event loop, so a
stage that computes (embeddings, parsing) never stalls the server's loop.
At most ``jobs_per_agency`` run at once per agency (a semaphore; new jobs
beyond it are refused at submission with 429).  Every progress event is
stored with a per-job sequence number, which SSE uses as the event id so a
client reconnecting with Last-Event-ID misses nothing.  Jobs left ``running``
or ``queued`` by a crash are restarted when the service starts; saving the
first version is idempotent, so a job cut off after it finished its work does
not create a second one.
"""

from __future__ import annotations

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from service.api.audit import audit
from service.api.models import JOB_ACTIVE, Agency, ApiKey, DraftRow, Job, JobEvent, Version, utcnow
from service.api.problems import RateLimited
from service.api.specs import build_spec
from service.api.stages import make_pipeline
from service.api.storage import agency_dir
from service.errors import BaocaoError
from service.settings import Settings

log = logging.getLogger("baocao.jobs")
TERMINAL_EVENTS = ("done", "error")
PipelineFactory = Callable[[Settings, str | None], object]


def agency_settings(settings: Settings, slug: str) -> Settings:
    """The pipeline's working space for one agency: its own index and figures store.

    ``agency`` namespaces its figures: on PostgreSQL every agency shares one database.
    """
    return settings.model_copy(update={"data_dir": agency_dir(settings, slug) / "work",
                                       "collection": f"{settings.collection}-{slug}", "agency": slug})


def error_body(exc: BaseException) -> dict:
    if isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] in ("service", "index"):
        return {"status": 503, "title": "Service unavailable",
                "detail": f"a drafting component is not installed on this server yet ({exc.name}); ask the operator"}
    if isinstance(exc, BaocaoError):
        return {"status": exc.http_status, "title": exc.title, "detail": exc.message,
                "errors": [p.as_dict() for p in exc.problems]}
    return {"status": 500, "title": "Internal error",
            "detail": "drafting failed unexpectedly; the error was logged — start the draft again, and report it if it persists"}


class JobRunner:
    def __init__(self, settings: Settings, sessions: sessionmaker, pipeline_factory: PipelineFactory | None = None):
        self.settings = settings
        self.sessions = sessions
        self.pipeline_factory = pipeline_factory or make_pipeline
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pool = ThreadPoolExecutor(max_workers=max(2, settings.jobs_per_agency * 2), thread_name_prefix="baocao-job")
        self._sems: dict[int, asyncio.Semaphore] = {}
        self._changed: dict[str, asyncio.Event] = {}
        self._tasks: set[asyncio.Future] = set()

    # -- lifecycle ---------------------------------------------------------
    async def start(self) -> list[str]:
        self._loop = asyncio.get_running_loop()
        resumed = await asyncio.to_thread(self._recover)
        for job_id, agency_id in resumed:
            self._schedule(job_id, agency_id)
        return [j for j, _ in resumed]

    async def stop(self) -> None:
        for t in list(self._tasks):
            t.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _recover(self) -> list[tuple[str, int]]:
        """Jobs a crash cut off go back to the queue, oldest first."""
        with self.sessions.begin() as s:
            jobs = s.scalars(select(Job).where(Job.status.in_(JOB_ACTIVE)).order_by(Job.created_at)).all()
            out = []
            for job in jobs:
                if job.status == "running":
                    job.status = "queued"
                    self._emit(s, job.id, "resumed", {"type": "resumed", "message":
                               "the service restarted while this draft was running; drafting starts again"})
                    audit(s, None, "job.resumed", job.id, agency_id=job.agency_id)
                out.append((job.id, job.agency_id))
        if out:
            log.info("resuming %d job(s) after restart", len(out))
        return out

    # -- submission ----------------------------------------------------------
    def check_capacity(self, session: Session, agency_id: int) -> None:
        active = session.scalar(select(func.count()).select_from(Job).where(
            Job.agency_id == agency_id, Job.status.in_(JOB_ACTIVE)))
        if active >= self.settings.jobs_per_agency:
            raise RateLimited(f"your agency already has {active} draft(s) in progress (limit "
                              f"{self.settings.jobs_per_agency}); wait for one to finish", retry_after=30)

    def submit(self, job_id: str, agency_id: int) -> None:
        """Schedule a committed job; safe to call from a request's worker thread."""
        assert self._loop is not None, "runner not started"
        self._loop.call_soon_threadsafe(self._schedule, job_id, agency_id)

    def _schedule(self, job_id: str, agency_id: int) -> None:
        task = asyncio.ensure_future(self._run(job_id, agency_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, job_id: str, agency_id: int) -> None:
        sem = self._sems.setdefault(agency_id, asyncio.Semaphore(self.settings.jobs_per_agency))
        async with sem:
            await self._loop.run_in_executor(self._pool, self._run_sync, job_id)

    # -- the work (worker thread) -------------------------------------------
    def _run_sync(self, job_id: str) -> None:
        with self.sessions.begin() as s:
            job = s.get(Job, job_id)
            if job is None or job.status != "queued":
                return
            job.status, job.attempts, job.started_at = "running", job.attempts + 1, utcnow()
            draft = s.get(DraftRow, job.draft_id)
            draft.status = "running"
            agency = s.get(Agency, job.agency_id)
            creator = s.get(ApiKey, draft.created_by) if draft.created_by else None
            author = f"{creator.name or creator.role} ({creator.prefix})" if creator else "baocao"
            raw_spec, engine, draft_id, slug, attempt = draft.spec, draft.engine, draft.id, agency.slug, job.attempts
            agency_id = job.agency_id
            self._emit(s, job_id, "status", {"type": "status", "status": "running", "attempt": attempt})
        self._notify(job_id)
        try:
            with self.sessions() as s:
                spec = build_spec(s, (agency_id, slug), raw_spec, self.settings)
            pipeline = self.pipeline_factory(agency_settings(self.settings, slug), engine)
            result = asyncio.run(pipeline.arun(spec, on_event=lambda e: self.emit(job_id, e)))
            with self.sessions.begin() as s:
                if s.scalar(select(Version).where(Version.draft_id == draft_id, Version.number == 1)) is None:
                    s.add(Version(draft_id=draft_id, number=1, parent=None, author=author, instruction=None,
                                  draft=result.to_dict(), status="accepted", decided_by=author, decided_at=utcnow()))
                self._finish(s, job_id, draft_id, "done", None)
                self._emit(s, job_id, "done", {"type": "done", "version": 1, "summary": result.summary})
        except Exception as exc:  # every failure ends the job with a message the user can act on
            if not isinstance(exc, BaocaoError):
                log.exception("job %s failed", job_id)
            with self.sessions.begin() as s:
                self._finish(s, job_id, draft_id, "failed", error_body(exc))
                self._emit(s, job_id, "error", {"type": "error", **error_body(exc)})
        self._notify(job_id)

    def _finish(self, s: Session, job_id: str, draft_id: str, status: str, error: dict | None) -> None:
        job, draft = s.get(Job, job_id), s.get(DraftRow, draft_id)
        job.status, job.finished_at, job.error = status, utcnow(), error
        draft.status, draft.error = status, error
        audit(s, None, f"job.{status}", job_id, agency_id=job.agency_id, detail={"draft": draft_id})

    # -- events --------------------------------------------------------------
    def emit(self, job_id: str, event: dict) -> None:
        """Store one pipeline event (any thread) and wake its SSE listeners.

        Only the runner ends a stream (``done``/``error``), and a progress event
        that cannot be stored is logged, never allowed to fail the draft.
        """
        type_ = str(event.get("type", "progress"))
        if type_ in TERMINAL_EVENTS:
            type_ = f"pipeline-{type_}"
        try:
            data = json.loads(json.dumps(event, ensure_ascii=False, default=str))
            with self.sessions.begin() as s:
                self._emit(s, job_id, type_, data)
        except Exception:
            log.exception("could not store an event of job %s", job_id)
            return
        self._notify(job_id)

    @staticmethod
    def _emit(s: Session, job_id: str, type_: str, data: dict) -> None:
        seq = (s.scalar(select(func.max(JobEvent.seq)).where(JobEvent.job_id == job_id)) or 0) + 1
        s.add(JobEvent(job_id=job_id, seq=seq, type=type_, data=data))

    def _notify(self, job_id: str) -> None:
        try:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._wake, job_id)
        except RuntimeError:  # the server is shutting down; the stored event is what matters
            pass

    def _wake(self, job_id: str) -> None:
        ev = self._changed.pop(job_id, None)
        if ev is not None:
            ev.set()

    async def wait(self, job_id: str, timeout: float) -> None:
        """Until the job emits something or ``timeout`` passes (callers re-read the store either way)."""
        ev = self._changed.setdefault(job_id, asyncio.Event())
        try:
            await asyncio.wait_for(ev.wait(), timeout)
        except asyncio.TimeoutError:
            pass
