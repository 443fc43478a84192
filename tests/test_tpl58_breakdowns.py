"""Round 58: a breakdown said again word for word is its figures' repeat (service/onboarding/breakdowns.py)."""

from collections import Counter
from pathlib import Path

from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
COVUA = ROOT / "evaluations/cases/heldout/xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04/source.txt"
TAEKWONDO = ROOT / "evaluations/sweep/pages/p38-thanhuyhue-taekwondo-toanquoc-2016-11.txt"


def _values(path, unit):
    return Counter(str(r.value) for r in build_template(path).rows if r.unit == unit)


def test_total_and_parts_and_caption_said_again_are_one_set_of_rows():
    rows = build_template(COVUA).rows
    assert len(rows) == 12
    assert Counter(r.unit for r in rows)["huy chương"] == 1
    assert _values(COVUA, "HCV") == Counter({"1": 2})     # the team's and Nghiêm Thảo Tâm's, not the caption's
    tam = [r for r in rows if "Nghiêm Thảo Tâm" in r.label]
    assert len(tam) == 2 and any("tại giải" in q for r in tam for q in r.repeats)


def test_two_teams_with_one_tally_stay_two_sets_of_rows():
    # "về nhì là đoàn An Giang với 2 HCV, 1 HCB, 1 HCĐ" and "đoàn Đà Nẵng xếp thứ nhì (2 HCV, 1 HCB, 1 HCĐ)"
    assert _values(TAEKWONDO, "HCV")["2"] >= 2
