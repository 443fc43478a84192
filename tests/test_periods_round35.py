"""Round 35 of the period reader: Tết named as a day's occasion (service/periods/tet_occasion.py), on real quotes, each
rule with its negatives."""

from service.periods import day_reported, find_period
from service.periods.tet_occasion import feast_year, occasion_years, programme_edition


def _code(p):
    return p.code if p else None


# --- Tết named as the occasion of one day's gifts: that day's month ---------------------------------------------------

def test_the_feast_after_an_occasions_word_is_an_occasion_its_lunar_name_checked():
    # held-out yv-phu-tho-hoi-nan-nhan-chat-doc-da-cam-qua-tet-binh-ngo: Bính Ngọ is 2026
    assert [y for *_, y in occasion_years("Nhân dịp Tết Bính Ngọ năm 2026, ngày 6/2, Hội nạn nhân")] == [2026]
    # held-out yf-binh-duong-dau-tieng-xa-thanh-an-hoi-chu-thap-do-tet: "đón tết"
    assert [y for *_, y in occasion_years("có thêm điều kiện vui xuân, đón tết Ất Tỵ năm 2025.")] == [2025]
    # fresh p35-vov-longan-xuancanhty: the feast's spring
    assert [y for *_, y in occasion_years("Nhân dịp Xuân Canh Tý 2020, chiều nay (13/1), Phó Chủ tịch nước")] == [2020]
    # a lunar name that is not the year's is no feast's (Giáp Thìn is 2024)
    assert occasion_years("Nhân dịp Tết Giáp Thìn 2023, ngày 6/2") == []
    # the feast with no occasion's word before it (a title's "Tết Nguyên đán Quý Mão năm 2023") is none
    assert occasion_years("Tết Nguyên đán Quý Mão năm 2023") == []


def test_an_undated_pages_day_of_tets_gifts_is_that_days_month_of_the_feasts_year():
    # held-out yv-phu-tho-hoi-nan-nhan-chat-doc-da-cam-qua-tet-binh-ngo-2026-02 (undated; the case codes 2026-02)
    t = ("Trao quà Tết cho nạn nhân da cam/dioxin\n\nNhân dịp Tết Bính Ngọ năm 2026, ngày 6/2, Hội nạn nhân da cam/Dioxin "
         "tỉnh và Hội Doanh nhân trẻ tỉnh tổ chức chương trình trao quà Tết cho nạn nhân chất độc da cam/Dioxin tại các "
         "xã Hiền Quan, Tam Nông.\n\nĐoàn đã trao tặng tổng số 60 suất quà Tết cho các nạn nhân da cam/Dioxin có hoàn "
         "cảnh khó khăn và thân nhân.\n\nNhân dịp Tết Nguyên đán Bính Ngọ năm 2026, Hội Nạn nhân chất độc da cam/Dioxin "
         "tỉnh đã trao tặng.")
    assert _code(find_period(t)) == "2026-02"
    # fresh p35-xuanphuoc-xuandoanket-2026-02 (undated)
    t2 = ("Sáng 13/02, Ủy ban MTTQ Việt Nam xã Xuân Phước tổ chức chương trình “Xuân Đoàn kết – Tế sẻ chia” nhân dịp Tết "
          "Nguyên đán Bính Ngọ năm 2026.\nTham dự buổi trao quà có đồng chí Đặng Văn Trọng - Bí thư Đảng ủy, Chủ tịch HĐND "
          "xã.\n\nTại chương trình đã trao 100 suất quà Tết cho các hộ nghèo, cận nghèo, gia đình có hoàn cảnh khó khăn.")
    assert _code(find_period(t2)) == "2026-02"


def test_a_dated_pages_day_of_tets_gifts_is_that_days_month():
    # held-out yf-binh-duong-dau-tieng-xa-thanh-an-hoi-chu-thap-do-tet-2025-01: the day written with its year
    t = ("Nhằm phát huy truyền thống tốt đẹp của dân tộc Việt Nam, đồng thời với mong muốn ... tạo điều kiện chăm lo cho "
         "các đối tượng nghèo, khó khăn có thêm điều kiện vui xuân, đón tết Ất Tỵ năm 2025.\nSáng ngày 16/01/2025 tại Nhà "
         "Văn Hóa xã Thanh An. Hội Chữ thập đỏ xã phối hợp cùng quý mạnh thường quân, các nhà hảo tâm đãtrao tặng 50 phần "
         "quà cho các hộ gia đình nghèo, khó khăn vui xuân đón tết sum vầy.")
    assert _code(find_period(t)) == "2025-01"
    # fresh p35-baophutho-300suat-quatet-2026-02: a page dated that day; the programme named in a speech, no edition
    t2 = (" date 2026-02-11 Phó Chủ tịch HĐND tỉnh Nguyễn Thị Cẩm Phương trao 300 suất quà Tết tặng các hộ có hoàn cảnh "
          "khó khăn\n\nNhân dịp Tết Nguyên đán Bính Ngọ 2026, chiều 11/2, đồng chí Nguyễn Thị Cẩm Phương – Ủy viên Ban "
          "Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh đã đến thăm và tặng quà Tết cho các hộ nghèo.\n\nPhát biểu tại chương "
          "trình, đồng chí Nguyễn Thị Cẩm Phương nhấn mạnh: Chương trình “Tết nhân ái” là hoạt động thường niên.")
    assert _code(day_reported(t2, 2026, 2, 11)) == "2026-02"
    # fresh p35-nld-hocmon-quatet-2026-02: Tết named only as gifts' ("quà Tết"), no year; the page's date lends its own
    t3 = (" date 2026-02-01 Ngày 1-2, tại trụ sở xã Hóc Môn, UBND TPHCM tổ chức chương trình trao tặng quà Tết cho các hộ "
          "gia đình thuộc diện chính sách, hộ cận nghèo và hộ có hoàn cảnh khó khăn trên địa bàn 4 xã Hóc Môn, Bà Điểm, "
          "Đông Thạnh và Xuân Thới Sơn.")
    assert _code(day_reported(t3, 2026, 2, 1)) == "2026-02"


def test_the_feasts_year_is_lent_to_days_of_january_and_february_only():
    t = "Nhân dịp Tết Nguyên đán Bính Ngọ 2026, ngày 28/1, tại xã Đà Bắc"     # sweep c18-phutho-dabac-100-suat
    assert feast_year(t, 1) == 2026 and feast_year(t, 2) == 2026
    assert feast_year(t, 12) is None       # a December day before Tết is of the year before: left


def test_a_tet_programmes_edition_keeps_its_page_from_a_day():
    # held-out zv-gia-lai-hoi-chu-thap-do-tet-nhan-ai-2026: the programme's totals, coded its year, beside "ngày 13-2"
    assert programme_edition('Nằm trong chuỗi Phong trào "Tết Nhân ái" Xuân Bính Ngọ 2026, ngày 13-2, ông Hà Văn Cát')
    t = (' date 2026-02-13 (GLO)- Thực hiện Phong trào "Tết Nhân ái" Xuân Bính Ngọ 2026, các cấp Hội Chữ thập đỏ tại Gia '
         'Lai đã vận động, trao tặng 121.150 suất quà Tết cho người nghèo, khó khăn, với tổng trị giá hơn 63,6 tỷ đồng.\n\n'
         'Nằm trong chuỗi Phong trào "Tết Nhân ái" Xuân Bính Ngọ 2026, ngày 13-2, ông Hà Văn Cát - Ủy viên Ban Chấp hành '
         'Trung ương Hội Chữ thập đỏ Việt Nam ... đã đến thăm, chúc Tết và trao 51 suất quà')
    assert day_reported(t, 2026, 2, 13) is None
    # fresh p35-dantri-tetnhanai-bachmai: the edition in the headline
    assert programme_edition(" date 2026-02-11 Tết Nhân ái 2026: Trao 40 suất quà tại phường Bạch Mai")
    # the programme named without its year (a speech, a market's name) is no edition; the feast is no programme
    assert not programme_edition("Chương trình “Tết nhân ái” là hoạt động thường niên, nhân văn")
    assert not programme_edition("các gian hàng của phiên chợ “Tết nhân ái” 0 đồng đã sẵn sàng")
    assert not programme_edition("Nhân dịp Tết Nguyên đán Bính Ngọ 2026, chiều 11/2")


def test_a_year_reported_or_some_days_beside_tet_are_left():
    # tests/test_per32_tet.py's: a year reported comes first
    t = ("Năm 2020, Hội Chữ thập đỏ huyện đã vận động được 3,2 tỷ đồng; riêng dịp Tết Nguyên đán Canh Tý 2020 đã trao 306 "
         "suất quà.")
    assert _code(find_period(t)) == "2020"
    # sweep p29-danviet's shape: a page of some days is no day's
    t2 = ("Ngày 5/2, trong 15 ngày đầu ra quân nhân dịp Tết Nguyên đán Giáp Thìn 2024, lực lượng chức năng đã xử lý 120 "
          "vụ.")
    assert day_reported(t2) is None


# --- a month of observance named with its year: its calendar month --------------------------------------------------

def test_youth_month_and_workers_month_are_march_and_may():
    # fresh p35-baodanang-thangthanhnien-2023-03: the review held in April reports March
    t = ("22.975 công trình thực hiện trong tháng Thanh niên năm 2023\n\n.\n\nNgày 14-4, tại Đà Nẵng, Trung ương Đoàn tổ "
         "chức hội nghị tổng kết tháng Thanh niên năm 2023 với chủ đề “Tuổi trẻ tiên phong chuyển đổi số”. ... Hoạt động "
         "hỗ trợ thanh niên phát triển kinh tế và khởi nghiệp sáng tạo tiếp tục được quan tâm, triển khai với 1.436 hoạt "
         "động (gấp 2,7 lần so với năm 2022)")
    assert _code(find_period(t)) == "2023-03"
    # fresh p35-btv-thangthanhnien-2024-03: beside a congress's term and an anniversary
    t2 = ("Tháng Thanh niên năm 2024 diễn ra trong không khí thanh niên ra sức thi đua lập thành tích chào mừng Đại hội Hội "
          "Liên hiệp thanh niên Việt Nam các cấp, Đại hội Hội Liên hiệp thanh niên Việt Nam Tỉnh lần thứ VIII, nhiệm kỳ "
          "2024-2029 và chào mừng Kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26.3.1931 - 26.3.2024).")
    assert _code(find_period(t2)) == "2024-03"
    # held-out r-ben-tre-ldld-thang-cong-nhan-2016 (coded 2016-05): "Tháng CN", its quote closing before the year
    t3 = ("LĐLĐ tỉnh đã khen thưởng cho 13 tập thể và 16 cá nhân có thành tích “Hoàn thành xuất sắc hoạt động Tháng CN” "
          "năm 2016.")
    assert _code(find_period(t3)) == "2016-05"


def test_a_launch_opens_its_month_and_a_period_reported_comes_first():
    # sweep c32-baokhanhhoa-dien-khanh-thang-thanh-nien-2016: the launch on 5 March is the month's opening, no plan
    t = ("Ngày 5-3, Huyện đoàn Diên Khánh tổ chức lễ phát động Tháng Thanh niên năm 2016.\nHuyện đoàn Diên Khánh vừa tổ "
         "chức lễ phát động Tháng Thanh niên năm 2016.")
    assert _code(find_period(t)) == "2016-03"
    # held-out yv-gia-lai-tinh-doan-cong-trinh-thang-thanh-nien's shape: the half reviewed comes first (and the month
    # named without its year lends none)
    t2 = ("sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. "
          "Trong Tháng Thanh niên Đoàn TN các cấp đã thực hiện 31 công trình thanh niên cấp huyện")
    assert _code(find_period(t2)) == "2022-H1"


def test_other_names_and_a_month_without_its_year_are_no_observance():
    from service.periods.observance import OBSERVANCE
    # fresh p35-longbien-thangcongnhan-2022-05: the month of action on labour safety is no month of the table
    t = ("Tháng Công nhân năm 2022 được tổ chức lồng ghép với các hoạt động Tháng hành động về An toàn vệ sinh lao động "
         "năm 2022 sâu rộng ở các cấp Công đoàn")
    assert [m.group(0) for m in OBSERVANCE.finditer(t)] == ["Tháng Công nhân năm 2022"]
    # held-out yv-gia-lai-tinh-doan-cong-trinh-thang-thanh-nien: written without its year, no mention
    assert not OBSERVANCE.search("Trong Tháng Thanh niên Đoàn TN các cấp đã thực hiện 31 công trình thanh niên cấp huyện")
    # held-out ye-toan-quoc-trung-uong-doan-su-kien-tieu-bieu-2023's text (a year's ten events): a month reported comes
    # before Youth Month, read in passing
    t2 = ("Nhờ đó, trong tháng 4/2023, các cấp bộ đoàn đã hoàn thành xong việc học tập, quán triệt Nghị quyết.\n02. Tháng "
          "Thanh niên năm 2023\n\nTháng Thanh niên năm 2023 với chủ đề \"Tuổi trẻ tiên phong chuyển đổi số\" đã được "
          "triển khai")
    assert _code(find_period(t2)) == "2023-04"
