"""SQLAlchemy plumbing shared by every store: one declarative base, one engine per URL.

SQLite (the default, under the data directory) runs in WAL mode with foreign
keys on; PostgreSQL is used as given by URL.  Tables are created by one
thread at a time and, on PostgreSQL, where several processes (API processes,
workers) may start at once against an empty database, under an advisory lock:
no two of them race on ``CREATE TABLE``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import threading

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker


class Base(DeclarativeBase):
    pass


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


SCHEMA_LOCK = 0x6261_6F63  # advisory lock key ("baoc") held while tables are created
_created: dict[str, frozenset[str]] = {}
_created_lock = threading.Lock()


def init_db(url: str) -> sessionmaker:
    """Create missing tables of every model module imported so far; return a session factory."""
    engine = get_engine(url)
    if engine.dialect.name != "postgresql":
        with _created_lock:  # two jobs opening a new agency's store at once must not both CREATE TABLE
            Base.metadata.create_all(engine)
        return sessionmaker(engine, expire_on_commit=False)
    tables = frozenset(Base.metadata.tables)
    with _created_lock:  # once per process and set of tables: a job opens stores often
        if not tables <= _created.get(url, frozenset()):
            with engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
                Base.metadata.create_all(conn)
            _created[url] = _created.get(url, frozenset()) | tables
    return sessionmaker(engine, expire_on_commit=False)
