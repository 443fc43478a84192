"""Checker round 51 (chk51, issue 13): agriculture, environment, transport, tourism and trade-fair pages, the fresh set
``c44-`` and what stop 49 left (evaluations/sweep/checker-round51.md). Each rule quotes two real sources at least and
keeps checked what it does not claim.

- the days of Tết named by their number after a word that dates them (``ngày 1 Tết``, ``các đêm mùng 1, 2 và 3 tết``,
  ``từ 1 đến 3 tết``): dates — ``tetdays.TET_DAYS``;
- a team named by its work and its number (``Tổ dịch vụ Nông nghiệp 3``, ``tổ kiểm tra 363``): a name —
  ``teamname.TEAM_NAME``;
- a record since ever (``cao nhất … từ trước đến nay với 1 tỷ 570 triệu đồng``, ``kỷ lục từ trước tới nay, với 2.828
  USD/tấn``): the period's own value, no total to date — ``recordever.record_since_ever``;
- the day a count was taken (``tại thời điểm điền tra 1/4``, ``tại thời điểm 1/10``): a date — ``momentdate.MOMENT_DATE``.
"""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import checks, check_at, flagged_in, heldout, page, within


def _kinds(text):
    return [(m.text, m.kind) for m in extract_numbers(text)]


def _kind(numbers, text, needle, nth=0):
    c = check_at(numbers, text, needle, nth)
    return c.verdict, c.kind


# ---------------------------------------------------------------- the days of Tết

def test_the_days_of_tet_after_a_dating_word_are_dates(dummy):
    # c44-baohatinh-den-ba-hai-2018: "Theo đó, từ rạng sáng ngày 1 Tết đến nay đã có khoảng hơn 50.000 ngàn lượt khách
    # thập phương về dâng hương"
    text = page("c44-baohatinh-den-ba-hai-2018")
    assert flagged_in(text, dummy, "từ rạng sáng ngày 1 Tết đến nay") == []
    assert flagged_in(text, dummy, "đã có khoảng hơn 50.000 ngàn lượt khách") == ["50.000 ngàn"]   # the visitors stay
    # c44-baothuathienhue-di-tich-hue-tet-2014: "phục vụ đêm Giao thừa và các đêm mùng 1, 2 và 3 tết tại sân khấu …",
    # "Chỉ tính trong 3 ngày mở cửa miễn vé từ 1 đến 3 tết đã có hơn 30.000 lượt khách đến thăm các di tích."
    text = page("c44-baothuathienhue-di-tich-hue-tet-2014")
    assert flagged_in(text, dummy, "các đêm mùng 1, 2 và 3 tết") == []
    assert flagged_in(text, dummy, "miễn vé từ 1 đến 3 tết đã có hơn 30.000 lượt khách") == ["30.000"]
    # p30-thanhhungtravel-yentu-tet-2016-none: "tính từ ngày 8 đến 12/2 (tức mùng 1 đến 5 Tết Nguyên đán Bính Thân)"
    text = page("p30-thanhhungtravel-yentu-tet-2016-none")
    assert flagged_in(text, dummy, "(tức mùng 1 đến 5 Tết") == []


def test_tet_counted_or_a_day_past_ten_stays_a_number():
    # negatives: no dating word before the number (Tết holidays counted, days of the holiday counted), a day past ten
    assert _kinds("Đã 2 Tết không về quê") == [("2", "count")]
    assert _kinds("trong 3 ngày Tết") == [("3", "period")]
    assert _kinds("hỗ trợ 25 Tết ấm") == [("25", "count")]
    assert _kinds("từ mùng 1 đến mùng 5 Tết") == [("1", "date"), ("5", "date")]


# ---------------------------------------------------------------- a team named by its work and its number

def test_a_team_named_by_its_work_and_number_is_a_name(dummy):
    # xa-quang-nam-dien-ban-ubnd-xa-dien-hong-san-xuat-nong-nghiep-2022: "đại biểu Ban nhân dân 13 thôn , 02 HTX và Tổ
    # dịch vụ Nông nghiệp 3."
    text = heldout("xa-quang-nam-dien-ban-ubnd-xa-dien-hong-san-xuat-nong-nghiep-2022")
    nums = checks(text, dummy, "2022")
    team = check_at(nums, text, "Nông nghiệp 3.", shift=len("Nông nghiệp "))
    assert (team.verdict, team.kind) == ("not_a_figure", "name")
    assert _kind(nums, text, "13 thôn")[0] == "unsupported"          # the villages counted stay checked
    # c42-plo-cong-an-tphcm-2019-h1: "Ông cũng cho biết đã có tổ kiểm tra 363 phát huy tốt từ khi ra mắt cho tới nay."
    text = page("c42-plo-cong-an-tphcm-2019-h1")
    assert flagged_in(text, dummy, "đã có tổ kiểm tra 363 phát huy tốt") == []


def test_a_team_counted_a_compound_noun_or_a_count_after_stays_checked():
    # negatives: the number counts (a counted noun after), the team is shared out or counted before, ``tổ chức`` and
    # ``đội ngũ`` are other nouns, a compound before the team noun makes another noun (held-out pages:
    # yz-phu-yen-cong-an-tinh-csgt-xu-ly-vi-pham-2020-10 "Không đội mũ bảo hiểm 05", za-khanh-hoa-none-hoi-dong-doi-
    # 2017-2018 "Hội đồng Đội Trung ương khen thưởng 17 cá nhân", zi-ba-ria-vung-tau-long-dien-bien-phong-toan-dan-2021
    # "Bộ đội Biên phòng 46 nguồn tin"), a grammatical word inside the name, a year
    for text, number in (("tổ hòa giải 45 vụ", "45"), ("đội xung kích 30 người", "30"), ("mỗi tổ 02 người", "02"),
                         ("thành lập 3 tổ kiểm tra 12", "12"), ("tổ chức được 195 đợt", "195"),
                         ("đội ngũ 120 giáo viên", "120"), ("Không đội mũ bảo hiểm 05, không GPLX 03", "05"),
                         ("Hội đồng Đội Trung ương khen thưởng 17 cá nhân", "17"),
                         ("Bộ đội Biên phòng 46 nguồn tin", "46"), ("Tổ công tác đã kiểm tra 12 cơ sở", "12"),
                         ("vì Nghĩa tình đồng đội giai đoạn 2015", "2015"), ("Đội thi công 15 ngày", "15"),
                         ("Đội tuyển nam 12 - 14 người", "12 - 14")):
        kinds = dict(_kinds(text))
        assert kinds[number] != "name", text


# ---------------------------------------------------------------- a record since ever

def test_a_record_since_ever_is_the_period_s_own_value(dummy):
    # c44-sggp-phien-cho-co-do-2010: "Doanh số đã đạt mức cao nhất so với tất cả các phiên chợ được tổ chức từ trước
    # đến nay với 1 tỷ 570 triệu đồng."
    text = page("c44-sggp-phien-cho-co-do-2010")
    assert flagged_in(text, dummy, "từ trước đến nay với 1 tỷ 570 triệu đồng") == ["1 tỷ 570 triệu đồng"]
    # c9-vn-hoicho-muathu-2025: "được tổ chức với quy mô lớn nhất từ trước đến nay tại Việt Nam, gồm 3.000 gian hàng
    # tiêu chuẩn, quy tụ 2.500 doanh nghiệp"
    text = page("c9-vn-hoicho-muathu-2025")
    assert flagged_in(text, dummy, "gồm 3.000 gian hàng tiêu chuẩn, quy tụ 2.500 doanh nghiệp") == ["3.000", "2.500"]
    # p13-vneconomy-caphe-15ngay-2023-08: "ghi nhận mức cao kỷ lục từ trước tới nay, với 2.828 USD/tấn"
    text = page("p13-vneconomy-caphe-15ngay-2023-08")
    assert flagged_in(text, dummy, "từ trước tới nay, với 2.828 USD/tấn") == ["2.828 USD/tấn"]


def test_a_total_since_ever_without_a_record_stays_a_stock(dummy):
    # negatives: ``từ trước đến nay`` with no superlative before it is a total to date (a held-out page's COVID deaths),
    # and a running total named in the sentence keeps that reading
    text = "Trong tuần không ghi nhận thêm ca tử vong. Tổng số ca tử vong từ trước đến nay là 82 ca."
    assert _kind(checks(text, dummy, "2021"), text, "82 ca") == ("not_a_figure", "stock")
    text = "Lũy kế từ trước đến nay, số hộ được hỗ trợ cao nhất từ trước đến nay là 1.200 hộ."
    assert _kind(checks(text, dummy, "2021"), text, "1.200 hộ") == ("not_a_figure", "stock")


# ---------------------------------------------------------------- the day a count was taken

def test_the_day_a_count_was_taken_is_a_date(dummy):
    # c44-biofeed-chan-nuoi-2015-06: "Đàn lợn của cả nước tại thời điểm điền tra 1/4 có 272 triệu con tăng 29%"
    text = page("c44-biofeed-chan-nuoi-2015-06")
    assert flagged_in(text, dummy, "tại thời điểm điền tra 1/4 có 272 triệu con") == ["272 triệu"]
    # p15-cafef-iip-10t-2023: "Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1/10 tăng
    # 1,0% so với cùng thời điểm năm trước"
    text = page("p15-cafef-iip-10t-2023")
    assert ("1/10", "date") in [(t, k) for t, _, k in within(text, dummy, "tại thời điểm 1/10 tăng 1,0%")]


def test_a_fraction_of_a_whole_after_the_moment_stays_a_fraction():
    # negatives: a word between (``thời điểm này``) or a counted whole after (``1/3 số hộ``)
    assert "date" not in dict(_kinds("tại thời điểm này 1/3 số hộ chưa có nước sạch")).values()
    assert "date" not in dict(_kinds("thời điểm 1/3 số hộ chưa có nước sạch")).values()
