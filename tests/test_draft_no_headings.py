"""A previous edition with no numbered headings drafts the next period; nothing to draft is an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from docx import Document

from service.figures.load import load_table

BAOCAO = str(Path(sys.executable).parent / "baocao")
FIXTURES = Path(__file__).parent / "fixtures" / "reports"
PRIOR = FIXTURES / "ccb-duc-linh-2023-h1-news.txt"


def run(args, data_dir):
    env = {**os.environ, "BAOCAO_DATA_DIR": str(data_dir), "BAOCAO_NO_PROGRESS": "1"}
    env.pop("BAOCAO_LLM_BASE_URL", None)
    env.pop("BAOCAO_LLM_MODEL", None)
    return subprocess.run([BAOCAO, *args], capture_output=True, text=True, env=env, timeout=600)


def spec(tmp: Path, **over) -> Path:
    raw = {"series": "duc-linh-hoi-ccb", "title": "Kết quả công tác Hội và phong trào cựu chiến binh",
           "period": "6 tháng đầu năm 2024", "profile": "state",
           "issuer": {"parent": "HỘI CỰU CHIẾN BINH TỈNH BÌNH THUẬN", "name": "HỘI CỰU CHIẾN BINH HUYỆN ĐỨC LINH",
                      "number": "Số:    /BC-CCB"},
           "place": "Đức Linh", "date": "2024-07-10", "figures": str(FIXTURES / "ccb-duc-linh-2024-h1.csv"),
           "prior": {"report": str(PRIOR), "figures": str(FIXTURES / "ccb-duc-linh-2023-h1.csv")},
           "signer": {"authority": "TM. BAN THƯỜNG VỤ", "title": "CHỦ TỊCH", "name": "Nguyễn Văn Bình"}, **over}
    path = tmp / "spec.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("noheadings")
    out, js = tmp / "bao-cao.docx", tmp / "bao-cao.json"
    res = run(["draft", str(spec(tmp)), "--out", str(out), "--json", str(js)], tmp / "data")
    return res, out, js


def test_prior_without_headings_drafts_one_section_with_its_text(drafted):
    res, out, js = drafted
    assert res.returncode == 0, res.stderr
    draft = json.loads(js.read_text(encoding="utf-8"))
    assert len(draft["sections"]) == 1 and draft["provenance"]["outline_source"] == "previous edition (no headings)"
    body = "\n".join(p["text"] for p in draft["sections"][0]["paragraphs"])
    assert "Toàn huyện kết nạp mới 52 hội viên" in body            # the 2023 text carried to 2024's values
    assert "3.165 hội viên" in body and "1,48 tỷ đồng" in body
    assert "Lượt xem" not in body and "anh tin bai" not in body    # page furniture stayed out
    docx_text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "Toàn huyện kết nạp mới 52 hội viên" in docx_text


def test_every_figure_of_the_period_is_stated_and_nothing_unsupported_is_unmarked(drafted):
    _res, _out, js = drafted
    draft = json.loads(js.read_text(encoding="utf-8"))
    paragraphs = [p for s in draft["sections"] for p in s["paragraphs"]] + draft["closing"]
    stated = {c["source"]["ma"] for p in paragraphs for c in p["checks"] if c.get("source")
              and c["verdict"] in ("supported", "derived")}
    codes = load_table(FIXTURES / "ccb-duc-linh-2024-h1.csv").codes()
    assert len(stated & set(codes)) >= 0.9 * len(codes), sorted(set(codes) - stated)
    for p in paragraphs:
        problems = [c for c in p["checks"] if c["verdict"] in ("unsupported", "stale")]
        assert not problems or p["marked"], (p["text"], problems)


def test_nothing_to_draft_is_an_error_in_vietnamese_and_writes_nothing(tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_text("Báo cáo kết quả công tác Hội 6 tháng đầu năm 2023\n", encoding="utf-8")   # a title, no text
    out = tmp_path / "x.docx"
    res = run(["draft", str(spec(tmp_path, prior={"report": str(empty)})), "--out", str(out)], tmp_path / "data")
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert "Không có mục nào để soạn" in res.stderr and "rong.txt" in res.stderr
    assert not out.exists()


def test_errors_while_drafting_name_the_files_as_the_user_uploaded_them(tmp_path, monkeypatch):
    """Through the API, files are stored under ids: a message must name ``bao-cao-ky-truoc.docx``, never the
    stored name (the spec carries the uploaded names in ``display_names``)."""
    from service.errors import InputError
    from service.pipeline import DraftPipeline
    from service.settings import Settings
    from service.spec import spec_from_dict

    stored_report, stored_figures = tmp_path / "u-7f3a9c.docx", tmp_path / "u-51be02.csv"
    stored_report.write_bytes(b"PK\x03\x04 not really a docx")
    stored_figures.write_bytes((FIXTURES / "ccb-duc-linh-2024-h1.csv").read_bytes())
    raw = yaml.safe_load(spec(tmp_path).read_text(encoding="utf-8"))
    raw.update(figures=stored_figures.name, prior={"report": stored_report.name})
    s = spec_from_dict(raw, base_dir=tmp_path)
    s.display_names.update({str(stored_report.resolve()): "bao-cao-ky-truoc.docx",
                            str(stored_figures.resolve()): "so-lieu-6-thang.csv"})
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path / "data"))
    with pytest.raises(InputError) as err:
        DraftPipeline(Settings(), engine="offline").run(s)
    assert "bao-cao-ky-truoc.docx" in err.value.message and "u-7f3a9c" not in err.value.message
    empty = tmp_path / "u-99.txt"
    empty.write_text("Báo cáo kết quả công tác Hội 6 tháng đầu năm 2023\n", encoding="utf-8")
    raw["prior"] = {"report": empty.name}
    s = spec_from_dict(raw, base_dir=tmp_path)
    s.display_names.update({str(empty.resolve()): "rong.txt", str(stored_figures.resolve()): "so-lieu-6-thang.csv"})
    with pytest.raises(InputError) as err:
        DraftPipeline(Settings(), engine="offline").run(s)
    assert "rong.txt" in err.value.message and "so-lieu-6-thang.csv" in err.value.message
    assert "u-99" not in err.value.message and "u-51be02" not in err.value.message
