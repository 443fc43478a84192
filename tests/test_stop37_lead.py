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
