"""Round 40 of the period reader: some days counted, then dated in brackets (service/periods/counted_days.py), and a
period named inside a purpose opened by "nhằm" (service/periods/purposes.py), on real quotes, with their negatives."""

from service.periods import find_mentions, find_period
from service.periods.purposes import purpose_ahead


def _code(p):
    return p.code if p else None


# sweep p38-baoquangnam-taekwondo-hssv-2023-04 (labelled 2023-04 by round 38): its opening, as stored
QUANG_NAM = (" date 2023-04 (QNO) - Giải Taekwondo học sinh, sinh viên toàn quốc lần thứ I năm 2023 do Liên đoàn "
             "Taekwondo Việt Nam phối hợp với Sở VH-TT&DL tỉnh Thừa Thiiên Huế tổ chức vừa khép lại sau 4 ngày thi đấu "
             "(1 - 4/4).\n\nNiềm vui của các vận động viên Quảng Nam tại giải. Ảnh: T.T.DŨNG")

# sweep p40-baophutho-chay-chapdien-2025-11: its lead (the page's digest items below left out)
PHU_THO = ("Chỉ trong 3 ngày (19 - 21/11), trên địa bàn tỉnh ghi nhận 4 vụ cháy được xác định nguyên nhân do chập điện."
           "\nHiện trường vụ cháy nhà dân tại thôn Hồi Cương, xã Vĩnh Phú.")

# sweep t3-chomoi-ccb-2022 (labelled 2017-2022 by round 10): a congress's two days, its term reviewed below
CHO_MOI = ("Hội Cựu chiến binh huyện Chợ Mới tổ chức Đại hội đại biểu lần thứ VI\n\nTrong 2 ngày (18 - 19/7), Hội Cựu "
           "chiến binh huyện Chợ Mới tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2022 – 2027. \n\nCác đại biểu bỏ "
           "phiếu bầu Ban chấp hành khóa mới.\n\nNhiệm kỳ 2017 - 2022, Hội thực hiện có hiệu quả phong trào “Cựu Chiến "
           "binh giúp nhau làm kinh tế”")


def test_days_counted_then_dated_in_brackets_are_their_month():
    assert _code(find_period(QUANG_NAM)) == "2023-04"       # was 2023 (the edition's year)
    days = [m for m in find_mentions(PHU_THO, 2025, 11) if m.recogniser == "days-shared"]   # the page's ISO date
    assert [(m.period.code, m.passing) for m in days] == [("2025-11", True)]


def test_a_count_that_disagrees_with_its_brackets_is_no_days():
    assert not [m for m in find_mentions("Chỉ trong 5 ngày (19 - 21/11), trên địa bàn tỉnh ghi nhận 4 vụ cháy.", 2025, 11)
                if m.recogniser == "days-shared"]
    assert not [m for m in find_mentions("đạt 3 ngày (10 - 5/2023) ...") if m.recogniser == "days-shared"]


# sweep p10-vov-ccb-toanquoc-2017-2022 (labelled 2017-2022 by round 10): the days dated with their year
VOV = ("Trong 3 ngày (từ 29 - 31/12/2022) Hội Cựu chiến binh Việt Nam (CCBVN) tổ chức Đại hội đại biểu Hội CCB toàn quốc "
       "lần thứ VII nhiệm kỳ 2022 - 2027.")


def test_a_congress_days_are_none_reported():
    assert _code(find_period(CHO_MOI)) == "2017-2022"
    assert not [m for m in find_mentions(VOV) if m.recogniser == "days-shared"]
    assert not [m for m in find_mentions(CHO_MOI, 2022, 7) if m.recogniser == "days-shared"]


# sweep p40-tinhdoanquangninh-kyhop6-hdnd-2021 (labelled 2021), as stored
QUANG_NINH = ("Infographic: Toàn cảnh Kỳ họp thứ 6 Hội đồng nhân dân tỉnh khoá XIV\n\nSau 3 ngày làm việc khẩn trương, "
              "nghiêm túc, khoa học, tập trung trí tuệ, kỳ họp thứ 6 HĐND tỉnh khóa XIV đã thành công tốt đẹp, thông qua "
              "nhiều nghị quyết quan trọng nhằm thúc đẩy phát triển kinh tế – xã hội của tỉnh năm 2022 và giai đoạn 2021 "
              "– 2026, cũng như đánh giá toàn diện kết quả thực hiện mục tiêu nhiệm vụ năm 2021.\n\nTrúc Linh – Tất Đạt")

# sweep c10-vn-tnld-2023: the same grammar, a year's accidents and the next year's purpose
TNLD = ("Bộ Lao động - Thương binh và Xã hội thông báo đến các ngành, các địa phương tình hình tai nạn lao động năm 2023 "
        "và một số giải pháp chủ yếu nhằm chủ động ngăn ngừa sự cố và tai nạn lao động năm 2024.")

# held-out zj-thai-nguyen-thu-vien-tinh-phuc-vu-ban-doc-2023 (coded 2023) and h-brvt-tngt-2023-h1 (coded 2023-H1):
# a purpose ended by a comma, and by a consequence's "nên"
THU_VIEN = ("Nhằm nâng cao chất lượng phục vụ bạn đọc, trong năm 2023, Thư viện tỉnh đã thực hiện luân chuyển gần 76.000 "
            "lượt sách, báo, tạp chí đến các thư viện trực thuộc")
BRVT = (" date 2023-07 Theo Phòng Cảnh sát giao thông Công an tỉnh, do tăng cường kiểm tra xử lý nhằm giảm thiểu TNGT nên "
        "tình hình TNGT trong 6 tháng đầu năm được kéo giảm cả 3 tiêu chí. Cụ thể, toàn tỉnh xảy ra 191 vụ TNGT đường bộ "
        "làm 103 người chết, 135 người bị thương")


def test_a_purpose_names_the_period_ahead():
    assert _code(find_period(QUANG_NINH)) == "2021"          # was 2022
    y2022 = [m for m in find_mentions(QUANG_NINH) if m.period.code == "2022"]
    assert y2022 and all(m.plan for m in y2022)
    y2024 = [m for m in find_mentions(TNLD) if m.period.code == "2024"]
    assert y2024 and all(m.plan for m in y2024)
    assert _code(find_period(TNLD)) == "2023"


def test_a_purpose_that_looks_back_is_no_plan():
    text = "Hội nghị được tổ chức nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2023 của Hội."
    assert not purpose_ahead(text, text.index("2023") - 4)
    assert _code(find_period(text)) == "2023"
    text = "Chương trình nhằm chào mừng kỷ niệm 120 năm du lịch Sa Pa trong năm 2023."
    assert not purpose_ahead(text, text.index("năm 2023"))


def test_a_purpose_ends_at_a_comma_or_its_consequence():
    assert not purpose_ahead(THU_VIEN, THU_VIEN.index("năm 2023"))
    assert _code(find_period(THU_VIEN)) == "2023"
    assert not purpose_ahead(BRVT, BRVT.index("6 tháng"))
    assert _code(find_period(BRVT, 2023, 7)) == "2023-H1"     # its year from the page's ISO date


def test_a_purpose_ends_with_its_sentence():
    text = "Hội nghị được tổ chức nhằm triển khai các giải pháp. Năm 2023, toàn huyện đạt 15 chỉ tiêu."
    assert not purpose_ahead(text, text.index("Năm 2023"))
    assert _code(find_period(text)) == "2023"
