"""Issue 14, round 33: a count of zero said in words — ``không có người bị thương``, ``không xảy ra cháy rừng`` — is
a row of 0 (``zeros.zero_said``); a negation with no counted noun says no figure.  Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _zeros(tpl):
    return [r for r in tpl.rows if r.value == Decimal(0)]


def test_no_one_injured_on_the_waterways(tmp_path):
    # ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01: the hand keeps «Số người bị thương» 0
    tpl = template(tmp_path, "Báo cáo tình hình tai nạn giao thông tháng 1 năm 2022",
                   "Đường thủy xảy ra 3 vụ, làm chết 2 người, không có người bị thương, giảm 2 vụ (40%), giảm 1 người "
                   "chết (33,33%) và số người bị thương không thay đổi so với cùng kỳ năm 2021.")
    zeros = _zeros(tpl)
    assert len(zeros) == 1 and zeros[0].unit.startswith("người") and "bị thương" in zeros[0].label


def test_no_death_no_injury_in_the_fires(tmp_path):
    # yg-tp-ho-chi-minh-pc07-chay-no-tet-quy-mao-2023-01: «Người chết do cháy» 0, «Người bị thương do cháy» 0
    tpl = template(tmp_path, "Báo cáo tình hình cháy, nổ dịp Tết Quý Mão 2023",
                   "Trong dịp Tết, TP.HCM xảy ra tổng cộng 26 vụ cháy nhỏ, may mắn không có người tử vong, cũng không "
                   "có người bị thương.")
    assert len(_zeros(tpl)) == 2


def test_no_forest_fire_counts_in_vu(tmp_path):
    # w-lam-binh-kiem-lam-2019: the hand keeps «Số vụ cháy rừng» 0 vụ
    tpl = template(tmp_path, "Báo cáo công tác quản lý bảo vệ rừng năm 2019",
                   "Về công tác phòng cháy, chữa cháy rừng, tính từ đầu mùa khô năm 2019 đến nay trên địa bàn huyện Lâm "
                   "Bình không xảy ra cháy rừng.")
    zeros = _zeros(tpl)
    assert len(zeros) == 1 and zeros[0].unit == "vụ"


def test_counter_a_negation_with_nothing_counted(tmp_path):
    tpl = template(tmp_path, "Báo cáo công tác tổ chức năm 2019",
                   "Trong năm, bộ máy không có thay đổi lớn, không có gì bất thường; đã kết nạp 12 đảng viên.")
    assert not _zeros(tpl)


def test_counter_chua_co_describes_a_subject(tmp_path):
    # zd-can-tho-co-do-ldld-tet-2022-01: firms «chưa có tổ chức công đoàn» (no union yet) — no row 0 «tổ chức»
    tpl = template(tmp_path, "Báo cáo công tác chăm lo Tết năm 2022",
                   "Liên đoàn Lao động huyện đã thăm, tặng 120 suất quà cho người lao động tại doanh nghiệp có khó khăn "
                   "về kinh phí mà chưa có tổ chức công đoàn.")
    assert not _zeros(tpl)
