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
    table = _table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,9 tháng năm 2023,Cùng kỳ năm 2022",
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
