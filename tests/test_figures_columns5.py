"""Agencies' own tables the loader had not seen (a private batch of 10; these are small copies of their shapes):

1. a culture office's table whose label column has its own title (``Danh hiệu văn hóa``) and two value columns of
   the same year, one registered (``Số đăng ký năm 2012``: the whole to reach) and one achieved (``Số đạt danh
   hiệu năm 2012``) — the header is found (by its titles, or by its shape when they say too little) and the two
   columns are told apart by the grammar of their titles;
2. a police office's monthly traffic table with ``Tháng 11/2019 | Lũy kế từ đầu năm``: the month's value and the
   year to date are both loaded, the running total as a row of its own, and a row with only a running total is
   never the month's value;
3. a commune's health insurance row with ``Năm 2019 | Tổng số dân``: ``Tổng số <noun>`` is the whole, so
   ``đạt 87,7% (8.481/9.669)`` is checkable.

A refused table says which row was taken as the header (or that none was) and what titles were expected, naming
the file.  Each rule is checked on what the drafter reads: the loaded rows, the Vietnamese warnings and errors with
their file, row and column, and the checker's verdicts on the sentence the agency wrote.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from service.checker.check import check_text
from service.errors import InputError
from service.figures.load import load_table, validate_file
from service.figures.schema import read_title, title_grammar
from tests.test_figures_columns4 import warning_on, warnings_of, write  # the last round's helpers, shared


def verdicts(text: str, table) -> list[tuple[str, str, str | None, str | None]]:
    return [(n.text, n.verdict, (n.source or {}).get("ma"), (n.source or {}).get("column"))
            for n in check_text(text, table).numbers if n.verdict != "not_a_figure"]


def cli_validate(*args) -> tuple[int, dict]:
    from service.cli import app

    res = CliRunner().invoke(app, ["figures", "validate", *map(str, args), "--format", "json"])
    return res.exit_code, json.loads(res.stdout)


# ---------------------------------------------------------------- 1. registered and achieved, the same year

CULTURE = """BÁO CÁO KẾT QUẢ PHONG TRÀO TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA NĂM 2012
STT,Danh hiệu văn hóa,ĐVT,{plan},{done},Ghi chú
1,Gia đình văn hóa,gia đình,111.522,96.553,"“có 111.522 gia đình … đăng ký …”"
2,Khu dân cư văn hóa,khu dân cư,"1.024",870,
3,"Cơ quan, đơn vị văn hóa",cơ quan,412,398,
"""
PLAN, DONE = "Số đăng ký năm 2012", "Số đạt danh hiệu năm 2012"


def test_the_registered_column_is_the_plan_and_the_achieved_one_the_value(tmp_path):
    p = write(tmp_path, "Văn hóa 2012.csv", CULTURE.format(plan=PLAN, done=DONE))
    problems = warnings_of(p, name="Văn hóa 2012.csv")
    msg = warning_on(problems, PLAN)
    assert "nạp vào cột 'Kế hoạch'" in msg and "tỷ lệ đạt" in msg
    label = [w for w in problems if w.column == "Danh hiệu văn hóa"]
    assert label and label[0].file == "Văn hóa 2012.csv" and label[0].row == 2 and "làm tên chỉ tiêu" in label[0].message
    table = load_table(p)
    assert table.period == "2012"
    assert [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.ke_hoach) for f in table] == [
        ("Gia đình văn hóa", "gia đình", 96553, 111522), ("Khu dân cư văn hóa", "khu dân cư", 870, 1024),
        ("Cơ quan, đơn vị văn hóa", "cơ quan", 398, 412)]


def test_the_checker_reads_the_registered_number_and_the_share_achieved(tmp_path):
    table = load_table(write(tmp_path, "t.csv", CULTURE.format(plan=PLAN, done=DONE)))
    got = verdicts("Năm 2012 có 111.522 gia đình đăng ký, 96.553 gia đình đạt danh hiệu gia đình văn hóa, "
                   "đạt 86,58%.", table)
    assert got == [("111.522", "supported", "1", "ke_hoach"), ("96.553", "supported", "1", "ky_bao_cao"),
                   ("86,58%", "derived", "1", "ke_hoach")]


@pytest.mark.parametrize("plan", ["Số đăng ký năm 2012", "Đăng ký đạt năm 2012", "Số cần đạt năm 2012",
                                  "Số phải hoàn thành năm 2012", "Mục tiêu năm 2012", "Kế hoạch năm 2012",
                                  "Chỉ tiêu năm 2012", "Số được giao năm 2012"])
@pytest.mark.parametrize("done", ["Số đạt danh hiệu năm 2012", "Số thực hiện năm 2012", "Kết quả năm 2012",
                                  "Số hoàn thành năm 2012"])
def test_plan_and_achieved_columns_are_read_by_the_first_word_of_their_grammar(tmp_path, plan, done):
    table = load_table(write(tmp_path, "t.csv", CULTURE.format(plan=plan, done=done)))
    assert [(f.ky_bao_cao, f.ke_hoach) for f in table] == [(96553, 111522), (870, 1024), (398, 412)]


@pytest.mark.parametrize("title,reads", [
    ("Số đăng ký", "ke_hoach"), ("Đăng ký đạt", "ke_hoach"), ("Số cần tiêm vét", "ke_hoach"),
    ("Số được giao", "ke_hoach"), ("Số đạt danh hiệu", "ky_bao_cao"), ("Số xã đạt chỉ tiêu", "ky_bao_cao"),
    ("Số chỉ tiêu đạt", "ky_bao_cao"), ("Số thực hiện", "ky_bao_cao"), ("Số còn phải tiêm", None),
    ("Xã Cần Đăng", None), ("Số vụ tai nạn giao thông", None), ("Danh hiệu văn hóa", None),
    ("Kinh phí thực hiện", None), ("Thời gian thực hiện", None)])
def test_the_first_marker_of_a_title_decides_plan_or_achieved(title, reads):
    assert title_grammar(title) == reads


def test_an_achieved_column_loses_to_one_named_as_the_value(tmp_path):
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Kết quả,Số đạt chuẩn\n1,Xã đạt chuẩn nông thôn mới,xã,12,9\n")
    assert "đã lấy cột 'Kết quả'" in warning_on(warnings_of(p), "Số đạt chuẩn")
    [f] = load_table(p)
    assert f.ky_bao_cao == 12


def test_what_the_work_took_is_no_achievement(tmp_path):
    """``Kinh phí thực hiện`` beside ``Số lượng``: the money the work took, not the period's count."""
    p = write(tmp_path, "t.csv", "STT,Nội dung,ĐVT,Số lượng,Kinh phí thực hiện\n1,Số lớp tập huấn,lớp,12,\"45.000.000\"\n")
    assert "không thuộc bảng số liệu" in warning_on(warnings_of(p), "Kinh phí thực hiện")
    [f] = load_table(p)
    assert (f.chi_tieu, f.ky_bao_cao) == ("Số lớp tập huấn", 12)


def test_a_column_of_words_titled_as_achieved_is_no_value(tmp_path):
    """``Nội dung đã thực hiện`` holding words is the indicator column."""
    p = write(tmp_path, "t.csv", "STT,Nội dung đã thực hiện,ĐVT,Kỳ báo cáo\n1,Số buổi tuyên truyền,buổi,12\n")
    [f] = load_table(p)
    assert (f.chi_tieu, f.ky_bao_cao) == ("Số buổi tuyên truyền", 12)


# ---------------------------------------------------------------- 1a. a header found by its shape

SHAPE = """UBND XÃ THUẬN HẠNH
BIỂU TỔNG HỢP DANH HIỆU VĂN HÓA
TT;Danh hiệu văn hóa;ĐVT;Số gia đình;Ghi chú
1;Gia đình văn hóa;gia đình;96.553;
2;Gia đình văn hóa 3 năm liền;gia đình;41.207;
3;Khu dân cư văn hóa;khu dân cư;870;x
"""


def test_a_header_whose_titles_say_too_little_is_found_by_its_shape(tmp_path):
    """``TT | Danh hiệu văn hóa | ĐVT | Số gia đình | Ghi chú``: no title names the label or the value; the row
    of short titles (``TT``, ``ĐVT``, ``Ghi chú`` among them) over a column of numbers is the header, said in a
    warning naming the row; the label and the value are then found by their cells."""
    p = write(tmp_path, "Biểu văn hóa.csv", SHAPE)
    problems = warnings_of(p, name="Biểu văn hóa.csv")
    [shape] = [w for w in problems if "làm hàng tiêu đề" in w.message]
    assert (shape.file, shape.row) == ("Biểu văn hóa.csv", 3)
    assert "đã lấy hàng 3 («TT | Danh hiệu văn hóa | ĐVT | Số gia đình | Ghi chú»)" in shape.message
    assert "'Chỉ tiêu'" in shape.message and "'Kỳ báo cáo'" in shape.message  # what it expected
    assert "cột số duy nhất" in warning_on(problems, "Số gia đình")
    table = load_table(p)
    assert [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in table] == [
        ("Gia đình văn hóa", "gia đình", 96553), ("Gia đình văn hóa 3 năm liền", "gia đình", 41207),
        ("Khu dân cư văn hóa", "khu dân cư", 870)]


def test_a_row_of_words_over_words_is_no_header(tmp_path):
    """Short titles with ``STT`` over cells that are words only (a list, not a table of figures): no header."""
    p = write(tmp_path, "ds.csv", "STT,Họ và tên,Chức vụ,Đơn vị\n1,Nguyễn Văn A,Chủ tịch,Xã A\n2,Trần B,Phó,Xã B\n")
    with pytest.raises(InputError) as exc:
        load_table(p)
    assert "không tìm thấy hàng tiêu đề cột" in exc.value.message


def test_no_header_is_refused_saying_none_was_taken_and_what_was_expected(tmp_path):
    p = write(tmp_path, "so-lieu.csv", "Thống kê\na,b,c\n1,2,3\n")
    with pytest.raises(InputError) as exc:
        load_table(p, name="Số liệu tháng 11.csv")
    msg = exc.value.message
    assert msg.startswith("Số liệu tháng 11.csv: không tìm thấy hàng tiêu đề cột")
    assert "không hàng nào được lấy làm hàng tiêu đề" in msg and "hàng đầu tiên có nội dung là hàng 1: «Thống kê»" in msg
    assert "'Chỉ tiêu'" in msg and "'Đơn vị tính'" in msg and "'Kỳ báo cáo'" in msg
    code, out = cli_validate(p)
    assert code == 2 and not out["valid"]
    assert "không hàng nào được lấy làm hàng tiêu đề" in out["problems"][0]["message"]


def test_a_header_without_a_value_column_is_refused_naming_the_row_taken_and_the_titles_expected(tmp_path):
    p = write(tmp_path, "t.csv", "BIỂU SỐ LIỆU\nSTT,Chỉ tiêu,ĐVT,Ghi chú,Người lập\n1,Gia đình văn hóa,gia đình,có,Lan\n")
    problems = validate_file(p, name="Biểu 01.csv")
    [err] = [x for x in problems if x.is_error]
    assert (err.file, err.row) == ("Biểu 01.csv", 2)
    assert err.message.startswith("thiếu cột 'Kỳ báo cáo' (số liệu của kỳ báo cáo): hàng 2 được lấy làm hàng tiêu đề: "
                                  "«STT | Chỉ tiêu | ĐVT | Ghi chú | Người lập»")
    assert "'Kết quả'" in err.message and "'Năm 2024'" in err.message
    with pytest.raises(InputError) as exc:
        load_table(p, name="Biểu 01.csv")
    assert exc.value.message.startswith("Biểu 01.csv: bảng số liệu không được nạp") and "hàng 2 được lấy" in \
        exc.value.message


# ---------------------------------------------------------------- 2. the month's value and the year to date

TRAFFIC = """CÔNG AN HUYỆN - BÁO CÁO TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 11/2019
STT,Chỉ tiêu,ĐVT,Tháng 11/2019,{running},Ghi chú
1,Tổng số vụ TNGT (bao gồm cả va chạm giao thông),vụ,,151,
2,Số người chết,người,2,52,
3,Số người bị thương,người,7,171,
"""
LK = "Lũy kế từ đầu năm"


def test_a_running_total_is_a_row_of_its_own_and_the_months_values_stay(tmp_path):
    p = write(tmp_path, "TNGT tháng 11.csv", TRAFFIC.format(running=LK))
    table = load_table(p)
    assert table.period == "2019-11"
    assert [(f.ma, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in table] == [
        ("1-LK", "Tổng số vụ TNGT (bao gồm cả va chạm giao thông) (từ đầu năm)", "vụ", 151),
        ("2", "Số người chết", "người", 2), ("2-LK", "Số người chết (từ đầu năm)", "người", 52),
        ("3", "Số người bị thương", "người", 7), ("3-LK", "Số người bị thương (từ đầu năm)", "người", 171)]
    assert table.get("1") is None  # the row with only a running total has no month's value


def test_the_drafter_is_told_how_running_totals_were_loaded(tmp_path):
    p = write(tmp_path, "t.csv", TRAFFIC.format(running=LK))
    problems = warnings_of(p, name="TNGT tháng 11.csv")
    col = [w for w in problems if w.column == LK]
    assert [(w.file, w.row) for w in col] == [("TNGT tháng 11.csv", 2)]
    assert "lấy ở cột 'Tháng 11/2019'" in col[0].message and "một hàng riêng" in col[0].message
    assert "«(từ đầu năm)»" in col[0].message and "«-LK»" in col[0].message
    only = warning_on(problems, "Tháng 11/2019")
    assert "1 hàng chỉ có số lũy kế" in only and "(hàng 3)" in only and "không nạp số của riêng kỳ báo cáo" in only


def test_the_checker_supports_the_months_values_and_the_year_to_date(tmp_path):
    table = load_table(write(tmp_path, "t.csv", TRAFFIC.format(running=LK)))
    got = verdicts("Trong tháng, tai nạn giao thông làm chết 2 người, bị thương 7 người. Tính từ đầu năm đến nay "
                   "xảy ra 151 vụ tai nạn giao thông (bao gồm cả va chạm giao thông), làm chết 52 người, bị thương "
                   "171 người.", table)
    assert got == [("2", "supported", "2", "ky_bao_cao"), ("7", "supported", "3", "ky_bao_cao"),
                   ("151", "supported", "1-LK", "ky_bao_cao"), ("52", "supported", "2-LK", "ky_bao_cao"),
                   ("171", "supported", "3-LK", "ky_bao_cao")]


@pytest.mark.parametrize("lead", ["Từ đầu năm đến nay,", "Tính từ đầu năm đến nay,", "Lũy kế từ đầu năm,",
                                  "Cộng dồn từ đầu năm,", "Trong 11 tháng đầu năm,"])
def test_the_year_to_date_is_supported_however_the_text_says_it(tmp_path, lead):
    """A text that states only the year to date: its numbers are the running-total rows', not the month's (the
    month's rows are there, unstated); a running total said to be the month's is not supported."""
    table = load_table(write(tmp_path, "t.csv", TRAFFIC.format(running=LK)))
    got = verdicts(f"{lead} xảy ra 151 vụ tai nạn giao thông, làm chết 52 người, bị thương 171 người.", table)
    assert [(t, v, m) for t, v, m, _ in got] == [("151", "supported", "1-LK"), ("52", "supported", "2-LK"),
                                                ("171", "supported", "3-LK")]
    [(_, verdict, _, _)] = verdicts("Trong tháng, tai nạn giao thông làm chết 52 người.", table)
    assert verdict == "unsupported"


@pytest.mark.parametrize("title", ["Lũy kế", "Luỹ kế", "Cộng dồn", "Từ đầu năm", "Tính từ đầu năm đến nay",
                                   "Lũy kế 11 tháng"])
def test_every_way_of_titling_a_running_total_loads_it_as_the_year_to_date(tmp_path, title):
    """In a month's (a quarter's, a half-year's) table, a running total is the year to date, said as texts say it."""
    table = load_table(write(tmp_path, "t.csv", TRAFFIC.format(running=title)))
    assert [(f.ma, f.chi_tieu, f.ky_bao_cao) for f in table][1:3] == [
        ("2", "Số người chết", 2), ("2-LK", "Số người chết (từ đầu năm)", 52)]
    assert len(table) == 5


@pytest.mark.parametrize("period,title,words", [("Năm 2019", "Tổng số từ đầu nhiệm kỳ", "từ đầu nhiệm kỳ"),
                                                ("Năm 2019", "Lũy kế", "lũy kế"),
                                                ("Quý III/2019", "Lũy kế", "từ đầu năm")])
def test_a_running_total_names_the_start_its_title_gives_or_the_years(tmp_path, period, title, words):
    p = write(tmp_path, "t.csv", f"STT,Chỉ tiêu,ĐVT,{period},{title}\n1,Hội viên mới,hội viên,85,312\n")
    assert [(f.ma, f.chi_tieu, f.ky_bao_cao) for f in load_table(p)] == [
        ("1", "Hội viên mới", 85), ("1-LK", f"Hội viên mới ({words})", 312)]


def test_last_years_running_total_and_the_plan_go_on_the_running_row(tmp_path):
    """``KH năm 2019 | Tháng 11/2019 | Lũy kế từ đầu năm | Lũy kế cùng kỳ``: the year's plan is what the year to
    date is measured against (``lũy kế đạt 86,7% kế hoạch năm``), last year's running total is its ``cùng kỳ``."""
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,KH năm 2019,Tháng 11/2019,Lũy kế từ đầu năm,Lũy kế cùng kỳ\n"
                                 "1,Số buổi tuyên truyền,buổi,60,5,52,47\n")
    problems = warnings_of(p)
    assert "nạp vào cột 'Cùng kỳ năm trước' của hàng lũy kế" in warning_on(problems, "Lũy kế cùng kỳ")
    month, running = load_table(p)
    assert (month.ma, month.ky_bao_cao, month.cung_ky, month.ke_hoach) == ("1", 5, None, 60)
    assert (running.ma, running.ky_bao_cao, running.cung_ky, running.ke_hoach) == ("1-LK", 52, 47, 60)
    got = verdicts("Từ đầu năm đến nay tổ chức 52 buổi tuyên truyền, đạt 86,7% kế hoạch năm, tăng 5 buổi so với "
                   "cùng kỳ.", load_table(p))
    assert [(t, v, m) for t, v, m, _ in got] == [("52", "supported", "1-LK"), ("86,7%", "derived", "1-LK"),
                                                ("5", "derived", "1-LK")]


def test_none_this_month_with_a_running_total_loads_the_running_row_only(tmp_path):
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Tháng 11/2019,Lũy kế\n1,Số vụ cháy,vụ,-,4\n2,Số vụ nổ,vụ,1,1\n")
    table = load_table(p)
    assert [(f.ma, f.ky_bao_cao) for f in table] == [("1-LK", 4), ("2", 1), ("2-LK", 1)]


def test_a_running_total_with_no_value_column_beside_it_is_still_the_value(tmp_path):
    """The only value column is a running total: it is the table's value (as before), not a row of its own."""
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Lũy kế từ đầu nhiệm kỳ\n1,Hội viên mới,hội viên,312\n")
    [f] = load_table(p)
    assert (f.ma, f.chi_tieu, f.ky_bao_cao) == ("1", "Hội viên mới", 312)


# ---------------------------------------------------------------- 3. "Tổng số <noun>" is the whole

INSURANCE = """STT,Chỉ tiêu,Đơn vị tính,Năm 2019,{whole},Đơn vị thực hiện,Ghi chú
1,Người dân tham gia bảo hiểm y tế,người,8.481,9.669,xã Thuận Hạnh,"“đạt 87,7% (8.481/9.669)”"
2,Hộ gia đình có thẻ bảo hiểm y tế,hộ,"2.310",,xã Thuận Hạnh,
"""


@pytest.mark.parametrize("whole", ["Tổng số dân", "Tổng số hộ", "Tổng số xã", "Tổng số người dân"])
def test_a_total_of_a_noun_beside_the_value_is_the_whole(tmp_path, whole):
    p = write(tmp_path, "BHYT 2019.csv", INSURANCE.format(whole=whole))
    msg = warning_on(warnings_of(p), whole)
    assert "'Năm 2019'" in msg and "nạp vào cột 'Kế hoạch'" in msg
    table = load_table(p)
    assert [(f.ky_bao_cao, f.ke_hoach) for f in table] == [(8481, 9669), (2310, None)]


def test_the_share_of_the_whole_is_checkable(tmp_path):
    table = load_table(write(tmp_path, "t.csv", INSURANCE.format(whole="Tổng số dân")))
    got = verdicts("Người dân tham gia bảo hiểm y tế đạt 87,7% (8.481/9.669).", table)
    assert got == [("87,7%", "derived", "1", "ky_bao_cao"), ("8.481", "supported", "1", "ky_bao_cao"),
                   ("9.669", "supported", "1", "ke_hoach")]


def test_a_total_of_a_noun_smaller_than_the_value_is_set_aside(tmp_path):
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Năm 2019,Tổng số hộ\n1,Hộ nghèo thoát nghèo,hộ,120,85\n")
    assert "bỏ qua cột này" in warning_on(warnings_of(p), "Tổng số hộ")
    [f] = load_table(p)
    assert (f.ky_bao_cao, f.ke_hoach) == (120, None)


def test_a_total_of_a_noun_alone_is_the_value(tmp_path):
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Tổng số hộ\n1,Hộ nghèo,hộ,85\n")
    [f] = load_table(p)
    assert (f.ky_bao_cao, f.ke_hoach) == (85, None)
    assert read_title("Tổng số dân").generic and not read_title("Tổng số từ đầu nhiệm kỳ").generic


# ---------------------------------------------------------------- what the drafter sees in the CLI

def test_the_cli_names_the_file_row_and_column_of_each_reading(tmp_path):
    p = write(tmp_path, "van-hoa.csv", CULTURE.format(plan=PLAN, done=DONE))
    code, out = cli_validate(p)
    assert code == 0 and out["valid"] and out["errors"] == 0
    [w] = [w for w in out["problems"] if w["column"] == PLAN]
    assert w["row"] == 2 and w["severity"] == "warning" and "Kế hoạch" in w["message"]
    assert Decimal(111522) == load_table(p).get("1").ke_hoach


def test_a_workbook_prefers_the_sheet_whose_titles_name_its_columns(tmp_path):
    """A sheet found only by its shape (a list of classes with their sizes) loses to the sheet whose titles name
    the indicator and the period's value; alone, it is read."""
    import openpyxl

    path = tmp_path / "bieu.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách lớp"
    ws.append(["STT", "Tên lớp", "Sĩ số", "Ghi chú"])
    ws.append([1, "Lớp bồi dưỡng cảm tình Đảng", 45, None])
    figures = wb.create_sheet("Biểu 01")
    figures.append(["STT", "Chỉ tiêu", "ĐVT", "Kỳ báo cáo"])
    figures.append([1, "Số lớp tập huấn", "lớp", 12])
    wb.save(path)
    table = load_table(path)
    assert [(f.chi_tieu, f.ky_bao_cao) for f in table] == [("Số lớp tập huấn", 12)]
    assert any("'Danh sách lớp'" in w.message and "--sheet" in w.message for w in table.warnings)
    shape = load_table(path, sheet="Danh sách lớp")
    assert [(f.chi_tieu, f.ky_bao_cao) for f in shape] == [("Lớp bồi dưỡng cảm tình Đảng", 45)]


def test_an_unreadable_running_total_is_an_error_naming_its_column_and_row(tmp_path):
    p = write(tmp_path, "t.csv", TRAFFIC.format(running=LK).replace(",52,", ",năm hai,"))
    [err] = [x for x in validate_file(p, name="TNGT.csv") if x.is_error]
    assert (err.file, err.row, err.column) == ("TNGT.csv", 4, LK) and "«năm hai» không phải là số" in err.message
    with pytest.raises(InputError):
        load_table(p)


# ---------------------------------------------------------------- through the real API (uvicorn on a loopback port)

@pytest.fixture(scope="module")
def drafter(tmp_path_factory):
    from tests.api_support import running_service

    with running_service(tmp_path_factory.mktemp("figures-columns5")) as svc:
        with svc.client(svc.key("drafter", agency="Hàm Thuận Bắc")) as c:
            yield c


def _upload(c, name: str, text: str, period: str):
    return c.post("/api/figures", files={"file": (name, text.encode())}, data={"series": "an-ninh", "period": period})


@pytest.mark.network
def test_the_months_table_uploads_with_its_running_totals_and_a_refusal_names_the_header_taken(drafter):
    r = _upload(drafter, "TNGT tháng 11.csv", TRAFFIC.format(running=LK), "2019-11")
    assert r.status_code == 201, r.text
    assert r.json()["info"]["rows"] == 5
    [w] = [w for w in r.json()["warnings"] if w["column"] == LK]
    assert w["file"] == "TNGT tháng 11.csv" and "một hàng riêng" in w["message"]
    before = len(drafter.get("/api/figures").json())
    r = _upload(drafter, "Biểu 01.csv", "STT,Chỉ tiêu,ĐVT,Ghi chú\n1,Gia đình văn hóa,gia đình,có\n", "2019")
    assert r.status_code == 422
    [err] = r.json()["errors"]
    assert (err["file"], err["row"]) == ("Biểu 01.csv", 1)
    assert "hàng 1 được lấy làm hàng tiêu đề: «STT | Chỉ tiêu | ĐVT | Ghi chú»" in err["message"]
    assert "'Kỳ báo cáo'" in err["message"]
    r = _upload(drafter, "Trống.csv", "Thống kê\na,b,c\n1,2,3\n", "2019")
    assert r.status_code == 422 and "không hàng nào được lấy làm hàng tiêu đề" in r.text and "Trống.csv" in r.text
    assert len(drafter.get("/api/figures").json()) == before
