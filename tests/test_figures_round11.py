"""Figures loader round 11: agencies' own sheets, first time.  Each test opens one of the 12 sheets hand-built from
public pages found with the search tool (``tests/data/figures_round11/``, the page's address in ``build.py``, first
look in ``evaluations/figures-round11.md``) and checks what users see: every stated number loaded where it belongs
(value, last year's, plan, start of the year, or a row of its own), units, the period, and what the warnings say.

The expected rows below were written by hand from the pages before the loader was run on the sheets.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from service.figures.load import load_table
from service.figures.schema import fold

DATA = Path(__file__).parent / "data" / "figures_round11"
B, M = 10**9, 10**6


def _match(f, label):
    """A label given as fragments ``'a|b'``: every fragment in the row's label or its ``Mục`` (the group row over it,
    round 8's rule), case and marks folded."""
    return all(fold(part) in fold(f"{f.muc} {f.chi_tieu}") for part in label.split("|"))


def _check(t, expected):
    """Every expected row (label fragments, unit, value, last year's, plan, start of period) is loaded once, and
    nothing else; no label keeps the ``Trong đó:`` that introduced it."""
    got = [f for f in t if not f.chi_tieu.endswith(": so với cùng kỳ")]  # (stop 40: an index column kept as «<chỉ tiêu>: so với cùng kỳ» rows; checked in test_stop40_lead, test_fig23)
    for label, unit, value, cung_ky, ke_hoach, ky_truoc in expected:
        hits = [f for f in got if _match(f, label) and f.ky_bao_cao == D(str(value))]
        assert hits, f"no row {label!r} = {value}: {[(f.chi_tieu, f.ky_bao_cao) for f in t]}"
        f = hits[0]
        got.remove(f)
        want = tuple(None if x is None else D(str(x)) for x in (cung_ky, ke_hoach, ky_truoc))
        assert (f.don_vi_tinh, f.cung_ky, f.ke_hoach, f.ky_truoc) == (unit,) + want, (label, f)
        assert not fold(f.chi_tieu).startswith(fold("Trong đó")), f.chi_tieu
    assert not got, f"rows not expected: {[(f.chi_tieu, f.ky_bao_cao) for f in got]}"


def _warned(t, *needles):
    """A warning says every needle, in its words or the column it names."""
    return any(all(n in f"{w.message} {w.column or ''}" for n in needles) for w in t.warnings)


# name, period, rows (label fragments, unit, value, last year's, plan, start of the period), words a warning must say
SHEETS = {
    # the year's estimate is no value of the half-year: a row of its own «(ước thực hiện năm 2024)», said
    # (tests/test_figures_columns3.py's rule, changed in round 13; before: kept aside)
    "s01-baogialai-chupuh-2024-h1.xlsx": ("2024-H1", [
        ("Giá trị sản xuất", "đồng", D("2522.81") * B, None, None, None),
        ("Tổng diện tích gieo trồng", "ha", "25271.9", None, None, None),
        ("Tổng thu ngân sách", "đồng", D("285.3") * B, None, None, None),
        ("Giá trị sản xuất (ước thực hiện năm 2024)", "đồng", 5300 * B, None, None, None),
        ("Tổng diện tích gieo trồng (ước thực hiện năm 2024)", "ha", 33900, None, None, None),
        ("Tổng thu ngân sách|(ước thực hiện năm 2024)", "đồng", 480 * B, None, None, None)],
        ["Ước thực hiện năm", "hàng riêng"]),
    # a summary by level: one row per cell
    "s02-vinhphuc-motcua-2021-08.xlsx": ("2021-08", [
        ("Cấp huyện|Tiếp nhận", "hồ sơ", 6210, None, None, None),
        ("Cấp huyện|Đúng hạn", "hồ sơ", 5950, None, None, None),
        ("Cấp huyện|Quá hạn", "hồ sơ", 402, None, None, None),
        ("Cấp huyện|rút hồ sơ", "hồ sơ", 9, None, None, None),
        ("Cấp xã|Tiếp nhận", "hồ sơ", 13420, None, None, None),
        ("Cấp xã|Đúng hạn", "hồ sơ", 13305, None, None, None),
        ("Cấp xã|Quá hạn", "hồ sơ", 287, None, None, None),
        ("Cấp xã|rút hồ sơ", "hồ sơ", 7, None, None, None),
        ("Tổng cộng|Tiếp nhận", "hồ sơ", 19630, None, None, None),
        ("Tổng cộng|Đúng hạn", "hồ sơ", 19255, None, None, None),
        ("Tổng cộng|Quá hạn", "hồ sơ", 689, None, None, None),
        ("Tổng cộng|rút hồ sơ", "hồ sơ", 16, None, None, None)], []),
    # columns by date: the first is the start of the year the value is compared with
    "s03-sacombank-ngoaibang-2012-q2.csv": ("2012-H1", [
        ("Nghĩa vụ nợ tiềm ẩn", "đồng", 9193502233473, None, None, 8263237777545),
        ("Cam kết trong nghiệp vụ L/C", "đồng", 5872819200900, None, None, 5649111817572),
        ("Bảo lãnh khác", "đồng", 3013230380815, None, None, 2286652865618)], ["31/12/2011"]),
    # % so cùng kỳ and % so kế hoạch together, on money: the ratio to last year kept aside (not exact), said; the
    # rate of the plan a row of its own in % (round 9's rule)
    "s04-baolangson-sxcn-2010-11t.xlsx": ("2010-11T", [
        ("Giá trị sản xuất công nghiệp", "đồng", D("717.1") * 1000 * B, None, None, None),
        ("Giá trị sản xuất công nghiệp|% so kế hoạch", "%", "96.5", None, None, None)], ["% so cùng kỳ"]),
    # Trong đó: left in sub-row labels
    "s05-benxethainguyen-tngt-2015-5t.csv": ("2015-5T", [
        ("Tổng số vụ tai nạn, va chạm", "vụ", 9318, None, None, None),
        ("TNGT từ ít nghiêm trọng trở lên", "vụ", 4293, None, None, None),
        ("va chạm giao thông", "vụ", 5025, None, None, None),
        ("Số người chết", "người", 3735, None, None, None),
        ("Số người bị thương", "người", 8554, None, None, None),
        ("bị thương nhẹ do va chạm", "người", 6039, None, None, None)], []),
    # the same rows under two groups: the group is the rows' Mục (round 8's rule)
    "s06-benxethainguyen-tngt-2015-05.xlsx": ("2015-05", [
        ("Trong tháng 5|Số vụ", "vụ", 1734, 2134, None, None),
        ("Trong tháng 5|Số người chết", "người", 708, 755, None, None),
        ("Trong tháng 5|Số người bị thương", "người", 1484, 2044, None, None),
        ("Lũy kế 5 tháng|Số vụ", "vụ", 9318, 10772, None, None),
        ("Lũy kế 5 tháng|Số người chết", "người", 3735, 3928, None, None),
        ("Lũy kế 5 tháng|Số người bị thương", "người", 8554, 10556, None, None)], []),
    # groups (each the rows' Mục) and a change in numbers: last year's = value − change
    "s07-24h-tngt-2022-5t.csv": ("2022-5T", [
        ("Toàn quốc|Số vụ", "vụ", 4733, 5533, None, None),
        ("Toàn quốc|Số người chết", "người", 2761, 2791, None, None),
        ("Toàn quốc|Số người bị thương", "người", 3078, 3953, None, None),
        ("Đường bộ|Số vụ", "vụ", 4683, 5472, None, None),
        ("Đường bộ|Số người chết", "người", 2699, 2742, None, None),
        ("Đường bộ|Số người bị thương", "người", 3068, 3943, None, None),
        ("Đường sắt|Số vụ", "vụ", 30, 33, None, None),
        ("Đường sắt|Số người chết", "người", 20, 26, None, None),
        ("Đường sắt|Số người bị thương", "người", 9, None, None, None)], []),
    # a change and a per cent together, under a bare `Trong đó:`
    "s08-cand-tngt-2019-9t.xlsx": ("2019-9T", [
        ("Đường bộ: số vụ", "vụ", 12501, 13055, None, None),
        ("Đường bộ: số người chết", "người", 5526, 5882, None, None),
        ("Đường bộ: số người bị thương", "người", 9571, 10265, None, None),
        ("Đường sắt: số vụ", "vụ", 121, 114, None, None),
        ("Đường sắt: số người chết", "người", 101, 94, None, None),
        ("Đường sắt: số người bị thương", "người", 41, 49, None, None)], []),
    # money per a base and a year
    "s09-vietnamplus-htx-2016.xlsx": ("2016", [
        ("Số hợp tác xã nông nghiệp", "HTX", 10756, None, None, None),
        ("Doanh thu bình quân", "đồng", 1100 * M, None, None, None)], []),
    # % so cùng kỳ and % so kế hoạch, partly filled, on money and hectares: kept aside, said
    "s10-baogialai-chupuh-2024-h1-pct.csv": ("2024-H1", [
        ("Giá trị sản xuất", "đồng", D("2522.81") * B, None, None, None),
        ("Tổng diện tích gieo trồng", "ha", "25271.9", None, None, None),
        ("Tổng thu ngân sách nhà nước", "đồng", D("285.3") * B, None, None, None),
        ("thu trên địa bàn huyện", "đồng", D("24.023") * B, None, None, None),
        ("Tổng diện tích gieo trồng|% so kế hoạch", "%", "74.6", None, None, None),
        ("Tổng thu ngân sách nhà nước|% so kế hoạch", "%", "60", None, None, None),
        ("thu trên địa bàn huyện|% so kế hoạch", "%", "43", None, None, None)], ["% so cùng kỳ"]),
    "s11-vietnamplus-htx-2016-ty.csv": ("2016", [
        ("Số hợp tác xã nông nghiệp", "HTX", 10756, None, None, None),
        ("Doanh thu bình quân", "đồng", D("1.1") * B, None, None, None)], []),
    # counts and rates on one row: one row per cell, each with its column's unit
    "s12-vinhphuc-motcua-2021-08-tyle.csv": ("2021-08", [
        ("một cửa|Tiếp nhận", "hồ sơ", 19630, None, None, None),
        ("một cửa|Đúng hạn", "hồ sơ", 19255, None, None, None),
        ("một cửa|Quá hạn", "hồ sơ", 689, None, None, None),
        ("một cửa|Tỷ lệ đúng hạn", "%", "96.55", None, None, None),
        ("một cửa|Tỷ lệ quá hạn", "%", "3.45", None, None, None)], []),
}


# Still wrong at the end of round 11 (evaluations/figures-round11.md): strict, so each flips when fixed.
OPEN = {
    "s05-benxethainguyen-tngt-2015-5t.csv": "«Trong đó: …» stays in the label of a part with its number (the fix "
                                            "made a real case worse: b-tam-duong-cong-an-2019-h1, reverted)",
    "s10-baogialai-chupuh-2024-h1-pct.csv": "«Trong đó: thu trên địa bàn huyện» stays in the label (as s05)",
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=OPEN[n])) if n in OPEN
                                  else n for n in sorted(SHEETS)])
def test_the_sheet_loads_every_stated_number_where_it_belongs(name):
    period, rows, said = SHEETS[name]
    t = load_table(DATA / name)
    assert t.period == period
    _check(t, rows)
    for words in said:
        assert _warned(t, words), (words, [w.message for w in t.warnings])


# The rules one by one, each on words of more than one page.

def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.xfail(strict=True, reason="open: dropping «Trong đó:» from the label lost two planted errors on "
                                       "b-tam-duong-cong-an-2019-h1 (checker_accuracy); reverted")
def test_a_trong_do_row_with_its_number_is_named_by_what_follows(tmp_path):
    # benxethainguyen TNGT 5 tháng 2015: "9.318 vụ ... Trong đó TNGT từ ít nghiêm trọng trở lên xảy ra 4.293 vụ";
    # baogialai Chư Pưh 6 tháng 2024: "thu ngân sách ... 285,3 tỷ đồng ...; trong đó, thu trên địa bàn huyện được
    # 24,023 tỷ đồng"
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,5 tháng 2015\n1,Tổng số vụ tai nạn,vụ,\"9.318\"\n"
                                             ",Trong đó: TNGT từ ít nghiêm trọng trở lên,vụ,\"4.293\"\n"))
    assert [(f.chi_tieu, f.ky_bao_cao) for f in t] == [("Tổng số vụ tai nạn", 9318),
                                                         ("TNGT từ ít nghiêm trọng trở lên", 4293)]
    assert t.figures[1].ma.startswith(t.figures[0].ma)  # still a part of the row above
    t = load_table(_write(tmp_path, "b.csv", "STT,Chỉ tiêu,ĐVT,6 tháng năm 2024\n"
                                             "1,Tổng thu ngân sách nhà nước,tỷ đồng,\"285,3\"\n"
                                             ",\"- Trong đó, thu trên địa bàn huyện\",tỷ đồng,\"24,023\"\n"))
    assert [f.chi_tieu for f in t] == ["Tổng thu ngân sách nhà nước", "thu trên địa bàn huyện"]


def test_a_column_at_the_end_of_the_year_before_is_the_base_the_dated_value_is_compared_with(tmp_path):
    # Sacombank ngoại bảng: "31/12/2011 | 30/6/2012"; a fund's balance "Đến 31/12/2020 | Đến 31/3/2021"
    t = load_table(_write(tmp_path, "a.csv", "STT,Chỉ tiêu,ĐVT,31/12/2011,30/6/2012\n"
                                             "1,Bảo lãnh khác,đồng,\"2.286.652.865.618\",\"3.013.230.380.815\"\n"))
    assert t.period == "2012-H1"
    assert [(f.ky_bao_cao, f.ky_truoc) for f in t] == [(3013230380815, 2286652865618)]
    assert _warned(t, "31/12/2011", "số đầu năm")
    t = load_table(_write(tmp_path, "b.csv", "STT,Chỉ tiêu,ĐVT,Đến 31/12/2020,Đến 31/3/2021\n"
                                             "1,Dư nợ cho vay,triệu đồng,\"12.500\",\"13.100\"\n"))
    assert t.period == "2021-Q1"
    assert [(f.ky_bao_cao, f.ky_truoc) for f in t] == [(13100 * M, 12500 * M)]
    # the period given: the same column is the base
    t = load_table(_write(tmp_path, "c.csv", "STT,Chỉ tiêu,ĐVT,31/12/2011,30/6/2012\n"
                                             "1,Bảo lãnh khác,đồng,\"2.286\",\"3.013\"\n"), period="2012-H1")
    assert [(f.ky_bao_cao, f.ky_truoc) for f in t] == [(3013, 2286)]
    # a date inside a month is no period's end: nothing is made up
    t = load_table(_write(tmp_path, "d.csv", "STT,Chỉ tiêu,ĐVT,31/12/2011,15/8/2012\n"
                                             "1,Bảo lãnh khác,đồng,\"2.286\",\"3.013\"\n"))
    assert t.period is None


def test_a_rate_no_two_numbers_of_its_row_give_back_is_a_row_of_its_own(tmp_path):
    # vinhphuc một cửa 8/2021: 96,55% đúng hạn is of the 19.944 hồ sơ đến hạn, not in the sheet
    t = load_table(_write(tmp_path, "a.csv", "STT,Nội dung,Tiếp nhận (hồ sơ),Đúng hạn (hồ sơ),Tỷ lệ đúng hạn (%)\n"
                                             "1,Một cửa cấp huyện,\"19.630\",\"19.255\",\"96,55\"\n"), period="2021-08")
    rates = [(f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao) for f in t if f.don_vi_tinh == "%"]
    assert rates == [("Một cửa cấp huyện: tỷ lệ đúng hạn", "%", D("96.55"))]
    assert _warned(t, "không tính lại được", "Tỷ lệ đúng hạn (%)")
    # a rate its row gives back (98,09 = 19.255 / 19.630) stays aside, as before: it would only be said twice
    t = load_table(_write(tmp_path, "b.csv", "STT,Nội dung,Tiếp nhận (hồ sơ),Đúng hạn (hồ sơ),Tỷ lệ đúng hạn (%)\n"
                                             "1,Một cửa cấp huyện,\"19.630\",\"19.255\",\"98,09\"\n"), period="2021-08")
    assert not [f for f in t if f.don_vi_tinh == "%"]
    assert _warned(t, "được tính lại", "Tỷ lệ đúng hạn (%)")
    # baolamdong giải ngân: "Kế hoạch | Thực hiện | Tỷ lệ (%)", 61,3 of 1.250 / 2.040 (61,27): aside
    t = load_table(_write(tmp_path, "c.csv", "STT,Chỉ tiêu,ĐVT,Thực hiện,Tổng số,Tỷ lệ (%)\n"
                                             "1,Giải ngân vốn đầu tư công,tỷ đồng,\"1.250\",\"2.040\",\"61,3\"\n"),
                   period="2021")
    assert not [f for f in t if f.don_vi_tinh == "%"]
