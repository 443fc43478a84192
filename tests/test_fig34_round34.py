"""Figures round 34: a rate typed alone with its decimal comma is a row, not a group's title; a book's year in a
title is not the period when a column names the chosen year.  Real sheets (evaluations/data/figures-round34, built
from the pages its README names) and held-out tables, with negatives."""
from pathlib import Path

from service.periods import parse_period

import pytest
from decimal import Decimal as D

from service.figures.headings import year_of_the_publication
from service.figures.load import load_table, states_a_change

ROOT = Path(__file__).resolve().parent.parent
SHEETS = ROOT / "evaluations" / "data" / "figures-round34"
HELDOUT = ROOT / "evaluations" / "cases" / "heldout"


def _rows(path, period):
    return {f.chi_tieu: (f.muc, f.don_vi_tinh, f.ky_bao_cao) for f in load_table(path, period=period)}


# rule 1: a rate alone, «26,5», in a change column -------------------------------------------------------------

def test_customs_offices_rates_are_rows_under_their_group():
    rows = _rows(HELDOUT / "xe-toan-quoc-tong-cuc-hai-quan-to-khai-xuat-nhap-khau-2017-h1" / "figures.csv", "2017-H1")
    group = "4. Kim ngạch xuất nhập khẩu qua một số Cục Hải quan"
    assert rows["Cục Hải quan Bắc Ninh: tốc độ tăng so với cùng kỳ 2016"] == (group, "%", D("26.5"))
    assert rows["Cục Hải quan Tp. Hồ Chí Minh: tốc độ tăng so với cùng kỳ 2016"][2] == 19
    assert rows["Cục Hải quan Đồng Nai: tốc độ tăng so với cùng kỳ 2016"][2] == D("13.6")
    assert rows["Phương tiện xuất nhập cảnh"] == ("", "lượt", 540000)     # no longer under «Đồng Nai»


def test_ha_nam_products_rates_are_rows():
    rows = _rows(HELDOUT / "xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t" / "figures.csv", "2006-11T")
    assert rows["Quần áo may sẵn: tốc độ tăng so với cùng kỳ năm 2005"] == ("5. Sản phẩm chủ yếu", "%", D("38.1"))
    assert rows["Công nghiệp địa phương: tốc độ tăng so với cùng kỳ năm 2005"][2] == D("27.5")
    assert rows["Giá trị sản xuất công nghiệp tháng 11"][0] == ""


def test_c01_every_row_only_its_rise():
    rows = _rows(SHEETS / "c01-cuc-thong-ke-iip-chi-tang-giam-2025-8t.csv", "2025-8T")
    assert rows["Khai khoáng: tốc độ tăng/giảm so với cùng kỳ năm 2024"][1:] == ("%", D("-1.1"))
    assert rows["Toàn ngành công nghiệp: tốc độ tăng/giảm so với cùng kỳ năm 2024"][2] == D("8.5")
    assert len(rows) == 5


def test_c03_localities_rates_under_their_group_and_the_next_row_free():
    rows = _rows(SHEETS / "c03-sach-trang-dn-2020-thanh-lap-moi-2019.csv", "2019")
    group = "2. Số doanh nghiệp thành lập mới tăng ở một số địa phương"
    assert rows["Bắc Ninh: tốc độ tăng so với năm 2018"] == (group, "%", D("17.8"))
    assert rows["Đà Nẵng: tốc độ tăng so với năm 2018"][2] == D("6.0")
    assert rows["Số địa phương có tốc độ tăng cao hơn bình quân cả nước"] == ("", "địa phương", 30)


@pytest.mark.parametrize("cell", ["26,5", "-3,2", "+0,6", "\u22121,1", "8,5 %", "tăng 6%", "giảm gần 3%", "19"])
def test_a_change_typed_alone(cell):
    assert states_a_change(cell)


@pytest.mark.parametrize("cell", ["Quảng Bình, ngày 06 tháng 4 năm 2015", "dự kiến", "tăng nhẹ", "", "Hải Nam"])
def test_words_in_a_change_column_are_no_change(cell):
    assert not states_a_change(cell)


def test_an_empty_row_over_its_rows_is_still_a_group():
    # «5;Sản phẩm chủ yếu;;;;» has nothing in any column: the title of 5.1–5.3 (xe-ha-nam)
    figs = load_table(HELDOUT / "xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t" / "figures.csv", period="2006-11T")
    assert not any(f.chi_tieu == "Sản phẩm chủ yếu" for f in figs)


# rule 2: a book's year in the title ----------------------------------------------------------------------------

def test_htx_white_book_2023_over_2022_loads():
    rows = _rows(HELDOUT / "xe-toan-quoc-bo-khdt-hop-tac-xa-hien-co-2022" / "figures.csv", "2022")
    assert rows["Tổng số HTX hiện có của cả nước"][1:] == ("HTX", 29378)


def test_c10_white_book_2020_over_2018_loads():
    rows = _rows(SHEETS / "c10-sach-trang-htx-2020-so-lieu-2018.csv", "2018")
    assert rows["Số hợp tác xã"] == ("", "HTX", 22861)
    assert rows["Doanh thu thuần: tốc độ tăng so với năm 2017"][2] == D("9.6")


def test_c10_chosen_as_another_year_is_still_refused():
    with pytest.raises(Exception, match="tệp là số liệu năm 2020"):
        load_table(SHEETS / "c10-sach-trang-htx-2020-so-lieu-2018.csv", period="2017")


@pytest.mark.parametrize("header, stated, code, fires", [
    (["STT", "Chỉ tiêu", "ĐVT", "Năm 2022 (tại 31/12/2022)"], "2023", "2022", True),
    (["STT", "Chỉ tiêu", "ĐVT", "Năm 2018", "Tăng so với năm 2017 (%)"], "2020", "2018", True),
    (["STT", "Chỉ tiêu", "Năm 2019", "Năm 2020"], "2020", "2019", False),      # the title's year has its column
    (["STT", "Chỉ tiêu", "ĐVT", "Năm 2018", "Tăng so với năm 2017 (%)"], "2020", "2017", False),  # a base, not the year
    (["STT", "Chỉ tiêu", "ĐVT", "Năm 2019"], "2018", "2019", False),           # a title's year before the chosen
    (["STT", "Chỉ tiêu", "ĐVT", "Tháng 01/2018"], "2020", "2018-01", False),   # a month chosen: not a book's year
    (["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"], "2020", "2018", False),
])
def test_year_of_the_publication(header, stated, code, fires):
    values = [h for h in header if h.startswith(("Năm", "Tháng", "Thực"))][:1]
    assert year_of_the_publication(values, header, parse_period(stated), code) is fires


def test_a_title_year_over_its_own_years_figures_still_refused_as_another_year(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("SÁCH TRẮNG HỢP TÁC XÃ VIỆT NAM NĂM 2020,,,\nSTT,Chỉ tiêu,ĐVT,Năm 2019,Năm 2020\n1,Số HTX,HTX,100,110\n",
                 encoding="utf-8")
    with pytest.raises(Exception, match="tệp là số liệu năm 2020"):
        load_table(p, period="2019")
