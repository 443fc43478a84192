"""Checker round 52 (chk52, issue 13): health, education, mass-organisation, charity and news write-up pages, the fresh
set ``c45-`` (evaluations/sweep/checker-round52.md). Each rule quotes two real sources at least and keeps checked what
it does not claim.

- a range of amounts said of each one (``mỗi khẩu từ 1,5 đến 3 triệu đồng``, ``bình quân mỗi chị nhận từ 1 triệu đến
  1,2 triệu đồng``): one unit's share, no total — ``eachrange.EACH_RANGE``;
- the level a counted group reached, its noun phrase long (``2.852/3.273 cán bộ hội viên quần chúng đã đăng ký đạt 3
  tiêu chuẩn phong trào``, ``1.244 hộ gia đình hội viên đạt 11 tiêu chí``): the criteria each reached, no figure —
  ``grouplong.LONG_GROUP_LEVEL``;
- an amount named as the norm it is given at (``với định mức 1.500.000 đồng /năm``, ``tặng quà với định mức 200.000
  đồng/suất``): each one's allowance, no total — ``allowance.ALLOWANCE``;
- who received a certificate named by its title (``đã tặng “Bằng ghi công” cho 18 tỉnh, thành phố, 267 quận``, ``có 37
  Mạnh Thường Quân … được nhận Bằng ghi nhận``): honours given, the house's reading — ``honourtitle.titled_honour``;
- a threshold that names a group whose members are listed after it (``Các trường cao trên 95% gồm có …``, ``Đạt dưới
  90% gồm các sở: …``): a class's bound — ``thresholdgroup.THRESHOLD_GROUP``;
- who won a prize, counted with a long noun (``chỉ có 3 học sinh được trao giải nhất``, ``73 em cấp THPT đạt giải``):
  the noun read after the number goes on to the prize, whose row it is — ``wonprize.won_prize`` (stop 49's left-over);
- how many shifts a school teaches in (``không có tình trạng học 3 ca``, ``phải dạy học 3 ca/ngày``): a routine —
  ``shifts.SHIFTS``;
- what one gift's value is made of (``mỗi suất trị giá 1,8 triệu đồng bao gồm 1,5 triệu đồng tiền mặt …``, ``(gồm các
  nhu yếu phẩm và 500.000 đồng tiền mặt)``): parts of one unit's amount — ``giftparts.GIFT_PARTS``;
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import heldout, page, within


# ---------------------------------------------------------------- a range of amounts said of each one

def test_a_range_said_of_each_one_is_its_share(dummy):
    # the held-out zg-thai-nguyen-dong-hy-xa-khe-mo-duong-gtnt-2018-2019: "250 triệu đồng còn lại là tiền đóng góp đối
    # ứng của bà con, mỗi khẩu từ 1,5 đến 3 triệu đồng (tùy thuộc vào chiều dài tuyến đường …)"
    text = heldout("zg-thai-nguyen-dong-hy-xa-khe-mo-duong-gtnt-2018-2019")
    got = within(text, dummy, "mỗi khẩu từ 1,5 đến 3 triệu đồng")
    assert got == [("1,5 đến 3 triệu đồng", "not_a_figure", "norm")]
    # the total before it stays a figure
    assert within(text, dummy, "250 triệu đồng còn lại")[0][1] == "unsupported"


def test_an_average_range_each_member_got_stays_a_figure(dummy):
    # c45-hoathanh-phu-nu-truong-tay-2014: "tổng số tiền trên 200 triệu đồng, bình quân mỗi chị nhận từ 1 triệu đến 1,2
    # triệu đồng với 107 chị" — at the merge, test_checker_unseen's reading of the same page (an average the table
    # keeps, supported by a value inside the range) won: "bình quân" before "mỗi" keeps the range a figure
    text = page("c45-hoathanh-phu-nu-truong-tay-2014")
    got = within(text, dummy, "mỗi chị nhận từ 1 triệu đến 1,2 triệu đồng với 107 chị")
    assert got[0][0] == "1 triệu đến 1,2 triệu đồng" and got[0][2] != "norm"
    assert got[1][:2] == ("107", "unsupported")          # who got it: a figure
    assert within(text, dummy, "tổng số tiền trên 200 triệu đồng")[0][1] == "unsupported"


def test_a_range_per_span_of_time_or_without_each_stays_checked(dummy):
    # negatives written on the quoted grammar: "mỗi năm" is the period's rate; a range of a whole has no "mỗi"
    for text, number in (("Quỹ chi mỗi năm từ 2 đến 3 tỷ đồng cho học bổng.", "2 đến 3 tỷ đồng"),
                         ("Tổng số tiền hỗ trợ từ 1,5 đến 3 tỷ đồng cho các hộ.", "1,5 đến 3 tỷ đồng")):
        got = within(text, dummy, number)
        assert got and got[0][2] != "norm", (text, got)


# ---------------------------------------------------------------- the level of a group named at length

def test_the_level_after_a_long_group_is_no_figure(dummy):
    # c45-hoathanh-phu-nu-truong-tay-2014: "Dự kiến cuối năm tổ chức bình xét được 2.852/3.273 cán bộ hội viên quần
    # chúng đã đăng ký đạt 3 tiêu chuẩn phong trào, chiếm tỷ lệ trên 80,02%."
    text = page("c45-hoathanh-phu-nu-truong-tay-2014")
    got = within(text, dummy, "2.852/3.273 cán bộ hội viên quần chúng đã đăng ký đạt 3 tiêu chuẩn")
    assert ("3", "not_a_figure", "norm") in got
    assert [v for t, v, _ in got if t in ("2.852", "3.273")] == ["unsupported", "unsupported"]   # the group: figures


def test_the_level_of_a_four_word_group_is_claimed_too():
    # p29-baolangson-phunu-2019: "… “Xây dựng gia đình 5 không, 3 sạch, 3 an toàn’’ với 1.244 hộ gia đình hội viên
    # đạt 11 tiêu chí (vượt 275,2% chỉ tiêu)" (the checker reads its 11 as a definition's parts already; the rule
    # claims it on its own)
    from service.checker.recognisers.grouplong import LONG_GROUP_LEVEL
    text = page("p29-baolangson-phunu-2019")
    claimed = [text[c.start:c.end] for c in LONG_GROUP_LEVEL.find(text, 0, len(text))]
    i = text.index("1.244 hộ gia đình hội viên đạt 11 tiêu chí")
    assert any(c.start > i and text[c.start:c.end] == "11" for c in LONG_GROUP_LEVEL.find(text, 0, len(text))), claimed


def test_a_month_before_or_a_level_said_alone_is_not_the_rule_s():
    from service.checker.recognisers.grouplong import LONG_GROUP_LEVEL
    for text in ("Đến hết tháng 10 toàn huyện và các xã trong vùng đã đạt 15 tiêu chí.",   # a month's number before
                 "Đến nay, xã Tân Hòa đã đạt 15/19 tiêu chí nông thôn mới.",                # a commune's own level
                 "Có 3 xã đạt 19 tiêu chí."):                                              # short: the sibling's
        assert not list(LONG_GROUP_LEVEL.find(text, 0, len(text))), text


# ---------------------------------------------------------------- an amount named as its norm

def test_an_allowance_a_year_is_each_one_s(dummy):
    # c45-voh-hoc-bong-khuyen-tai: "Học bổng khuyến tài được trao tặng với định mức 1.500.000 đồng /năm. Đến nay, Hội
    # đã trao tặng học bổng cho 1.000 sinh viên."
    text = page("c45-voh-hoc-bong-khuyen-tai")
    assert within(text, dummy, "định mức 1.500.000 đồng /năm") == [("1.500.000 đồng /năm", "not_a_figure", "norm")]
    assert within(text, dummy, "học bổng cho 1.000 sinh viên. Trong")[0][:2] == ("1.000", "unsupported")


def test_an_allowance_per_gift_is_each_one_s_and_its_parts_stay(dummy):
    # t29-cand-qua-cu-100-tuoi: "có 145 cụ trên 90 tuổi được Chủ tịch UBND tỉnh tặng quà với định mức 200.000
    # đồng/suất (gồm 100.000 đồng tiền quà và 100.000 đồng tiền mặt)"
    text = page("t29-cand-qua-cu-100-tuoi")
    assert within(text, dummy, "định mức 200.000 đồng/suất") == [("200.000 đồng/suất", "not_a_figure", "norm")]
    assert within(text, dummy, "có 145 cụ")[0][:2] == ("145", "unsupported")


def test_no_amount_after_the_norm_is_not_the_rule_s():
    from service.checker.recognisers.allowance import ALLOWANCE
    for text in ("Nhiều hộ dùng nước vượt định mức 20% so với quy định.",
                 "Tổng kinh phí 1.500.000 đồng được chi theo định mức của tỉnh."):
        assert not list(ALLOWANCE.find(text, 0, len(text))), text


# ---------------------------------------------------------------- a certificate named by its title

def test_recipients_of_a_titled_certificate_are_honours(dummy):
    # c45-tienphong-quy-vi-nguoi-ngheo-1800-ty: "đến nay, Ủy ban Trung ương MTTQ Việt Nam đã tặng “Bằng ghi công” cho 18
    # tỉnh, thành phố, 267 quận, huyện, thị xã"
    text = page("c45-tienphong-quy-vi-nguoi-ngheo-1800-ty")
    got = within(text, dummy, "“Bằng ghi công” cho 18 tỉnh, thành phố, 267 quận")
    assert [(t, v) for t, v, _ in got] == [("18", "not_a_figure"), ("267", "not_a_figure")]
    # what the period built stays a figure
    assert within(text, dummy, "trên 16.000 căn nhà")[0][1] == "unsupported"


def test_recipients_counted_before_the_title_are_honours(dummy):
    # c42-baohaiduong-kinh-mon-hien-mau-2010-2020: "Đặc biệt có 37 Mạnh Thường Quân là lãnh đạo các đơn vị, doanh nghiệp
    # được nhận Bằng ghi nhận tấm lòng vàng của Hội Chữ thập đỏ tỉnh"; "trao tặng 342 xe lăn cho người tàn tật" stays
    text = page("c42-baohaiduong-kinh-mon-hien-mau-2010-2020")
    assert within(text, dummy, "có 37 Mạnh Thường Quân")[0][:2] == ("37", "not_a_figure")
    assert within(text, dummy, "trao tặng 342 xe lăn")[0][:2] == ("342", "unsupported")


def test_a_degree_or_a_lower_case_bang_is_no_title():
    from service.checker.recognisers.honourtitle import titled_honour
    for text, n in (("Nhà trường đã trao Bằng tốt nghiệp cho 4.612 sinh viên khóa 63.", "4.612"),   # graduates
                    ("Doanh thu tăng bằng 120 tỷ đồng so với năm trước.", "120"),                 # "bằng": equal
                    ("Hội đã tặng 342 xe lăn cho người tàn tật.", "342")):
        i = text.index(n)
        assert not titled_honour(text, i, i + len(n)), text


# ---------------------------------------------------------------- a threshold naming a listed group

def test_a_threshold_before_its_members_is_a_bound(dummy):
    # c45-thanhnien-ty-le-nhap-hoc-dai-hoc-2025: "Các trường cao trên 95% gồm có Trường ĐH Y dược Hải Phòng (99,9%),
    # Trường ĐH Kiến trúc TP.HCM (98,3%), …" — the members' own rates stay figures
    text = page("c45-thanhnien-ty-le-nhap-hoc-dai-hoc-2025")
    got = within(text, dummy, "Các trường cao trên 95% gồm có Trường ĐH Y dược Hải Phòng (99,9%)")
    assert got == [("95%", "not_a_figure", "norm"), ("99,9%", "unsupported", "percent")]


def test_a_threshold_before_the_departments_listed_is_a_bound(dummy):
    # t18-thainguyentv-hailong-2022: "… Y tế; Công an tỉnh. Đạt dưới 90% gồm các sở: Tài nguyên và Môi trường; …"
    text = page("t18-thainguyentv-hailong-2022")
    assert within(text, dummy, "Đạt dưới 90% gồm các sở") == [("90%", "not_a_figure", "norm")]


def test_a_rate_said_alone_or_with_its_breakdown_stays_checked():
    from service.checker.recognisers.thresholdgroup import THRESHOLD_GROUP
    for text in ("Tỷ lệ hài lòng đạt trên 95%. Trong đó, khối sở đạt 96%.",      # no members listed
                 "Tỷ lệ tốt nghiệp đạt 95% gồm 60% khá giỏi và 35% trung bình.",  # no bound word: a breakdown
                 "Có 12 trường đạt trên 95%, trong đó gồm 3 trường THPT."):        # "trong đó" between
        assert not list(THRESHOLD_GROUP.find(text, 0, len(text))), text


# ---------------------------------------------------------------- who won a prize, a long noun

def test_winners_counted_with_a_long_noun_name_the_prize_row():
    # the held-out yz-khanh-hoa-so-gddt-thi-hoc-sinh-gioi-thpt-bang-a-2010-2011: "học sinh dự thi 10 môn, nhưng chỉ có 3
    # học sinh được trao giải nhất gồm: em Đỗ Thanh Nhựt, …" — its row «Giải nhất», 3 giải: the stop-49 false alarm
    from tests.sweep_tables import case_line_verdicts
    got = case_line_verdicts("yz-khanh-hoa-so-gddt-thi-hoc-sinh-gioi-thpt-bang-a-2010-2011",
                             "chỉ có 3 học sinh được trao giải nhất")
    assert ("3", "supported") in [(t, v) for t, v, *_ in got], got


def test_the_noun_goes_on_to_the_prize_only_after_a_verb_of_winning():
    from service.checker.extract import extract_numbers
    def noun(text, raw):
        return next(m.noun for m in extract_numbers(text) if m.raw == raw)
    # the held-out x-thach-ha-hoc-sinh-gioi-2023-2024: "73 em cấp THPT đạt giải, trong đó có 24 giải nhất"
    assert noun("huyện có 73 em cấp THPT đạt giải, trong đó có 24 giải nhất.", "73") == "em cấp thpt đạt giải"
    # a shorter noun, or another word after four words, is left as read
    assert noun("Trường có 31 học sinh đạt giải nhì.", "31") == "học sinh đạt giải"
    assert noun("Xã có 15 hộ nghèo được nhận quà Tết.", "15") == "hộ nghèo được nhận"


# ---------------------------------------------------------------- school shifts

def test_the_shifts_a_school_teaches_in_are_a_routine(dummy):
    # c45-hanamtv-tuu-truong: "Cơ sở vật chất đảm bảo đủ cho việc dạy và học, không có tình trạng học 3 ca. Tỷ lệ phòng
    # học kiên cố đạt trên 80%."
    text = page("c45-hanamtv-tuu-truong")
    assert within(text, dummy, "học 3 ca. Tỷ lệ phòng học kiên cố đạt trên 80%") == [
        ("3", "not_a_figure", "norm"), ("80%", "unsupported", "percent")]
    # c45-tienphong-hoc-3-ca-hiep-binh-2026: "nhà trường phải dạy học 3 ca/ngày kể cả thứ Bảy" … "còn thiếu tới 242
    # phòng học. Thông tin học sinh phải học tới 3 ca mỗi ngày"
    text = page("c45-tienphong-hoc-3-ca-hiep-binh-2026")
    assert within(text, dummy, "dạy học 3 ca/ngày")[0][1:] == ("not_a_figure", "norm")
    got = within(text, dummy, "thiếu tới 242 phòng học. Thông tin học sinh phải học tới 3 ca mỗi ngày")
    assert [v for _, v, _ in got] == ["unsupported", "not_a_figure"]


def test_cases_a_day_are_no_shifts():
    from service.checker.recognisers.shifts import SHIFTS
    for text in ("Bệnh viện tiếp nhận trung bình 14 ca/ngày.", "Trong tuần ghi nhận 3 ca mắc mới.",
                 "Các em phải học ca 3 do thiếu phòng."):
        assert not list(SHIFTS.find(text, 0, len(text))), text


# ---------------------------------------------------------------- a gift's value, its parts

def test_the_parts_of_one_gift_s_value_are_no_totals(dummy):
    # c45-baomoi-cong-doan-vien-chuc-tphcm-tet-2025: "trao tặng 700 suất quà, mỗi suất trị giá 1,8 triệu đồng bao gồm
    # 1,5 triệu đồng tiền mặt (chuyển khoản) và phiếu mua hàng trị giá 300.000 đồng cho các hộ gia đình …"
    text = page("c45-baomoi-cong-doan-vien-chuc-tphcm-tet-2025")
    got = within(text, dummy, "700 suất quà, mỗi suất trị giá 1,8 triệu đồng bao gồm 1,5 triệu đồng tiền mặt (chuyển "
                              "khoản) và phiếu mua hàng trị giá 300.000 đồng")
    assert [(t, v) for t, v, _ in got] == [("700", "unsupported"), ("1,8 triệu đồng", "not_a_figure"),
                                          ("1,5 triệu đồng", "not_a_figure"), ("300.000 đồng", "not_a_figure")]
    # the next sentence's total stays a figure
    assert within(text, dummy, "với tổng trị giá 5 triệu đồng")[0][1] == "unsupported"


def test_the_parts_in_brackets_after_one_gift_s_value(dummy):
    # c45-nld-nghiep-doan-quan-10-tet-2024: "93 đoàn viên … đã được nhận quà Tết …, mỗi phần quà trị giá 700.000 đồng (gồm
    # các nhu yếu phẩm và 500.000 đồng tiền mặt). LĐLĐ quận cũng trao 131 phần quà khác"
    text = page("c45-nld-nghiep-doan-quan-10-tet-2024")
    got = within(text, dummy, "(gồm các nhu yếu phẩm và 500.000 đồng tiền mặt). LĐLĐ quận cũng trao 131")
    assert [(t, v) for t, v, _ in got] == [("500.000 đồng", "not_a_figure"), ("131", "unsupported")]
    # t29-cand-qua-cu-100-tuoi: "tặng quà với định mức 200.000 đồng/suất (gồm 100.000 đồng tiền quà và 100.000 đồng
    # tiền mặt)"
    text = page("t29-cand-qua-cu-100-tuoi")
    got = within(text, dummy, "(gồm 100.000 đồng tiền quà và 100.000 đồng tiền mặt)")
    assert [v for _, v, _ in got] == ["not_a_figure", "not_a_figure"]


def test_a_total_or_a_whole_s_make_up_is_not_a_gift_s_part():
    from service.checker.recognisers.giftparts import GIFT_PARTS
    for text in ("Hội trao 300 suất quà, tổng trị giá 150 triệu đồng, gồm 100 triệu đồng tiền mặt và quà.",  # a total
                 "Kinh phí 2 tỷ đồng, gồm 1,5 tỷ đồng ngân sách và 500 triệu đồng xã hội hóa.",            # no gift
                 "Mỗi suất quà trị giá 500.000 đồng, tổng cộng gồm 50 triệu đồng."):                       # "tổng"
        assert not list(GIFT_PARTS.find(text, 0, len(text))), text
