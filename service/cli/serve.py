"""CLI: ``baocao serve`` (API + web page under uvicorn) and ``baocao keys`` (admin)."""

from __future__ import annotations

import logging
import re

import typer

from service.cli.common import console, out, print_json

keys_app = typer.Typer(no_args_is_help=True)


class _RedactKeys(logging.Filter):
    """The events endpoint accepts ``?key=`` (EventSource cannot send headers): keep keys out of access logs."""

    _KEY = re.compile(r"([?&]key=)[^&\s\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(self._KEY.sub(r"\1[redacted]", a) if isinstance(a, str) else a for a in record.args)
        return True


def serve(host: str = typer.Option("127.0.0.1", "--host"), port: int = typer.Option(8000, "--port"),
          log_level: str = typer.Option("info", "--log-level"),
          no_worker: bool = typer.Option(False, "--no-worker", help="serve the API only; 'baocao worker' processes "
                                         "run the drafts (needs PostgreSQL: BAOCAO_DATABASE_URL)")) -> None:
    """Start the API (/api, /docs) and the web page (/) under uvicorn; drafts run in it unless --no-worker."""
    import uvicorn

    from service.api.app import create_app
    from service.settings import get_settings

    from service.api.security import private_umask

    private_umask()  # every file it creates: the service's user only
    settings = get_settings()
    app = create_app(settings, worker=not no_worker)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level)  # configures logging
    logging.getLogger("uvicorn.access").addFilter(_RedactKeys())
    logging.getLogger("baocao").setLevel(log_level.upper())
    jobs = ("queued for 'baocao worker'" if no_worker else "run here and by any 'baocao worker'") \
        if settings.on_postgresql else "run here (SQLite)"
    console.print(f"baocao on http://{host}:{port}/ (API docs /docs), data in {settings.data_dir}; drafts {jobs}",
                  highlight=False)
    uvicorn.Server(config).run()


def _sessions():
    from service.api import models  # noqa: F401
    from service.db import init_db
    from service.settings import get_settings

    return init_db(get_settings().db_url)


@keys_app.command("create")
def keys_create(role: str = typer.Option(..., "--role", help="drafter | reviewer | admin"),
                agency: str = typer.Option(..., "--agency", help="agency name, e.g. 'Hàm Thuận Bắc'"),
                name: str = typer.Option("", "--name", help="who holds the key (shown in history)")) -> None:
    """Create a key and print it once: it is stored hashed and cannot be shown again."""
    from service.api.audit import audit
    from service.api.auth import create_key

    with _sessions().begin() as s:
        row, plaintext = create_key(s, role=role, agency=agency, name=name)
        audit(s, None, "key.create", row.prefix, agency_id=row.agency_id, detail={"role": role, "via": "cli"})
    out.print(plaintext, highlight=False)
    console.print(f"created {role} key {row.prefix} for agency {agency!r}; store it now, it is not shown again",
                  highlight=False)


@keys_app.command("list")
def keys_list(json_out: bool = typer.Option(False, "--json", help="machine-readable output")) -> None:
    """Every key: prefix, role, agency, created, revoked (never the key itself)."""
    from sqlalchemy import select

    from service.api.models import Agency, ApiKey

    with _sessions()() as s:
        rows = s.execute(select(ApiKey, Agency).join(Agency, Agency.id == ApiKey.agency_id).order_by(ApiKey.id)).all()
        data = [{"prefix": k.prefix, "role": k.role, "agency": a.name, "name": k.name,
                 "created_at": str(k.created_at), "revoked_at": str(k.revoked_at) if k.revoked_at else None}
                for k, a in rows]
    if json_out:
        print_json(data)
        return
    for d in data:
        state = f"revoked {d['revoked_at']}" if d["revoked_at"] else "active"
        out.print(f"{d['prefix']}  {d['role']:<8}  {d['agency']}  {d['name']}  {d['created_at']}  {state}", highlight=False)
    if not data:
        console.print("no keys yet: baocao keys create --role admin --agency '<agency>'")


@keys_app.command("revoke")
def keys_revoke(prefix: str = typer.Argument(..., help="the key's prefix (from 'keys list') or the key itself")) -> None:
    """Revoke a key: requests with it get 401 from now on."""
    from service.api.audit import audit
    from service.api.auth import revoke_key
    from service.errors import NotFoundError

    with _sessions().begin() as s:
        row = revoke_key(s, prefix)
        if row is None:
            raise NotFoundError(f"no key with prefix {prefix!r} (see 'baocao keys list')")
        audit(s, None, "key.revoke", row.prefix, agency_id=row.agency_id, detail={"via": "cli"})
    console.print(f"revoked {row.prefix}", highlight=False)
