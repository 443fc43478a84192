"""Issue 14, round 4: the figures template on the checker's held-out pages (``evaluations/cases/heldout``).

Each test writes real sentences of the genre (from at least two public pages per rule) as a prior report and
asserts the rows of the template built from it: value, unit, label — and, for numbers that are no figure of the
period, that they make no row (or go to the standing sheet, or are a derivation of a row).
"""

from __future__ import annotations

from decimal import Decimal

from evaluations.template_accuracy import states
from service.onboarding.template import build_template

HEAD = "Báo cáo kết quả công tác 6 tháng đầu năm 2024\n\nI. KẾT QUẢ\n\n"


def template(tmp_path, *paragraphs: str):
    path = tmp_path / "prior.txt"
    path.write_text(HEAD + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path)


def rows(tpl) -> list[tuple[Decimal, str, str]]:
    return [(r.value, r.unit, r.label) for r in tpl.rows]


def values(tpl) -> list[Decimal]:
    return [r.value for r in tpl.rows]


def test_a_rounded_number_states_the_exact_values_it_may_stand_for_and_no_other(tmp_path):
    tpl = template(tmp_path, "Các hoạt động tình nguyện thu hút gần 1.500 lượt đoàn viên, thanh niên tham gia; tổng "
                             "trị giá các công trình thanh niên là trên 1,42 tỷ đồng. Sản lượng lương thực ước đạt "
                             "207 ngàn tấn. Kết nạp 45 hội viên.")
    near, money, grain, exact = tpl.rows
    assert (near.qualifier, money.scale, grain.scale) == ("gần", 10**9, 1000)
    assert states(near, Decimal(1480)) and not states(near, Decimal(1200))
    assert states(money, Decimal(1_425_000_000)) and not states(money, Decimal(1_500_000_000))
    assert states(grain, Decimal(207_100)) and not states(grain, Decimal(210_000))
    assert states(exact, Decimal(45)) and not states(exact, Decimal(46))
