"""The lead's loader rules of stop 32, on the working batch's tables (zq-)."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from service.errors import InputError
from service.figures.load import load_table

_SPRING = [("UBND TỈNH TUYÊN QUANG",), ("KẾT QUẢ SẢN XUẤT VỤ XUÂN NĂM 2024 (tính đến ngày 15/5/2024)",),
           ("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện đến 15/5/2024", "Ghi chú"),
           ("1", "Diện tích lúa xuân đã cấy", "ha", "18.420", None),
           ("2", "Diện tích ngô đã trồng", "ha", "8.262", None)]


def _xlsx(tmp_path, rows):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(list(r))
    path = tmp_path / "bang.xlsx"
    wb.save(path)
    return path


def test_a_years_title_dated_inside_the_chosen_month_loads_as_that_month(tmp_path):
    # zq-tuyen-quang-ubnd-tinh-san-xuat-vu-xuan-den-15-5-2024-05
    table = load_table(_xlsx(tmp_path, _SPRING), period="2024-05")
    assert table.period == "2024-05" and {f.chi_tieu: f.ky_bao_cao for f in table.figures}["Diện tích lúa xuân đã cấy"] == 18420


@pytest.mark.parametrize("period", ["2024-07", "2023-05", "2024-Q3"])
def test_another_month_or_year_is_still_refused(tmp_path, period):
    with pytest.raises(InputError) as e:
        load_table(_xlsx(tmp_path, _SPRING), period=period)
    assert "kỳ được chọn" in str(e.value)


_ACCOUNTS = ("KẾT QUẢ HOẠT ĐỘNG KINH DOANH QUÝ 3/2025\nĐơn vị tính: triệu đồng\nSTT,Chỉ tiêu,Quý 3/2025,Quý 3/2024\n"
             "1,Doanh thu hoạt động tài chính,1.321.898,-909.009\n2,Chi phí khác,60.344,-20.243\n"
             "3,Tổng doanh thu hoạt động kinh doanh,11.621.904,9.130.053\n")


def test_an_account_line_that_reverses_may_fall_below_zero(tmp_path):
    # zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3: a quarter's reversal in last year's column
    path = tmp_path / "kq.csv"
    path.write_text(_ACCOUNTS, encoding="utf-8")
    table = load_table(path, period="2025-Q3")
    prev = {f.chi_tieu: f.cung_ky for f in table.figures}
    assert prev["Doanh thu hoạt động tài chính"] == Decimal(-909009) * 10**6
    assert prev["Chi phí khác"] == Decimal(-20243) * 10**6


def test_a_negative_revenue_total_is_still_refused(tmp_path):
    path = tmp_path / "kq.csv"
    path.write_text(_ACCOUNTS.replace("9.130.053", "-9.130.053"), encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_table(path, period="2025-Q3")
    assert "số âm" in str(e.value)


# ------------------------------------------------------------------ parts by name in the note column
_DAMAGE = ("BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG CHỐNG THIÊN TAI\nTỔNG HỢP THIỆT HẠI DO BÃO SỐ 2 GÂY RA (tính đến 17 giờ ngày "
           "18/7/2017)\nTT,Loại thiệt hại,Đơn vị tính,Tổng số,Ghi chú\n"
           '1,Người chết,người,7,"Hà Giang 1, Yên Bái 1, Nghệ An 4, Thanh Hóa 1"\n'
           '2,Người mất tích,người,4,"Yên Bái 1; 3 thuyền viên tàu VTB26 (vùng biển Nghệ An)"\n'
           '3,Lúa bị ngập,ha,36.077,"Lào Cai 41,5; Yên Bái 464; Hòa Bình 116; Phú Thọ 726; … (đoạn trích bị cắt)"\n'
           '4,Nhà bị sập,căn,172,"Yên Bái 200, Hòa Bình 7"\n'
           '5,Tỷ lệ hộ đạt chuẩn,%,"84,6",vượt chỉ tiêu NQ\n')


def _damage(tmp_path):
    path = tmp_path / "thiet-hai.csv"
    path.write_text(_DAMAGE, encoding="utf-8")
    return load_table(path, period="2017-07")


def test_a_note_listing_the_parts_by_name_gives_a_row_for_each(tmp_path):
    # zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2-2017-07
    got = {f.chi_tieu: (f.ky_bao_cao, f.don_vi_tinh, f.don_vi) for f in _damage(tmp_path).figures}
    assert got["Người chết (Nghệ An)"] == (4, "người", "Nghệ An")
    assert got["Lúa bị ngập (Lào Cai)"] == (Decimal("41.5"), "ha", "Lào Cai")   # the semicolon separates, the comma
    assert "Lúa bị ngập (Phú Thọ)" in got                                         # is the decimal mark; a cut list


def test_a_note_that_is_no_such_list_stays_a_note(tmp_path):
    got = {f.chi_tieu for f in _damage(tmp_path).figures}
    assert not any(label.startswith("Người mất tích (") for label in got)   # one item of two pieces: no list
    assert not any(label.startswith("Nhà bị sập (") for label in got)       # a part larger than the whole
    assert not any(label.startswith("Tỷ lệ hộ đạt chuẩn (") for label in got)


def test_the_loader_says_what_it_made_of_the_note(tmp_path):
    path = tmp_path / "thiet-hai.csv"
    path.write_text(_DAMAGE, encoding="utf-8")
    table = load_table(path, period="2017-07")
    said = " ".join(str(w) for w in table.warnings)
    assert "ghi chú nêu số của từng đơn vị (Hà Giang, Yên Bái, Nghệ An, Thanh Hóa)" in said


# ------------------------------------------------------------------ places beside the value's own column
def test_columns_naming_places_beside_the_value_are_each_places_rows(tmp_path):
    # zq-quang-binh-tuyen-hoa-thiet-hai-loc-xoay-2018-05
    path = tmp_path / "loc.csv"
    path.write_text("TỔNG HỢP THIỆT HẠI DO LỐC XOÁY NGÀY 10/5/2018\nSTT,Chỉ tiêu thiệt hại,ĐVT,Tổng số,Xã Lê Hóa,"
                    "Xã Thuận Hóa,Ghi chú\n1,Nhà bị tốc mái,nhà,135,130,5,\n2,Lúa bị gãy đổ,ha,\"33,5\",\"20,5\",13,\n",
                    encoding="utf-8")
    got = {f.chi_tieu: (f.ky_bao_cao, f.don_vi) for f in load_table(path, period="2018-05").figures}
    assert got["Nhà bị tốc mái"][0] == 135
    assert got["Nhà bị tốc mái (Xã Lê Hóa)"] == (130, "Xã Lê Hóa")
    assert got["Lúa bị gãy đổ (Xã Thuận Hóa)"] == (13, "Xã Thuận Hóa")


def test_one_column_naming_a_place_beside_the_value_is_not_enough(tmp_path):
    path = tmp_path / "mot.csv"
    path.write_text("STT,Chỉ tiêu,ĐVT,Tổng số,Xã Lê Hóa\n1,Nhà bị tốc mái,nhà,135,130\n", encoding="utf-8")
    assert [f.chi_tieu for f in load_table(path, period="2018-05").figures] == ["Nhà bị tốc mái"]


def test_a_sheet_keeping_both_the_note_and_the_rows_made_of_it_loads_once(tmp_path):
    # the round trip's filled template of zq-dong-bang-song-cuu-long-thiet-hai-bao-so-1-pabuk-2019-01 was refused:
    # 'mã 4-gc1 trùng' — the note's parts were made again beside the rows the template had made of them
    path = tmp_path / "next.csv"
    path.write_text('Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Ghi chú\n1,Người chết,người,7,"Hà Giang 1, Nghệ An 4, Thanh Hóa 2"\n'
                    "1-gc1,Người chết (Hà Giang),người,1,\n1-gc2,Người chết (Nghệ An),người,4,\n"
                    "1-gc3,Người chết (Thanh Hóa),người,2,\n", encoding="utf-8")
    got = [f.chi_tieu for f in load_table(path, period="2017-07").figures]
    assert got == ["Người chết", "Người chết (Hà Giang)", "Người chết (Nghệ An)", "Người chết (Thanh Hóa)"]
