"""Tables as agencies keep them: STT, title rows, totals, Trong đó, text numbers, formulas, sheets.

Every table here is built the way a district office writes its biểu số liệu, not
the way the service would like it; each must load whole, with warnings where
the loader filled something in, and errors only where a number cannot be read.
"""

from __future__ import annotations

import json
import re
import zipfile
from decimal import Decimal

import pytest

from service.errors import InputError
from service.figures.load import load_table, validate_file


def write(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


BIEU = """UBND HUYỆN ĐỨC LINH
(Kèm theo Báo cáo số 45/BC-BCĐ ngày 05 tháng 7 năm 2024)
BIỂU SỐ LIỆU KẾT QUẢ CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2024

STT;Nội dung;ĐVT;Kỳ báo cáo;Cùng kỳ năm trước;Ghi chú
I;CÔNG TÁC TUYÊN TRUYỀN;;;;
1;Số buổi tuyên truyền;buổi;1.250;1.100;
2;Số lượt cán bộ, chiến sĩ tham gia;lượt cán bộ, chiến sĩ;2.345;;“2.345 lượt cán bộ, chiến sĩ”
3;Số băng rôn, khẩu hiệu;băng rôn;86;;
II;CÔNG TÁC BẢO ĐẢM AN NINH TRẬT TỰ;;;;
1;Số vụ phạm pháp hình sự;vụ việc;20;18;
;- Trong đó:;;;;
;+ Số vụ trộm cắp;vụ việc;12;;
;+ Số vụ cố ý gây thương tích;vụ việc;5;;
2;Số tin báo tố giác tội phạm;tin báo;34;;
3;Tỷ lệ điều tra làm rõ;%;84,6;;
4;Số bị can bị khởi tố;bị can;57;;
5;Số hộ gia đình ký cam kết;hộ gia đình;1 540;;
6;Trị giá quà tặng;triệu đồng;23,5;;
7;Số chốt phòng chống dịch;chốt;—;3;
8;Số ngày công lao động giúp dân;ngày công;1.234,5;;
"""


def test_a_district_biểu_loads_whole(tmp_path):
    t = load_table(write(tmp_path, "bieu.csv", BIEU))
    assert t.period == "2024-H1"  # from the title row, not the date of the covering report
    got = {f.ma: (f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky) for f in t}
    assert got == {
        "I.1": ("Số buổi tuyên truyền", "buổi", 1250, 1100),
        "I.2": ("Số lượt cán bộ, chiến sĩ tham gia", "lượt cán bộ, chiến sĩ", 2345, None),
        "I.3": ("Số băng rôn, khẩu hiệu", "băng rôn", 86, None),
        "II.1": ("Số vụ phạm pháp hình sự", "vụ việc", 20, 18),
        "II.1.a": ("Số vụ trộm cắp", "vụ việc", 12, None),
        "II.1.b": ("Số vụ cố ý gây thương tích", "vụ việc", 5, None),
        "II.2": ("Số tin báo tố giác tội phạm", "tin báo", 34, None),
        "II.3": ("Tỷ lệ điều tra làm rõ", "%", Decimal("84.6"), None),
        "II.4": ("Số bị can bị khởi tố", "bị can", 57, None),
        "II.5": ("Số hộ gia đình ký cam kết", "hộ gia đình", 1540, None),
        "II.6": ("Trị giá quà tặng", "đồng", 23_500_000, None),
        # figures round 48's policy: «—» this half, 3 last year's — a row of last year's half, never this half's
        "II.7-2023-H1": ("Số chốt phòng chống dịch (6 tháng đầu năm 2023)", "chốt", 3, None),
        "II.8": ("Số ngày công lao động giúp dân", "ngày công", Decimal("1234.5"), None),
    }
    assert t.get("I.1").muc == "I. CÔNG TÁC TUYÊN TRUYỀN" and t.get("II.1.a").muc == "II. CÔNG TÁC BẢO ĐẢM AN NINH TRẬT TỰ"
    assert t.get("I.2").ghi_chu == "“2.345 lượt cán bộ, chiến sĩ”" and t.get("II.1").row == 11
    messages = [w.message for w in t.warnings]
    assert len(messages) == 2, messages
    assert "không có cột 'Mã'" in messages[0]                 # codes made up, and said so
    assert "«-»" in messages[1] and "hàng 20" in messages[1]  # "—" = nothing this period: row 20 is last year's


SUMS = """STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ
A,Xã Đông Tiến,,,
1,Số vụ trộm,vụ,10,8
2,Số vụ cướp,vụ,5,4
,Cộng,vụ,16,12
B,Xã Hàm Trí,,,
1,Số vụ trộm,vụ,3,2
,Trong đó:,,,
-,Trộm xe máy,vụ,2,
-,Trộm tài sản khác,vụ,4,
2,Số vụ cướp,vụ,1,1
,Cộng,vụ,4,3
,Tổng cộng,vụ,20,15
"""


def test_totals_are_figures_and_disagreeing_sums_are_warnings_naming_both(tmp_path):
    t = load_table(write(tmp_path, "sums.csv", SUMS))
    assert [(f.ma, f.ky_bao_cao) for f in t] == [("A.1", 10), ("A.2", 5), ("R-5", 16), ("B.1", 3), ("B.1.a", 2),
                                                 ("B.1.b", 4), ("B.2", 1), ("R-12", 4), ("R-13", 20)]
    assert t.get("R-13").muc == "" and t.get("R-12").muc == "B. Xã Hàm Trí"  # the grand total is the table's
    sums = [(w.row, w.column, w.message) for w in t.warnings if w.row]
    assert sums == [
        (5, "Kỳ báo cáo", "«Cộng» = 16 nhưng các hàng 3, 4 cộng lại được 15"),
        (10, "Kỳ báo cáo", "«Trộm tài sản khác» = 4 lớn hơn «Số vụ trộm» (hàng 7) = 3, mà nó là một phần"),
    ]  # Cùng kỳ adds up; the grand total adds up its group totals; parts may overlap (2 + 4 > 3 is not summed)


def test_unit_in_the_label_and_a_units_column_titled_don_vi(tmp_path):
    t = load_table(write(tmp_path, "nhan.csv", "Chỉ tiêu,Kết quả\nSố vụ vi phạm (vụ),12\nTỷ lệ (%),\"84,61\"\n"
                                                 "Trị giá (triệu đồng),\"1,5\"\nSố Mẹ VNAH (còn sống),5\n"))
    assert [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in t] == [
        ("Số vụ vi phạm", "vụ", 12), ("Tỷ lệ", "%", Decimal("84.61")), ("Trị giá", "đồng", 1_500_000),
        ("Số Mẹ VNAH (còn sống)", "", 5)]  # a qualifier in parentheses is not a unit
    assert any("không có cột 'Đơn vị tính'" in w.message and "5" in w.message for w in t.warnings)
    t = load_table(write(tmp_path, "dv.csv", "TT,Nội dung,Đơn vị,Thực hiện\n1,Số công dân được tiếp,công dân,35\n"
                                             "2,Số CLB phòng chống tội phạm,CLB,4\n"))
    assert [(f.ma, f.don_vi_tinh, f.don_vi) for f in t] == [("1", "công dân", ""), ("2", "CLB", "")]


def test_averages_may_have_decimals_and_a_table_may_state_nothing(tmp_path):
    t = load_table(write(tmp_path, "tb.csv", "Chỉ tiêu,ĐVT,Kỳ báo cáo\nTuổi đời bình quân của đảng viên,tuổi,\"50,02\"\n"
                                             "Số nhân khẩu bình quân,người/hộ,\"3,8\"\n"))
    assert [f.ky_bao_cao for f in t] == [Decimal("50.02"), Decimal("3.8")]
    with pytest.raises(InputError, match="không phải là số nguyên"):  # not an average: a count is whole
        load_table(write(tmp_path, "dem.csv", "Chỉ tiêu,ĐVT,Kỳ báo cáo\nSố hộ được hỗ trợ,người/hộ,\"3,8\"\n"))
    empty = load_table(write(tmp_path, "rong.csv", "STT,Chỉ tiêu,ĐVT,Kỳ báo cáo\n1,(Đoạn trích không nêu số liệu),,\n"))
    assert len(empty) == 0 and "bảng được nạp rỗng" in empty.warnings[-1].message


def test_numbers_written_into_the_labels_are_the_stt(tmp_path):
    t = load_table(write(tmp_path, "so.csv", "Chỉ tiêu,ĐVT,Kỳ báo cáo\nI- CÔNG TÁC AN NINH,,\n1.Số vụ,vụ,3\n"
                                             "2. Số hộ được hỗ trợ 2.500 đồng,hộ,4\n2.500 hộ dân ký cam kết,hộ,2500\n"))
    assert [(f.ma, f.chi_tieu, f.muc) for f in t] == [
        ("I.1", "Số vụ", "I. CÔNG TÁC AN NINH"), ("I.2", "Số hộ được hỗ trợ 2.500 đồng", "I. CÔNG TÁC AN NINH"),
        ("R-5", "2.500 hộ dân ký cam kết", "I. CÔNG TÁC AN NINH")]


def test_columns_titled_by_period_take_their_role_from_the_period(tmp_path):
    text = ("STT,Chỉ tiêu,ĐVT,6 tháng đầu năm 2023,6 tháng đầu năm 2024,So sánh (%),Năm 2022\n"
            "1,Số vụ,vụ,18,20,\"111,1\",30\n")
    path = write(tmp_path, "kỳ.csv", text)
    t = load_table(path)
    f = t.get("1")
    assert (t.period, f.ky_bao_cao, f.cung_ky) == ("2024-H1", 20, 18)
    assert {w.column for w in t.warnings} >= {"So sánh (%)", "Năm 2022"}  # derived and other periods: left aside
    told = load_table(path, period="6 tháng đầu năm 2023")  # told the period: 2023 holds the values
    assert (told.get("1").ky_bao_cao, told.get("1").cung_ky) == (18, None)
    assert any("6 tháng đầu năm 2024" in (w.column or "") and "2024-H1" in w.message for w in told.warnings)
    t = load_table(write(tmp_path, "q.csv", "Nội dung,ĐVT,Thực hiện 6 tháng đầu năm 2024,Cùng kỳ năm 2023,"
                                            "Kế hoạch năm\nSố lớp,lớp,3,2,6\n"))
    f = t.figures[0]
    assert (t.period, f.ky_bao_cao, f.cung_ky, f.ke_hoach) == ("2024-H1", 3, 2, 6)
    with pytest.raises(InputError, match="6 tháng đầu năm 2024 .2024-H1. nhưng kỳ được chọn là 2023-H1"):
        load_table(tmp_path / "q.csv", period="2023-H1")


# ---------------------------------------------------------------- workbooks

def _agency_workbook(path, *, formula_total: bool = True):
    """A sheet as a district office makes it: merged title rows, a two-row header, a column-numbering row."""
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Hướng dẫn"
    notes.append(["Biểu này tổng hợp số liệu của các xã, thị trấn."])
    ws = wb.create_sheet("Biểu 01")
    ws.append(["BAN CHỈ HUY QUÂN SỰ HUYỆN"])
    ws.merge_cells("A1:F1")
    ws.append(["KẾT QUẢ CÔNG TÁC QUỐC PHÒNG QUÝ II NĂM 2024"])
    ws.merge_cells("A2:F2")
    ws.append([])
    ws.append(["STT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện", None, "Ghi chú"])
    ws.merge_cells("D4:E4")
    ws.append([None, None, None, "Quý II/2024", "Quý II/2023", None])
    ws.append(["A", "B", "C", 1, 2, 3])
    ws.append(["I. CÔNG TÁC TUYỂN QUÂN"])                 # title merged across the row, STT and text in one cell
    ws.merge_cells("A7:F7")
    ws.append([1, "Số thanh niên nhập ngũ", "thanh niên", 155, 150, None])
    ws.append([2, "Số đảng viên nhập ngũ", "đảng viên", 3, 2, None])
    ws.append([None, "Cộng", "người", "=SUM(D8:D9)" if formula_total else 158, 152, None])
    ws.append(["II. CÔNG TÁC DÂN QUÂN"])
    ws.merge_cells("A11:F11")
    ws.append([1, "Tỷ lệ dân quân được huấn luyện", "%", 0.9861, None, None])
    ws["D12"].number_format = "0.00%"
    ws.append([2, "Chiều dài kênh mương nạo vét", "Km", "2,5", None, "“2,5km kênh mương”"])
    ws.append([3, "Số Mẹ VNAH được phụng dưỡng", "Mẹ", "05", "05", None])
    wb.save(path)
    return path


def _cache_formula(path, ref: str, value: str):
    """Store a computed value for a formula cell, as Excel and LibreOffice do when they save."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = next(n for n, data in parts.items() if n.startswith("xl/worksheets/") and f'r="{ref}"'.encode() in data)
    xml = parts[name].decode()
    xml = re.sub(rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>\s*)<v\s*(/>|>\s*</v>)', rf"\g<1><v>{value}</v>", xml)
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


def test_agency_workbook_with_merged_titles_two_row_header_and_a_cached_formula(tmp_path):
    path = _cache_formula(_agency_workbook(tmp_path / "bieu.xlsx"), "D10", "158")
    t = load_table(path)
    assert t.period == "2024-Q2"
    got = {f.ma: (f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.row) for f in t}
    assert got == {
        "I.1": ("Số thanh niên nhập ngũ", "thanh niên", 155, 150, 8),
        "I.2": ("Số đảng viên nhập ngũ", "đảng viên", 3, 2, 9),
        "R-10": ("Cộng", "người", 158, 152, 10),
        "II.1": ("Tỷ lệ dân quân được huấn luyện", "%", Decimal("98.61"), None, 12),
        "II.2": ("Chiều dài kênh mương nạo vét", "km", Decimal("2.5"), None, 13),
        "II.3": ("Số Mẹ VNAH được phụng dưỡng", "Mẹ", 5, 5, 14),
    }
    assert t.get("I.1").muc == "I. CÔNG TÁC TUYỂN QUÂN" and t.get("II.3").muc == "II. CÔNG TÁC DÂN QUÂN"
    # units differ (thanh niên, đảng viên vs người): the total is not checked against them
    assert all("cộng lại" not in w.message for w in t.warnings)


def test_a_formula_without_a_computed_value_is_an_error_naming_its_cell(tmp_path):
    path = _agency_workbook(tmp_path / "bieu.xlsx")  # openpyxl writes formulas without values
    problems = [p for p in validate_file(path) if p.is_error]
    assert [(p.row, p.column) for p in problems] == [(10, "Quý II/2024")]
    assert "ô D10 chứa công thức «=SUM(D8:D9)»" in problems[0].message and "lưu lại" in problems[0].message
    with pytest.raises(InputError, match="D10"):
        load_table(path)


def test_sheets_the_one_with_the_header_or_the_one_asked_for(tmp_path):
    import openpyxl

    path = _agency_workbook(tmp_path / "bieu.xlsx", formula_total=False)
    wb = openpyxl.load_workbook(path)
    other = wb.create_sheet("Năm 2023")
    other.append(["Chỉ tiêu", "ĐVT", "Kỳ báo cáo"])
    other.append(["Số thanh niên nhập ngũ", "thanh niên", 150])
    wb.save(path)
    t = load_table(path)
    assert len(t) == 6 and any("'Năm 2023'" in w.message and "--sheet" in w.message for w in t.warnings)
    t = load_table(path, sheet="năm 2023")
    assert [(f.ma, f.ky_bao_cao) for f in t] == [("R-2", 150)]
    with pytest.raises(InputError, match="không có trang tính 'Biểu 9'.*'Hướng dẫn', 'Biểu 01', 'Năm 2023'"):
        load_table(path, sheet="Biểu 9")
    with pytest.raises(InputError, match="bieu.xlsx: không tìm thấy hàng tiêu đề cột"):
        load_table(path, sheet="Hướng dẫn")


def test_json_with_vietnamese_keys_and_text_numbers(tmp_path):
    rows = [{"STT": "1", "Nội dung": "Số công dân được tiếp", "ĐVT": "công dân", "Kỳ báo cáo": "1.250"},
            {"STT": "2", "Nội dung": "Tỷ lệ", "ĐVT": "%", "Kỳ báo cáo": "84,6%", "Cùng kỳ": None},
            {"STT": "3", "Nội dung": "Số hộ", "ĐVT": "hộ", "Kỳ báo cáo": 12, "Người nhập": "Lan"}]
    path = write(tmp_path, "t.json", json.dumps({"period": "2024-H1", "figures": rows}, ensure_ascii=False))
    t = load_table(path)
    assert [(f.ma, f.ky_bao_cao) for f in t] == [("1", 1250), ("2", Decimal("84.6")), ("3", 12)]
    assert t.period == "2024-H1" and {w.column for w in t.warnings} == {None, "Người nhập"}


def test_a_row_labelled_ky_bao_cao_says_the_period_whatever_the_title_above_names(tmp_path):
    """A biểu titled with its report's trích yếu (``… NHIỆM KỲ 2009 – 2010 VÀ PHƯƠNG HƯỚNG … 2010 – 2011``) under
    which ``Kỳ báo cáo: nhiệm kỳ 2010 - 2011`` says which period it is."""
    p = write(tmp_path, "bieu.csv", "BIỂU SỐ LIỆU HOẠT ĐỘNG CÔNG TÁC ĐOÀN NHIỆM KỲ 2009 – 2010 VÀ PHƯƠNG HƯỚNG NHIỆM KỲ "
              "2010 – 2011\nKỳ báo cáo: nhiệm kỳ 2010 - 2011\n\nSTT,Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n"
              "1,TC-01,Tổng số đoàn viên,đ/c,9\n")
    assert load_table(p).period == "2010-2011"
    assert not [x for x in validate_file(p, period="nhiệm kỳ 2010 - 2011") if x.is_error]


def test_the_previous_editions_column_is_understood_and_kept(tmp_path):
    """``Kỳ trước`` (the template of a quarterly series writes it) and a column titled by last quarter are the
    previous edition's values: read and kept, not set aside with a warning."""
    p = write(tmp_path, "quy.csv", "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kỳ trước,Cùng kỳ năm trước\n"
              "TT-01,Số cuộc tuyên truyền,cuộc,14,12,9\n")
    [f] = load_table(p, period="2024-Q2")
    assert (f.ky_bao_cao, f.ky_truoc, f.cung_ky) == (Decimal(14), Decimal(12), Decimal(9))
    assert not validate_file(p, period="2024-Q2")
    p = write(tmp_path, "quy2.csv", "Chỉ tiêu,Đơn vị tính,Quý I/2024,Quý II/2024,Quý II/2023\n"
              "Số cuộc tuyên truyền,cuộc,12,14,9\n")
    [f] = load_table(p, period="2024-Q2")
    assert (f.ky_bao_cao, f.ky_truoc, f.cung_ky) == (Decimal(14), Decimal(12), Decimal(9))


def test_the_store_keeps_the_previous_editions_value(tmp_path):
    from service.figures.store import FigureStore

    p = write(tmp_path, "quy.csv", "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kỳ trước\nTT-01,Số cuộc tuyên truyền,cuộc,14,12\n")
    store = FigureStore(f"sqlite:///{tmp_path / 'f.db'}")
    store.load(p, "quy", "2024-Q2")
    assert store.get("quy", "2024-Q2").get("TT-01").ky_truoc == Decimal(12)


def test_a_titled_trong_do_row_heads_a_sub_group_whose_parts_say_so(tmp_path):
    """``Trong đó: Tội phạm về ma túy`` over ``- Số vụ``, ``- Số đối tượng``, then ``Trong đó: Tội phạm trộm cắp``
    over the same two: each part belongs to the row above in its unit, and its label names its sub-group (four
    rows called «Số vụ» / «Số đối tượng» could not be told apart)."""
    p = write(tmp_path, "nhom.csv", "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Số vụ phạm pháp hình sự,vụ,20\n"
              "2,Số đối tượng,đối tượng,30\n,Trong đó: Tội phạm về ma túy,,\n,- Số vụ,vụ,5\n,- Số đối tượng,đối tượng,8\n"
              ",Trong đó: Tội phạm trộm cắp,,\n,- Số vụ,vụ,9\n,- Số đối tượng,đối tượng,11\n3,Số tin báo,tin báo,34\n")
    t = load_table(p)
    assert [(f.ma, f.chi_tieu) for f in t][2:] == [
        ("1.a", "Tội phạm về ma túy - Số vụ"), ("2.a", "Tội phạm về ma túy - Số đối tượng"),
        ("1.b", "Tội phạm trộm cắp - Số vụ"), ("2.b", "Tội phạm trộm cắp - Số đối tượng"), ("3", "Số tin báo")]
    assert not [w for w in validate_file(p) if "lớn hơn" in w.message]
