"""The FastAPI application: API under ``/api``, the web page at ``/``, OpenAPI at ``/docs``.

``create_app`` builds everything from one ``Settings``; the lifespan starts
the job runner.  On SQLite (the embedded default) jobs run in this process
and jobs a crash cut off restart with it.  On PostgreSQL the process is
stateless: jobs go to a queue (``queue.py``) that workers take from — this
process among them unless ``worker=False`` (``baocao serve --no-worker``) —
and uploads, progress events and rate limits are shared through the database.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from service.api import blobs, models, security  # noqa: F401  (models: the tables, before init_db)
from service.api.jobs import LocalRunner, PipelineFactory
from service.api.limits import BodySizeLimit, RateLimiter, SharedRateLimiter
from service.api.contract import PROBLEM_RESPONSES
from service.api.problems import install_handlers
from service.api.routes import admin, docs, drafts, form, onboarding, uploads, versions
from service.db import init_db
from service.errors import ConfigError
from service.settings import Settings, get_settings

STATIC = Path(__file__).resolve().parent / "static"
MULTIPART_OVERHEAD = 64 * 1024
log = logging.getLogger("baocao.api")


def create_app(settings: Settings | None = None, *, pipeline_factory: PipelineFactory | None = None,
               worker: bool = True) -> FastAPI:
    settings = settings or get_settings()
    sessions = init_db(settings.db_url)
    security.private_data(settings)  # data directory 0700, database 0600
    if settings.on_postgresql:
        from service.api.queue import QueueRunner

        jobs = QueueRunner(settings, sessions, pipeline_factory, worker=worker)
        limiter = SharedRateLimiter(sessions, settings.rate_limit_per_minute)
    elif not worker:
        raise ConfigError("serving without a worker needs a queue the workers share: set BAOCAO_DATABASE_URL to "
                          "a PostgreSQL database (with SQLite, 'baocao serve' runs the drafts itself)")
    else:
        jobs = LocalRunner(settings, sessions, pipeline_factory)
        limiter = RateLimiter(settings.rate_limit_per_minute)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if not settings.on_postgresql:
            await asyncio.to_thread(blobs.sweep, settings)  # temporary files a crash left
        resumed = await jobs.start()
        if resumed:
            log.info("restarted %d interrupted job(s): %s", len(resumed), ", ".join(resumed))
        yield
        await jobs.stop()

    app = FastAPI(title="baocao", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Drafts official Vietnamese periodic reports and proves every number in them. "
                              "Authenticate with `Authorization: Bearer <key>`; errors are RFC 9457 problem details.")
    app.state.settings, app.state.sessions, app.state.jobs = settings, sessions, jobs
    app.state.limiter = limiter
    app.add_middleware(BodySizeLimit, max_bytes=int(settings.max_upload_mb * 1_048_576) + MULTIPART_OVERHEAD)
    security.install(app, settings)  # outside the rest: security headers; address limits and keys before any body
    install_handlers(app)
    for r in (uploads.router, drafts.router, versions.router, form.router, admin.router, onboarding.router):
        app.include_router(r, prefix="/api", responses=PROBLEM_RESPONSES)  # problem+json, in /openapi.json
    docs.install(app)  # /docs and /redoc from local assets (no CDN)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/health", tags=["meta"], summary="Liveness (no key needed)", responses=PROBLEM_RESPONSES)
    def health() -> dict:
        return {"status": "ok"}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-store"})

    return app
