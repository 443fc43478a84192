"""Figures loader round 14: round 13's open items and the held-out zl craft villages (part 1), then agencies' own
sheets built by hand from public pages, expected rows written before the loader was run (part 2)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table

ROOT = Path(__file__).parent.parent
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"
DATA = ROOT / "evaluations" / "data" / "figures-round14"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _warned(t, *needles):
    """A warning says every needle, in its words or the column it names."""
    return any(all(n in f"{w.message} {w.column or ''}" for n in needles) for w in t.warnings)


def _by_label(t):
    return {f.chi_tieu: f for f in t}


# --- 1. units as columns with only their names as titles, the period in the sheet's title -----------------------------

def test_craft_villages_as_columns_under_a_sheet_titled_with_the_year():
    # zl-lam-dong-lam-ha-lang-nghe-truyen-thong-2019 (dalat-info 17/6/2019): «Làng nghề dệt thổ cẩm Đam Pao … hơn 6 tỷ
    # đồng/năm … gần 170 lao động»; the sheet «… ĐƯỢC CHỌN HỖ TRỢ NĂM 2019», each village a column (was refused «không
    # rõ cột nào là số liệu kỳ báo cáo»)
    for period in ("2019", None):
        t = load_table(HELDOUT / "zl-lam-dong-lam-ha-lang-nghe-truyen-thong-2019" / "figures.csv", period=period)
        rows = _by_label(t)
        assert t.period == "2019"
        f = rows["Lao động có việc làm: làng nghề dệt thổ cẩm Đam Pao (xã Đạ Đờn)"]
        assert (f.ky_bao_cao, f.don_vi_tinh) == (D(170), "lao động")
        assert rows["Doanh thu bình quân một năm: làng nghề dâu tằm tơ Đông Anh 5 (TT Nam Ban)"].ky_bao_cao == D(12 * 10**9)
        assert rows["Nông hộ tham gia: làng nghề dâu tằm tơ Đông Anh 5 (TT Nam Ban)"].ky_bao_cao == D(90)
        assert len(t.figures) == 10            # 4 × 3 cells, two blank
        assert "Lao động có việc làm" not in rows  # no total: the sheet states none
        assert _warned(t, "chỉ ghi tên đơn vị", "năm 2019", "không có cột tổng")


def test_communes_as_columns_load_when_the_sheet_title_states_the_period(tmp_path):
    # baoangiang / zk's page (HĐND các xã kỳ họp cuối năm 2022): «Xã Tấn Mỹ … 13 chỉ tiêu đạt và vượt … Xã Nhơn Mỹ 14»,
    # the period in the sheet's title only; the same table with no title stays refused
    # (tests/test_figures_round13b.py::test_communes_as_columns_with_no_period_over_them_stay_refused)
    body = ("STT,Chỉ tiêu,Đơn vị tính,Xã Tấn Mỹ,Xã Long Điền B,Xã Nhơn Mỹ\n"
            "1,Số chỉ tiêu đạt và vượt,chỉ tiêu,13,,14\n2,Số hộ nghèo,hộ,41,80,37\n")
    t = load_table(_write(tmp_path, "xa.csv", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT HĐND CÁC XÃ NĂM 2022,,,,,\n" + body))
    rows = _by_label(t)
    assert (t.period, rows["Số chỉ tiêu đạt và vượt: Xã Nhơn Mỹ"].ky_bao_cao) == ("2022", D(14))
    assert rows["Số hộ nghèo: Xã Long Điền B"].ky_bao_cao == D(80)
    assert len(t.figures) == 5
    with pytest.raises(InputError, match="không rõ cột nào là số liệu kỳ báo cáo"):
        load_table(_write(tmp_path, "xa2.csv", body), period="2022")


def test_columns_with_no_name_of_a_unit_stay_refused_under_a_titled_sheet(tmp_path):
    # levels (``Cấp tỉnh | Cấp huyện``) and bare data (``so_lieu_khac | so_lieu_cu``) say nothing of which is whose,
    # whatever the title says (round 10's rule)
    for head in ("Cấp tỉnh,Cấp huyện", "so_lieu_khac,so_lieu_cu"):
        with pytest.raises(InputError, match="không rõ cột nào là số liệu kỳ báo cáo"):
            load_table(_write(tmp_path, "a.csv", f"BÁO CÁO NĂM 2022,,,,\nSTT,Chỉ tiêu,ĐVT,{head}\n1,Số vụ,vụ,1,2\n"))


# --- 2. a header of two rows: periods, each over the quantities of the row below --------------------------------------

def test_years_merged_over_quantities_the_periods_value_its_others_and_past_years_rows_of_their_own():
    # round 13's u06 (atlasnn, a yearbook's rice table): «Cả nước 7,329,200 48.9 35,832,900 … 7,716,546 55.5
    # 42,839,091», `Tỉnh, vùng` merged down, `2005 | 2010 | 2017` each merged over `Diện tích (ha) | Năng suất (tạ/ha) |
    # Sản lượng (tấn)` (was refused «không tìm thấy hàng tiêu đề cột»)
    t = load_table(ROOT / "evaluations" / "data" / "figures-round13" / "u06-atlasnn-lua-tinh-2017.xlsx", period="2017")
    got = {f.chi_tieu: (f.ma, f.don_vi_tinh, f.ky_bao_cao) for f in t}
    assert got["Cả nước"] == ("R-4", "ha", D(7716546))
    assert got["Cả nước: năng suất"] == ("R-4-2", "tạ/ha", D("55.5"))
    assert got["Cả nước: sản lượng (năm 2005)"] == ("R-4-3-2005", "tấn", D(35832900))
    assert got["Bắc Ninh: sản lượng (năm 2010)"][2] == D(439772)      # typed unseparated, read as written
    assert got["Hà Tây (năm 2005)"] == ("R-6-2005", "ha", D(162200))
    assert len(t.figures) == 30 and len(set(t.codes())) == 30
    assert _warned(t, "ghi tên kỳ, mỗi kỳ trên các cột của hàng 3", "Tỉnh, vùng")
    assert _warned(t, "mỗi kỳ gồm nhiều đại lượng", "Năng suất (tạ/ha)")
    assert _warned(t, "kiểu Anh")


def test_quarters_merged_over_quantities_in_a_csv(tmp_path):
    # a statistics office's livestock table laid the same way (cucthongke: «Tổng đàn lợn … 2,67 triệu con, sản lượng
    # thịt hơi xuất chuồng … 305,6 nghìn tấn»): the period's first quantity the value, the year before's its own rows
    path = _write(tmp_path, "lon.csv", "Địa phương,Năm 2023,,Năm 2024,\n"
                  ",Tổng đàn (con),Sản lượng thịt hơi (tấn),Tổng đàn (con),Sản lượng thịt hơi (tấn)\n"
                  "Toàn tỉnh,\"2.581.300\",\"291.200\",\"2.670.500\",\"305.600\"\n"
                  "Huyện A,\"412.000\",\"46.100\",\"430.900\",\"48.700\"\n")
    t = load_table(path, period="2024")
    got = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao, f.cung_ky) for f in t}
    assert got["Toàn tỉnh"] == ("con", D(2670500), D(2581300))     # 2023 is last year: the value's Cùng kỳ
    assert got["Toàn tỉnh: sản lượng thịt hơi"][:2] == ("tấn", D(305600))
    assert got["Huyện A: sản lượng thịt hơi (năm 2023)"][:2] == ("tấn", D(46100))
