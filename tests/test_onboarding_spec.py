"""``baocao spec init``: a spec read from last period's report that drafts without edits, and the round trip
through the template (filled with the next period's values) to a draft with every number traced."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
import yaml

from evaluations.real import real_cases
from evaluations.template_roundtrip import fill_values, fill_workbook
from index.parse import parse_report
from service.figures.load import load_table
from service.onboarding.spec_init import spec_for
from service.onboarding.template import build_template
from service.periods import parse_period
from service.spec import load_spec
from tests.conftest import FIGURES, REPORTS, ROOT

BAOCAO = str(ROOT / ".venv" / "bin" / "baocao")
SAMPLES = [("ham-thuan-bac-2023-h1.docx", "6 tháng đầu năm 2024", FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv"),
           ("bu-dang-2020-h1.docx", "2021-H1", ROOT / "evaluations" / "data" / "bu-dang-2021-h1.synthetic.csv")]


def baocao(*args, env=None):
    return subprocess.run([BAOCAO, *map(str, args)], capture_output=True, text=True, timeout=900, env=env)


@pytest.fixture
def env(data_dir):
    import os

    return {**os.environ, "BAOCAO_DATA_DIR": str(data_dir), "BAOCAO_NO_PROGRESS": "1"}


@pytest.mark.parametrize("report,period,nxt", SAMPLES, ids=["ham-thuan-bac", "bu-dang"])
def test_spec_init_then_the_filled_template_drafts_every_new_value_traced(report, period, nxt, tmp_path, env):
    spec_path = tmp_path / "spec.yaml"
    res = baocao("spec", "init", REPORTS / report, "--period", period, "--out", spec_path, env=env)
    assert res.returncode == 0, res.stderr
    spec = load_spec(spec_path)                               # loads as written, files found
    assert spec.period == parse_period(period).text and spec.prior.report and spec.prior.figures is None
    sheet = spec.resolve(spec.figures)
    assert sheet.name == "spec.figures.xlsx"
    values, plans = fill_values(build_template(REPORTS / report), load_table(nxt))
    fill_workbook(sheet, values, plans)                       # what the agency does: type this period's values
    res = baocao("draft", spec_path, "--out", tmp_path / "draft.docx", "--json", tmp_path / "draft.json", env=env)
    assert res.returncode == 0, res.stderr
    draft = json.loads((tmp_path / "draft.json").read_text(encoding="utf-8"))
    paragraphs = [p for s in draft["sections"] for p in s["paragraphs"]] + draft["closing"]
    checks = [(c, p) for p in paragraphs for c in p["checks"]]
    stated = {c["source"]["ma"] for c, _ in checks if c["source"] and c["source"]["column"] == "ky_bao_cao"
              and c["verdict"] == "supported"}
    assert len(stated & set(values)) >= 0.9 * len(values)
    assert not [c["text"] for c, p in checks if c["verdict"] in ("unsupported", "stale") and not p["marked"]]
    assert (tmp_path / "draft.docx").stat().st_size > 10_000


def test_the_spec_says_what_it_read_and_what_it_assumed(tmp_path):
    spec_path = tmp_path / "spec.yaml"
    res = baocao("spec", "init", REPORTS / "ham-thuan-bac-2023-h1.docx", "--period", "2024-H1", "--out", spec_path,
                 "--figures", FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv")
    assert res.returncode == 0, res.stderr
    text = spec_path.read_text(encoding="utf-8")
    spec = yaml.safe_load(text)
    assert spec["title"] == "Kết quả phối hợp hoạt động công tác dân vận trên lĩnh vực quốc phòng - an ninh"
    assert spec["profile"] == "party" and spec["issuer"]["name"] == "BAN CHỈ ĐẠO"
    assert spec["signer"]["name"] == "Cao Văn Bảy" and spec["recipients"][0] == "Ban Dân vận Tỉnh ủy"
    assert spec["date"] == "2024-07-05"
    assert "# Lưu ý — place" in text                              # the copy names no place: said, not guessed
    assert not (tmp_path / "spec.figures.xlsx").exists()          # --figures given: no template written
    assert load_spec(spec_path).resolve(load_spec(spec_path).figures).name == "ham-thuan-bac-2024-h1.synthetic.csv"


def test_a_state_header_gives_profile_issuer_number_place_and_a_date_moved_on():
    case = next(c for c in real_cases() if c.slug == "c-cam-ha-ktxh-2022-h1")
    report = parse_report(case.dir / case.meta["docx"])
    spec, notes = spec_for(report, parse_period("2023-H1"), case.dir / "f.xlsx", case.dir / "r.docx",
                           prior_period=parse_period("2022-H1"))
    assert spec["profile"] == "state" and spec["issuer"]["name"] == "ỦY BAN NHÂN DÂN XÃ CẨM HÀ"
    assert spec["issuer"]["number"] == "Số:    /BC-UBND" and spec["place"] == "Cẩm Hà"
    assert spec["date"] == dt.date(2023, 6, 24).isoformat()
    assert not any(n.startswith("profile") or n.startswith("issuer") for n in notes)


def test_spec_init_refuses_a_bad_period_and_output_without_writing(tmp_path):
    res = baocao("spec", "init", REPORTS / "bu-dang-2020-h1.docx", "--period", "sắp tới", "--out", tmp_path / "s.yaml")
    assert res.returncode == 2 and "--period" in res.stderr and "Traceback" not in res.stderr
    res = baocao("spec", "init", REPORTS / "bu-dang-2020-h1.docx", "--period", "2021-H1", "--out", tmp_path / "s.txt")
    assert res.returncode == 2 and ".yaml" in res.stderr
    assert not list(tmp_path.iterdir())


def test_a_trich_yeu_naming_two_periods_is_moved_on_whole_and_the_docx_writes_it_once(tmp_path):
    """``… 6 tháng đầu năm và nhiệm vụ giải pháp thực hiện 6 tháng cuối năm 2022`` becomes the 2023 one (not the
    series title with ``6 tháng đầu năm 2023`` glued after ``thực hiện``); ``Báo cáo`` is the tên loại, no part
    of the title."""
    from index.model import ParsedReport
    from service.periods import trich_yeu

    case = next(c for c in real_cases() if c.slug == "c-cam-ha-ktxh-2022-h1")
    report = parse_report(case.dir / case.meta["docx"])
    spec, _ = spec_for(report, parse_period("2023-H1"), case.dir / "f.xlsx", case.dir / "r.docx",
                       prior_period=parse_period("2022-H1"))
    assert spec["title"] == ("Kết quả thực hiện kế hoạch kinh tế - xã hội, quốc phòng - an ninh 6 tháng đầu năm và "
                             "nhiệm vụ giải pháp thực hiện 6 tháng cuối năm 2023")
    assert trich_yeu(spec["title"], spec["period"]) == spec["title"]
    titled = ParsedReport(source="x.txt", title="Báo cáo công tác Hội 6 tháng đầu năm 2023", sections=[],
                          period="2023-H1", period_text="6 tháng đầu năm 2023", period_words="sáu tháng đầu năm 2023")
    spec, _ = spec_for(titled, parse_period("2024-H1"), tmp_path / "f.xlsx", tmp_path / "r.txt",
                       prior_period=parse_period("2023-H1"))
    assert (spec["title"], spec["period"]) == ("Công tác Hội", "sáu tháng đầu năm 2024")
