"""``baocao check``: exit codes 0/3/2 and the JSON contract."""

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIGURES, ROOT

BAOCAO = str(ROOT / ".venv" / "bin" / "baocao") if (ROOT / ".venv" / "bin" / "baocao").exists() else "baocao"
TABLE = str(FIGURES / "ham-thuan-bac-2023-h1.csv")


def run(*args):
    return subprocess.run([BAOCAO, "check", *map(str, args)], capture_output=True, text=True, timeout=120)


def test_clean_text_exits_0(tmp_path):
    f = tmp_path / "ok.txt"
    f.write_text("2.4. Phối hợp thực hiện công tác tuyển quân\n\nCó 155 thanh niên trúng tuyển lên đường nhập ngũ, "
                 "trong đó có 03 đảng viên, đạt 1,9%.\n", encoding="utf-8")
    p = run(f, "--figures", TABLE, "--format", "json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["summary"]["unsupported"] == 0 and data["summary"]["derived"] == 1
    n = data["numbers"][1]
    assert set(n) >= {"text", "start", "end", "value", "unit", "kind", "verdict", "source", "derivation", "reason"}
    assert n["source"] == {"ma": "TQ-01", "column": "ky_bao_cao"}


def test_problem_exits_3(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text("Có 156 thanh niên trúng tuyển lên đường nhập ngũ.\n", encoding="utf-8")
    p = run(f, "--figures", TABLE, "--format", "json")
    assert p.returncode == 3
    assert json.loads(p.stdout)["numbers"][0]["verdict"] == "unsupported"
    t = run(f, "--figures", TABLE)
    assert t.returncode == 3 and "unsupported" in t.stdout


def test_bad_input_exits_2(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("tặng 243 suất quà".encode("cp1258", errors="replace") + b"\xff\xfe")
    p = run(f, "--figures", TABLE)
    assert p.returncode == 2 and "latin1.txt" in p.stderr and "UTF-8" in p.stderr
    bad_csv = tmp_path / "f.csv"
    bad_csv.write_text("ma,chi_tieu\nX,y\n", encoding="utf-8")
    p = run(f, "--figures", bad_csv)
    assert p.returncode == 2 and "f.csv" in p.stderr


def test_json_offsets_point_at_the_numbers_of_an_nfd_file(tmp_path):
    import unicodedata

    from tests.conftest import REPORTS

    nfd = unicodedata.normalize("NFD", (REPORTS / "ham-thuan-bac-2023-h1.txt").read_text(encoding="utf-8"))
    f = tmp_path / "nfd.txt"
    f.write_bytes(nfd.encode("utf-8"))
    p = run(f, "--figures", TABLE, "--format", "json")
    assert p.returncode == 3, p.stderr  # the report's own two source errors
    numbers = json.loads(p.stdout)["numbers"]
    assert len(numbers) >= 200
    for n in numbers:
        assert nfd[n["start"]:n["end"]] == n["text"]
        assert any(ch.isdigit() for ch in n["text"]) or n["kind"] == "change"


def test_pdf_is_read_through_its_text_layer(tmp_path):
    import shutil

    import pytest

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("needs LibreOffice (soffice) to make a PDF")
    src = tmp_path / "bao-cao.txt"
    src.write_text("2.4. Phối hợp thực hiện công tác tuyển quân\n\nCó 155 thanh niên trúng tuyển lên đường nhập ngũ, "
                   "trong đó có 03 đảng viên, đạt 1,9%.\n\nHội Nông dân tổ chức thăm và tặng 244 suất quà.\n",
                   encoding="utf-8")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(src)], capture_output=True, timeout=180, check=True)
    p = run(tmp_path / "bao-cao.pdf", "--figures", TABLE, "--format", "json")
    assert p.returncode == 3, p.stderr
    got = [(n["text"], n["verdict"]) for n in json.loads(p.stdout)["numbers"] if n["kind"] != "section"]
    assert got == [("155", "supported"), ("03", "supported"), ("1,9%", "derived"), ("244", "unsupported")]
