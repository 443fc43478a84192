"""Zip bombs and hostile archives: every path that opens a .docx or .xlsx refuses them from the central
directory, with a Vietnamese message naming the file, in bounded memory (measured in a fresh process)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from service import archive
from service.errors import InputError
from tests.conftest import CORPUS, ROOT
from tests.hostile import CONTENT_TYPES_DOCX, MiB, RELS_DOCX, W, docx_bomb, write_zip, xlsx_bomb, xlsx_file

GiB = 1 << 30
PEAK_MB = 300  # the interpreter with python-docx, openpyxl, pypdf and the service imported is ~150 MB


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    d = tmp_path_factory.mktemp("bombs")
    return {"docx-1g": docx_bomb(d / "bao-cao 1 GiB.docx", GiB),          # ~3 MB on disk
            "docx-256m": docx_bomb(d / "bao-cao-256.docx", 256 * MiB),     # ~0.8 MB
            "xlsx-sst": xlsx_bomb(d / "so-lieu.xlsx", GiB)}                # ~2.6 MB, shared strings 1 GiB


def test_the_bombs_are_real(bombs):
    """Small on disk, huge inflated, well-formed zips: an unguarded reader would inflate them."""
    for key, path in bombs.items():
        with zipfile.ZipFile(path) as z:
            inflated = sum(i.file_size for i in z.infolist())
        assert path.stat().st_size < 8 * MiB and inflated > 250 * MiB, key
    assert bombs["docx-1g"].stat().st_size < 4 * MiB


# Every path that opens a zip, as its callers call it.
_PATHS = {
    "index": "from index.readers import read; read(path)",                                     # index add, exemplars
    "check": "from service.checker.check import read_text; read_text(path)",                   # baocao check
    "figures": "from service.figures.read import read_raw; read_raw(path)",                    # figures load, xlsx
    "standing": "from service.checker.standing import read_standing; read_standing(path)",     # its fixed-facts sheet
    "upload-report": "from service.api.storage import check_report; check_report(path, path.name)",
    "upload-figures": "from service.api.storage import check_figures; "
                      "check_figures(path, path.name, series='s', period='2024-H1')",
}

# Peak resident memory of the probe itself: VmHWM of its own address space.  (getrusage's ru_maxrss is not
# used: Linux carries the parent's high-water mark into a child across exec, so a probe started from a big
# pytest process would report the parent's size.)
_PROBE = """
import json, re, resource, sys
from pathlib import Path
sys.path.insert(0, {root!r})
import docx, openpyxl, pypdf, service.api.storage, index.readers, service.checker.check, service.figures.read
import service.checker.standing

def peak_mb():
    try:
        return int(re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1)) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

path = Path({path!r})
base = peak_mb()
try:
    {call}
    out = {{"error": None}}
except Exception as exc:
    out = {{"error": str(exc), "type": type(exc).__name__}}
out["base_mb"], out["peak_mb"] = base, peak_mb()
print(json.dumps(out))
"""


def probe(call: str, path: Path) -> dict:
    """Run ``call`` on ``path`` in a fresh interpreter; its error and its peak resident memory."""
    code = _PROBE.format(root=str(ROOT), path=str(path), call=call)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("bomb,path_kind", [("docx-1g", "index"), ("docx-1g", "check"), ("docx-1g", "upload-report"),
                                            ("docx-256m", "index"), ("docx-256m", "check"),
                                            ("docx-256m", "upload-report"),
                                            ("xlsx-sst", "figures"), ("xlsx-sst", "upload-figures"),
                                            ("xlsx-sst", "standing")])
def test_every_path_refuses_a_bomb_in_bounded_memory(bombs, bomb, path_kind):
    path = bombs[bomb]
    got = probe(_PATHS[path_kind], path)
    assert got["type"] == "InputError", got
    where, _, why = got["error"].partition(": ")
    assert where.endswith(path.name) and why.startswith("tệp bị từ chối vì thành phần"), got["error"]
    assert "giải nén ra" in got["error"]
    print(bomb, path_kind, got["base_mb"], got["peak_mb"])
    assert got["peak_mb"] < PEAK_MB, got
    assert got["peak_mb"] - got["base_mb"] < 50, got  # nothing was inflated


def test_the_messages_say_what_and_how_much(bombs):
    with pytest.raises(InputError) as exc:
        archive.check(bombs["docx-1g"])
    assert str(exc.value).startswith("bao-cao 1 GiB.docx: tệp bị từ chối vì thành phần 'word/document.xml' "
                                     "giải nén ra 1.023 MB (tối đa 24 MB)")
    with pytest.raises(InputError, match=r"^so-lieu\.xlsx: .*'xl/sharedStrings\.xml' giải nén ra 1\.023 MB "
                                         r"\(tối đa 8 MB\)"):
        archive.check(bombs["xlsx-sst"])
    with pytest.raises(InputError, match=r"^ten-goc\.xlsx: "):
        archive.check(bombs["xlsx-sst"], "ten-goc.xlsx")   # messages name the file as the user sent it


def _docx(path: Path, document: bytes, **extra: bytes) -> Path:
    return write_zip(path, {"[Content_Types].xml": CONTENT_TYPES_DOCX, "_rels/.rels": RELS_DOCX,
                            "word/document.xml": document, **extra})


def test_a_ratio_bomb_under_the_size_caps_is_refused(tmp_path):
    """20 MB of one repeated paragraph packs into ~50 KB: no real document compresses 400:1."""
    path = docx_bomb(tmp_path / "lap.docx", 20 * MiB)
    with pytest.raises(InputError, match=r"^lap\.docx: .* giải nén ra \d+ MB từ \d+ KB \(gấp \d+ lần\)"):
        archive.check(path)


def test_entity_expansion_is_refused_before_any_parser(tmp_path):
    import openpyxl

    assert openpyxl.DEFUSEDXML  # and behind the guard, openpyxl parses with defusedxml (no entities)
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahaha">'
              + b"".join(b'<!ENTITY a%d "&a%s;&a%s;&a%s;&a%s;&a%s;&a%s;&a%s;&a%s;&a%s;&a%s;">'
                         % (i, *(str(i - 1).encode() if i > 1 else b"",) * 10) for i in range(1, 10))
              + f']><w:document {W}><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>'.encode())
    path = _docx(tmp_path / "cuoi.docx", laughs)
    for call in (archive.check, lambda p: __import__("index.readers").readers.read(p)):
        with pytest.raises(InputError, match=r"^cuoi\.docx: .*DOCTYPE/ENTITY"):
            call(path)
    # a DTD pushed past the first kilobytes by a long comment is still seen
    padded = b'<?xml version="1.0"?><!--' + b" " * 20000 + b'--><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>'
    with pytest.raises(InputError, match="DOCTYPE"):
        archive.check(_docx(tmp_path / "dem.docx", f"<w:document {W}/>".encode(), **{"word/styles.xml": padded}))


def test_encrypted_and_odd_archives_are_refused_by_name(tmp_path):
    ole = tmp_path / "mat-khau.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)  # how Word saves a password-protected file
    with pytest.raises(InputError, match=r"^mat-khau\.docx: tệp được đặt mật khẩu"):
        archive.check(ole)
    many = write_zip(tmp_path / "nhieu.docx", {f"word/media/{i}.png": b"x" for i in range(5001)})
    with pytest.raises(InputError, match=r"^nhieu\.docx: .*có 5001 thành phần"):
        archive.check(many)
    enc = tmp_path / "zipcrypto.xlsx"
    xlsx_file(enc)
    data = bytearray(enc.read_bytes())
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):               # set the 'encrypted' flag on every entry
        at = data.find(sig)
        while at >= 0:
            flag_at = at + (6 if sig == b"PK\x03\x04" else 8)
            data[flag_at] |= 1
            at = data.find(sig, at + 4)
    enc.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"^zipcrypto\.xlsx: tệp được đặt mật khẩu"):
        archive.check(enc)
    trunc = tmp_path / "cut.xlsx"
    trunc.write_bytes(xlsx_file(tmp_path / "whole.xlsx").read_bytes()[:300])
    with pytest.raises(InputError, match=r"^cut\.xlsx: không đọc được bảng tính \.xlsx"):
        archive.check(trunc)


def test_real_reports_and_workbooks_pass(tmp_path):
    """No false alarm on the corpus and the real material: every .docx and .xlsx there is accepted."""
    files = sorted(CORPUS.rglob("*.docx")) + sorted(CORPUS.rglob("*.xlsx")) + \
        sorted((ROOT / "evaluations").rglob("*.docx")) + sorted((ROOT / "evaluations").rglob("*.xlsx"))
    assert len(files) >= 5
    for f in files:
        archive.check(f)
    ok = xlsx_file(tmp_path / "bieu.xlsx")
    from service.figures.read import read_raw

    assert read_raw(ok).header == ["STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo"]


@pytest.mark.network
def test_a_served_api_refuses_the_bombs_and_stays_small_and_up(bombs, tmp_path):
    """``baocao serve`` as deployed (its own process): the bombs are 4xx, the process stays up, its peak memory
    (VmHWM) stays bounded, and a real report is still taken."""
    import os
    import signal

    import httpx

    from tests.cluster import free_port, tail, wait_http
    from tests.conftest import REPORTS

    env = {**os.environ, "BAOCAO_DATA_DIR": str(tmp_path / "data"), "BAOCAO_NO_PROGRESS": "1"}
    for var in ("BAOCAO_DATABASE_URL", "BAOCAO_CHROMA_URL", "BAOCAO_LLM_BASE_URL", "BAOCAO_LLM_MODEL"):
        env.pop(var, None)
    bin_ = Path(sys.executable).parent
    key = subprocess.run([str(bin_ / "baocao"), "keys", "create", "--role", "drafter", "--agency", "Bom"], env=env,
                         capture_output=True, text=True, check=True).stdout.strip()
    port, log = free_port(), tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(bin_ / "baocao"), "serve", "--port", str(port), "--log-level", "warning"],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_http(f"{url}/api/health", proc, log=log)
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=120) as c:
            for key_, route, form in (("docx-1g", "/api/reports", {}), ("docx-256m", "/api/reports", {}),
                                      ("xlsx-sst", "/api/figures", {"series": "s", "period": "2024-H1"})):
                path = bombs[key_]
                r = c.post(route, files={"file": (path.name, path.read_bytes())}, data=form)
                assert r.status_code == 422 and "tệp bị từ chối" in r.json()["detail"], r.text
                assert c.get("/api/health").status_code == 200 and proc.poll() is None
            real = REPORTS / "ham-thuan-bac-2023-h1.docx"
            assert c.post("/api/reports", files={"file": (real.name, real.read_bytes())}).status_code == 201
        status = Path(f"/proc/{proc.pid}/status").read_text()
        peak_mb = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
        print(f"serve peak {peak_mb:.0f} MB")
        assert peak_mb < PEAK_MB, f"serve peaked at {peak_mb:.0f} MB\n{tail(log)}"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
