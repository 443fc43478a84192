"""Rules taken from stop 23's final private batch after its one honest look (``evaluations/cases/heldout/y-*``; the
look is recorded in that folder's README), each on the sentence that asked for it and one it must leave alone:

- a multiple of last year (``gấp 2,7 lần so với cùng kỳ``) is derived, or ``unverified`` without last year's value;
- what will be done (``VNPT sẽ lắp thêm khoảng 7.000 trạm``) is an aim, when no row is about it;
- data a page encoded as text (``Lhur7hu4jhu4…``) holds no number;
- a grade in stars (``khách sạn 5 sao``, ``tiêu chuẩn 3 - 5 sao``) is a name, not a count.
"""

from __future__ import annotations

from service.checker import check_text, extract_numbers
from service.figures.load import load_table


def table(tmp_path, text):
    p = tmp_path / "bang.csv"
    p.write_text(text, encoding="utf-8")
    return load_table(p)


def verdicts(text, figures):
    return {c.text: c.verdict for c in check_text(text, figures).numbers if c.verdict != "not_a_figure"}


GUESTS = "Mã,Chỉ tiêu,ĐVT,Kỳ báo cáo,Cùng kỳ năm trước\nK1,Tổng lượt khách,lượt,1.521.000,563.000\nK2,Khách quốc tế,lượt,9.110,\n"


def test_a_multiple_of_last_year_is_derived_or_unverified(tmp_path):
    # y-phu-yen-du-lich-2023-h1: "đạt 1.521.000 lượt, …, gấp 2,7 lần so với cùng kỳ"; x-lai-chau: "tăng 2,3 lần so với
    # cùng kỳ năm 2012"
    t = table(tmp_path, GUESTS)
    assert verdicts("Tổng lượt khách đạt 1.521.000 lượt, gấp 2,7 lần so với cùng kỳ.", t)["2,7"] == "derived"
    assert verdicts("Tổng lượt khách đạt 1.521.000 lượt, tăng 2,7 lần so với cùng kỳ năm 2022.", t)["2,7"] == "derived"
    assert verdicts("Tổng lượt khách đạt 1.521.000 lượt, gấp 3,7 lần so với cùng kỳ.", t)["3,7"] == "unsupported"
    assert verdicts("Khách quốc tế đạt 9.110 lượt, gấp 3,8 lần so với cùng kỳ.", t)["3,8"] == "unverified"


def test_what_will_be_done_is_an_aim_when_no_row_is_about_it(tmp_path):
    # y-toan-quoc-vien-thong-2017-h1
    t = table(tmp_path, "Mã,Chỉ tiêu,ĐVT,Kỳ báo cáo\nK1,Doanh thu,tỷ đồng,20.000\n")
    v = verdicts("Doanh thu đạt 20.000 tỷ đồng. Dự kiến tới cuối năm, VNPT sẽ lắp thêm khoảng 7.000 trạm BTS 4G và "
                 "3.000 trạm BTS 3G, nâng tổng số trạm BTS lắp bổ sung trong 2017 lên 30.000 trạm BTS các loại.", t)
    assert v == {"20.000 tỷ đồng": "supported"}
    assert verdicts("Năm nay VNPT đã lắp được 21.000 trạm BTS 4G.", t)["21.000"] == "unsupported"


def kinds(text):
    return [(m.raw, m.kind) for m in extract_numbers(text)]


def test_data_encoded_as_text_holds_no_number():
    # y-phu-tho-trong-rung-2022-7t: a picture's data printed in the page
    assert kinds("ảnh Lhur7hu4jhu4jhu4hZ4buM4bq84buKVFk24bq14buuKuG7ilk/4buM4buKWHvhu4okWyrhu4pY4bugKuG tiếp") == [
        ("Lhur7hu4jhu4jhu4hZ4buM4bq84buKVFk24bq14buuKuG7ilk/4buM4buKWHvhu4okWyrhu4pY4bugKuG", "furniture")]
    assert ("220510", "count") in kinds("mã hồ sơ 000.00.12.H56-220510-0001")   # a dashed code is no encoded data
    assert ("8.300ha", "measure") in kinds("Toàn tỉnh trồng trên 8.300ha rừng tập trung")


def test_a_grade_in_stars_is_a_name_not_a_count():
    # y-phu-yen-du-lich-2023-h1
    k = kinds("trong đó có 2 khách sạn 5 sao, 4 khách sạn 3 sao, 38 khách sạn 1 sao; gần 800 buồng đạt tiêu chuẩn 3 - 5 sao")
    assert k == [("2", "count"), ("5", "name"), ("4", "count"), ("3", "name"), ("38", "count"), ("1", "name"),
                 ("800", "count"), ("3 - 5", "name")]
    assert ("5", "count") in kinds("Chương trình đón 5 sao Việt về giao lưu.")
