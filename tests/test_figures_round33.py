"""Round 33: an agency's own sheet loads first time — a change in % below zero in a row whose label names the
comparison with a period («Văn hóa, giải trí và du lịch: tháng 10/2016 so với tháng trước», «Phạm pháp hình sự so với
cùng kỳ năm 2014»), and a title naming two years («LỄ TỐT NGHIỆP NĂM 2021 VÀ 2022», «… QUÝ I NĂM 2010 VÀ 2011») over a
sheet of one of them.  Sheets in evaluations/data/figures-round33/ (README.md there: sources); first look in
tools/first-look.txt (on 6f388bb7, before any rule)."""
from decimal import Decimal
from pathlib import Path

import pytest

from service.errors import InputError
from service.figures.comparisons import compares_with_a_period, without_the_sign_of_a_rise
from service.figures.headings import years_joined_in_the_title
from service.figures.load import load_table
from service.periods import parse_period

DATA = Path(__file__).resolve().parent.parent / "evaluations" / "data" / "figures-round33"


def _load(name: str, period: str | None):
    return load_table(DATA / name, period=period)


def _by_label(table) -> dict[str, object]:
    return {f.chi_tieu: f for f in table}


def _csv(tmp_path, text: str, name: str = "sheet.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# -- sheets (expected: what a person reads on the page) ------------------------------------------------------------

def test_a01_cpi_next_edition_with_a_fall_against_last_month():
    # the round trip's next edition of xd-…-chi-so-gia-tieu-dung-2016-10; the page: «văn hóa, giải trí và du lịch
    # (-0,02%), bưu chính viễn thông (-0,12%)»
    t = _by_label(_load("a01-gso-cpi-so-voi-thang-truoc-next-2016-11.csv", "2016-11"))
    f = t["Văn hóa, giải trí và du lịch: tháng 10/2016 so với tháng trước"]
    assert (f.ky_bao_cao, f.cung_ky, f.don_vi_tinh) == (Decimal("-0.01"), Decimal("-0.02"), "%")
    f = t["Bưu chính viễn thông: tháng 10/2016 so với tháng trước"]
    assert (f.ky_bao_cao, f.cung_ky) == (Decimal("-0.13"), Decimal("-0.12"))
    assert t["Số nhóm hàng hóa và dịch vụ giảm giá"].ky_bao_cao == Decimal("3")


def test_a02_fall_against_the_same_quarter_in_the_periods_column():
    # zx-…-bo-cong-an-…-2015-q3: «So với cùng kỳ năm 2014, phạm pháp hình sự giảm 5,58%»
    t = _by_label(_load("a02-bo-cong-an-pham-phap-so-voi-cung-ky-2015-q3.csv", "2015-Q3"))
    assert t["Phạm pháp hình sự so với cùng kỳ năm 2014"].ky_bao_cao == Decimal("-5.58")
    assert t["Số vụ tai nạn giao thông so với tháng 8/2015"].ky_bao_cao == Decimal("7.56")
    assert t["Tỷ lệ điều tra khám phá"].ky_bao_cao == Decimal("78.65")


def test_a03_title_of_two_years_graduates_over_a_month():
    # xd-…-van-hien-le-tot-nghiep-2022-11: «Lễ tốt nghiệp năm 2021 và 2022», held 17/11/2022
    t = _by_label(_load("a03-van-hien-le-tot-nghiep-nam-2021-va-2022-2022-11.csv", "2022-11"))
    assert t["Tân thạc sĩ"].ky_bao_cao == Decimal("107")
    assert t["Tân cử nhân, tân kỹ sư"].ky_bao_cao == Decimal("2383")
    assert len(t) == 10


def test_a04_title_of_a_quarter_of_two_years():
    # t17-tapchicongsan-gdp-2011-q1: «Tốc độ tăng tổng sản phẩm trong nước quý I năm 2010 và 2011»
    t = _by_label(_load("a04-gso-gdp-quy-i-nam-2010-va-2011-2011-q1.csv", "2011-Q1"))
    f = t["Tổng số: tốc độ tăng so với quý I năm trước"]
    assert (f.ky_bao_cao, f.cung_ky) == (Decimal("5.43"), Decimal("5.84"))
    assert t["Dịch vụ: tốc độ tăng so với quý I năm trước"].ky_bao_cao == Decimal("6.28")


# -- rule 1: a change in % against a period may be below zero; a count, an amount, a share may not ---------------

@pytest.mark.parametrize("label", [
    "Văn hóa, giải trí và du lịch: tháng 10/2016 so với tháng trước",    # a01 (GSO CPI)
    "Phạm pháp hình sự so với cùng kỳ năm 2014",                          # a02 (Bộ Công an)
    "Chỉ số giá tiêu dùng so với tháng 12/2015",
    "Tổng số: tốc độ tăng so với quý I năm trước",
    "Sản lượng lúa so với vụ đông xuân 2016",
    "Doanh thu so với 6 tháng đầu năm",
])
def test_labels_naming_a_period_compared_with(label):
    assert compares_with_a_period(label)


@pytest.mark.parametrize("label", [
    "Tỷ lệ hộ nghèo so với tổng số hộ", "Thu ngân sách so với kế hoạch", "Tỷ lệ nữ so với nam giới",
    "Tỷ lệ điều tra khám phá", "Giá trị so với ký kết", "Số vụ so với vụ việc thụ lý",
])
def test_labels_compared_with_no_period(label):
    assert not compares_with_a_period(label)


_HEAD = "STT,Chỉ tiêu,Đơn vị tính,Quý III/2015\n"


@pytest.mark.parametrize("row", [
    '1,Số người chết so với cùng kỳ năm 2014,người,-303',       # a count: a fall is typed in a change column
    '1,Thiệt hại so với cùng kỳ năm 2014,tỷ đồng,-12',          # an amount
    '1,Tỷ lệ hộ nghèo so với tổng số hộ,%,"-3,5"',               # a share of a whole
    '1,Thu ngân sách so với kế hoạch,%,-5',                       # a plan's completion
    '1,Tỷ lệ điều tra khám phá,%,"-78,65"',                       # a rate with no comparison
])
def test_a_negative_that_is_no_change_is_still_refused(tmp_path, row):
    with pytest.raises(InputError, match="số âm"):
        load_table(_csv(tmp_path, _HEAD + row + "\n"), period="2015-Q3")


# -- rule 2: a title naming two years joined is no claim of the first year -------------------------------------

_TITLED = """TRƯỜNG ĐẠI HỌC,,,
"{title}",,,
STT,Chỉ tiêu,ĐVT,{column}
1,Tân thạc sĩ,người,107
"""


@pytest.mark.parametrize("title,column,period", [
    ("THỐNG KÊ LỄ TỐT NGHIỆP NĂM 2021 VÀ 2022 (TỔ CHỨC NGÀY 17/11/2022)", "Đợt tốt nghiệp tháng 11/2022", "2022-11"),
    ("THỐNG KÊ LỄ TỐT NGHIỆP NĂM 2021 VÀ 2022", "Số liệu", "2021"),
    ("SỐ LIỆU NĂM 2020, 2021 VÀ NĂM 2022", "Số liệu", "2022-Q2"),
    ("TỐC ĐỘ TĂNG QUÝ I NĂM 2010 VÀ 2011", "Số liệu", "2011-Q1"),
    ("TỐC ĐỘ TĂNG QUÝ I NĂM 2010 VÀ 2011", "Số liệu", "2011-02"),
])
def test_title_of_joined_years_holds_a_period_of_one_of_them(tmp_path, title, column, period):
    t = load_table(_csv(tmp_path, _TITLED.format(title=title, column=column)), period=period)
    assert [f.ky_bao_cao for f in t] == [Decimal("107")] and t.period == period


@pytest.mark.parametrize("title,period,said", [
    ("THỐNG KÊ LỄ TỐT NGHIỆP NĂM 2020", "2021", "năm 2020"),                    # one year: refused as today
    ("THỐNG KÊ LỄ TỐT NGHIỆP NĂM 2021 VÀ 2022", "2023-11", "năm 2021"),          # neither of the years joined
    ("TỐC ĐỘ TĂNG QUÝ I NĂM 2010 VÀ 2011", "2011-Q2", "quý I năm 2010"),         # another part of the year
    ("KẾT QUẢ NĂM 2021 VÀ PHƯƠNG HƯỚNG NĂM 2022", "2022-05", "năm 2021"),        # a plan is no second year
])
def test_title_of_another_period_is_still_refused(tmp_path, title, period, said):
    with pytest.raises(InputError, match=f"tệp là số liệu {said}"):
        load_table(_csv(tmp_path, _TITLED.format(title=title, column="Số liệu")), period=period)


def test_joined_years_read_from_the_titles_grammar():
    assert years_joined_in_the_title(["LỄ TỐT NGHIỆP NĂM 2021 VÀ 2022"], parse_period("2021"), "2022-11")
    assert years_joined_in_the_title(["quý I năm 2010 và 2011"], parse_period("2010-Q1"), "2011-Q1")
    assert not years_joined_in_the_title(["NĂM 2021 VÀ PHƯƠNG HƯỚNG NĂM 2022"], parse_period("2021"), "2022")
    assert not years_joined_in_the_title(["GIAI ĐOẠN 2021-2022"], parse_period("2021"), "2022")
    assert not years_joined_in_the_title(["NĂM 2021 VÀ 2022"], parse_period("2021"), "2023")


# -- rule 3: a rise typed with its sign («+5,8») in a period's column, in a row that is a change ------------------

def test_a05_signed_rates_in_the_months_column():
    # yb-hoa-binh-…-2021-09: «tăng 11,35% so với tháng trước và giảm 11,68% so với cùng kỳ năm 2020»
    t = _by_label(_load("a05-hoa-binh-iip-dau-cong-so-voi-thang-truoc-2021-09.csv", "2021-09"))
    assert t["Chỉ số sản xuất công nghiệp (IIP) - chung: so với tháng trước"].ky_bao_cao == Decimal("11.35")
    assert t["Ngành khai khoáng: so với tháng trước"].ky_bao_cao == Decimal("67.31")
    assert t["Ngành công nghiệp chế biến chế tạo: so với cùng kỳ"].ky_bao_cao == Decimal("0.94")
    assert t["Chỉ số sản xuất công nghiệp (IIP) - chung: so với cùng kỳ"].ky_bao_cao == Decimal("-11.68")
    assert t["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"].ky_bao_cao == Decimal("3635") * 10 ** 9  # tỷ đồng


def test_s03_round_32s_plus_in_a_quarters_column():
    # round 32's left (the Hải Dương statistics office's «(+5,8%)»), now on two sources (a05)
    t = load_table(DATA.parent / "figures-round32" / "s03-hai-duong-grdp-quy-2023-q1.csv", period="2023-Q1")
    (f,) = list(t)
    assert f.ky_bao_cao == Decimal("8.35") and f.ky_truoc == Decimal("5.8")


@pytest.mark.parametrize("row,said", [
    ('1,Số vụ tai nạn giao thông,vụ,"+7"', "«+7»"),                      # a count: a «+» is no count
    ('1,Tỷ lệ điều tra khám phá,%,"+78,65"', "«+78,65»"),                # a rate compared with no period
    ('1,Thu ngân sách so với kế hoạch,%,"+5,8"', "«+5,8»"),              # a plan's completion
    ('1,GRDP so với cùng kỳ năm trước,%,"+5,8%+"', "«+5,8%+»"),          # not a number with its sign
])
def test_a_plus_that_is_no_rise_is_still_refused_naming_row_and_column(tmp_path, row, said):
    with pytest.raises(InputError) as e:
        load_table(_csv(tmp_path, _HEAD + row + "\n"), period="2015-Q3")
    assert said in str(e.value) and "hàng 2" in str(e.value) and "cột 'Quý III/2015'" in str(e.value)


def test_the_sign_of_a_rise_only():
    assert without_the_sign_of_a_rise("+5,8") == "5,8" and without_the_sign_of_a_rise(" + 11,35 ") == "11,35"
    assert without_the_sign_of_a_rise("-5,58") == "-5,58" and without_the_sign_of_a_rise("+5,8 tỷ") == "+5,8 tỷ"
    assert without_the_sign_of_a_rise(Decimal("5.8")) == Decimal("5.8")
