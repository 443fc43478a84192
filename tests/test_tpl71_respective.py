"""Template round 71: rates said ``tăng/giảm tương ứng a% … và b% …`` are the changes of the amounts before them, in
order — derivations, no rows (service/onboarding/respective.py).  Sources: xn-tp-hcm-hose-giao-dich-co-phieu-2025-09,
sweep page p12-hangkhong-2023-01; negatives: sweep page t4-gdp-2016-h1 (``với mức tăng tương ứng là 11,70% và 8,10%``,
no amount before it), xn-yen-bai-thuy-dien-thac-ba-ke-hoach-kinh-doanh-2020 (``tương ứng với doanh thu``: no change
word), a run of one rate."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"
PAGES = ROOT / "evaluations" / "sweep" / "pages"
RESPECTIVELY = "so với kỳ trước (tương ứng)"


def _respective(tpl) -> dict:
    """{rate: (row value, change word)} of the derivations this round's reader wrote."""
    return {d.value: (r.value, d.how.split()[0]) for r in tpl.rows for d in r.derived if d.how.endswith(RESPECTIVELY)}


def test_trading_volume_and_value_fall_respectively():
    tpl = build_template(HELD / "xn-tp-hcm-hose-giao-dich-co-phieu-2025-09" / "source.txt")
    found = _respective(tpl)
    assert found[Decimal("33.53")] == (Decimal("1167000.000"), "giảm")
    assert found[Decimal("31.38")] == (Decimal("34007000000000"), "giảm")
    assert not [r for r in tpl.rows if r.value in (Decimal("33.53"), Decimal("31.38"))]


def test_passengers_and_freight_rise_respectively():
    tpl = build_template(PAGES / "p12-hangkhong-2023-01.txt")
    found = _respective(tpl)
    assert found[Decimal("60.7")] == (Decimal("967000"), "tăng")
    assert found[Decimal("28.4")] == (Decimal("1550"), "tăng")


def test_no_amount_before_the_run_is_left_alone():
    tpl = build_template(PAGES / "t4-gdp-2016-h1.txt")
    assert Decimal("11.70") not in _respective(tpl) and Decimal("8.10") not in _respective(tpl)


def test_tuong_ung_without_a_change_word_is_no_run():
    tpl = build_template(HELD / "xn-yen-bai-thuy-dien-thac-ba-ke-hoach-kinh-doanh-2020" / "source.txt")
    assert not _respective(tpl)


def test_a_run_of_one_rate_is_no_pairing(tmp_path):
    text = ("Tháng 9/2025, khối lượng giao dịch bình quân đạt 1,167 triệu cổ phiếu/ngày, giá trị giao dịch bình quân "
            "khoảng 34.007 tỷ đồng/ngày, giảm tương ứng 33,53% so với tháng trước.")
    assert not _respective(template(tmp_path, "Báo cáo tổng hợp giao dịch tháng 9 năm 2025", text))
