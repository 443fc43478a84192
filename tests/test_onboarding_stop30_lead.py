"""The lead's template rule of stop 30: a running total stated with its month is coded as the loader codes one
(``<code>-LK``), so the checker reads the two rows as one indicator and the words of time choose between them."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

AUGUST_2022 = "Báo cáo tình hình thu ngân sách nhà nước tháng 8 năm 2022"


def _code(tpl, value) -> str:
    return next(r.code for r in tpl.rows if r.value == Decimal(str(value)))


def test_a_running_total_of_a_months_row_takes_its_code_and_lk(tmp_path):
    # zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08 (t12-lamdong-thunsnn-8t-2022)
    tpl = template(tmp_path, AUGUST_2022,
                   "Cục Thuế tỉnh Lâm Đồng cho biết, tổng thu ngân sách nhà nước trong tháng 8 là 1.018,1 tỷ đồng; lũy "
                   "kế 8 tháng thu 9.950,3 tỷ đồng, đạt 102% dự toán Trung ương.",
                   "Trong đó, thu từ thuế phí, tháng 8 là 597,8 tỷ đồng; lũy kế thu 6.411 tỷ đồng.")
    month, running = _code(tpl, 1_018_100_000_000), _code(tpl, 9_950_300_000_000)
    assert running == month + "-LK"
    assert _code(tpl, 6_411_000_000_000) == _code(tpl, 597_800_000_000) + "-LK"
    assert len({r.code for r in tpl.rows}) == len(tpl.rows)

