"""The lead's rules of stop 30, each on real sentences, with a wrong value still caught."""

from __future__ import annotations

from service.checker.check import check_text
from service.figures.load import load_table


def _table(tmp_path, header: str, rows: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return load_table(path, period=period)


def _verdicts(text, table, **kw):
    return {n.text: n for n in check_text(text, table, **kw).numbers}


_RUBBER = ("KẾT QUẢ SẢN XUẤT KINH DOANH 4 THÁNG ĐẦU NĂM 2014\nMã,Chỉ tiêu,Đơn vị tính,Thực hiện tháng 4/2014,Lũy kế 4 tháng 2014",
           "1,Thu mua cao su tiểu điền,tấn,,305\n"
           "2,Sản lượng tiêu thụ mủ thành phẩm,tấn,1464,9386\n"
           "2.1,Trong đó: SVR 10,tấn,685,\n")


def test_a_breakdown_ends_at_an_ellipsis_before_a_new_sentence(tmp_path):
    # zl-binh-duong-cao-su-dau-tieng-san-xuat-kinh-doanh-2014-4t: the month's sales and its part, then the four months'
    table = _table(tmp_path, *_RUBBER, period="2014-4T")
    text = ("Trong tháng 4/2014, công ty tiêu thụ được 1.464 tấn mủ thành phẩm các loại, trong đó loại mủ chiếm tỷ lệ "
            "tiêu thụ cao nhất là SVR 10 (hơn 685 tấn), kế đến là SVR CV 60, SVR 5, SVR CV 50… Lũy kế 4 tháng đầu năm "
            "2014, công ty tiêu thụ được 9.386 tấn mủ.")
    got = _verdicts(text, table, period="2014-4T")
    assert got["1.464 tấn"].verdict == "supported" and got["9.386 tấn"].verdict == "supported"
    # a whole smaller than its own part before the ellipsis is still the suspect
    got = _verdicts(text.replace("1.464 tấn", "305 tấn"), table, period="2014-4T")
    assert got["305 tấn"].verdict == "unsupported"


def test_an_ellipsis_before_a_small_letter_goes_on(tmp_path):
    # ubdt thông tin thị trường số 47/2019: "“Tuần lễ đặc sản Tây Bắc …”… đã tiêu thụ được hơn 20.000 tấn" goes on
    table = _table(tmp_path, *_RUBBER, period="2014-4T")
    text = ("Công ty tiêu thụ được 305 tấn mủ, trong đó các tuần lễ như “Tuần lễ vải thiều Bắc Giang”… đã tiêu thụ "
            "được hơn 1.464 tấn mủ thành phẩm.")
    assert _verdicts(text, table, period="2014-4T")["305 tấn"].verdict == "unsupported"


_SOTRANS = ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KINH DOANH QUÝ 3 NĂM 2011\nĐơn vị tính: đồng\n"
            "Chỉ tiêu,Mã số,Quý 3/2011\n"
            "1. Doanh thu bán hàng và cung cấp dịch vụ,01,148.616.478.018\n"
            "2. Các khoản giảm trừ doanh thu,02,0\n"
            "4. Giá vốn hàng bán,11,119.829.423.462\n"
            "7. Chi phí tài chính,22,(156.817.731)\n"
            "13. Lợi nhuận khác (40=31-32),40,-4.501.532\n")


def test_an_account_pasted_in_english_notation_is_checked_by_value(tmp_path):
    # zm-tp-ho-chi-minh-sotrans-ket-qua-kinh-doanh-2011-q3: a company's statement pasted as text, commas grouping
    path = tmp_path / "bang.csv"
    path.write_text(_SOTRANS, encoding="utf-8")
    table = load_table(path, period="2011-Q3")
    assert {f.ma: f.ky_bao_cao for f in table.figures}["22"] == -156817731   # an accountant's brackets: negative
    text = ("Chỉ tiêu QUÝ 3/ 2011\n1. Doanh thu bán háng và cung cấp dịch vụ 148,616,478,018\n2. Các khoản giảm trừ 0\n"
            "3.Doanh thu thuần về bán hàng và cung cấp dịch vụ (10=01-03) 148,616,478,018\n"
            "4. Giá vốn hàng bán 119,829,423,462\n7. Chi phí hoạt động tài chính -156,817,731\n"
            "13. Lợi nhuận khác (40=31-32) -4,501,532\n")
    got = check_text(text, table, period="2011-Q3")
    verdicts = {(n.text, n.start): n.verdict for n in got.numbers}
    assert not got.problems, [(n.text, n.reason) for n in got.problems]
    assert verdicts[("(10=01-03)", text.index("(10=01-03)"))] == "not_a_figure"
    wrong = check_text(text.replace("119,829,423,462", "119,829,423,463"), table, period="2011-Q3")
    assert [n.text for n in wrong.problems] == ["119,829,423,463"]
    # a Vietnamese text with one number grouped the English way is still told so
    mixed = "Doanh thu bán hàng đạt 148.616.478.018 đồng; giá vốn hàng bán 119,829,423,462 đồng."
    assert [n.text for n in check_text(mixed, table, period="2011-Q3").problems] == ["119,829,423,462 đồng"]


def test_line_formulas_of_a_statement_are_codes(tmp_path):
    # cafef, Công ty cổ phần Sách và Thiết bị trường học Long An, kết quả kinh doanh quý 3/2023
    table = _table(tmp_path, "Chỉ tiêu,Mã số,Đơn vị tính,Quý 3/2023",
                   "Lợi nhuận gộp về bán hàng và cung cấp dịch vụ,20,đồng,1711032267\n"
                   "Lợi nhuận thuần từ hoạt động kinh doanh,30,đồng,395306022\n"
                   "Lợi nhuận khác,40,đồng,-1201230\n", period="2023-Q3")
    text = ("5. Lợi nhuận gộp về bán hàng và cung cấp dịch vụ(20=10-11) |\n1,711,032,267 |\n"
            "11. Lợi nhuận thuần từ hoạt động kinh doanh{30=20+(21-22) + 24 - (25+26)} |\n395,306,022 |\n"
            "14. Lợi nhuận khác(40=31-32) |\n-1,201,230 |\n")
    got = check_text(text, table, period="2023-Q3")
    assert not got.problems, [(n.text, n.reason) for n in got.problems]
    codes = {n.text: n.verdict for n in got.numbers if n.kind == "reference"}
    assert codes == {"(20=10-11)": "not_a_figure", "{30=20+(21-22) + 24 - (25+26)}": "not_a_figure",
                     "(40=31-32)": "not_a_figure"}
    # one-digit arithmetic is no formula of lines
    assert [n.text for n in check_text("Tổng cộng (2 = 1 + 1) hộ.", table, period="2023-Q3").numbers
            if n.verdict == "not_a_figure" and n.kind == "reference"] == []


def test_line_numbers_in_brackets_joined_by_signs_are_a_formula(tmp_path):
    # cophieu68: financial details of MST and TMB, lines written with the formula of their line numbers
    table = _table(tmp_path, "Chỉ tiêu,Đơn vị tính,Năm 2023", "Doanh thu thuần,triệu đồng,41718811\n", period="2023")
    for text in ("| 11. Lợi nhuận thuần từ hoạt động kinh doanh (5)+(6)-(7)+(8)-(9)-(10) | 22,988 | -38,352 |",
                 "| 3. Doanh thu thuần (1)-(2) | 41,718,811 | 37,113,183 |"):
        kinds = {n.text: n.kind for n in check_text(text, table, period="2023").numbers}
        assert kinds.get("(5)+(6)-(7)+(8)-(9)-(10)", kinds.get("(1)-(2)")) == "reference", kinds


def test_an_excess_over_a_plan_the_table_keeps_as_a_rate(tmp_path):
    # zm-binh-thuan-bao-tang-tinh-khach-tham-quan-2023: the plan is not kept, its rate is (104%)
    table = _table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Thực hiện năm 2023,Tỷ lệ so kế hoạch (%)",
                   "1,Lượt khách tham quan,lượt,197000,121\n2,\"Thu phí, lệ phí tham quan\",tỷ đồng,\"2,3\",104\n",
                   period="2023")
    text = "Thu phí, lệ phí tham quan đạt hơn 2,3 tỷ đồng, vượt chỉ tiêu giao 4%."
    got = _verdicts(text, table, period="2023")
    assert got["4%"].verdict == "derived" and "104" in got["4%"].derivation
    assert _verdicts(text.replace("4%", "5%"), table, period="2023")["5%"].verdict == "unsupported"
    # another row's excess (121% − 100%) is not this row's
    assert _verdicts(text.replace("4%", "21%"), table, period="2023")["21%"].verdict == "unsupported"


_TAX = ("Mã,Chỉ tiêu,ĐVT,Thực hiện tháng 8,Lũy kế 8 tháng\n"
        "A,TỔNG THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN,tỷ đồng,\"1.018,1\",\"9.950,3\"\n"
        "A.1,Thu từ thuế phí,tỷ đồng,\"597,8\",6.411\n"
        "B,VĂN PHÒNG CỤC THUẾ QUẢN LÝ,tỷ đồng,\"489,1\",\"4.652,3\"\n"
        "B.1,Thuế phí,tỷ đồng,\"308,4\",\"3.307,3\"\n"
        "C,CÁC CHI CỤC THUẾ QUẢN LÝ,tỷ đồng,\"493,7\",\"5.003,9\"\n"
        "C.1,Thuế phí,tỷ đồng,\"289,4\",\"3.103,7\"\n")


def test_the_group_a_paragraph_names_owns_its_rows_value(tmp_path):
    # zm-lam-dong-cuc-thue-thu-ngan-sach-2022-08: the province's tax and fees, then the department's branches'
    table = _table(tmp_path, "KẾT QUẢ THU NGÂN SÁCH NHÀ NƯỚC THÁNG 8 VÀ 8 THÁNG NĂM 2022\n" + _TAX.split("\n", 1)[0],
                   _TAX.split("\n", 1)[1], period="2022-08")
    text = ("Trong đó, thu từ thuế phí, tháng 8 là 597,8 tỷ đồng; lũy kế thu 6.411 tỷ đồng.\n\n"
            "Tại các Chi cục Thuế, tháng 8 thu 493,7 tỷ đồng; lũy kế thu 5.003,9 tỷ đồng. Trong đó, thuế phí tháng 8 "
            "thu 289,4 tỷ đồng; lũy kế thu 3.103,7 tỷ đồng.")
    got = check_text(text, table, period="2022-08")
    assert not got.problems, [(n.text, n.reason) for n in got.problems]
    # the department's office's value in the branches' paragraph is still a swap
    swapped = check_text(text.replace("lũy kế thu 3.103,7", "lũy kế thu 3.307,3"), table, period="2022-08")
    assert [n.text for n in swapped.problems] == ["3.307,3 tỷ đồng"]


def test_an_amount_per_unit_is_one_stated_row_over_another(tmp_path):
    # zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024: head of cattle per household
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Thực hiện",
                   "II.1,Số hộ chăn nuôi gia súc lớn,hộ,41944\nII.2,Tổng đàn gia súc lớn,con,125494\n"
                   "II.3,Số hộ có chuồng trại đảm bảo phòng chống rét,hộ,33755\n")
    text = ("Hiện nay trên địa bàn tỉnh, tổng số hộ chăn nuôi gia súc lớn là 41.944 hộ với 125.494 con; số đầu gia súc "
            "bình quân 2,99 con/hộ. 33.755 hộ chăn nuôi có chuồng trại đảm bảo phòng chống rét.")
    got = _verdicts(text, table)
    assert got["2,99"].verdict == "derived" and "II.2/II.1" in got["2,99"].derivation
    assert _verdicts(text.replace("2,99", "2,89"), table)["2,89"].verdict == "unsupported"
    # the quotient of rows the paragraph does not state is no proof
    alone = "Số đầu gia súc bình quân 3,72 con/hộ."
    assert _verdicts(alone, table)["3,72"].verdict == "unsupported"


def test_a_change_the_table_keeps_as_a_rate_row_is_read_from_it(tmp_path):
    # ze-thua-thien-hue-cap-nuoc-2020: the rate of change kept as a row (no last year's value), the text naming the year
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Năm 2020",
                   "1,Sản lượng nước thương phẩm,m3,54390000\n"
                   "1.a,Tốc độ tăng sản lượng nước thương phẩm so với năm trước,%,\"4,56\"\n", period="2020")
    text = "Sản lượng nước thương phẩm đạt 54,39 triệu m3, tăng 4,56% so với năm 2019."
    assert _verdicts(text, table, period="2020")["4,56%"].verdict in ("supported", "derived")
    assert _verdicts(text.replace("4,56%", "4,66%"), table, period="2020")["4,66%"].verdict == "unsupported"
    assert _verdicts(text.replace("tăng 4,56%", "giảm 4,56%"), table, period="2020")["4,56%"].verdict == "unsupported"


def test_the_final_batchs_notation(tmp_path):
    from service.checker.extract import extract_numbers

    def kinds(text):
        return [(m.raw, m.is_figure) for m in extract_numbers(text)]

    # zn-tuyen-quang-chong-buon-lau-389-2025-11: a body named by its number, in brackets too
    assert kinds("… và hàng giả (Ban Chỉ đạo 389) tỉnh đã phát hiện 162 vụ") == [("389", False), ("162", True)]
    assert kinds("Thời gian tới, Ban Chỉ đạo 389 tỉnh tiếp tục triển khai") == [("389", False)]
    # zn-quang-nam-nui-thanh-xa-tam-xuan-2-dai-hoi-dang-bo-2015-2020: two days joined by '&', a commune named with a
    # number
    assert kinds("(QNO) - Ngày 4 & 5.3, Đảng bộ xã Tam Xuân 2 (Núi Thành) tổ chức Đại hội") == [
        ("4", False), ("5.3", False), ("2", False)]
    assert kinds("Ngày 4, 5/3, Đảng bộ xã tổ chức.") == [("4", False), ("5/3", False)]
    assert kinds("xã Phước Hòa 125 hộ nghèo") == [("125", True)]


def test_the_level_a_counted_group_reached_is_no_figure(tmp_path):
    from service.checker.extract import extract_numbers

    def kinds(text):
        return [(m.raw, m.is_figure) for m in extract_numbers(text)]

    # zn-tp-ho-chi-minh-chi-cuc-phat-trien-nong-thon-2015-8t; zn-quang-nam-nui-thanh-xa-tam-xuan-2-dai-hoi-dang-bo
    assert kinds("+ Có 06/56 xã đạt 18/19 tiêu chí.") == [("06", True), ("56", True), ("18/19", False)]
    assert kinds("có 1 thôn đạt 10/10 tiêu chí, 3 thôn đạt 9/10 tiêu chí;") == [
        ("1", True), ("10/10", False), ("3", True), ("9/10", False)]
    # one commune's own criteria are its figure
    assert kinds("Xã đã đạt 15/19 tiêu chí.") == [("15", True), ("19", True)]


def test_a_pair_in_a_rows_label_names_that_row(tmp_path):
    # zn-quang-nam-nui-thanh-xa-tam-xuan-2-dai-hoi-dang-bo-2015-2020: 'Thôn đạt 9/10 tiêu chí' = 3
    table = _table(tmp_path, "STT,Chỉ tiêu,Đơn vị tính,Kết quả",
                   "5,Số thôn thực hiện xây dựng khu dân cư nông thôn mới kiểu mẫu,thôn,4\n"
                   ",Trong đó: thôn đạt 10/10 tiêu chí,thôn,1\n,Thôn đạt 9/10 tiêu chí,thôn,3\n")
    text = ("Có 4 thôn thực hiện xây dựng khu dân cư nông thôn mới kiểu mẫu có 1 thôn đạt 10/10 tiêu chí, 3 thôn đạt "
            "9/10 tiêu chí; các thôn còn lại đang thực hiện.")
    assert not check_text(text, table).problems
    swapped = check_text(text.replace("3 thôn đạt", "1 thôn đạt", 1).replace("có 1 thôn", "có 3 thôn", 1), table)
    assert len(swapped.problems) >= 1


_MEDIATION = ("Mã,Chỉ tiêu,Đơn vị tính,Giai đoạn 2014-2023",
              "I.1,Số vụ việc hòa giải tiếp nhận,\"vụ, việc\",1364806\nR-6,Bình quân mỗi năm,\"vụ, việc/năm\",136481\n"
              "I.2,Số vụ việc đã tiến hành hòa giải,\"vụ, việc\",1350533\nI.3,Số vụ việc hòa giải thành,\"vụ, việc\",1096572\n"
              "R-9,Bình quân mỗi năm,\"vụ, việc/năm\",109657\nI.4,Tỷ lệ hòa giải thành,%,\"81,2\"\n")


def test_one_year_of_a_terms_report_and_a_yearly_average(tmp_path):
    # zn-toan-quoc-hoa-giai-o-co-so-2014-2023: ten years' mediation, the last year said apart, averages per year
    table = _table(tmp_path, *_MEDIATION, period="2014-2023")
    text = ("Từ tháng 01/2014 đến tháng 12/2023, cả nước tiếp nhận 1.364.806 vụ, việc hòa giải (trung bình 136.481 vụ, "
            "việc/năm), trong đó, hòa giải thành 1.096.572/1.350.533 vụ, việc đã tiến hành hòa giải (trung bình "
            "109.657 vụ, việc/năm), đạt tỷ lệ 81,2%, riêng năm 2023, tỷ lệ hòa giải thành đạt 85,13%.")
    got = check_text(text, table, period="2014-2023")
    assert not got.problems, [(n.text, n.reason) for n in got.problems]
    assert {n.text: n.verdict for n in got.numbers}["85,13%"] == "not_a_figure"
    # the term's own rate is still checked
    wrong = check_text(text.replace("đạt tỷ lệ 81,2%", "đạt tỷ lệ 82,1%"), table, period="2014-2023")
    assert [n.text for n in wrong.problems] == ["82,1%"]
