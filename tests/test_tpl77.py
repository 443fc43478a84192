"""Template round 77 (issue 14): stop 59's final batches' extras (evaluations/sweep/template-round77.md).

- ``statements._YEAR_OF_FROM``: a movement's start dated ``đầu năm`` with no year is the period's opening value, a row
  (yd-tuyen-quang-na-hang-giai-quyet-viec-lam-dao-tao-nghe-2016, the row stop 59 lost); a start dated by another
  year or quarter stays its end's derivation (xk-ha-tinh-nhcsxh-…, xs-…-viettel-post-…);
- ``rows._more_less``: the comparative before a rounding word, ``nhiều hơn gần 10 kg so với tháng 6``
  (xu-toan-quoc-bo-cong-an-pham-phap-hinh-su-ma-tuy-2017-07), is a change, not a level;
- ``losses.loss_of_profit_pass``: ``lợi nhuận trước thuế lỗ 305 tỉ đồng`` (xt-toan-quoc-pv-oil-ket-qua-kinh-doanh-
  2020-q3) is the profit's row below zero; a loss with no profit named stays positive (xh-toan-quoc-tong-cong-ty-duong-
  sat-van-tai-2021-h1).
"""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.template import build_template
from tests.test_tpl76 import HELD, _derived, _template, _values   # round 76's helpers, the same questions


def _held(slug: str):
    return build_template(HELD / slug / "source.txt")


# ------------------------------------------------------------------ a start dated with no year: the period's opening

def test_year_s_opening_rate_is_a_row():
    tpl = _held("yd-tuyen-quang-na-hang-giai-quyet-viec-lam-dao-tao-nghe-2016")
    assert {Decimal("50.08"), Decimal("42.74")} <= _values(tpl.rows)   # the hand's «thời điểm đầu năm 2016» row


def test_start_dated_by_another_year_stays_derived():
    tpl = _held("xk-ha-tinh-nhcsxh-tinh-tin-dung-chinh-sach-2015-2019")   # từ 21,7% cuối năm 2014 xuống 6,72%
    assert Decimal("21.7") not in _values(tpl.rows)
    assert Decimal("21.7") in _derived(tpl.rows)


def test_start_dated_by_a_quarter_with_slash_year_stays_derived(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nTrong quý II/2020, doanh thu của Viettel Post đạt 4.337 tỷ đồng. Tỷ suất lợi "
                              "nhuận gộp cũng giảm nhẹ từ 11,18% hồi quý II/2019 xuống còn 9,32% ở quý này.",
                    period="2020-Q2")
    assert Decimal("11.18") not in _values(tpl.rows) and Decimal("11.18") in _derived(tpl.rows)


# ------------------------------------------------------------------ «nhiều hơn gần N so với»: a change

def test_more_than_rounded_amount_is_a_change():
    tpl = _held("xu-toan-quoc-bo-cong-an-pham-phap-hinh-su-ma-tuy-2017-07")
    assert Decimal(10) not in _values(tpl.rows)
    kg75 = next(r for r in tpl.rows if r.value == Decimal(75) and r.unit == "kg")
    assert Decimal(10) in {d.value for d in kg75.derived}


def test_less_than_rounded_amount_is_a_change(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nTrong tháng 8/2020, toàn tỉnh thu hoạch 1.250 tấn cà phê, ít hơn khoảng 40 "
                              "tấn so với tháng 7.", period="2020-08")
    assert Decimal(1250) in _values(tpl.rows) and Decimal(40) not in _values(tpl.rows)


def test_rounded_amount_without_comparative_stays_a_row(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nTrong tháng 7/2017, lực lượng chức năng phát hiện 2.257 vụ, thu gần 48 kg "
                              "heroin.", period="2017-07")
    assert Decimal(48) in _values(tpl.rows)


def test_more_than_bound_unchanged(tmp_path):
    # «hơn» alone after the number's noun is a bound of the level, not a comparative
    tpl = _template(tmp_path, "Tin tức\n\nTrong tháng 7/2017, lực lượng chức năng thu giữ hơn 75 kg ma túy tổng hợp.",
                    period="2017-07")
    assert Decimal(75) in _values(tpl.rows)


# ------------------------------------------------------------------ a loss said of a profit

def test_profit_said_as_a_loss_is_negative():
    tpl = _held("xt-toan-quoc-pv-oil-ket-qua-kinh-doanh-2020-q3")
    assert Decimal("-305000000000") in _values(tpl.rows)
    assert Decimal("305000000000") not in _values(tpl.rows)
    assert Decimal("1000000000") in _values(tpl.rows)          # the quarter's «lợi nhuận trước thuế đạt 1 tỉ đồng»


def test_profit_loss_with_rounding(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nTrong 6 tháng đầu năm 2021, công ty đạt doanh thu 520 tỷ đồng, lợi nhuận "
                              "sau thuế lỗ gần 12 tỷ đồng.", period="2021-H1")
    assert Decimal("-12000000000") in _values(tpl.rows) and Decimal("520000000000") in _values(tpl.rows)


def test_loss_with_no_profit_named_stays_positive():
    tpl = _held("xh-toan-quoc-tong-cong-ty-duong-sat-van-tai-2021-h1")   # «tổng công ty lỗ hơn 1.300 tỉ đồng»
    assert Decimal("1300000000000") in _values(tpl.rows) and Decimal("400000000000") in _values(tpl.rows)
    assert not [r for r in tpl.rows if r.value < 0]


# ------------------------------------------------------------------ a lede's rounded number the body states exactly

def test_lede_rounded_count_is_the_body_s_row():
    tpl = _held("xu-son-la-ban-chi-huy-pctt-thiet-hai-ret-dam-ret-hai-2022-02")   # «gần 400 con» / «393 con»
    assert Decimal(400) not in _values(tpl.rows) and Decimal(393) in _values(tpl.rows)


def test_lede_rounded_count_another_value_stays(tmp_path):
    # «gần 400» cannot stand for 350 by the checker's rule: the lede's count stays a row of its own
    tpl = _template(tmp_path, "Tin tức\n\nĐợt rét đậm trên địa bàn tỉnh đã làm gần 400 con gia súc chết rét.\n\nTính đến "
                              "chiều ngày 21/2/2022, rét đậm đã làm 350 con gia súc bị chết, trong đó trâu 65 con.",
                    period="2022-02")
    assert {Decimal(400), Decimal(350)} <= _values(tpl.rows)


def test_lede_rounded_amount_not_the_body_s_rounded_part():
    # «đạt gần 19.000 tấn, tăng 9,4 %» (lede and body) is not the body's part «khai thác biển khoảng 18.800 tấn»
    tpl = _held("xs-quang-ngai-chi-cuc-thuy-san-khai-thac-hai-san-2019-01")
    assert {Decimal(19000), Decimal(18800)} <= _values(tpl.rows)
