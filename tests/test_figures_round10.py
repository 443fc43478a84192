"""Figures loader round 10: agencies' own sheets, first time.  Each test opens one of the 16 sheets hand-built from
public pages found with the search tool (``tests/data/figures_round10/``, the page's address in ``build.py``, first
look in ``evaluations/figures-round10.md``) and checks what users see: every stated number loaded where it belongs
(value, last year's, plan, or a row of its own), units, the period, and what the warnings say.

The expected rows below were written by hand from the pages before the loader was run on the sheets.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.figures.load import load_table
from service.figures.schema import fold

DATA = Path(__file__).parent / "data" / "figures_round10"
B, M = 10**9, 10**6


def _match(f, label):
    """A label given as fragments ``'a|b'``: every fragment in the row's label (case and marks folded)."""
    return all(fold(part) in fold(f.chi_tieu) for part in label.split("|"))


def _check(t, expected):
    """Every expected row (label fragments, unit, value, last year's, plan) is loaded once, and nothing else."""
    got = list(t)
    for label, unit, value, cung_ky, ke_hoach in expected:
        hits = [f for f in got if _match(f, label) and f.ky_bao_cao == value]
        assert hits, f"no row {label!r} = {value}: {[(f.chi_tieu, f.ky_bao_cao) for f in t]}"
        f = hits[0]
        got.remove(f)
        assert (f.don_vi_tinh, f.cung_ky, f.ke_hoach) == (unit, cung_ky, ke_hoach), (label, f)
    assert not got, f"rows not expected: {[(f.chi_tieu, f.ky_bao_cao) for f in got]}"


def _warned(t, *needles):
    return any(all(n in w.message for n in needles) for w in t.warnings)


DS = "Án dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động"

# name, period, rows (label fragments, unit, value, last year's, plan)
SHEETS = {
    # a matrix: one row per cell, its label the kind of case and the column
    "r01-binhphuoc-toaan-2016.xlsx": ("2016", [
        ("Án hình sự|Thụ lý", "vụ", 1367, None, None),
        ("Án hình sự|Đã giải quyết", "vụ", 1206, None, None),
        ("Án hình sự|Còn lại", "vụ", 161, None, None),
        (f"{DS}|Thụ lý", "vụ, việc", 6218, None, None),
        (f"{DS}|Đã giải quyết", "vụ, việc", 5209, None, None),
        (f"{DS}|Còn lại", "vụ, việc", 1011, None, None),
        ("Án hành chính|Thụ lý", "vụ", 77, None, None),
        ("Án hành chính|Đã giải quyết", "vụ", 53, None, None),
        ("Án hành chính|Còn lại", "vụ", 24, None, None),
        ("Tổng cộng|Thụ lý", "vụ", 7662, None, None),
        ("Tổng cộng|Đã giải quyết", "vụ", 6468, None, None),
        ("Tổng cộng|Còn lại", "vụ", 1194, None, None)]),
    # a change in numbers against cùng kỳ: last year's = value − change
    "r02-binhphuoc-toaan-2016-tanggiam.csv": ("2016", [
        ("Số vụ án thụ lý", "vụ", 7662, 7160, None),
        ("Số vụ án đã giải quyết", "vụ", 6468, 6457, None),
        ("Án hình sự thụ lý", "vụ", 1367, 1433, None),
        ("Án hình sự đã giải quyết", "vụ", 1206, 1281, None),
        (f"{DS} thụ lý", "vụ, việc", 6218, 5624, None),
        (f"{DS} đã giải quyết", "vụ, việc", 5209, 5102, None),
        ("Án hành chính thụ lý", "vụ", 77, 103, None),
        ("Án hành chính đã giải quyết", "vụ", 53, 74, None)]),
    # Số mắc | Số chết per disease
    "r03-cand-dichbenh-2014.csv": ("2014", [
        ("Tay chân miệng|Số mắc", "ca", 22683, None, None),
        ("Tay chân miệng|Số chết", "ca", 2, None, None),
        ("Sốt xuất huyết|Số mắc", "ca", 402, None, None),
        ("Sốt xuất huyết|Số chết", "ca", 0, None, None)]),
    # Năm 2016 and Năm 2015 each over Mắc | Tử vong: 2015's cell is last year's of 2016's; "Gần 20.000"
    "r04-plo-dichbenh-2016.xlsx": ("2016", [
        ("Viêm não vi rút|Mắc", "ca", 315, None, None),
        ("Viêm não vi rút|Tử vong", "ca", 12, 3, None),
        ("Viêm màng não do não mô cầu|Mắc", "ca", 46, 13, None),
        ("Viêm màng não do não mô cầu|Tử vong", "ca", 3, 3, None),
        ("Tay chân miệng|Mắc", "ca", 20000, None, None),
        ("Tay chân miệng|Tử vong", "ca", 4, 2, None)]),
    # Tổng số | Nam | Nữ | Thành thị | Nông thôn: the total is the row, the others rows of their own
    "r05-quangtri-danso-2021.xlsx": ("2021", [
        ("Dân số trung bình", "người", 647790, None, None),
        ("Dân số trung bình|Nam", "người", 321786, None, None),
        ("Dân số trung bình|Nữ", "người", 326004, None, None),
        ("Dân số trung bình|Thành thị", "người", 210960, None, None),
        ("Dân số trung bình|Nông thôn", "người", 436830, None, None),
        ("Lực lượng lao động từ 15 tuổi trở lên", "người", 332758, None, None)]),
    # the same under merged groups, the unit in a line above
    "r06-vinhphuc-laodong-2018.xlsx": ("2018", [
        ("Lực lượng lao động", "người", 636134, None, None),
        ("Lực lượng lao động|Nam", "người", 309621, None, None),
        ("Lực lượng lao động|Nữ", "người", 326513, None, None),
        ("Lực lượng lao động|Thành thị", "người", 146199, None, None),
        ("Lực lượng lao động|Nông thôn", "người", 489935, None, None)]),
    # So cùng kỳ (%) as a ratio on tonnes: never last year's (not a count), never read as +104,6%
    "r07-cafef-thuysan-2019-07.csv": ("2019-07", [
        ("Sản lượng thủy sản", "tấn", 740500, None, None),
        ("Cá", "tấn", 539700, None, None),
        ("Tôm", "tấn", 97800, None, None),
        ("Thủy sản khác", "tấn", 103000, None, None),
        ("nuôi trồng", "tấn", 400000, None, None),
        ("khai thác", "tấn", 340500, None, None)]),
    # a date header; nghìn ha
    "r08-ciem-lua-2015-08.xlsx": ("2015-08", [
        ("lúa mùa", "ha", 1366600, None, None),
        ("phía Bắc", "ha", 1142700, None, None),
        ("phía Nam", "ha", 223900, None, None),
        ("lúa hè thu", "ha", 2090000, None, None)]),
    # So cùng kỳ (%) as a ratio on counts: the one whole number it fits (991 / 0,927 = 1069 …); money never
    "r09-baolamdong-doanhnghiep-2021-10t.csv": ("2021-10T", [
        ("thành lập mới", "doanh nghiệp", 991, 1069, None),
        ("Vốn điều lệ đăng ký", "đồng", 12615 * B, None, None),
        ("hoạt động trở lại", "doanh nghiệp", 286, 206, None),
        ("tạm ngừng", "doanh nghiệp", 389, 348, None),
        ("giải thể", "doanh nghiệp", 125, 40, None)]),
    # Tổng số đơn vị: a count of its own, never a plan
    "r10-baohaiduong-tuky-ntm-2018.xlsx": ("2018", [
        ("lao động có việc làm", "xã", 26, None, None),
        ("lao động có việc làm|Tổng số đơn vị", "xã", 26, None, None),
        ("tổ chức sản xuất", "xã", 25, None, None),
        ("tổ chức sản xuất|Tổng số đơn vị", "xã", 26, None, None),
        ("Tiêu chí thu nhập", "xã", 16, None, None),
        ("Tiêu chí thu nhập|Tổng số đơn vị", "xã", 26, None, None),
        ("Tiêu chí hộ nghèo", "xã", 12, None, None),
        ("Tiêu chí hộ nghèo|Tổng số đơn vị", "xã", 26, None, None),
        ("Thu nhập bình quân đầu người", "đồng", 38_500_000, None, None),
        ("Tỷ lệ hộ nghèo", "%", D("3.8"), None, None)]),
    # Số vụ | Đối tượng | what was seized
    "r11-baophapluat-matuy-2021-h1.csv": ("2021-H1", [
        ("Phát hiện, bắt giữ", "vụ", 12421, None, None),
        ("Phát hiện, bắt giữ", "đối tượng", 17710, None, None),
        ("Heroin", "kg", 290, None, None),
        ("Ma túy tổng hợp", "kg", 1420, None, None),
        ("Cần sa", "kg", 840, None, None)]),
    # Năm 2021 | Đến 30/6/2022 | Tăng/giảm: the value to 30/6, 2021's rows of their own, the change checked aside
    "r12-baonamdinh-ntm-2022-06.xlsx": ("2022-H1", [
        ("Số xã đạt chuẩn nông thôn mới", "xã", 5775, None, None),
        ("Số xã đạt chuẩn nông thôn mới|năm 2021", "xã", 5615, None, None),
        ("nâng cao", "xã", 764, None, None),
        ("nâng cao|năm 2021", "xã", 503, None, None),
        ("kiểu mẫu", "xã", 83, None, None),
        ("kiểu mẫu|năm 2021", "xã", 43, None, None),
        ("cấp huyện", "huyện", 249, None, None),
        ("cấp huyện|năm 2021", "huyện", 213, None, None)]),
    # bound words; the signature block under the table loads nothing and refuses nothing
    "r13-kontum-toaan-2018-8t.xlsx": ("2018-8T", [
        ("Số vụ việc thụ lý", "vụ", 150, None, None),
        ("Số vụ việc đã giải quyết", "vụ", 92, None, None),
        ("sơ thẩm", "vụ", 52, None, None),
        ("phúc thẩm", "vụ", 40, None, None),
        ("Số vụ việc thụ lý", "vụ", 1650, None, None),
        ("Số vụ việc đã giải quyết", "vụ", 1300, None, None),
        ("Tỷ lệ giải quyết", "%", 79, None, None)]),
    # the same month last year: the row with only last year's value (Tả) left out, its number said (below)
    "r14-plo-dichbenh-2012-01.csv": ("2012-01", [
        ("Tay chân miệng: số mắc", "ca", 2240, None, None),
        ("Tay chân miệng: số tử vong", "ca", 1, None, None),
        ("Sốt xuất huyết", "ca", 1800, None, None),
        ("não mô cầu", "ca", 4, None, None),
        ("Cúm A(H5N1): số mắc", "ca", 2, None, None),
        ("Cúm A(H5N1): số tử vong", "ca", 2, None, None)]),
    # money per a base; a year three years back: a row of its own
    "r15-phuyen-gdp-2010.xlsx": ("2010", [
        ("GDP bình quân đầu người", "đồng", D("15.8") * M, None, None),
        ("GDP bình quân đầu người|năm 2007", "đồng", D("8.8") * M, None, None),
        ("Tốc độ tăng GDP bình quân", "%", D("12.5"), None, None)]),
    # places as rows; money per a person per month; "7,123" is Vietnamese decimals, not English thousands
    "r16-toquoc-thunhap-2021.csv": ("2021", [
        ("Bình Dương", "đồng", 7_123_000, None, None),
        ("Hồ Chí Minh", "đồng", 6_008_000, None, None),
        ("Hà Nội", "đồng", 6_002_000, None, None),
        ("Đồng Nai", "đồng", 5_751_000, None, None),
        ("Đà Nẵng", "đồng", 5_230_000, None, None)]),
}


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_the_sheet_loads_every_stated_number_where_it_belongs(name):
    period, rows = SHEETS[name]
    t = load_table(DATA / name)
    assert t.period == period
    _check(t, rows)
