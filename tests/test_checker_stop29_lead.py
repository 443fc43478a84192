"""The lead's rules of stop 29, each on real sentences from two sources or more, with a wrong value still caught."""

from __future__ import annotations

from service.checker.check import check_text
from service.figures.load import load_table


def _table(tmp_path, header: str, rows: str, period: str | None = None):
    path = tmp_path / "bang.csv"
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return load_table(path, period=period)


def _verdicts(text, table, **kw):
    return {n.text: n for n in check_text(text, table, **kw).numbers}


def test_what_a_sentence_says_after_taking_an_amount_out_is_no_figure(tmp_path):
    # zi-toan-quoc-petrolimex-ket-qua-kinh-doanh-2017-q1
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Quý I/2017,Quý I/2016",
                   "LN,Tổng lợi nhuận hợp nhất trước thuế,tỷ đồng,1350,1372\n", period="2017-Q1")
    text = ("Tổng lợi nhuận hợp nhất trước thuế là 1.350 tỷ đồng, bằng 98,4% so với cùng kỳ. Nếu loại trừ 170 tỷ đồng "
            "trong Quý I/2016 do điều chỉnh thuế suất ưu đãi theo kết luận của Kiểm toán Nhà nước thì lợi nhuận Quý "
            "I/2017 bằng 112% lợi nhuận thực hiện Quý I/2016.")
    got = _verdicts(text, table, period="2017-Q1")
    assert got["170 tỷ đồng"].verdict == "not_a_figure" and got["112%"].verdict == "not_a_figure"
    assert got["1.350 tỷ đồng"].verdict == "supported" and got["98,4%"].verdict == "derived"
    assert _verdicts(text.replace("98,4%", "97,4%"), table, period="2017-Q1")["97,4%"].verdict == "unsupported"
    # t5-hanoi-thue-2023-9t: the rise without the one-off revenue
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,9 tháng 2023,Cùng kỳ 2022",
                   "1,Thu ngân sách trên địa bàn Hà Nội,tỷ đồng,284600,226050\n", period="2023-9T")
    text = ("Tại địa bàn TP. Hà Nội, 9 tháng năm 2023 đã thực hiện được 284,6 nghìn tỷ đồng, tăng 25,9% so với cùng "
            "kỳ năm 2022. Nếu loại trừ những khoản thu đột biến, đặc thù thì chỉ tăng 9,7% so cùng kỳ.")
    got = _verdicts(text, table, period="2023-9T")
    assert got["9,7%"].verdict == "not_a_figure" and got["25,9%"].verdict == "derived"
    # p10-tbtc-banle-2021-11: the fall at constant prices, after the figure of the period
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,11 tháng năm 2021,Cùng kỳ năm 2020",
                   "1,Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng,tỷ đồng,4128500,4522000\n",
                   period="2021-11T")
    text = ("Tính chung 11 tháng năm 2021 đạt 4.128,5 nghìn tỷ đồng, giảm 8,7% so với cùng kỳ năm trước, nếu loại trừ "
            "yếu tố giá giảm 10,4%.")
    got = _verdicts(text, table)
    assert got["10,4%"].verdict == "not_a_figure" and got["8,7%"].verdict == "derived"


def test_a_comparison_opened_by_neu_is_still_checked(tmp_path):
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước",
                   "1,Kim ngạch xuất khẩu,triệu USD,10700,9900\n")
    text = "Kim ngạch xuất khẩu đạt 10.700 triệu USD; nếu so với cùng kỳ năm ngoái thì tăng 9%."
    assert _verdicts(text, table)["9%"].verdict == "unsupported"


def test_a_price_in_a_foreign_currency_per_a_base_is_money_of_that_currency(tmp_path):
    # zi-toan-quoc-petrolimex: "giá dầu thô thế giới bình quân Quý I/2017 là 51,78 USD/thùng" kept as a row
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Quý I/2017,Quý I/2016",
                   "GIA,Giá dầu thô thế giới bình quân,USD/thùng,\"51,78\",\"33,63\"\n", period="2017-Q1")
    assert table.figures[0].don_vi_tinh == "USD/thùng"
    text = ("Doanh thu tăng chủ yếu do giá dầu thô thế giới bình quân Quý I/2017 là 51,78 USD/thùng, tăng 54% so với "
            "cùng kỳ năm 2016 (giá bình quân Quý I/2016 là 33,63 USD/thùng).")
    got = _verdicts(text, table, period="2017-Q1")
    assert got["51,78 USD/thùng"].verdict == "supported" and got["54%"].verdict == "derived"
    assert _verdicts(text.replace("51,78", "52,78"), table, period="2017-Q1")["52,78 USD/thùng"].verdict \
        == "unsupported"
    # t04-thoibaotaichinh-gao-2022-05 (figures round 12): rice per tonne; a price per another base is not it
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Tháng 5/2022",
                   "1,Giá xuất khẩu bình quân gạo,USD/tấn,\"488,7\"\n")
    assert _verdicts("Giá xuất khẩu bình quân gạo đạt 488,7 USD/tấn.", table)["488,7 USD/tấn"].verdict == "supported"
    assert _verdicts("Giá xuất khẩu bình quân gạo đạt 488,7 USD/thùng.", table)["488,7 USD/thùng"].verdict \
        != "supported"


_PCCC = ("Thông cáo báo chí về tình hình cháy, nổ và cứu nạn, cứu hộ tháng 4-2024\n\n"
         " Trong tháng 4, toàn quốc xảy ra 372 vụ cháy, làm chết 03 người, làm bị thương 02 người.\n\n"
         "Thông cáo báo chí về PCCC và CNCH năm 2023\n\n"
         " Năm 2023, toàn quốc xảy ra 3.440 vụ cháy, làm chết 146 người, bị thương 109 người, thiệt hại về tài sản sơ "
         "bộ ước tính khoảng 878 tỷ đồng và 236 ha rừng.\n\n"
         "Xảy ra 16 vụ nổ, làm 11 người chết, bị thương 27 người.\n\n"
         "Thông cáo báo chí về tình hình cháy và cứu nạn, cứu hộ tháng 11 năm 2023\n\n"
         " Trong tháng 11, toàn quốc xảy ra 145 vụ cháy, làm chết 03 người, làm bị thương 06 người. Xảy ra 01 vụ nổ, "
         "làm chết 03 người, bị thương 01 người.\n\n"
         "Thông cáo báo chí tình hình cháy, nổ và cứu nạn, cứu hộ tháng 10.2023\n\n"
         " Trong tháng 10, toàn quốc xảy ra 152 vụ cháy, làm chết 06 người, làm bị thương 02 người; xảy ra 02 vụ nổ, "
         "làm chết 01 người, bị thương 02 người.")
_PCCC_ROWS = ("1,Số vụ cháy,vụ,152,145\n2,Số người chết do cháy,người,6,3\n3,Số người bị thương do cháy,người,2,6\n"
              "5,Số vụ nổ,vụ,2,1\n6,Số người chết do nổ,người,1,3\n7,Số người bị thương do nổ,người,2,1\n")


def test_a_page_of_several_dated_items_reads_each_under_its_headline(tmp_path):
    # zk-toan-quoc-cuc-canh-sat-pccc-thong-cao-bao-chi-2023-11: a list page of press releases, the table November's
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Tháng 10/2023,Tháng 11/2023", _PCCC_ROWS, period="2023-11")
    got = check_text(_PCCC, table, period="2023-11").numbers
    problems = [(n.text, n.reason) for n in got if n.verdict in ("unsupported", "stale")]
    assert problems == []
    year = [n for n in got if n.text in ("3.440", "146", "878 tỷ đồng", "16", "27")]
    assert {n.verdict for n in year} == {"not_a_figure"}
    october = [n for n in got if n.start > _PCCC.index("Trong tháng 10") and n.text in ("152", "06", "02")]
    assert {(n.verdict, (n.source or {}).get("column")) for n in october} == {("supported", "ky_truoc")}
    # a wrong value of last month said as last month's is caught; so is one of this month
    wrong = _PCCC.replace("xảy ra 152 vụ cháy", "xảy ra 162 vụ cháy")
    assert [n.verdict for n in check_text(wrong, table, period="2023-11").numbers if n.text == "162"] == ["unsupported"]
    wrong = _PCCC.replace("xảy ra 145 vụ cháy", "xảy ra 147 vụ cháy")
    assert [n.verdict for n in check_text(wrong, table, period="2023-11").numbers if n.text == "147"] == ["unsupported"]


def test_last_months_figures_said_as_last_months_are_no_figure_where_the_table_keeps_no_previous_column(tmp_path):
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Tháng 11/2023",
                   "1,Số vụ cháy,vụ,145\n2,Số người chết do cháy,người,3\n", period="2023-11")
    text = ("Trong tháng 11, toàn quốc xảy ra 145 vụ cháy, làm chết 03 người.\n"
            "Trong tháng 10, toàn quốc xảy ra 152 vụ cháy, làm chết 06 người.")
    got = {n.text: n.verdict for n in check_text(text, table, period="2023-11").numbers}
    assert got["152"] == "not_a_figure" and got["145"] == "supported"


def test_a_span_from_an_earlier_year_to_now_is_no_figure_of_the_period(tmp_path):
    # zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Tháng 01/2022",
                   "1,Bò sinh sản trao tặng,con,5\n2,Suất quà trao tặng,suất,20\n", period="2022-01")
    text = ("Tại buổi trao quà, Hội đã trao tặng 5 con bò sinh sản và 20 suất quà.\n\nTừ năm 2020 đến nay, Hội Doanh "
            "nhân trẻ tỉnh đã trao tặng 3 ngôi nhà tình nghĩa và nhiều phần quà cho những gia đình khó khăn.")
    got = _verdicts(text, table, period="2022-01")
    assert got["3"].verdict == "not_a_figure" and got["20"].verdict == "supported"
    # t5-tamhop-ktxh-2022 (a commune's report on 2022): the investment since 2020
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2022", "1,Thu ngân sách trên địa bàn,triệu đồng,\"1.809,5\"\n",
                   period="2022")
    text = ("Thu ngân sách trên địa bàn đạt 1.809,5 triệu đồng. Từ năm 2020 đến nay, tổng vốn đầu tư cơ sở hạ tầng trên "
            "địa bàn xã được 16 tỷ 434 triệu đồng, xây dựng 9 công trình.")
    got = _verdicts(text, table, period="2022")
    assert got["16 tỷ 434 triệu đồng"].verdict == "not_a_figure" and got["9"].verdict == "not_a_figure"


def test_what_is_done_every_year_is_no_figure_of_the_period(tmp_path):
    # zk-nghe-an-hoi-doanh-nhan-tre-trao-qua-tet-2022-01
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Tháng 01/2022",
                   "1,Suất quà trao tặng,suất,20\n2,Trị giá tủ quần áo,triệu đồng,13\n", period="2022-01")
    text = ("Đối với xã Châu Lý, hằng năm, Hội Doanh nghiệp trẻ Nghệ An tổ chức trao 20 suất quà cho các gia đình nghèo "
            "và hỗ trợ tiền xây 2 nhà tình nghĩa..., với tổng số tiền trao tặng trị giá 70 - 80 triệu đồng mỗi năm.")
    got = _verdicts(text, table, period="2022-01")
    assert got["2"].verdict == "not_a_figure" and got["70 - 80 triệu đồng"].verdict == "not_a_figure"
    # p9-camha-ctd-daihoi-2021 (a congress on the 2016-2021 term)
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Nhiệm kỳ 2016-2021", "1,Tổng giá trị xây dựng quỹ Hội,triệu đồng,300\n")
    text = ("Hằng năm, Hội Chữ Thập Đỏ xã Cẩm Hà đã phối hợp khám bệnh, cấp thuốc miễn phí cho gần 100 người già yếu neo "
            "đơn, người khó khăn. Tổng giá trị xây dựng quỹ Hội đạt trên 300 triệu đồng.")
    got = _verdicts(text, table)
    assert got["100"].verdict == "not_a_figure" and got["300 triệu đồng"].verdict == "supported"
    # an annual crop is no habit
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2018", "1,Diện tích cây hàng năm,ha,9464\n")
    assert _verdicts("Diện tích cây hàng năm đạt 9.465 ha.", table)["9.465 ha"].verdict == "unsupported"


def test_a_year_broken_by_a_slip_and_a_range_of_a_whole_are_no_counts(tmp_path):
    # zk-vinh-phuc-tam-duong-xa-hoang-dan-hdnd-ktxh-2018; zk-dong-nai-xuan-loc-thu-ngan-sach-2019
    table = _table(tmp_path, "STT,Chỉ tiêu,ĐVT,Năm 2018", "1,Số người đi xuất khẩu lao động,người,23\n")
    got = _verdicts("Trong năm 20-18 toàn xã có 23 người đi xuất khẩu lao động.", table)
    assert got["20-18"].verdict == "not_a_figure" and got["23"].verdict == "supported"
    got = _verdicts("8/14 xã đạt nông thôn mới nâng cao; các xã còn lại đạt 38-48/53 chỉ tiêu.", table)
    assert got["38-48"].verdict == "not_a_figure"


def test_a_rate_of_a_plan_after_a_rows_value_is_that_rows_own_rate(tmp_path):
    # zk-dong-nai-xuan-loc-thu-ngan-sach-2019: the rates of the estimate kept as rows of their own (no plan kept)
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Năm 2019",
                   "1,Tổng thu ngân sách nhà nước trên địa bàn,tỷ đồng,431\n"
                   "1-2,Tổng thu ngân sách nhà nước trên địa bàn: so dự toán / kế hoạch,%,162\n"
                   "1.a,Trong đó: Thu cân đối,tỷ đồng,415\n1.a-2,Trong đó: Thu cân đối: so dự toán / kế hoạch,%,156\n"
                   "3,Tổng diện tích gieo trồng,ha,38000\n3-2,Tổng diện tích gieo trồng: so dự toán / kế hoạch,%,98\n")
    text = ("Năm 2019, huyện thực hiện thu ngân sách đạt gần 431 tỷ đồng, bằng 162% dự toán tỉnh giao. Trong đó, thu "
            "cân đối hơn 415 tỷ đồng, bằng 156% dự toán. Tổng diện tích gieo trồng trong năm thực hiện trên 38 ngàn "
            "hécta, đạt 98% kế hoạch.")
    assert {n.verdict for n in check_text(text, table).numbers if n.verdict != "not_a_figure"} == {"supported"}
    for right, wrong in (("162% dự toán", "156% dự toán"), ("156% dự toán", "162% dự toán"), ("162%", "98%")):
        bad = text.replace(right, wrong, 1)
        at = text.index(right)
        got = [n.verdict for n in check_text(bad, table).numbers if n.start == at]
        assert got == ["unsupported"], (right, wrong)


def test_last_years_value_in_a_sentence_opening_on_last_year_is_no_stale_copy(tmp_path):
    # za-hai-duong-none-so-khcn-2019: "Năm 2018, Sở KHCN đã … với tổng kinh phí trên 27 tỷ đồng" in the 2019 report
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,Năm 2019,Năm 2018",
                   "1,Nhiệm vụ KHCN mới,nhiệm vụ,23,27\n3,Tổng kinh phí,tỷ đồng,\"11,6\",\"27,2\"\n", period="2019")
    text = ("Năm 2019, triển khai 23 nhiệm vụ mới với tổng kinh phí 11,6 tỷ đồng. Năm 2018, Sở KHCN đã triển khai 27 "
            "nhiệm vụ mới với tổng kinh phí trên 27 tỷ đồng.")
    got = _verdicts(text, table, period="2019")
    assert got["27 tỷ đồng"].verdict == "supported"
    # the same value in a sentence of this year is a stale copy
    stale = "Năm 2019, triển khai 23 nhiệm vụ mới với tổng kinh phí trên 27 tỷ đồng."
    assert _verdicts(stale, table, period="2019")["27 tỷ đồng"].verdict == "stale"


# ---------------------------------------------------------------- after the final private batch (zl-*), in-sample

def _kinds(text):
    from service.checker.extract import extract_numbers
    return {m.raw.strip(): m.kind for m in extract_numbers(text)}


def test_a_phone_number_with_its_area_code_in_brackets_is_contact():
    # zl-thua-thien-hue-thuy-dien-mien-trung-san-luong-dien-2022-9t: a newspaper's footer
    got = _kinds(": toasoandko@gmail.com | : (04) 38.228.302 Liên hệ quảng cáo: (04)39.431.943 - (04)39.447.011 "
                 "22:20:01 - Chủ nhật")
    assert got["(04) 38.228.302"] == got["(04)39.431.943"] == got["(04)39.447.011"] == "contact"
    assert got["22:20:01"] == "time"
    assert _kinds("Đường dây nóng: (028) 3829 5555.")["(028) 3829 5555"] == "contact"


def test_a_day_larger_than_its_month_is_a_date_not_a_part_of_a_whole():
    # zl-thai-nguyen-dinh-hoa-hoi-cuu-giao-chuc-2021; a population day's date (p-sweep pages)
    assert _kinds("tổ chức gặp mặt Ngày nhà giáo Việt Nam 20/11 và tổng kết công tác hội năm 2021")["20/11"] == "date"
    assert _kinds("Kỷ niệm ngày Dân số Thế giới 11/7 , biểu dương gia đình")["11/7"] == "date"
    assert "25/12" not in _kinds("đã có 25/12 hộ được hỗ trợ")    # a count of a whole is read as before
    assert "10/12" not in _kinds("với 10/12 chỉ tiêu đạt và vượt")


def test_a_grid_reference_and_a_grade_of_goods_are_no_counts():
    # zl-quang-ngai-doi-k53-quy-tap-hai-cot-liet-sy-2026-01; zl-binh-duong-cao-su-dau-tieng
    got = _kinds("tỉnh Rattanakiri, Campuchia, (tọa độ 13695-64473), Đội K53 quy tập được 1 hài cốt liệt sỹ")
    assert got["13695-64473"] == "address" and got["1"] == "count"
    got = _kinds("chủ yếu là SVR 10 (hơn 685 tấn), kế đến là SVR CV 60, SVR 5, SVR CV 50… Lũy kế")
    assert got["5"] == got["50"] == "name" and got["685 tấn"] == "measure"
    assert _kinds("Hội CCB 5 xã, trao 20 suất")["5"] == "count"


def test_overcoming_hardship_is_no_excess_over_a_plan(tmp_path):
    # zl-thai-nguyen-dinh-hoa-hoi-cuu-giao-chuc-2021: "vượt khó" (a pupil who overcomes hardship) before the next item
    table = _table(tmp_path, "Mã,Chỉ tiêu,ĐVT,Năm 2021",
                   "II.2,Học sinh vượt khó học giỏi được động viên,học sinh,17\n"
                   "II.3,Giáo viên dạy giỏi được động viên,giáo viên,5\nIII.1,Tập thể được khen thưởng,tập thể,5\n")
    text = "Hội đã động viên 17 học sinh vượt khó học giỏi và 5 giáo viên dạy giỏi."
    assert {n.verdict for n in check_text(text, table).numbers} == {"supported"}
    assert _verdicts(text.replace("và 5", "và 6"), table)["6"].verdict == "unsupported"


def test_what_is_served_every_day_is_no_figure_of_the_period(tmp_path):
    # zl-tp-ho-chi-minh-hoi-bao-tro-benh-nhan-ngheo-2014
    table = _table(tmp_path, "Mã,Chỉ tiêu,ĐVT,Năm 2014", "1,Học bổng cho học sinh nghèo,suất,2524\n")
    text = "Bếp ăn từ thiện vẫn duy trì đều đặn 10.000 – 12.000 suất ăn mỗi ngày. Hội trao 2.524 suất học bổng."
    got = _verdicts(text, table)
    assert got["10.000 – 12.000"].verdict == "not_a_figure" and got["2.524"].verdict == "supported"


def test_the_whole_of_an_associations_own_units_is_standing(tmp_path):
    # zl-quang-nam-hoi-tu-yeu-nuoc-2020
    table = _table(tmp_path, "Mã,Chỉ tiêu,ĐVT,Năm 2020",
                   "I.1,Hội cấp huyện hợp nhất,đơn vị,5\nI.2,Hội cấp xã hợp nhất với Hội Cựu TNXP,hội,85\n"
                   "I.3,Hội các địa phương còn lại đổi tên,hội,8\n")
    text = ("Thực hiện chủ trương sắp xếp các tổ chức hội quần chúng, có 5/13 đơn vị hội cấp huyện, 85/167 hội cấp xã "
            "được hợp nhất với Hội Cựu TNXP thành hội mới, 8/13 hội các địa phương còn lại được đổi tên.")
    got = [(n.text, n.verdict) for n in check_text(text, table).numbers]
    assert ("167", "standing") in got and ("13", "standing") in got
    assert {v for t, v in got if t in ("5", "85", "8")} == {"supported"}
    assert _verdicts(text.replace("85/167", "86/167"), table)["86"].verdict == "unsupported"
