"""Periods round 19 (evaluations/sweep/periods-round19.md): a course's years, a conference setting a field's work for
the next year, a stock to a month's end beside the month's own figures, a stage of years set off as its clause's time.
Real text from the p19- pages and the held-out cases."""

from pathlib import Path

import pytest

from index.parse import parse_report
from service.periods import choose, find_mentions

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _period(text, *date):
    men = choose(find_mentions(text, *date))
    return men.period.code if men else None


# -- a course's years: a term of their length ------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p19-baothainguyen-caocap-khoa5-2011-2013
    ("Ngày 27-1, tại Trường Chính trị tỉnh, Học viện Chính trị - Hành chính Khu vực 1 tổ chức Lễ Bế giảng lớp Cao cấp "
     "lý luận Chính trị - Hành chính tại chức khóa 5 (2011-2013).", "2011-2013"),
    # p19-baomoi-bongoaigiao-khoa3-2010-2012
    ("Ngày 24/5/2012, tại Nhà khách Chính phủ đã diễn ra Lễ bế giảng Lớp Cao cấp lý luận Chính trị - Hành chính hệ tại "
     "chức Bộ Ngoại giao khóa III (2010 - 2012) do Học viện Chính trị - Hành chính Quốc gia Hồ Chí Minh phối hợp với Bộ "
     "Ngoại giao tổ chức.", "2010-2012"),
    # zr-tien-giang-cho-gao-trung-cap-ly-luan-chinh-tri-2016-2017 (held-out): opened in one year, closed in the next
    ("Lớp Trung cấp lý luận chính trị - hành chính, hệ vừa làm vừa học khóa VII khai giảng ngày 21/3/2016 và kết thúc "
     "chương trình học vào ngày 01/3/2017, có 87 học viên là cán bộ, công chức", "2016-2017"),
])
def test_a_course_is_its_years(text, code):
    assert _period(text) == code


@pytest.mark.parametrize("text", [
    # a congress's executive of a term ("khóa" of a party committee), no course: not read as one
    "Đại hội đã bầu Ban Chấp hành Đảng bộ khóa XII (2020-2025) gồm 45 đồng chí.",
    # a course's span of more than four years is none
    "Lễ bế giảng lớp đại học khóa 1 (2001-2009) của trường.",
])
def test_not_a_course(text):
    assert not any(m.recogniser == "course" and m.period is not None for m in find_mentions(text))


def test_course_pages_read_whole():
    assert parse_report(PAGES / "p19-baothainguyen-caocap-khoa5-2011-2013.txt").period == "2011-2013"
    assert parse_report(HELDOUT / "zr-tien-giang-cho-gao-trung-cap-ly-luan-chinh-tri-2016-2017" / "source.txt").period \
        == "2016-2017"


# -- a conference setting a field's work for a year: that year is the plan, the year before the one reported --------

def test_conference_setting_a_fields_work_is_a_plan():
    # zs-hung-yen-an-thi-trung-tam-vhttdl-2018 (held-out): the headline and the lead name 2019's work, the figures 2018's
    text = (HELDOUT / "zs-hung-yen-an-thi-trung-tam-vhttdl-2018" / "source.txt").read_text(encoding="utf-8")
    assert text.startswith("Trung tâm Văn hóa, Thể thao và Du lịch huyện triển khai nhiệm vụ năm 2019")
    assert "tổ chức hội nghị triển khai công tác văn hóa, thể thao và du lịch năm 2019." in text
    assert _period(text) == "2018"
    men = [m for m in find_mentions("Sáng 27/3/2019, Trung tâm tổ chức hội nghị triển khai công tác văn hóa, thể thao "
                                    "và du lịch năm 2019.")]
    assert [m.plan for m in men if m.period.kind == "year"] == [True]


def test_work_done_is_no_plan():
    # not a conference: "đã triển khai công tác ... năm 2021" is work done that year
    men = find_mentions("Trung tâm Y tế huyện đã triển khai công tác tiêm chủng mở rộng năm 2021 đạt 98%.")
    assert [m.plan for m in men if m.period.kind == "year"] == [False]


# -- a stock to a month's end beside the month's own figures and a running total written apart: the month -----------

def test_stock_to_a_months_end_beside_the_month_is_the_month():
    # zs-hoa-binh-lac-son-nhcsxh-du-no-2020-07 (held-out)
    text = ("(HBĐT) - Theo báo cáo của Phòng giao dịch Ngân hàng CSXH huyện Lạc Sơn, đến hết tháng 7/2020, tổng dư nợ tín "
            "dụng chính sách trên địa bàn huyện đạt 438,2 tỷ đồng, với 18.227 khách hàng còn dư nợ. Doanh số cho vay "
            "trong tháng đạt hơn 2,8 tỷ đồng, cho 2.055 lượt khách hàng vay vốn, lũy kế từ đầu năm đạt 60,2 tỷ đồng. "
            "Trong tháng 7, doanh số thu nợ của huyện đạt 3,5 tỷ đồng, lũy kế từ đầu năm đạt hơn 35 tỷ đồng. Đến nay, "
            "huyện có gần 229 triệu đồng nợ quá hạn.\n\nĐến hết tháng 7, Lạc Sơn là huyện có tổng dư nợ tín dụng chính "
            "sách cao nhất các địa phương trong tỉnh.")
    assert _period(text) == "2020-07"


@pytest.mark.parametrize("text,code", [
    # no running total written apart: a count to a month's end is the year so far (p17-vbsp-hagiang's "Đến hết tháng
    # 9.2021" reading, 2021-9T, kept)
    ("Đến hết tháng 9/2021, tổng dư nợ đạt 4.500 tỷ đồng. Trong tháng 9, doanh số cho vay đạt 120 tỷ đồng.", "2021-9T"),
    # a running total apart but no month reported: still the year so far
    ("Đến hết tháng 9/2021, tổng dư nợ đạt 4.500 tỷ đồng, doanh số cho vay lũy kế từ đầu năm đạt 900 tỷ đồng.",
     "2021-9T"),
])
def test_stock_to_a_months_end_alone_is_the_year_so_far(text, code):
    assert _period(text) == code


# -- a stage of years set off as its clause's time: the span reported ------------------------------------------------

def test_a_stage_of_years_opening_its_clause_is_reported():
    # zs-toan-quoc-bo-tnmt-xu-phat-vi-pham-moi-truong-2017-2020 (held-out): the years 2019 and 2020 are parts of it
    text = ("Theo báo cáo tổng kết thi hành Nghị định số 155/2016 về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ "
            "môi trường của Bộ Tài nguyên và Môi trường, năm 2019 cơ quan này đã thanh tra, kiểm tra 464 cơ sở và xử "
            "phạt vi phạm hành chính 180 cơ sở với tổng số tiền trên 52 tỷ đồng. Năm 2020 tiến hành thanh tra, kiểm tra "
            "173 cơ sở và xử phạt vi phạm hành chính đối với 43 cơ sở với tổng số tiền là 11,6 tỷ đồng.\n\nTrong giai "
            "đoạn từ năm 2017 đến năm 2020, các Bộ khác đã tiến hành thanh tra, kiểm tra và xử phạt vi phạm hành chính "
            "với tổng số tiền là 1.129 tỷ đồng.")
    assert _period(text) == "2017-2020"


def test_years_from_to_not_a_stage_stay_in_passing():
    # no "giai đoạn", not its clause's time: the year named is the period
    text = ("Năm 2019, cơ quan này đã thanh tra 464 cơ sở, nâng tổng số cơ sở được thanh tra từ năm 2017 đến năm 2019 "
            "lên 1.200 cơ sở.")
    assert _period(text) == "2019"


# -- a headline's cut-off day in brackets closing its line: the month of that day, in passing ------------------------

@pytest.mark.parametrize("text,code", [
    # p19-cdchatinh-covid-2021-07
    ("CẬP NHẬT TÌNH HÌNH DỊCH COVID – 19 (Tính đến 19h ngày 14/7/2021)\nTình hình dịch Covid 19 do lây nhiễm trong "
     "nước: Số ca mắc mới ghi nhận trong nước từ ngày 27/4 đến nay là 33.909 ca, trong đó có 6.850 bệnh nhân đã được "
     "công bố khỏi bệnh.", "2021-07"),
    # zq-tuyen-quang-ubnd-tinh-san-xuat-vu-xuan-den-15-5-2024-05 (held-out; a section's heading, its case 2024-05)
    ("1. Về sản xuất nông nghiệp (tính đến ngày 15/5/2024)\nVụ xuân toàn tỉnh gieo trồng được 40.000 ha.", "2024-05"),
    # p19-baoninhthuan-covid-none: no year anywhere, nothing
    ("Ngày 14-9 trên địa bàn tỉnh có 5 ca mắc COVID-19 mới (Tính đến 18 giờ ngày 14-9)", None),
])
def test_headline_cutoff_day_in_brackets(text, code):
    assert _period(text) == code


def test_cutoff_day_in_brackets_inside_a_clause_is_no_period():
    # a figure's own cut-off inside its clause (round 9's guard), brackets or not
    assert _period("Thu ngân sách (tính đến ngày 13/7) được trên 29 tỷ đồng, đạt 45% dự toán.") is None
