"""The first look of a fresh batch (``evaluations.first_look``): one run gives the period, the checker's flags and
catches, the template's recall and precision and the round trip, per case and against the issues' targets."""

from __future__ import annotations

import shutil
from pathlib import Path

from evaluations import first_look

CASE = Path(__file__).resolve().parent.parent / "evaluations/cases/heldout/zb-dak-lak-none-trat-tu-xay-dung-2013-q1"


def test_first_look_on_a_case_folder(tmp_path, capsys):
    shutil.copytree(CASE, tmp_path / "c-one")
    assert first_look.main(["--cases", str(tmp_path), "--details", "--json", str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    assert "| c-one | 2013-Q1 → 2013-Q1 |" in out
    assert "**1 cases**: 1 tables load; periods read right 1/1." in out
    assert "template: recall" in out and "round trip: 1/1 drafted" in out
    import json

    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    t = data["totals"]
    assert t["figures"] > 0 and t["planted"] > 0 and 0 <= t["caught"] <= 1
    assert t["rt_unmarked"] == 0


def test_a_changed_figure_in_the_clean_text_is_one_more_flag(tmp_path):
    # the same page with one figure changed: the first look counts it as a flag on the "clean" text
    shutil.copytree(CASE, tmp_path / "c-two")
    text = (CASE / "source.txt").read_text(encoding="utf-8")
    results = first_look.run(tmp_path, plants=False, template=False)
    before = results[0]["checker"]["flags"]
    import re

    m = next(m for m in re.finditer(r"\b\d{2,3}\b", text) if "/" not in text[m.start() - 1:m.end() + 1])
    (tmp_path / "c-two" / "source.txt").write_text(text[:m.start()] + str(int(m.group()) + 1) + text[m.end():],
                                                   encoding="utf-8")
    after = first_look.run(tmp_path, plants=False, template=False)[0]["checker"]["flags"]
    assert after == before + 1, (before, after, text[m.start() - 40:m.end() + 20])
