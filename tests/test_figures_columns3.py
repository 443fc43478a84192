"""Value columns agencies title their own way: a cut-off date, a reporting verb, a running total, a
comparison, a plan by its abbreviation, no known title at all, a two-row header.

The tables in ``tests/fixtures/figures/`` are laid out the way a district office
writes its biểu (title rows, STT, Vietnamese notation; the workbooks are built by
``make_workbooks.py``), after the column titles of public tables such as
qdnd.vn/608493 (``Kế hoạch năm 2019 | Ước thực hiện năm 2019 | Đánh giá``) and
mpi.gov.vn/624918 (``Kế hoạch năm 2021 Quốc hội giao | Mục tiêu phấn đấu …``).
Each must load — a refused table leaves the user stuck at the first step — with
a Vietnamese warning naming the column it set aside or guessed, and an error
only where no rule can tell which column holds the period's values.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.errors import InputError
from service.figures.load import load_table, validate_file
from service.figures.read import join_header
from service.figures.schema import CUMULATIVE, DERIVED, read_title

HERE = Path(__file__).parent / "fixtures" / "figures"


def write(tmp_path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def warned(path, **kw) -> dict[str | None, str]:
    """column → message of every warning (the file must load: no error)."""
    problems = validate_file(path, **kw)
    assert not [str(p) for p in problems if p.is_error], [str(p) for p in problems if p.is_error]
    return {p.column: p.message for p in problems}


def cli_validate(path) -> dict:
    from service.cli import app

    return json.loads(CliRunner().invoke(app, ["figures", "validate", str(path), "--format", "json"]).stdout)


# ---------------------------------------------------------------- titles read by rule

@pytest.mark.parametrize("title", ["Kết quả đến 30/6/2019", "Thực hiện đến 15/12/2023", "Số liệu tính đến ngày 30/11",
                                   "TH 6 tháng", "Thực hiện 6 tháng đầu năm 2024", "Ước thực hiện năm 2024",
                                   "Ước TH cả năm", "Kết quả", "Số lượng", "Số liệu", "Giá trị", "Tháng báo cáo",
                                   "Kết quả đến ngày 30 tháng 6 năm 2024"])
def test_a_value_column_titled_by_a_date_or_a_reporting_verb_holds_the_periods_values(tmp_path, title):
    p = write(tmp_path, "t.csv", f'STT,Chỉ tiêu,ĐVT,{title}\n1,Số buổi tuyên truyền,buổi,"1.250"\n')
    [f] = load_table(p)
    assert (f.chi_tieu, f.ky_bao_cao) == ("Số buổi tuyên truyền", 1250)


def test_a_date_in_a_title_is_read_as_the_end_of_the_values_period():
    assert read_title("Kết quả đến 30/6/2019").date == (2019, 6, 30)
    assert read_title("Số liệu tính đến ngày 30/11").date == (None, 11, 30)
    assert read_title("Kết quả đến ngày 30 tháng 6 năm 2024").date == (2024, 6, 30)
    assert read_title("Tháng 6/2024").date is None and read_title("Tháng 6/2024").period.code == "2024-06"
    assert read_title("Quý II/2024").date is None


@pytest.mark.parametrize("title", ["So sánh (%)", "Tỷ lệ %", "% so với cùng kỳ", "Tăng/giảm", "Tăng (+), giảm (-)",
                                   "% KH", "Đạt % kế hoạch", "So cùng kỳ (%)", "TH/KH (%)", "So với KH", "Chênh lệch"])
def test_comparison_columns_are_derived(title):
    assert read_title(title).column == DERIVED


@pytest.mark.parametrize("title", ["Số cùng kỳ", "Kỳ báo cáo (%)", "Cùng kỳ năm trước", "Kết quả"])
def test_a_number_is_not_a_comparison(title):
    """``Số cùng kỳ`` (the number a year before) is not ``So cùng kỳ`` (compared with it)."""
    assert read_title(title).column not in (DERIVED, None)


@pytest.mark.parametrize("title", ["Lũy kế từ đầu năm", "Luỹ kế", "Cộng dồn", "Lũy kế đến nay", "Tổng số từ đầu nhiệm kỳ"])
def test_running_totals_are_recognised(title):
    ct = read_title(title)
    assert ct.cumulative and ct.column == "ky_bao_cao" and CUMULATIVE == "cumulative"


@pytest.mark.parametrize("title", ["KH 2024", "KH năm", "Chỉ tiêu giao", "Kế hoạch năm 2024", "Mục tiêu",
                                   "Kế hoạch năm 2021 Quốc hội giao", "Chỉ tiêu đăng ký", "Chỉ tiêu phấn đấu năm 2024",
                                   "Chỉ tiêu đề ra", "Đăng ký"])
def test_plan_columns_by_abbreviation_period_or_head_word(title):
    assert read_title(title).column == "ke_hoach"


def test_a_count_registered_is_a_plan_only_beside_a_value_and_the_label_column_stays_the_label(tmp_path):
    """``Số đăng ký`` reads as a plan by its grammar (what was pledged), but alone it is the table's one column of
    numbers: the value, with a warning (``tests/test_figures_columns5.py`` has it beside ``Số đạt``)."""
    assert read_title("Số đăng ký").aim and read_title("Chỉ tiêu").column == "chi_tieu"
    [f] = load_table(write(tmp_path, "dk.csv", "STT,Chỉ tiêu,ĐVT,Số đăng ký\n1,Thanh niên đăng ký NVQS,người,312\n"))
    assert (f.chi_tieu, f.ky_bao_cao, f.ke_hoach) == ("Thanh niên đăng ký NVQS", 312, None)


def test_th_cung_ky_is_last_years_value():
    assert read_title("TH cùng kỳ").column == "cung_ky"


# ---------------------------------------------------------------- agency tables

def test_values_to_a_cut_off_date_with_a_comparison_column():
    """``Kết quả đến 30/6/2019`` in a 6-month biểu: the period's values; ``So sánh (%)`` set aside."""
    path = HERE / "dan-van-2019-h1-den-ngay.csv"
    t = load_table(path)
    assert t.period == "2019-H1"
    got = {f.ma: (f.ky_bao_cao, f.cung_ky) for f in t}
    assert got["I.1"] == (46, 41) and got["I.2"] == (3215, 2980) and got["II.3"] == (Decimal("2345500000"), 1870000000)
    assert got["II.2.a"] == (430, None)
    w = warned(path)
    assert "cột số so sánh" in w["So sánh (%)"] and "bỏ qua cột này" in w["So sánh (%)"]
    # told another period: the date does not lie in it; still loaded, and said (the file's own title row disagrees)
    problems = validate_file(path, period="2020-H1")
    dated = [p for p in problems if p.column == "Kết quả đến 30/6/2019"]
    assert dated and "ngoài kỳ báo cáo 6 tháng đầu năm 2020" in dated[0].message and not dated[0].is_error


def test_two_dated_columns_are_the_period_and_a_year_before(tmp_path):
    p = write(tmp_path, "d.csv", "STT;Nội dung;ĐVT;Đến 30/6/2023;Đến 30/6/2024\n1;Số vụ;vụ;18;20\n")
    [f] = load_table(p)
    assert (f.ky_bao_cao, f.cung_ky) == (20, 18)
    [f] = load_table(p, period="2023-H1")  # told the period: 2023 holds the values
    assert (f.ky_bao_cao, f.cung_ky) == (18, None)


def test_a_running_total_beside_the_months_value_is_a_row_of_its_own_and_its_only_rows_are_no_months_value():
    """``Thực hiện tháng 11 | Lũy kế từ đầu năm``: the month's value, and each running total as a row of its own
    (label + ``(từ đầu năm)``, code + ``-LK``); rows filled only in the running total (no traffic accident
    this month, households that signed in January) load that row alone, never as the month's value, with one
    warning, not errors (``tests/test_figures_columns5.py`` has the checker reading both)."""
    path = HERE / "cong-an-2023-11-luy-ke.csv"
    t = load_table(path)
    assert t.period == "2023-11"
    lk = " (từ đầu năm)"
    # (stop 40: the «So cùng kỳ (%)» index of a running total is kept as «…: so với cùng kỳ», asserted below)
    assert [(f.ma, f.chi_tieu, f.ky_bao_cao) for f in t if not f.chi_tieu.endswith(": so với cùng kỳ")] == [
        ("1", "Số vụ phạm pháp hình sự", 2), ("1-LK", "Số vụ phạm pháp hình sự" + lk, 19),
        ("2", "Số đối tượng bị bắt giữ", 3), ("2-LK", "Số đối tượng bị bắt giữ" + lk, 27),
        ("3-LK", "Số vụ tai nạn giao thông" + lk, 4),
        ("4", "Số buổi tuyên truyền phòng chống tội phạm", 5),
        ("4-LK", "Số buổi tuyên truyền phòng chống tội phạm" + lk, 48),
        ("5-LK", "Số hộ gia đình ký cam kết an toàn về ANTT" + lk, 1245),
        ("6", "Số vũ khí thô sơ thu hồi", 1), ("6-LK", "Số vũ khí thô sơ thu hồi" + lk, 12)]
    # (round 40: the running total's own «Tăng (+), giảm (-)» −3 gives its last year's 22, as a period row's change
    # gives its own; the index 86,4 = 19/22 is then no row of its own, as for a period row)
    assert {f.ma: f.cung_ky for f in t if f.ma.endswith("-LK") and f.cung_ky is not None} == {
        "1-LK": Decimal(22), "2-LK": Decimal(25), "3-LK": Decimal(6)}
    assert not [f for f in t if f.chi_tieu.endswith(": so với cùng kỳ")]
    w = warned(path)
    assert w["Lũy kế từ đầu năm"] == ("cột số lũy kế (cộng dồn), không phải số của riêng kỳ báo cáo (số liệu kỳ báo "
                                      "cáo lấy ở cột 'Thực hiện tháng 11'): mỗi số lũy kế được nạp thành một hàng "
                                      "riêng, tên chỉ tiêu thêm «(từ đầu năm)», mã thêm «-LK»")
    assert "2 hàng chỉ có số lũy kế ở cột 'Lũy kế từ đầu năm'" in w["Thực hiện tháng 11"] and "hàng 7, 9" in \
        w["Thực hiện tháng 11"] and "chỉ nạp hàng lũy kế" in w["Thực hiện tháng 11"]
    assert "cột số so sánh" in w["So cùng kỳ (%)"] and "cột số so sánh" in w["Tăng (+), giảm (-)"]


def test_a_running_total_that_is_the_only_value_column_is_loaded_as_the_value():
    path = HERE / "hoi-nong-dan-nhiem-ky-luy-ke.xlsx"
    t = load_table(path)
    assert t.period == "2018-2023"
    assert [(f.ma, f.ky_bao_cao) for f in t] == [("1", 312), ("2", 1046), ("3", 1_850_000_000), ("4", 9)]
    assert warned(path)["Tổng số từ đầu nhiệm kỳ"] == (
        "bảng chỉ có cột số lũy kế (cộng dồn): đã lấy làm số liệu kỳ báo cáo; nếu có số của riêng kỳ này, thêm cột "
        "'Kỳ báo cáo'")


def test_plan_actual_estimate_and_comparisons_in_one_workbook():
    """``KH năm 2024 | TH 6 tháng đầu năm 2024 | Ước thực hiện năm 2024 | % KH | % so với cùng kỳ | Đánh giá``: the
    half-year's actual is the value, the plan is kept; the year's estimate (a period holding the half-year) is a row
    of its own «<chỉ tiêu> (ước thực hiện năm 2024)» under the year's plan (round 13; before: set aside)."""
    path = HERE / "ktxh-2024-h1-ke-hoach.xlsx"
    t = load_table(path)
    assert t.period == "2024-H1"
    got = {f.ma: (f.ky_bao_cao, f.ke_hoach) for f in t if not f.chi_tieu.endswith(": so với cùng kỳ")}
    assert {f.ma for f in t if f.chi_tieu.endswith(": so với cùng kỳ")} == {"I.1-TL", "I.2-TL"}  # (stop 40: indexes)
    assert got == {"I.1": (Decimal("812.5"), 1250), "I.2": (2_475_300_000, 4_500_000_000), "II.1": (6, 15),
                   "II.2": (Decimal("90.4"), 92), "I.1-U2024": (1260, 1250), "I.2-U2024": (4_600_000_000, 4_500_000_000),
                   "II.1-U2024": (15, 15), "II.2-U2024": (Decimal("92.2"), 92)}
    w = warned(path)
    assert w["Ước thực hiện năm 2024"] == ("số ước tính cả năm 2024 (kỳ dài hơn kỳ báo cáo): mỗi ô nạp thành một hàng "
                                          "riêng «<chỉ tiêu> (ước thực hiện năm 2024)»")
    assert {"% KH", "% so với cùng kỳ"} <= {c for c, m in w.items() if "cột số so sánh" in m}
    assert w["Đánh giá"] == "cột không thuộc bảng số liệu: bỏ qua cột này"
    assert cli_validate(path)["valid"] is True


def test_an_estimate_of_the_year_beside_the_half_years_actual_without_a_title_row(tmp_path):
    """Nothing names the period: the year's estimate is the outlook, the half-year's actual is the period's."""
    p = write(tmp_path, "u.csv", "Chỉ tiêu,ĐVT,Thực hiện 6 tháng đầu năm 2024,Ước thực hiện năm 2024\nSố lớp,lớp,3,7\n")
    t = load_table(p)
    assert (t.period, t.figures[0].ky_bao_cao) == ("2024-H1", 3)
    p = write(tmp_path, "v.csv", "Chỉ tiêu,ĐVT,Thực hiện năm 2023,Ước thực hiện năm 2024\nSố lớp,lớp,6,7\n")
    t = load_table(p)  # last year's actual beside this year's estimate: this year's
    assert (t.period, t.figures[0].ky_bao_cao, t.figures[0].cung_ky) == ("2024", 7, 6)


def test_a_lone_column_of_numbers_under_an_unknown_title_is_the_value():
    path = HERE / "tuyen-truyen-toan-huyen.csv"
    t = load_table(path)
    assert [(f.ma, f.ky_bao_cao) for f in t] == [("1", 86), ("2", 1240), ("3", 2105), ("5", Decimal("96.5"))]
    assert warned(path)["Toàn huyện"] == ("không có cột 'Kỳ báo cáo': đã lấy cột 'Toàn huyện' (cột số duy nhất) "
                                          "làm số liệu kỳ báo cáo; đổi tiêu đề cột thành 'Kỳ báo cáo' nếu đúng")


def test_columns_per_place_beside_the_whole_area_take_the_whole():
    path = HERE / "tuyen-truyen-cac-xa.csv"
    t = load_table(path)
    assert [(f.ma, f.ky_bao_cao) for f in t if not f.don_vi] == [("1", 86), ("2", 1240)]
    assert [(f.ma, f.don_vi) for f in t if f.don_vi][:2] == [("1-2", "Xã Đông Tiến"), ("1-3", "Xã Hàm Trí")]  # round 8
    w = warned(path)
    assert "(số của toàn địa bàn)" in w["Toàn huyện"] and "'Xã Đông Tiến', 'Xã Hàm Trí'" in w["Toàn huyện"]


def test_several_unknown_columns_of_numbers_are_an_error_naming_them_and_the_fix(tmp_path):
    p = write(tmp_path, "Biểu 02.csv", "STT,Chỉ tiêu,ĐVT,Xã Đông Tiến,Xã Hàm Trí,Người nhập\n1,Số vụ,vụ,1,2,Lan\n")
    problems = validate_file(p, name="Biểu 02.csv")
    errors = [x for x in problems if x.is_error]
    assert [(x.file, x.row) for x in errors] == [("Biểu 02.csv", 1)]
    assert errors[0].message == ("không rõ cột nào là số liệu kỳ báo cáo: các cột 'Xã Đông Tiến', 'Xã Hàm Trí' đều "
                                 "có số; đặt tiêu đề 'Kỳ báo cáo' cho cột số liệu của kỳ này (cột khác: 'Cùng kỳ năm "
                                 "trước', 'Kế hoạch', hoặc xóa cột); hàng 1 được lấy làm hàng tiêu đề: «STT | Chỉ tiêu "
                                 "| ĐVT | Xã Đông Tiến | Xã Hàm Trí | Người nhập»")
    assert not any("thiếu cột" in x.message for x in problems)
    with pytest.raises(InputError, match="Xã Đông Tiến"):
        load_table(p)


def test_a_column_of_text_is_not_taken_for_the_value(tmp_path):
    p = write(tmp_path, "x.csv", "Chỉ tiêu,ĐVT,Đánh giá\nSố vụ,vụ,Đạt\nSố buổi,buổi,Vượt\n")
    errors = [x.message for x in validate_file(p) if x.is_error]
    assert len(errors) == 1 and errors[0].startswith("thiếu cột 'Kỳ báo cáo' (số liệu của kỳ báo cáo): hàng 1 được lấy "
                                                     "làm hàng tiêu đề: «Chỉ tiêu | ĐVT | Đánh giá»; cần một cột số")


def test_an_explicit_period_column_beats_a_plain_result_column(tmp_path):
    p = write(tmp_path, "k.csv", "Chỉ tiêu,ĐVT,Kết quả,Kỳ báo cáo\nSố vụ,vụ,9,12\n")
    [f] = load_table(p)
    assert f.ky_bao_cao == 12
    assert warned(p)["Kết quả"] == "đã lấy cột 'Kỳ báo cáo' làm số liệu kỳ báo cáo: bỏ qua cột này"


def test_two_plain_value_columns_are_still_an_error(tmp_path):
    p = write(tmp_path, "h.csv", "Chỉ tiêu,ĐVT,Thực hiện,Kết quả\nSố vụ,vụ,9,12\n")
    errors = [x for x in validate_file(p) if x.is_error]
    assert [(x.column, x.message) for x in errors] == [
        ("Kết quả", "trùng vai trò 'Kỳ báo cáo' với cột 'Thực hiện': chỉ giữ một cột (hàng 1 được lấy làm hàng tiêu "
                    "đề: «Chỉ tiêu | ĐVT | Thực hiện | Kết quả»)")]


def test_two_plan_columns_keep_the_first_with_a_warning(tmp_path):
    p = write(tmp_path, "qh.csv", "TT,Chỉ tiêu,Đơn vị,Kế hoạch năm 2021 Quốc hội giao,Mục tiêu phấn đấu năm 2021 của "
              "Chính phủ,Ước thực hiện năm 2021\n1,Số giường bệnh trên 1 vạn dân,giường bệnh,27,\"27,5\",28\n")
    [f] = load_table(p)
    assert (f.ky_bao_cao, f.ke_hoach, f.don_vi_tinh) == (28, 27, "giường bệnh")
    assert "dùng cột 'Kế hoạch năm 2021 Quốc hội giao'" in warned(p)["Mục tiêu phấn đấu năm 2021 của Chính phủ"]


# ---------------------------------------------------------------- two-row headers

def test_a_group_title_over_sub_titles_is_joined_when_it_names_the_period():
    assert join_header(["STT", "Chỉ tiêu", "Năm 2023", "", "Năm 2024", "", "So sánh"],
                       ["", "", "KH", "TH", "KH", "TH", "%"]) == \
        ["STT", "Chỉ tiêu", "Năm 2023 KH", "Năm 2023 TH", "Năm 2024 KH", "Năm 2024 TH", "%"]
    # a group that names no period: the sub-titles alone (they name the periods)
    assert join_header(["Chỉ tiêu", "Kết quả thực hiện", ""], ["", "Quý II/2024", "Quý II/2023"]) == \
        ["Chỉ tiêu", "Quý II/2024", "Quý II/2023"]


def test_a_two_row_header_with_years_merged_over_plan_and_actual():
    path = HERE / "doan-2024-hai-hang-tieu-de.xlsx"
    t = load_table(path)
    assert t.period == "2024"
    assert [(f.chi_tieu, f.ky_bao_cao, f.ke_hoach, f.cung_ky) for f in t] == [
        ("Số đoàn viên kết nạp mới", 47, 45, 43), ("Số công trình thanh niên", 5, 4, 3),
        ("Số thanh niên được giới thiệu việc làm", 71, 60, 52)]
    w = warned(path)
    assert w["Năm 2023 KH"] == "số liệu của kỳ khác (2023): bỏ qua cột này" and "cột số so sánh" in w["%"]


def test_an_estimate_beside_the_actual_when_neither_names_its_year(tmp_path):
    """``KH năm | TH 6 tháng | Ước TH cả năm``: the actual is the period's value, the estimate the outlook."""
    p = write(tmp_path, "e.csv", "TT;Chỉ tiêu;ĐVT;KH năm;TH 6 tháng;Ước TH cả năm\n1;Số lớp tập huấn;lớp;12;5;12\n")
    [f] = load_table(p)
    assert (f.ky_bao_cao, f.ke_hoach) == (5, 12)
    assert warned(p)["Ước TH cả năm"] == "số ước tính: đã lấy cột 'TH 6 tháng' làm số liệu kỳ báo cáo: bỏ qua cột này"
