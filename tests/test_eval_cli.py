"""``baocao eval run`` exit codes and report rendering, on canned results (no drafting)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner


def _case(unmarked=0, precision=0.9):
    return {"case": "c1", "engine": "offline", "prompt_version": None, "status": "ok", "seconds": 1.0,
            "models": [], "prompts": [], "outline_source": "prior", "description": "",
            "metrics": {"numbers_figures": 10, "numbers_good": 9, "numeric_precision": precision,
                        "figures_assigned": 5, "figures_stated": 4, "figure_recall": 0.8, "stale_numbers": 0,
                        "stale_verdict": 0, "stale_independent": 0, "unsupported_unmarked": unmarked,
                        "problems_marked": 1, "marked_paragraphs": 1, "paragraphs": 4, "section_coverage": 1.0,
                        "section_text_coverage": 1.0, "first_person": 0, "colloquial": 0, "abbr_unexpanded": 2,
                        "sentence_words_mean": 30.0, "sentence_words_p95": 60},
            "details": {"unsupported_unmarked": [{"section": "I", "number": "9", "verdict": "unsupported",
                                                  "context": "x [9] y"}] * unmarked,
                        "stale": [], "abbreviations": [{"abbr": "LLVT", "expansion": "lực lượng vũ trang",
                                                        "context": "[LLVT]"}]},
            "sections": [{"path": "I", "title": "I. Chung", "level": 1, "version": {"engine": "offline"},
                          "metrics": {"numbers_figures": 10, "numbers_good": 9, "numeric_precision": precision,
                                      "figures_assigned": 5, "figures_stated": 4, "figure_recall": 0.8,
                                      "stale_numbers": 0, "unsupported_unmarked": unmarked, "marked_paragraphs": 1}}],
            "baseline": {"prior_register": {"first_person": 0, "abbr_unexpanded": 9}}}


@pytest.fixture
def fake_run(monkeypatch, tmp_path):
    """Replace drafting with canned case results; the real aggregation, comparison and reports run."""
    from evaluations import harness

    state = {"cases": [_case()]}

    def evaluate_case(case, engine, prompt_version, out_dir, data_dir=None):
        return state["cases"].pop(0)

    monkeypatch.setattr(harness, "evaluate_case", evaluate_case)
    case_file = tmp_path / "c1.yaml"
    case_file.write_text((harness.ROOT / "evaluations/cases/ham-thuan-bac-2024-h1.yaml").read_text(encoding="utf-8")
                         .replace("../../../shared", str(harness.ROOT.parent / "shared")), encoding="utf-8")
    return state, case_file


def _invoke(*args):
    from service.cli import app

    return CliRunner().invoke(app, ["eval", "run", *map(str, args), "--engine", "offline", "--no-checker-suite"])


def test_clean_run_exits_0_and_writes_reports(fake_run, tmp_path):
    state, case = fake_run
    res = _invoke(case, "--out", tmp_path / "a")
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "a" / "results.json").read_text(encoding="utf-8"))
    assert data["totals"]["offline"]["numeric_precision"] == 0.9
    assert "LLVT" in (tmp_path / "a" / "report.md").read_text(encoding="utf-8")
    assert "base64," in (tmp_path / "a" / "report.html").read_text(encoding="utf-8")


def test_unsupported_unmarked_exits_3(fake_run, tmp_path):
    state, case = fake_run
    state["cases"] = [_case(unmarked=2)]
    res = _invoke(case, "--out", tmp_path / "b")
    assert res.exit_code == 3
    assert "FAIL" in (tmp_path / "b" / "report.md").read_text(encoding="utf-8")


def test_regression_against_previous_run(fake_run, tmp_path):
    state, case = fake_run
    assert _invoke(case, "--out", tmp_path / "prev").exit_code == 0
    state["cases"] = [_case(precision=0.7)]
    res = _invoke(case, "--out", tmp_path / "now", "--compare", tmp_path / "prev", "--fail-on-regression")
    assert res.exit_code == 4
    data = json.loads((tmp_path / "now" / "results.json").read_text(encoding="utf-8"))
    assert [r["metric"] for r in data["comparison"]["regressions"]] == ["numeric_precision"]
    assert "REGRESSION" in (tmp_path / "now" / "report.md").read_text(encoding="utf-8")


def test_bad_compare_dir_is_a_usage_error(fake_run, tmp_path):
    _, case = fake_run
    res = _invoke(case, "--out", tmp_path / "c", "--compare", tmp_path / "nowhere")
    assert res.exit_code != 0 and not (tmp_path / "c" / "results.json").exists()
