"""The FastAPI application: API under ``/api``, the web page at ``/``, OpenAPI at ``/docs``.

``create_app`` builds everything from one ``Settings``; the lifespan starts
the job runner, which first restarts jobs a crash cut off.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

from service.api import models  # noqa: F401  (registers the tables before init_db)
from service.api.jobs import JobRunner, PipelineFactory
from service.api.limits import BodySizeLimit, RateLimiter
from service.api.problems import install_handlers
from service.api.routes import admin, drafts, uploads, versions
from service.db import init_db
from service.settings import Settings, get_settings

STATIC = Path(__file__).resolve().parent / "static"
MULTIPART_OVERHEAD = 64 * 1024
log = logging.getLogger("baocao.api")


def create_app(settings: Settings | None = None, *, pipeline_factory: PipelineFactory | None = None) -> FastAPI:
    settings = settings or get_settings()
    sessions = init_db(settings.db_url)
    jobs = JobRunner(settings, sessions, pipeline_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        resumed = await jobs.start()
        if resumed:
            log.info("restarted %d interrupted job(s): %s", len(resumed), ", ".join(resumed))
        yield
        await jobs.stop()

    app = FastAPI(title="baocao", version="0.1.0", lifespan=lifespan,
                  description="Drafts official Vietnamese periodic reports and proves every number in them. "
                              "Authenticate with `Authorization: Bearer <key>`; errors are RFC 9457 problem details.")
    app.state.settings, app.state.sessions, app.state.jobs = settings, sessions, jobs
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.add_middleware(BodySizeLimit, max_bytes=int(settings.max_upload_mb * 1_048_576) + MULTIPART_OVERHEAD)
    install_handlers(app)
    for r in (uploads.router, drafts.router, versions.router, admin.router):
        app.include_router(r, prefix="/api")

    @app.get("/api/health", tags=["meta"], summary="Liveness (no key needed)")
    def health() -> dict:
        return {"status": "ok"}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-store"})

    return app
