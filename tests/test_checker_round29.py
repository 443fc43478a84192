"""Checker round 29 (sweepchk19, issue 13): the fresh set ``c23-`` (evaluations/sweep/checker-round29.md).

No figures of the period:
- income classes: the bounds that sort units by what each earns (``2,2 triệu hộ đạt thu nhập từ 100 triệu đồng đến
  dưới 200 triệu đồng``, ``Trên 70% hộ SXKD giỏi thu nhập trên 50 triệu đồng/năm``, ``số hộ có mức thu nhập trên 1 tỷ
  đồng/năm tăng 2 lần``), an income's open end or spread (``thu nhập hàng năm từ 150 triệu đồng trở lên``, ``từ 150
  đến 300 triệu đồng/ năm``) — ``recognisers.income``;
- the first day of a span of days ending on a date (``từ 15 đến 22/5/2020``);
- the whole a count of its parts is taken from (``Trong 14 chỉ tiêu …, dự báo có 13 chỉ tiêu đạt``);
- the base of a rate in an indicator's name (``Số giường bệnh/1 vạn dân``);
- a count's class bound after growth (``9 địa phương tăng trưởng GRDP trên 10%``);
- days in a number word (``ba ngày đầu năm 2021``), a group of majors by its number (``khối ngành 3``);
- pictures' lines (``… tăng trưởng bứt phá - 1`` after the headline; the file name ``hon 27 nghin … hinh 1``).
A count again: ``tước hơn 150 nghìn GPLX`` after ``phạt tiền hơn 1.617 tỷ đồng`` (an abbreviation after the scale word
counts, no money).
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, table, within


# ---------------------------------------------------------------- income classes

def test_income_classes_of_the_farmers_are_bounds_and_the_counts_stay(dummy):
    text = page("c23-tiepthinongnghiep-thunhap-ho-sxkd-gioi-2016")
    assert flagged_in(text, dummy, "có tới 2,2 triệu hộ đạt thu nhập từ 100 triệu đồng đến dưới 200 triệu đồng; 775 "
                                   "nghìn hộ đạt từ 200 triệu đồng đến dưới 300 triệu đồng; 340 nghìn hộ đạt 300 triệu "
                                   "đồng đến dưới 500 triệu đồng") == ["2,2 triệu", "775 nghìn", "340 nghìn"]
    assert flagged_in(text, dummy, "số hộ đạt thu nhập từ 500 triệu đồng đến dưới 1 tỷ đồng là 165 nghìn hộ và có tới "
                                   "27 nghìn hộ đạt thu nhập trên 1 tỷ đồng") == ["165 nghìn", "27 nghìn"]
    assert flagged_in(text, dummy, "Hơn 27.000 hộ nông dân đạt thu nhập trên 1 tỷ đồng/năm") == ["27.000"]
    assert flagged_in(text, dummy, "hàng triệu hộ nông dân có thu nhập từ 100 triệu đồng đến trên 1 tỷ đồng mỗi "
                                   "năm") == []


def test_a_share_of_households_above_an_income_keeps_the_share(dummy):
    text = page("c23-danviet-vinhphuc-sxkd-gioi-2010")
    got = within(text, dummy, "Trên 70% hộ SXKD giỏi thu nhập trên 50 triệu đồng/năm")
    assert got == [("70%", "unsupported", "percent"), ("50 triệu đồng/năm", "not_a_figure", "bound")]


def test_an_incomes_open_end_and_spread_are_no_figures(dummy):
    assert flagged_in(page("c23-tinhbien-anhao-nongdan-gioi-2019-2021"), dummy,
                      "đem lại thu nhập hàng năm từ 150 triệu đồng trở lên") == []
    assert flagged_in(page("c23-qrt-nongson-sxkd-gioi-2017-2019"), dummy,
                      "thu nhập trung bình của các hộ nông dân sản xuất kinh doanh giỏi cấp huyện từ 150 đến 300 triệu "
                      "đồng/ năm") == []


def test_students_income_classes_keep_the_shares(dummy):
    text = page("c23-giaoducthoidai-viec-lam-sinh-vien-2015")
    assert flagged_in(text, dummy, "đa số ở mức trên 6 triệu đồng/tháng. Cụ thể, có 49,10% thu nhập từ 6-9 triệu") \
        == ["49,10%"]
    text = page("c23-dantri-hoasen-ueh-viec-lam-2026")
    assert flagged_in(text, dummy, "9% tân khoa đạt mức thu nhập trên 20 triệu đồng/tháng") == ["9%"]


def test_the_heldout_associations_income_classes(dummy):
    text = heldout("zv-nghe-an-do-luong-hoi-nong-dan-xa-hong-son-sxkd-gioi-2016-2020")
    assert flagged_in(text, dummy, "thu nhập hàng năm từ 100 triệu đến tỷ đồng") == []
    assert flagged_in(text, dummy, "số hộ có mức thu nhập trên 100 triệu đồng/ năm tăng gấp 5 lần, số hộ có mức thu "
                                   "nhập trên 1 tỷ đồng/năm tăng 2 lần") == []


def test_the_income_level_itself_given_as_a_bound_stays_a_figure(dummy):
    text = "Thu nhập bình quân đầu người đạt trên 45 triệu đồng/năm. Năm 2020, thu nhập bình quân của 120 hộ đạt 150 triệu đồng."
    assert flagged_in(text, dummy, text) == ["45 triệu đồng/năm", "120", "150 triệu đồng"]


# ---------------------------------------------------------------- a count with a thousand-word and an abbreviation

def test_a_thousand_word_before_an_abbreviation_counts_it_after_a_sum_of_money(tmp_path):
    figures = table(tmp_path, ["R-10,Tiền phạt,tỷ đồng,1.617", "R-11,Giấy phép lái xe bị tước,nghìn GPLX,150"])
    text = "Lực lượng CSGT đã phạt tiền hơn 1.617 tỷ đồng, tước hơn 150 nghìn GPLX, tạm giữ nhiều phương tiện."
    assert [(t, v) for t, v, _ in within(text, figures, text)] == [("1.617 tỷ đồng", "supported"),
                                                                     ("150 nghìn", "supported")]


def test_a_currency_code_after_the_scale_word_stays_money(dummy):
    text = "Phạt tiền 3 tỷ đồng, thu 150 nghìn USD, chi 20 triệu VNĐ."
    assert [k for _, _, k in within(text, dummy, text)] == ["money", "money", "money"]


# ---------------------------------------------------------------- dates, wholes, bases, bounds, labels

def test_the_first_day_of_a_span_ending_on_a_date(dummy):
    text = page("c23-baomoi-tong-kiem-soat-gplx-2020")
    assert flagged_in(text, dummy, "Qua một tuần (từ 15 đến 22/5/2020) thực hiện kế hoạch tổng kiểm soát, lực lượng "
                                   "CSGT trên cả nước đã phát hiện lập biên bản xử lý hơn 101.000 trường hợp") \
        == ["101.000"]
    assert flagged_in("Từ 15 đến 22/5, đã xử lý 101 trường hợp.", dummy, "Từ 15 đến 22/5") == []
    # a ratio after ``từ … đến``: still read
    assert flagged_in("Số xã đạt chuẩn tăng từ 8 đến 10/12 xã.", dummy, "10/12") == ["10"]


def test_the_whole_of_a_standing_set_its_parts_are_counted_from(dummy):
    text = page("c23-chinhphu-13-chi-tieu-2014")
    got = within(text, dummy, "Trong 14 chỉ tiêu kinh tế-xã hội Kế hoạch năm 2014")
    assert got[0] == ("14", "standing", "count")
    # what the period brought in stays a figure (test_recognisers_round15)
    assert flagged_in("Trong 120 vụ vi phạm, có 80 vụ đã xử lý.", dummy, "Trong 120 vụ") == ["120"]


def test_the_base_of_a_rate_in_an_indicators_name(dummy):
    text = page("c23-chinhphu-13-chi-tieu-2014")
    assert flagged_in(text, dummy, "10. Số giường bệnh/1 vạn dân.") == []
    # a count before the slash: rate_base's, as before
    assert within("Đạt 15 bác sỹ/ 10.000 dân.", dummy, "10.000")[0][1] == "not_a_figure"


def test_the_bound_of_the_provinces_growth_class(dummy):
    text = page("c23-dantri-tang-truong-6-thang-2021")
    assert flagged_in(text, dummy, "Việt Nam vẫn có 9 địa phương tăng trưởng GRDP trên 10%, đứng đầu") == ["9"]
    # one province's rate given as a bound stays a figure
    assert flagged_in(text, dummy, "vẫn có tốc độ tăng trưởng cao trên 10%") == ["10%"]


def test_days_in_a_number_word_and_a_group_of_majors(dummy):
    assert flagged_in(page("c23-plo-tngt-2016-2020"), dummy, "ba ngày đầu năm 2021") == []
    text = page("c23-sbtn-sinh-vien-viec-lam-2023")
    assert flagged_in(text, dummy, "trong đó có khối ngành 3 đạt tỷ lệ 97,8%") == ["97,8%"]


def test_pictures_lines_are_furniture(dummy):
    text = page("c23-dantri-tang-truong-6-thang-2021")
    assert flagged_in(text, dummy, "mục tiêu kép, tăng trưởng bứt phá - 1") == []
    text = page("c23-tiepthinongnghiep-thunhap-ho-sxkd-gioi-2016")
    assert flagged_in(text, dummy, "hon 27 nghin ho nong dan dat thu nhap tren 1 ty dong moi nam hinh 1") == []
    # a line ending in a number that repeats no earlier line stays read
    assert flagged_in("Tin tức\nSản lượng lúa cả năm của huyện đạt - 120", dummy, "120") == ["120"]


def test_a_whole_the_table_keeps_as_a_row_stays_checked(tmp_path):
    # the held-out zn-quang-nam-nui-thanh-xa-tam-xuan: the villages undertaking the model programme are the period's
    figures = table(tmp_path, ["5,Số thôn thực hiện xây dựng khu dân cư nông thôn mới kiểu mẫu,thôn,4",
                               "5.a,Trong đó: thôn đạt 10/10 tiêu chí,thôn,1"])
    text = ("Trong 5 thôn đang thực hiện xây dựng khu dân cư nông thôn mới kiểu mẫu có 1 thôn đạt 10/10 tiêu chí.")
    assert within(text, figures, "Trong 5 thôn")[0][:2] == ("5", "unsupported")
