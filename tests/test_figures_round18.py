"""Figures loader round 18: a city's sheet whose period column is named by a year inside a phrase
(zv-binh-duong-thu-dau-mot-gia-dinh-van-hoa-2012), a police sheet's second count column of another unit (not a plan),
then agencies' own sheets built by hand from public pages (evaluations/data/figures-round18/build.py), expected rows
written before the loader was run."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.figures.load import load_table
from tests.figures_sheets import by_label as _by_label, expected as _e, find as _find, warned as _warned, \
    write as _write

ROOT = Path(__file__).parent.parent
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"
DATA = ROOT / "evaluations" / "data" / "figures-round18"


# --- round 18: agencies' sheets built by hand from public pages -----------------------------------------------------
# Expected rows written before the loader was run on the sheets (as the agency means them); label fragments are matched
# in the row's Mục and label, case and marks folded.

B = 10**9
#: name → (period given, expected rows)
SHEETS18: dict[str, tuple] = {
    # a letterhead over the table, a signature block at its foot; a signed change beside the month; a share column
    "z01-baobariavungtau-chayno-2025-01.xlsx": ("2025-01", [
        _e("Số vụ cháy", "vụ", 375, cung_ky=268), _e("thành thị", "vụ", 195),
        _e("Số người chết", "người", 6, cung_ky=9), _e("Số người bị thương", "người", 5, cung_ky=8),
        _e("Thiệt hại về tài sản", "đồng", 11700000000, cung_ky=4400000000), _e("rừng bị cháy", "ha", 20),
        _e("Cháy nhà dân", "vụ", 125), _e("làm rõ nguyên nhân", "vụ", 230), _e("thiết bị điện", "vụ", 170)]),
    # two count columns of different units (cases, accused persons); «gần», «hơn» typed in the cells
    "z02-plo-vks-toaan-tphcm-2017-h1.csv": ("2017-H1", [
        _e("Khởi tố mới", "vụ", 3900), _e("Khởi tố mới", "bị can", 4300), _e("thụ lý", "vụ", 29200),
        _e("Đã giải quyết", "vụ", 15200), _e("bị hủy", "vụ", 137), _e("bị sửa", "vụ", 442)]),
    # a JSON export with a system's ASCII field names
    "z03-cand-danso-hanoi-2012-q1.json": ("2012-Q1", [
        _e("Số trẻ sinh ra", "trẻ", 18622, cung_ky=15842), _e("con thứ ba", "trẻ", 1456, cung_ky=1147),
        _e("Tỷ lệ sinh con thứ ba", "%", "7.28"), _e("Tỷ số giới tính", None, 115), _e("Số quận, huyện", None, 15)]),
    # thousands typed with a space
    "z04-trungtamyteyenmy-danso-hungyen-2009.csv": ("2009", [
        _e("Số sinh toàn tỉnh", "trẻ", 17103), _e("trẻ nam", "trẻ", 9513), _e("Trẻ nữ", "trẻ", 7590),
        _e("Số con thứ 3", "trẻ", 1576), _e("Tỷ lệ sinh con thứ 3", "%", "9.2", cung_ky="10.15"),
        _e("phát triển dân số", "%", "0.96", cung_ky="0.98"), _e("KHHGĐ", "%", "81.4")]),
    # the period's column named by a phrase with the year; units in brackets in the names
    "z05-baoquangnam-danso-2012.csv": ("2012", [
        _e("Dân số toàn tỉnh", "người", 1521441), _e("Trẻ mới sinh", "trẻ", 20469),
        _e("Tỷ suất sinh thô", None, "13.53"), _e("Tỷ số giới tính", None, "109.4"),
        _e("con thứ 3", "%", 16)]),
    # «~400» in a cell; the unit column after the value
    "z06-tanuyen-hienmau-2024-06.xlsx": ("2024-06", [
        _e("Tình nguyện viên", "người", 400), _e("đủ điều kiện", "người", 350), _e("đơn vị máu", "đơn vị", 350)]),
    # a count column beside an area and a volume column
    "z07-baodaknong-vipham-rung-dakglong-2018-q1.xlsx": ("2018-Q1", [
        _e("Tổng số vụ", "vụ", 87), _e("Phá rừng", "vụ", 73), _e("Phá rừng", "ha", "43.697"),
        _e("Khai thác rừng", "m3", "7.748"), _e("Vận chuyển lâm sản", "vụ", 5), _e("Cất giữ", "m3", "6.366"),
        _e("đã xử lý", "vụ", 76), _e("hình sự", "vụ", 14)]),
    # a column per district with the province's total
    "z08-thtg-covid-tiengiang-2021-07.csv": ("2021-07", [
        _e("Cái Bè", "ca", 86), _e("Mỹ Tho", "ca", 110), _e("Gò Công Tây", "ca", 12),
        # changed after the first look (README): the province's total is the row itself, not a part named «Toàn tỉnh»
        _e("Số ca bệnh tại các ổ dịch", "ca", 326)]),
    # «Lũy kế 4 tháng» beside the month
    "z09-vietbao-tngt-2018-04.csv": ("2018-04", [
        _e("Số vụ", "vụ", 1346), _e("người chết", "người", 639), _e("bị thương", "người", 1009),
        _e("Số vụ", "vụ", 6020), _e("người chết", "người", 2788), _e("bị thương", "người", 4636)]),
    # ways as rows, a signed change after each count; thousands typed with a space
    "z10-vietbao-tngt-2018-h1.csv": ("2018-H1", [
        _e("Toàn quốc|số vụ", "vụ", 8999, cung_ky=9593), _e("Toàn quốc|chết", "người", 4103, cung_ky=4134),
        _e("Toàn quốc|bị thương", "người", 7027, cung_ky=7935), _e("Đường bộ|số vụ", "vụ", 8889, cung_ky=9457),
        _e("Đường sắt|chết", "người", 53, cung_ky=65), _e("Đường thủy|số vụ", "vụ", 40)]),
}

# Still wrong at the end of round 18 (evaluations/data/figures-round18/README.md): strict, so each flips when fixed.
OPEN18: dict[str, str] = {}   # z07 and z10 load since the rules below (first look: README)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=OPEN18[n]))
                                  if n in OPEN18 else n for n in sorted(SHEETS18)])
def test_the_round18_sheet_loads_every_stated_number_where_it_belongs(name):
    period, rows = SHEETS18[name]
    t = load_table(DATA / name, period=period)
    used: set = set()
    missing = [e for e in rows if _find(t, e, used) is None]
    assert not missing, (missing, [(f.muc, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao, f.cung_ky, f.ke_hoach) for f in t])


# --- 1. the known open layouts of the brief --------------------------------------------------------------------------

def test_a_header_of_words_a_period_named_in_a_phrase_and_a_share():
    # zv-binh-duong-thu-dau-mot-gia-dinh-van-hoa-2012: «Danh hiệu | Số được công nhận năm 2012 | Tỷ lệ (%)» (the page:
    # «trong năm 2012 TP.TDM có 80 khu, ấp văn hóa, chiếm tỷ lệ 67,8%; có 40.337 hộ gia đình văn hóa, chiếm tỷ lệ
    # 93,6%»): refused «không tìm thấy hàng tiêu đề cột» (the share column named no column the header rule counted)
    t = load_table(HELDOUT / "zv-binh-duong-thu-dau-mot-gia-dinh-van-hoa-2012" / "figures.csv", period="2012")
    rows = _by_label(t)
    assert (rows["Hộ gia đình văn hóa"].ky_bao_cao, rows["Hộ gia đình văn hóa"].don_vi_tinh) == (D(40337), "hộ")
    assert (rows["Khu, ấp văn hóa"].ky_bao_cao, rows["Khu, ấp văn hóa"].don_vi_tinh) == (D(80), "khu")
    assert rows["Khu nhà trọ văn hóa"].ky_bao_cao == D(1339)
    assert rows["Hộ gia đình văn hóa: tỷ lệ"].ky_bao_cao == D("93.6")
    assert len(t.figures) == 6
    from service.figures.read import _has_share_title, _is_header
    assert _has_share_title(["Danh hiệu", "Số được công nhận năm 2012", "Tỷ lệ (%)"])
    assert _is_header(["Danh hiệu", "Số được công nhận năm 2012", "Tỷ lệ (%)"])
    assert not _is_header(["Năm 2012", "Tỷ lệ (%)"])          # no title of words: no header
    assert not _is_header(["Danh hiệu", "Tỷ lệ (%)"])         # no column of the period's values: no header


def test_a_second_count_of_another_unit_is_no_plan():
    # zt-quang-nam-cum-thi-dua-cong-an-cac-huyen-mien-nui-2024: «Nội dung | Đơn vị tính | Số lượng | Số bị can» over
    # «Vụ án thụ lý điều tra | vụ | 158 | 287»: «Số bị can» was read as the plan (each number not smaller than the
    # period's), a 'Kế hoạch' of 287 cases for 158 — persons accused are a second count of the row, in 'bị can'
    t = load_table(HELDOUT / "zt-quang-nam-cum-thi-dua-cong-an-cac-huyen-mien-nui-2024" / "figures.csv", period="2024")
    rows = _by_label(t)
    assert all(f.ke_hoach is None for f in t)
    assert (rows["Vụ án thụ lý điều tra"].ky_bao_cao, rows["Vụ án thụ lý điều tra"].don_vi_tinh) == (D(158), "vụ")
    accused = rows["Vụ án thụ lý điều tra: số bị can"]
    assert (accused.ky_bao_cao, accused.don_vi_tinh) == (D(287), "bị can")
    assert rows["Khởi tố các tội về ma túy: số bị can"].ky_bao_cao == D(22)
    assert not _warned(t, "nạp vào cột 'Kế hoạch'")
    from service.figures.columns import counts_another_noun
    assert counts_another_noun("Số bị can", {"vụ"}) and counts_another_noun("Số hộ", {"người"})
    assert not counts_another_noun("Số vụ", {"vụ"}) and not counts_another_noun("Số thụ lý", {"vụ"})
    assert not counts_another_noun("Số lượng", {"vụ"})


def test_a_count_taken_in_beside_the_count_resolved_stays_the_whole(tmp_path):
    # the rule above leaves round 9's reading: «Số thụ lý | Số đã giải quyết» on rows in 'vụ' (459/539)
    path = _write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,Số đã giải quyết,Số thụ lý\n1,Vụ việc dân sự,vụ,459,539\n"
                                     "2,Vụ án hình sự,vụ,120,125\n")
    t = load_table(path, period="2024")
    assert [(f.ky_bao_cao, f.ke_hoach) for f in t] == [(D(459), D(539)), (D(120), D(125))]


# --- 2. the fixes of round 18's first look ---------------------------------------------------------------------------

def test_a_volume_in_cubic_metres_is_an_aspect_of_a_matrix_row():
    # z07 (baodaknong, Đắk Glong quý I/2018): «Số vụ (vụ) | Diện tích (ha) | Khối lượng lâm sản (m3)» over «Phá rừng |
    # 73 | 43,697 |» (the page: «phá rừng: 73 vụ, với 43,697 ha; khai thác rừng trái phép: 2 vụ, với 7,748 m3»):
    # refused «không rõ cột nào là số liệu kỳ báo cáo» — the 3 of m3 read as a number in the title, «Khối» as a bloc
    t = load_table(DATA / "z07-baodaknong-vipham-rung-dakglong-2018-q1.xlsx", period="2018-Q1")
    rows = _by_label(t)
    assert (rows["Phá rừng: diện tích"].ky_bao_cao, rows["Phá rừng: diện tích"].don_vi_tinh) == (D("43.697"), "ha")
    wood = rows["Khai thác rừng trái phép: khối lượng lâm sản"]
    assert (wood.ky_bao_cao, wood.don_vi_tinh) == (D("7.748"), "m3")
    assert _warned(t, "bảng hai chiều")
    from service.figures.columns import _names_an_aspect
    assert _names_an_aspect("Khối lượng lâm sản (m3)") and _names_an_aspect("Diện tích (km2)")
    assert not _names_an_aspect("Năm 2017") and not _names_an_aspect("Khối cơ quan") \
        and not _names_an_aspect("Xã Đông Tiến")


def test_each_change_column_follows_its_own_cell_of_one_unit():
    # z10 (vietbao, 6 tháng 2018): «Số người chết (người) | Tăng, giảm so cùng kỳ (người) | Số người bị thương
    # (người) | Tăng, giảm so cùng kỳ (người)» (the page: «đường bộ … làm chết 4.027 người, bị thương 6.997 người. So
    # với cùng kỳ năm 2017 giảm 568 vụ (-6.01%), giảm 04 người chết (-0.10%), giảm 893 người bị thương»): two cells in
    # 'người', so neither change was paired and deaths and injuries kept no last year's number
    t = load_table(DATA / "z10-vietbao-tngt-2018-h1.csv", period="2018-H1")
    rows = _by_label(t)
    assert rows["Đường bộ: số người chết"].cung_ky == D(4031)
    assert rows["Đường bộ: số người bị thương"].cung_ky == D(7890)
    assert rows["Đường sắt: số vụ"].cung_ky == D(76)
    assert rows["Đường thủy nội địa: số người chết"].cung_ky is None
    assert _warned(t, "ngay sau cột đó", "Số người bị thương (người)")


def test_a_change_not_right_after_a_cell_of_its_unit_stays_unpaired(tmp_path):
    # both changes after both counts: which is whose is not said by place, so neither is paired
    path = _write(tmp_path, "a.csv", "Lĩnh vực,Số người chết (người),Số người bị thương (người),Tăng giảm so cùng kỳ "
                                     "(người),Giảm so cùng kỳ (người)\nĐường bộ,10,20,-1,-2\nĐường sắt,3,4,-1,1\n")
    t = load_table(path, period="2018")
    rows = _by_label(t)
    assert rows["Đường bộ: số người chết"].cung_ky is None


# --- 3. round 15's open w02: a yearbook's blocks of years under unit lines -------------------------------------------

def test_a_yearbooks_bilingual_header_over_blocks_of_years_under_unit_lines():
    # round 15's w02 (Hòa Bình yearbook): «| Tổng số | Phân theo giới tính | | Phân theo thành thị, nông thôn |» over
    # «| Total | Nam - Male | Nữ - Female | Thành thị - Urban | Nông thôn - Rural», then «Người - Person» over «2021 |
    # 464174 | …» and «Sơ bộ - Prel. 2022 | 497477 | …», then «So với dân số - Proportion of population (%)» over the
    # same years: refused «không tìm thấy hàng tiêu đề cột»
    t = load_table(ROOT / "evaluations" / "data" / "figures-round15" / "w02-hoabinh-laodong-2022.xlsx", period="2022")
    rows = _by_label(t)
    assert (rows["Tổng số"].ky_bao_cao, rows["Tổng số"].cung_ky, rows["Tổng số"].don_vi_tinh) == \
        (D(497477), D(464174), "người")
    assert (rows["Nam"].ky_bao_cao, rows["Nông thôn"].ky_bao_cao) == (D(259342), D(393155))
    share = rows["Nam: so với dân số"]
    assert (share.ky_bao_cao, share.cung_ky, share.don_vi_tinh) == (D("58.85"), D("55.32"), "%")
    assert len(t.figures) == 10
    assert _warned(t, "niên giám", "Năm 2022 (sơ bộ)")


def test_the_words_of_a_yearbooks_glosses_and_unit_lines():
    from service.figures.transpose import _block_heading, _vietnamese, yearbook_blocks
    assert _vietnamese("Nam - Male") == "Nam" and _vietnamese("Thành thị - Urban") == "Thành thị"
    assert _vietnamese("So với dân số - Proportion of population (%)") == "So với dân số (%)"
    assert _block_heading(["Người - Person", None, None]) == ("", "người")
    assert _block_heading(["Nghìn ha - Thous. ha", None]) == ("", "nghìn ha")
    assert _block_heading(["So với dân số - Proportion of population (%)", None]) == ("so với dân số", "%")
    assert _block_heading(["2021", 5, 6]) is None and _block_heading(["Sơ bộ - Prel. 2022", None]) is None
    assert _block_heading(["Hà Nội, ngày 5 tháng 1", None]) is None
    # a year row before any unit line: not such a yearbook (left to the other readers)
    rows = [(1, [None, "Tổng số", "Nam"]), (2, [None, "Total", "Nam - Male"]), (3, ["2021", 5, 3])]
    assert yearbook_blocks(rows, 30) is None
