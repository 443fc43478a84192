"""The bad-input corpus (built in tmp_path: truncated, corrupt, renamed, encrypted, empty, NUL, wrong-encoding,
huge, bombs, entity expansion — .docx .xlsx .csv .json .pdf .txt) through the API and the CLI: each refused with
a Vietnamese message naming the file, nothing stored, the server still up."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api_support import running_service
from tests.conftest import FIGURES, REPORTS
from tests.hostile import bad_figures, bad_reports

VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
DOCX = REPORTS / "ham-thuan-bac-2023-h1.docx"
GOOD_CSV = FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    return bad_reports(d / "reports", DOCX), bad_figures(d / "figures", DOCX)


def _clear(message: str, name: str) -> None:
    assert VIETNAMESE.search(message) and "Traceback" not in message, message
    assert ".tmp-" not in message and "/agencies/" not in message, message  # no server paths


def test_the_corpus_covers_every_format(corpus):
    reports, figures = corpus
    exts = {Path(n).suffix for n in list(reports) + list(figures)}
    assert exts == {".docx", ".pdf", ".txt", ".xlsx", ".csv", ".json"} and len(reports) + len(figures) >= 40


def test_every_bad_file_is_refused_through_the_api(corpus, tmp_path):
    reports, figures = corpus
    huge = tmp_path / "lớn.csv"
    huge.write_bytes(GOOD_CSV.read_bytes() * (3 * 2**20 // GOOD_CSV.stat().st_size + 1))
    with running_service(tmp_path / "data", max_upload_mb=2, rate_limit_per_minute=1000) as svc, \
            svc.client(svc.key("admin")) as c:
        sent = [("/api/reports", n, p, {}) for n, p in reports.items()] + \
               [("/api/figures", n, p, {"series": "s", "period": "2024-H1"}) for n, p in figures.items()]
        for route, name, path, form in sent + [("/api/figures", huge.name, huge, {"series": "s", "period": "2024-H1"})]:
            r = c.post(route, files={"file": (name, path.read_bytes())}, data=form)
            assert r.headers["content-type"].startswith("application/problem+json"), (name, r.text)
            body = r.json()
            if path == huge:
                assert r.status_code == 413, r.text
            else:
                assert r.status_code == 422 and body["detail"].startswith(name + ":"), (name, r.status_code, body)
            _clear(body["detail"], name)
        assert c.get("/api/reports").json() == [] and c.get("/api/figures").json() == []  # nothing stored
        stored = [p for p in (svc.app.state.settings.data_dir / "agencies").rglob("*") if p.is_file()]
        assert stored == []
        assert c.get("/api/health").status_code == 200  # still up, and still takes good files
        ok = c.post("/api/figures", files={"file": (GOOD_CSV.name, GOOD_CSV.read_bytes())},
                    data={"series": "s", "period": "2024-H1"})
        assert ok.status_code == 201, ok.text


def test_every_bad_report_is_refused_by_index_add(corpus, tmp_path):
    reports, _ = corpus
    env = {**os.environ, "BAOCAO_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "400"}
    env.pop("BAOCAO_DATABASE_URL", None)
    baocao = str(Path(sys.executable).parent / "baocao")
    done = subprocess.run([baocao, "index", "add", *map(str, reports.values())], capture_output=True, text=True,
                          env=env, timeout=600)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-3000:]
    lines = done.stderr.splitlines()
    for name in reports:
        said = [ln for ln in lines if ln.strip().startswith("error") and f" {name}: " in ln]
        assert said, f"{name} not reported:\n{done.stderr[-3000:]}"
        _clear(said[0], name)
    listed = subprocess.run([baocao, "index", "list", "--format", "json"], capture_output=True, text=True, env=env)
    assert json.loads(listed.stdout or "[]") == []


def test_every_bad_table_is_refused_by_figures_load(corpus, tmp_path, monkeypatch, capsys):
    from service.cli import main
    from service.settings import get_settings

    _, figures = corpus
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BAOCAO_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    try:
        for name, path in figures.items():
            monkeypatch.setattr(sys, "argv", ["baocao", "figures", "load", str(path), "-s", "s", "-p", "2024-H1"])
            with pytest.raises(SystemExit) as exit_:
                main()
            said = capsys.readouterr()
            assert exit_.value.code == 2, (name, said)
            text = said.err + said.out
            assert name in text, (name, text)
            _clear(text, name)
        monkeypatch.setattr(sys, "argv", ["baocao", "figures", "list", "--format", "json"])
        with pytest.raises(SystemExit):
            main()
        assert json.loads(capsys.readouterr().out) == []  # nothing stored
    finally:
        get_settings.cache_clear()


def test_every_bad_report_is_refused_by_check(corpus, tmp_path, monkeypatch, capsys):
    from service.cli import main

    reports, _ = corpus
    for name, path in reports.items():
        monkeypatch.setattr(sys, "argv", ["baocao", "check", str(path), "--figures", str(GOOD_CSV)])
        with pytest.raises(SystemExit) as exit_:
            main()
        said = capsys.readouterr()
        assert exit_.value.code == 2, (name, said)
        assert name in said.err, (name, said.err)
        _clear(said.err, name)
