"""Issue 14, round 6: the figures template on the lead's batch ``evaluations/cases/heldout/r-*``.

Each test writes real sentences (from the public pages named in its comment; at least two pages per rule, or a page
and the counter-case the rule must leave alone) as a prior report and asserts what the template makes of them: rows
with their value, unit and label; numbers that are no figure of the period make no row, or are a derivation, a plan
or a comparison value of a row.
"""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.template import build_template


def template(tmp_path, head: str, *paragraphs: str, period: str | None = None):
    path = tmp_path / "prior.txt"
    path.write_text(head + "\n\nI. KẾT QUẢ\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return build_template(path, period=period)


def values(tpl) -> list[Decimal]:
    return [r.value for r in tpl.rows]


def row(tpl, value, unit=None):
    found = [r for r in tpl.rows if r.value == Decimal(str(value)) and (unit is None or r.unit == unit)]
    assert len(found) == 1, [(r.value, r.unit, r.label) for r in tpl.rows]
    return found[0]


def derived(tpl) -> list[Decimal]:
    return [d.value for r in tpl.rows for d in r.derived]


YEAR_2018 = "Báo cáo tổng kết công tác phòng, chống thiên tai năm 2018"
YEAR_2017 = "Báo cáo tổng kết công tác năm 2017"
HALF_2018 = "Báo cáo kết quả thu ngân sách 6 tháng đầu năm 2018"
APRIL_2014 = "Vẫn tiếp tục tiêm vét vắc-xin sởi đến hết tháng 4"


# ------------------------------------------------------------------ another period's figures (statements.py)

def test_a_later_period_named_in_the_sentence_makes_no_row(tmp_path):
    # r-ca-nuoc-pctt-2018 (the 2018 review goes on to 2019's first months: the checker's own rule, read with the
    # prior's period); the counter-case r-binh-duong-tiem-soi-2014-04: an EARLIER month in the April report is the
    # agency's own figure (its table may keep it in a column of its own) — still on the template.
    tpl = template(tmp_path, YEAR_2018,
                   "Năm 2018, thiên tai đã làm 224 người chết và mất tích. Hơn 1.900 ngôi nhà bị đổ, trôi.",
                   "Từ đầu năm 2019 đến nay, trên cả nước đã xảy ra 12 loại hình thiên tai làm 23 người chết và mất "
                   "tích, hơn 18.200 nhà bị sập đổ, hư hỏng; 27.370 ha lúa và hoa màu bị thiệt hại.")
    assert values(tpl) == [224, 1900]
    april = template(tmp_path, APRIL_2014,
                     "Trong tháng 3, toàn tỉnh có 8.126 trường hợp tiêm ngừa sởi mũi một và 8.397 tiêm sởi mũi hai. "
                     "Trong tháng 4, tính đến hết ngày 23, toàn tỉnh đã tiêm 5.662/6.668 đối tượng còn sót, tiêm vét "
                     "mũi một, tỷ lệ 84,91%.", period="2014-04")
    assert 5662 in values(april) and 8126 in values(april) + [s.value for s in april.standing]


# ------------------------------------------------------------------ last period's values in brackets (plans.py)

def test_last_periods_values_in_brackets_after_a_comparison_are_comparison_values(tmp_path):
    # r-ca-nuoc-pctt-2018: "(gần 60.000 tỷ đồng, 386 người chết và mất tích)" after "so với … năm 2017" — each the
    # comparison value of the row of the same measure (money to money, người chết to người chết, not to 50 người of
    # the part before); the counter-case m-quangnam-thue-2018-h1: a change in the bracket ("(số tuyệt đối tăng 1.694
    # tỷ đồng)") is no value of last year.
    tpl = template(tmp_path, YEAR_2018,
                   "Năm 2018, thiên tai đã làm 224 người chết và mất tích. Trong đó, 92 người do mưa lũ; 50 người do "
                   "các thiên tai khác. Với tổng thiệt hại về kinh tế ước tính gần 20.000 tỷ đồng. Tuy nhiên đã giảm "
                   "nhiều so với thiệt hại do thiên tai gây ra năm 2017 (gần 60.000 tỷ đồng, 386 người chết và mất tích).")
    assert values(tpl) == [224, 92, 50, 20_000_000_000_000]
    assert row(tpl, 20_000_000_000_000).base == 60_000_000_000_000 and row(tpl, 224).base == 386
    assert row(tpl, 50).base is None
    tax = template(tmp_path, HALF_2018,
                   "Lũy kế 6 tháng đầu năm 2018 tổng thu ước đạt 8.356 tỷ đồng, bằng 54% dự toán HĐND tỉnh giao, tăng "
                   "25% so với cùng kỳ năm 2017 (số tuyệt đối tăng 1.694 tỷ đồng).")
    assert values(tax) == [8_356_000_000_000] and row(tax, 8_356_000_000_000).base != 1_694_000_000_000

