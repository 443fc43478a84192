"""Checker round 73 (chk73, issue 13): ``so với cùng kỳ năm <the report's own year>`` is last year's base miswritten
(``service/checker/ownyearslip.py``): the same period of the year reported is the period itself. Source:
xi-toan-quoc-dang-ky-doanh-nghiep-2018-q1 (``tăng 1,2% về số DN và tăng 2,7% về số vốn đăng ký so với cùng kỳ năm
2018`` in a report of 2018-Q1: a changed rate passed as unverified, the kept rates ``1.1-TL``/``2.1-TL`` set aside as
another base's). Second source: yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09 (``giảm 27,35% so với cùng kỳ
năm 2021`` in a report of 2021-09). Negatives: the texts as published stay proved; ``so với năm 2018`` (no ``cùng kỳ``)
and ``cùng kỳ năm 2017`` in a report of 2018 keep their readings.
"""

from __future__ import annotations

from service.checker.ownindex import rate_base
from service.checker.ownyearslip import own_year_slip
from tests.sweep_tables import anchor_verdicts as _verdicts

DN = "xi-toan-quoc-dang-ky-doanh-nghiep-2018-q1"
HB = "yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09"


DN_ANCHOR = "tăng 1,2% về số DN và tăng 2,7% về số vốn đăng ký"


def test_the_published_rates_stay_proved():
    got = _verdicts(DN, "2018-Q1", DN_ANCHOR)
    assert got == {"1,2%": "derived", "2,7%": "derived"}


def test_a_changed_rate_of_the_enterprises_is_flagged():
    got = _verdicts(DN, "2018-Q1", DN_ANCHOR, "1,2%", "2,2%")
    assert got["2,2%"] == "unsupported" and got["2,7%"] == "derived"


def test_a_changed_rate_of_the_capital_is_flagged():
    got = _verdicts(DN, "2018-Q1", DN_ANCHOR, "2,7%", "3,7%")
    assert got["3,7%"] == "unsupported" and got["1,2%"] == "derived"


def test_second_source_published_and_changed():
    anchor = "giảm 27,35% so với cùng kỳ năm 2021"
    assert _verdicts(HB, "2021-09", anchor)["27,35%"] == "derived"
    assert _verdicts(HB, "2021-09", anchor, "27,35%", "27,45%")["27,45%"] == "unsupported"


def test_the_slip_needs_the_same_period_and_the_own_year():
    assert own_year_slip("cùng kỳ năm", 2018, 2018)
    assert own_year_slip("cùng kỳ", 2021, 2021)
    assert not own_year_slip("cùng kỳ năm", 2017, 2018)     # last year's said right: not a slip
    assert not own_year_slip("năm", 2018, 2018)             # the whole year, another base
    assert not own_year_slip("tháng", 2018, 2018)           # "so với tháng 2/2018": another period of the year
    assert not own_year_slip("cùng kỳ năm", 2018, None)     # no report year known


def test_rate_base_reads_the_slip_as_last_years_and_leaves_others():
    said = "Doanh thu tăng 5,2% so với cùng kỳ năm 2018."
    assert rate_base(said, 0, said.index("5,2"), said.index("%") + 1, 2018) == "year-ago"
    other = "Doanh thu tăng 5,2% so với năm 2018."
    assert rate_base(other, 0, other.index("5,2"), other.index("%") + 1, 2018) == "other"
    month = "Doanh thu tăng 5,2% so với tháng 2/2018."
    assert rate_base(month, 0, month.index("5,2"), month.index("%") + 1, 2018) == "other"
