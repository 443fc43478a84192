"""Figures loader round 13: round 12's open items (rule tests on the words of public pages), then agencies' own
sheets, first time (``evaluations/data/figures-round13/``, first look in ``evaluations/figures-round13.md``)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table
from service.figures.schema import fold

DATA = Path(__file__).parent.parent / "evaluations" / "data" / "figures-round13"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _warned(t, *needles):
    """A warning says every needle, in its words or the column it names."""
    return any(all(n in f"{w.message} {w.column or ''}" for n in needles) for w in t.warnings)


def _by_label(t):
    return {f.chi_tieu: f for f in t}


# --- round 12's open items ------------------------------------------------------------------------------------------

def test_a_label_counting_another_noun_than_the_unit_line_takes_its_own_noun(tmp_path):
    # baohatinh.vn 8/2021 «131.323 học sinh tiểu học, tăng 10.217 học sinh tiểu học (tăng hơn 280 lớp)»;
    # baobacgiang.vn Lục Ngạn «tiểu học tăng hơn 1.200 học sinh … quy mô lớp học dự kiến tăng thêm 70 lớp»
    path = _write(tmp_path, "gd.csv", "Đơn vị tính: học sinh,,\n"
                  "STT,Chỉ tiêu,Năm học 2021-2022\n"
                  "1,Số học sinh tiểu học,131.323\n"
                  "2,Số lớp học tiểu học tăng thêm,280\n"
                  "3,Số học sinh tiểu học tăng thêm,10.217\n"
                  "4,Số trường tiểu học,18\n")
    t = _by_label(load_table(path, period="2021-2022"))
    assert t["Số lớp học tiểu học tăng thêm"].don_vi_tinh == "lớp"
    assert t["Số trường tiểu học"].don_vi_tinh == "trường"
    assert t["Số học sinh tiểu học"].don_vi_tinh == "học sinh"
    assert t["Số học sinh tiểu học tăng thêm"].don_vi_tinh == "học sinh"


def test_people_counted_under_a_unit_of_people_keep_the_units_noun(tmp_path):
    # held-out zg-lam-dong-lam-ha-viec-lam-2014-7t: «Số lao động được giải quyết việc làm» under «người»;
    # zc-tphcm-ha-noi-dai-hoc-tot-nghiep-2023: «Tổng số cử nhân tốt nghiệp» under «sinh viên»; money stays money
    path = _write(tmp_path, "ld.csv", "Đơn vị tính: người,,\n"
                  "STT,Chỉ tiêu,7 tháng năm 2014\n"
                  "1,Số lao động được giải quyết việc làm,1.640\n"
                  "2,Số cử nhân tốt nghiệp,4.577\n"
                  "3,Số lớp đào tạo nghề,3\n")
    t = _by_label(load_table(path, period="2014-7T"))
    assert t["Số lao động được giải quyết việc làm"].don_vi_tinh == "người"
    assert t["Số cử nhân tốt nghiệp"].don_vi_tinh == "người"
    assert t["Số lớp đào tạo nghề"].don_vi_tinh == "lớp"
    money = _by_label(load_table(_write(tmp_path, "m.csv", "Đơn vị tính: triệu đồng,,\nSTT,Chỉ tiêu,Năm 2014\n"
                                       "1,Số tiền hỗ trợ,150\n"), period="2014"))
    assert money["Số tiền hỗ trợ"].don_vi_tinh == "đồng"


def test_an_estimate_of_the_year_beside_the_half_year_is_a_row_of_its_own(tmp_path):
    # baogialai.com.vn Chư Pưh 6 tháng 2024: «giá trị sản xuất … ước đạt 2.522,81 tỷ đồng …, ước cả năm 5.300 tỷ»;
    # a quarter beside the half-year's estimate: the estimate of the longer period holding it
    path = _write(tmp_path, "cp.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2024,Thực hiện 6 tháng đầu năm 2024,"
                  "Ước thực hiện năm 2024\n1,Giá trị sản xuất,tỷ đồng,5.200,\"2.522,81\",5.300\n"
                  "2,Tổng diện tích gieo trồng,ha,\"33.800\",\"25.271,9\",\"33.900\"\n")
    t = load_table(path)
    got = {f.ma: (f.chi_tieu, f.ky_bao_cao, f.ke_hoach) for f in t}
    assert t.period == "2024-H1"
    assert got["1"] == ("Giá trị sản xuất", D("2522.81") * 10**9, 5200 * 10**9)
    assert got["1-U2024"] == ("Giá trị sản xuất (ước thực hiện năm 2024)", 5300 * 10**9, 5200 * 10**9)
    assert got["2-U2024"] == ("Tổng diện tích gieo trồng (ước thực hiện năm 2024)", 33900, 33800)
    assert _warned(t, "ước thực hiện năm 2024", "hàng riêng")
    q = load_table(_write(tmp_path, "q.csv", "STT,Chỉ tiêu,ĐVT,Quý I năm 2024,Ước thực hiện 6 tháng đầu năm 2024\n"
                          "1,Số hộ thoát nghèo,hộ,12,30\n"))
    assert {f.ma: (f.chi_tieu, f.ky_bao_cao, f.ke_hoach) for f in q} == {
        "1": ("Số hộ thoát nghèo", 12, None),
        "1-U2024-H1": ("Số hộ thoát nghèo (ước thực hiện 6 tháng đầu năm 2024)", 30, None)}


def test_a_column_of_signs_states_the_change_itself(tmp_path):
    # benxethainguyen.net 5/2015: «1.734 vụ … So với cùng kỳ năm 2014 giảm 400 vụ (-18,74%), giảm 47 người chết»
    # in a `+/-` column; collector (Tết 2026): «giảm 45 vụ … tăng 17 người» under `+/-`
    path = _write(tmp_path, "tngt.csv", "STT,Chỉ tiêu,ĐVT,Tháng 5/2015,+/-\n"
                  "1,Số vụ tai nạn giao thông,vụ,1.734,-400\n2,Số người chết,người,708,-47\n"
                  "3,Số người bị thương,người,1.484,-560\n")
    t = _by_label(load_table(path))
    assert [(f.ky_bao_cao, f.cung_ky) for f in t.values()] == [(1734, 2134), (708, 755), (1484, 2044)]
    t = load_table(_write(tmp_path, "tet.csv", "STT,Chỉ tiêu,ĐVT,Tháng 1/2026,± so cùng kỳ\n"
                          "1,Số vụ,vụ,196,-45\n2,Số người bị thương,người,154,+17\n"), period="2026-01")
    assert [(f.ky_bao_cao, f.cung_ky) for f in t] == [(196, 241), (154, 137)]


def test_a_change_beside_a_blank_last_years_cell_gives_it_a_rise_larger_than_the_value_stays_a_change(tmp_path):
    # held-out zh-binh-dinh-dang-ky-doanh-nghiep-2017-4t: `Cùng kỳ năm 2016` blank, `Tăng (+), giảm (-)` 37 / -23
    # («tạm ngừng hoạt động, tăng 37 trường hợp so với cùng kỳ»; «giải thể có 32 trường hợp, giảm 23 trường hợp»)
    path = _write(tmp_path, "dn.csv", "STT,Chỉ tiêu,ĐVT,Từ 01/01 đến 14/4/2017,Cùng kỳ năm 2016,\"Tăng (+), giảm (-)\"\n"
                  "1,Vốn đăng ký,tỉ đồng,1986,921,\n"
                  "2,Doanh nghiệp đăng ký tạm ngừng hoạt động,doanh nghiệp,119,,37\n"
                  "3,Doanh nghiệp giải thể,doanh nghiệp,32,,-23\n"
                  "4,Doanh nghiệp quay lại hoạt động,doanh nghiệp,12,,30\n")
    t = {f.ma: f for f in load_table(path, period="2017-4T")}
    assert (t["2"].cung_ky, t["3"].cung_ky, t["4"].cung_ky) == (82, 55, None)
    assert (t["4-TG"].chi_tieu, t["4-TG"].ky_bao_cao, t["4-TG"].don_vi_tinh) == (
        "Doanh nghiệp quay lại hoạt động: tăng (+), giảm (-)", 30, "doanh nghiệp")
    assert t["1"].cung_ky == 921 * 10**9
