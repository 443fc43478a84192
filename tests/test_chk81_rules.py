"""Checker round 81 (helper chk81, issue 13): planted errors the checker let pass.

- A share row named ``Tỷ trọng …`` is a share the sheet keeps (``derive._SHARE_ROW``): a wrong ``chiếm 31% tổng dư
  nợ`` against ``Khối 4 ngân hàng …: tỷ trọng dư nợ trên địa bàn`` = 71 is that row's wrong value, not a share of an
  unstated whole.
- The report's own quarter named before a number (``quý III năm 2022``) puts it on the quarter's value
  (``recognisers/quartercue.py``): the year to date's value there is a swap.
"""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.recognisers.quartercue import own_quarter_cue
from service.figures.load import load_table
from service.periods import parse_period
from tests.sweep_tables import HELDOUT, heldout

YI = "yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1"
TN = "xm-thai-nguyen-to-chuc-tin-dung-du-no-cho-vay-2019-07"
HT = "xk-ha-tinh-nhcsxh-tinh-tin-dung-chinh-sach-2015-2019"
YA = "ya-toan-quoc-nhcsxh-nguon-von-cho-vay-du-no-2016"
KCN = "yr-toan-quoc-vu-quan-ly-kkt-kcn-kkt-san-xuat-kinh-doanh-2015-9t"
ANV = "xm-toan-quoc-navico-anv-loi-nhuan-ca-tra-2022-q3"
VICEM = "zl-toan-quoc-vicem-tieu-thu-xi-mang-2016-q3"
YM = "ym-toan-quoc-tong-cuc-thong-ke-lam-nghiep-thuy-san-2024-q1"
GDP = "yk-toan-quoc-tong-cuc-thong-ke-tang-truong-gdp-2020-q3"


def _at(case, period, quote, planted=None, offset=0):
    """(verdict, row code) of the number at ``quote`` (+ offset), in the text with ``quote`` replaced by ``planted``."""
    text = heldout(case)
    if planted is not None:
        assert text.count(quote) == 1
        text = text.replace(quote, planted)
        quote = planted
    s = text.index(quote) + offset
    table = load_table(HELDOUT / case / "figures.csv", period=period)
    n = next(n for n in check_text(text, table, period=period).numbers if n.start == s)
    return n.verdict, (n.source or {}).get("ma"), n.reason or ""


@pytest.mark.parametrize("case, period, quote, planted, offset, row", [
    (TN, "2019-07", "chiếm 71%", "chiếm 31%", 6, "05"),
    (TN, "2019-07", "chiếm hơn 22%", "chiếm hơn 29%", 10, "09"),
    (TN, "2019-07", "chiếm hơn 22%", "chiếm hơn 23%", 10, "09"),
    (HT, "2015-2019", "chiếm 22,43%", "chiếm 27,43%", 6, "03"),
    # one share label under two rows: the one under the total the share follows (I.2.1), not TP. Hồ Chí Minh's (II.3.1)
    (YI, "2020-Q1", "chiếm tới 78%", "chiếm tới 73%", 10, "I.2.1"),
])
def test_a_wrong_share_of_a_kept_share_row_is_that_rows(case, period, quote, planted, offset, row):
    verdict, ma, reason = _at(case, period, quote, planted, offset)
    assert verdict == "unsupported" and ma == row


def test_a_wrong_share_beside_a_kept_share_is_caught():
    verdict, _, _ = _at(YA, "2016", "chiếm 4,2%", "chiếm 4,7%", 6)
    assert verdict == "unsupported"


@pytest.mark.parametrize("case, period, quote, offset", [
    (TN, "2019-07", "chiếm 71%", 6), (TN, "2019-07", "chiếm hơn 22%", 10), (HT, "2015-2019", "chiếm 22,43%", 6),
])
def test_the_right_shares_stay_supported(case, period, quote, offset):
    assert _at(case, period, quote, None, offset)[0] == "supported"


def test_a_share_no_share_row_fits_is_not_given_one():
    # "diện tích đất công nghiệp … chiếm khoảng 66% tổng diện tích đất tự nhiên" beside the export / import shares
    _, _, reason = _at(KCN, "2015-9T", "chiếm khoảng 66%", None, 13)
    assert "Câu này nói về" not in reason


@pytest.mark.parametrize("case, period, quote, planted, offset, row", [
    (ANV, "2022-Q3", "quý III năm 2022 đạt gần 120 tỷ", "quý III năm 2022 đạt gần 567,2 tỷ", 25, "01"),
    (VICEM, "2016-Q3", "đạt 6.184.000 tấn, tăng 10,5 %", "đạt 18.843.000 tấn", 4, "TT"),
    (GDP, "2020-Q3", "quý III/2020 ước tính tăng 2,62%", "quý III/2020 ước tính tăng 2,12%", 27, "1"),
])
def test_the_year_to_date_in_a_sentence_on_the_quarter_is_a_swap(case, period, quote, planted, offset, row):
    verdict, ma, _ = _at(case, period, quote, planted, offset)
    assert verdict == "unsupported" and ma == row


@pytest.mark.parametrize("case, period, quote, offset", [
    (ANV, "2022-Q3", "đạt gần 120 tỷ", 8),
    (ANV, "2022-Q3", "sau thuế 567,2 tỷ", 9),        # "Luỹ kế 9 tháng năm nay, ANV đạt mức lợi nhuận sau thuế 567,2"
    (VICEM, "2016-Q3", "đạt 18.843.000 tấn", 4),     # "Lũy kế 9 tháng đầu năm 2016, …"
    # a quarter kept with its last month (I.4 / I.4-2024-03): the quarter named is the row's own, not the month's
    (YM, "2024-Q1", "Tính chung quý I/2024, cả nước có 252,3 ha", 34),
])
def test_real_values_of_either_column_stay_supported(case, period, quote, offset):
    assert _at(case, period, quote, None, offset)[0] in ("supported", "derived")


def test_quarter_cue_negatives():
    q3 = parse_period("2016-Q3")
    # last year's quarter, a plan's quarter, a running cue after the quarter
    assert own_quarter_cue("trong đó tiêu thụ nội địa đạt 5.485.000 tấn, tăng 4,4 % so với quý III/2015; xuất khẩu đạt ", q3) is None
    assert own_quarter_cue("VICEM đặt mục tiêu quý IV/2016 sẽ sản xuất ", q3) is None
    assert own_quarter_cue("quý III/2016, lũy kế 9 tháng đạt ", q3) is None
    assert own_quarter_cue("- Tin từ TCty Công nghiệp Xi măng Việt Nam (VICEM), quý III/2016, tiêu thụ toàn VICEM đạt ", q3) \
        == "period"
    # in a month's report the quarter is no cue of the month (March's year to date is the first quarter)
    assert own_quarter_cue("Quý I/2020, tổng thu đạt ", parse_period("2020-03")) is None
