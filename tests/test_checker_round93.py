"""Checker round 93 (chk93, issue 13): false alarms of the stop-59 batches (evaluations/sweep/checker-round93.md).

- ``recognisers.codeseries``: ``chuyên án 1223M`` — a code ending in a unit's letter, its noun naming other codes
  (``chuyên án 0423T``) — is a name, not 1.223 metres;
- ``recognisers.nameparticle``: ``nhà máy Vũng Áng 1 cũng hoàn thành`` — the number ending a name, a predicate's
  particle after it;
- ``recognisers.dates.DAY_RANGE``: ``từ 20 đến 21/2 trên địa bàn`` — a day span ended by a preposition;
- ``cuedbracket``: ``so với cùng kỳ năm 2024 (36.276 ca mắc SXH và 6 ca tử vong)`` — last year's values, listed;
- ``timesheaded``: ``346 nghìn phương tiện`` in a row of ``lượt`` under «Phương tiện đường bộ»;
- ``match.initials_of``: ``TPHCM`` abbreviates «TP. Hồ Chí Minh»;
- ``otherstretch``: ``tăng 40% so với 8 tháng đầu năm 2020`` in a report of 10 months 2020 — unverified;
- ``labels._NOT_A_LABEL``: ``ở mức 37-39 triệu đồng/tấn`` — a range, no level label.
"""

from __future__ import annotations

from service.checker.cuedbracket import later_item_of
from service.checker.extract import extract_numbers
from service.checker.match import initials_of
from service.checker.otherstretch import stretch_base_apart
from service.checker.timesheaded import heading_names
from service.periods.model import Period
from tests.sweep_tables import nth_verdicts


def _read(text):
    return [(text[m.start:m.end], m.kind) for m in extract_numbers(text)]


def _kind(text, number):
    return [k for t, k in _read(text) if t == number]


# ---------------------------------------------------------------- codes of a series

_CASES = ("trong đó có những chuyên án lớn, như chuyên án 0423T, bắt 2 đối tượng, thu 4 bánh heroin; chuyên án 0323V, "
          "bắt 2 đối tượng, thu 4 bánh heroin, 1 bánh hồng phiến; chuyên án 1223M, bắt 1 đối tượng, thu 9,5kg ma túy")


def test_a_code_ending_in_a_units_letter_is_a_code_when_its_noun_names_other_codes():
    # xu-lai-chau-cong-an-tinh-toi-pham-ma-tuy-2023
    assert _kind(_CASES, "1223M") == ["name"]
    assert _kind(_CASES, "0423T") == ["name"]
    assert _kind(_CASES, "9,5kg") == ["measure"]       # the seized weight stays a measure
    assert _kind(_CASES, "1") == ["count", "count"]


def test_a_measure_in_capitals_with_no_code_of_its_noun_stays_a_measure():
    assert _kind("tuyến đường dài 1223M, cao 12M", "1223M") == ["measure"]
    assert _kind("tuyến đường dài 1223M, cao 12M", "12M") == ["measure"]
    # another noun's code does not make this one a code
    assert _kind("chuyên án 0423T đã xong; tuyến kè dài 1223M", "1223M") == ["measure"]


# ---------------------------------------------------------------- a name's number before a particle

def test_the_number_ending_a_name_before_a_particle_is_part_of_the_name():
    # xt-toan-quoc-pv-power-san-luong-dien-2021-h1
    text = "Hủa Na, DakDrinh hoạt động với sản lượng cao 123%-133% kế hoạch, nhà máy Vũng Áng 1 cũng hoàn thành 106% kế hoạch"
    assert _kind(text, "1") == ["name"]
    assert _kind(text, "106%") == ["percent"]
    # sweep pages: a pope's ordinal, a variety
    assert _kind("Phát ngôn viên Tòa Thánh cho biết ĐTC Biển Đức 16 đã tiến hành việc", "16") == ["name"]
    assert _kind("Lúa Nàng Hoa 9 được thu mua với giá 6.000 đồng/kg", "9") == ["name"]
    # a named thing's attribute opened by «ở mức» / «với tổng» (xn- EVN 2021 H1, xn- Thủy điện Miền Nam)
    assert _kind("Lãi sau thuế của Thủy điện Sử Pán 2 ở mức 9,2 tỷ đồng", "2") == ["name"]
    assert _kind("gồm Đa M’bri, Đa Siat và Đa Dâng 2 với tổng công suất 122,5 MW.", "2") == ["name"]


def test_a_count_after_a_name_or_in_a_heading_is_not_taken():
    assert _kind("xã Phú Mỹ 3 hộ đã thoát nghèo", "3") == ["count"]          # a counted noun after it
    assert _kind("TỈNH HÀ NAM 3 đã", "3") == ["count"]                      # capitals: a heading
    assert _kind("huyện có 3 xã đã đạt chuẩn", "3") == ["count"]            # no name before it
    assert _kind("Hà Nội có 38 đơn vị với tổng số 120 lao động", "38") == ["count"]   # a count before its noun


# ---------------------------------------------------------------- a day span before a preposition

def test_a_day_span_ended_by_a_preposition_is_a_date():
    # xu-son-la-ban-chi-huy-pctt-thiet-hai-ret-dam-ret-hai-2022-02
    text = "Đợt rét đậm, rét hại, băng giá gây ra từ 20 đến 21/2 trên địa bàn tỉnh Sơn La"
    assert _read(text) == [("20 đến 21/2", "date")]
    # sweep page: a championship's days
    assert _read("diễn ra từ ngày 6 đến 12/11 tại Hàn Quốc, có sự tham gia") == [("6 đến 12/11", "date")]


def test_a_part_over_its_whole_after_tu_den_stays_a_count():
    assert ("8", "count") in _read("tăng từ 8 đến 10/12 xã")
    assert all(k != "date" for _, k in _read("có từ 8 đến 10/12 trên tổng số 12 xã đạt chuẩn")[:1])


# ---------------------------------------------------------------- last year's values in a cued bracket

def test_the_later_items_of_a_bracket_opening_with_a_number():
    text = "giảm so với cùng kỳ năm 2024 (36.276 ca mắc SXH và 6 ca tử vong) nhưng"
    assert later_item_of(text, text.index("6 ca")) == text.index("(")
    assert later_item_of(text, text.index("36.276")) is None     # the first: the cue before the bracket reads it
    # a bracket opening with words, or a change inside it, or a pair: not a list of last year's values
    t2 = "tăng 7% so với cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt, tăng 7,45%; khách trong nước 139.000 lượt)"
    assert later_item_of(t2, t2.index("139.000")) is None
    t3 = "tăng so với cùng kỳ năm 2017 (11.026,54 tỷ đồng, tăng 5%, 184,79 tỷ đồng)"
    assert later_item_of(t3, t3.index("184,79")) is None
    t4 = "doanh thu và lợi nhuận tăng so với cùng kỳ (186,6/191,6 tỷ đồng)"
    assert later_item_of(t4, t4.index("191,6")) is None


def test_last_years_deaths_in_the_bracket_are_supported_and_a_swap_caught():
    case = "xu-toan-quoc-bo-y-te-sot-xuat-huyet-ca-mac-2025-7t"
    assert [v for _, v, _ in nth_verdicts(case, "và 6 ca tử vong", "và 6 ca tử vong")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(case, "36.276 ca", "36.276 ca")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(case, "và 6 ca tử vong", "và 8 ca tử vong")] == ["unsupported"]
    # this year's 5 deaths still this year's
    assert [v for _, v, _ in nth_verdicts(case, "có 5 trường hợp", "có 5 trường hợp")] == ["supported"]


# ---------------------------------------------------------------- times counted under a heading

def test_the_heading_names_what_times_are_of():
    assert heading_names("phương tiện", "I. Phương tiện đường bộ (kiểm định ATKT và BVMT)")
    assert heading_names("phương tiện", "2. Phương tiện thủy nội địa")
    assert not heading_names("phương tiện", "II. Phương tiện khác")    # the rest: each row names its kind
    assert not heading_names("xe", "I. Phương tiện đường bộ")
    assert not heading_names("phương tiện", "I. Tàu biển")
    assert not heading_names("phương tiện", None)


def test_the_headlines_vehicles_are_the_failed_inspections_row():
    case = "xr-toan-quoc-uy-ban-atgt-quoc-gia-kiem-dinh-phuong-tien-2022-9t"
    assert [v for _, v, _ in nth_verdicts(case, "Hơn 346 nghìn phương tiện", "Hơn 346 nghìn phương tiện")] \
        == ["supported"]
    assert [v for _, v, _ in nth_verdicts(case, "Hơn 346 nghìn phương tiện", "Hơn 364 nghìn phương tiện")] \
        == ["unsupported"]
    # the ships' 2.674 (a row of lượt under «Phương tiện khác») written for the failed inspections: caught
    assert [v for _, v, _ in nth_verdicts(case, "Hơn 346 nghìn phương tiện", "Hơn 2,674 nghìn phương tiện")] \
        == ["unsupported"]
    # the railway's own vehicles stay theirs
    assert [v for _, v, _ in nth_verdicts(case, "2.950", "2.950")] == ["supported"]


# ---------------------------------------------------------------- an abbreviation keeping an abbreviated word

def test_an_abbreviation_keeps_a_word_that_is_an_abbreviation_already():
    assert initials_of(["tp", "ho", "chi", "minh"])["tphcm"] == ("tp", "ho", "chi", "minh")
    assert initials_of(["hoi", "dong", "nhan", "dan"])["hdnd"] == ("hoi", "dong", "nhan", "dan")
    assert "thcm" not in initials_of(["tp", "ho", "chi", "minh"])


def test_the_citys_rate_is_the_citys_row():
    case = "xu-toan-quoc-bo-y-te-sot-xuat-huyet-ca-mac-2025-7t"
    assert [v for _, v, _ in nth_verdicts(case, "TPHCM tăng 151,4%", "TPHCM tăng 151,4%")] == ["derived"]
    assert [v for _, v, _ in nth_verdicts(case, "TPHCM tăng 151,4%", "TPHCM tăng 161,4%")] == ["unsupported"]
    # (a swap among the listed places' rates, «TPHCM tăng 191,7%», passes here as «Đồng Nai tăng 274,3%» does on the
    # base: left, see the round file)


# ---------------------------------------------------------------- a rate against another stretch of months

def test_a_stretch_that_is_not_last_years_same_stretch():
    ten = Period(2020, "ytd", 10)
    text = "tăng 40% so với 8 tháng đầu năm 2020."
    assert stretch_base_apart(text, text.index("%") + 1, ten) == "so với 8 tháng đầu năm 2020"
    # the report's own stretch a year before is the table's base (xl-/xq- pages: «so với 11 tháng năm 2016»)
    t2 = "tăng 22,3% so với 11 tháng năm 2016"
    assert stretch_base_apart(t2, t2.index("%") + 1, Period(2017, "ytd", 11)) is None
    t3 = "tăng 50,3% so với 9 tháng đầu năm 2017"
    assert stretch_base_apart(t3, t3.index("%") + 1, Period(2018, "ytd", 9)) is None
    # a quarter's or a month's report: its year to date against last year's (xq- PHR Q3 2018, xo- Hòa Phát 5/2024)
    assert stretch_base_apart(t3, t3.index("%") + 1, Period(2018, "quarter", 3)) is None
    t5 = "giảm 36% so với 5 tháng đầu năm 2023."
    assert stretch_base_apart(t5, t5.index("%") + 1, Period(2024, "month", 5)) is None
    assert stretch_base_apart(t5, t5.index("%") + 1, Period(2024, "month", 6)) == "so với 5 tháng đầu năm 2023"
    # no year: left as it was
    t4 = "tăng 5% so với 6 tháng đầu năm"
    assert stretch_base_apart(t4, t4.index("%") + 1, ten) is None


def test_the_price_rise_against_eight_months_is_unverified_not_flagged():
    case = "xt-ba-ria-vung-tau-cao-su-xuat-khau-doanh-nghiep-2020-10t"
    (_, verdict, reason), = nth_verdicts(case, "tăng 40%", "tăng 40%")
    assert verdict == "unverified" and "8 tháng" in reason
    # the table's own rates against last year are still checked
    assert [v for _, v, _ in nth_verdicts(case, "tăng 15,8%", "tăng 15,8%")][0] in ("supported", "derived")
    assert [v for _, v, _ in nth_verdicts(case, "tăng 15,8%", "tăng 18,5%")][0] == "unsupported"


def test_a_level_noun_before_a_range_of_amounts_is_no_label():
    assert _read("giá mủ cao su xuất khẩu hiện dao động ở mức 37-39 triệu đồng/tấn, tăng 40%")[0] \
        == ("37-39 triệu đồng/tấn", "money")
    assert _kind("rủi ro thiên tai ở mức 2 trên địa bàn", "2") == ["ordinal"]
