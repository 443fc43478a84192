"""Template round 75 (issue 14): a stock still in force (``còn hiệu lực``) is standing, with the parts and capital its
sentence gives after it (service/onboarding/inforce.py).

Sources: held-out xq-vinh-phuc-bql-kcn-thu-hut-dau-tu-2021-10t (``Đến nay có 406 dự án còn hiệu lực đầu tư trong các
KCN gồm 77 dự án DDI với tổng vốn đầu tư hơn 20.342 tỷ đồng và 329 dự án FDI …``: its hand keeps none), sweep
c34-baogialai-fdi-5-thang-2024 (``Tính lũy kế đến ngày 20-5, cả nước có 40.285 dự án còn hiệu lực``).  Negatives:
``Có 10.618 doanh nghiệp đang hoạt động đăng ký tăng vốn trong Quý I/2023`` (a flow of the quarter), the ten months'
new projects of the same page (``thu hút được 36 dự án mới``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"


def test_vinh_phuc_stock_in_force_is_standing():
    tpl = build_template(HELD / "xq-vinh-phuc-bql-kcn-thu-hut-dau-tu-2021-10t" / "source.txt")
    rows = {r.value for r in tpl.rows}
    standing = {s.value for s in tpl.standing}
    assert {Decimal(406), Decimal(77), Decimal(329), Decimal("20342000000000")} <= standing
    assert not {Decimal(406), Decimal(77), Decimal(329)} & rows
    assert {Decimal(36), Decimal(24)} <= rows                   # the period's new projects stay rows


def test_second_source_and_negative(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("Tin tức\n\nTính lũy kế đến ngày 20-5, cả nước có 40.285 dự án còn hiệu lực. Có 10.618 doanh nghiệp "
                 "đang hoạt động đăng ký tăng vốn trong Quý I/2023.", encoding="utf-8")
    tpl = build_template(f, period="2024-05")
    assert Decimal(40285) in {s.value for s in tpl.standing}
    assert Decimal(40285) not in {r.value for r in tpl.rows}
    assert Decimal(10618) in {r.value for r in tpl.rows}
