"""Rules a private held-out batch (justice offices, study-promotion and elderly associations, cultural families, new-rural
communes, land, traffic safety, rural clean water: short news pages) asked for. Each is a rule over grammar or notation,
tested on the sentence that asked for it (the source is named) and on one it must leave alone."""

from __future__ import annotations

from decimal import Decimal as D

from service.checker import check_text, extract_numbers
from service.figures.load import load_table


def kinds(text):
    return [(text[m.num_start:m.end].strip(), m.kind, m.value) for m in extract_numbers(text)]


def table(tmp_path, rows, header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo", period=None):
    path = tmp_path / "figures.csv"
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return load_table(path, period=period)


def verdicts(text, figures, **kw):
    return [(c.text, c.verdict) for c in check_text(text, figures, **kw).numbers]


# ---------------------------------------------------------------- 1. đồng that starts a noun is no money

def test_dong_ho_is_a_meter_not_money():
    # Báo Nông nghiệp, nước sạch nông thôn Vĩnh Long
    got = kinds("lắp đặt 9.936 đồng hồ nước (đạt 141,9% kế hoạch)")
    assert got[0] == ("9.936", "count", D(9936))
    assert kinds("lắp mới khoảng 7.000 đồng hồ nước với kinh phí khoảng 78,5 tỷ đồng")[0] == ("7.000", "count", D(7000))
    assert kinds("Có 25 đồng chí dự, 40 đồng bào nhận quà")[0][1:] == ("count", D(25))


def test_dong_as_money_still_reads_as_money():
    # the amount ends at punctuation, a slash or a function word; a round sum before any other word is money
    for text in ("mỗi suất 500.000 đồng, tổng cộng", "hỗ trợ 300.000 đồng/suất", "trao 500.000 đồng cho mỗi hộ",
                 "tặng 2.000.000 đồng hỗ trợ sửa nhà", "tổng số tiền 1.250 đồng quyên góp"):
        m = [x for x in extract_numbers(text) if x.is_figure][0]
        assert (m.kind, m.unit) == ("money", "đồng"), text


def test_meters_checked_against_the_table(tmp_path):
    figures = table(tmp_path, ["A,Số đồng hồ nước lắp đặt mới,cái,9.936"])
    text = "Năm 2020, Trung tâm đã lắp đặt 9.936 đồng hồ nước."
    assert ("9.936", "supported") in verdicts(text, figures)
    assert ("9.963", "unsupported") in verdicts(text.replace("9.936", "9.963"), figures)


# ---------------------------------------------------------------- 2. a scale word misspelt before a currency

def test_a_misspelt_scale_before_the_currency_is_read_as_the_scale(tmp_path):
    # Báo Đắk Nông, hai xã huyện Đắk Song về đích nông thôn mới: "46 tiệu đồng/người/năm"
    figures = table(tmp_path, ["A,Thu nhập bình quân xã Thuận Hạnh,triệu đồng/người/năm,46"])
    text = "Thu nhập bình quân đầu người của xã Thuận Hạnh đạt 46 tiệu đồng/người/năm."
    assert verdicts(text, figures)[-1] == ("46 tiệu đồng/người", "supported")
    assert verdicts(text.replace("46", "48"), figures)[-1][1] == "unsupported"
    for typo, value in (("2 tỳ đồng", 2 * 10 ** 9), ("5 trịêu đồng", 5 * 10 ** 6), ("500 nghìm đồng", 500_000),
                        ("3 triêu đồng", 3 * 10 ** 6)):
        assert kinds(typo)[0][1:] == ("money", D(value)), typo


def test_a_word_near_a_scale_is_no_scale_without_a_currency():
    assert kinds("có 46 tiêu chí đạt")[0][1:] == ("count", D(46))
    assert kinds("bán 10 tạ đồng phế liệu")[0][2] == D(10)      # a quintal of copper: a unit, not a scale
