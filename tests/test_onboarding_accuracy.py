"""Acceptance of the figures template on the real material (reports the template's rules were not written
from): recall and precision against the tables built by hand, and no label a person could not use."""

from __future__ import annotations

import pytest

from evaluations.template_accuracy import run, totals


@pytest.fixture(scope="module")
def results():
    return run()


def test_real_material_recall_and_precision_are_at_least_90_percent(results):
    unseen = totals([r for r in results if r.unseen])
    assert unseen["sources"] >= 40 and unseen["errors"] == 0
    assert unseen["recall"] >= 0.90, unseen
    assert unseen["precision"] >= 0.90, unseen


def test_the_sample_reports_are_read_back_into_their_tables(results):
    seen = totals([r for r in results if not r.unseen])
    assert seen["recall"] >= 0.95 and seen["precision"] >= 0.95, seen


def test_no_row_has_an_empty_or_number_only_label(results):
    assert totals(results)["empty_or_number_labels"] == 0
    assert totals(results)["labels_ok"] >= 0.95
