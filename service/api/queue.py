"""Jobs on PostgreSQL: a procrastinate queue that any number of workers take drafts from.

Why procrastinate: the queue lives in the PostgreSQL the service already
needs for several processes, so a deployment runs no broker besides it, and
a job is enqueued in the same transaction as its row — both or neither.

* **Enqueue**: inserting a ``Job`` row on PostgreSQL defers a procrastinate
  job on the same connection (``after_insert`` below), with ``lock`` =
  ``queueing_lock`` = the job id, so procrastinate never runs two attempts of
  one job at once nor queues it twice.
* **Run**: ``run_worker`` (``baocao worker``, and ``baocao serve`` unless
  ``--no-worker``) runs procrastinate's worker; each job first takes a
  PostgreSQL advisory lock on a connection it holds to the end.  PostgreSQL
  releases it when that process dies, so even a worker given up for dead too
  early cannot run a job alongside its successor.
* **Recover**: workers send heartbeats (``BAOCAO_WORKER_HEARTBEAT``); every
  worker hands the jobs of workers silent for ``BAOCAO_WORKER_STALLED_AFTER``
  back to the queue (procrastinate's stalled-job retry), and re-enqueues
  active jobs that have no queue entry at all (rows from before this queue).
  The attempt cap and the version written once (``jobs.JobExecutor``) do the rest.
* **Events**: ``EventFollower`` LISTENs for the ``pg_notify`` sent with every
  stored event, so an SSE client is woken whichever process it follows from.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from procrastinate import App, PsycopgConnector, exceptions
from procrastinate.manager import JobManager
from procrastinate.schema import SchemaManager
from procrastinate.tasks import configure_task
from sqlalchemy import event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from service.api import blobs
from service.api.jobs import EVENTS_CHANNEL, WORKER, JobRunner, PipelineFactory
from service.api.models import JOB_ACTIVE, Job, utcnow
from service.db import get_engine
from service.settings import Settings

log = logging.getLogger("baocao.queue")
TASK = "baocao.draft"
QUEUE = "drafts"
QUEUE_SCHEMA_LOCK = 0x6261_6F71  # advisory lock key held while the queue's tables are created
_deferrer = JobManager(PsycopgConnector())  # only ever used on a caller's connection, never opened


def conninfo(settings: Settings) -> str:
    """libpq connection string of the service's database (the SQLAlchemy URL without its driver)."""
    return make_url(settings.db_url).set(drivername="postgresql").render_as_string(hide_password=False)


def enqueue(dbapi_connection, job_id: str) -> None:
    """Queue ``job_id`` on this psycopg connection, inside its current transaction."""
    configure_task(name=TASK, job_manager=_deferrer, queue=QUEUE, lock=job_id, queueing_lock=job_id,
                   connection=dbapi_connection).defer(job_id=job_id)


@event.listens_for(Job, "after_insert")
def _enqueue_with_its_row(_mapper, connection, job: Job) -> None:
    if connection.dialect.name == "postgresql" and job.status == "queued":
        enqueue(connection.connection.driver_connection, job.id)


def install_schema(sessions: sessionmaker) -> None:
    """Create procrastinate's tables unless they exist (several processes may start at once)."""
    with sessions.begin() as s:
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": QUEUE_SCHEMA_LOCK})
        if s.scalar(text("SELECT to_regclass('procrastinate_jobs')")) is None:
            s.connection().connection.driver_connection.execute(SchemaManager.get_schema())
            log.info("created the job queue's tables (procrastinate)")


def prepare(settings: Settings, sessions: sessionmaker) -> None:
    """What every process on PostgreSQL does at start: the queue's tables, then leftover files."""
    install_schema(sessions)
    with sessions() as s:
        removed = blobs.sweep(settings, blobs.known_uploads(s))
    if removed:
        log.info("removed %d leftover file(s) from %s", removed, settings.data_dir)


def _lock_key(job_id: str) -> int:
    return int.from_bytes(hashlib.sha256(job_id.encode()).digest()[:8], "big", signed=True)


class QueueRunner(JobRunner):
    """The API's side of the queue, and (``worker=True``) a worker inside the API process."""

    def __init__(self, settings: Settings, sessions: sessionmaker, pipeline_factory: PipelineFactory | None = None,
                 *, worker: bool = True):
        super().__init__(settings, sessions, pipeline_factory)
        self.worker = worker
        self._follower: EventFollower | None = None
        self._worker_task: asyncio.Task | None = None
        # drafts get threads of their own: a long draft never holds a thread the API's requests need
        self.threads = ThreadPoolExecutor(max_workers=settings.worker_concurrency, thread_name_prefix="baocao-draft")

    async def start(self) -> list[str]:
        await super().start()
        await asyncio.to_thread(prepare, self.settings, self.sessions)
        self._follower = EventFollower(conninfo(self.settings), self._notify)
        self._follower.start()
        if self.worker:
            self._worker_task = asyncio.create_task(run_worker(self, install_signal_handlers=False))
        return []

    async def stop(self) -> None:
        if self._worker_task is not None:
            self._worker_task.cancel()  # procrastinate stops taking jobs and waits for the running ones
            try:
                await self._worker_task
            except (asyncio.CancelledError, Exception):
                pass
        if self._follower is not None:
            self._follower.stop()
        self.threads.shutdown(wait=False)

    def submit(self, job_id: str, agency_id: int) -> None:
        """Nothing to do: the job was queued with its row, in the same transaction."""

    # -- the worker side ---------------------------------------------------------------
    def run_exclusive(self, job_id: str) -> None:
        """Run the job holding its advisory lock; wait while an earlier attempt's process still holds it."""
        key = _lock_key(job_id)
        with get_engine(self.settings.db_url).connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT")
            waited = False
            while not conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}):
                if not waited:
                    log.warning("job %s: an earlier attempt's process still holds it; waiting", job_id)
                    waited = True
                time.sleep(1.0)
            try:
                self.executor.run(job_id)
            finally:
                try:
                    conn.scalar(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                except Exception:
                    conn.invalidate()  # closing the connection releases the lock

    def requeue_lost(self, older_than: float) -> int:
        """Active jobs with no queue entry (queued before this queue existed, or lost): queue them."""
        cutoff = utcnow() - dt.timedelta(seconds=older_than)
        with self.sessions() as s:
            lost = s.scalars(select(Job.id).where(Job.status.in_(JOB_ACTIVE), Job.created_at < cutoff, text(
                "NOT EXISTS (SELECT 1 FROM procrastinate_jobs p WHERE p.lock = api_jobs.id "
                "AND p.status IN ('todo', 'doing'))"))).all()
        for job_id in lost:
            try:
                with self.sessions.begin() as s:
                    enqueue(s.connection().connection.driver_connection, job_id)
                log.info("job %s had no queue entry; queued it again", job_id)
            except exceptions.AlreadyEnqueued:
                pass
        return len(lost)


def procrastinate_app(runner: QueueRunner) -> App:
    settings = runner.settings
    app = App(connector=PsycopgConnector(conninfo=conninfo(settings), min_size=1,
                                         max_size=4 + settings.worker_concurrency))

    @app.task(name=TASK, queue=QUEUE, pass_context=False)
    async def draft(job_id: str) -> None:
        await asyncio.get_running_loop().run_in_executor(runner.threads, runner.run_exclusive, job_id)

    return app


async def _recover_forever(app: App, runner: QueueRunner) -> None:
    """Give stalled workers' jobs to the queue again; now and then, queue active jobs that have no entry."""
    s = runner.settings
    rounds = 0
    while True:
        try:
            for job in await app.job_manager.get_stalled_jobs(task_name=TASK, seconds_since_heartbeat=s.worker_stalled_after):
                try:
                    await app.job_manager.retry_job(job)
                    log.warning("job %s: its worker stopped sending heartbeats; queued it again",
                                job.task_kwargs.get("job_id"))
                except exceptions.ConnectorException:
                    pass  # another worker was first
            if rounds % 10 == 0:
                await asyncio.to_thread(runner.requeue_lost, 2 * s.worker_stalled_after)
        except Exception:
            log.exception("recovering stalled jobs failed; trying again in %g s", s.worker_heartbeat)
        rounds += 1
        await asyncio.sleep(s.worker_heartbeat)


async def run_worker(runner: QueueRunner, *, install_signal_handlers: bool = True) -> None:
    """Take drafts from the queue until stopped (SIGINT/SIGTERM: running drafts finish first)."""
    s = runner.settings
    app = procrastinate_app(runner)
    async with app.open_async():
        recovery = asyncio.create_task(_recover_forever(app, runner))
        try:
            log.info("worker %s taking drafts (%d at once)", WORKER, s.worker_concurrency)
            await app.run_worker_async(queues=[QUEUE], name=WORKER, concurrency=s.worker_concurrency,
                                       update_heartbeat_interval=s.worker_heartbeat,
                                       stalled_worker_timeout=s.worker_stalled_after,
                                       fetch_job_polling_interval=s.worker_heartbeat,
                                       install_signal_handlers=install_signal_handlers, delete_jobs="successful")
        finally:
            recovery.cancel()


class EventFollower(threading.Thread):
    """LISTENs for stored events (any process) and wakes this process's SSE streams."""

    def __init__(self, dsn: str, notify):
        super().__init__(name="baocao-events", daemon=True)
        self.dsn, self.notify = dsn, notify
        self._stopped = threading.Event()

    def run(self) -> None:
        import psycopg

        while not self._stopped.is_set():
            try:
                with psycopg.connect(self.dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {EVENTS_CHANNEL}")
                    while not self._stopped.is_set():
                        for n in conn.notifies(timeout=1.0):
                            self.notify(n.payload)
            except Exception as exc:  # SSE streams poll every second meanwhile
                if not self._stopped.is_set():
                    log.warning("event listener lost its connection (%s); reconnecting", type(exc).__name__)
                    self._stopped.wait(1.0)

    def stop(self) -> None:
        self._stopped.set()
