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
