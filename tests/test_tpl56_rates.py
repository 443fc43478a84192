"""Template round 56: a rate the hand wrote as a row of its own is found as the derivation of the row it is of.

The scorer's ``own_rates_derived`` (evaluations/template_accuracy.py), beside ``rates_derived`` (loader-made ``-TL``
rows) and ``shares_derived``.  Sources: xf-vinh-long-so-ldtbxh (``12.350 lao động …, đạt 65% kế hoạch năm``; the hand's
«Tỷ lệ giải quyết việc làm lũy kế so với kế hoạch năm» 65), xf-thai-nguyen-nhcsxh (``4.643 tỷ đồng, tăng 12,1% so với
cuối năm 2022 (đạt 99,7% kế hoạch được giao)``), xf-long-an-kien-tuong (``127 hội viên, tăng 13,61% so với đầu nhiệm
kỳ``), xe-vinh-long-ban-quan-ly-cac-kcn (``đạt 87,47% so với kế hoạch``).  Negatives: xe-thai-nguyen-ctcp-tng, whose
template hangs ``chi phí tài chính tăng 5%`` on «Doanh thu hoạt động tài chính» (a rate naming another measure).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace as NS

from evaluations.template_accuracy import own_rates_derived, run_source

HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _run(slug: str):
    d = HELDOUT / slug
    return run_source(slug, d / "source.txt", d / "figures.csv", True)


def test_plan_rates_kept_as_rows_are_their_rows_derivations():
    res = _run("xf-vinh-long-so-ldtbxh-giai-quyet-viec-lam-2018-05")
    assert res.by_derivation == 2 and not res.missed
    assert res.matched == res.rows == 5          # rows and precision unchanged: the rates are no template rows


def test_growth_and_plan_rate_of_a_balance():
    res = _run("xf-thai-nguyen-nhcsxh-tin-dung-chinh-sach-2023")
    assert res.by_derivation == 2 and not res.missed


def test_a_rate_naming_nothing_is_the_row_right_before_its():
    res = _run("xf-long-an-kien-tuong-hoi-lhpn-xa-binh-hiep-nhiem-ky-2011-2016")
    assert res.by_derivation == 1 and not any("13.61" in m for m in res.missed)


def test_a_cumulative_rate_against_the_year_plan():
    res = _run("xe-vinh-long-ban-quan-ly-cac-kcn-san-xuat-kinh-doanh-2018-11")
    assert not any("SX02" in m for m in res.missed)


def test_a_rate_of_another_measure_is_not_counted():
    # xe-thai-nguyen-ctcp-tng-ket-qua-kinh-doanh-2019-q2: the page's «chi phí tài chính tăng 5%» hung by the template on
    # «Doanh thu hoạt động tài chính»; the hand's «Chi phí tài chính: tốc độ tăng/giảm …» 5 stays missed
    res = _run("xe-thai-nguyen-ctcp-tng-ket-qua-kinh-doanh-2019-q2")
    assert any("Chi phí tài chính" in m for m in res.missed)
    assert any("Chi phí quản lý doanh nghiệp" in m for m in res.missed)
    # xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t: central industry's 7,2% hung on the province's total: not counted; the
    # November value's «tăng 5,8% so với tháng 10» on «Giá trị sản xuất công nghiệp tháng 11» is
    res = _run("xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t")
    assert any("Công nghiệp trung ương" in m for m in res.missed)
    assert not any(m.startswith("(as derived) 6.1 ") for m in res.missed)


def test_the_rule_on_its_own():
    revenue = NS(ma="I.4", chi_tieu="Doanh thu hoạt động tài chính", don_vi_tinh="tỷ đồng", ky_bao_cao=Decimal(12))
    cost = NS(ma="I.5", chi_tieu="Chi phí tài chính: tốc độ tăng/giảm so với quý II/2018", don_vi_tinh="%",
              ky_bao_cao=Decimal(5))
    balance = NS(ma="07", chi_tieu="Tổng dư nợ đến cuối năm", don_vi_tinh="tỷ đồng", ky_bao_cao=Decimal(4643))
    growth = NS(ma="08", chi_tieu="Tăng trưởng dư nợ so với cuối năm 2022", don_vi_tinh="%",
                ky_bao_cao=Decimal("12.1"))
    bare = NS(ma="09", chi_tieu="Tăng so với đầu nhiệm kỳ", don_vi_tinh="%", ky_bao_cao=Decimal("12.1"))
    row = NS(unit="tỷ đồng", derived=[NS(value=Decimal("12.1"), how="tăng so với cùng kỳ", quote="tăng 12,1%")])
    other = NS(unit="tỷ đồng", derived=[NS(value=Decimal(5), how="tăng so với cùng kỳ", quote="tăng 5%")])
    ref = [revenue, cost, balance, growth, bare]
    # the balance's growth: found; a rate of cost on the revenue row: not; the bare rate is not right after «dư nợ»
    assert own_rates_derived(ref, [(revenue, other), (balance, row)], [cost, growth, bare]) == {id(growth)}
    # the same value on a row that does not name what the rate measures: not found
    assert own_rates_derived(ref, [(revenue, row)], [growth]) == set()
    # a rate the table states before its row is not that row's
    assert own_rates_derived([growth, balance], [(balance, row)], [growth]) == set()
