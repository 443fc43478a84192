"""The walking skeleton, as a new user meets it: the demo spec drafted end to end by the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from docx import Document

from tests.conftest import FIGURES, REPORTS, ROOT

BAOCAO = str(Path(sys.executable).parent / "baocao")
SPEC = ROOT / "examples" / "ham-thuan-bac-2024-h1.yaml"


def run(args, data_dir, **kw):
    env = {**os.environ, "BAOCAO_DATA_DIR": str(data_dir), "BAOCAO_NO_PROGRESS": "1"}
    env.pop("BAOCAO_LLM_BASE_URL", None)
    env.pop("BAOCAO_LLM_MODEL", None)
    return subprocess.run([BAOCAO, *args], capture_output=True, text=True, env=env, timeout=600, **kw)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    out, js = tmp / "report.docx", tmp / "report.json"
    first = run(["draft", str(SPEC), "--out", str(out), "--json", str(js)], tmp / "data")
    second = run(["draft", str(SPEC), "--out", str(out), "--json", str(js)], tmp / "data")
    return {"tmp": tmp, "out": out, "json": js, "first": first, "second": second}


def test_demo_writes_docx_and_one_line_summary(demo):
    r = demo["first"]
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert str(demo["out"]) in r.stderr.replace("\n", "")
    assert "numbers checked" in r.stderr and "unsupported" in r.stderr
    assert demo["out"].is_file()


def test_demo_has_every_section_of_the_2023_structure(demo):
    from index.parse import parse_report

    draft = json.loads(demo["json"].read_text(encoding="utf-8"))
    prior = parse_report(REPORTS / "ham-thuan-bac-2023-h1.docx")
    assert [s["path"] for s in draft["sections"]] == [s.path for s in prior.walk()]
    text = "\n".join(p.text for p in Document(demo["out"]).paragraphs)
    for s in prior.walk():
        if s.number.startswith(("1", "2")) and "." in s.number:
            assert s.heading.split(",")[0] in text, s.title


def test_demo_states_2024_figures_and_nothing_unsupported_unmarked(demo):
    draft = json.loads(demo["json"].read_text(encoding="utf-8"))
    paragraphs = [p for s in draft["sections"] for p in s["paragraphs"]] + draft["closing"]
    body = "\n".join(p["text"] for p in paragraphs)
    assert "188 thanh niên" in body          # TQ-01 of 2024 (2023: 155)
    assert "137.263 lượt người" in body      # TT-01 of 2024 (2023: 135.697)
    assert "Giáp Thìn" in body and "Quý Mão" not in body
    assert "94 năm ngày" in body and "93 năm ngày" not in body
    for p in paragraphs:
        problems = [c for c in p["checks"] if c["verdict"] in ("unsupported", "stale")]
        assert not problems or p["marked"], (p["text"], problems)
    supported = sum(1 for p in paragraphs for c in p["checks"] if c["verdict"] in ("supported", "derived"))
    assert supported >= 100


def test_check_on_the_demo_docx_reports_what_the_draft_reported(demo):
    """One verdict everywhere: ``baocao check`` on the written .docx repeats the draft's verdicts, placement included."""
    draft = json.loads(demo["json"].read_text(encoding="utf-8"))
    r = run(["check", str(demo["out"]), "--figures", str(FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"),
             "--prior-figures", str(FIGURES / "ham-thuan-bac-2023-h1.csv"), "--format", "json"], demo["tmp"] / "data")
    assert r.returncode in (0, 3), r.stderr
    checked = json.loads(r.stdout)
    summary = {k: v for k, v in draft["summary"].items() if k not in ("marked_paragraphs", "sections")}
    assert checked["summary"] == summary
    paragraphs = draft["opening"] + [p for s in draft["sections"] for p in s["paragraphs"]] + draft["closing"]
    expected = [(c["text"], c["verdict"], c["source"]) for p in paragraphs for c in p["checks"]]
    assert [(n["text"], n["verdict"], n["source"]) for n in checked["numbers"]] == expected


def test_demo_twice_leaves_no_duplicates_in_index(demo):
    assert demo["second"].returncode == 0, demo["second"].stderr
    listing = run(["index", "list", "--format", "json"], demo["tmp"] / "data")
    assert listing.returncode == 0, listing.stderr
    reports = json.loads(listing.stdout)
    sources = [r.get("source") or r.get("path") for r in reports]
    assert len(sources) == len(set(sources)) == 4


def _spec_copy(tmp_path: Path, **changes) -> Path:
    raw = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for key in ("figures",):
        raw[key] = str((SPEC.parent / raw[key]).resolve())
    raw["prior"] = {k: str((SPEC.parent / v).resolve()) for k, v in raw["prior"].items()}
    raw["exemplars"] = []
    for k, v in changes.items():
        if v is None:
            raw.pop(k, None)
        else:
            raw[k] = v
    p = tmp_path / "spec.yaml"
    p.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return p


@pytest.mark.parametrize("case,expect", [
    ("missing_spec", "spec file not found"),
    ("missing_field", "field 'period': missing required field"),
    ("missing_figures", "file not found"),
    ("unknown_columns", "không rõ cột nào là số liệu kỳ báo cáo: các cột 'so_lieu_khac', 'so_lieu_cu' đều có số"),
])
def test_bad_input_is_one_line_and_leaves_no_docx(tmp_path, case, expect):
    out = tmp_path / "out.docx"
    if case == "missing_spec":
        spec = tmp_path / "nope.yaml"
    elif case == "missing_field":
        spec = _spec_copy(tmp_path, period=None)
    elif case == "missing_figures":
        spec = _spec_copy(tmp_path, figures=str(tmp_path / "absent.csv"))
    else:
        bad = tmp_path / "bad.csv"
        text = (FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv").read_text(encoding="utf-8")
        # two columns of numbers under unknown titles: no rule tells which holds the period's values (one alone would
        # be taken, with a warning)
        bad.write_text(text.replace("ky_bao_cao", "so_lieu_khac", 1).replace("cung_ky", "so_lieu_cu", 1), encoding="utf-8")
        spec = _spec_copy(tmp_path, figures=str(bad))
    r = run(["draft", str(spec), "--out", str(out)], tmp_path / "data")
    assert r.returncode == 2, r.stderr
    assert expect in r.stderr
    assert "Traceback" not in r.stderr
    assert len([line for line in r.stderr.splitlines() if line.strip()]) == 1, r.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".out.docx*"))


def test_a_usage_mistake_is_click_message_and_exit_2(tmp_path):
    r = run(["figures", "list", "--format", "xml"], tmp_path / "data")
    assert r.returncode == 2, r.stderr
    assert "Invalid value for '--format'" in r.stderr and "internal error" not in r.stderr
