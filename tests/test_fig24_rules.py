"""Figures loader round 24: each rule on the round's sheet that asked for it and on a second layout
(evaluations/figures-round24.md)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from evaluations.data.figures_build import write_xlsx
from service.figures.load import load_table
from tests.figures_sheets import by_label, warned, write

DATA = Path(__file__).parent.parent / "evaluations" / "data" / "figures-round24"
B = 10**9


# 1. A blank cell of a workbook is no plan (columns._plan_cell)

def test_a_rate_of_the_plan_on_a_row_with_no_plan_in_a_workbook_is_kept():
    # e08: «So với kế hoạch năm (%)» 67,7 and 68,9 on the rows whose plan cell is empty (None in an XLSX)
    rows = by_label(load_table(DATA / "e08-congthuongthainguyen-9t-2020.xlsx", period="2020-9T"))
    assert rows["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng: so với kế hoạch năm"].ky_bao_cao == D("67.7")
    assert rows["Giá trị xuất khẩu: so với kế hoạch năm"].ky_bao_cao == D("68.9")
    assert "Giá trị sản xuất công nghiệp (giá so sánh 2010): so với kế hoạch năm" not in rows   # its plan gives it


def test_a_blank_plan_cell_of_another_workbook_keeps_the_rows_rate(tmp_path):
    path = tmp_path / "a.xlsx"
    write_xlsx(path, [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Tỷ lệ so với kế hoạch (%)"],
                      ["1", "Số hộ được hỗ trợ nhà ở", "Hộ", 200, 210, 105],
                      ["2", "Số lao động được đào tạo nghề", "Người", None, 1250, 96.2]])
    rows = by_label(load_table(path, period="2023"))
    assert rows["Số lao động được đào tạo nghề: tỷ lệ so với kế hoạch"].ky_bao_cao == D("96.2")
    assert rows["Số hộ được hỗ trợ nhà ở"].ke_hoach == 200


# 2. A rate of a plan the row's plan does not give back is of another plan: kept (load._measure_figures)

def test_the_rate_of_a_second_plan_is_kept_beside_the_plan_column():
    # e04: 253.174 tấn against «Kế hoạch đăng ký» 245.290 (103,21 %), and «So với kế hoạch năm 2016 điều chỉnh» 104,96
    rows = by_label(load_table(DATA / "e04-tapchicaosu-vrg-2016.csv", period="2016"))
    assert rows["Sản lượng khai thác"].ke_hoach == 245290
    assert rows["Sản lượng khai thác: so với kế hoạch năm 2016 điều chỉnh"].ky_bao_cao == D("104.96")


def test_two_rated_plans_each_keep_their_named_rate():
    # e04: the rate the plan column gives back (103,21 % of «Kế hoạch đăng ký với Bộ») is kept too, named
    t = load_table(DATA / "e04-tapchicaosu-vrg-2016.csv", period="2016")
    rows = by_label(t)
    assert rows["Sản lượng khai thác: so với kế hoạch đăng ký"].ky_bao_cao == D("103.21")
    assert warned(t, "hai cột tỷ lệ so với hai kế hoạch khác nhau", "So với kế hoạch đăng ký (%)")


def test_a_rate_its_plan_gives_back_is_not_repeated(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2022,Thực hiện năm 2022,Tỷ lệ so với kế hoạch (%)\n"
                                    "1,Trồng rừng tập trung,ha,400,\"431\",\"107,8\"\n2,Trồng cây phân tán,cây,,12000,\"80\"\n")
    rows = by_label(load_table(path, period="2022"))
    assert "Trồng rừng tập trung: tỷ lệ so với kế hoạch" not in rows and rows["Trồng rừng tập trung"].ke_hoach == 400
    assert rows["Trồng cây phân tán: tỷ lệ so với kế hoạch"].ky_bao_cao == D("80")


def test_one_rate_column_its_plan_does_not_give_back_is_left_to_the_checker(tmp_path):
    # one plan, one rate column: «107» beside 431 of 400 (107,75 → 108) is a slip, not a second plan
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2022,Thực hiện năm 2022,Tỷ lệ so với kế hoạch (%)\n"
                                    "1,Trồng rừng tập trung,ha,400,431,105\n")
    rows = by_label(load_table(path, period="2022"))
    assert list(rows) == ["Trồng rừng tập trung"] and rows["Trồng rừng tập trung"].ke_hoach == 400


# 3. A stated rate of change the row's last year does not give back is kept, said (load: ``unmatched``)

def test_a_stated_change_the_rounded_amounts_do_not_give_back_is_kept():
    # e05: «Tổng chi | 13.500 | … | 15.000 | … | 14,2» — 15.000 / 13.500 is 11,1 %: the stated 14,2 kept, said
    t = load_table(DATA / "e05-tienphong-daklak-ngansach-2018.csv", period="2018")
    rows = by_label(t)
    assert rows["Tổng chi ngân sách địa phương: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("14.2")
    assert rows["Tổng chi ngân sách địa phương"].cung_ky == 13500 * B
    assert warned(t, "không khớp", "hàng 7")


def test_a_stated_change_beside_exact_numbers_is_a_slip_said_not_kept(tmp_path):
    # 36 / 40 gives −10 (nothing to keep); 25 / 30 gives −16,7 against a stated −10: whole counts are exact, so the
    # stated rate is a slip — not kept (the checker sees the row's numbers), said; 15.000 / 13.500 tỷ, rounded, keep
    # their stated 14,2 (zh-binh-dinh-dang-ky-doanh-nghiep-2017-4t: «113» beside 1.986 / 921 tỷ stays a slip)
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2022,Năm 2023,Tăng so với năm 2022 (%)\n"
                                    "1,Số vụ tai nạn giao thông,vụ,40,36,-10\n2,Số người chết,người,30,25,\"-10\"\n"
                                    "3,Chi ngân sách,tỷ đồng,\"13.500\",\"15.000\",\"14,2\"\n")
    t = load_table(path, period="2023")
    rows = by_label(t)
    assert "Số vụ tai nạn giao thông: tốc độ tăng so với cùng kỳ" not in rows
    assert "Số người chết: tốc độ tăng so với cùng kỳ" not in rows and rows["Số người chết"].cung_ky == 30
    assert warned(t, "hàng 3", "không nạp (có thể ghi nhầm)")
    assert rows["Chi ngân sách: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("14.2")


# 4. An increase column whose numbers all lie near 100 holds indexes: kept as indexes, said (columns._like_indexes)

def test_indexes_under_an_increase_title_are_read_as_indexes_and_said():
    # e02: «Tăng so với cùng kỳ (%)» over the page's «bằng 100,3%», «bằng 76,3% … cùng kỳ»
    t = load_table(DATA / "e02-tapchicaosu-vrg-2014.csv", period="2014")
    rows = by_label(t)
    assert rows["Sản lượng thu mua: so với cùng kỳ"].ky_bao_cao == D("100.3")
    assert rows["Doanh thu kinh doanh cao su: so với cùng kỳ"].ky_bao_cao == D("76.3")
    assert not any("tốc độ tăng" in label for label in rows)
    assert warned(t, "quanh 100", "từ 76,3 đến 118,9", "chỉ số so với cùng kỳ", "Tăng so với cùng kỳ (%)")


def test_rates_under_an_increase_title_stay_rates(tmp_path):
    # e10: 65,77 | 19,84 | 10,69 | 0,66: rates of change; and 60 | 75 | 140 (middle 75, far from 100): rates too
    rows = by_label(load_table(DATA / "e10-dalatinfo-congnghiep-2021-q1.csv", period="2021-Q1"))
    assert rows["Bia: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D("65.77")
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2022,Tăng so với cùng kỳ (%)\n1,Khách quốc tế,lượt,1200,140\n"
                                    "2,Khách nội địa,lượt,5400,60\n3,Doanh thu,tỷ đồng,90,75\n")
    rows = by_label(load_table(path, period="2022"))
    assert rows["Khách quốc tế: tốc độ tăng so với cùng kỳ"].ky_bao_cao == D(140)


# 5. A row stating its changes alone in two periods keeps both, the report period's as the row (load._other_changes)

def test_a_row_of_changes_alone_in_two_periods_keeps_both():
    # e07: «Giá trị sản xuất chăn nuôi | % | | 9,67 | | 3,76» under «Quý III năm 2020 | 9 tháng năm 2020»
    rows = by_label(load_table(DATA / "e07-thuviensuckhoe-channuoi-2020-9t.xlsx", period="2020-9T"))
    nine = [f for label, f in rows.items() if label.startswith("Giá trị sản xuất chăn nuôi") and "9 tháng" in label]
    quarter = [f for label, f in rows.items() if label.startswith("Giá trị sản xuất chăn nuôi") and "quý III" in label]
    assert [f.ky_bao_cao for f in nine] == [D("3.76")] and [f.ky_bao_cao for f in quarter] == [D("9.67")]
    assert nine[0].ma == "1"    # the report period's rate is the row's own figure


def test_a_row_of_changes_alone_in_a_month_and_the_months_so_far(tmp_path):
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Tháng 5/2024,Tăng/giảm (%),5 tháng năm 2024,Tăng/giảm 5 tháng (%)\n"
                                    "1,Chỉ số sản xuất công nghiệp,%,,\"-2,1\",,\"4,5\"\n"
                                    "2,Điện sản xuất,triệu kWh,120,\"3,2\",610,\"5,1\"\n")
    t = load_table(path, period="2024-05")
    got = sorted(f.ky_bao_cao for f in t if f.chi_tieu.startswith("Chỉ số sản xuất công nghiệp"))
    assert got == [D("-2.1"), D("4.5")]


# 6. A sheet of plans and their rates, no column of the amount done, is loaded and the missing column said
#    (columns.plan_and_rates_only; load: the plan-only rows; _dated_by_header)

def test_a_sheet_of_plans_and_rates_is_loaded_and_what_is_missing_said():
    # e01: refused on main («thiếu cột 'Kỳ báo cáo'»)
    t = load_table(DATA / "e01-thoibaotaichinh-vondautucong-2023-q1.csv", period="2023-Q1")
    rows = by_label(t)
    total = "Tổng kế hoạch đầu tư vốn ngân sách nhà nước của 5 địa phương"
    assert rows[f"{total}: kế hoạch vốn năm 2023 Thủ tướng Chính phủ giao"].ky_bao_cao == 92917980000000
    assert rows[f"{total}: giải ngân đến hết tháng 3/2023 so với kế hoạch"].ky_bao_cao == D("2.74")
    assert rows["TP. Hồ Chí Minh: giải ngân đến hết tháng 3/2023 so với kế hoạch"].ky_bao_cao == D("0.89")
    assert all(f.ke_hoach is None and f.cung_ky is None for f in t)   # never a value done against its plan
    assert warned(t, "không có cột số đã thực hiện", "Kế hoạch vốn năm 2023 Thủ tướng Chính phủ giao")


def test_the_held_out_plan_and_rate_sheet_loads():
    # stop 40's yh-vinh-long-…-von-dau-tu-cong-2016: «Kế hoạch vốn năm 2016 | Tỷ lệ thực hiện so với kế hoạch (%)»
    path = Path(__file__).parent.parent / "evaluations" / "cases" / "heldout" / \
        "yh-vinh-long-ubnd-tinh-giai-ngan-von-dau-tu-cong-2016" / "figures.csv"
    rows = by_label(load_table(path, period="2016"))
    assert rows["Tổng nguồn vốn đầu tư công bố trí trong năm 2016: kế hoạch vốn năm 2016"].ky_bao_cao == 2772 * B
    assert rows["Tổng nguồn vốn đầu tư công bố trí trong năm 2016: tỷ lệ thực hiện so với kế hoạch"].ky_bao_cao == 50


def test_a_sheet_of_plans_alone_is_still_refused(tmp_path):
    import pytest
    from service.errors import InputError
    path = write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2025\n1,Trồng rừng,ha,500\n2,Trồng cây phân tán,cây,9000\n")
    with pytest.raises(InputError, match="Kỳ báo cáo"):
        load_table(path, period="2025")


# 7. The statistics office's monthly table: «tháng này» is the report's period, «tháng trước» the one before,
#    «cộng dồn» the running total, each comparison the one its title names (schema.this_period,
#    columns._changes_of_running, read._values_over_stub)

def test_the_month_this_month_and_the_months_so_far_each_where_it_belongs():
    # e03: July 371.500 tỷ was lost and the 7 months' 2.493.400 taken for July's
    rows = by_label(load_table(DATA / "e03-sggp-banle-2018-07.csv", period="2018-07"))
    assert rows["TỔNG SỐ"].ky_bao_cao == 371500 * B
    assert rows["TỔNG SỐ (từ đầu năm)"].ky_bao_cao == 2493400 * B
    assert rows["TỔNG SỐ: so với cùng kỳ"].ky_bao_cao == D("113.3")
    assert rows["TỔNG SỐ (từ đầu năm): so với cùng kỳ"].ky_bao_cao == D("111.1")
    assert rows["Du lịch lữ hành"].ky_bao_cao == 3500 * B


def test_a_quarter_table_of_the_same_office_gives_the_quarter_before(tmp_path):
    path = write(tmp_path, "a.csv", "Đơn vị tính: Tấn,,,,,\n,Thực hiện quý trước,Ước tính quý này,Cộng dồn từ đầu năm,"
                                    "Quý này so với cùng kỳ (%),Cộng dồn so với cùng kỳ (%)\n"
                                    "Sản lượng thủy sản,\"10.250\",\"11.400\",\"21.650\",\"104,2\",\"103,1\"\n"
                                    "Nuôi trồng,\"6.100\",\"6.900\",\"13.000\",\"105,5\",\"104,0\"\n")
    rows = by_label(load_table(path, period="2024-Q2"))
    assert rows["Sản lượng thủy sản"].ky_bao_cao == 11400 and rows["Sản lượng thủy sản"].ky_truoc == 10250
    assert rows["Sản lượng thủy sản (từ đầu năm)"].ky_bao_cao == 21650
    assert rows["Nuôi trồng: so với cùng kỳ"].ky_bao_cao == D("105.5")
    assert rows["Nuôi trồng (từ đầu năm): so với cùng kỳ"].ky_bao_cao == D("104.0")


def test_a_title_pointing_at_this_period_is_the_report_period():
    from service.figures.schema import read_title
    assert read_title("Ước tính tháng này").column == "ky_bao_cao"
    assert read_title("Ước tính quý này").column == "ky_bao_cao"
    assert read_title("Thực hiện tháng trước").column == "ky_truoc"
    assert read_title("Cộng dồn từ đầu năm").cumulative
    assert read_title("Tháng này so với cùng kỳ (%)").column == "derived"


# 8. Hidden rows and columns of a workbook are read as every other cell, and said (read._say_hidden)

def test_a_hidden_column_and_row_are_read_and_said():
    # e08: the year's plan in hidden column D, the central industry's plan-only row 5 hidden
    t = load_table(DATA / "e08-congthuongthainguyen-9t-2020.xlsx", period="2020-9T")
    rows = by_label(t)
    assert rows["Giá trị sản xuất công nghiệp (giá so sánh 2010)"].ke_hoach == 803300 * B
    assert rows["Công nghiệp Trung ương: kế hoạch năm 2020"].ky_bao_cao == 24603 * B
    assert warned(t, "1 cột ẩn (D 'Kế hoạch năm 2020')", "1 hàng ẩn (hàng 5)", "vẫn nạp")


def test_a_hidden_row_of_another_workbook_is_said_and_a_plain_one_says_nothing(tmp_path):
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Năm 2023"], ["1", "Số vụ cháy", "vụ", 12], ["2", "Thiệt hại", "triệu đồng", 850]]
    hidden, plain = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_xlsx(hidden, rows, hidden_rows=(3,))
    write_xlsx(plain, rows)
    t = load_table(hidden, period="2023")
    assert by_label(t)["Thiệt hại"].ky_bao_cao == 850 * 10**6 and warned(t, "1 hàng ẩn (hàng 3)")
    assert not warned(load_table(plain, period="2023"), "ẩn")
