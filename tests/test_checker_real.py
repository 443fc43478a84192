"""The checker on the real texts it was not built on (``evaluations/cases/real``), as published.

The full measure (every planted error, per source) is ``evaluations/checker_accuracy.py``; here a
sample of it guards the issue's acceptance, and every span is checked against the text as given.
"""

import unicodedata

import pytest

from evaluations.checker_accuracy import load_real_table, run_real
from evaluations.real import real_cases
from service.checker import check_text
from service.checker.standing import from_case


def loaded():
    out = []
    for case in real_cases():
        if case.figures_path is None:
            continue
        table, _ = load_real_table(case)
        if table is not None:
            out.append((case, table))
    return out


CASES = loaded()
pytestmark = pytest.mark.skipif(len(CASES) < 10, reason="fewer than 10 real cases with a table load on this branch")


def test_every_span_is_the_number_as_written_in_the_text_as_given():
    for case, table in CASES:
        r = check_text(case.text, table, standing=from_case(case.standing), period=case.period_code)
        assert r.text == case.text
        for n in r.numbers:
            assert case.text[n.start:n.end] == n.text, (case.slug, n)
            assert any(ch.isdigit() for ch in n.text) or n.kind in ("change", "count", "money"), (case.slug, n)


def test_planted_errors_and_swaps_are_caught_and_clean_texts_rarely_flagged():
    real = run_real(limit=14, seed=11, cases=[c for c, _ in CASES])
    d = real["detection"]
    assert real["detection_rate"] >= 0.95, d
    assert d["swap"]["rate"] >= 0.85, d["swap"]
    if "words_wrong" in d:
        assert d["words_right"]["rate"] >= 0.9 and d["words_wrong"]["rate"] >= 0.9, d
    assert real["false_alarms_per_100"] <= 5, [f for r in real["per_case"] for f in r.get("flags_on_clean", [])]


def test_nfd_sources_keep_their_offsets():
    nfd = [(c, t) for c, t in CASES if not unicodedata.is_normalized("NFC", c.text)]
    for case, table in nfd:
        r = check_text(case.text, table)
        assert all(unicodedata.normalize("NFC", case.text[n.start:n.end]) == unicodedata.normalize("NFC", n.text)
                   for n in r.numbers)
