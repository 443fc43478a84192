"""CLI: ``baocao worker`` — takes drafts from the queue in PostgreSQL and runs them.

Run as many as the machines allow, on any machine that reaches the database
(and the Chroma server and model, if configured).  SIGINT/SIGTERM stop it
after the drafts it is running; a worker killed outright leaves them to the
others (see service/api/queue.py).
"""

from __future__ import annotations

import logging

import typer

from service.cli.common import console


def worker(concurrency: int = typer.Option(None, "--concurrency", min=1, max=64,
                                           help="drafts run at once (default BAOCAO_WORKER_CONCURRENCY)"),
           log_level: str = typer.Option("info", "--log-level")) -> None:
    """Run drafts from the job queue (PostgreSQL) until stopped."""
    import asyncio

    from service.api import models  # noqa: F401  (the tables)
    from service.api.queue import QueueRunner, prepare, run_worker
    from service.db import init_db
    from service.errors import ConfigError
    from service.settings import get_settings

    from service.api.security import private_umask

    private_umask()  # every file it creates: the service's user only
    settings = get_settings()
    if not settings.on_postgresql:
        raise ConfigError("'baocao worker' takes drafts from a queue in PostgreSQL: set BAOCAO_DATABASE_URL "
                          "(with SQLite, 'baocao serve' runs the drafts itself)")
    if concurrency:
        settings = settings.model_copy(update={"worker_concurrency": concurrency})
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("procrastinate").setLevel(max(logging.INFO, logging.getLevelName(log_level.upper())))
    sessions = init_db(settings.db_url)
    prepare(settings, sessions)
    runner = QueueRunner(settings, sessions)
    if not settings.chroma_url:
        console.print("note: no BAOCAO_CHROMA_URL — this worker keeps its own index of prior reports under "
                      f"{settings.data_dir}; with several machines, point them all at one Chroma server", highlight=False)
    console.print(f"baocao worker: drafts from the queue, {settings.worker_concurrency} at once; data in "
                  f"{settings.data_dir}", highlight=False)
    asyncio.run(run_worker(runner))
