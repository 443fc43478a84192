"""The real next-period pairs (``evaluations/cases/real/c-*`` with ``next:``) draft as a new agency drafts them.

Each pair is a real report of last period and a synthetic table of this period (``next.csv``, made by
``c-tools/make_next.py``).  Two ways in, both through the CLI a user runs, offline engine:

- **with its table**: ``spec init`` on the prior report, then the spec pointed at this period's table and last
  period's hand-built table;
- **from the report alone**: ``spec init`` writes the template beside the spec, the agency types this
  period's values into its ``Kỳ báo cáo`` cells, ``baocao draft`` with no table of last period.

Either way the draft states ≥ 90 % of this period's figures, leaves no unsupported or stale number in a
paragraph not marked for review, and ``baocao check`` on the .docx agrees.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
import yaml

from evaluations.real import real_cases
from evaluations.template_roundtrip import fill_values, fill_workbook
from service.figures.load import load_table
from service.onboarding.template import build_template
from tests.conftest import ROOT

BAOCAO = str(ROOT / ".venv" / "bin" / "baocao")
PAIRS = [c for c in real_cases() if c.meta.get("next")]


def baocao(*args, cwd, data):
    env = {**os.environ, "BAOCAO_DATA_DIR": str(data), "BAOCAO_NO_PROGRESS": "1"}
    env.pop("BAOCAO_LLM_BASE_URL", None)
    env.pop("BAOCAO_LLM_MODEL", None)
    return subprocess.run([BAOCAO, *map(str, args)], capture_output=True, text=True, timeout=900, cwd=cwd, env=env)


def _prior(case):
    return case.dir / ("report.docx" if (case.dir / "report.docx").is_file() else case.meta.get("text", "source.txt"))


@pytest.fixture(scope="module", params=PAIRS, ids=[c.slug for c in PAIRS])
def pair(request, tmp_path_factory):
    """The pair's files copied as a user keeps them, and ``spec init`` run on the prior report."""
    case = request.param
    tmp = tmp_path_factory.mktemp(case.slug)
    prior = _prior(case)
    mine = tmp / f"{case.slug}{'.docx' if prior.suffix == '.docx' else '.txt'}"
    shutil.copy(prior, mine)
    last = tmp / f"bieu-ky-truoc{case.figures_path.suffix}"
    shutil.copy(case.figures_path, last)
    shutil.copy(case.dir / case.meta["next"]["figures"], tmp / "bieu-ky-nay.csv")
    period = case.meta["next"]["period"]["text"]
    res = baocao("spec", "init", mine.name, "--period", period, "--out", "spec.yaml", cwd=tmp, data=tmp / "data")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    return case, tmp, mine, last


def _paragraphs(draft: dict) -> list[dict]:
    out = list(draft.get("opening") or [])

    def walk(sections):
        for s in sections:
            out.extend(s["paragraphs"])
            walk(s.get("children") or [])

    walk(draft["sections"])
    return out + draft["closing"]


def _assert_drafted(tmp, name: str, table) -> None:
    draft = json.loads((tmp / f"{name}.json").read_text(encoding="utf-8"))
    paragraphs = _paragraphs(draft)
    assert draft["sections"] and any(p["text"].strip() for p in paragraphs)
    values = {f.ma: f.ky_bao_cao for f in table}
    stated = {c["source"]["ma"] for p in paragraphs for c in p["checks"]
              if c.get("source") and c["verdict"] in ("supported", "derived") and c["source"]["ma"] in values
              and (c["source"]["column"] == "ky_bao_cao" or c["value"] == float(values[c["source"]["ma"]]))}
    assert len(stated) >= 0.9 * len(values), sorted(set(values) - stated)
    unmarked = [(c["text"], p["text"]) for p in paragraphs for c in p["checks"]
                if c["verdict"] in ("unsupported", "stale") and not p["marked"]]
    assert not unmarked


def test_with_its_table_the_next_period_is_drafted_and_every_number_traced(pair):
    case, tmp, mine, last = pair
    spec = yaml.safe_load((tmp / "spec.yaml").read_text(encoding="utf-8"))
    spec.update(figures="bieu-ky-nay.csv", prior={"report": mine.name, "figures": last.name})
    (tmp / "spec-bang.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    res = baocao("draft", "spec-bang.yaml", "--out", "bang.docx", "--json", "bang.json", cwd=tmp, data=tmp / "data")
    assert res.returncode == 0, res.stderr
    _assert_drafted(tmp, "bang", load_table(tmp / "bieu-ky-nay.csv"))
    res = baocao("check", "bang.docx", "--figures", "bieu-ky-nay.csv", "--prior-figures", last.name,
                 "--format", "json", cwd=tmp, data=tmp / "data")
    assert res.returncode in (0, 3) and "Traceback" not in res.stderr, res.stderr
    report = json.loads(res.stdout)
    assert report["summary"]["stale"] == 0


def test_from_the_report_alone_the_filled_template_drafts_the_next_period(pair):
    case, tmp, mine, _last = pair
    sheet = tmp / "spec.figures.xlsx"
    values, plans = fill_values(build_template(mine), load_table(tmp / "bieu-ky-nay.csv"))
    fill_workbook(sheet, values, plans)                 # the agency types this period's values
    res = baocao("figures", "validate", sheet.name, "--format", "json", cwd=tmp, data=tmp / "data")
    assert res.returncode == 0, res.stdout
    res = baocao("draft", "spec.yaml", "--out", "mau.docx", "--json", "mau.json", cwd=tmp, data=tmp / "data")
    assert res.returncode == 0, res.stderr
    _assert_drafted(tmp, "mau", load_table(sheet))


def test_the_next_edition_keeps_the_reports_title_moved_on(pair):
    """The trích yếu is the prior's, every period it names moved on; the period in the report's notation."""
    case, tmp, _mine, _last = pair
    spec = yaml.safe_load((tmp / "spec.yaml").read_text(encoding="utf-8"))
    assert not spec["title"].lower().startswith("báo cáo")       # the .docx writes BÁO CÁO itself
    old_year, new_year = str(case.period_code)[:4], str(case.meta["next"]["period"]["code"])[:4]
    if old_year != new_year:
        assert old_year not in spec["title"]
