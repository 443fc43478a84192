"""Figures loader round 29's rules, each on the round's sheet and on a second layout (evaluations/figures-round29.md)."""

from __future__ import annotations

from decimal import Decimal as D

import openpyxl

from service.figures.load import load_table
from service.figures.schema import fold
from tests.figures_sheets import warned, write
from tests.test_fig29_sheets import _load

B = 10**9
M = 10**6


def _rows(t, *words):
    return [f for f in t if all(fold(w) in fold(f"{f.muc} {f.chi_tieu}") for w in words)]


def _pct(t, *words):
    return sorted(f.ky_bao_cao for f in _rows(t, *words) if f.don_vi_tinh == "%")


# Rule 1 — per cents in another dress (service/figures/ratios.py)
def test_a_column_formatted_as_per_cents_is_read_as_per_cents_whatever_its_title():
    # f05 (TKV 6T/2017): «So với cùng kỳ» over 1.03 shown «103%» — the indexes (main set the column aside)
    t = _load("f05-tamlongvang-tkv-2017-h1.xlsx")
    assert _pct(t, "nguyên khai", "cùng kỳ") == [D(103)]
    assert _pct(t, "Doanh thu", "cùng kỳ") == [D(113)]
    assert warned(t, "định dạng phần trăm", "So với cùng kỳ")


def test_a_per_cent_formatted_rise_in_a_second_layout(tmp_path):
    # a district's budget sheet kept in Excel: «Tăng so với cùng kỳ» over 0.125 shown «12,5%», beside the amount
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Tăng so với cùng kỳ"],
              [1, "Thu ngân sách trên địa bàn", "triệu đồng", 152300, 0.125],
              [2, "Chi ngân sách địa phương", "triệu đồng", 301450, -0.034]):
        ws.append(r)
    for c in ("E2", "E3"):
        ws[c].number_format = "0.0%"
    path = tmp_path / "ngansach.xlsx"
    wb.save(path)
    t = load_table(path, period="2023")
    thu = _rows(t, "Thu ngân sách")
    assert any(f.don_vi_tinh == "%" and f.ky_bao_cao == D("12.5") for f in thu) or \
        any(f.cung_ky and abs(f.ky_bao_cao / f.cung_ky - D("1.125")) < D("0.001") for f in thu), \
        [(f.chi_tieu, f.ky_bao_cao, f.cung_ky) for f in t]
    assert not any(f.don_vi_tinh == "%" and f.ky_bao_cao in (D("0.125"), D("-0.034")) for f in t)


def test_a_comparison_exported_as_a_ratio_is_a_per_cent():
    # f10 (cafef 2024): «So với tháng 6/2023» over 1,045 is «bằng 104,5%», never 1,045 %
    t = _load("f10-cafef-hatdieu-2024-06.csv")
    assert D("104.5") in _pct(t, "Lượng", "cùng kỳ")
    assert D("126.2") in _pct(t, "Lượng", "từ đầu năm")
    assert warned(t, "tỷ số dạng thập phân", "So với tháng 6/2023")


def test_a_ratio_in_a_second_layout_and_what_stays_as_typed(tmp_path):
    # a port's sheet: «So sánh cùng kỳ» over 1,1043 / 1,263 (computed ratios); a hand-typed «So với tháng trước» over
    # 0,13 (one or two decimals: a rate as the CPI's page types it) stays as typed
    path = write(tmp_path, "cangbien.csv",
                 "Chỉ tiêu,ĐVT,6 tháng năm 2015,So sánh cùng kỳ\n"
                 "Hàng hóa thông qua cảng biển,nghìn tấn,203000,\"1,1043\"\n"
                 "Hàng container,nghìn TEU,6200,\"1,263\"\n")
    t = load_table(path, period="2015-H1")
    assert D("110.43") in _pct(t, "Hàng hóa") or any(f.cung_ky for f in _rows(t, "Hàng hóa"))
    assert not any(f.ky_bao_cao in (D("1.1043"), D("1.263")) for f in t)
    kept = write(tmp_path, "cpi.csv",
                 "Chỉ tiêu,ĐVT,Tháng 3/2023,So với tháng trước\n"
                 "Lượng khách,lượt,1200,\"0,13\"\n")
    assert not warned(load_table(kept, period="2023-03"), "tỷ số dạng thập phân")


# Rule 2 — a rate against the month just before the number on its left (columns.rate_against_the_period_just_before)
def test_a_part_against_the_month_before_it_is_kept_as_its_own_rate():
    # f07 (tapchicongthuong 2020), read for 8 months: «Ước tháng 8/2020 | So với tháng 7/2020 (%)» — August against
    # July: 7,8 %, named by both months (main set it aside «được tính lại từ các cột số liệu»)
    t = _load("f07-tapchicongthuong-hatdieu-2020-8t.csv")
    assert _pct(t, "Lượng", "tháng 8/2020", "tháng 7/2020") == [D("7.8")]
    assert _pct(t, "bình quân", "tháng 7/2020") == [D("-0.1")]


def test_the_periods_own_value_against_the_month_before_stays_aside():
    # f10, read for June: «Tháng 6/2024 | So với tháng 5/2024» — beside the period's own value the comparison stays
    # aside, as rounds 16 and 27 keep it (their guards); only a part's is a row of its own
    t = _load("f10-cafef-hatdieu-2024-06.csv")
    assert not _pct(t, "Lượng", "tháng 5/2024")
    assert warned(t, "so sánh với một kỳ không có trong bảng", "So với tháng 5/2024")


def test_a_quarter_against_the_quarter_before_in_a_second_layout(tmp_path):
    # a tax office's sheet read for the half year: «Quý II/2023 | So với quý I/2023 (%) | 6 tháng năm 2023»
    path = write(tmp_path, "thue.csv",
                 "Chỉ tiêu,ĐVT,Quý II/2023,So với quý I/2023 (%),6 tháng năm 2023\n"
                 "Số thu nội địa,tỷ đồng,\"1.250,5\",\"8,2\",\"2.406,3\"\n")
    t = load_table(path, period="2023-H1")
    assert _pct(t, "Số thu", "quý I/2023") == [D("8.2")]


def test_a_month_before_held_in_the_sheet_is_still_recomputed(tmp_path):
    # the month before has its column: the rate is recomputed from it, as before (no row of its own)
    path = write(tmp_path, "thang.csv",
                 "Chỉ tiêu,ĐVT,Tháng 7/2020,Tháng 8/2020,So với tháng 7/2020 (%)\n"
                 "Lượng,tấn,41750,45000,\"7,8\"\n")
    t = load_table(path, period="2020-08")
    assert not _pct(t, "Lượng", "so với tháng 7")


# Rule 3 — a rate column read as rises by its numbers (columns._like_rises), and a second quantity's own rate
# (columns.measure_just_left)
def test_rises_under_an_index_title_and_each_quantitys_own_rate():
    # f04 (cafef 2024): «Lượng (tấn) | So cùng kỳ (%) | Trị giá (triệu USD) | So cùng kỳ (%)» — 24, 63, 13 … are
    # rises (main dropped those below 50 and kept 63 as a fall to 63 %); the second column is the value's
    t = _load("f04-cafef-hatdieu-thitruong-2024-h1.csv")
    assert _pct(t, "Trung Quốc", "tốc độ tăng") == [D(39), D(63)]
    assert _pct(t, "Hoa Kỳ", "trị giá", "tốc độ tăng") == [D(16)]
    assert not _pct(t, "Hoa Kỳ", "trị giá", "so cùng kỳ") or _pct(t, "Hoa Kỳ", "trị giá", "so cùng kỳ") == [D(16)]
    assert _pct(t, "Tổng số", "trị giá", "tốc độ tăng") == [D("18.7")]
    assert _pct(t, "Hoa Kỳ", "tốc độ tăng lượng") == [D(24)]   # the value's own rate names its quantity too


def test_a_second_quantitys_rate_in_a_second_layout(tmp_path):
    # a fisheries office's sheet of markets: the tonnage and the value in thousand USD, each followed by its rise
    path = write(tmp_path, "thuysan.csv",
                 "Thị trường,Khối lượng (tấn),So cùng kỳ (%),Giá trị (nghìn USD),So cùng kỳ (%)\n"
                 "Nhật Bản,\"12.450\",\"8,5\",\"98.300\",\"12,1\"\n"
                 "Hàn Quốc,\"9.870\",\"3,2\",\"61.250\",\"5,4\"\n"
                 "Hoa Kỳ,\"7.115\",\"21\",\"70.020\",\"18,3\"\n")
    t = load_table(path, period="2023")   # «Giá trị» is the value here, «Khối lượng» the second quantity
    assert _pct(t, "Nhật Bản", "khối lượng", "tốc độ tăng") == [D("8.5")]
    assert [f.ky_bao_cao for f in _rows(t, "Nhật Bản") if f.don_vi_tinh == "%"
            and "khoi luong" not in fold(f.chi_tieu)] == [D("12.1")]


def test_indexes_near_a_hundred_stay_indexes(tmp_path):
    # «So cùng kỳ (%)» over 104,6 · 98,2 · 112: indexes, as before (no rise read)
    path = write(tmp_path, "chiso.csv",
                 "Chỉ tiêu,ĐVT,Năm 2023,So cùng kỳ (%)\n"
                 "Sản lượng điện,triệu kWh,\"1.250,4\",\"104,6\"\n"
                 "Sản lượng nước,nghìn m3,\"2.310\",\"98,2\"\n"
                 "Doanh thu,tỷ đồng,\"512\",\"112\"\n")
    t = load_table(path, period="2023")
    assert not warned(t, "đọc là tốc độ tăng (%), không phải chỉ số")


# Rule 4 — the year of an occasion in the title stands for the chosen period over columns of units
# (columns.year_of_the_occasion)
def test_provinces_as_columns_under_an_occasions_year_load():
    # f09 (baogialai 2025): «… DỊP TẾT NGUYÊN ĐÁN ẤT TỴ 2025 CỦA 7 TỈNH, THÀNH PHỐ», provinces as columns; main refused
    t = _load("f09-baogialai-doanhthu-dulich-tet-2025.csv")
    assert [f.ky_bao_cao for f in _rows(t, "Doanh thu", "Lào Cai")] == [1201 * B]
    assert _pct(t, "Tăng", "Kiên Giang") == [D("49.5")]
    assert warned(t, "tên bảng") and warned(t, "2025")   # the title's Tết: January 2025 since the period round 32


def test_districts_as_columns_under_a_seasons_year_and_what_stays_refused(tmp_path):
    # a flood board's sheet: «THIỆT HẠI DO MƯA LŨ NĂM 2020 … » has its period; «… MÙA MƯA BÃO 2020» only the year
    path = write(tmp_path, "luabao.csv",
                 "TỔNG HỢP THIỆT HẠI MÙA MƯA BÃO 2020 CÁC HUYỆN,,,\n"
                 "Chỉ tiêu,ĐVT,Huyện Nam Đông,Huyện A Lưới\n"
                 "Nhà bị tốc mái,nhà,125,310\n"
                 "Diện tích lúa bị ngập,ha,\"40,5\",12\n")
    t = load_table(path, period="2020")
    assert [f.ky_bao_cao for f in _rows(t, "tốc mái", "A Lưới")] == [D(310)]
    other = write(tmp_path, "luabao2.csv", path.read_text(encoding="utf-8").replace("2020", "2019", 1))
    try:
        load_table(other, period="2020")
    except Exception as exc:  # the title's year is not the chosen period's: nothing says the period, refused
        assert "không rõ cột nào là số liệu kỳ báo cáo" in str(exc)
    else:
        raise AssertionError("a sheet titled for 2019 read for 2020 was loaded")


# Rule 5 — a part of a total: its total's unit, its total's name when the same part stands under several totals
# (load.unit_of_the_total, load.named_by_its_total, cells.enumerates)
def test_the_parts_of_a_total_take_its_unit_and_its_name():
    # f02 (the ministry's libraries 2016): «• Thư viện Quốc gia Việt Nam» under the books (bản), the cards, the visits
    # (lượt): five rows of one name; main loaded them with no unit and no total, and «(làng, thôn, bản)» as a unit
    t = _load("f02-bvhttdl-thuvien-2016.csv")
    books = _rows(t, "sách hiện có", "Quốc gia")
    assert [(f.ky_bao_cao, f.don_vi_tinh) for f in books] == [(2563000, "bản")]
    assert [(f.ky_bao_cao, f.don_vi_tinh) for f in _rows(t, "bạn đọc đến", "Quốc gia")] == [(2800525, "lượt")]
    assert all(f.don_vi_tinh != "làng, thôn, bản" for f in t)
    assert warned(t, "lấy đơn vị ghi trong ngoặc ở tên hàng tổng")


def test_parts_in_a_second_layout_and_a_part_with_its_own_unit(tmp_path):
    # a health centre's list: «Số lượt khám bệnh (lượt)» and «Số người điều trị nội trú (người)», each with «- Nam»,
    # «- Nữ» under it; «- Trong đó: trẻ em dưới 6 tuổi (em)» keeps its own
    path = write(tmp_path, "yte.csv",
                 "TT,Chỉ tiêu,Năm 2023\n"
                 "1,Số lượt khám bệnh (lượt),\"45.210\"\n"
                 ",- Nam,\"20.100\"\n"
                 ",- Nữ,\"25.110\"\n"
                 "2,Số người điều trị nội trú (người),\"3.420\"\n"
                 ",- Nam,\"1.500\"\n"
                 ",- Nữ,\"1.920\"\n"
                 ",- Trong đó: trẻ em dưới 6 tuổi (em),410\n")
    t = load_table(path, period="2023")
    assert [(f.ky_bao_cao, f.don_vi_tinh) for f in _rows(t, "khám bệnh", "Nữ")] == [(25110, "lượt")]
    assert [(f.ky_bao_cao, f.don_vi_tinh) for f in _rows(t, "nội trú", "Nữ")] == [(1920, "người")]
    assert [f.don_vi_tinh for f in _rows(t, "trẻ em")] == ["em"]


def test_a_part_under_one_total_keeps_its_own_name(tmp_path):
    # one total, its parts named once: the labels stay as written (no total's name added)
    path = write(tmp_path, "mot.csv",
                 "TT,Chỉ tiêu,Năm 2023\n"
                 "1,Tổng số hộ nghèo (hộ),\"1.250\"\n"
                 ",- Hộ dân tộc thiểu số,830\n")
    t = load_table(path, period="2023")
    assert [f.chi_tieu for f in t if f.ky_bao_cao == 830] == ["- Hộ dân tộc thiểu số"] or \
        [f.chi_tieu for f in t if f.ky_bao_cao == 830] == ["Hộ dân tộc thiểu số"]


# Rule 6 — a database's export: English column names, ISO dates (service/figures/export.py, transpose.read_long's
# comparisons per period)
def test_a_database_export_in_long_form_loads():
    # f01 (a coffee trade export): main refused it «không tìm thấy hàng tiêu đề cột»; June the value, January–June the
    # months to date, each period's own rate kept with it
    t = _load("f01-ecoffee-caphe-xuatkhau-2020-06.csv")
    lượng = [f for f in _rows(t, "cà phê - lượng") if f.don_vi_tinh == "tấn"]
    assert sorted(f.ky_bao_cao for f in lượng) == [140000, 955000]
    assert [f.ky_bao_cao for f in lượng if "tu dau nam" in fold(f.chi_tieu)] == [955000]
    assert _pct(t, "cà phê - lượng", "tháng 6/2020", "cùng kỳ") == [D(-3)]
    assert warned(t, "tệp xuất từ cơ sở dữ liệu", "'indicator_name' → 'Chỉ tiêu'")


def test_a_database_export_by_quarter_in_a_second_layout(tmp_path):
    # an open-data portal's export: camelCase names, one date pair per quarter, «yoyPct»
    path = write(tmp_path, "portal.csv",
                 "indicatorName,unit,startDate,endDate,value,yoyPct\n"
                 "Doanh thu bán lẻ hàng hóa,tỷ đồng,2023-01-01,2023-03-31,15230,8.2\n"
                 "Doanh thu bán lẻ hàng hóa,tỷ đồng,2023-04-01,2023-06-30,16110,9.1\n"
                 "Doanh thu lưu trú ăn uống,tỷ đồng,2023-01-01,2023-03-31,2410,12.5\n"
                 "Doanh thu lưu trú ăn uống,tỷ đồng,2023-04-01,2023-06-30,2630,14\n")
    t = load_table(path, period="2023-Q2")
    assert [f.ky_bao_cao for f in _rows(t, "bán lẻ") if f.don_vi_tinh == "đồng" and "quy" not in fold(f.chi_tieu)] \
        == [16110 * B]
    assert D("9.1") in _pct(t, "bán lẻ")


def test_an_english_header_that_is_no_export_is_still_refused(tmp_path):
    # English names with no span or no value: not read as an export, refused as before with the header said
    path = write(tmp_path, "eng.csv", "name,comment\nLượt khách,tăng mạnh\n")
    try:
        load_table(path, period="2023")
    except Exception as exc:
        assert "hàng tiêu đề" in str(exc) or "thiếu cột" in str(exc), str(exc)
    else:
        raise AssertionError("loaded")


# Rule 7 — some days of a month inside the period (columns.days_of_a_month, DaysOfMonth)
def test_the_first_days_of_the_month_are_a_part_with_their_own_rate():
    # f08 (the customs' half-month release, read for June): «15 ngày đầu tháng 6/2018» 16,5 nghìn tấn (main set it
    # aside «cột không thuộc bảng số liệu») and its rise 2,2 % beside it, never on the year-to-date row
    t = _load("f08-nhandieurangmuoi-hatdieu-2018-06.csv")
    assert [f.ky_bao_cao for f in _rows(t, "Lượng", "15 ngày đầu tháng 6/2018") if f.don_vi_tinh == "tấn"] == [16500]
    assert _pct(t, "Lượng", "15 ngày đầu tháng 6/2018") == [D("2.2")]
    assert D("2.2") not in [f.ky_bao_cao for f in _rows(t, "Lượng") if "15 ngay" not in fold(f.chi_tieu)]


def test_a_half_month_in_a_second_layout_and_another_months_days(tmp_path):
    # «Kỳ 2 tháng 3/2023» read for the first quarter: a part of it; «Kỳ 1 tháng 4/2023» (after the quarter) is not
    path = write(tmp_path, "haiquan.csv",
                 "Chỉ tiêu,ĐVT,Quý I/2023,Kỳ 2 tháng 3/2023,Kỳ 1 tháng 4/2023\n"
                 "Kim ngạch xuất khẩu,triệu USD,\"79.470\",\"14.220\",\"11.050\"\n")
    t = load_table(path, period="2023-Q1")
    assert [f.ky_bao_cao for f in _rows(t, "Kim ngạch", "kỳ 2 tháng 3/2023")] == [14220 * M]
    assert not _rows(t, "Kim ngạch", "kỳ 1 tháng 4/2023")
