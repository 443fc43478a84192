"""Shared fixtures.

Outbound network is blocked for every test (only loopback may be reached):
tests start their own servers on 127.0.0.1 and must never reach further.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BAOCAO_SHARED", ROOT.parent / "shared")).resolve()
CORPUS = SHARED / "corpus"
REPORTS = CORPUS / "reports"
FIGURES = CORPUS / "figures"

os.environ.setdefault("BAOCAO_NO_PROGRESS", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def _is_local(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, bytes):
        host = host.decode()
    if not isinstance(host, str) or host.startswith("/"):
        return True  # unix sockets
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _block_outbound_network(monkeypatch):
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guard(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
            raise RuntimeError(f"test tried to reach the network: {address!r}")

    def connect(sock, address):
        guard(sock, address)
        return real_connect(sock, address)

    def connect_ex(sock, address):
        guard(sock, address)
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh BAOCAO_DATA_DIR per test, settings cache cleared."""
    from service.settings import get_settings

    d = tmp_path / "data"
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(d))
    for var in ("BAOCAO_LLM_BASE_URL", "BAOCAO_LLM_MODEL", "BAOCAO_CHROMA_URL", "BAOCAO_DATABASE_URL"):
        monkeypatch.delenv(var, raising=False)
    get_settings.cache_clear()
    yield d
    get_settings.cache_clear()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole run (see tests/pg.py); skips if it cannot start."""
    from tests.pg import PgUnavailable, pg_server as start

    try:
        server = start()
        base = server.__enter__()
    except PgUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield base
    finally:
        server.__exit__(None, None, None)


@pytest.fixture
def pg_url(pg_server, request):
    """A fresh, empty database on the session's PostgreSQL server, one per test."""
    import re

    from tests.pg import new_database

    name = "t_" + re.sub(r"[^a-z0-9_]+", "_", request.node.name.lower())[:40] + "_" + os.urandom(3).hex()
    return new_database(pg_server, name)


@pytest.fixture
def dummy(tmp_path):
    """The one-row figures table holding none of a page's figures (the checker sweeps' method: every number of a bare
    page is checked against it, so what passes is what the checker reads as no figure)."""
    from tests.sweep_tables import table

    return table(tmp_path, ["1,Chỉ tiêu giả,người,987654321"])
