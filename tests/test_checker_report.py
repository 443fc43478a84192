"""The real 2023 report against its own table: few false alarms, planted errors caught, odd input handled."""

import random
import unicodedata

import pytest

from service.checker import check_file, check_text
from service.errors import InputError
from service.figures.load import load_table
from tests.conftest import FIGURES, REPORTS

TXT = REPORTS / "ham-thuan-bac-2023-h1.txt"


@pytest.fixture(scope="module")
def table():
    return load_table(FIGURES / "ham-thuan-bac-2023-h1.csv")


@pytest.fixture(scope="module")
def text():
    return unicodedata.normalize("NFC", TXT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def clean(text, table):
    return check_text(text, table)


def test_real_report_has_at_most_one_false_alarm_per_100_figures(clean):
    figures = clean.summary["figures"]
    assert figures >= 170
    flagged = {n.text for n in clean.problems}
    # both flags are errors of the source: the '1.035 tỷ' separator typo (MT-02) and '68 năm' Điện Biên Phủ (69)
    assert flagged <= {"1.035 tỷ đồng", "68"}
    assert 100 * len(flagged - {"1.035 tỷ đồng", "68"}) / figures <= 1


def test_every_table_row_is_found(clean, table):
    tied = {n.source["ma"] for n in clean.numbers if n.source}
    assert {f.ma for f in table} - tied <= {"CB-05"}  # '45 triệu đồng' twice: CB-04 and CB-05 share the value


def test_planted_errors_are_caught(text, table):
    from evaluations.checker_accuracy import make_plants

    clean = check_text(text, table)
    plants = random.Random(3).sample(make_plants(text, clean, random.Random(3)), 25)
    missed = []
    for p in plants:
        mutated = text[:p.start] + p.new + text[p.end:]
        end = p.end + len(p.new) - len(p.old)
        r = check_text(mutated, table)
        if not any(n.is_problem and n.start <= end + 25 and n.end >= p.start for n in r.numbers):
            missed.append(p)
    assert not missed


def test_stale_2023_text_against_2024_table(text, table):
    now = load_table(FIGURES / "ham-thuan-bac-2024-h1.synthetic.csv", period="2024-H1")
    r = check_text(text, now, table)
    stale = [n for n in r.numbers if n.verdict == "stale"]
    assert len(stale) >= 100
    tt = [n for n in r.numbers if n.text == "135.697"][0]
    assert tt.verdict == "stale" and tt.expected == "137.263"


def test_nfd_input_keeps_the_callers_offsets(table):
    nfc = "Hội Nông dân tổ chức thăm và tặng 243 suất quà, trị giá 55,970 triệu đồng."
    nfd = unicodedata.normalize("NFD", nfc)
    r = check_text(nfd, table)
    assert r.text == nfd  # the caller's own string, not a normalised copy
    assert [(n.text, n.verdict) for n in r.numbers] == [("243", "supported"),
                                                         (unicodedata.normalize("NFD", "55,970 triệu đồng"), "supported")]
    for n in r.numbers:
        assert nfd[n.start:n.end] == n.text


def test_every_span_of_an_nfd_file_points_at_its_number(tmp_path, text, table):
    """The whole 2023 report decomposed (as some sources give it): every reported span is the number as written."""
    nfd = unicodedata.normalize("NFD", text)
    f = tmp_path / "nfd.txt"
    f.write_text(nfd, encoding="utf-8")
    r = check_file(f, table)
    assert r.text == nfd and len(r.numbers) >= 200
    clean = check_text(text, table)
    assert [(n.verdict, n.source) for n in r.numbers] == [(n.verdict, n.source) for n in clean.numbers]
    for n, c in zip(r.numbers, clean.numbers):
        assert unicodedata.normalize("NFC", nfd[n.start:n.end]) == c.text == unicodedata.normalize("NFC", n.text)
    mixed = text[:5000] + nfd[len(unicodedata.normalize("NFD", text[:5000])):][:5000]
    for n in check_text(mixed, table).numbers:
        assert mixed[n.start:n.end] == n.text and any(ch.isdigit() for ch in n.text) or n.kind == "change"


def test_non_utf8_file_names_the_file(tmp_path, table):
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes("Hội Nông dân tặng 243 suất quà".encode("utf-16"))
    with pytest.raises(InputError, match="cp1258.txt: không phải văn bản UTF-8"):
        check_file(bad, table)


def test_docx_is_read_as_paragraphs(table):
    r = check_file(REPORTS / "ham-thuan-bac-2023-h1.docx", table)
    assert r.summary["figures"] >= 170 and {n.text for n in r.problems} <= {"1.035 tỷ đồng", "68"}


# ---------------------------------------------------------------- the Bù Đăng 2020 report and its table


@pytest.fixture(scope="module")
def bu_dang():
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "evaluations" / "data"
    text = unicodedata.normalize("NFC", (REPORTS / "bu-dang-2020-h1.txt").read_text(encoding="utf-8"))
    return text, load_table(data / "bu-dang-2020-h1.csv"), load_table(data / "bu-dang-2021-h1.synthetic.csv")


def test_bu_dang_clean_report_raises_no_alarm(bu_dang):
    text, table, _ = bu_dang
    r = check_text(text, table)
    assert r.summary["figures"] >= 95
    assert not r.problems, [(n.text, n.reason) for n in r.problems]
    assert {n.source["ma"] for n in r.numbers if n.source} >= {f.ma for f in table}


def test_bu_dang_2020_text_against_2021_table_is_stale(bu_dang):
    text, table, nxt = bu_dang
    r = check_text(text, nxt, table)
    by_text = {n.text.strip(): n for n in r.numbers}
    for written, new in (("62.640.000", "70.990.000"), ("3.500.000", "3.200.000")):
        assert by_text[written].verdict == "stale" and by_text[written].expected == new
    assert not [n for n in r.numbers if n.verdict == "unsupported"]


def test_bu_dang_planted_errors_are_caught(bu_dang):
    from evaluations.checker_accuracy import BU_DANG_TABLE, make_plants

    text, table, _ = bu_dang
    clean = check_text(text, table)
    plants = random.Random(5).sample(make_plants(text, clean, random.Random(5), BU_DANG_TABLE), 20)
    missed = []
    for p in plants:
        mutated = text[:p.start] + p.new + text[p.end:]
        end = p.end + len(p.new) - len(p.old)
        if not any(n.is_problem and n.start <= end + 25 and n.end >= p.start for n in check_text(mutated, table).numbers):
            missed.append(p)
    assert not missed
