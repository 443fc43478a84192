"""Round 37 of the period reader: an election's day without its year takes its term's first year
(service/periods/election_day.py); the new school year (``năm học mới 2018-2019``) and the school year a text's lead
names (service/periods/school_years.py), on real quotes, each rule with its negatives."""

from service.periods import find_mentions, find_period
from service.periods.mentions import day_reported
from service.periods.election_day import election_year
from service.periods.school_years import in_lead


def _code(p):
    return p.code if p else None


# --- an election's day without its year: the first year of the term elected ----------------------------------------

def test_election_day_takes_its_terms_first_year():
    # fresh p37-cafebet (its whole text)
    t = ("Đến 23h ngày 15/3, cả nước có 76.188.970 cử tri tham gia bỏ phiếu bầu đại biểu Quốc hội và Hội đồng nhân dân "
         "các cấp nhiệm kỳ 2026-2031, đạt 99,68%, tăng 0,3% so với mức thống kê lúc 22h cùng ngày.\n"
         "Nguồn tin: https://vnexpress.net/99-68-cu-tri-ca-nuoc-tham-gia-bo-phieu-5050883.html\n")
    assert election_year(t) == 2026
    assert _code(find_period(t)) == "2026-03"
    # round 36's fresh p36-thanhha: the term far below the day, in the page's closing sentence
    t2 = ("Tính đến 19h ngày 23/5, tỷ lệ cử tri toàn huyện đi bỏ phiếu bầu đạt gần 97%. Trong đó địa phương đạt cao nhất "
          "là 100% và thấp nhất cũng đạt gần 87%.\nKết quả đó, đã góp phần làm nên thành công cuộc bầu cử đại biểu quốc "
          "hội khóa 15 và bầu cử HĐND các cấp nhiệm kỳ 2021-2026 ở trên địa bàn huyện đảm bảo đúng qui định của pháp "
          "luật./.")
    assert _code(find_period(t2)) == "2021-05"


def test_election_day_negatives():
    # a term a page reports, no voting in its sentence (round 36's test of councils): no election's year
    assert election_year("Trong nhiệm kỳ 2016 - 2021, Hội đã vận động hội viên giúp nhau 2.000 ngày công.") is None
    # the same day without any term (fresh p37-hatinh24h-tag): still no year, no period
    t = ("Đến 11 giờ 20 phút ngày 15/3: Hà Tĩnh dẫn đầu với tỷ lệ cử tri đi bầu 91,64%\nGhi nhận thông tin trên cả nước "
         "về không khí bầu cử, đến thời điểm trưa 15/3, chưa có bất cứ phát sinh nào tại địa phương phải gửi về Hội đồng "
         "Bầu cử quốc gia xin ý kiến.")
    assert election_year(t) is None and find_period(t) is None
    # two elected terms (a page looking back on 2016's election beside 2021's): neither lends
    assert election_year("cử tri đi bầu cử HĐND nhiệm kỳ 2016-2021 ... cử tri bỏ phiếu bầu HĐND nhiệm kỳ 2021-2026") is None
    # a year the page writes beats the term's (p37-baotintuc: the day dated in full)
    t3 = ("Tính đến 11h20 ngày 15/3/2026, đã có 31/34 tỉnh, thành phố đạt tỷ lệ cử tri đi bầu trên 50% ... bỏ phiếu "
          "bầu đại biểu HĐND các cấp nhiệm kỳ 2021-2026")
    assert _code(find_period(t3)) == "2026-03"


# --- school years: the new one, and the one a lead names ------------------------------------------------------------

def test_new_school_year_is_a_school_year():
    # fresh p37-vov (its whole text)
    t = ("VOV.VN - Sáng 5/9, ngày hội toàn dân đưa trẻ đến trường, hơn 22 triệu học sinh trên cả nước nô nức đi dự lễ "
         "khai giảng năm học mới 2015-2016.")
    assert _code(find_period(t)) == "2015-2016"
    # fresh p37-vnexpress: under its headline, after a day
    t2 = (" date 2018-12 Cả nước có 21,9 triệu học sinh, 1,5 triệu sinh viên\n\nSáng 5/9, hơn 21,9 triệu học sinh cả nước "
          "từ mầm non đến THPT dự lễ khai giảng, chính thức bước vào năm học mới 2018-2019. Theo chỉ đạo của Bộ Giáo dục "
          "và Đào tạo, lễ khai giảng phải được tổ chức ngắn gọn")
    assert _code(find_period(t2)) == "2018-2019"


def test_new_school_year_negatives():
    # two years that are no school year's (not consecutive)
    assert find_period("khai giảng năm học mới 2015-2017.") is None
    # "năm học qua" beside the new one is still the one before (round 10's past_school_year, unchanged): the new one
    # prepared for is a plan
    t = ("Nhân dịp năm học mới 2018-2019, Hội Khuyến học trao thưởng cho các cháu đạt thành tích cao trong năm học qua.")
    assert _code(find_period(t)) == "2017-2018"


def test_school_year_in_the_leads_first_sentence_is_reported():
    # held-out yz-binh-thuan-hoi-khuyen-hoc-tinh-hoc-bong-tiep-buoc-2011-2012 (a digest: a later item names 2011)
    t = ("Hội Khuyến học tỉnh Bình Thuận tổ chức trao 356 suất học bổng “Tiếp bước cho em đến trường” năm học 2011-2012 "
         "cho những học sinh có hoàn cảnh đặc biệt khó khăn tổng trị giá 969 triệu đồng. Những suất học bổng tuy giá trị "
         "không lớn nhưng có ý nghĩa thiết thực.\n* Báo Tuổi Trẻ ... đã trao học bổng “Tiếp sức đến trường” cho 51 tân "
         "sinh viên Khánh Hòa có hoàn cảnh khó khăn, trúng tuyển vào đại học, cao đẳng năm 2011.")
    assert _code(find_period(t)) == "2011-2012"
    assert in_lead(t, 0, t.index("năm học 2011"))
    # a file's name on a line of its own above the lead (as parse_report's scope puts its title) is passed over
    assert in_lead("source\n" + t, 0, len("source\n") + t.index("năm học 2011"))


def test_school_year_in_the_lead_negatives():
    # the same school year in a later sentence is still a term in passing: the year written later wins
    t = ("Hội Khuyến học tỉnh tổ chức trao 356 suất học bổng cho những học sinh khó khăn. Các suất học bổng năm học "
         "2011-2012 có ý nghĩa thiết thực.\n* Báo Tuổi Trẻ đã trao học bổng cho 51 tân sinh viên trúng tuyển năm 2011.")
    assert not in_lead(t, 0, t.index("năm học 2011"))
    assert _code(find_period(t)) == "2011"
    # the new school year prepared for is the coming one, a plan, even in the lead
    t2 = "Chuẩn bị cho năm học mới 2023-2024, ngành giáo dục huyện đã sửa chữa 20 phòng học."
    school = [m for m in find_mentions(t2) if m.recogniser == "school-year"]
    assert school and all(m.plan and not m.reported for m in school)
    # a part's school year in the lead stays a part (round 8's m-quangbinh-truongchuan-2017, as a one-line lead)
    t3 = "Riêng trong năm học 2016-2017, toàn tỉnh đã công nhận mới 40 trường đạt chuẩn quốc gia."
    assert not in_lead(t3, 0, t3.index("năm học"))
    # an exam's school year in the lead is the exam's edition (sweep p14-thtg-tiengiang-diemtin, a digest labelled None)
    t4 = (" date 2025-06 *** Kỳ thi tuyển sinh vào Lớp 10 THPT, năm học 2025-2026 của tỉnh Tiền Giang diễn ra trong 2 "
          "ngày 5 và 6/6. * Hội Cựu chiến binh tỉnh Tiền Giang tổ chức Hội nghị Ban Chấp hành lần thứ 7.")
    school = [m for m in find_mentions(t4) if m.recogniser == "school-year"]
    assert school and not school[0].explicit_year


# --- a stored page's ISO date before its first line ------------------------------------------------------------------

def test_iso_date_opening_the_page_lends_its_year():
    from service.periods.iso_stamp import iso_stamp
    # held-out zq-toan-quoc-bcd-phong-chong-thien-tai-bao-so-2-2017-07: the date run on into a photo's caption
    t = (" date 2017-07 Người dân thôn Cát Cát xã San Sả Hồ huyện Sa Pa tỉnh Lào Cai thu dọn đồ đạc sau khi lũ rút. "
         "(Ảnh: Hương Thu/TTXVN)\n\nTheo báo cáo của Ban Chỉ đạo Trung ương về Phòng chống thiên tai, tính đến 17 giờ "
         "ngày 18/7, thiệt hại do bão số 2 gây ra tại các tỉnh Hà Giang, Lào Cai, Yên Bái")
    assert iso_stamp(t) == (2017, 7, None)
    assert _code(find_period(t)) == "2017-07"
    # a day's ISO date under a file's name (the parser's scope puts the title first)
    assert iso_stamp("source\n date 2025-08-15 Giá m đốc Sở Văn hóa & Thể thao") == (2025, 8, 15)


def test_iso_date_negatives():
    from service.periods.iso_stamp import iso_stamp
    # an ISO date inside a sentence, or below the first two lines, is no page's stamp
    assert iso_stamp("Theo số liệu cập nhật date 2017-07 của Bộ, ...") is None
    assert iso_stamp("Tiêu đề\nDòng hai\n date 2017-07 Người dân") is None
    # no month 13
    assert iso_stamp(" date 2017-13 Người dân") is None
    # the same count to a day without the stamp still has no year
    t = ("Theo báo cáo của Ban Chỉ đạo Trung ương về Phòng chống thiên tai, tính đến 17 giờ ngày 18/7, thiệt hại do bão "
         "số 2 gây ra tại các tỉnh Hà Giang")
    assert find_period(t) is None


# --- two or three days of one month opening a clause, the month written once ----------------------------------------

def test_two_days_opening_a_clause_are_their_month():
    from service.periods.two_days import two_days_opening
    # fresh p37-baomoi-hoithao-dongxoai: the year from the anniversaries celebrated (an undated page)
    t = ("Sôi nổi hội thao chào mừng kỷ niệm 50 năm Ngày giải phóng Đồng Xoài\nTrong hai ngày 9 và 10 -11, Ban tổ chức "
         "các ngày lễ thành phố Đồng Xoài tổ chức hội thao nhân kỷ niệm 42 năm Ngày nhà giáo Việt Nam (20-11- 1982 - 20 "
         "-11-2024) và 50 năm giải phóng Đồng Xoài (26-12-1974 - 26-12-2024). Hội thao thu hút hơn 350 vận động viên "
         "đến từ các xã, phường")
    assert [d[2:] for d in two_days_opening(t)] == [(11, None)]
    assert _code(day_reported(t)) == "2024-11"      # a page naming no period: the day's reader (as parse_report's)
    # sweep c26-vietnamplus-giao-nhan-quan-quan-khu-1-2017: an event's edition beside the two days
    t2 = ("Trong hai ngày 14 và 15/2, các địa phương trên địa bàn Quân khu I gồm Thái Nguyên, Cao Bằng, Bắc Ninh, Lạng "
          "Sơn, Bắc Giang và Bắc Kạn đã đồng loạt tổ chức Lễ giao nhận quân năm 2017.")
    assert [d[2:] for d in two_days_opening(t2)] == [(2, None)]
    # sweep t29-baodongthap-tam-nong-nct-2017 (unlabelled): the days listed with a comma, under the page's stamp
    t3 = ("Huyện Tam Nông thăm, tặng quà người cao tuổi\n\nCập nhật ngày: 22/09/2017 12:41:28\n\nTrong 2 ngày 21, 22/9, "
          "Huyện ủy, UBND huyện, Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Nông cùng các ban, ngành, đoàn thể huyện thành "
          "lập đoàn đến thăm, chúc thọ, tặng quà người cao tuổi các xã trên địa bàn huyện.")
    assert _code(day_reported(t3)) == "2017-09"


def test_two_days_negatives():
    from service.periods.two_days import two_days_opening
    # inside a sentence (p14-thtg's digest: "... diễn ra trong 2 ngày 5 và 6/6."), no comma after: no clause's time
    assert two_days_opening("Kỳ thi tuyển sinh vào Lớp 10 THPT diễn ra trong 2 ngày 5 và 6/6. * UBND huyện") == []
    # a count that is not the days listed
    assert two_days_opening("Trong 2 ngày 6 - 7 - 8.4, kỳ thi diễn ra") == []
    # a congress's days beside the term it opens (sweep p10-thuthua-ccb, labelled 2017-2022): the page keeps its term
    t = ("Trong 2 ngày 21 và 22/7, Hội Cựu chiến binh huyện Thủ Thừa tổ chức Đại hội đại biểu Hội Cựu Chiến binh huyện "
         "lần thứ VII, nhiệm kỳ 2022 - 2027.")
    assert _code(find_period(t)) != "2022-07"


# --- some days of one month beside the year of the crop or season they belong to ------------------------------------

def test_some_days_beside_their_seasons_year_are_their_month():
    # held-out zl-quang-ngai-doi-k53-quy-tap-hai-cot-liet-sy-2026-01 (its page's ISO date before the lead)
    t = (" date 2026-01-07 Ngày 7/1, Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi thông tin, thực hiện nhiệm vụ tìm kiếm quy tập "
         "hài cốt liệt sỹ mùa khô năm 2025-2026 từ ngày 1-3/1, Đội K53, Bộ Chỉ huy Quân sự tỉnh đã tìm kiếm, quy tập "
         "được 4 hài cốt liệt sỹ ở Lào và Campuchia.")
    assert _code(find_period(t, 2026, 1)) == "2026-01"
    # round 36's fresh p36-nongnghiephuuco, its first sentence (a digest's: its second item names a target's month)
    t2 = ("Từ ngày 22 - 26/5, nông dân một số xã ở huyện Kim Thành như Tuấn Việt, Ngũ Phúc, Phúc Thành, Kim Anh... đã "
          "bắt đầu thu hoạch vụ lúa đông xuân 2024 - 2025.")
    assert _code(find_period(t2)) == "2025-05"


def test_some_days_beside_a_season_negatives():
    # another year the page reports keeps the days below it
    t = "Từ ngày 22 - 26/5, nông dân đã bắt đầu thu hoạch vụ lúa đông xuân 2024 - 2025. Năm 2024, huyện có 5.000 ha lúa."
    assert _code(find_period(t)) == "2025"
    # a week's days are no period (rounds 24-26): not read as their month
    t2 = "Trong tuần 21 (từ ngày 16 - 22/5), nông dân thu hoạch vụ lúa đông xuân 2024 - 2025."
    assert _code(find_period(t2)) != "2025-05"
    # days ahead (sweep c21-baoquangnam-gieosa-dongxuan-2015: the sowing of 25.12, the next days planned) are not read
    t3 = ("Hôm qua 25.12, nông dân trên địa bàn 18 huyện, thành phố tổ chức gieo sạ trà 1 vụ lúa đông xuân 2014 - 2015. "
          "Từ ngày 1 đến 10.1.2015 nông dân sẽ tiếp tục gieo sạ trà 2 và trà 3 với tổng diện tích 35.000ha.")
    assert _code(find_period(t3)) != "2015-01"
