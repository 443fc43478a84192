"""Periods round 24 (per24): a period things were carried over from, a value striven for with its period after it, the
years dating a change's two ends in brackets, the winter and spring crops named by a bare year, a month of a season
across two years. Every text quoted is from a page in evaluations/sweep/pages or a held-out
case (evaluations/cases/heldout), unless a test says it is a sentence of my own making."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _read(path: Path) -> str | None:
    return str(parse_report(path).period)


def _mention(text: str, words: str):
    at = text.index(words)
    return next(m for m in find_mentions(text) if m.start <= at < m.end)


# -- a period things were carried over from ("từ quý II chuyển sang") ----------------------------------------------

QUANG_TRI = ("(24/09/2018)\n(Thanh tra)- Quý III/2018, toàn ngành Thanh tra tỉnh Quảng Trị tiến hành 27 cuộc thanh tra "
             "kinh tế - xã hội tại 36 đơn vị (15 cuộc từ quý II chuyển sang); kết thúc 14 cuộc thanh tra trực tiếp;")


def test_a_quarter_carried_over_from_is_no_edition_beside_the_quarter():
    # held-out yd-quang-tri: read 2018-Q2 on main (the quarter before, named beside it, taken as the earlier edition)
    assert find_period(QUANG_TRI).code == "2018-Q3"
    assert _mention(QUANG_TRI, "quý II chuyển").comparison
    assert _read(HELDOUT / "yd-quang-tri-thanh-tra-tinh-thanh-tra-kinh-te-xa-hoi-2018-q3" / "source.txt") == "2018-Q3"


def test_years_carried_over_from_in_other_reports_are_earlier_periods():
    # an inspectorate (zg-quang-nam), a court's judgments (zc-cuc-thads), the civil judgments office (c8-vn-thads), the
    # police (tpl-bachthong): a year's backlog brought into the period reported, a count or "là" or the clause's end after
    assert _mention("trong đó 28 cuộc theo kế hoạch, 10 cuộc đột xuất và 4 cuộc năm 2019 chuyển sang; tổ chức 41 cuộc",
                    "năm 2019").comparison
    assert _mention("tổng số bản án đang theo dõi là 54, trong đó năm 2018 chuyển sang 39 bản án, thụ lý mới 15 bản án.",
                    "năm 2018").comparison
    assert _mention("Số việc thụ lý mới là 547.121 việc; số việc năm 2021 chuyển sang là 349.412 việc.",
                    "năm 2021").comparison
    assert _mention("xảy ra trong 6 tháng đầu năm 2018 và 17 vụ, 29 đối tượng năm 2017 chuyển sang. Điều tra khám phá",
                    "năm 2017").comparison


def test_a_year_converting_land_is_no_backlog():
    # a sentence of my own making: "chuyển sang" followed by what it turned into is a change made in that year
    assert not _mention("Diện tích lúa kém hiệu quả năm 2019 chuyển sang trồng cây ăn quả đạt 120 ha.",
                        "năm 2019").comparison


# -- a value striven for, its period after it -------------------------------------------------------------------

NA_HANG = ("Na Hang: Phấn đấu giải quyết việc làm cho trên 1.200 lao động trong năm 2017\n"
           "Ngày xuất bản: 15/02/2017 12:45:06 SA\n\n \n\nTrong năm 2016, huyện Na Hang đã giải quyết việc làm cho "
           "trên 1.200 lao động của địa phương, đạt 101,3% kế hoạch.")


def test_a_headline_striving_for_a_value_in_a_year_names_a_target():
    # held-out yd-tuyen-quang: read 2017 on main (the headline's target year before the year reported)
    assert _mention(NA_HANG, "năm 2017").target
    assert find_period(NA_HANG).code == "2016"
    assert _read(HELDOUT / "yd-tuyen-quang-na-hang-giai-quyet-viec-lam-dao-tao-nghe-2016" / "source.txt") == "2016"


def test_a_port_striving_for_a_tonnage_next_year_is_a_target():
    # held-out zq-da-nang (read 2014 before and after): the year after the value striven for is the target's
    text = ("Ngày 1/1, Cảng Đà Nẵng đã công bố tấn hàng thứ 6 triệu trong năm 2014. Đánh giá đây là con số kỷ lục, "
            "lãnh đạo Đà Nẵng đề nghị cảng phấn đấu đạt 6,5 triệu tấn trong năm 2015.")
    assert _mention(text, "năm 2015").target
    assert not _mention(text, "năm 2014").target
    assert find_period(text).code == "2014"


def test_a_striving_already_done_is_the_year_reported():
    # sentences of my own making: "đã ... phấn đấu" (striven), a value "được" (reached): results of the year named
    assert find_period("Toàn huyện đã nỗ lực phấn đấu đạt 105% kế hoạch năm 2023.").code == "2023"
    assert find_period("Các cấp hội đã phấn đấu vận động được 1.200 hội viên trong năm 2021.").code == "2021"
    assert _mention("Huyện phấn đấu hoàn thành 100% kế hoạch năm 2024.", "năm 2024").target


def test_a_value_reached_after_a_clause_of_striving_is_reported():
    # a sentence of my own making: the comma closes the striving; the year after the value is the year reported
    text = "Với tinh thần phấn đấu không ngừng, 1.250 lao động có việc làm mới trong năm 2016."
    assert not _mention(text, "năm 2016").target


# -- the years dating a change's two ends in brackets ---------------------------------------------------------------

def test_the_years_dating_a_change_leave_the_term_named():
    # p24-thvl-vinhlong: read 2010 on main (the first bracketed year); the term after is the period reviewed
    text = ("Một trong những mặt công tác nổi bật của ngành LĐTBXH tỉnh nhà trong nhiệm kỳ qua là bình quân hằng năm tạo "
            "việc làm mới cho trên 27.000 lao động, góp phần nâng cao thu nhập cho người dân và tích cực chuyển dịch cơ "
            "cấu lao động, giảm đáng kể tỷ lệ lao động trong lĩnh vực nông nghiệp từ trên 57% (năm 2010) xuống còn 48% "
            "(năm 2015), đạt 100% Nghị quyết nhiệm kỳ 2010-2015.")
    assert _mention(text, "năm 2010").aside and _mention(text, "năm 2015").aside
    assert find_period(text).code == "2010-2015"
    assert _read(PAGES / "p24-thvl-vinhlong-vieclam-nhiemky-2010-2015.txt") == "2010-2015"


def test_the_years_dating_a_change_in_other_reports():
    # held-out zo-bac-kan (a commune's congress), p10-ninhphuoc (women's union), p17-sggp (the economy): read right
    # before and after; their bracketed years are a change's ends
    for text, first, last in (
            ("diện tích trồng rừng tăng từ 26,58 ha (năm 2015) lên 67,60 ha (năm 2019). Hoạt động văn hóa,",
             "năm 2015", "năm 2019"),
            ("giảm tỷ lệ hộ nghèo trên địa bàn huyện từ 5% (năm 2016) xuống còn 3,04% (năm 2020)…", "năm 2016", "năm 2020"),
            ("Quy mô GDP tăng từ 346 tỷ USD (năm 2020) lên khoảng 514 tỷ USD (năm 2025), đưa Việt Nam", "năm 2020",
             "năm 2025")):
        assert _mention(text, first).aside and _mention(text, last).aside
    assert _read(HELDOUT / "zo-bac-kan-cho-don-xa-xuan-lac-dang-bo-2015-2020" / "source.txt") == "2015-2020"
    assert _read(PAGES / "p10-ninhphuoc-phunu-2016-2021.txt") == "2016-2021"


def test_a_single_bracketed_year_after_a_value_is_read_as_before():
    # a sentence of my own making: no change from one value to another, the year stays the year reported
    assert find_period("Thu ngân sách đạt 512 tỷ đồng (năm 2019), vượt 5% dự toán.").code == "2019"


# -- a winter or spring crop named by one year; a season's months across the year's end ---------------------------

def test_a_winter_crop_named_by_one_year_is_that_year():
    # p24-danviet (None on main: "vụ đông" alone was no season); the spring crop by a bare year in held-out
    # zv-nam-dinh ("so với vụ xuân 2015") and zw-hung-yen (its title's "lúa xuân 2015"); with "năm" (c19-baoninhbinh's "Vụ đông năm
    # 2008") the year recogniser reads it, as it did
    text = ("Theo Cục Trồng trọt (Bộ NNPTNT), diện tích cây trồng vụ đông 2020 đạt 375.000ha, giảm trên 13.000ha so với "
            "vụ đông 2019 do ảnh hưởng bão số 7.")
    assert _mention(text, "vụ đông 2020").recogniser == "season"
    assert _mention(text, "vụ đông 2019").comparison
    assert find_period(text).code == "2020"
    assert _read(PAGES / "p24-danviet-vudong-2020.txt") == "2020"
    assert _mention("Vụ đông năm 2008, toàn tỉnh gieo trồng", "2008").period.code == "2008"
    spring = _mention("năng suất ước đạt 69,3 tạ/ha tăng 0,1 tạ/ha so với vụ xuân 2015", "vụ xuân 2015")
    assert spring.recogniser == "season" and spring.comparison
    hung_yen = "Tiến độ làm đất, gieo mạ, gieo cấy lúa xuân 2015 tỉnh Hưng Yên tính đến ngày 17/02/2015"   # its title
    assert _mention(hung_yen, "lúa xuân 2015").recogniser == "season"
    assert find_period(hung_yen).code == "2015-02"       # the crop beside a count to a day: that day's month


def test_the_winter_spring_crop_is_still_one_season():
    # "Đông Xuân" is read whole, never as "đông" then a spring named apart (p23-baodongnai's season, read as before)
    assert _mention("vụ đông - xuân 2012-2013, nông dân trong tỉnh đã xuống giống", "2012").period.code == "2013"
    assert _read(PAGES / "p23-baodongnai-dongxuan-2013.txt") == "2013"


def test_a_seasons_progress_to_a_day_is_that_days_month():
    # held-out zv-bac-giang (2011-10 before and after: its "vụ Đông năm 2011" was a year beside the crop) and
    # yb-dbscl (2019 on main: the summer-autumn crop's year won over the count to 23/5/2019)
    assert _read(HELDOUT / "zv-bac-giang-so-nnptnt-tien-do-gieo-trong-vu-dong-2011-10" / "source.txt") == "2011-10"
    assert _read(HELDOUT / "yb-dbscl-cuc-trong-trot-tien-do-he-thu-2019-05" / "source.txt") == "2019-05"


def test_a_month_of_a_season_across_two_years_is_of_the_first_when_it_is_autumn():
    # p20-baothanhhoa (None on main: the count to 29-11 took 2022, the season's harvest year, then was set aside) and
    # held-out zm-lao-cai's cold-spell forecast (November of 2024 on main)
    text = ("(Baothanhhoa.vn) - Vụ đông 2021-2022, toàn tỉnh phấn đấu gieo trồng 45.000 ha trở lên. Tính đến ngày "
            "29-11, các địa phương trong tỉnh đã gieo trồng được khoảng 43.000 ha, đạt 95,5% kế hoạch.")
    assert _mention(text, "29-11").period.code == "2021-11"
    assert _read(PAGES / "p20-baothanhhoa-gieotrong-vudong-2021-11.txt") == "2021-11"
    lao_cai = ("Dự báo mùa Đông Xuân năm 2023 – 2024, vùng thấp của tỉnh Lào Cai có khoảng 1 – 2 đợt rét đậm, rét hại từ "
               "2 ngày trở lên; vùng cao khả năng đến cuối tháng 11 mới xuất hiện rét đậm, rét hại. Các đợt rét tập "
               "trung vào tháng 12")
    assert _mention(lao_cai, "tháng 11").period.code == "2023-11"


def test_a_month_of_a_season_named_by_one_year_keeps_that_year():
    # a sentence of my own making in p24-danviet's words: one year named, its November is that year's
    text = "Vụ đông 2020, toàn tỉnh phấn đấu gieo trồng 45.000 ha. Tính đến ngày 29-11, đã gieo trồng được 43.000 ha."
    assert _mention(text, "29-11").period.code == "2020-11"
