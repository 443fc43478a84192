"""Figures round 45, item 1: a month's sheet with its months so far beside the month, chosen as the months so far.

Sources (held-out): Hải Phòng's fisheries sheet ``Ước tháng 10/2020 | … | Lũy kế 10 tháng 2020`` under «Kết quả sản xuất
thủy sản tháng 10 năm 2020» (xa-hai-phong-nganh-nong-nghiep-thanh-pho-thuy-san-2020-10) and Lâm Đồng's trade sheet
``Ước thực hiện tháng 10/2022 | Lũy kế 10 tháng năm 2022`` under «… tháng 10 năm 2022» (zi-lam-dong-xuat-nhap-khau-
2022-10).  Chosen as the month, the month's column is the report's (as before); chosen as the ten months, the
running column is the report's and the month's cells rows of a part — main refused both «tệp là số liệu tháng 10 năm
… nhưng kỳ được chọn là …-10T».  Negatives: the month's choice unchanged, a sheet with no column naming the chosen
months still refused, the two fisheries sheets whose titles name both periods unchanged."""

from decimal import Decimal
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.load import load_table
from service.figures.runningtitle import months_to_date_of_the_month
from service.figures.schema import title_period
from service.periods import parse_period

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parent / "evaluations" / "cases" / "heldout"
HAI_PHONG = HELDOUT / "xa-hai-phong-nganh-nong-nghiep-thanh-pho-thuy-san-2020-10" / "figures.csv"
LAM_DONG = HELDOUT / "zi-lam-dong-xuat-nhap-khau-2022-10" / "figures.csv"
GSO_FISH = HELDOUT / "yh-toan-quoc-tong-cuc-thong-ke-san-luong-thuy-san-2021-10" / "figures.csv"
MARD_FISH = HELDOUT / "zt-toan-quoc-bo-nnptnt-san-luong-thuy-san-2021-10" / "figures.csv"


def _by(table):
    return {f.chi_tieu: f for f in table}


@pytest.mark.parametrize("title, code", [
    ("Lũy kế 10 tháng 2020", "2020-10T"),        # Hải Phòng: the running word, «N tháng» and the year bare
    ("Lũy kế 10 tháng năm 2022", "2022-10T"),    # Lâm Đồng
    ("Cộng dồn 10 tháng năm 2021", "2021-10T"),  # GSO
    ("Luỹ kế thực hiện 9 tháng 2019", "2019-9T"),
    ("Ước tháng 10/2020", "2020-10"),
])
def test_a_running_title_names_its_months(title, code):
    assert title_period(title).code == code


@pytest.mark.parametrize("title", ["Lũy kế đến 15/4/2019", "Lũy kế từ đầu năm", "Lũy kế", "Ghi chú", "", None,
                                   "Lũy kế so cùng kỳ (%)"])
def test_titles_naming_no_period(title):
    assert not title or title_period(title) is None


def test_hai_phong_chosen_as_ten_months_takes_the_running_column():
    t = load_table(HAI_PHONG, period="2020-10T")
    by = _by(t)
    assert t.period == "2020-10T"
    assert by["Sản lượng nuôi trồng thủy sản"].ky_bao_cao == Decimal("59566")
    assert by["Sản lượng nuôi trồng thủy sản (tháng 10 năm 2020)"].ky_bao_cao == Decimal("5446.5")
    assert by["Sản lượng khai thác"].ky_bao_cao == Decimal("92900.5")
    assert by["Sản lượng khai thác (tháng 10 năm 2020)"].ky_bao_cao == Decimal("9357.4")


def test_lam_dong_chosen_as_ten_months_takes_the_running_column():
    t = load_table(LAM_DONG, period="2022-10T")
    by = _by(t)
    assert by["Giá trị xuất khẩu lũy kế"].ky_bao_cao == Decimal("731200000")
    assert by["Kim ngạch nhập khẩu (tháng 10 năm 2022)"].ky_bao_cao == Decimal("14840000")
    assert "Kim ngạch nhập khẩu" not in by


@pytest.mark.parametrize("path, code, month_label, value", [
    (HAI_PHONG, "2020-10", "Sản lượng khai thác", Decimal("9357.4")),
    (LAM_DONG, "2022-10", "Kim ngạch nhập khẩu", Decimal("14840000")),
])
def test_chosen_as_the_month_the_months_column_stays_the_report(path, code, month_label, value):
    by = _by(load_table(path, period=code))
    assert by[month_label].ky_bao_cao == value
    assert not any(k.endswith("(tháng 10 năm 2020)") or k.endswith("(tháng 10 năm 2022)") for k in by)


@pytest.mark.parametrize("path, code", [(GSO_FISH, "2021-10T"), (MARD_FISH, "2021-10T")])
def test_titles_naming_both_periods_unchanged(path, code):
    by = _by(load_table(path, period=code))
    assert by["Tổng sản lượng thủy sản"].ky_bao_cao in (Decimal("7175400"), Decimal("7154400"))
    assert by["Tổng sản lượng thủy sản (tháng 10 năm 2021)"].ky_bao_cao == Decimal("798100")


def test_no_column_naming_the_chosen_months_is_still_another_period(tmp_path):
    p = tmp_path / "thang.csv"
    p.write_text("Kết quả sản xuất thủy sản tháng 10 năm 2020\n"
                 "STT,Chỉ tiêu,ĐVT,Ước tháng 10/2020,Lũy kế 9 tháng 2020\n"
                 "1,Sản lượng khai thác,tấn,\"9.357,4\",\"83.543,1\"\n", encoding="utf-8")
    with pytest.raises(InputError, match="kỳ được chọn là 2020-10T"):
        load_table(p, period="2020-10T")


@pytest.mark.parametrize("stated, code, header, expected", [
    ("2020-10", "2020-10T", ["Ước tháng 10/2020", "Lũy kế 10 tháng 2020"], True),
    ("2020-10", "2020-9T", ["Ước tháng 10/2020", "Lũy kế 9 tháng 2020"], False),   # not to the title's month
    ("2020-10", "2021-10T", ["Ước tháng 10/2020", "Lũy kế 10 tháng 2021"], False),  # another year
    ("2020-Q3", "2020-9T", ["Quý III/2020", "Lũy kế 9 tháng 2020"], False),        # a quarter stated, not a month
    ("2020-10", "2020-10T", ["Ước tháng 10/2020", "Ghi chú"], False),
    ("2020-10", "2020-10", ["Ước tháng 10/2020", "Lũy kế 10 tháng 2020"], False),  # the month itself
])
def test_months_to_date_of_the_month(stated, code, header, expected):
    assert months_to_date_of_the_month(header, parse_period(stated), code) is expected


HOA_BINH = HELDOUT / "x-hoa-binh-dau-tu-doanh-nghiep-2020-5t" / "figures.csv"
DAU_TIENG = HELDOUT / "zl-binh-duong-cao-su-dau-tieng-san-xuat-kinh-doanh-2014-4t"


def test_hoa_binh_coded_five_months_loads_the_running_column():
    # «Thực hiện tháng 5/2020 | Lũy kế 5 tháng 2020», coded 2020-5T: main refused it as the month's sheet
    by = _by(load_table(HOA_BINH, period="2020-5T"))
    assert by["Dự án được quyết định chủ trương đầu tư"].ky_bao_cao == Decimal("17")
    assert by["Dự án được quyết định chủ trương đầu tư (tháng 5 năm 2020)"].ky_bao_cao == Decimal("2")
    assert by["Vốn đăng ký dự án trong nước"].ky_bao_cao == Decimal("3911200000000")


def test_dau_tieng_coded_four_months_takes_the_running_column():
    # «Thực hiện tháng 4/2014 | Lũy kế 4 tháng 2014», coded 2014-4T: main took the month for the report
    path = next(p for p in DAU_TIENG.iterdir() if p.name.startswith("figures."))
    by = _by(load_table(path, period="2014-4T"))
    assert by["Sản lượng tiêu thụ mủ thành phẩm"].ky_bao_cao == Decimal("9386")
    assert by["Sản lượng tiêu thụ mủ thành phẩm (tháng 4 năm 2014)"].ky_bao_cao == Decimal("1464")
    assert by["Tổng doanh thu"].ky_bao_cao == Decimal("453000000000")
