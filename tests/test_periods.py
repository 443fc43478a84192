"""Periods of every kind a series uses, read from wording and codes, and moved to the next edition."""

from __future__ import annotations

import unicodedata

import pytest

from service.calendar_facts import shift_calendar
from service.periods import Period, find_mentions, find_period, map_mention, parse_period


@pytest.mark.parametrize("text,code", [
    ("6 tháng đầu năm 2023", "2023-H1"),
    ("Sáu tháng đầu năm 2022", "2022-H1"),
    ("6 tháng cuối năm 2023", "2023-H2"),
    ("6 tháng năm 2023", "2023-H1"),
    ("quý II/2017", "2017-Q2"),
    ("Quý II năm 2017", "2017-Q2"),
    ("Quý 2/2017", "2017-Q2"),
    ("quý IV-2023", "2023-Q4"),
    ("Q2/2017", "2017-Q2"),
    ("9 tháng đầu năm 2019", "2019-9T"),
    ("09 tháng năm 2019", "2019-9T"),
    ("3 tháng đầu năm 2024", "2024-Q1"),             # three months from January: the first quarter
    ("tháng 7/2023", "2023-07"),
    ("tháng 07 năm 2023", "2023-07"),
    ("năm 2019", "2019"),
    ("cả năm 2019", "2019"),
    ("tổng kết năm 2019", "2019"),
    ("2024-H1", "2024-H1"), ("2017-Q2", "2017-Q2"), ("2019-9T", "2019-9T"), ("2019-9t", "2019-9T"),
    ("2023-07", "2023-07"), ("2019", "2019"),
])
def test_wordings_and_codes_parse(text, code):
    assert parse_period(text).code == code
    assert parse_period(unicodedata.normalize("NFD", text)).code == code
    assert parse_period(parse_period(text).text).code == code     # the Vietnamese wording reads back


@pytest.mark.parametrize("title,code", [
    # a first-half review that announces the second half's tasks is H1, whatever the order of the years
    ("Báo cáo sơ kết 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023", "2023-H1"),
    ("Kết quả thực hiện nhiệm vụ quốc phòng 6 tháng đầu năm 2023", "2023-H1"),
    ("Chương trình phối hợp năm 2023, sơ kết 6 tháng đầu năm 2023", "2023-H1"),
    ("Báo cáo kết quả công tác quý II/2017 và nhiệm vụ quý III/2017", "2017-Q2"),
    ("Báo cáo tổng kết năm 2023 và kế hoạch quý I năm 2024", "2023"),
    ("Kết quả 9 tháng năm 2019, nhiệm vụ 3 tháng cuối năm", "2019-9T"),
    ("Báo cáo công tác tuyển quân năm 2024", "2024"),
    ("Tết Nguyên đán Quý Mão năm 2023", "2023"),          # a lunar year is no quarter
])
def test_the_period_a_title_reports_on(title, code):
    assert find_period(title).code == code


def test_a_date_is_no_period_and_a_missing_year_comes_from_the_date():
    assert find_period("Hà Nội, ngày 05 tháng 7 năm 2024") is None
    assert find_period("Sáng ngày 29/7/2022, sơ kết năm 2022").code == "2022"
    assert find_period("trong 6 tháng đầu năm") is None
    assert find_period("trong 6 tháng đầu năm", date_year=2023, date_month=7).code == "2023-H1"
    assert find_period("Báo cáo quý IV", date_year=2024, date_month=1).code == "2023-Q4"   # written in January


def test_neighbours_of_each_kind():
    q2 = Period(2017, "quarter", 2)
    assert q2.cung_ky.code == "2016-Q2" and q2.previous_edition().code == "2017-Q1"
    assert Period(2024, "quarter", 1).previous_edition().code == "2023-Q4"
    assert Period(2023, "half", 1).previous_edition().code == "2022-H1" and Period(2023, "half", 1).step(1).code == "2023-H2"
    assert Period(2019, "ytd", 9).previous_edition().code == "2018-9T"
    assert Period(2023, "month", 1).previous_edition().code == "2022-12"
    assert Period(2020, "year").previous_edition().code == "2019"
    assert Period(2019, "ytd", 9).months == (1, 9) and Period(2017, "quarter", 2).months == (4, 6)
    assert map_mention(Period(2017, "quarter", 3), q2, Period(2017, "quarter", 3)).code == "2017-Q4"
    with pytest.raises(ValueError):
        Period(2020, "quarter", 5)


def test_mentions_keep_their_notation_when_moved():
    text = "Trong Q2/2017 và quý II năm 2017"
    new = Period(2017, "quarter", 3)
    got = [m.rewrite(text, new) for m in find_mentions(text)]
    assert got == ["Q3/2017", "quý III năm 2017"]


@pytest.mark.parametrize("old,new,text,expected", [
    ("2017-Q2", "2017-Q3",
     "Trong quý II/2017, so với cùng kỳ năm 2016; phương hướng nhiệm vụ quý III/2017.",
     "Trong quý III/2017, so với cùng kỳ năm 2016; phương hướng nhiệm vụ quý IV/2017."),
    ("2023-Q4", "2024-Q1", "Kết quả Q4/2023; nhiệm vụ quý I năm 2024; trong quý IV, năm 2023.",
     "Kết quả Q1/2024; nhiệm vụ quý II năm 2024; trong quý I, năm 2024."),
    ("2023-H1", "2024-H1", "Sơ kết 6 tháng đầu năm 2023, phương hướng 6 tháng cuối năm 2023.",
     "Sơ kết 6 tháng đầu năm 2024, phương hướng 6 tháng cuối năm 2024."),
    ("2019-9T", "2020-9T", "Kết quả 9 tháng đầu năm 2019, nhiệm vụ quý IV/2019.",
     "Kết quả 9 tháng đầu năm 2020, nhiệm vụ quý IV/2020."),
    ("2023-07", "2023-08", "Tháng 7/2023 tuyển 12 thanh niên, tháng 8/2023 dự kiến 10.",
     "Tháng 8/2023 tuyển 12 thanh niên, tháng 9/2023 dự kiến 10."),
    ("2023", "2024", "Tổng kết năm 2023, triển khai nhiệm vụ năm 2024; Tết Quý Mão.",
     "Tổng kết năm 2024, triển khai nhiệm vụ năm 2025; Tết Giáp Thìn."),
])
def test_calendar_shift_is_right_for_each_kind(old, new, text, expected):
    assert shift_calendar(text, parse_period(old), parse_period(new)) == expected


def test_calendar_shift_within_a_year_keeps_years_and_anniversaries():
    text = "Kỷ niệm 94 năm ngày thành lập Đảng; quý I/2024 so với cùng kỳ năm 2023."
    assert shift_calendar(text, parse_period("2024-Q1"), parse_period("2024-Q2")) == (
        "Kỷ niệm 94 năm ngày thành lập Đảng; quý II/2024 so với cùng kỳ năm 2023.")


@pytest.mark.parametrize("text,code", [
    # the shapes the real material writes periods in (evaluations/cases/real/*)
    ("Tính đến cuối tháng 6 năm 2019, Cà Mau phát triển 4.781 hội viên mới", "2019-H1"),
    ("Tại Hà Tĩnh, tính từ 15/12/2022 tới 14/10/2023, toàn tỉnh xảy ra 80 vụ cháy", "2023-10T"),
    ("hội nghị sơ kết công tác công an quý III và triển khai phương hướng, nhiệm vụ trọng tâm quý IV.2022", "2022-Q3"),
    ("trong 6 tháng đầu năm, xảy ra 257 vụ (giảm 74 vụ so với cùng kỳ năm 2020)", "2021-H1"),
    ("Năm qua, toàn tỉnh có 56.538 hộ đạt tiêu chí, tăng trên 1.400 hộ so năm 2016.", "2017"),
    ("kết quả đạt được trong năm vừa qua để đề ra phương hướng, nhiệm vụ trong năm 2012", "2011"),
    ("Trong 09 tháng, tình hình ổn định; công tác tuyển quân năm 2019 đạt 100% chỉ tiêu", "2019-9T"),
    ("Hội Nông dân huyện: Triển khai nhiệm vụ 6 tháng cuối năm 2020. Sơ kết 6 tháng đầu năm và đề ra phương "
     "hướng, nhiệm vụ 6 tháng cuối năm 2020.", "2020-H1"),
    ("Phát động “Tuần lễ Áo dài” từ ngày 01 - 08/3/2024; trong 6 tháng đầu năm, các cấp hội", "2024-H1"),
])
def test_periods_as_real_texts_write_them(text, code):
    assert find_period(text).code == code


def test_spans_of_years_and_comparisons_are_not_the_reported_period():
    assert find_period("Từ năm 2021 đến nay, mặc dù khó khăn") is None
    # a span under review is the period (round 9: held-out s-do-luong-ccb-dan-van-kheo-2014-2018, sweep c3-chilang-ccb-…)
    assert find_period("tổng kết 5 năm giai đoạn 2016 - 2021").code == "2016-2021"
    assert find_period("Chương trình mục tiêu quốc gia giai đoạn 2016 - 2021") is None
    assert find_period("giảm 15 vụ so cùng năm 2016; trong 6 tháng đầu năm 2017").code == "2017-H1"


def test_terms_of_office():
    t = parse_period("2022-2023")
    assert (t.kind, t.code, t.text) == ("term", "2022-2023", "nhiệm kỳ 2022 - 2023")
    assert t.previous_edition().code == "2021-2022" and parse_period("2015-2020").step(1).code == "2020-2025"
    assert find_period("Tổng kết công tác Đoàn nhiệm kỳ 2022–2023, phương hướng nhiệm kỳ 2023–2024").code == "2022-2023"
    assert find_period("Tình hình phát triển kinh tế - xã hội giữa nhiệm kỳ 2015 - 2020").code == "2015-2020"
    # a term named in passing is not the period reported
    assert find_period("hội nghị lần thứ Ba nhiệm kỳ 2019- 2024 tổng kết công tác năm 2019").code == "2019"
    assert find_period("Báo cáo tình hình kinh tế - xã hội Quý II và nhiệm vụ trọng tâm 6 tháng cuối năm 2018"
                       ).code == "2018-H1"      # a quarter reported with the next half's plan: the half it ends


def test_calendar_shift_of_a_term_moves_both_its_years():
    assert shift_calendar("Tổng kết nhiệm kỳ 2022–2023, phương hướng nhiệm kỳ 2023–2024",
                          parse_period("2022-2023"), parse_period("2023-2024")) == \
        "Tổng kết nhiệm kỳ 2023–2024, phương hướng nhiệm kỳ 2024–2025"


# -- a draft writes its period as the report writes it ---------------------------------------------

def test_a_period_is_written_in_the_specs_own_words_and_a_code_in_the_standard_wording():
    from service.periods import wording

    h1 = parse_period("2024-H1")
    assert wording("sáu tháng đầu năm 2024", h1) == "sáu tháng đầu năm 2024"
    assert wording("2024-H1", h1) == "6 tháng đầu năm 2024"
    assert wording("quý II/2024", parse_period("2024-Q2")) == "quý II/2024"
    assert wording("6 tháng cuối năm 2024", h1) == "6 tháng đầu năm 2024"      # words of another period


def test_a_title_naming_its_own_periods_is_the_whole_trich_yeu():
    from service.periods import trich_yeu

    assert trich_yeu("Kết quả công tác Hội", "6 tháng đầu năm 2024") == "Kết quả công tác Hội 6 tháng đầu năm 2024"
    both = "Tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024"
    assert trich_yeu(both, "6 tháng đầu năm 2024") == both
    assert trich_yeu("Công tác Hội năm qua", "năm 2024") == "Công tác Hội năm qua năm 2024"   # "năm qua" names none


@pytest.mark.parametrize("words,old,new,expected", [
    ("sáu tháng đầu năm 2023", "2023-H1", "2024-H1", "sáu tháng đầu năm 2024"),
    ("nhiệm kỳ 2022–2023", "2022-2023", "2023-2024", "nhiệm kỳ 2023–2024"),
    ("quý II/2017", "2017-Q2", "2017-Q3", "quý III/2017"),
    ("Q4/2023", "2023-Q4", "2024-Q1", "Q1/2024"),
    ("9 tháng năm 2019", "2019-9T", "2020-9T", "9 tháng năm 2020"),
    ("6 tháng cuối năm 2023", "2023-H1", "2024-H1", None),             # not the period it is said to be
])
def test_a_reports_own_words_for_its_period_move_to_the_next(words, old, new, expected):
    from service.periods import move_words

    assert move_words(words, parse_period(old), parse_period(new)) == expected


@pytest.mark.parametrize("text,date,code", [
    # a news write-up of a mid-term conference: the half is of the meeting's year, not the term's first year
    ("Trong 6 tháng đầu năm, Hội đã vận động 1.200 hội viên tham gia, được báo cáo tại hội nghị Ban Chấp hành "
     "lần thứ 9, nhiệm kỳ 2014- 2019, tổ chức ngày 17/7/2017.", (None, None), "2017-H1"),
    ("Quý III, Hội Cựu chiến binh huyện (nhiệm kỳ 2017 – 2022) tổ chức 12 buổi sinh hoạt.", (2020, 10), "2020-Q3"),
])
def test_a_term_of_office_lends_no_year_to_a_half_or_a_quarter(text, date, code):
    men = [m for m in find_mentions(text, *date) if m.period.kind != "term"]
    assert men[0].period.code == code


def test_a_quarter_without_its_year_takes_the_dateline_year_before_a_year_named_far_on():
    # Báo Hậu Giang, thư viện tỉnh quý III/2019: the article's date, then "nguồn bổ sung năm 2018" far on
    text = ("16/09/2019 | 08:29 GMT+7\n\n(HG) - Trong quý III, Thư viện tỉnh đã phục vụ trên 50.600 lượt bạn đọc "
            "thường xuyên tại hệ thống thư viện và đợt triển lãm sách nhân kỷ niệm các ngày lễ lớn. Cùng với đó, thư "
            "viện cũng đã tập trung đổi mới, nâng chất công tác phục vụ bạn đọc; luân chuyển 5.000 bản sách cho 23 thư "
            "viện cơ sở; bổ sung trên 2.000 bản sách vào kho tư sách tư liệu đồng thời hoàn thành biên mục trên 3.000 "
            "bản sách từ nguồn bổ sung năm 2018")
    assert find_period(text, 2019, 9).code == "2019-Q3"
    # a year named near still lends its year
    assert find_period("Trong quý III năm 2018, thư viện phục vụ 50.600 lượt bạn đọc", 2019, 9).code == "2018-Q3"


def test_a_page_whose_headline_is_printed_twice_takes_its_period_from_it(tmp_path):
    from index.parse import parse_report

    # Sở VHTTDL Bà Rịa - Vũng Tàu, thống kê du lịch 9 tháng 2014: the headline twice, then the figures
    p = tmp_path / "du-lich.txt"
    p.write_text("THỐNG KÊ HOẠT ĐỘNG DU LỊCH 9 THÁNG ĐẦU NĂM 2014\n\nTHỐNG KÊ HOẠT ĐỘNG DU LỊCH 9 THÁNG ĐẦU NĂM 2014\n\n"
                 "Tổng doanh thu: 3.040.641 tỷ đồng đạt 94,17% kế hoạch, trong đó doanh thu dịch vụ lữ hành thực hiện "
                 "458,389 tỷ đồng, 86,9 % kế hoạch năm.\nCác đơn vị kinh doanh du lịch đón và phục vụ 12.749.620 lượt "
                 "khách, đạt 93,87% kế hoạch, trong đó có 407.297 lượt khách quốc tế đạt 82,28% kế hoạch năm 2014.\n",
                 encoding="utf-8")
    r = parse_report(p)
    assert r.period == "2014-9T" and r.title.startswith("THỐNG KÊ HOẠT ĐỘNG DU LỊCH")


def test_a_text_that_names_only_the_year_it_compares_with_reports_the_year_after(tmp_path):
    from index.parse import parse_report

    # Báo Bắc Giang, kết nạp đảng viên huyện Hiệp Hòa: only "so với năm 2017" names a year
    p = tmp_path / "hiep-hoa.txt"
    p.write_text("Hiệp Hòa: Kết nạp 200 đảng viên mới\n\nTính đến ngày 27-11, toàn huyện kết nạp được 200 đảng viên, "
                 "đạt 100% kế hoạch, tăng 5 đảng viên so với năm 2017.\n", encoding="utf-8")
    assert parse_report(p).period == "2018"
