"""Figures loader round 8: agencies' own sheets, first time.  Each test opens one of the 20 tables hand-built from
public pages of ``evaluations/sweep/pages/`` (``tests/data/figures_round8/``, the page in the file's name; first look in
``evaluations/figures-round8.md``) and checks what users see: values, units, roles, and the warnings.

- Notes, ``Nơi nhận`` and the signature block under the table (``KT. CỤC TRƯỞNG`` in a value column) are left out with
  one warning; a row that names an indicator and has words in a value cell keeps its error.
- ``k.có``, ``Không có``, ``KPS`` in a value cell say "none", as ``-`` does.
- A unit line above the header (``Đơn vị tính: triệu đồng``, ``ĐVT: tỷ đồng``) is the unit of every row that gives none.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table

DATA = Path(__file__).parent / "data" / "figures_round8"


def _load(name, **kw):
    return load_table(DATA / name, **kw)


def _rows(t):
    return [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach) for f in t]


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_a_signature_block_under_the_table_is_left_out_and_the_two_level_header_read():
    # t01 from c7-gialai-ktxh-2024-h1: "Năm 2024" merged over "Kế hoạch | Thực hiện 6 tháng"; "KT. CỤC TRƯỞNG" under it
    t = _load("t01-gialai-ktxh-2024-h1.xlsx")
    assert t.period == "2024-H1"
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach, f.muc) for f in t}
    assert rows["Tổng thu ngân sách nhà nước"] == ("đồng", 3370 * 10**9, 2863 * 10**9, 5626 * 10**9,
                                                   "I. Thu ngân sách, thương mại")
    assert rows["Kim ngạch xuất khẩu"][:4] == ("USD", 525 * 10**6, Decimal("448.9") * 10**6, 750 * 10**6)
    assert rows["Số lao động được giải quyết việc làm"] == ("lao động", 15360, 15199, 26800, "B. XÃ HỘI")
    assert len(t) == 6
    assert any("dưới bảng" in w.message and "18" in w.message for w in t.warnings)


def test_a_signature_in_the_value_column_of_a_csv_is_left_out():
    # t03 from c4-hoaan-hnd-2021: "T/M BAN THƯỜNG VỤ" / "CHỦ TỊCH" under the "Thực hiện" column
    t = _load("t03-hoaan-hnd-2021.csv")
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao, f.ke_hoach) for f in t}
    assert rows["Phát triển hội viên mới"] == ("hội viên", 85, 85)
    assert rows["Xây dựng Quỹ Chi hội"] == ("đồng", 78_000_000, None)
    assert rows["Làm mới đường bê tông liên thôn"] == ("m", 2569, None)
    assert not any("CHỦ TỊCH" in f.chi_tieu for f in t)


def test_words_in_a_value_cell_of_a_named_row_are_still_refused_with_their_cell(tmp_path):
    p = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Thực hiện\n1,Số hội viên mới,hội viên,85\n"
                                  "2,Số chi hội,chi hội,đạt\n")
    with pytest.raises(InputError) as e:
        load_table(p)
    assert any(p.row == 3 and p.column == "Thực hiện" and "«đạt» không phải là số" in p.message
               for p in e.value.problems)


@pytest.mark.parametrize("name,row,cung_ky", [("t05-vn-pccc-2024-h1.csv", "Số vụ cháy rừng", None),
                                               ("t13-thoibinh-ccb-2019.csv", "Quỹ Đồng đội", None)])
def test_k_co_in_a_cell_says_none(name, row, cung_ky):
    t = _load(name)
    f = next(f for f in t if f.chi_tieu == row)
    assert f.cung_ky is cung_ky and f.ky_bao_cao > 0


def test_k_co_in_the_period_column_leaves_the_row_out_with_a_warning(tmp_path):
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Năm 2024\n1,Số vụ cháy,vụ,12\n2,Số vụ nổ,vụ,Không có\n"))
    assert _rows(t) == [("Số vụ cháy", "vụ", 12, None, None)]
    assert any("hàng 3" in w.message for w in t.warnings)


def test_a_unit_line_above_the_header_is_the_unit_of_rows_that_give_none():
    # t02 from c3-nuithanh-nhcsxh-2022-h1: "Đơn vị tính: triệu đồng" in the last cell above the header
    t = _load("t02-nuithanh-nhcsxh-2022-h1.xlsx")
    assert _rows(t) == [
        ("Tổng nguồn vốn hoạt động", "đồng", 529_800 * 10**6, 465_968 * 10**6, None),
        ("Tổng doanh số cho vay", "đồng", 116_200 * 10**6, 88_702 * 10**6, None),
        ("Tổng doanh số thu nợ", "đồng", 65_500 * 10**6, 57_709 * 10**6, None),
        ("Nợ xấu", "đồng", 72 * 10**6, 245 * 10**6, None),
        ("Số lượt hộ vay vốn", "lượt hộ", 2899, 2510, None)]   # its label's own unit first
    assert any("«triệu đồng» ghi trên đầu bảng" in w.message for w in t.warnings)


def test_a_unit_line_leaves_the_units_labels_give_alone():
    # t19 from p9-thaibinh-ktxh-2018-q1: "Đơn vị tính: tỷ đồng"; "Diện tích cây vụ đông (ha)"
    t = _load("t19-thaibinh-ktxh-2018-q1.xlsx")
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao) for f in t}
    assert rows["Tổng sản phẩm trên địa bàn (GRDP)"] == ("đồng", 10902 * 10**9)
    assert rows["Giá trị sản xuất ngành trồng trọt"] == ("đồng", Decimal("2759.1") * 10**9)
    assert rows["Diện tích cây vụ đông"] == ("ha", 36351)
    assert rows["Sản lượng thủy sản khai thác"] == ("tấn", 19800)


def test_a_unit_line_in_a_cell_of_its_own_row_and_a_second_quantity():
    # t20 from c3-phugiao-nhcsxh-2021-q1: "ĐVT: triệu đồng" over the balance; "Số hộ còn dư nợ" counts households
    t = _load("t20-phugiao-nhcsxh-2021-q1.csv")
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao) for f in t}
    assert rows["Cho vay giải quyết việc làm"] == ("đồng", 232_000 * 10**6)
    assert rows["Cho vay giải quyết việc làm: số hộ còn dư nợ"] == ("hộ", 4320)


def test_an_agency_named_on_a_unit_line_is_no_unit(tmp_path):
    t = load_table(_write(tmp_path, "a.csv", "Đơn vị: Hội Nông dân xã Hòa An\nSTT,Chỉ tiêu,Thực hiện\n"
                                             "1,Hội viên mới,85\n"))
    assert _rows(t) == [("Hội viên mới", "", 85, None, None)]


# Columns titled by a period in the agency's own words.

def test_an_estimate_titled_by_the_month_is_the_value_and_last_years_month_the_base():
    # t07 from c8-vn-thuysan-2019-07: "Ước tính tháng 7/2019 | Tháng 7/2018 | Cộng dồn 7 tháng năm 2019"; before,
    # last year's column was loaded as the period's value
    t = _load("t07-vn-thuysan-2019-07.xlsx")
    assert t.period == "2019-07"
    rows = {f.ma: (f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky) for f in t}
    assert rows["R-4"] == ("Tổng sản lượng thủy sản", "tấn", 740_500, 708_100)
    assert rows["R-4-LK"][2] == 4_521_000 and "(từ đầu năm)" in rows["R-4-LK"][0]
    assert rows["R-5.b"] == ("Tôm", "tấn", 87_600, 86_800)


def test_a_round_titled_by_its_year_is_the_value_beside_the_running_total_and_the_plan():
    # t11 from c4-huonghoa-hienmau-2022: "Đợt IV năm 2022 | Kế hoạch năm 2022 | Lũy kế từ đầu năm"; before, the
    # running total was loaded as the period's value
    t = _load("t11-huonghoa-hienmau-2022.csv")
    rows = {f.ma: (f.ky_bao_cao, f.ke_hoach) for f in t}
    assert rows["2"] == (232, None) and rows["2-LK"] == (1238, None)
    assert rows["3"] == (254, 1009) and rows["3-LK"] == (1300, 1009)
    assert rows["1"] == (300, None)


def test_quarters_without_their_year_take_the_titles_year():
    # t08 from c7-quangnam-ktxh-2024-h1: "Nghị quyết HĐND tỉnh giao năm 2024 | Quý I | Quý II | 6 tháng" under
    # "… 6 THÁNG ĐẦU NĂM 2024", "ĐVT: tỷ đồng" above the header
    t = _load("t08-quangnam-ktxh-2024-h1.xlsx")
    assert t.period == "2024-H1"
    assert [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.ke_hoach) for f in t if "(quý" not in f.chi_tieu
            and not f.chi_tieu.endswith(": so với cùng kỳ")] == [  # (stop 40: an index kept as its row's own)
        ("Tổng thu ngân sách nhà nước", "đồng", 12_221 * 10**9, 23_600 * 10**9),
        ("Thu nội địa", "đồng", 10_152 * 10**9, 20_100 * 10**9),
        ("Thu từ hoạt động xuất nhập khẩu", "đồng", 3_224 * 10**9, 5_464 * 10**9)]
    # the quarters are parts of the half: rows of their own
    assert [(f.ma, f.chi_tieu, f.ky_bao_cao) for f in t if f.ma.startswith("1-")] == [
        ("1-2024-Q1", "Thu nội địa (quý I năm 2024)", 4_910 * 10**9),
        ("1-2024-Q2", "Thu nội địa (quý II năm 2024)", 5_242 * 10**9)]


def test_the_start_of_the_term_is_set_aside_and_its_end_is_the_value():
    # t04 from p10-phuocvinh-ccb-2017-2022: "Đầu nhiệm kỳ | Cuối nhiệm kỳ | So với đầu nhiệm kỳ (%)"; was refused
    t = _load("t04-phuocvinh-ccb-2017-2022.xlsx")
    assert t.period == "2017-2022"
    assert [(f.chi_tieu, f.ky_bao_cao, f.cung_ky) for f in t][:2] == [("Tổng số hội viên", 330, None),
                                                                      ("Số chi hội", 6, None)]
    assert any(w.column == "Đầu nhiệm kỳ" and "gốc để so sánh" in w.message for w in t.warnings)


def test_the_first_half_and_a_pledge_are_no_start(tmp_path):
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,6 tháng đầu năm 2024,Phấn đấu năm 2024,Ghi chú năm 2024\n"
                                             "1,Hội viên mới,hội viên,85,120,đạt\n"))
    assert _rows(t) == [("Hội viên mới", "hội viên", 85, None, 120)]
    assert [f.ghi_chu for f in t] == ["đạt"]


# One value column per place or level beside the whole's.

def _xlsx(path, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


MOT_CUA = [["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", None, None, None, None, None, None],
           ["TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2020", None, None, None, None, None, None],
           ["STT", "Nội dung", "ĐVT", "Toàn tỉnh", "Cấp tỉnh", "Cấp huyện", "Cấp xã"],
           [1, "Hồ sơ tiếp nhận", "hồ sơ", 659245, 54575, 340060, 264610],
           [2, "Hồ sơ đã giải quyết", "hồ sơ", 643272, 51780, 329596, 261896],
           ["2.2", "Giải quyết quá hạn", "hồ sơ", 7677, 708, 5685, None]]


def test_columns_per_level_beside_the_whole_are_rows_of_their_own(tmp_path):
    # holdout13 lam-dong-none-mot-cua-2020-q1 (the lead's working batch): "Toàn tỉnh | Cấp tỉnh | Cấp huyện | Cấp xã";
    # before, the three levels were set aside and 17 numbers the text states had no row
    t = load_table(_xlsx(tmp_path / "mc.xlsx", MOT_CUA))
    rows = {f.ma: (f.chi_tieu, f.don_vi, f.don_vi_tinh, f.ky_bao_cao) for f in t}
    assert rows["1"] == ("Hồ sơ tiếp nhận", "", "hồ sơ", 659245)
    assert rows["1-2"] == ("Hồ sơ tiếp nhận (cấp tỉnh)", "Cấp tỉnh", "hồ sơ", 54575)
    assert rows["2-4"] == ("Hồ sơ đã giải quyết (cấp xã)", "Cấp xã", "hồ sơ", 261896)
    assert "2.2-4" not in rows  # an empty cell: no row
    from service.checker import check_text
    text = "Với cấp tỉnh, quý I đã tiếp nhận {} hồ sơ; đã giải quyết 51.780 hồ sơ, quá hạn còn 708 hồ sơ."
    assert {c.verdict for c in check_text(text.format("54.575"), t).numbers} == {"supported"}
    assert check_text(text.format("54.757"), t).numbers[0].verdict == "unsupported"


def test_a_total_to_a_date_with_no_start_is_no_year_to_date(tmp_path):
    # holdout13 nam-dinh-none-ban-quan-ly-kcn-2018-h1: "6 tháng đầu năm 2018 | Lũy kế đến 30/6/2018" (174 projects since
    # the parks opened, 5 this half year): its own code, its title in the label, not "(từ đầu năm)"
    t = load_table(_write(tmp_path, "kcn.csv", "TT;Nội dung;Đơn vị tính;6 tháng đầu năm 2018;Lũy kế đến 30/6/2018\n"
                                               "1;Dự án được cấp Giấy chứng nhận đăng ký đầu tư;dự án;5;174\n"))
    assert [(f.ma, f.chi_tieu, f.ky_bao_cao) for f in t] == [
        ("1", "Dự án được cấp Giấy chứng nhận đăng ký đầu tư", 5),
        ("1-LKDN", "Dự án được cấp Giấy chứng nhận đăng ký đầu tư (lũy kế đến 30/6/2018)", 174)]
    ytd = load_table(_write(tmp_path, "b.csv", "TT;Nội dung;Đơn vị tính;Tháng 6/2018;Lũy kế từ đầu năm\n"
                                               "1;Dự án mới;dự án;2;5\n"))
    assert [(f.ma, f.chi_tieu) for f in ytd][1] == ("1-LK", "Dự án mới (từ đầu năm)")


def test_years_inside_the_term_are_rows_of_their_own(tmp_path):
    # holdout13 quang-nam-none-vien-kiem-sat-2016-2021: "Giai đoạn 2016-2021 | Năm 2016 | Năm 2020", the text "năm
    # 2016: 1.112 vụ/1.418 bị can; năm 2020: 1.318 vụ/2.043 bị can" (before: both years set aside as "kỳ khác")
    t = load_table(_xlsx(tmp_path / "vks.xlsx", [
        ["SỐ LIỆU TỔNG HỢP CÔNG TÁC THỰC HÀNH QUYỀN CÔNG TỐ GIAI ĐOẠN 2016 - 2021", None, None, None, None, None],
        ["STT", "Chỉ tiêu", "ĐVT", "Giai đoạn 2016-2021", "Năm 2016", "Năm 2020"],
        [1, "Số vụ thụ lý", "vụ", None, 1112, 1318],
        [2, "Số vụ THQCT, KSĐT", "vụ", "5.185", None, None]]))
    assert [(f.ma, f.chi_tieu, f.ky_bao_cao) for f in t] == [
        ("1-2016", "Số vụ thụ lý (năm 2016)", 1112), ("1-2020", "Số vụ thụ lý (năm 2020)", 1318),
        ("2", "Số vụ THQCT, KSĐT", 5185)]
    from service.checker import check_text
    text = "Số vụ án hình sự thụ lý tăng dần theo từng năm (năm 2016: {} vụ; năm 2020: 1.318 vụ)."
    verdicts = {c.text: c.verdict for c in check_text(text.format("1.112"), t).numbers}
    assert (verdicts["1.112"], verdicts["1.318"]) == ("supported", "supported")
    assert {c.text: c.verdict for c in check_text(text.format("1.121"), t).numbers}["1.121"] == "unsupported"


def test_a_year_before_the_term_stays_aside():
    # t14 from c8-hoabinh-ldtbxh-2016-2020: "Năm 2015 | Năm 2019 | Ước năm 2020 | Cả giai đoạn 2016-2020"
    t = _load("t14-hoabinh-ldtbxh-2016-2020.xlsx")
    rows = {f.ma: (f.chi_tieu, f.ky_bao_cao) for f in t}
    assert rows["3"] == ("Tuyển sinh giáo dục nghề nghiệp", 78669)
    assert rows["4-2020"] == ("Tỷ lệ lao động qua đào tạo (năm 2020)", 56)
    assert not any(f.ky_bao_cao == 68 for f in t)                      # 2015: before the term
    assert any(w.column == "Năm 2015" and "kỳ khác" in w.message for w in t.warnings)


def test_a_share_in_percent_beside_a_count_is_a_second_quantity_and_a_title_unit_the_rows(tmp_path):
    # holdout13 dong-thap-none-ban-tuyen-giao-2023-06: "Đảng viên tham gia học tập (%) | Quần chúng tham gia (lượt)",
    # one row per resolution; "có tỷ lệ 97,55% đảng viên và 26.472 lượt quần chúng" (before: the % column set aside as
    # a comparison nothing computes, the count loaded with no unit)
    t = load_table(_write(tmp_path, "nq.csv", "STT;Nghị quyết được học tập, quán triệt;Đảng viên tham gia học tập (%);"
                                              "Quần chúng tham gia (lượt)\n1;Nghị quyết Đại hội XIII của Đảng;97,55;26.472\n"
                                              "2;Nghị quyết Đại hội XI Đảng bộ tỉnh;98,29;13.114\n"))
    assert [(f.ma, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in t][:2] == [
        ("1", "Nghị quyết Đại hội XIII của Đảng", "lượt", 26472),
        ("1-2", "Nghị quyết Đại hội XIII của Đảng: đảng viên tham gia học tập", "%", Decimal("97.55"))]


@pytest.mark.parametrize("title", ["Tỷ lệ (%)", "Đạt (%)", "TH/KH (%)", "So sánh (%)", "Tăng giảm (%)"])
def test_a_comparison_in_percent_is_still_set_aside(tmp_path, title):
    t = load_table(_write(tmp_path, "a.csv", f"STT,Chỉ tiêu,ĐVT,Kế hoạch,Thực hiện,{title}\n1,Hội viên mới,hội viên,100,85,85\n"))
    assert _rows(t) == [("Hội viên mới", "hội viên", 85, None, 100)]
    assert any(w.column == title and "so sánh" in w.message for w in t.warnings)


def test_a_unit_in_the_value_columns_title_is_the_unit_of_rows_that_give_none(tmp_path):
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,Diện tích (ha)\n1,Lúa vụ xuân,\"1.250,5\"\n2,Ngô,320\n"))
    assert [(f.don_vi_tinh, f.ky_bao_cao) for f in t] == [("ha", Decimal("1250.5")), ("ha", 320)]
    t = load_table(_write(tmp_path, "b.csv", "STT,Chỉ tiêu,ĐVT,Kỳ báo cáo (6 tháng 2023)\n1,Số vụ,vụ,12\n2,Lúa,,5\n"))
    assert [f.don_vi_tinh for f in t] == ["vụ", ""]


def test_the_terms_first_year_beside_the_terms_value_is_its_base_not_a_row(tmp_path):
    # heldout r-ba-ria-vung-tau-cchc-2015-2020: "Giai đoạn 2015-2020 | Năm 2015", "xếp 9/63 (tăng 26 bậc so với năm
    # 2015)": 2015's rank is the base of the change, not a figure of its own
    t = load_table(_write(tmp_path, "a.csv", "STT;Nội dung;ĐVT;Giai đoạn 2015-2020;Năm 2015\n"
                                             "1;Xếp hạng Chỉ số PAR INDEX;hạng/63;9;35\n2;Số vụ;vụ;;12\n"))
    assert [(f.ma, f.ky_bao_cao) for f in t] == [("1", 9), ("2-2015", 12)]


def test_a_year_to_date_to_a_month_end_keeps_pairing_with_the_months_value(tmp_path):
    # heldout u-an-giang-dich-ta-lon-chau-phi-2019-10t: "Lũy kế đến 10/2019" beside a value column no period titles
    t = load_table(_write(tmp_path, "a.csv", "STT;Chỉ tiêu;ĐVT;Tháng 10/2019;Lũy kế đến 31/10/2019\n"
                                             "1;Số điểm dịch;điểm dịch;15;1.223\n"))
    assert [f.ma for f in t] == ["1", "1-LK"]


def test_a_words_column_before_the_indicator_telling_rows_apart_joins_the_label(tmp_path):
    # holdout13 toan-quoc-none-bao-ve-thuc-vat-2013: "Đối tượng | Chỉ tiêu": the pest, repeated over its rows
    t = load_table(_write(tmp_path, "bvtv.csv", "STT,Đối tượng,Chỉ tiêu,ĐVT,Năm 2013\n"
                                               "1,Sâu cuốn lá nhỏ,Diện tích nhiễm nặng,ha,\"242.224,8\"\n"
                                               "2,Sâu cuốn lá nhỏ,Diện tích nhiễm - các tỉnh phía Bắc,ha,571.333\n"
                                               "3,\"Rầy nâu, rầy lưng trắng\",Diện tích nhiễm nặng,ha,\"54.325,35\"\n"))
    assert [f.chi_tieu for f in t] == ["Sâu cuốn lá nhỏ - Diện tích nhiễm nặng",
                                       "Sâu cuốn lá nhỏ - Diện tích nhiễm - các tỉnh phía Bắc",
                                       "Rầy nâu, rầy lưng trắng - Diện tích nhiễm nặng"]


def test_a_words_column_standing_alone_on_title_rows_names_the_groups(tmp_path):
    # holdout13 tuyen-quang-none-dai-ptth-2020: "TT | Loại hình | Chỉ tiêu", title rows "I | Phát thanh |" and
    # "II | Truyền hình |" (before: "II" was read as the title of a group nested in I)
    t = load_table(_write(tmp_path, "ptth.csv", "TT,Loại hình,Chỉ tiêu,Đơn vị tính,Năm 2020\n"
                                               "I,Phát thanh,,,\n1,Phát thanh,Thời lượng phát sóng,giờ/ngày,\"8,1\"\n"
                                               "II,Truyền hình,,,\n2,Truyền hình,Thời lượng phát sóng,giờ/ngày,18\n"))
    assert [(f.ma, f.chi_tieu, f.muc) for f in t] == [("I.1", "Thời lượng phát sóng", "I. Phát thanh"),
                                                      ("II.2", "Thời lượng phát sóng", "II. Truyền hình")]


def test_a_row_numbered_after_its_group_is_the_groups_sibling():
    # t06 from c5-ducgiang-ktxh-2021-h1: group "2 Chăn nuôi" with rows "2.1 … 2.4", then "3 Bình quân lương thực"
    t = _load("t06-ducgiang-ktxh-2021-h1.xlsx")
    rows = {f.chi_tieu: (f.ma, f.muc) for f in t}
    assert rows["Tổng đàn lợn"] == ("2.2", "2. Chăn nuôi")
    assert rows["Bình quân lương thực"] == ("3", "")
    assert rows["Ước thu từ trồng trọt"] == ("4", "")


def test_rows_numbered_under_their_group_stay_in_it(tmp_path):
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Thực hiện\n1,Công tác tuyên truyền,,\n1,Số buổi,buổi,12\n"
                                             "2,Số người dự,người,300\n2,Công tác tập huấn,,\n1,Số lớp,lớp,4\n"))
    assert [(f.chi_tieu, f.muc) for f in t] == [("Số buổi", "1. Công tác tuyên truyền"),
                                                ("Số người dự", "1. Công tác tuyên truyền"),
                                                ("Số lớp", "2. Công tác tập huấn")]


def test_a_count_noun_in_the_label_is_its_unit_when_the_table_has_no_unit_column():
    # t06 "Tổng đàn lợn (con)", t13 from c3-thoibinh-ccb-2019 "Nhà đồng đội xây mới (căn)"
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao) for f in _load("t06-ducgiang-ktxh-2021-h1.xlsx")}
    assert rows["Tổng đàn lợn"] == ("con", 1450)
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao, f.cung_ky) for f in _load("t13-thoibinh-ccb-2019.csv")}
    assert rows["Nhà đồng đội xây mới"] == ("căn", 8, 5)
    assert rows["Quỹ Đồng đội"] == ("đồng", 190_000_000, None)


def test_a_qualifier_or_an_abbreviation_in_parentheses_is_no_unit(tmp_path):
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,Năm 2024\n1,Số xã đạt chuẩn (lũy kế),15\n"
                                             "2,Tổng sản phẩm (GRDP),120\n"))
    assert [(f.chi_tieu, f.don_vi_tinh) for f in t] == [("Số xã đạt chuẩn (lũy kế)", ""), ("Tổng sản phẩm (GRDP)", "")]


def test_cases_resolved_beside_cases_taken_in():
    # t10 from c8-haihau-toaan-2020: "Số thụ lý | Số đã giải quyết" (was refused: "không rõ cột nào là số liệu kỳ báo
    # cáo"); "đã giải quyết được 459/539 vụ, việc các loại, đạt tỷ lệ hơn 85%"
    t = _load("t10-haihau-toaan-2020.xlsx")
    rows = {f.chi_tieu: (f.don_vi_tinh, f.ky_bao_cao, f.ke_hoach) for f in t}
    assert rows["Tổng số"] == ("vụ, việc", 459, 539)
    assert rows["Án hình sự"] == ("vụ", 76, 84)
    from service.checker import check_text
    said = {c.text: c.verdict for c in check_text("Tòa án đã giải quyết được 459/539 vụ, việc các loại.", t).numbers}
    assert said.get("459") == "supported" and said.get("539 vụ, việc", said.get("539")) == "supported"


def test_a_count_of_households_beside_money_is_no_whole(tmp_path):
    # round 7's bank sheet: "Dư nợ (tỷ đồng) | Số hộ còn dư nợ" stays a second quantity
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,Đơn vị tính,Dư nợ đến 31/12/2020,Số hộ còn dư nợ\n"
                                             "1,Hội Liên hiệp Phụ nữ,tỷ đồng,808,\"19.136\"\n"))
    assert [(f.ma, f.ke_hoach) for f in t] == [("1", None), ("1-2", None)]


def test_money_per_a_base_keeps_its_value_and_says_the_base_is_not_stored():
    # t15 from c-hanoi-ntm-2014: "Thu nhập bình quân đầu người | triệu đồng/người/năm | 28,6"
    t = _load("t15-hanoi-ntm-2014.csv")
    f = next(f for f in t if f.chi_tieu == "Thu nhập bình quân đầu người")
    assert (f.don_vi_tinh, f.ky_bao_cao) == ("đồng", 28_600_000)
    assert any("«triệu đồng/người/năm»" in w.message and "không được lưu" in w.message for w in t.warnings)


def test_the_months_to_date_beside_the_month_are_its_running_total(tmp_path):
    # the final batch's kind: "Tháng 7/2017 | 7 tháng/2017 | 7 tháng/2016" (the year-to-date columns were set aside)
    t = load_table(_write(tmp_path, "a.csv", "BÁO CÁO TÌNH HÌNH TAI NẠN GIAO THÔNG THÁNG 7 NĂM 2017\n"
                                             "STT,Chỉ tiêu,ĐVT,Tháng 7/2017,7 tháng/2017,7 tháng/2016\n"
                                             "1,Số vụ tai nạn giao thông,vụ,5,41,38\n"))
    assert t.period == "2017-07"
    assert [(f.ma, f.chi_tieu, f.ky_bao_cao, f.cung_ky) for f in t] == [
        ("1", "Số vụ tai nạn giao thông", 5, None), ("1-LK", "Số vụ tai nạn giao thông (từ đầu năm)", 41, 38)]
