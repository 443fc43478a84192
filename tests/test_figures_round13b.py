"""Figures loader round 13b: held-out cases the lead measured (``evaluations/cases/heldout/zk-*``, each case.yaml's
notes say what the loader did), each fix a rule test on the zk table and on another real layout."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table

HELDOUT = Path(__file__).parent.parent / "evaluations" / "cases" / "heldout"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _warned(t, *needles):
    """A warning says every needle, in its words or the column it names."""
    return any(all(n in f"{w.message} {w.column or ''}" for n in needles) for w in t.warnings)


def _by_label(t):
    return {f.chi_tieu: f for f in t}


# --- 1. units of the area as columns, no column of the whole ---------------------------------------------------------

def test_communes_as_columns_under_a_merged_period_each_cell_a_row_of_its_own():
    # zk-an-giang-cho-moi-hdnd-cac-xa-ky-hop-cuoi-nam-2022: «Thực hiện năm 2022» merged over «Xã Tấn Mỹ | Xã Long
    # Điền B | Xã Nhơn Mỹ», no total column (was refused «trùng vai trò 'Kỳ báo cáo'»)
    t = load_table(HELDOUT / "zk-an-giang-cho-moi-hdnd-cac-xa-ky-hop-cuoi-nam-2022" / "figures.csv", period="2022")
    rows = _by_label(t)
    assert rows["Số chỉ tiêu đạt và vượt: Xã Tấn Mỹ"].ky_bao_cao == D(13)
    assert rows["Số chỉ tiêu đạt và vượt: Xã Nhơn Mỹ"].ky_bao_cao == D(14)
    assert rows["Tổng số chỉ tiêu nghị quyết: Xã Nhơn Mỹ"].don_vi_tinh == "chỉ tiêu"
    assert rows["Số hộ nghèo: Xã Long Điền B"].ky_bao_cao == D(80)
    assert rows["Diện tích tưới nhỏ giọt: Xã Tấn Mỹ"].ky_bao_cao == D("49.5")
    assert "Số chỉ tiêu đạt và vượt" not in rows                  # no whole: the page states none
    assert not any(k.endswith("Xã Long Điền B") and k.startswith("Số chỉ tiêu") for k in rows)  # blank cells
    assert len(t.figures) == 15
    assert _warned(t, "số của từng nơi", "năm 2022", "không có số của cả địa bàn")


def test_communes_as_columns_with_no_period_over_them_stay_refused(tmp_path):
    # the same table with only the communes' names as titles: no period says whose the numbers are; the house's
    # rule (tests/test_figures_columns3.py::test_several_unknown_columns_of_numbers_are_an_error_naming_them_and_the_fix,
    # «Xã Đông Tiến | Xã Hàm Trí») refuses it naming the columns and the fix
    path = _write(tmp_path, "xa.csv", "STT,Chỉ tiêu,Đơn vị tính,Xã Tấn Mỹ,Xã Long Điền B,Xã Nhơn Mỹ\n"
                  "1,Số chỉ tiêu đạt và vượt,chỉ tiêu,13,,14\n")
    with pytest.raises(InputError, match="không rõ cột nào là số liệu kỳ báo cáo"):
        load_table(path, period="2022")


def test_provinces_as_columns_with_no_total(tmp_path):
    # held-out zh-mien-nui-phia-bac-thiet-hai-mua-lu-2018-06's page (mưa lũ 6/2018), laid as a province's office
    # lays it without the region's total: «Hà Giang: 38 nhà; Lai Châu: 55 nhà; Thái Nguyên: 24 nhà» …
    path = _write(tmp_path, "lu.csv", "STT,Chỉ tiêu thiệt hại,Đơn vị tính,Tháng 6/2018,,\n"
                  ",,,Tỉnh Hà Giang,Tỉnh Lai Châu,Tỉnh Thái Nguyên\n"
                  "1,Số người chết,người,5,14,\n"
                  "2,Nhà bị đổ và cuốn trôi,nhà,38,55,24\n"
                  "3,Nhà bị hư hỏng,nhà,130,259,150\n"
                  "4,Lúa bị ngập úng,ha,142,474,\n")
    t = load_table(path, period="2018-06")
    rows = _by_label(t)
    assert rows["Số người chết: Tỉnh Lai Châu"].ky_bao_cao == D(14)
    assert rows["Nhà bị đổ và cuốn trôi: Tỉnh Thái Nguyên"].ky_bao_cao == D(24)
    assert rows["Lúa bị ngập úng: Tỉnh Hà Giang"].don_vi_tinh == "ha"
    assert len(t.figures) == 10
    assert _warned(t, "số của từng nơi", "tháng 6 năm 2018")


def test_periods_as_columns_still_load_as_periods(tmp_path):
    # «Năm 2022 | Năm 2023»: the period's column and last year's, not two places
    path = _write(tmp_path, "nam.csv", "STT,Chỉ tiêu,Đơn vị tính,Năm 2022,Năm 2023\n"
                  "1,Tổng thu ngân sách nhà nước,tỷ đồng,12,15\n"
                  "2,Số hộ nghèo,hộ,90,80\n")
    rows = _by_label(load_table(path, period="2023"))
    assert rows["Số hộ nghèo"].ky_bao_cao == D(80)
    assert rows["Số hộ nghèo"].cung_ky == D(90)
    assert len(rows) == 2


# --- 2. a document's number in a column's title is no unit -----------------------------------------------------------

def test_a_decisions_number_in_brackets_is_no_unit():
    # zk-bac-kan-xa-duong-quang-thu-ngan-sach-2018-8t: «Giao tăng thêm (QĐ 1948/QĐ-UBND)» under «Đơn vị tính: triệu
    # đồng» was loaded with unit 'QĐ 1948/QĐ-UBND' (80, not 80 triệu đồng)
    t = load_table(HELDOUT / "zk-bac-kan-xa-duong-quang-thu-ngan-sach-2018-8t" / "figures.csv", period="2018-8T")
    rows = _by_label(t)
    more = rows["Tổng thu ngân sách nhà nước trên địa bàn xã: giao tăng thêm (QĐ 1948/QĐ-UBND)"]
    assert more.don_vi_tinh == "đồng" and more.ky_bao_cao == D(80_000_000)
    assert _warned(t, "số hiệu văn bản", "QĐ 1948/QĐ-UBND")


def test_a_prime_ministers_decision_with_its_year_is_no_unit(tmp_path):
    # t3-badinh-ccb-2017: «giải quyết 42 trường hợp hưởng chế độ theo Quyết định 142/2008/QĐ-TTg …, Quyết định
    # 62/2011/QĐ-TTg»; a unit in brackets stays a unit
    path = _write(tmp_path, "ccb.csv", "STT,Chỉ tiêu,Đơn vị tính,Năm 2017,Giải quyết theo (QĐ 62/2011/QĐ-TTg),"
                  "Kinh phí (triệu đồng)\n"
                  "1,Hội viên kết nạp mới,hội viên,56,,\n"
                  "2,Trường hợp hưởng chế độ,trường hợp,42,42,\"836,5\"\n")
    rows = _by_label(load_table(path, period="2017"))
    assert rows["Trường hợp hưởng chế độ: giải quyết theo (QĐ 62/2011/QĐ-TTg)"].don_vi_tinh == "trường hợp"
    assert rows["Trường hợp hưởng chế độ: kinh phí"].don_vi_tinh == "đồng"


# --- 3. a plan given at the start of the year is the plan, no opening balance ----------------------------------------

def test_the_estimate_given_at_the_start_of_the_year_is_the_plan():
    # zk-bac-kan-xa-duong-quang: «Dự toán giao đầu năm (QĐ 2384/QĐ-UBND) | Giao tăng thêm | Dự toán sau điều chỉnh»
    # — the first was dropped as an opening balance; the adjusted plan is the plan (220 = 86,3% of 254,7), the plan
    # first given a row of its own
    t = load_table(HELDOUT / "zk-bac-kan-xa-duong-quang-thu-ngan-sach-2018-8t" / "figures.csv", period="2018-8T")
    rows = _by_label(t)
    total = rows["Tổng thu ngân sách nhà nước trên địa bàn xã"]
    assert total.ky_bao_cao == D(220_000_000) and total.ke_hoach == D(254_700_000)
    given = rows["Tổng thu ngân sách nhà nước trên địa bàn xã: dự toán giao đầu năm (QĐ 2384/QĐ-UBND)"]
    assert given.ky_bao_cao == D(147_700_000) and given.don_vi_tinh == "đồng"
    assert _warned(t, "hai cột kế hoạch", "Dự toán sau điều chỉnh")
    assert not _warned(t, "số đầu kỳ")


def test_a_plan_at_the_start_of_the_year_alone_is_the_plan_and_an_opening_balance_stays_aside(tmp_path):
    # c12-tkv-than-2018-11: «sản lượng than tiêu thụ của TKV đạt 40 triệu tấn, tăng 4 triệu tấn so với kế hoạch đầu
    # năm và tăng 4,4 triệu tấn so với cùng kỳ 2017»; «Số dư đầu năm» is still a base, not a plan
    path = _write(tmp_path, "than.csv", "STT,Chỉ tiêu,Đơn vị tính,Kế hoạch đầu năm,Năm 2018,Năm 2017,Số dư đầu năm\n"
                  "1,Than tiêu thụ,triệu tấn,36,40,\"35,6\",\n"
                  "2,Than tồn kho,triệu tấn,,5,,\"7,5\"\n")
    t = load_table(path, period="2018")
    rows = _by_label(t)
    assert rows["Than tiêu thụ"].ke_hoach == D(36_000_000) and rows["Than tiêu thụ"].ky_bao_cao == D(40_000_000)
    assert rows["Than tiêu thụ"].cung_ky == D(35_600_000)
    assert _warned(t, "số đầu kỳ", "Số dư đầu năm")
