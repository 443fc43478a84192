"""The lead's rules of stop 37: a change against the previous edition and its rate in brackets (``So với tháng
4/2022, tăng 224 vụ (+6,72%)``) are read from the row's ``Kỳ trước``; a dated base named earlier in the sentence
governs the changes after it until another base; a row its own phrase names comes before the sentence's first row;
two groups of a sheet are told apart only by words each has of its own."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, csv_table

# zx-toan-quoc-bo-cong-an-dau-tranh-phong-chong-toi-pham-2022-05 (Bộ Công an, Nghệ An's portal): the month's change
# column beside a rate column naming no base
_CRIME = ("STT,Chỉ tiêu,ĐVT,Tháng 5/2022,Tăng (+)/giảm (-) so với tháng 4/2022,Tỷ lệ tăng/giảm (%)\n"
          "1,Số vụ phạm tội về trật tự xã hội,vụ,3.558,+224,\"+6,72\"\n"
          "1.1,Số vụ khám phá,vụ,3.043,+150,\"+5,18\"\n"
          "1.2,\"Số đối tượng bị bắt giữ, xử lý\",đối tượng,6.001,-226,\"-3,63\"\n"
          "2,Số vụ phạm tội về trật tự quản lý kinh tế,vụ,399,+52,\"+14,99\"\n")
_CRIME_TEXT = ("1. Số vụ phạm tội về trật tự xã hội: Toàn quốc xảy ra 3.558 vụ; khám phá 3.043 vụ; bắt giữ, xử lý "
               "6.001 đối tượng. So với tháng 4/2022, tăng 224 vụ (+6,72%), tăng 150 số vụ khám phá (+5,18%), giảm "
               "226 số đối tượng bị bắt giữ, xử lý (-3,63%).\n2. Số vụ phạm tội về trật tự quản lý kinh tế: Toàn "
               "quốc xảy ra 399 vụ, so với tháng 4/2022 tăng 52 vụ (+14,99%).")


def test_a_change_on_last_month_and_its_bracketed_rate_are_read_from_the_previous_edition(tmp_path):
    table = csv_table(tmp_path, _CRIME, "2022-05")
    got = checks(_CRIME_TEXT, table, "2022-05")
    for needle in ("224", "6,72%", "150", "5,18%", "226", "3,63%", "52", "14,99%"):
        c = check_at(got, _CRIME_TEXT, needle)
        assert c.verdict == "derived" and c.source["column"] == "ky_truoc", (needle, c.verdict, c.reason)
    for old, new in (("(+5,18%)", "(+5,81%)"), ("tăng 52 vụ", "tăng 25 vụ"), ("(+14,99%)", "(+19,49%)")):
        wrong = _CRIME_TEXT.replace(old, new)
        needle = new.strip("()+").replace("tăng ", "").replace(" vụ", "")
        c = check_at(checks(wrong, table, "2022-05"), wrong, needle)
        assert c.verdict == "unsupported", (new, c.verdict, c.reason)


def test_a_base_after_the_change_is_its_own(tmp_path):
    table = csv_table(tmp_path, _CRIME.replace("so với tháng 4/2022", "so với cùng kỳ"), "2022-05")
    text = "Toàn quốc xảy ra 399 vụ phạm tội về trật tự quản lý kinh tế, so với tháng 4/2022 giảm; tăng 52 vụ so với cùng kỳ."
    c = check_at(checks(text, table, "2022-05"), text, "52")
    assert c.source is None or c.source["column"] != "ky_truoc", (c.verdict, c.source)


# zf-toan-quoc-hiv-aids-phat-hien-2014-10 (Cục Phòng, chống HIV/AIDS): three rows, one sentence, one dated base
_HIV = ("STT,Chỉ tiêu,ĐVT,Tháng 10/2014,Tháng 9/2014\n"
        "1,Người nhiễm HIV phát hiện mới,trường hợp,980,1.034\n"
        "2,Bệnh nhân AIDS phát hiện mới,trường hợp,534,786\n"
        "3,Tử vong do HIV/AIDS,trường hợp,144,219\n")
_HIV_TEXT = ("Cụ thể, so với tháng 9/2014, số người có HIV được phát hiện tháng 10/2014 giảm 5,2% (54 trường hợp), "
             "số bệnh nhân AIDS giảm 32% (252 trường hợp), số trường hợp tử vong giảm 34,2% (75 trường hợp).")


def test_each_change_of_a_sentence_is_read_against_the_row_its_own_phrase_names(tmp_path):
    table = csv_table(tmp_path, _HIV, "2014-10")
    got = checks(_HIV_TEXT, table, "2014-10")
    for needle, row in (("5,2%", "1"), ("54", "1"), ("32%", "2"), ("252", "2"), ("34,2%", "3"), ("75", "3")):
        c = check_at(got, _HIV_TEXT, needle)
        assert c.verdict == "derived" and c.source["ma"].endswith(row), (needle, c.verdict, c.source, c.reason)
    wrong = _HIV_TEXT.replace("(75 trường hợp)", "(57 trường hợp)")
    c = check_at(checks(wrong, table, "2014-10"), wrong, "57")
    assert c.verdict == "unsupported" and c.source["ma"].endswith("3"), (c.verdict, c.source)


# zc-ben-tre-toa-an-an-dan-su-2021 (TAND tỉnh Bến Tre): "TAND TỈNH" has no word of its own once the stop words go
_COURT = ("STT,Chỉ tiêu,ĐVT,Năm 2021\nI,TAND HAI CẤP,,\n1,Án dân sự thụ lý,vụ,7.990\n2,Án dân sự đã giải quyết,vụ,6.260\n"
          "II,TAND TỈNH,,\n1,Thụ lý,vụ,469\n2,Đã giải quyết,vụ,356\n"
          "III,ÁN HÔN NHÂN GIA ĐÌNH (TAND HAI CẤP),,\n1,Thụ lý,vụ,4.141\n2,Đã giải quyết,vụ,3.793\n")
_COURT_TEXT = ("Năm 2021, TAND hai cấp thụ lý 7.990 vụ án dân sự, giải quyết 6.260 vụ. Trong đó: TAND tỉnh thụ lý 469 "
               "vụ, đã giải quyết 356 vụ. Về án hôn nhân gia đình: TAND hai cấp thụ lý 4.141 vụ án; giải quyết 3.793 vụ.")


def test_a_group_with_no_word_of_its_own_is_not_named_away(tmp_path):
    table = csv_table(tmp_path, _COURT, "2021")
    got = checks(_COURT_TEXT, table, "2021")
    for needle in ("469", "356", "4.141", "3.793"):
        assert check_at(got, _COURT_TEXT, needle).verdict == "supported", needle
    wrong = _COURT_TEXT.replace("đã giải quyết 356", "đã giải quyết 365")
    assert check_at(checks(wrong, table, "2021"), wrong, "365").verdict == "unsupported"


# yb-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2021-10 (Công an TP.HCM): a base named "thời gian liền kề"
_HCM = ("STT,Chỉ tiêu,ĐVT,Từ 01/10 - 28/10/2021,So với cùng kỳ năm 2020: tăng (+)/giảm (-),"
        "So với thời gian liền kề (03/9 - 30/9/2021): tăng (+)/giảm (-),So với thời gian liền kề (%)\n"
        "1,Phạm pháp hình sự,vụ,216,-78,+96,+80\n1.1,Cướp giật tài sản,vụ,26,-22,+16,+160\n"
        "1.2,Trộm cắp tài sản,vụ,98,-29,+40,\"+68,97\"\n")
_HCM_TEXT = ("Từ ngày 1/10 - 28/10 xảy ra 216 vụ phạm pháp hình sự (giảm 78 vụ so với cùng kỳ năm 2020; tăng 96 vụ, "
             "tương đương 80% so với thời gian liền kề từ 3/9 - 30/9); Tội phạm cướp giật tài sản 26 vụ (giảm 22 vụ so "
             "với cùng kỳ và tăng 16 vụ - tương đương 160% so với thời gian liền kề); trộm cắp tài sản xảy ra 98 vụ "
             "(giảm 29 vụ so với cùng kỳ và tăng 40 vụ so với thời gian liền kề - tương đương 68,97%).")


def test_the_adjacent_period_is_the_previous_edition_in_the_sheet_and_the_text(tmp_path):
    table = csv_table(tmp_path, _HCM, "2021-10")
    got = checks(_HCM_TEXT, table, "2021-10")
    for needle in ("96", "80%", "16 vụ -", "160%", "40 vụ so", "68,97%"):
        c = check_at(got, _HCM_TEXT, needle)
        assert c.verdict == "derived" and c.source["column"] == "ky_truoc", (needle, c.verdict, c.reason)
    wrong = _HCM_TEXT.replace("tương đương 160%", "tương đương 106%")
    assert check_at(checks(wrong, table, "2021-10"), wrong, "106%").verdict == "unsupported"


# yb-toan-quoc-bo-cong-an-toi-pham-2020-10: a group row with its own value under a numbered heading naming it
_GROUPS = ("STT,Chỉ tiêu,ĐVT,Tháng 10/2020\nI,Tội phạm về trật tự xã hội,,\n1,Số vụ xảy ra,vụ,3.802\n"
           "2,Số vụ khám phá,vụ,3.148\nII,Tội phạm về trật tự quản lý kinh tế,vụ,694\nIII,Tội phạm về môi trường,vụ,241\n")
_GROUPS_TEXT = ("1. Số vụ phạm tội về trật tự xã hội:\nToàn quốc xảy ra 3.802 vụ; khám phá 3.148 vụ.\n"
                "2. Số vụ phạm tội về trật tự quản lý kinh tế:\nToàn quốc xảy ra 694 vụ.\n"
                "3. Số vụ phạm tội về môi trường:\nToàn quốc xảy ra 241 vụ.\n")


def test_the_numbered_heading_names_the_row_of_a_number_under_it(tmp_path):
    table = csv_table(tmp_path, _GROUPS, "2020-10")
    got = checks(_GROUPS_TEXT, table, "2020-10")
    for needle in ("3.802", "694", "241"):
        assert check_at(got, _GROUPS_TEXT, needle).verdict == "supported", needle
    wrong = _GROUPS_TEXT.replace("xảy ra 694 vụ", "xảy ra 241 vụ")   # the next group's value under this heading
    assert check_at(checks(wrong, table, "2020-10"), wrong, "241 vụ.\n3").verdict != "supported"


def test_not_figures_of_a_yearbook_page_a_fund_and_an_office_list():
    from service.checker import extract_numbers
    kinds = lambda t: [(m.raw.strip(), m.kind, m.is_figure) for m in extract_numbers(t)]
    # yb-da-nang-cuc-thong-ke-hoat-dong-tu-phap-2018-2022: a posting date and time, not a phone number
    assert kinds("Hoạt động tư pháp Đăng ngày 06-12-2023 14:52, Lượt xem: 2")[:2] == [
        ("06-12-2023", "date", False), ("14:52", "time", False)]
    assert kinds("Liên hệ 0913.456.789 hoặc 0263 3822 123")[0][1] == "contact"
    # yb-quang-nam-mttq-quy-vi-nguoi-ngheo-thang-cao-diem-2021: a span's first day and month before the full date
    got = kinds("Tháng cao điểm “Vì người nghèo” (17.10 - 18.11.2021); trong đó cấp tỉnh hơn 4 tỷ đồng")
    assert got[0] == ("17.10", "date", False) and got[-1][2]
    # yb-toan-quoc-tong-cuc-thads-chi-cuc-dat-thap-2018-8t: a district's office after an abbreviation
    assert kinds("- Chi cục THADS quận 4: Tổng số thụ lý về tiền")[0][2] is False
    assert kinds("Mặt trận 9 ấp")[0][2] is True


_THADS = "STT,Chỉ tiêu,ĐVT,8 tháng năm 2018,Chỉ tiêu giao\nA,Tỷ lệ thi hành án về tiền,%,\"16,58\",32\n"
_THADS_TEXT = ("Kết quả THADS về tiền đạt tỷ lệ 16,58%, còn thiếu trên 15,42% so với chỉ tiêu của Tổng cục giao là "
               "trên 32%. Cụ thể như sau:\n1.Cục THADS TP.Hà Nội: 03 Chi cục:\n"
               "        - Chi cục THADS quận Ba Đình: kết quả đạt 3,26%;\n"
               "        - Chi cục THADS quận Hoàn Kiếm: kết quả đạt 7,36%;\n"
               "        - Chi cục THADS quận Tây Hồ: kết quả đạt 7,43%.\n2. Cục THADS TP. Hồ Chí Minh: 04 Chi cục:\n"
               "        - Chi cục THADS quận 4: kết quả đạt 5%")


def test_a_gap_to_a_target_said_after_it_and_the_count_of_a_list(tmp_path):
    table = csv_table(tmp_path, _THADS, "2018-8T")
    got = checks(_THADS_TEXT, table, "2018-8T")
    assert check_at(got, _THADS_TEXT, "15,42%").verdict == "derived"
    assert check_at(got, _THADS_TEXT, "03 Chi").verdict == "derived"
    assert check_at(got, _THADS_TEXT, "04 Chi").verdict == "unverified"   # the page ends inside the list
    wrong = _THADS_TEXT.replace("15,42%", "14,42%").replace("03 Chi cục", "05 Chi cục")
    got = checks(wrong, table, "2018-8T")
    assert check_at(got, wrong, "14,42%").verdict == "unsupported"
    assert check_at(got, wrong, "05 Chi").verdict == "unsupported"


def test_a_number_with_more_decimals_than_any_table_is_checked_not_crashed():
    # found by checker round 31's swap script: a number of 28 decimals made Decimal's rounding fail, and the whole
    # text's figures fell to "unchecked"; the other figures keep their verdicts, the long one is flagged
    from decimal import Decimal
    from service.checker import check_text
    from service.figures.model import Figure, FigureTable
    table = FigureTable([Figure("A", "Số vụ", "vụ", Decimal(5))], period="2024")
    report = check_text("Năm 2024 xảy ra 6,0000000000000000000000000001234 vụ và 5 vụ.", table)
    got = {n.text: n.verdict for n in report.numbers}
    assert got["6,0000000000000000000000000001234"] == "unsupported" and got["5"] == "supported"


# The final batch's measure (in-sample, after it): yc-lam-dong-cong-an-tinh-toi-pham-trat-tu-xa-hoi-2015-2020
_FIVE = "STT,Chỉ tiêu,ĐVT,2015-2020,Cùng kỳ (5 năm liền kề)\n1,Tội phạm về trật tự xã hội,vụ,3.389,3.599\n2,Trọng án,vụ,194,359\n"
_FIVE_TEXT = ("Trong 5 năm, tội phạm về trật tự xã hội trên địa bàn tỉnh đã giảm rõ rệt, giảm 5,83% (3.389/3.599 vụ). "
              "Trọng án giảm 165 vụ, giảm 45,96% (194/359 vụ) so với 5 năm liền kề.")


def test_a_rate_of_change_with_its_two_values_in_brackets_is_no_share(tmp_path):
    table = csv_table(tmp_path, _FIVE, "2015-2020")
    got = checks(_FIVE_TEXT, table, "2015-2020")
    for needle in ("5,83%", "45,96%", "3.389", "3.599", "194", "359"):
        assert not check_at(got, _FIVE_TEXT, needle).is_problem, needle
    wrong = _FIVE_TEXT.replace("giảm 45,96%", "giảm 54,04%")   # the share read as the change: still wrong
    assert check_at(checks(wrong, table, "2015-2020"), wrong, "54,04%").is_problem


def test_a_part_typed_as_a_digit_and_another_year_in_brackets():
    from service.checker import extract_numbers
    # yc-gia-lai-kbang-tong-ket-kinh-te-xa-hoi-2020: "1 bộ phận" typed for "một bộ phận"
    got = [(m.raw, m.is_figure) for m in extract_numbers("đời sống 1 bộ phận bà con dân tộc thiểu số còn khó khăn")]
    assert got == [("1", False)]
    assert [m.is_figure for m in extract_numbers("thành lập 1 bộ phận một cửa")] == [True]


def test_another_year_named_in_the_numbers_own_clause(tmp_path):
    # yc-toan-quoc-tong-cuc-thue-thu-ngan-sach-2016-9t: the years before, in brackets, beside a row the sentence is about
    table = csv_table(tmp_path, "Chỉ tiêu,Đơn vị tính,Ước thực hiện 9 tháng,Tỷ lệ so với dự toán (%)\n"
                                "Thu nội địa,tỉ đồng,568.130,\"75,2\"\n", "2016-9T")
    text = ("Thu nội địa ước đạt 568.130 tỉ đồng, bằng 75,2% so với dự toán, thấp hơn các năm gần đây (năm 2015 đạt "
            "76,2%; năm 2014 đạt 76,6%).")
    got = checks(text, table, "2016-9T")
    for needle in ("76,2%", "76,6%"):
        c = check_at(got, text, needle)
        assert (c.verdict, c.kind) == ("not_a_figure", "other-period"), (needle, c.verdict)
    wrong = text.replace("bằng 75,2%", "bằng 76,2%")
    assert check_at(checks(wrong, table, "2016-9T"), wrong, "76,2% so").is_problem
