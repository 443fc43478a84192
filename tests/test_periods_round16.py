"""Periods, round 16: wordings of the sweep pages (``evaluations/sweep/pages/<slug>.txt``, public pages of the genre
the service never saw) and held-out cases: dry seasons and crop seasons across two years, seasons listed together,
comparisons with an average, another edition or another period's level, a time ahead, a month in words.

Each quote is one sentence (or a few) of the page or held-out case its test names by slug."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from service.periods import Period, find_mentions, find_period, move_words
from tests.test_periods_round9 import report    # a page's period as parse_report reads it

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def mention(text: str, words: str, *date):
    """The mention whose characters are ``words``."""
    return next(m for m in find_mentions(text, *date) if text[m.start:m.end] == words)


# -- a dry season, a season across two calendar years: the year it ends in ---------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p16-thvl-dongxuan-hanman-2020: the dry season, not the comparison's year after it
    ("Dù tình trạng xâm nhập mặn, thiếu nước ngọt ở ĐBSCL mùa khô 2020 đến sớm, kéo dài, gay gắt hơn năm 2016. Tuy "
     "nhiên, phần lớn diện tích lúa Đông Xuân đều đạt năng suất cao, việc tiêu thụ cũng thuận lợi.", "2020"),
    # held-out zl-quang-ngai-doi-k53-quy-tap-hai-cot-liet-sy-2026-01: a dry season across two years (not its first)
    ("Ngày 7/1, Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi thông tin, thực hiện nhiệm vụ tìm kiếm quy tập hài cốt liệt sỹ mùa "
     "khô năm 2025-2026", "2026"),
    # p16-vdong-hanman-2019-2020: "năm 2019-2020", one season across two calendar years
    ("TTO - Hạn hán, xâm nhập mặn tại Đồng bằng sông Cửu Long (ĐBSCL) năm 2019-2020 đến sớm và nghiêm trọng hơn lịch "
     "sử năm 2015-2016. Dự báo khoảng 120.000 hộ dân miền Tây thiếu nước sinh hoạt, 50.000ha vụ đông xuân sẽ phải cắt "
     "giảm.", "2020"),
])
def test_a_season_across_two_years_is_the_year_it_ends_in(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_season_across_two_years_is_named_in_passing_and_never_a_school_year():
    # p16-tintucmientay-hanman-dongxuan-2019-2020: the damage of an earlier dry season, in passing
    text = ("hạn hán, xâm nhập mặn gây thiệt hại gần 29.700ha lúa vụ mùa 2019 và đông xuân 2019-2020 ở khu vực ĐBSCL "
            "(vụ mùa 16.000ha, đông xuân 13.700ha), bằng 7,3% so tổng cộng thiệt hại năm 2015-2016")
    m = mention(text, "năm 2015-2016")
    assert (m.period.code, m.passing) == ("2016", True)
    assert find_period(text).code == "2020"
    # p16-tienphong-hsg-2019-2020: "năm học 2019-2020" is a school year, as before
    assert find_period("TPO - Theo Sở GD&Đ Hà Tĩnh, năm học 2019-2020, địa phương chọn 100 học sinh tham dự kỳ thi "
                       "chọn học sinh giỏi quốc gia").code == "2019-2020"
    # not two consecutive years: no season ("năm 2015-2020" stays its first year, as before)
    assert [m.recogniser for m in find_mentions("trong năm 2015-2020")] == ["year"]


# -- seasons listed together: the crop year they make ------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p16-vov-hanman-2020 (dated 2020-03)
    ("Theo Ban Chỉ đạo Trung ương về phòng chống thiên tai, tính đến ngày 10/2 hạn hán và mặn xâm nhập làm thiệt hại hơn "
     "30.000 ha lúa mùa năm 2019 và vụ Đông Xuân 2019-2020; khoảng 332.000 ha lúa Đông Xuân", "2020"),
    # p16-tintucmientay-hanman-dongxuan-2019-2020
    ("Đến nay, hạn hán, xâm nhập mặn gây thiệt hại gần 29.700ha lúa vụ mùa 2019 và đông xuân 2019-2020 ở khu vực ĐBSCL",
     "2020"),
    # p16-baocantho-lua-2023: one year after a list of seasons
    ("Vụ lúa hè thu, mùa, thu đông 2023 đã và đang được thu hoạch với năng suất khá cao ở ÐBSCL.", "2023"),
])
def test_seasons_listed_together_are_one_crop_year(text, code):
    assert find_period(text).code == code
    assert find_period(unicodedata.normalize("NFD", text)).code == code


def test_a_list_of_seasons_moves_on_whole():
    assert move_words("lúa vụ mùa 2019 và đông xuân 2019-2020", Period(2020, "year"), Period(2021, "year")) == \
        "lúa vụ mùa 2020 và đông xuân 2020-2021"


def test_the_coming_season_is_a_plan():
    # p16-baocantho-lua-2023: "vụ lúa đông xuân 2023-2024 sắp tới" is the next season, not the one reported
    text = ("Vụ lúa hè thu, mùa, thu đông 2023 đã và đang được thu hoạch với năng suất khá cao ở ÐBSCL. Bộ Nông nghiệp "
            "và Phát triển nông thôn (NN&PTNT) đánh giá đây là những vụ lúa được mùa, cho lợi nhuận khá cao. Tiếp nối "
            "niềm vui trên, nông dân ÐBSCL bắt đầu chuẩn bị cho vụ lúa đông xuân 2023-2024 sắp tới.")
    assert mention(text, "vụ lúa đông xuân 2023-2024").plan
    assert find_period(text).code == "2023"


# -- a time ahead: "từ nay đến ..." -----------------------------------------------------------------------------------

def test_from_now_until_is_ahead():
    # p16-tintucmientay-hanman-dongxuan-2019-2020: a forecast's months
    text = ("Từ nay đến tháng 3, tháng 4-2020, xâm nhập mặn sẽ tiếp tục gia tăng ảnh hưởng đến sinh hoạt, sản xuất nông "
            "nghiệp trong vùng ĐBSCL.")
    assert mention(text, "tháng 4-2020").target
    assert find_period(text) is None
    # c-vanxa-dangbo-2021: what the party cell goes on doing until the year's end (the page stays the year so far)
    text = ("Trao tặng, truy tặng huy hiệu đảng  cho 10 đảng viên. Từ nay đến cuối năm 2021, đảng bộ xã Văn Xá tiếp tục "
            "làm tốt công tác tạo nguồn phát triển đảng để kết nạp trong năm 2022./.")
    assert mention(text, "năm 2021").target


# -- comparisons: an average, another edition, another period's level -------------------------------------------------

def test_an_average_compared_with_is_no_earlier_edition():
    # p16-vietbao-cpi-11t-2023: the year before's average is what the months so far are compared with
    text = ("Trong 11 tháng năm 2023, CPI tháng 1 tăng cao nhất với 4,89%, sau đó giảm dần đến tháng 6 mức tăng chỉ còn "
            "2%, đến tháng 11 tăng 3,45%.\n\nBình quân 11 tháng năm 2023, CPI tăng 3,22% so với bình quân 11 tháng năm "
            "2022.")
    assert mention(text, "11 tháng năm 2022").comparison
    assert find_period(text).code == "2023-11T"


@pytest.mark.parametrize("text,words", [
    # p16-tienphong-hsg-2019-2020: the contest of the school year before
    ("So với kỳ thi học sinh giỏi quốc gia THPT năm học 2018 – 2019, vị trí những địa phương thuộc top 10 về số lượng "
     "giải cơ bản không thay", "năm học 2018 – 2019"),
    # held-out ze-lang-son-so-gddt-thi-tot-nghiep-thpt-2019: the exam of the year before
    ("có 3 bài thi bị điểm liệt (0 điểm) ở môn Ngữ Văn (tăng 1 bài so với kỳ thi năm 2018)", "năm 2018"),
    # p16-tintucmientay-hanman-dongxuan-2019-2020: the level an earlier year reached
    ("sâu hơn cùng kỳ năm 2016 từ 4-6km, thấp hơn 15-17km so với mức sâu nhất năm 2016.", "năm 2016"),
])
def test_another_edition_or_level_compared_with(text, words):
    found = [m for m in find_mentions(text) if text[m.start:m.end] == words]
    assert found and all(m.comparison for m in found)


def test_the_school_year_reported_over_the_one_compared_with():
    text = (PAGES / "p16-tienphong-hsg-2019-2020.txt").read_text(encoding="utf-8")
    assert find_period(text).code == "2019-2020"


# -- a month when a season's work was done, named after the season in its sentence -------------------------------------

def test_a_sowing_month_after_its_season_is_in_passing():
    # p16-tintucmientay-hanman-dongxuan-2019-2020: the season named in an earlier sentence, then in the month's own
    text = ("Nông dân TP Cần Thơ thu hoạch lúa đông xuân 2019-2020 sớm trúng mùa, tránh được hạn, mặn xâm nhập.\n"
            "Tổng cục Thủy lợi, khuyến cáo: đối với diện tích xuống giống lúa đông xuân 2019-2020 muộn (trong tháng "
            "12-2019), các địa phương cần tích cực trữ nước ..., nhất là 94.000/318.000 ha lúa xuống giống muộn trong "
            "tháng 12-2019 ở 9 tỉnh ven biển")
    months = [m for m in find_mentions(text) if m.period.kind == "month"]
    assert len(months) == 2 and all(m.passing for m in months)
    assert find_period(text).code == "2020"
    # a monthly release naming its season first in the month's own sentence keeps its month (round 14's reading)
    assert find_period("Vụ Đông Xuân 2022-2023, trong tháng 3/2023 toàn tỉnh gieo cấy được 12.000 ha lúa.").code == \
        "2023-03"


# -- a month in words, capitalised ------------------------------------------------------------------------------------

def test_a_capitalised_month_in_words_is_that_month():
    # a GSO release of November 2022 (the public-pages corpus, no address): "tháng Mười Một", never October
    text = ("Giá xăng dầu trong nước điều chỉnh theo giá thế giới, giá thuê nhà tăng do nhu cầu của người dân tăng cao là "
            "những nguyên nhân chính làm cho chỉ số giá tiêu dùng (CPI) tháng 11/2022 tăng 0,39% so với tháng trước. So "
            "với tháng 12/2021, CPI tháng Mười Một tăng 4,56% và so với cùng kỳ năm trước tăng 4,37%.")
    assert mention(text, "tháng Mười Một").period.index == 11
    assert find_period(text).code == "2022-11"
    assert find_period("Trong tháng Mười Hai năm 2023, toàn tỉnh").code == "2023-12"


# -- the pages whole ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("slug,code", [
    ("p16-vdong-hanman-2019-2020", "2020"),
    ("p16-thvl-dongxuan-hanman-2020", "2020"),
    ("p16-vov-hanman-2020", "2020"),
    ("p16-baocantho-lua-2023", "2023"),
    ("p16-tintucmientay-hanman-dongxuan-2019-2020", "2020"),
    ("p16-tienphong-hsg-2019-2020", "2019-2020"),
    ("p16-vietbao-cpi-11t-2023", "2023-11T"),
])
def test_the_pages_read_whole(tmp_path, slug, code):
    period = report(tmp_path, (PAGES / f"{slug}.txt").read_text(encoding="utf-8"))
    assert period == code


# -- a headline's months so far after its subject and a colon ----------------------------------------------------------

def test_a_headline_s_months_so_far_after_a_colon():
    # held-out zl-binh-duong-cao-su-dau-tieng-san-xuat-kinh-doanh-2014-4t: the month its months so far end with is a part
    text = ("Công ty TNHH MTV Cao su Dầu Tiếng: 4 tháng, lợi nhuận hơn 119 tỷ đồng\n\nTrong tháng 4/2014, công ty tiêu "
            "thụ được 1.464 tấn mủ thành phẩm các loại ... Lũy kế 4 tháng đầu năm 2014, công ty tiêu thụ được 9.386 tấn "
            "mủ, đạt hơn 27% KH.")
    assert mention(text, "4 tháng").headline
    assert find_period(text).code == "2014-4T"
    # t4-tayninh-phunu-2011-9t: the same headline's shape
    text = ("Các cấp Hội Phụ nữ: 9 tháng, kết nạp hơn 5.300 hội viên mới\n\nCập nhật ngày: 26/09/2011 - 10:34\n\n(BTNO) - "
            "Theo Hội Liên hiệp Phụ nữ tỉnh, trong 9 tháng năm 2011, Hội Phụ nữ các cấp đã kết nạp được 5.314 hội viên")
    assert mention(text, "9 tháng").period.code == "2011-9T"
    assert find_period(text).code == "2011-9T"
    # a month the headline names stays the month ("tháng 11 và 11 tháng năm 2023": p16-ctk-thanhhoa-ktxh-2023-11)
    assert find_period("Tình hình kinh tế - xã hội tháng 11 và 11 tháng đầu năm 2023\n\n1. Sản xuất nông, lâm nghiệp "
                       "và thủy sản").code == "2023-11"


# -- a quarter with its months so far as a running total after it --------------------------------------------------------

@pytest.mark.parametrize("text,date,code", [
    # held-out zl-toan-quoc-vicem-tieu-thu-xi-mang-2016-q3
    ("- Tin từ TCty Công nghiệp Xi măng Việt Nam (VICEM), quý III/2016, tiêu thụ toàn VICEM đạt 6.184.000 tấn, tăng "
     "10,5 % so với cùng kỳ năm 2015; trong đó tiêu thụ nội địa đạt 5.485.000 tấn, tăng 4,4 % so với quý III/2015.\n\n"
     "Lũy kế 9 tháng đầu năm 2016, tiêu thụ sản phẩm chính toàn VICEM đạt 18.843.000 tấn, tăng 15,6%", (), "2016-Q3"),
    # p15-thanhnien-loinhuan-q3-2025 (a paragraph of it, dated 2025-10)
    ("Công ty CP Nhựa Bình Minh (mã chứng khoán BMP) đạt doanh thu trong quý 3/2025 hơn 1.532 tỉ đồng, tăng 9% so với "
     "quý 3/2024. Lợi nhuận sau thuế của Nhựa Bình Minh đạt gần 351 tỉ đồng ... Lũy kế 9 tháng đầu năm nay, doanh thu "
     "thuần Nhựa Bình Minh đạt 4.224 tỉ đồng", (2025, 10), "2025-Q3"),
    # the release's own "quý III và 9 tháng năm 2023 ... Tính chung 9 tháng" keeps round 11's reading (the months so far)
    ("Họp báo công bố số liệu thống kê kinh tế - xã hội quý III và 9 tháng năm 2023. GDP quý III/2023 ước tính tăng "
     "5,33%. Tính chung 9 tháng năm 2023, GDP tăng 4,24%", (), "2023-9T"),
])
def test_a_running_total_after_the_quarter_is_a_part_of_it(text, date, code):
    assert find_period(text, *date).code == code


# -- after the check set: a crop year's second year in two digits, a range from a date through a month -----------------

@pytest.mark.parametrize("text,code", [
    # p16c-food-duong-nienvu-2020-21
    ("Niên vụ mía đường 2020/21 có sản lượng thấp kỷ lục khi đạt chưa tới 700 ngàn tấn, trong khi đường nhập khẩu lại "
     "cao kỷ lục, tăng hơn 13% so với cùng kỳ năm ngoái.", "2021"),
    # giacaphe.com (the public-pages corpus): an ICO forecast of the 2010/11 crop
    ("Tổ chức Cà phê Quốc tế (ICO) ngày 08/12 đưa ra dự báo, sản lượng cà phê của Việt Nam niên vụ 2010/11 có thể giảm "
     "2,8% xuống 17,5 triệu bao.", "2011"),
])
def test_a_crop_year_with_its_second_year_in_two_digits(text, code):
    m = next(m for m in find_mentions(text) if m.recogniser == "crop-year")
    assert m.period.code == code
    assert find_mentions("niên vụ 2020/23") == []         # not the next year: no crop year


def test_a_two_digit_crop_year_moves_on_in_its_notation():
    assert move_words("Niên vụ mía đường 2020/21", Period(2021, "year"), Period(2022, "year")) == \
        "Niên vụ mía đường 2021/22"


def test_a_range_from_a_date_through_a_month_is_some_days():
    # p16c-baocaobang-miaduong-vuep-2022-2023: the crushing season's span, not the year so far through March
    text = ("Vụ ép năm 2022 - 2023, Công ty cổ phần Mía đường Cao Bằng bắt đầu từ 25/11/2022 đến hết tháng 3/2023. Công "
            "ty phấn đấu thu mua và ép trên 146.400 tấn mía ... Tính đến nay, Công ty đã thu mua và ép trên 39.450 tấn mía")
    assert find_period(text).code == "2023"
    assert not any(m.period.kind == "quarter" for m in find_mentions(text))
    # from a month's first day, an agency's year (as "01/10/2021 đến 30/9/2022" is)
    assert find_period("Từ 01/10/2022 đến hết tháng 9/2023, toàn ngành đã thụ lý 1.200 vụ").code == "2023"
