"""The lead, stop 58: two template-reader faults the round-trip sweep (rt02) found on bare pages, each a traceback to a
user before: a fall of 100 % read onto a row (``giảm 0,29%/năm; 100% hồ sơ``, c20-angiang-myhoahung-2023: a base of
value / 0) and a measure with no unit read for its label (p40-baolamdong-damrong-lamnghiep-2022-05). A fall of 100 %
or more leaves the row no base; a measure with no unit keeps its noun. Both pages now give a template that loads once
filled."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from evaluations.template_roundtrip import _page_next
from service.onboarding.model import Row
from service.onboarding.recognisers import _base
from service.onboarding.template import build_template
from tests.sweep_tables import filled_template

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


@pytest.mark.parametrize("page", ["c20-angiang-myhoahung-2023.txt", "p40-baolamdong-damrong-lamnghiep-2022-05.txt"])
def test_page_gives_a_template_that_loads(page, tmp_path):
    path = PAGES / page
    t = build_template(path, period=_page_next(path))
    assert t.rows and all(r.label.strip() and not r.label.strip().isdigit() for r in t.rows)
    loaded, _ = filled_template(t, tmp_path)
    assert loaded


def test_a_fall_of_the_whole_leaves_no_base():
    row = Row(value=Decimal(35), unit="%", kind="percent", label="Tỷ lệ hồ sơ", section="", path="", quote="")
    assert _base(row, False, Decimal(100), True) is None
    assert _base(row, False, Decimal(30), True) == Decimal(50)     # a fall of 30%: 35 is 70% of 50
    assert _base(row, True, Decimal(40), True) == Decimal(25)
