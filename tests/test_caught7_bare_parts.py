"""Caught round 7 (helper caught7, issue 13): a whole and its parts written without ``trong đó`` or ``gồm``
(evaluations/sweep/caught-round7.md).

The breakdown pass (``service/checker/breakdown.py``: no part larger than its whole, no part saying the whole again)
opened only on ``trong đó`` and ``gồm``. Two more ways of Vietnamese to write a whole's parts:

- a bare bracket listing two numbers or more of the whole's kind: ``có 221 đơn (196 khiếu nại, 25 tố cáo)``
  (d7-ninhthuan), ``33 vụ (phá rừng 27 vụ, khai thác lâm sản 6 vụ)`` (q-lam-ha-qlrph-2020), ``tổng cộng 9 hài cốt liệt
  sỹ (7 hài cốt tại Lào và 2 hài cốt tại Campuchia)`` (zl-quang-ngai-doi-k53) — a bracket of another time, a
  comparison or a rate (``(6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)``) is no list of parts;
- ``A … thì có B``: «of A, B» — ``khối lớp 12 có 962 học sinh thì có 924 học sinh đạt học lực giỏi``
  (d7-thienhuong360).

A part named by its kind (``196 khiếu nại``) rather than its unit counts when its own row keeps the whole's unit.
"""

from __future__ import annotations

import pytest

from tests.sweep_tables import ROOT, page
from tests.test_caught7_fractions import _case, _verdicts

SWEEP = ROOT / "evaluations" / "sweep" / "caught7"


def _page_verdicts(slug, period, line, bad=None):
    from service.checker.check import check_text
    from service.figures.load import load_table

    text, table = page(slug), load_table(SWEEP / slug / "figures.csv", period=period)
    assert line in text, line
    if bad is not None:
        text, line = text.replace(line, bad, 1), bad
    s = text.index(line)
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, period=period).numbers
            if s <= n.start < s + len(line)]


def _flagged(got):
    return [t for t, v, _ in got if v == "unsupported"]


@pytest.mark.parametrize("slug, period, line, bad, wrong, said", [
    ("d7-ninhthuan-khieunai-6t-2020", "2020-H1", "có 221 đơn (196 khiếu nại, 25 tố cáo)",
     "có 16 đơn (196 khiếu nại, 25 tố cáo)", "16", "nhỏ hơn một phần của chính nó"),
    ("d7-thienhuong360-hocluc-thpt-2021-2022", "2021-2022", "khối lớp 12 có 962 học sinh thì có 924 học sinh",
     # checker round 94: the sentence's group (khối lớp 12) is named, so the flag names the row it is about and its
     # value (III.16 = 962) rather than the part it falls under
     "khối lớp 12 có 20 học sinh thì có 924 học sinh", "20", "III.16 (Số học sinh khối lớp 12) = 962"),
])
def test_a_whole_smaller_than_its_part_on_fresh_pages(slug, period, line, bad, wrong, said):
    assert not _flagged(_page_verdicts(slug, period, line))
    got = _page_verdicts(slug, period, line, bad)
    assert _flagged(got) == [wrong], got
    assert said in next(r for t, v, r in got if t == wrong), got


@pytest.mark.parametrize("case, line, bad, wrong", [
    ("q-lam-ha-qlrph-2020", "33 vụ (phá rừng 27 vụ, khai thác lâm sản 6 vụ)",
     "33 vụ (phá rừng 27 vụ, khai thác lâm sản 33 vụ)", 2),
    ("zl-quang-ngai-doi-k53-quy-tap-hai-cot-liet-sy-2026-01",
     "tổng cộng 9 hài cốt liệt sỹ (7 hài cốt tại Lào và 2 hài cốt tại Campuchia)",
     "tổng cộng 9 hài cốt liệt sỹ (9 hài cốt tại Lào và 2 hài cốt tại Campuchia)", 1),
])
def test_a_bracketed_part_saying_the_whole_again_is_wrong(case, line, bad, wrong):
    assert not _flagged(_verdicts(case, line))
    got = _verdicts(case, line, bad)
    flagged = [(k, r) for k, (t, v, r) in enumerate(got) if v == "unsupported"]
    assert [k for k, _ in flagged] == [wrong], got
    why = flagged[0][1]
    # the bare-parts reason, or (since caught round 14) the attribution's: the bracket's words name the part's row
    assert ("là một phần («trong ngoặc»)" in why and "các phần cộng lại sẽ lớn hơn tổng" in why) \
        or why.startswith("Câu này nói về "), why


def test_a_bracket_of_another_time_is_no_list_of_parts():
    """``so với cùng kỳ năm trước tăng 131 đơn (6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)``: last year's count, bigger
    than the change before it, is no part of it."""
    line = "tăng 131 đơn (6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)"
    got = _page_verdicts("d7-ninhthuan-khieunai-6t-2020", "2020-H1", line)
    assert got and not _flagged(got), got
    got = _page_verdicts("d7-ninhthuan-khieunai-6t-2020", "2020-H1", line, line.replace("131", "13"))
    assert not any("một phần" in r for _, _, r in got), got
