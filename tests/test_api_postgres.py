"""The service on a real PostgreSQL server (initdb into a temp dir, pg_ctl on a free loopback port)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from conftest import free_port
from test_api_flow import SPEC, sse, upload_all  # noqa: F401 (same flow, other database)

from tests.api_support import running_service

pytestmark = pytest.mark.network


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    return found


@pytest.fixture(scope="module")
def pg_url():
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not installed: apt-get install postgresql")
    as_user: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="baocao-pg-"))
    if os.geteuid() == 0:  # postgres refuses to run as root
        import pwd

        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server as")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", free_port()
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True, capture_output=True, text=True, timeout=120)  # noqa: E731
    try:
        run(initdb, "-D", str(data), "-U", "baocao", "--auth=trust", "-E", "UTF8", "--no-instructions")
        run(pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-t", "60", "start",
            "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off")
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {exc.stderr.strip()[-300:]}")
    try:
        yield f"postgresql+psycopg://baocao@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def test_flow_on_postgresql(pg_url, tmp_path):
    with running_service(tmp_path / "data", database_url=pg_url) as svc:
        assert svc.app.state.settings.db_url.startswith("postgresql")
        drafter, reviewer = svc.client(svc.key("drafter")), svc.client(svc.key("reviewer"))
        upload_all(drafter)
        did = drafter.post("/api/drafts", json={"spec": SPEC}).json()["id"]
        assert sse(drafter, f"/api/drafts/{did}/events")[-1]["event"] == "done"
        v2 = reviewer.post(f"/api/drafts/{did}/sections/I/rewrite", json={"instruction": "viết gọn hơn"})
        assert v2.status_code == 201, v2.text
        assert reviewer.post(f"/api/drafts/{did}/versions/2/accept").status_code == 200
        assert [v["status"] for v in reviewer.get(f"/api/drafts/{did}/versions").json()] == ["accepted", "accepted"]
        other = svc.client(svc.key("reviewer", agency="Bù Đăng"))
        assert other.get(f"/api/drafts/{did}").status_code == 404
    # the rows are in PostgreSQL, not in a SQLite file under the data directory
    assert not (tmp_path / "data" / "baocao.db").exists()
    from sqlalchemy import create_engine, text

    eng = create_engine(pg_url)
    with eng.connect() as conn:
        assert conn.execute(text("select count(*) from api_versions")).scalar() == 2
    eng.dispose()
