"""Issue 14, round 37: ``<nơi> không xảy ra`` ending its clause says none of the event counted before it happened
there — a row of 0 vụ for each place named (``elided.none_happened``), and a change said in a later sentence is
not of that zero (``elided.elided_zero``).  Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template

NINH_THUAN = ("(NTO) Theo báo cáo của Ban An toàn giao thông tỉnh, trong tháng 10 (từ ngày 16-9 đến ngày 15-10-2017) "
              "toàn tỉnh xảy ra 2 vụ tai nạn giao thông nghiêm trọng, làm chết 2 người, bị thương 1 người; đường sắt "
              "không xảy ra. So với tháng 9, số vụ giảm 2 vụ, số người chết giảm 2 người và số người bị thương giảm 3 "
              "người.")


def zeros(tpl):
    return [r for r in tpl.rows if r.value == 0 and r.unit == "vụ"]


def test_no_rail_accident_is_a_zero_row(tmp_path):
    # yr-ninh-thuan-ban-atgt-tinh-tai-nan-giao-thong-2017-10t: the hand's «Trong đó đường sắt: số vụ» 0
    tpl = template(tmp_path, "Tình hình tai nạn giao thông tháng 10 và 10 tháng năm 2017", NINH_THUAN)
    rows = zeros(tpl)
    assert len(rows) == 1 and "đường sắt" in rows[0].label


def test_the_month_s_change_stays_with_the_province_s_accidents(tmp_path):
    tpl = template(tmp_path, "Tình hình tai nạn giao thông tháng 10 và 10 tháng năm 2017", NINH_THUAN)
    two = next(r for r in tpl.rows if r.value == 2 and r.unit == "vụ")
    assert Decimal(2) in [d.value for d in two.derived]
    assert not zeros(tpl)[0].derived


def test_no_rail_nor_waterway_accident_is_two_zero_rows(tmp_path):
    # yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tuan-dau-cao-diem-tet-2022-11: the hand's two rows of 0 vụ
    tpl = template(tmp_path, "Tai nạn giao thông tuần đầu cao điểm Tết 2023",
                   "Theo đó, cả nước đã xảy ra 199 vụ tai nạn giao thông, làm chết 99 người, bị thương 163 người. So "
                   "với tuần liền kề trước đó giảm 49 vụ (-19,76%), giảm 34 người chết (-25,56%), giảm 40 người bị "
                   "thương (-19,70%). Tất cả các vụ tai nạn giao thông đều xảy ra trên đường bộ; TNGT đường sắt, đường "
                   "thủy nội địa: không xảy ra.")
    assert len(zeros(tpl)) == 2
    assert any("thủy" in r.label for r in zeros(tpl))

