"""The lead's loader rules of stop 33, each on a sheet as an agency typed it."""

from __future__ import annotations

from tests.sweep_tables import csv_table


def test_a_note_naming_one_part_in_words_is_a_row(tmp_path):
    # zr-hung-yen-an-thi-hoi-dong-nvqs-…: "trong đó 623 thanh niên đạt sức khỏe" in the note of the 652 examined
    t = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Ghi chú\n"
                            "1,Số thanh niên lên trạm khám,người,652,trong đó 623 thanh niên đạt sức khỏe\n"
                            "2,Số lệnh gọi,người,1.661,\n3,Số vụ,vụ,12,trong đó 2 vụ ở xã A và 3 vụ ở xã B\n", "2019-11")
    by = {f.chi_tieu: f.ky_bao_cao for f in t.figures}
    assert by["Số thanh niên lên trạm khám: thanh niên đạt sức khỏe"] == 623
    assert not any(k.startswith("Số vụ:") for k in by)     # two parts with numbers: a note, not one part


def test_a_part_larger_than_the_whole_stays_a_note(tmp_path):
    t = csv_table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Ghi chú\n"
                            "1,Số hộ được vay,hộ,62,trong đó 120 hộ nghèo\n", "2024")
    assert [f.chi_tieu for f in t.figures] == ["Số hộ được vay"]


def test_kinds_by_quantities_with_units_in_their_titles(tmp_path):
    # zs-tay-ninh-tai-nan-giao-thong-2021-q1: no familiar title, each quantity with its unit in brackets
    t = csv_table(tmp_path, "BAN AN TOÀN GIAO THÔNG TỈNH TÂY NINH,,,\nTÌNH HÌNH TAI NẠN GIAO THÔNG QUÝ I NĂM 2021,,,\n"
                            "Loại vụ việc,Số vụ (vụ),Số người chết (người),Số người bị thương (người)\n"
                            "TNGT rất nghiêm trọng,1,2,\nTNGT nghiêm trọng,6,6,2\nTNGT ít nghiêm trọng,6,,7\n"
                            "Va chạm giao thông,2,,2\n", "2021-Q1")
    vals = {(f.chi_tieu, f.ky_bao_cao) for f in t.figures}
    assert any("nghiêm trọng" in k and "chết" in k and v == 6 for k, v in vals)
    assert any("Va chạm" in k and "thương" in k and v == 2 for k, v in vals)
