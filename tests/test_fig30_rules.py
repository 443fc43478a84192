"""Figures loader round 30's rules, each on the held-out layout and a second one written by hand (the held-out
tables themselves are in tests/test_fig30_sheets.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from service.figures.change import change_kind, index_on_a_base, same_months_of_a_year_named
from service.figures.load import load_table
from service.figures.schema import fold


def _csv(tmp_path, text, name="t.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _by(t, words):
    return [f for f in t if all(fold(w) in fold(f"{f.muc} {f.chi_tieu}") for w in words.split("|"))]


# Rule 1: «so với N tháng đầu năm <năm trước>» is the same months of last year, never the start of the year
@pytest.mark.parametrize("title,kind", [("Tăng (+)/giảm (-) so với 2 tháng đầu năm 2023", "abs"),
                                        ("So với 6 tháng đầu năm 2023 (%)", "ratio"),
                                        ("Tăng, giảm so với hai tháng đầu năm 2023", "abs")])
def test_the_same_months_of_last_year_are_last_years(title, kind):
    assert change_kind(title, 2023, False) == kind
    assert "cung ky nam 2023" in same_months_of_a_year_named(fold(title), 2023)


@pytest.mark.parametrize("title", ["Tăng (+), giảm (-) so với đầu năm", "Tăng so với 6 tháng đầu năm 2021"])
def test_the_start_of_the_year_and_another_years_months_stay_what_they_were(title):
    assert change_kind(title, 2023, False) is None


def test_a_two_months_sheet_against_last_years_two_months_gives_last_year(tmp_path):
    t = load_table(_csv(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Lũy kế 2 tháng đầu năm 2024,"
                                  "Tăng (+)/giảm (-) so với 2 tháng đầu năm 2023\n"
                                  "GCN.01,Giấy chứng nhận đã cấp,giấy,67.750,18.798\n"), period="2024-2T")
    [f] = _by(t, "Giấy chứng nhận")
    assert (f.cung_ky, f.ky_truoc) == (48952, None)


def test_a_rise_since_the_start_of_the_year_is_still_against_the_start(tmp_path):
    t = load_table(_csv(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Quý I/2018,Tăng (+), giảm (-) so với đầu năm\n"
                                  "A,Dư nợ,tỷ đồng,\"1.200\",50\n".replace("Tăng (+), giảm (-) so với đầu năm",
                                                                         "\"Tăng (+), giảm (-) so với đầu năm\"")),
                   period="2018-Q1")
    [f] = _by(t, "Dư nợ")
    assert f.ky_truoc == 1150 * 10**9 and f.cung_ky is None


# Rule 2: «<base> = 100%» is an index against that base; against the year before, last year's
@pytest.mark.parametrize("title", ["Năm 2014 = 100%", "Chỉ số (cùng kỳ năm trước = 100)", "Năm trước = 100 (%)"])
def test_an_index_on_the_year_before_is_a_ratio(title):
    assert index_on_a_base(title)
    assert change_kind(title, 2014, False) == "ratio"


@pytest.mark.parametrize("title", ["Năm 2013 = 100%", "Kỳ gốc 2010 = 100", "Tháng trước = 100", "Kế hoạch = 100%"])
def test_an_index_on_another_base_is_not_last_years(title):
    assert change_kind(title, 2014, False) is None


def test_an_index_column_on_the_year_before_is_kept_or_gives_last_year(tmp_path):
    t = load_table(_csv(tmp_path, "TT,Chỉ tiêu,ĐVT,Thực hiện năm 2015,Năm 2014 = 100%\n"
                                  "1,Tổng doanh thu,tỷ đồng,96,145\n2,Số hộ dùng dịch vụ,hộ,1.200,\"120,0\"\n"), period="2015")
    index = [f for f in _by(t, "Tổng doanh thu|so với cùng kỳ")]
    assert [(f.don_vi_tinh, f.ky_bao_cao) for f in index] == [("%", 145)]
    [k] = [f for f in _by(t, "Số hộ") if f.ky_bao_cao == 1200]
    assert k.cung_ky == 1000


# Rule 3: a part's change in numbers against the month or quarter just before it, which no column holds
def test_a_months_change_against_the_month_before_gives_the_months_previous(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Tháng 10/2017,\"Tăng (+), giảm (-) so với tháng 9/2017\","
                                  "10 tháng năm 2017,\"Tăng (+), giảm (-) so với cùng kỳ năm 2016\"\n"
                                  "1,Số vụ tai nạn giao thông,vụ,2,-2,48,-13\n"), period="2017-10T")
    month = [f for f in _by(t, "Số vụ|tháng 10") if f.ky_bao_cao == 2]
    assert [f.ky_truoc for f in month] == [4]
    [whole] = [f for f in t if f.ky_bao_cao == 48]
    assert (whole.cung_ky, whole.ky_truoc) == (61, None)


def test_a_quarters_change_against_the_quarter_before_gives_the_quarters_previous(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Quý III/2020,So với quý II/2020 (+/-),9 tháng năm 2020\n"
                                  "1,Doanh thu,tỷ đồng,\"120,5\",\"10,5\",\"350\"\n"), period="2020-9T")
    [q] = [f for f in t if f.ky_bao_cao == D("120.5") * 10**9]
    assert q.ky_truoc == 110 * 10**9


def test_a_months_change_beside_the_month_before_is_still_recomputed(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Tháng 9/2017,Tháng 10/2017,\"Tăng (+), giảm (-) so với "
                                  "tháng 9/2017\",10 tháng năm 2017\n1,Số vụ,vụ,4,2,-2,48\n"), period="2017-10T")
    assert not any(f.ky_truoc == 4 and f.ky_bao_cao == 2 and "thang 9" in fold(f.chi_tieu) for f in t)
    assert any(w.column and "so với tháng 9" in w.column and "tính lại" in w.message for w in t.warnings), \
        [(w.column, w.message) for w in t.warnings]


def test_a_months_rate_against_the_month_before_is_not_a_change_in_numbers(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Tháng 10/2017,Tháng 10 so với tháng 9/2017 (%),"
                                  "10 tháng năm 2017\n1,Số vụ,vụ,2,50,48\n"), period="2017-10T")
    assert all(f.ky_truoc is None for f in t)


# Rule 4: two pairs — a part with its same period last year, the whole with its own
def test_two_pairs_give_the_month_and_the_running_total_each_its_own_last_year(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,ĐVT,Thực hiện tháng 7/2011,Cùng kỳ tháng 7/2010,Ước thực hiện 7 tháng "
                                  "năm 2011,Cùng kỳ 7 tháng năm 2010,7 tháng 2011 so với cùng kỳ (%)\n"
                                  "I,Giá trị sản xuất công nghiệp,tỷ đồng,\"186,6\",\"191,6\",\"1.410,8\",\"1.362,3\","
                                  "\"103,56\"\n"), period="2011-7T")
    got = {(f.ky_bao_cao, f.cung_ky) for f in t}
    assert (D("1410.8") * 10**9, D("1362.3") * 10**9) in got
    assert (D("186.6") * 10**9, D("191.6") * 10**9) in got
    assert not any("trùng vai trò" in w.message for w in t.warnings)


def test_a_quarter_and_nine_months_in_pairs(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Quý III/2020,Cùng kỳ quý III/2019,9 tháng năm 2020,"
                                  "Cùng kỳ 9 tháng năm 2019\n1,Số doanh nghiệp thành lập mới,doanh nghiệp,120,100,"
                                  "350,300\n"), period="2020-9T")
    got = {(f.ky_bao_cao, f.cung_ky) for f in t}
    assert {(350, 300), (120, 100)} <= got, got


def test_a_lone_last_year_column_stays_the_periods(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Tháng 7/2011,Cùng kỳ tháng 7/2010\n"
                                  "1,Số vụ,vụ,12,10\n"), period="2011-07")
    [f] = t.figures
    assert (f.ky_bao_cao, f.cung_ky) == (12, 10)


# Rule 5: in a column of indexes, a number below 50 is an index too (a fall of more than half)
def test_a_low_index_among_indexes_is_kept(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,ĐVT,Ước thực hiện 7 tháng năm 2011,Cùng kỳ 7 tháng năm 2010,"
                                  "7 tháng 2011 so với cùng kỳ (%)\n"
                                  "1,Nhóm chế biến lâm sản,triệu USD,\"92,96\",,\"101,95\"\n"
                                  "2,Nhóm chế biến đá granite,triệu USD,\"0,957\",,\"95,60\"\n"
                                  "3,Nhóm ngành nghề khác,triệu USD,\"1,016\",,\"6,70\"\n"
                                  "4,Nhóm sản xuất giấy,triệu USD,\"8,5\",,\"110,83\"\n"), period="2011-7T")
    assert [(f.don_vi_tinh, f.ky_bao_cao) for f in _by(t, "ngành nghề khác|so với cùng kỳ")] == [("%", D("6.70"))]


def test_a_column_of_low_numbers_is_still_no_index(tmp_path):
    t = load_table(_csv(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2016,Cùng kỳ năm 2015,So với cùng kỳ (%)\n"
                                  "1,Doanh thu A,tỷ đồng,10,,\"6,7\"\n2,Doanh thu B,tỷ đồng,12,,\"8,1\"\n"
                                  "3,Doanh thu C,tỷ đồng,14,,\"120\"\n"), period="2016")
    assert not any(f.ky_bao_cao in (D("6.7"), D("8.1")) and f.don_vi_tinh == "%" for f in t)
