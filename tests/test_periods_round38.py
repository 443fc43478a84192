"""Round 38 of the period reader: a championship named with its edition's year (service/periods/championships.py),
and an event's days of one month beside that year, its month (service/periods/event_days.py), on real quotes, each
rule with its negatives."""

from service.periods import find_period
from service.periods.championships import championship_years


def _code(p):
    return p.code if p else None


# held-out xc-ninh-thuan-so-vhttdl-giai-taekwondo-cac-clb-tinh (coded 2016-06): its whole text
NINH_THUAN = ("(NTO) Từ ngày 21 đến 24-6, tại Trung tâm Huấn luyện, thi đấu TDTT tỉnh, Sở Văn hóa, Thể thao và Du lịch đã "
              "tổ chức Giải vô địch các câu lạc bộ (CLB) Taekwondo tỉnh năm 2016. Giải năm nay thu hút 130 VĐV, đến từ 12 "
              "đơn vị trên địa bàn tỉnh. Các VĐV tranh tài ở các nhóm tuổi bao gồm: Dưới 11 tuổi; từ 12-14 tuổi; trên 14 "
              "tuổi.\nKết thúc giải, Ban tổ chức đã trao 25 bộ huy chương (Vàng, Bạc, Đồng) dành cho 3 nhóm tuổi.\n"
              "Ban tổ chức trao huy chương cho các VĐV đạt thành tích cao.\nPhan Hiếu")

# held-out xc-lam-dong-doan-the-hinh-tinh-giai-vo-dich-cac-clb-toan-quoc (coded 2023-05): its lead
LAM_DONG = ("(LĐ online) - Với 8 huy chương (HC) giành được; trong đó, có 4 HC vàng, 2 HC bạc, 2 HC đồng, đoàn thể hình "
            "Lâm Đồng đã xếp thứ 3 chung cuộc toàn đoàn tại Giải Vô địch Thể hình các câu lạc bộ toàn quốc lần thứ 30 năm "
            "2023 vừa kết thúc trong chiều 26/5 tại Trà Vinh.\nĐoàn Lâm Đồng xếp hạng 3 chung cuộc toàn đoàn |\n"
            "Diễn ra từ ngày 22 - 27/5, giải năm nay do Liên đoàn Cử tạ - Thể hình Việt Nam thuộc Tổng cục Thể dục Thể "
            "thao phối hợp với Sở Văn hóa Thể thao và Du lịch Trà Vinh tổ chức.\nTham gia giải có trên 170 VĐV của 19 câu "
            "lạc bộ các tỉnh, thành, ngành trong nước, tranh tài ở 29 bộ huy chương")

# fresh p38-thanhuyhue-taekwondo-toanquoc (labelled 2016-11): its headline and lead, without the site's stamp
THANH_UY_HUE = ("Bế mạc Giải vô địch Taekwondo toàn quốc năm 2016\n\nSau 5 ngày tranh tài sôi nổi, giải Vô địch Taekwondo "
                "toàn quốc năm 2016 đã kết thúc tốt đẹp với Lễ bế mạc giải vào sáng ngày 11/11, tại Trung tâm thể dục "
                "thể thao tỉnh Thừa Thiên Huế (1 Hà Huy Tập).")


# --- a championship's name and its year ------------------------------------------------------------------------------

def test_championship_names_its_edition_year():
    # the short name in brackets inside the championship's name (the registry's event names stop at a bracket)
    assert [y for _, _, y in championship_years(NINH_THUAN)] == [2016]
    assert [y for _, _, y in championship_years(THANH_UY_HUE)] == [2016, 2016]
    # a sport named by its own name, with a list of who competes after a comma (fresh p38-baoquangnam)
    assert [y for _, _, y in championship_years(
        "Giải Taekwondo học sinh, sinh viên toàn quốc lần thứ I năm 2023 do Liên đoàn Taekwondo Việt Nam")] == [2023]


def test_championship_negatives():
    # a settlement, a prize, a disbursement: no championship
    assert championship_years("đã giải quyết 26/57 đơn thư năm 2016") == []
    assert championship_years("trao giải thưởng báo chí năm 2016") == []
    assert championship_years("giải ngân vốn đầu tư công năm 2023 đạt 80%") == []
    # a championship's year written without "năm" (fresh p38-baotravinh's second item: a tournament ahead) is not read
    assert championship_years("đăng cai các bảng đấu tại Vòng loại Giải vô địch U23 châu Á 2026. Quyết định được đưa ra "
                              "trong cuộc họp của Ban Thi đấu AFC diễn ra ngày 30/4") == []
    # a capital after a comma ends the name's clause: no year of another clause
    assert championship_years("Giải vô địch cờ vua tỉnh, Sở Văn hóa tổng kết công tác năm 2016") == []


# --- an event's days of one month beside its year: that month -------------------------------------------------------

def test_event_days_are_its_month():
    assert _code(find_period(NINH_THUAN)) == "2016-06"
    assert _code(find_period(LAM_DONG)) == "2023-05"


def test_event_days_negatives():
    # a championship with no day in its text keeps its year (fresh p38-thanhuyhue without its closing day)
    assert _code(find_period(THANH_UY_HUE.replace(" vào sáng ngày 11/11", ""))) == "2016"
    # days of a month of another year than the event's: not its days
    t = ("Giải vô địch các câu lạc bộ Taekwondo tỉnh năm 2016 đã tổng kết. Từ ngày 21 đến 24-6-2015, các VĐV tập huấn "
         "tại Trung tâm.")
    assert _code(find_period(t)) != "2015-06"
    # another period the page reports beside the days (a year's figures compared): the days stay in passing
    t2 = ("Từ ngày 21 đến 24-6, Sở đã tổ chức Giải vô địch các câu lạc bộ Taekwondo tỉnh năm 2016. Trong 6 tháng đầu "
          "năm 2016, toàn tỉnh tổ chức 12 giải thể thao, tăng 3 giải so với cùng kỳ năm 2015.")
    assert _code(find_period(t2)) == "2016-H1"
    # a congress's days (a meeting reviewing its term) are no event's days: its term stays
    t3 = ("Đại hội Thể dục thể thao tỉnh lần thứ IX năm 2022 ... Đại hội Hội Nông dân tỉnh lần thứ IX, nhiệm kỳ 2023 – "
          "2028 diễn ra từ ngày 28 - 29/8.")
    assert _code(find_period(t3)) != "2022-08"


# --- a month named as the point something started from ----------------------------------------------------------------

def test_month_since_is_no_period():
    from service.periods.month_since import month_since
    # held-out xd-toan-quoc-viettel-construction (coded 2023): the tender's start above the year's results
    t = ("Tham gia đấu thầu từ tháng 10/2023, Viettel Construction đã chính thức được Tập đoàn Viettel lựa chọn là đơn vị "
         "Vận hành khai thác nhà trạm ... Năm 2023, lĩnh vực Vận hành Khai thác (VHKT) của Viettel Construction đã đóng "
         "góp 49% (5.531,9 tỷ đồng) trên tổng doanh thu, tăng trưởng 13% so với năm 2022.")
    at = t.index("tháng 10/2023")
    assert month_since(t, at, at + len("tháng 10/2023"))
    assert _code(find_period(t)) == "2023"
    # sweep p35-vovworld (labelled None): a programme's start, on a page whose day has no year
    t2 = ("Chiều 5/7, tại Đà Nẵng, Phó Chủ tịch nước Nguyễn Thị Doan, Chủ tịch Hội đồng bảo trợ Quỹ bảo trợ trẻ em Việt "
          "Nam đã trao 140 suất học bổng “Em không phải bỏ học” tặng 140 em, ... mỗi suất học bổng trị giá 3 triệu đồng.\n\n"
          "Được phát động từ tháng 9/2012, chương trình học bổng “Em không phải bỏ học” đã được tổ chức 20 lần tại các "
          "tỉnh, thành phố với tổng số tiền hơn 18 tỷ đồng.")
    assert find_period(t2) is None
    # held-out ye-toan-quoc-trung-uong-doan (coded 2023) and yv-tp-ho-chi-minh-truong-dai-hoc-hoa-sen (coded 2026-01):
    # the programme's and the graduate's start are no month reported
    for t3, month in (("ban hành Chương trình hành động từ tháng 02/2023. Với chủ trương", "tháng 02/2023"),
                      ("có việc làm chính thức tại một công ty về logistic (TP.HCM) từ tháng 8.2025 khi vừa hoàn thành "
                       "khóa luận tốt nghiệp", "tháng 8.2025")):
        at = t3.index(month)
        assert month_since(t3, at, at + len(month))


def test_month_since_negatives():
    from service.periods.month_since import month_since

    def since(t, month):
        at = t.index(month)
        return month_since(t, at, at + len(month))
    # a span's other end follows: a span, read by the registry (sweep c20-baohaiduong-quyhtnd's "từ tháng 12.2022-5.2023")
    assert not since("trong 6 tháng (từ tháng 12.2022-5.2023), các cấp Hội Nông dân", "tháng 12.2022")
    assert not since("từ tháng 10/2023 đến nay, công ty đã", "tháng 10/2023")
    # a month opening its sentence is the time its sentence tells of
    assert not since("Kết quả như sau. Từ tháng 1/2024, giá điện tăng 4,5%", "tháng 1/2024")
    # a month without "từ" before it: reported as before
    assert not since("Trong tháng 10/2023, Viettel Construction đạt doanh thu", "tháng 10/2023")
    assert _code(find_period("Trong tháng 10/2023, Viettel Construction đạt doanh thu 1.000 tỷ đồng.")) == "2023-10"


# --- the year's target after a day's news ----------------------------------------------------------------------------

# held-out xd-quang-tri-hai-lang-hoi-chu-thap-do-huyen-le-hoi-xuan-hong (coded 2017-02): its headline, lead and close
HAI_LANG = ("Hội Chữ thập đỏ Hải Lăng tổ chức “Lễ hội Xuân hồng” năm 2017\n\nThực hiện Kế hoạch số: 02KH/BCĐ ngày "
            "09/01/2017 của BCĐ vận động hiến máu tình nguyện huyện Hải Lăng, sáng ngày 11/02/2017, Hội Chữ thập đỏ huyện "
            "phối hợp với Trung tâm Huyết học truyền máu - Bệnh viện Trung ương Huế tổ chức “Lễ hội Xuân hồng” năm 2017.\n"
            "Kết thúc ngày hội hiến máu tình nguyện, Ban tổ chức đã tiếp nhận được 324 đơn vị máu, số máu tiếp nhận lần "
            "này đạt tỷ lệ khá cao so với số lượng người tham gia đăng ký hiến máu. ... Theo kế hoạch, trong năm 2017 này "
            "huyện Hải Lăng sẽ tổ chức 4 đợt hiến máu, phấn đấu tiếp nhận trên 1.050 đơn vị máu.")

# sweep t29-tuoitrebinhdinh-tay-son-hien-mau-2023-dot1 (unlabelled): the same shape
TAY_SON = ("Tây Sơn: Ngày hội hiến máu “Giọt hồng đất võ” 2023\n\nHoạt động cấp huyện Hoạt động Đoàn TNCS Hồ Chí Minh\n"
           "Sáng ngày 15/01/2023, tại hội trường Huyện đoàn, Huyện đoàn Tây Sơn phối hợp với Ban Chỉ đạo vận động hiến máu "
           "tình nguyện huyện tổ chức Ngày hội hiến máu “Giọt hồng đất võ” Tây Sơn đợt 1 năm 2023.\nNgày hội hiến máu đợt "
           "này với sự tình nguyện tham gia của đông đảo cán bộ, đoàn viên, thanh niên và các tầng lớp nhân dân, thu về "
           "321 đơn vị máu, vượt chỉ tiêu kế hoạch đề ra. Theo kế hoạch vận động hiến máu tình nguyện năm 2023, toàn huyện "
           "phấn đấu đạt 1000 đơn vị máu, chia làm 04 đợt hiến máu.")


def test_years_target_leaves_a_day_its_month():
    from service.periods.mentions import day_reported
    assert _code(day_reported(HAI_LANG)) == "2017-02"
    assert _code(day_reported(TAY_SON)) == "2023-01"


def test_years_target_negatives():
    from service.periods.mentions import day_reported
    # a target of another year than the day's: the reader's year guard keeps the page as it is
    t = TAY_SON.replace("Theo kế hoạch vận động hiến máu tình nguyện năm 2023", "Theo kế hoạch, đến năm 2025")
    assert day_reported(t) is None or _code(day_reported(t)) != "2023-01"
    # a year's plan (the next year's tasks), not a target: the day is not read
    t2 = HAI_LANG.replace("Theo kế hoạch, trong năm 2017 này huyện Hải Lăng sẽ tổ chức 4 đợt hiến máu, phấn đấu tiếp nhận "
                          "trên 1.050 đơn vị máu.", "Hội nghị đã đề ra phương hướng, nhiệm vụ năm 2017.")
    assert _code(day_reported(t2)) != "2017-02"


# --- the day an event closed on ---------------------------------------------------------------------------------------

def test_closing_day_dates_an_events_page():
    from service.periods.closing_day import closed_on
    m = closed_on(THANH_UY_HUE)
    assert m and (m.group(1), m.group(2)) == ("11", "11")
    # the page's headline and lead under its stamp line as the parser keeps them (the stamp is furniture there)
    assert _code(find_period(THANH_UY_HUE, 2016, 11)) == "2016-11"
    # held-out xc-lam-dong: "vừa kết thúc trong chiều 26/5" (its days "từ ngày 22 - 27/5" decide first, same month)
    m2 = closed_on(LAM_DONG)
    assert m2 and (m2.group(1), m2.group(2)) == ("26", "5")


def test_closing_day_negatives():
    from service.periods.closing_day import closed_on
    # a closing ahead (fresh p38-sggp-taekwondo-tre: "Giải sẽ bế mạc vào ngày 22-8"), a span, a day with its year
    assert closed_on("Trong 44 đơn vị tranh tài giải năm nay, ... Giải sẽ bế mạc vào ngày 22-8.") is None
    assert closed_on("Giải dự kiến kết thúc đêm 17/01.") is None
    assert closed_on("Hội thi kết thúc từ ngày 1 - 4/4 tại Huế") is None
    assert closed_on("Hội thi bế mạc ngày 4/4/2023 tại Huế") is None
    # a closing day of another month than the page's event is not read when the page names another period it reports
    t = ("Sau 5 ngày tranh tài, giải Vô địch Taekwondo toàn quốc năm 2016 đã kết thúc với Lễ bế mạc giải vào sáng ngày "
         "11/11. Trong 10 tháng đầu năm 2016, tỉnh đăng cai 6 giải thể thao.")
    assert _code(find_period(t)) == "2016-10T"
