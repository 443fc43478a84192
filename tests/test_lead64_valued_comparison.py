"""Stop 64 (the lead, after the merge): periods round 61 reads a comparison told with its own value — ``(năm 2019 là
115,0 …)``, ``Cả năm 2021 … là 101, năm 2023 là 131``, ``cao hơn hẳn 7 tháng đầu năm 2020 với 53 người chết`` — as the
base of a comparison, never the period reported. The checker's spans (``recognisers.spans.SpanCues``) had read those
years as spans that date the numbers after them; as comparisons they dropped out, and the other years' values were
checked against the report's own rows (four false alarms in the measure after the merge). ``Mention.valued`` keeps both
readings: not the period, but the numbers after it are that period's.
"""
from __future__ import annotations

from service.periods import find_mentions, find_period
from tests.sweep_tables import case_line_verdicts, flagged

_GTKS = "xy-thai-nguyen-trung-tam-dan-so-ty-so-gioi-tinh-khi-sinh-2022"
_DE_DIEU = "xy-toan-quoc-cuc-quan-ly-de-dieu-pctt-thien-tai-2024-7t"


def _v(slug, line):
    return {t: v for t, v, _ in case_line_verdicts(slug, line)}


def test_another_years_value_in_a_bracket_is_not_the_period_but_dates_its_number():
    text = "Năm 2022, tỷ số giới tính khi sinh là 113,5 trẻ trai/100 trẻ gái (năm 2019 là 115,0 trẻ trai/100 trẻ gái)."
    m = next(m for m in find_mentions(text) if m.period.year == 2019)
    assert m.comparison and m.valued and not m.reported
    assert find_period(text).code == "2022"
    v = _v(_GTKS, "(năm 2019 là 115,0 trẻ trai/100 trẻ gái)")
    assert not flagged(v["115,0"])


def test_years_listed_with_their_values_and_a_figure_above_a_period_date_their_numbers():
    v = _v(_DE_DIEU, "Cả năm 2021 số người chết do thiên tai là 101, năm 2023 là 131.")
    assert not flagged(v["101"]) and not flagged(v["131"])
    v = _v(_DE_DIEU, "Con số này cao hơn hẳn 7 tháng đầu năm 2020 với 53 người chết")
    assert not flagged(v["53"])


def test_a_plain_comparison_stays_no_span():
    text = "Năm 2022 thu ngân sách đạt 500 tỷ đồng, tăng 10% so với năm 2021."
    m = next(m for m in find_mentions(text) if m.period.year == 2021)
    assert m.comparison and not m.valued
