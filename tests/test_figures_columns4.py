"""Agencies' own tables the loader had not seen: the indicator column under the agency's own title, a bare
``Tổng số`` beside a period-titled column, two period-titled columns, a CSV note with an unquoted comma, a plan
titled by what is to be reached.

The tables are small copies of the shapes of real ones (a district's disaster damage sheet, a market
inspection team's violations by field, a trade union's year-end table with ``39/45 công đoàn``, a health
centre's catch-up vaccination list), with their column titles as the agencies wrote them.  Each must load as
the agency meant it, with a Vietnamese warning that names the file, row and column of every guess; the CSV
row cut at a comma is an error naming the row, and nothing is loaded.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from service.errors import InputError
from service.figures.load import load_table, validate_file
from service.figures.schema import read_title


def write(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def warnings_of(path, **kw) -> list:
    problems = validate_file(path, **kw)
    assert not [str(p) for p in problems if p.is_error], [str(p) for p in problems if p.is_error]
    return problems


def warning_on(problems, column: str) -> str:
    found = [p for p in problems if p.column == column]
    assert found, f"no warning on column {column!r}: {[str(p) for p in problems]}"
    return found[0].message


def cli(*args) -> tuple[int, dict]:
    from service.cli import app

    res = CliRunner().invoke(app, ["figures", "validate", *map(str, args), "--format", "json"])
    return res.exit_code, json.loads(res.stdout)


# ---------------------------------------------------------------- 1. the indicator column under another title

DAMAGE = """BÁO CÁO TỔNG HỢP THIỆT HẠI DO MƯA LŨ
(Từ ngày 10/10 đến ngày 20/10/2020)
STT,{title},Đơn vị tính,Số lượng,Ghi chú
1,Số người chết,người,2,
2,Số người bị thương,người,5,
3,Nhà bị sập đổ hoàn toàn,căn,12,
4,Diện tích lúa bị ngập,ha,"1.250,5",
"""


@pytest.mark.parametrize("title", ["Hạng mục thiệt hại", "Lĩnh vực vi phạm", "Loại", "Tiêu chí", "Chỉ số",
                                   "Nội dung thiệt hại", "Danh mục thiệt hại"])
def test_an_indicator_column_under_the_agencys_own_title_is_found_by_its_cells(tmp_path, title):
    p = write(tmp_path, "thiet-hai.csv", DAMAGE.format(title=title))
    problems = warnings_of(p)
    msg = warning_on(problems, title)
    assert "không có cột 'Chỉ tiêu'" in msg and f"'{title}'" in msg and "tên chỉ tiêu" in msg
    assert [p.row for p in problems if p.column == title] == [3]  # the header row, as the spreadsheet numbers it
    table = load_table(p)
    assert [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in table] == [
        ("Số người chết", "người", 2), ("Số người bị thương", "người", 5), ("Nhà bị sập đổ hoàn toàn", "căn", 12),
        ("Diện tích lúa bị ngập", "ha", Decimal("1250.5"))]


@pytest.mark.parametrize("title", ["Nội dung", "Danh mục", "Tên chỉ tiêu", "Hạng mục"])
def test_the_known_indicator_titles_are_read_first_without_a_warning(tmp_path, title):
    p = write(tmp_path, "t.csv", DAMAGE.format(title=title))
    assert not [w for w in warnings_of(p) if w.column == title]
    assert len(load_table(p)) == 4


def test_an_indicator_titled_as_a_field_is_the_label_when_its_cells_are_each_a_name(tmp_path):
    """``Lĩnh vực``/``Nhóm chỉ tiêu`` title a section column in some tables; with no indicator column and a
    different name on each row, they are the indicators (a market inspection team's table)."""
    text = ("TT;Lĩnh vực;ĐVT;Năm 2019;Năm 2018\n1;Buôn lậu;vụ;12;15\n2;Hàng giả, hàng kém chất lượng;vụ;30;25\n"
            "3;Gian lận thương mại;vụ;41;38\n4;Vi phạm về giá;vụ;9;\n")
    p = write(tmp_path, "qltt.csv", text)
    assert "'Lĩnh vực'" in warning_on(warnings_of(p), "Lĩnh vực")
    table = load_table(p, period="2019")
    assert [(f.chi_tieu, f.ky_bao_cao, f.cung_ky) for f in table] == [
        ("Buôn lậu", 12, 15), ("Hàng giả, hàng kém chất lượng", 30, 25), ("Gian lận thương mại", 41, 38),
        ("Vi phạm về giá", 9, None)]


def test_a_section_column_that_repeats_its_name_is_never_the_label(tmp_path):
    text = ("STT,Lĩnh vực,ĐVT,Kỳ báo cáo\n1,An ninh,vụ,12\n2,An ninh,người,15\n3,Trật tự,vụ,30\n"
            "4,Trật tự,người,25\n")
    problems = validate_file(write(tmp_path, "t.csv", text))
    [error] = [p.message for p in problems if p.is_error]
    assert error.startswith("thiếu cột 'Chỉ tiêu' (tên chỉ tiêu): hàng 1 được lấy làm hàng tiêu đề: «STT | Lĩnh vực")


@pytest.mark.parametrize("who", ["Đơn vị thực hiện", "Đơn vị chủ trì thực hiện", "Cơ quan phối hợp"])
def test_stt_code_unit_notes_and_the_unit_carrying_it_out_are_never_the_label(tmp_path, who):
    """The leftmost column of words that no title claims: not the unit carrying the work out left of it (however
    its title is qualified), not ``Mã``."""
    text = (f"TT,Mã,{who},Tiêu chí,ĐVT,Kết quả,Ghi chú\n"
            "1,TC-01,Công an huyện,Số buổi tuyên truyền,buổi,12,theo kế hoạch\n"
            "2,TC-02,Công an huyện,Số người dự,lượt người,\"1.540\",\n")
    p = write(tmp_path, "t.csv", text)
    assert "'Tiêu chí'" in warning_on(warnings_of(p), "Tiêu chí")
    table = load_table(p)
    assert [(f.ma, f.chi_tieu, f.don_vi, f.ky_bao_cao, f.ghi_chu) for f in table] == [
        ("TC-01", "Số buổi tuyên truyền", "Công an huyện", 12, "theo kế hoạch"),
        ("TC-02", "Số người dự", "Công an huyện", 1540, "")]


def test_a_label_column_whose_title_was_merged_away_is_found_by_its_cells(tmp_path):
    """``STT | (blank) | ĐVT | Kỳ báo cáo | Ghi chú``: the title sat in a merged cell the export left empty."""
    text = "STT,,ĐVT,Kỳ báo cáo,Ghi chú\n1,Số vụ cháy,vụ,12,\n2,Số người bị thương,người,3,\n"
    p = write(tmp_path, "t.csv", text)
    assert "làm tên chỉ tiêu" in warning_on(warnings_of(p), "#2")
    assert [f.chi_tieu for f in load_table(p)] == ["Số vụ cháy", "Số người bị thương"]
    numbers = "STT,Chỉ tiêu,ĐVT,Kỳ báo cáo,\n1,Số vụ cháy,vụ,12,4\n"  # an untitled column beside a label: aside
    assert "không có tiêu đề" in warning_on(warnings_of(write(tmp_path, "n.csv", numbers)), "#5")


@pytest.mark.parametrize("title,column", [("Đơn vị chủ trì thực hiện", "don_vi"), ("Cơ quan phối hợp", "don_vi"),
                                          ("Đơn vị đo lường", "don_vi_tinh"), ("Đơn vị tiền tệ", "don_vi_tinh")])
def test_a_unit_title_however_qualified_is_read_by_its_head(title, column):
    assert read_title(title).column == column


def test_an_explicit_indicator_title_wins_over_a_column_of_words(tmp_path):
    text = "STT,Loại,Chỉ tiêu,ĐVT,Kỳ báo cáo\n1,Hình sự,Số vụ,vụ,12\n2,Ma túy,Số vụ ma túy,vụ,3\n"
    p = write(tmp_path, "t.csv", text)
    assert "không thuộc bảng số liệu" in warning_on(warnings_of(p), "Loại")
    assert [f.chi_tieu for f in load_table(p)] == ["Số vụ", "Số vụ ma túy"]


def test_a_header_whose_only_words_are_the_agencys_own_is_still_found(tmp_path):
    """``TT | Tiêu chí | ĐVT | Năm 2020``: two known titles (one of them values) beside the agency's own."""
    p = write(tmp_path, "t.csv", "BIỂU SỐ LIỆU NĂM 2020\nTT,Tiêu chí,ĐVT,Năm 2020\n1,Số vụ cháy,vụ,12\n")
    [f] = load_table(p)
    assert (f.chi_tieu, f.ky_bao_cao) == ("Số vụ cháy", 12)


# ---------------------------------------------------------------- 2. a bare "Tổng số" beside a period column

UNION = """TT,Chỉ tiêu,Đơn vị tính,Năm 2016,{whole},Đơn vị thực hiện,Ghi chú
1,Công đoàn cơ sở đạt vững mạnh,công đoàn,39,45,LĐLĐ huyện,39/45 công đoàn
2,Số đoàn viên kết nạp mới,đoàn viên,250,,LĐLĐ huyện,
3,Số lớp tập huấn nghiệp vụ,lớp,12,,LĐLĐ huyện,
4,Số lượt đoàn viên dự tập huấn,lượt,"1.200",,LĐLĐ huyện,
5,Số CLB văn hóa thể thao,CLB,5,,LĐLĐ huyện,
"""


@pytest.mark.parametrize("whole", ["Tổng số", "Số lượng", "Tổng"])
def test_a_period_titled_column_beats_a_bare_quantity_which_is_the_whole(tmp_path, whole):
    p = write(tmp_path, "cong-doan.csv", UNION.format(whole=whole))
    msg = warning_on(warnings_of(p), whole)
    assert "'Năm 2016'" in msg and "Kế hoạch" in msg and "39/45" in msg
    table = load_table(p, period="2016")
    assert len(table) == 5  # every row of the period, not only the one with a whole
    assert [(f.ma, f.ky_bao_cao, f.ke_hoach) for f in table] == [
        ("1", 39, 45), ("2", 250, None), ("3", 12, None), ("4", 1200, None), ("5", 5, None)]


def test_the_whole_is_what_the_checker_reads_a_fraction_against(tmp_path):
    from service.checker.check import check_text

    table = load_table(write(tmp_path, "t.csv", UNION.format(whole="Tổng số")), period="2016")
    r = check_text("Có 39/45 công đoàn cơ sở đạt vững mạnh, đạt 86,7%.", table)
    got = [(n.text, n.verdict, n.source) for n in r.numbers]
    assert got == [("39", "supported", {"ma": "1", "column": "ky_bao_cao"}),
                   ("45", "supported", {"ma": "1", "column": "ke_hoach"}),
                   ("86,7%", "derived", {"ma": "1", "column": "ke_hoach"})]


def test_a_bare_quantity_is_set_aside_when_a_plan_column_exists_or_it_is_no_whole(tmp_path):
    plan = ("TT,Chỉ tiêu,ĐVT,Năm 2016,Tổng số,Kế hoạch\n1,Công đoàn cơ sở vững mạnh,công đoàn,39,45,40\n"
            "2,Đoàn viên mới,đoàn viên,250,,300\n")
    p = write(tmp_path, "kh.csv", plan)
    msg = warning_on(warnings_of(p), "Tổng số")
    assert "bỏ qua cột này" in msg and "đã có cột 'Kế hoạch'" in msg
    assert [(f.ky_bao_cao, f.ke_hoach) for f in load_table(p)] == [(39, 40), (250, 300)]
    smaller = "TT,Chỉ tiêu,ĐVT,Năm 2016,Tổng số\n1,Công đoàn vững mạnh,công đoàn,39,45\n2,Đoàn viên mới,người,250,200\n"
    p = write(tmp_path, "nho.csv", smaller)
    assert "không phải tổng số" in warning_on(warnings_of(p), "Tổng số")
    assert [(f.ky_bao_cao, f.ke_hoach) for f in load_table(p)] == [(39, None), (250, None)]


def test_tt_is_a_row_number_column(tmp_path):
    assert read_title("TT").column == read_title("STT").column == "stt"
    table = load_table(write(tmp_path, "t.csv", UNION.format(whole="Tổng số")))
    assert all(f.chi_tieu and not f.chi_tieu[0].isdigit() for f in table)


# ---------------------------------------------------------------- 3. two period-titled columns

def test_a_year_beside_the_year_before_is_this_period_and_last_year(tmp_path):
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Năm 2018,Năm 2017\n1,Số vụ cháy,vụ,12,15\n"
                                 "2,Thiệt hại về tài sản,triệu đồng,\"1.250\",\"2.000\"\n")
    assert not [w for w in warnings_of(p) if w.column in ("Năm 2018", "Năm 2017")]
    table = load_table(p)
    assert table.period == "2018"
    assert [(f.ky_bao_cao, f.cung_ky) for f in table] == [(12, 15), (1_250_000_000, 2_000_000_000)]


def test_a_month_beside_the_month_before_is_this_period_and_the_previous_edition(tmp_path):
    """``Tháng 3/2014 | Tháng 4/2014 (đến 23/4)``: the later month is this period's; the earlier one is not the
    same period last year but it is the previous edition of a monthly series, kept as ``Kỳ trước``."""
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Tháng 3/2014,Tháng 4/2014 (đến 23/4)\n1,Số vụ vi phạm,vụ,31,24\n")
    [f] = load_table(p)
    assert (f.ky_bao_cao, f.ky_truoc, f.cung_ky) == (24, 31, None)
    assert load_table(p).period == "2014-04"


def test_a_month_that_is_neither_last_year_nor_last_edition_is_a_row_of_its_own(tmp_path):
    # (set aside «số liệu của kỳ khác» until figures round 47: an earlier month of the report's year is kept as a
    # row of its own period, never the period's value, Kỳ trước or Cùng kỳ — service.figures.earlieredition)
    p = write(tmp_path, "t.csv", "STT,Chỉ tiêu,ĐVT,Tháng 1/2014,Tháng 4/2014\n1,Số vụ vi phạm,vụ,31,24\n")
    assert "một kỳ trước (tháng 1 năm 2014)" in warning_on(warnings_of(p), "Tháng 1/2014")
    f, jan = load_table(p)
    assert (f.ky_bao_cao, f.ky_truoc, f.cung_ky) == (24, None, None)
    assert (jan.chi_tieu, jan.ky_bao_cao, jan.column) == ("Số vụ vi phạm (tháng 1 năm 2014)", 31, "part:2014-01")


TERM = "STT,Chỉ tiêu,ĐVT,{a},{b}\n1,Số hội viên mới,hội viên,\"1.250\",230\n2,Số chi hội vững mạnh,chi hội,48,41\n"


@pytest.mark.parametrize("a,b", [("Giai đoạn 2015-2020", "Năm 2015"), ("Năm 2015", "Nhiệm kỳ 2015 - 2020")])
def test_a_span_of_years_beside_one_year_the_chosen_period_decides(tmp_path, a, b):
    p = write(tmp_path, "t.csv", TERM.format(a=a, b=b))
    span = a if "2020" in a else b
    term_first = span == a
    # no period chosen: the latest, widest one, said on it
    msg = warning_on(warnings_of(p), span)
    assert "chưa chọn kỳ báo cáo" in msg and "--period" in msg
    assert "một phần kỳ báo cáo (năm 2015)" in warning_on(warnings_of(p), "Năm 2015")  # round 8: rows of their own
    table = load_table(p)
    assert table.period == "2015-2020"
    assert [f.ky_bao_cao for f in table if "-" not in f.ma] == ([1250, 48] if term_first else [230, 41])
    # the period chosen: its column wins, the other is set aside with a warning
    table = load_table(p, period="2015")
    assert table.period == "2015" and [f.ky_bao_cao for f in table] == ([230, 41] if term_first else [1250, 48])
    assert "kỳ khác (2015-2020)" in warning_on(warnings_of(p, period="2015"), span)
    assert [f.ky_bao_cao for f in load_table(p, period="2015-2020") if "-" not in f.ma] == \
        ([1250, 48] if term_first else [230, 41])


def test_validate_with_a_period_picks_the_column_from_the_cli(tmp_path):
    p = write(tmp_path, "t.csv", TERM.format(a="Giai đoạn 2015-2020", b="Năm 2015"))
    code, out = cli(p, "--period", "2015")
    assert code == 0 and out["valid"] and out["errors"] == 0
    assert any(w["column"] == "Giai đoạn 2015-2020" and "kỳ khác" in w["message"] for w in out["problems"])


@pytest.mark.parametrize("title,code", [("Giai đoạn 2015-2020", "2015-2020"), ("GĐ 2016–2020", "2016-2020"),
                                        ("Nhiệm kỳ 2017 - 2022", "2017-2022"), ("2015-2020", "2015-2020")])
def test_a_span_of_years_in_a_title_is_a_period(title, code):
    ct = read_title(title)
    assert ct.column == "period" and ct.period.code == code


# ---------------------------------------------------------------- 4. a CSV row cut at an unquoted comma

def test_a_row_with_more_fields_than_the_header_is_an_error_naming_the_row(tmp_path):
    text = ("STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Ghi chú\n"
            "1,Số trẻ được tiêm vét,trẻ,115,\n"
            "2,Tỷ lệ tiêm chủng đầy đủ,%,\"96,55\",đạt 96,55% kế hoạch\n"
            "3,Số điểm tiêm,điểm,12,\n")
    p = write(tmp_path, "tiem-chung.csv", text)
    [err] = [e for e in validate_file(p) if e.is_error]
    assert (err.file, err.row) == (str(p), 3)
    assert "«55% kế hoạch»" in err.message and "ngoặc kép" in err.message and "(;)" in err.message
    assert "«đạt 96,55% kế hoạch»" in err.message and "'Ghi chú'" in err.message
    with pytest.raises(InputError) as exc:
        load_table(p)
    assert "không được nạp" in exc.value.message
    code, out = cli(p)
    assert code == 2 and not out["valid"] and [e["row"] for e in out["problems"]] == [3]


def test_trailing_separators_and_quoted_commas_are_fine(tmp_path):
    text = ("STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Ghi chú,,\n"
            "1,Tỷ lệ tiêm chủng đầy đủ,%,\"96,55\",\"đạt 96,55% kế hoạch\",,\n"
            "2,Số điểm tiêm,điểm,12,,,,\n")
    table = load_table(write(tmp_path, "t.csv", text))
    assert [(f.ky_bao_cao, f.ghi_chu) for f in table] == [(Decimal("96.55"), "đạt 96,55% kế hoạch"), (12, "")]
    semicolons = "STT;Chỉ tiêu;Đơn vị tính;Kỳ báo cáo;Ghi chú\n1;Tỷ lệ tiêm;%;96,55;đạt 96,55% kế hoạch\n"
    [f] = load_table(write(tmp_path, "s.csv", semicolons))
    assert f.ghi_chu == "đạt 96,55% kế hoạch"


# ---------------------------------------------------------------- 5. a plan titled by what is to be reached

@pytest.mark.parametrize("title", ["Số đối tượng cần tiêm vét", "Số cần đạt", "Chỉ tiêu cần đạt", "Mục tiêu",
                                   "Phấn đấu năm 2024", "Số phải thu"])
def test_a_column_titled_by_what_is_to_be_reached_is_the_plan(tmp_path, title):
    p = write(tmp_path, "t.csv", f"STT,Chỉ tiêu,ĐVT,Kết quả,{title}\n1,Trẻ dưới 5 tuổi được tiêm vét,trẻ,115,120\n")
    problems = warnings_of(p)
    [f] = load_table(p)
    assert (f.ky_bao_cao, f.ke_hoach) == (115, 120)
    if read_title(title).aim:  # read from the grammar, not a name: said
        assert "Kế hoạch" in warning_on(problems, title)


@pytest.mark.parametrize("title", ["Xã Cần Đăng", "Số còn phải tiêm", "Số căn"])
def test_a_place_name_or_what_is_left_is_no_plan(title):
    assert read_title(title).column != "ke_hoach"


def test_a_column_of_words_titled_with_an_aim_is_no_plan(tmp_path):
    """``Nội dung cần đạt`` holding words is the indicator column, not a plan."""
    p = write(tmp_path, "t.csv", "STT,Nội dung cần đạt,ĐVT,Kết quả\n1,Số lớp tập huấn,lớp,12\n")
    [f] = load_table(p)
    assert (f.chi_tieu, f.ky_bao_cao, f.ke_hoach) == ("Số lớp tập huấn", 12, None)


# ---------------------------------------------------------------- through the real API (uvicorn on a loopback port)

@pytest.fixture(scope="module")
def drafter(tmp_path_factory):
    from tests.api_support import running_service

    with running_service(tmp_path_factory.mktemp("figures-columns4")) as svc:
        with svc.client(svc.key("drafter", agency="Đức Linh")) as c:
            yield c


def _upload(c, name: str, text: str, period: str):
    return c.post("/api/figures", files={"file": (name, text.encode())}, data={"series": "thiet-hai", "period": period})


@pytest.mark.network
def test_the_agencys_own_tables_upload_with_the_warnings_naming_the_file_sent(drafter):
    r = _upload(drafter, "Thiệt hại mưa lũ.csv", DAMAGE.format(title="Hạng mục thiệt hại"), "2020")
    assert r.status_code == 201, r.text
    assert r.json()["info"]["rows"] == 4
    [w] = [w for w in r.json()["warnings"] if w["column"] == "Hạng mục thiệt hại"]
    assert w["file"] == "Thiệt hại mưa lũ.csv" and w["row"] == 3 and "không có cột 'Chỉ tiêu'" in w["message"]
    r = _upload(drafter, "Công đoàn 2016.csv", UNION.format(whole="Tổng số"), "2016")
    assert r.status_code == 201 and r.json()["info"]["rows"] == 5, r.text


@pytest.mark.network
def test_a_csv_row_cut_at_a_comma_is_refused_and_nothing_is_stored(drafter):
    before = len(drafter.get("/api/figures").json())
    text = "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Ghi chú\n1,Tỷ lệ tiêm chủng,%,\"96,55\",đạt 96,55% kế hoạch\n"
    r = _upload(drafter, "Tiêm chủng.csv", text, "2024-H1")
    assert r.status_code == 422
    [err] = r.json()["errors"]
    assert (err["file"], err["row"]) == ("Tiêm chủng.csv", 2) and "ngoặc kép" in err["message"]
    assert len(drafter.get("/api/figures").json()) == before


def test_a_title_row_naming_a_span_of_years_picks_its_column(tmp_path):
    text = "BÁO CÁO TỔNG KẾT GIAI ĐOẠN 2015 - 2020\n" + TERM.format(a="Năm 2015", b="Giai đoạn 2015-2020")
    p = write(tmp_path, "t.csv", text)
    problems = warnings_of(p)
    assert not [w for w in problems if "chưa chọn kỳ báo cáo" in w.message]  # the title row said it
    table = load_table(p)
    assert table.period == "2015-2020" and [f.ky_bao_cao for f in table if "-" not in f.ma] == [230, 41]
