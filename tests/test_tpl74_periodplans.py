"""Template round 74 (issue 14, the lead's convention of stop 57): a target of the report's own period stated in the
text goes in the ``Kế hoạch`` cell of its measure's row (service/onboarding/periodplans.py).

Sources: xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2 (``Năm 2015, Vinamilk đặt mục tiêu doanh thu 38.424 tỷ đồng
và lợi nhuận sau thuế 6.830 tỷ đồng`` in the second quarter's report), xp-binh-duong-biwase-tdm-san-luong-nuoc-tieu-
thu-2024-01 (``Năm 2024, Biwase đặt mục tiêu tổng doanh thu 4.100 tỷ đồng …``, ``Năm nay, TDM Water đặt mục tiêu tổng
doanh thu là 564 tỷ, lợi nhuận sau thuế gần 198 tỷ`` in January's bulletin; its hand keeps them in «Kế hoạch năm
2024»).  Negatives: a later year's target (yf-nam-dinh-buu-dien-tinh-doanh-thu-2019: ``Năm 2020, Bưu điện tỉnh đặt
mục tiêu tổng doanh thu đạt 500 tỷ đồng`` in 2019's review; xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020's ``Năm 2021
đặt mục tiêu lợi nhuận 103,6 tỷ đồng``), a plan's rate (``hoàn thành 50,2% kế hoạch doanh thu``), a result said
after the plan (``đã thực hiện được gần 7% chỉ tiêu doanh thu``), a respective list (xn-yen-bai-…-2020: ``doanh thu
và lợi nhuận sau thuế lần lượt đạt hơn 454 tỷ đồng và 145 tỷ đồng``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.checker.extract import extract_numbers
from service.onboarding.periodplans import as_figure, period_target
from service.onboarding.template import build_template
from service.periods import parse_period

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"


def _plans(tpl) -> dict:
    return {r.value: r.plan for r in tpl.rows if r.plan is not None and not r.plan_implied}


def _targets(text: str, period: str) -> dict:
    out = {}
    for m in extract_numbers(text):
        m = as_figure(text, m)
        words = period_target(text, m, parse_period(period))
        if words:
            out[m.value] = words
    return out


def test_a_years_targets_in_a_quarters_report_are_its_rows_plans():
    tpl = build_template(HELD / "xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2" / "source.txt")
    plans = _plans(tpl)
    assert plans[Decimal("10500000000000")] == Decimal("38424000000000")   # doanh thu thuần of the quarter
    assert plans[Decimal("2186000000000")] == Decimal("6830000000000")     # lợi nhuận sau thuế
    assert Decimal("38424000000000") not in {r.value for r in tpl.rows}    # a plan, not a row of its own


def test_a_years_targets_in_a_months_bulletin_are_its_rows_plans():
    tpl = build_template(HELD / "xp-binh-duong-biwase-tdm-san-luong-nuoc-tieu-thu-2024-01" / "source.txt")
    plans = _plans(tpl)
    assert plans[Decimal("281000000000")] == Decimal("4100000000000")
    assert plans[Decimal("65000000000")] == Decimal("700000000000")
    assert plans[Decimal("29000000000")] == Decimal("564000000000")        # ``Năm nay``, a bare ``564 tỷ``
    assert plans[Decimal("8300000000")] == Decimal("198000000000")


def test_a_later_years_target_stays_out():
    text = ("Năm 2020, Bưu điện tỉnh đặt mục tiêu tổng doanh thu đạt 500 tỷ đồng và phát triển doanh thu ở những "
            "dịch vụ có giá trị gia tăng lớn như bưu chính chuyển phát và tài chính bưu chính.")
    assert _targets(text, "2019") == {}
    assert _targets("Năm 2021 đặt mục tiêu lợi nhuận 103,6 tỷ đồng, trả cổ tức trên 8,5%", "2020") == {}
    tpl = build_template(HELD / "yf-nam-dinh-buu-dien-tinh-doanh-thu-2019" / "source.txt")
    assert Decimal("500000000000") not in set(_plans(tpl).values())


def test_rates_results_and_respective_lists_are_no_targets():
    assert _targets("Như vậy, sau 6 tháng, Vinamilk hoàn thành 50,2% kế hoạch doanh thu và 55% kế hoạch lợi nhuận.",
                    "2015-Q2") == {}
    assert _targets("Năm 2024, công ty xử lý nước này đã thực hiện được gần 7% chỉ tiêu doanh thu và hơn 9% kế "
                    "hoạch lợi nhuận năm trong tháng 1.", "2024-01") == {}
    text = ("Theo kế hoạch kinh doanh năm 2020 vừa được Công ty CP Thủy điện Thác Bà công bố, sản lượng điện mục tiêu "
            "cho năm nay là hơn 900 triệu KWh; tương ứng với doanh thu và lợi nhuận sau thuế lần lượt đạt hơn 454 tỷ "
            "đồng và 145 tỷ đồng, tăng hơn 38% và 13% so với năm trước.")
    assert Decimal("454000000000") not in _targets(text, "2020")
    assert Decimal("145000000000") not in _targets(text, "2020")


PAGES = ROOT / "evaluations" / "sweep" / "pages"


def _noted(tpl) -> dict:
    return {r.value: r.plan for r in tpl.rows if any(n.startswith("kế hoạch: «") for n in r.notes)}


def test_a_years_export_target_in_a_months_report():
    # ``Năm 2024, ngành gỗ đặt mục tiêu xuất khẩu gỗ và sản phẩm từ gỗ đạt hơn 14,2 tỷ USD``: the ``và`` is the
    # measure's name, May's ``1,25 tỷ USD`` its row
    assert _noted(build_template(PAGES / "t25-baogialai-go-5t-2024.txt")) == \
        {Decimal("1250000000.00"): Decimal("14200000000.0")}


def test_plans_ranges_and_other_things_named_take_no_plan():
    # a plan said as a row (``kế hoạch kinh doanh năm 2022 gồm doanh thu hợp nhất 11.059 tỉ đồng``), a range's end
    # (``làm mới 20 - 25 nhà``), a plan of a measure no row names (``kế hoạch đầu tư công … cho các bộ, ngành và địa
    # phương là 884.585,6 tỷ đồng``), a plan of ``năm nay`` in a year's review (sơn hòa: the next year's)
    for page in ("p22-thanhnien-kehoach-loinhuan-none", "t5-hoabinh-ccb-2019", "t16-nhipsong-giaingan-2025-h1",
                 "t11-sonhoa-kehoach-2010"):
        assert _noted(build_template(PAGES / f"{page}.txt")) == {}, page
