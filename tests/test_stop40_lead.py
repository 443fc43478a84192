"""The lead's rules of stop 40, from the working batch ``yh-*`` (in-sample from here): a measure spelled out after its
scale word; a number in words whose last word is an hour; a classifier unit names no thing of its own; a holiday named
by its day; hotels graded by stars in a range or a list."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, csv_table, dummy  # noqa: F401 (a fixture)

_HEAD = "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n"


def _verdict(tmp_path, rows: str, text: str, at: str, period: str = "2017") -> str:
    table = csv_table(tmp_path, _HEAD + rows, period)
    c = check_at(checks(text, table, period), text, at)
    return c.verdict


# yh-quang-nam-phong-canh-sat-pccc-cnch-cuu-nan-tuyen-truyen-2015-2017; the held-out Đắk Nông land gift
# («Tham gia hiến đất được trên 35,4 nghìn mét vuông đất»); a GSO forestry line («trồng rừng đạt 260,6 nghìn héc ta»)
def test_a_measure_spelled_out_after_its_scale_word(tmp_path):
    for rows, text, at, wrong in (
            ("A1,Diện tích nhà và công trình được cứu,m2,50.000\n",
             "Cứu và bảo vệ an toàn hơn 50 nghìn mét vuông nhà và công trình, tài sản.", "50 nghìn", "60 nghìn"),
            ("A1,Diện tích đất nhân dân hiến,m2,35.400\n",
             "Tham gia hiến đất được trên 35,4 nghìn mét vuông đất, ủng hộ ngày công.", "35,4 nghìn", "36,4 nghìn"),
            ("A1,Diện tích rừng trồng mới,ha,260.600\n",
             "Trồng rừng đạt 260,6 nghìn héc ta, tăng so với cùng kỳ.", "260,6 nghìn", "206,6 nghìn")):
        assert _verdict(tmp_path, rows, text, at) == "supported", text
        bad = text.replace(at, wrong)
        assert _verdict(tmp_path, rows, bad, wrong) == "unsupported", bad


# yh-quang-nam-phong-canh-sat-pccc: «tuyên truyền lưu động về PCCC 96 lượt trong gần bốn trăm mười tám giờ»
def test_a_number_in_words_ending_in_an_hour_is_the_whole_number(tmp_path):
    rows = "A1,Tuyên truyền lưu động - thời lượng,giờ,420\n"
    right = "Tổ chức tuyên truyền lưu động về PCCC trong gần bốn trăm hai mươi giờ tại các địa phương."
    assert _verdict(tmp_path, rows, right, "bốn trăm hai mươi") == "supported"
    wrong = right.replace("bốn trăm hai mươi", "bốn trăm mười tám")
    assert _verdict(tmp_path, rows, wrong, "bốn trăm mười tám") == "unsupported"
    # a spelled hour standing alone is still a length of time (a cash machine's downtime)
    from service.checker import extract_numbers
    got = {m.raw.strip(): m.is_figure for m in extract_numbers(
        "máy bị hết tiền quá bốn giờ đối với máy trong nội ô và tám giờ đối với máy ở xa")}
    assert got.get("bốn") is False and got.get("tám") is False, got


# yh-ninh-thuan-ninh-son-ubmttq: «đã hỗ trợ xây dựng 3.428 nhà ở cho hộ nghèo» in a row of «căn»; «18 ngôi nhà Đại
# đoàn kết» counted in a row of «ngôi» as «18 nhà»
def test_a_classifier_unit_names_no_thing_of_its_own(tmp_path):
    for rows, text, at in (
            ("A1,Nhà ở hỗ trợ xây dựng cho hộ nghèo,căn,3.428\n",
             "Từ nguồn quỹ trên, đã hỗ trợ xây dựng 3.428 nhà ở cho hộ nghèo, với tổng số tiền trên 21 tỷ đồng.",
             "3.428"),
            ("A1,Nhà Đại đoàn kết xây dựng mới,ngôi,18\n",
             "Đoàn cũng đã triển khai xây dựng 18 nhà Đại đoàn kết cho các hộ khó khăn.", "18")):
        assert _verdict(tmp_path, rows, text, at) == "supported", text
        bad = text.replace(at, at[:-1] + "9")
        assert _verdict(tmp_path, rows, bad, at[:-1] + "9") == "unsupported", bad
    # a person is still no «căn»
    assert _verdict(tmp_path, "A1,Nhà ở hỗ trợ xây dựng cho hộ nghèo,căn,3.428\n",
                    "Đã hỗ trợ 3.428 người nghèo.", "3.428") == "unsupported"


# yh-nhieu-tinh-nganh-du-lich-khach-nghi-le-30-4-2025-04 («Hai ngày đầu kỳ nghỉ lễ 30/4»); the held-out transport
# page («phục vụ hành khách đi lại dịp nghỉ lễ 30/4 và 1/5»); Quốc khánh, Tết Dương lịch
def test_a_holiday_named_by_its_day(dummy):
    from service.checker import extract_numbers
    for text, raw in (("Hai ngày đầu kỳ nghỉ lễ 30/4, nhiều tỉnh thành ghi nhận lượng khách tăng.", "30/4"),
                      ("Trong dịp lễ 2/9 vừa qua, tỉnh đón 20.000 lượt khách.", "2/9"),
                      ("Dịp Tết Dương lịch 1/1, khách tăng.", "1/1"),
                      ("nhân kỷ niệm 19/5, trao 12 suất quà", "19/5")):
        got = {m.raw.strip(): (m.is_figure, m.kind) for m in extract_numbers(text)}
        assert got.get(raw) == (False, "date"), (text, got)
    # a part over its whole after «dịp» stays a fraction
    got = {m.raw.strip(): m.kind for m in extract_numbers("nhân dịp 3/5 xã đạt chuẩn")}
    assert got.get("3") != "date", got


# yh-nhieu-tinh-nganh-du-lich: «Công suất sử dụng phòng khách sạn từ 3 đến 5 sao đạt trên 90%»
def test_hotels_graded_by_stars_in_a_range_or_a_list(dummy):
    from service.checker import extract_numbers
    for text, raws in (("Công suất sử dụng phòng khách sạn từ 3 đến 5 sao đạt trên 90%.", ("3 đến 5",)),
                       ("Các khách sạn 4 sao và 5 sao kín phòng.", ("4", "5"))):
        got = {m.raw.strip(): (m.is_figure, m.kind) for m in extract_numbers(text)}
        for raw in raws:
            assert got.get(raw) == (False, "name"), (text, got)
    got = {m.raw.strip(): m.is_figure for m in extract_numbers("có 12 khách sạn 3 sao trở lên")}
    assert got.get("12") is True, got


# yh-ninh-thuan-ninh-son-ubmttq-huyen-ngay-vi-nguoi-ngheo-2000-2015 (a column «Giai đoạn 2000 - 2015»: the campaign's
# fifteen years) and the held-out zo-quang-nam-tien-phuoc-hoi-nan-nhan-da-cam-2012-2023 (a term of eleven years): a
# span the title calls one is the column's period however long, and a period typed as a span is read so
def test_a_long_span_named_as_one_is_a_period(tmp_path):
    from service.errors import InputError
    from service.periods import parse_period
    for typed, code in (("nhiệm kỳ 2001 - 2016", "2001-2016"), ("giai đoạn 2000 - 2015", "2000-2015"),
                        ("Giai đoạn 2016 – 2020", "2016-2020"), ("từ năm 2000 đến năm 2015", "2000-2015")):
        assert parse_period(typed).code == code, typed
    sheet = ("STT,Nội dung,Đơn vị tính,Giai đoạn 2000 - 2015\n"
             "1,Nhà ở hỗ trợ xây dựng cho hộ nghèo,căn,3.428\n")
    table = csv_table(tmp_path, sheet, "2000-2015")
    assert [r.ky_bao_cao for r in _figures(table)] == [3428]
    # bare years fifteen apart are no term of their own: the sheet of one year is still refused for the span
    bare = sheet.replace("Giai đoạn 2000 - 2015", "Năm 2015")
    try:
        csv_table(tmp_path, bare, "2000-2015")
    except InputError as e:
        assert "2015" in str(e)
    else:
        raise AssertionError("a sheet of 2015 loaded for 2000-2015")


def _figures(table):
    return list(table.values()) if isinstance(table, dict) else list(table)


# yh-nhieu-tinh-nganh-du-lich-khach-nghi-le-30-4-2025-04 («… trong đó khách quốc tế hơn 7», the excerpt's end) and the
# held-out zs-lang-son-hai-quan-huu-nghi-thu-ngan-sach-2025-11t («… đồng thời vượt 101»)
def test_a_number_the_text_stops_on_mid_sentence_is_unverified(tmp_path):
    rows = "A1,Lượt khách,lượt,57.500\nA2,Thu ngân sách,tỷ đồng,5.050\n"
    for text, at in (("Thị xã đón hơn 57.500 lượt khách, trong đó khách quốc tế hơn 7", "hơn 7"),
                      ("Thu ngân sách vượt chỉ tiêu được giao (5.000 tỷ đồng), đồng thời vượt 101", "vượt 101")):
        table = csv_table(tmp_path, _HEAD + rows, "2025")
        c = check_at(checks(text, table, "2025"), text, at, shift=len(at.split()[0]) + 1)
        assert c.verdict == "unverified" and "bị cắt" in c.reason, (text, c.verdict, c.reason)
        # the same number closing its sentence, with its unit, or ending a line saved whole, is checked
        for whole in (text + ".", text + " tỷ đồng", text + "\n"):
            c = check_at(checks(whole, table, "2025"), whole, at, shift=len(at.split()[0]) + 1)
            assert c.verdict == "unsupported", (whole, c.verdict)


# round 23's d08 and zg-vinh-phuc-trong-trot (fig23's note): an index kept as the row's own «…: so với cùng kỳ» (code
# «-TL») = 98,1 is a fall of 1,9%, not a rise of 98,1%
def test_an_index_row_says_its_change_as_the_index_less_100(tmp_path):
    rows = ("A.1,Diện tích gieo trồng cây hàng năm,ha,12.345\n"
            "A.1-TL,Diện tích gieo trồng cây hàng năm: so với cùng kỳ,%,\"98,1\"\n")
    text = "Diện tích gieo trồng cây hàng năm đạt 12.345 ha, giảm 1,9% so với cùng kỳ."
    assert _verdict(tmp_path, rows, text, "1,9%") == "derived"
    for wrong in ("tăng 1,9%", "giảm 1,8%"):
        bad = text.replace("giảm 1,9%", wrong)
        assert _verdict(tmp_path, rows, bad, wrong.split()[1]) == "unsupported", bad


# yh-toan-quoc-tong-cuc-thong-ke-san-luong-thuy-san-2021-10: «Ước tính tháng 10/2021 | Cộng dồn 10 tháng năm 2021 |
# Tháng 10/2021 so với cùng kỳ năm trước (%) | 10 tháng năm 2021 so với cùng kỳ năm trước (%)» — the statistics
# office's indexes (99,8 for «giảm 0,2%»), each the value's in its place; the loader had dropped them
def test_an_index_column_is_kept_as_each_values_index_and_read_by_the_checker(tmp_path):
    sheet = ("STT,Chỉ tiêu,Đơn vị tính,Ước tính tháng 10/2021,Cộng dồn 10 tháng năm 2021,"
             "Tháng 10/2021 so với cùng kỳ năm trước (%),10 tháng năm 2021 so với cùng kỳ năm trước (%)\n"
             "1,Tổng sản lượng thủy sản,nghìn tấn,\"798,1\",\"7.175,4\",\"100,1\",\"99,8\"\n"
             "2,Sản lượng thủy sản khai thác,nghìn tấn,\"306,0\",\"3.363,2\",\"99,0\",\"100,5\"\n")
    table = csv_table(tmp_path, sheet, "2021-10")
    idx = {f.ma: f.ky_bao_cao for f in _figures(table) if f.chi_tieu.endswith(": so với cùng kỳ")}
    assert {k: float(v) for k, v in idx.items()} == {"1-TL": 100.1, "1-LK-TL": 99.8, "2-TL": 99.0, "2-LK-TL": 100.5}
    text = ("Tính chung 10 tháng năm 2021, sản lượng thủy sản ước tính đạt 7.175,4 nghìn tấn, giảm 0,2% so với cùng "
            "kỳ năm trước; sản lượng thủy sản khai thác đạt 3.363,2 nghìn tấn, tăng 0,5%.")
    numbers = checks(text, table, "2021-10")
    assert check_at(numbers, text, "0,2%").verdict == "derived"
    assert check_at(numbers, text, "0,5%").verdict == "derived"
    for wrong in ("giảm 0,3%", "tăng 0,2%"):
        bad = text.replace("giảm 0,2%", wrong)
        assert check_at(checks(bad, table, "2021-10"), bad, wrong.split()[1]).verdict == "unsupported", wrong


# zy-ha-noi-chi-cuc-hai-quan-khu-vuc-i-thu-ngan-sach-2026-2t («Kim ngạch xuất nhập khẩu … đạt khoảng 15,2 tỷ USD, tăng
# 146,5% so với cùng kỳ» beside the index 146,5): the index loosely said as the rise, noted; a plan's rate after a
# running total is no index's (zm-lam-dong-cuc-thue: «lũy kế thu 6.411 tỷ đồng, đạt 116% dự toán Trung ương»)
def test_an_index_said_as_the_rise_is_noted_and_a_plan_rate_is_not_sent_to_an_index(tmp_path):
    rows = ("II.2,Kim ngạch xuất nhập khẩu,tỷ USD,\"15,2\"\n"
            "II.2-TL,Kim ngạch xuất nhập khẩu: so với cùng kỳ,%,\"146,5\"\n")
    text = "Kim ngạch xuất nhập khẩu qua địa bàn đạt khoảng 15,2 tỷ USD, tăng 146,5% so với cùng kỳ năm trước."
    table = csv_table(tmp_path, _HEAD + rows, "2026-2T")
    c = check_at(checks(text, table, "2026-2T"), text, "146,5%")
    assert c.verdict == "supported" and "mức tăng là 46,5%" in c.derivation, (c.verdict, c.derivation)
    assert check_at(checks(text.replace("146,5%", "46,5%"), table, "2026-2T"), text.replace("146,5%", "46,5%"),
                    "46,5%").verdict == "derived"
    bad = text.replace("146,5%", "164,5%")
    assert check_at(checks(bad, table, "2026-2T"), bad, "164,5%").verdict == "unsupported"


# yi- (measured, then read): «Hà Nội giảm từ mức 3,354 tỷ USD của quý I năm ngoái xuống còn 3,15 tỷ USD» — last year's
# value right before its cue (``của quý I năm ngoái``; ``năm ngoái`` is last year as spoken) is the comparison value; the
# cue after a number had never matched (an anchored pattern matched at the number's end)
def test_last_years_value_before_its_cue_is_the_comparison(tmp_path):
    sheet = ("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n"
             "II.7,Hà Nội,tỷ USD,\"3,15\",\"3,354\"\n")
    table = csv_table(tmp_path, sheet, "2020-Q1")
    for text in ("Hà Nội giảm từ mức 3,354 tỷ USD của quý I năm ngoái xuống còn 3,15 tỷ USD.",
                 "Hà Nội 3,354 tỷ USD cùng kỳ, nay 3,15 tỷ USD."):
        c = check_at(checks(text, table, "2020-Q1"), text, "3,354")
        assert c.verdict == "supported", (text, c.verdict, c.reason)
    # this period's number said with a change after it is no comparison value: last year's there is stale
    text = "Hà Nội đạt 3,354 tỷ USD, tăng so với cùng kỳ."
    assert check_at(checks(text, table, "2020-Q1"), text, "3,354").verdict == "stale"
