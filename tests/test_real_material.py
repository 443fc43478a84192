"""The real material under evaluations/cases/real/ is well-formed: a source address, a text, a table
(or, for a report shape whose stored excerpt states no figure, headings instead)."""

from __future__ import annotations

import pytest

from evaluations.real import real_cases

CASES = real_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.slug for c in CASES])
def test_case_is_complete(case):
    assert case.url.startswith("http"), f"{case.slug}: case.yaml needs source.url"
    assert case.text_path.is_file() and case.text.strip(), f"{case.slug}: no source text"
    assert case.kind in ("news", "report", "report-excerpt"), case.kind
    if case.figures_path is None:  # a structure case: the stored excerpt states no figure of the period
        assert case.kind != "news" and (case.headings or case.meta.get("header")), \
            f"{case.slug}: a case without a table must be a report shape (headings or a header block)"
    else:
        assert case.figures_path.is_file(), f"{case.slug}: no figures table"
    assert case.period_code, f"{case.slug}: case.yaml needs period.code"
