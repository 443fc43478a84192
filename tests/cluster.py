"""The service as a deployment runs it, on loopback: real processes on real ports.

``Cluster`` starts ``baocao serve --no-worker`` API processes (uvicorn) and
``baocao worker`` processes against one PostgreSQL database, each process
with its own data directory (as on separate machines), plus a ``chroma run``
server they share.  Used by tests/test_workers_*.py and
benchmarks/bench_workers.py.  Every process logs to ``<root>/<name>.log``;
``tail`` shows the end of one when something goes wrong.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen | None = None, timeout: float = 90.0, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{proc.args[:3]} exited with {proc.returncode}: {tail(log) if log else ''}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except Exception:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:g} s: {tail(log) if log else ''}")


def tail(path: Path, n: int = 3000) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[-n:]
    except FileNotFoundError:
        return "(no log)"


class Cluster:
    """Processes of one deployment; ``stop()`` (or ``with``) ends every one it started."""

    def __init__(self, root: Path, database_url: str, **settings):
        self.root = root
        self.env = {**os.environ, "BAOCAO_DATABASE_URL": database_url, "BAOCAO_NO_PROGRESS": "1",
                    "ANONYMIZED_TELEMETRY": "False", "OMP_NUM_THREADS": "1",
                    **{f"BAOCAO_{k.upper()}": str(v) for k, v in settings.items()}}
        for var in ("BAOCAO_CHROMA_URL", "BAOCAO_LLM_BASE_URL", "BAOCAO_LLM_MODEL"):
            if var[len("BAOCAO_"):].lower() not in settings:
                self.env.pop(var, None)
        self.procs: dict[str, subprocess.Popen] = {}

    def _start(self, name: str, cmd: list[str], **env) -> subprocess.Popen:
        data = self.root / name
        data.mkdir(parents=True, exist_ok=True)
        log = open(self.root / f"{name}.log", "wb")
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=data,
                                env={**self.env, "BAOCAO_DATA_DIR": str(data), **env})
        log.close()
        self.procs[name] = proc
        return proc

    def log(self, name: str) -> Path:
        return self.root / f"{name}.log"

    def chroma(self) -> str:
        port = free_port()
        proc = self._start("chroma", [str(BIN / "chroma"), "run", "--path", str(self.root / "chroma-data"),
                                      "--host", "127.0.0.1", "--port", str(port)])
        wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, log=self.log("chroma"))
        url = f"http://127.0.0.1:{port}"
        self.env["BAOCAO_CHROMA_URL"] = url
        return url

    def api(self, name: str, **env) -> str:
        port = free_port()
        proc = self._start(name, [str(BIN / "baocao"), "serve", "--no-worker", "--host", "127.0.0.1",
                                  "--port", str(port), "--log-level", "warning"], **env)
        url = f"http://127.0.0.1:{port}"
        wait_http(f"{url}/api/health", proc, log=self.log(name))
        return url

    def worker(self, name: str, **env) -> subprocess.Popen:
        return self._start(name, [str(BIN / "baocao"), "worker"], **env)

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs[name]
        proc.send_signal(sig)
        proc.wait(timeout=30)

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)

    def __enter__(self) -> "Cluster":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
