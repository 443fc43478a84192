"""Drafting jobs: admission, execution and progress events.

Two runners share everything but where a job waits for its turn:

* ``LocalRunner`` (SQLite, the embedded default): jobs wait in this process
  and run in its worker threads; jobs a crash cut off start again when the
  service starts.
* ``QueueRunner`` (PostgreSQL, ``service/api/queue.py``): jobs wait in a
  procrastinate queue in the database, and any ``baocao worker`` (or
  ``baocao serve`` without ``--no-worker``) runs them.

Admission is atomic per agency (``check_capacity`` locks the agency's row
until the job's row is committed), so ``jobs_per_agency`` holds however many
API processes take drafts.  Execution (``JobExecutor.run``) claims the job
(a new attempt; one cut off is resumed, one past ``job_max_attempts`` is
failed with its reason), runs the pipeline in its own event loop under
``job_timeout``, and saves version 1 only if none exists and the attempt is
still the job's latest, so a job finishes once whatever happened to earlier
attempts.  Every progress event is stored with a per-job sequence number,
which SSE uses as the event id so a client reconnecting with Last-Event-ID
misses nothing; on PostgreSQL storing an event also notifies every API
process (``pg_notify``), whichever process a client follows it from.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from service.api.audit import audit
from service.api.models import JOB_ACTIVE, Agency, ApiKey, DraftRow, Job, JobEvent, Version, utcnow
from service.api.problems import TYPE_BASE, RateLimited
from service.api.specs import build_spec
from service.api.stages import make_pipeline, preload
from service.api.storage import agency_dir
from service.errors import BaocaoError
from service.settings import Settings

log = logging.getLogger("baocao.jobs")
TERMINAL_EVENTS = ("done", "error")
EVENTS_CHANNEL = "baocao_job_events"  # PostgreSQL NOTIFY channel; the payload is the job id
PipelineFactory = Callable[[Settings, str | None], object]
WORKER = f"{socket.gethostname()}:{os.getpid()}"


def agency_settings(settings: Settings, slug: str) -> Settings:
    """The pipeline's working space for one agency: its own index and figures store.

    ``agency`` namespaces its figures: on PostgreSQL every agency shares one database.
    """
    return settings.model_copy(update={"data_dir": agency_dir(settings, slug) / "work",
                                       "collection": f"{settings.collection}-{slug}", "agency": slug})


def error_body(exc: BaseException) -> dict:
    if isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] in ("service", "index"):
        return {"status": 503, "type": TYPE_BASE + "service-unavailable", "title": "Dịch vụ chưa sẵn sàng",
                "detail": f"Máy chủ chưa cài đặt một thành phần soạn thảo ({exc.name}); hãy báo cho quản trị viên."}
    if isinstance(exc, BaocaoError):
        return {"status": exc.http_status, "type": TYPE_BASE + exc.problem_type, "title": exc.title,
                "detail": exc.message,
                "errors": [p.as_dict() for p in exc.problems]}
    return {"status": 500, "type": TYPE_BASE + "internal-error", "title": "Lỗi không mong đợi",
            "detail": "Soạn thảo gặp lỗi không mong đợi; lỗi đã được ghi lại. Hãy bắt đầu soạn lại, "
                      "và báo cho quản trị viên nếu lỗi lặp lại."}


def timeout_body(seconds: float) -> dict:
    return {"status": 504, "type": TYPE_BASE + "job-timeout", "title": "Soạn thảo quá thời gian",
            "detail": f"Soạn thảo vượt quá {seconds:g} giây cho phép (BAOCAO_JOB_TIMEOUT) và đã dừng; "
                      "hãy thử lại, hoặc nhờ quản trị viên nâng giới hạn."}


def attempts_body(attempts: int) -> dict:
    return {"status": 500, "type": TYPE_BASE + "job-kept-stopping", "title": "Soạn thảo bị gián đoạn nhiều lần",
            "detail": f"Bản dự thảo đã được bắt đầu {attempts} lần và lần nào cũng bị gián đoạn giữa chừng "
                      "(tiến trình soạn thảo dừng đột ngột); đã ngừng thử lại (BAOCAO_JOB_MAX_ATTEMPTS). "
                      "Hãy báo cho quản trị viên."}


def store_event(s: Session, job_id: str, type_: str, data: dict) -> None:
    """Add one event to the job's stream (next sequence number); on PostgreSQL, notify at commit."""
    seq = (s.scalar(select(func.max(JobEvent.seq)).where(JobEvent.job_id == job_id)) or 0) + 1
    s.add(JobEvent(job_id=job_id, seq=seq, type=type_, data=data))
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_notify(:channel, :job)"), {"channel": EVENTS_CHANNEL, "job": job_id})


class JobExecutor:
    """Runs one job to its end, in the calling thread (any thread)."""

    def __init__(self, settings: Settings, sessions: sessionmaker, pipeline_factory: PipelineFactory,
                 notify: Callable[[str], None] = lambda job_id: None):
        self.settings, self.sessions, self.pipeline_factory, self.notify = settings, sessions, pipeline_factory, notify
        preload()  # mapped modules imported before any job thread configures the mappers

    def run(self, job_id: str) -> None:
        claim = self._claim(job_id)
        self.notify(job_id)
        if claim is None:
            return
        draft_id, slug, agency_id, raw_spec, engine, author, attempt = claim
        try:
            with self.sessions() as s:
                spec = build_spec(s, (agency_id, slug), raw_spec, self.settings)
            pipeline = self.pipeline_factory(agency_settings(self.settings, slug), engine)
            coro = pipeline.arun(spec, on_event=lambda e: self.emit(job_id, e))
            try:
                result = asyncio.run(asyncio.wait_for(coro, self.settings.job_timeout))
            except TimeoutError:
                self._end(job_id, draft_id, attempt, "failed", timeout_body(self.settings.job_timeout))
                return
            with self.sessions.begin() as s:
                if not self._still_mine(s, job_id, attempt):
                    return
                if s.scalar(select(Version.id).where(Version.draft_id == draft_id, Version.number == 1)) is None:
                    s.add(Version(draft_id=draft_id, number=1, parent=None, author=author, instruction=None,
                                  draft=result.to_dict(), status="accepted", decided_by=author, decided_at=utcnow()))
                self._finish(s, job_id, draft_id, "done", None)
                store_event(s, job_id, "done", {"type": "done", "version": 1, "summary": result.summary})
        except Exception as exc:  # every failure ends the job with a message the user can act on
            if not isinstance(exc, BaocaoError):
                log.exception("job %s failed", job_id)
            self._end(job_id, draft_id, attempt, "failed", error_body(exc))
        finally:
            self.notify(job_id)

    # -- steps -------------------------------------------------------------------
    def _claim(self, job_id: str):
        """Start a new attempt of an active job (locked row); None if there is nothing to run."""
        with self.sessions.begin() as s:
            job = s.get(Job, job_id, with_for_update=True)
            if job is None or job.status not in JOB_ACTIVE:
                return None
            if job.status == "running":  # the attempt before this one was cut off
                store_event(s, job_id, "resumed", {"type": "resumed", "attempt": job.attempts, "message":
                            "Lần soạn trước bị gián đoạn (máy chủ hoặc tiến trình soạn thảo dừng); soạn lại từ đầu."})
                audit(s, None, "job.resumed", job.id, agency_id=job.agency_id)
            if job.attempts >= self.settings.job_max_attempts:
                body = attempts_body(job.attempts)
                self._finish(s, job_id, job.draft_id, "failed", body)
                store_event(s, job_id, "error", {"type": "error", **body})
                return None
            job.status, job.attempts, job.started_at = "running", job.attempts + 1, utcnow()
            draft = s.get(DraftRow, job.draft_id)
            draft.status = "running"
            agency = s.get(Agency, job.agency_id)
            creator = s.get(ApiKey, draft.created_by) if draft.created_by else None
            author = f"{creator.name or creator.role} ({creator.prefix})" if creator else "baocao"
            store_event(s, job_id, "status", {"type": "status", "status": "running", "attempt": job.attempts,
                                              "worker": WORKER})
            return draft.id, agency.slug, job.agency_id, draft.spec, draft.engine, author, job.attempts

    @staticmethod
    def _still_mine(s: Session, job_id: str, attempt: int) -> bool:
        """Only the job's latest attempt may end it (an older one was given up for dead)."""
        job = s.get(Job, job_id, with_for_update=True)
        if job is not None and job.status == "running" and job.attempts == attempt:
            return True
        log.warning("job %s: attempt %d ended after it was superseded; its result is dropped", job_id, attempt)
        return False

    def _end(self, job_id: str, draft_id: str, attempt: int, status: str, body: dict) -> None:
        with self.sessions.begin() as s:
            if self._still_mine(s, job_id, attempt):
                self._finish(s, job_id, draft_id, status, body)
                store_event(s, job_id, "error", {"type": "error", **body})

    @staticmethod
    def _finish(s: Session, job_id: str, draft_id: str, status: str, error: dict | None) -> None:
        job, draft = s.get(Job, job_id), s.get(DraftRow, draft_id)
        job.status, job.finished_at, job.error = status, utcnow(), error
        draft.status, draft.error = status, error
        audit(s, None, f"job.{status}", job_id, agency_id=job.agency_id, detail={"draft": draft_id})

    def emit(self, job_id: str, event: dict) -> None:
        """Store one pipeline event and wake its SSE listeners.

        Only the executor ends a stream (``done``/``error``), and a progress event
        that cannot be stored is logged, never allowed to fail the draft.
        """
        type_ = str(event.get("type", "progress"))
        if type_ in TERMINAL_EVENTS:
            type_ = f"pipeline-{type_}"
        try:
            data = json.loads(json.dumps(event, ensure_ascii=False, default=str))
            with self.sessions.begin() as s:
                store_event(s, job_id, type_, data)
        except Exception:
            log.exception("could not store an event of job %s", job_id)
            return
        self.notify(job_id)


class JobRunner:
    """What the API needs of a runner: admission, submission, events, waiting for events."""

    def __init__(self, settings: Settings, sessions: sessionmaker, pipeline_factory: PipelineFactory | None = None):
        self.settings = settings
        self.sessions = sessions
        self.pipeline_factory = pipeline_factory or make_pipeline
        self.executor = JobExecutor(settings, sessions, self.pipeline_factory, self._notify)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: dict[str, asyncio.Event] = {}

    async def start(self) -> list[str]:
        self._loop = asyncio.get_running_loop()
        return []

    async def stop(self) -> None:
        pass

    # -- submission ----------------------------------------------------------------
    def check_capacity(self, session: Session, agency_id: int) -> None:
        """Refuse a job beyond the agency's limit; locks the agency's row until the caller commits,
        so two requests (in any processes) cannot both take the last place."""
        session.execute(update(Agency).where(Agency.id == agency_id).values(name=Agency.name))  # row lock
        active = session.scalar(select(func.count()).select_from(Job).where(
            Job.agency_id == agency_id, Job.status.in_(JOB_ACTIVE)))
        if active >= self.settings.jobs_per_agency:
            session.rollback()
            raise RateLimited(f"Đơn vị của bạn đang có {active} bản dự thảo đang soạn (tối đa "
                              f"{self.settings.jobs_per_agency}); hãy chờ một bản soạn xong.", retry_after=30)

    def submit(self, job_id: str, agency_id: int) -> None:
        """A committed job is ready to run."""
        raise NotImplementedError

    # -- events ----------------------------------------------------------------------
    _emit = staticmethod(store_event)

    def emit(self, job_id: str, event: dict) -> None:
        self.executor.emit(job_id, event)

    def _notify(self, job_id: str) -> None:
        """Wake this process's SSE listeners of ``job_id`` (any thread)."""
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


class LocalRunner(JobRunner):
    """Jobs run in this process (SQLite: one process per data directory).

    At most ``jobs_per_agency`` run at once per agency; jobs left ``queued`` or
    ``running`` by a crash are run again when the service starts.
    """

    def __init__(self, settings: Settings, sessions: sessionmaker, pipeline_factory: PipelineFactory | None = None):
        super().__init__(settings, sessions, pipeline_factory)
        self._pool = ThreadPoolExecutor(max_workers=max(2, settings.jobs_per_agency * 2), thread_name_prefix="baocao-job")
        self._sems: dict[int, asyncio.Semaphore] = {}
        self._tasks: set[asyncio.Future] = set()
        self._scheduled: set[str] = set()

    async def start(self) -> list[str]:
        await super().start()
        resumed = await asyncio.to_thread(self._active)
        for job_id, agency_id in resumed:
            self._schedule(job_id, agency_id)
        if resumed:
            log.info("resuming %d job(s) after restart", len(resumed))
        return [j for j, _ in resumed]

    async def stop(self) -> None:
        for t in list(self._tasks):
            t.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _active(self) -> list[tuple[str, int]]:
        """Jobs a crash cut off, oldest first."""
        with self.sessions() as s:
            return [(j.id, j.agency_id) for j in s.scalars(select(Job).where(Job.status.in_(JOB_ACTIVE))
                                                           .order_by(Job.created_at))]

    def submit(self, job_id: str, agency_id: int) -> None:
        """Schedule a committed job; safe to call from a request's worker thread."""
        assert self._loop is not None, "runner not started"
        self._loop.call_soon_threadsafe(self._schedule, job_id, agency_id)

    def _schedule(self, job_id: str, agency_id: int) -> None:
        if job_id in self._scheduled:
            return
        self._scheduled.add(job_id)
        task = asyncio.ensure_future(self._run(job_id, agency_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, job_id: str, agency_id: int) -> None:
        sem = self._sems.setdefault(agency_id, asyncio.Semaphore(self.settings.jobs_per_agency))
        try:
            async with sem:
                await self._loop.run_in_executor(self._pool, self.executor.run, job_id)
        finally:
            self._scheduled.discard(job_id)
