"""Periods, round 15: wordings of the sweep pages (``evaluations/sweep/pages/<slug>.txt``, public pages of the genre
the service never saw) and held-out cases that were read as another period, or not read.

Each quote is one sentence (or a few) of the page or held-out case its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from service.periods import find_period
from tests.test_periods_round9 import report    # a page's period as parse_report reads it


# -- a quarter in a headline, over a release of the quarter and its nine months ---------------------------------------

@pytest.mark.parametrize("text,code", [
    # p15-nguoiquansat-chisogia-q3-2023: a section's label, then the headline naming the quarter alone
    ("Vĩ mô\n\nChỉ số giá nguyên nhiên vật liệu giảm trong Quý III\n\nTổng Cục Thống Kê 29/09/2023 - 10:55\n\nChỉ số "
     "giá sản xuất nông, lâm nghiệp và thủy sản, chỉ số giá sản xuất dịch vụ quý III và 9 tháng năm 2023 có xu hướng "
     "tăng so với cùng kỳ năm trước.\n\nTrong 9 tháng năm 2023, thị trường hàng hóa thế giới tiếp tục chịu tác động "
     "bởi diễn biến phức tạp.\n\nTrong quý III/2023, chỉ số giá sản xuất sản phẩm nông, lâm nghiệp và thủy sản tăng "
     "1,23% so với quý II/2023", "2023-Q3"),
    # held-out zi-quang-nam-hoi-an-khach-tham-quan-di-tich-2017-q3: a long headline (32 words) under a file's name
    ("source\nTình hình khách tham quan tại các điểm bảo tàng, di tích do Trung tâm Quản lý Bảo tồn Di sản Văn hóa "
     "Hội An quản lý trong quý III năm 2017\n\nThứ ba - 10/10/2017 22:45\nTrong quý III năm 2017, các điểm bảo tàng, "
     "di tích ... đã đón 538.280 lượt khách tham quan.\nSo với cùng kỳ năm trước, lượt khách tham quan năm nay tăng "
     "22%. Tổng cộng, trong 9 tháng đầu năm 2017 các điểm bảo tàng, di tích do Trung tâm quản lý đã đón được "
     "1.574.087 lượt khách tham quan, tăng 20% so với cùng kỳ năm 2016.", "2017-Q3"),
    # held-out zh-toan-quoc-chuyen-doi-so-2024-q3: "Đến tháng 9/2024" the months so far, the headline the quarter
    ("Một số kết quả nổi bật về chuyển đổi số quý III năm 2024\nTheo Bộ Thông tin và Truyền thông, hiện nay tỷ lệ số "
     "hóa hồ sơ ... đạt 45,14%.\nVề cung cấp DVCTT toàn trình: Đến tháng 9/2024, triển khai cung cấp DVCTT toàn trình "
     "đạt tỷ lệ 55,5%", "2024-Q3"),
])
def test_a_quarter_in_the_headline_is_the_period(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


@pytest.mark.parametrize("text,code", [
    # t3-sggp-gdp-2023-9t (round 10): no headline; a title taken from the lead's first sentence is none either
    ("Tổng cục Thống kê cho biết, tổng sản phẩm trong nước (GDP) quý 3 ước tăng 5,33% so với cùng kỳ năm trước\n"
     "Sáng 29-9, Tổng cục Thống kê cho biết, tổng sản phẩm trong nước (GDP) quý 3 ước tăng 5,33% so với cùng kỳ năm "
     "trước. Tính chung 9 tháng năm 2023, GDP tăng 4,24% so với cùng kỳ năm trước.", "2023-9T"),
    # held-out q-nui-thanh-nhcsxh-2022-9t: the title is the lead's review phrase (capitalised), no headline
    ("Đánh giá kết quả thực hiện nhiệm vụ quý III và triển khai nhiệm vụ quý IV năm 2022\n(QNO) - Ban đại diện HĐQT "
     "Ngân hàng Chính sách xã hội huyện Núi Thành vừa tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ quý III và "
     "triển khai nhiệm vụ quý IV năm 2022.\nTính đến cuối tháng 9, tổng nguồn vốn hoạt động Ngân hàng Chính sách xã "
     "hội huyện Núi Thành đạt 531,4 tỷ đồng", "2022-9T"),
    # p11-nhandan-gdp-2023-9t (round 11): the quarter and its nine months named together stay the months so far
    ("Sáng 29/9, Tổng cục Thống kê tổ chức Họp báo công bố số liệu thống kê kinh tế-xã hội quý III và 9 tháng năm "
     "2023.\nTheo đó, tổng sản phẩm trong nước (GDP) quý III/2023 ước tính tăng 5,33% so với cùng kỳ năm trước. Tính "
     "chung 9 tháng năm 2023, GDP tăng 4,24% so với cùng kỳ năm trước.", "2023-9T"),
])
def test_a_quarter_without_a_headline_of_its_own_is_still_its_months_so_far(text, code):
    assert find_period(text).code == code


def test_a_pages_headline_quarter_read_by_parse_report(tmp_path):
    # p15-nguoiquansat-chisogia-q3-2023 as parse_report reads it (its headline printed twice: title and preamble)
    text = ("Vĩ mô\n\nChỉ số giá nguyên nhiên vật liệu giảm trong Quý III\n\nTổng Cục Thống Kê 29/09/2023 - 10:55\n\n"
            "Chỉ số giá sản xuất nông, lâm nghiệp và thủy sản, chỉ số giá sản xuất dịch vụ quý III và 9 tháng năm 2023 "
            "có xu hướng tăng so với cùng kỳ năm trước, trong khi chỉ số giá sản xuất công nghiệp có xu hướng giảm.\n\n"
            "Trong 9 tháng năm 2023, thị trường hàng hóa thế giới tiếp tục chịu tác động bởi diễn biến phức tạp của "
            "tình hình kinh tế, chính trị, xã hội. Tiêu dùng và các hoạt động kinh tế suy giảm trên diện rộng.")
    assert report(tmp_path, text) == "2023-Q3"


# -- "năm nay": this year is the year of the page's date ---------------------------------------------------------------

@pytest.mark.parametrize("text,date,code", [
    # p15-qrt-khachqt-2022-07: "cùng kỳ năm 2019" (the year before the pandemic) lends no year to "năm nay"
    ("Theo số liệu Tổng cục Thống kê, khách quốc tế đến Việt Nam tháng 7 vừa qua đạt 352.600 lượt người, tăng 49% so "
     "với tháng trước và gấp hơn 47 lần so với cùng kỳ năm ngoái do Việt Nam đã mở cửa du lịch.\n\nKhách du lịch tham "
     "quan phố cổ Hội An.\n\nTính chung 7 tháng của năm nay, khách quốc tế đến Việt Nam đạt 954.600 lượt người, vẫn "
     "giảm hơn 90% so với cùng kỳ năm 2019, năm chưa xảy ra dịch Covid 19.", (2022, 7), "2022-07"),
    # c14-vn-xuatkhau-2021-9t (dated 2021-10)
    ("Bất chấp những khó khăn vì đại dịch Covid-19, khu vực có vốn đầu tư nước ngoài (FDI) vẫn có mức tăng trưởng "
     "xuất khẩu rất cao trong 9 tháng năm nay, chiếm tỷ trọng cao nhất trong tổng kim ngạch xuất khẩu 10 năm qua.",
     (2021, 10), "2021-9T"),
])
def test_this_year_is_the_dates_year(text, date, code):
    assert find_period(text, *date).code == code


# -- the months so far written with a slash: "7 tháng/2023" ------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p15-cafef-dulich-7t-2023: the months so far first, the month a part of them
    ("Theo báo cáo của Tổng cục Thống kê, trong 7 tháng/2023, doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành "
     "đạt 395,8 nghìn tỷ đồng, tăng 17,7% so với cùng kỳ năm trước.\n\nTháng Sáu, tháng Bảy vừa qua là những tháng cao "
     "điểm của mùa du lịch hè. Chỉ riêng trong tháng 7/2023, doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành cả "
     "nước ước đạt 60 nghìn tỷ đồng", "2023-7T"),
    # held-out zb-toan-quoc-none-xuat-nhap-khau-2017-07: the month first, its months so far after it
    ("Trong đó, xuất khẩu trong tháng 7/2017 đạt 17,67 tỷ USD, giảm 0,7% so với tháng 6/2017 và kim ngạch xuất khẩu 7 "
     "tháng/2017 đạt 115,3 tỷ USD, tăng 18,8% so với cùng kỳ năm trước.", "2017-07"),
])
def test_months_so_far_with_a_slash(text, code):
    assert find_period(text).code == code


def test_months_so_far_with_a_slash_is_named():
    from service.periods import find_mentions
    text = "kim ngạch nhập khẩu 7 tháng/2017 đạt 117,83 tỷ USD"
    assert [(m.period.code, text[m.start:m.end]) for m in find_mentions(text)] == [("2017-7T", "7 tháng/2017")]


# -- "bằng 79% tháng 7/2019": a share of another period's figure is a comparison -----------------------------------------

def test_a_share_of_another_periods_figure_is_a_comparison():
    from service.periods import find_mentions
    # p15-vnexpress-khachqt-2023-07 (dated 2023-07): the month before the pandemic is no month reported
    text = ("Tháng 7 trở thành tháng đón khách quốc tế cao nhất của ngành du lịch tính từ khi mở cửa lại vào 15/3/2022 "
            "với hơn một triệu lượt.\n\nTheo Tổng cục Du lịch, Việt Nam ước đón gần 1,04 triệu lượt khách quốc tế trong "
            "tháng này, tăng 6,5% so tháng 6 và gấp ba lần cùng kỳ 2022. So trước dịch, lượng khách bằng 79% tháng "
            "7/2019.\n\nĐây cũng là tháng đầu tiên ngành du lịch đón hơn một triệu lượt khách quốc tế tính từ khi mở cửa "
            "vào tháng 3 năm ngoái. Trong 7 tháng đầu năm, tổng lượng khách quốc tế đạt gần 6,6 triệu lượt, bằng 83% kế "
            "hoạch năm 2023.")
    july = next(m for m in find_mentions(text, 2023, 7) if m.period.code == "2019-07")
    assert july.comparison
    assert find_period(text, 2023, 7).code == "2023-07"
    # c12-vn-thungansach-2023-h1: "chỉ bằng 89,7% cùng kỳ năm 2022" (the same period a year earlier) stays one
    text = ("số thu của 3 khu vực này chỉ bằng 89,7% cùng kỳ năm 2022")
    assert all(m.comparison for m in find_mentions(text))
