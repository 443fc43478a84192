"""Round 60: a previous edition whose headings hold no figure and take none of the table's is drafted as one text
(service/outline.py ``headings_carry_nothing``): the Thái Nguyên statistics page signed ``P. Nghiệp vụ`` (read as a
heading ``P.``), its table spread one cell a line, drafted nothing in the round trip."""

from pathlib import Path

from evaluations.real import real_cases
from evaluations.template_roundtrip import _next_of, next_table, run_pair
from index.parse import parse_report
from service.outline import headings_carry_nothing

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations/cases/heldout"
THAI_NGUYEN = HELD / "xh-thai-nguyen-chi-cuc-attp-ngo-doc-thuc-pham-2011-2020/source.txt"
QUANG_NGAI = HELD / "yh-quang-ngai-cuc-thong-ke-ty-suat-sinh-chet-thanh-thi-nong-thon-2010-2016/source.txt"
LAM_DONG = HELD / "xh-lam-dong-thanh-tra-tinh-tiep-cong-dan-2017-h1/source.txt"


def test_a_signature_read_as_a_heading_carries_nothing():
    prior = parse_report(THAI_NGUYEN)
    assert [s.number for s in prior.walk()] == ["P"]
    assert headings_carry_nothing(prior, placed=0)


def test_headings_that_take_the_tables_figures_are_kept():
    # the Quảng Ngãi statistics page's headings hold no figure in its text, but the table's figures go under them
    assert not headings_carry_nothing(parse_report(QUANG_NGAI), placed=3)


def test_headings_with_figures_under_them_are_kept():
    assert not headings_carry_nothing(parse_report(LAM_DONG), placed=0)


def test_the_years_as_columns_table_round_trips(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path / "data"))
    case = next(c for c in real_cases(HELD) if c.slug == THAI_NGUYEN.parent.name)
    r = run_pair(case.slug, case.text_path, next_table(case, tmp_path), tmp_path, _next_of(case))
    assert r["filled"] == 40 and r["stated"] >= 36 and not r["unmarked_problems"]    # was 0 of 40
