"""What the checker takes for a figure of the period, on a second sweep of fresh pages (issue 13, round 11).

Each rule is tested on sentences of the sweep pages that asked for it (``/work/sweep/pages/<slug>.txt``, the slug
named by each quote) and on one it must leave alone: a rule that lets a real figure pass is worse than a false alarm.
"""

from __future__ import annotations

import pytest

from service.checker import check_text
from tests.sweep_tables import dummy, table  # noqa: F401  (dummy: a fixture)


def checked(text, figures, **kw):
    return [(c.text, c.verdict) for c in check_text(text, figures, **kw).numbers if c.kind not in ("year", "date")]


# ---------------------------------------------------------------- 1. number words restating the digits in brackets

def test_words_in_brackets_restating_the_digits_are_no_second_claim(tmp_path, dummy):
    # c5-ducgiang-ktxh-2021-h1: the words split at a comma (13 tỷ + 503 triệu) are one number, the digits'
    text = "- Ước thu từ trồng trọt : 13.503.000.000đ (Mười ba tỷ, năm trăm linh ba triệu đồng)"
    assert checked(text, dummy) == [("13.503.000.000đ", "unsupported")]
    figures = table(tmp_path, ["1,Thu từ trồng trọt,đồng,13.503.000.000"])
    assert checked(text, figures) == [("13.503.000.000đ", "supported")]
    # c5-ducgiang-ktxh-2021-h1: a dot before the bracket, no space after the comma, a space inside the bracket
    text = ("- Ước tính thu từ chăn nuôi: 17.250.000.000đ ( Mười bảy tỷ,hai trăm năm mươi triệu đồng)\n"
            "- Ước tính thu từ cây ăn quả:   12.200.000.000đ.(Mười hai tỷ hai trăm triệu đồng)")
    assert checked(text, dummy) == [("17.250.000.000đ", "unsupported"), ("12.200.000.000đ", "unsupported")]


def test_a_count_said_again_in_words_and_bang_chu(tmp_path):
    figures = table(tmp_path, ["1,Ủy viên Ban Chấp hành,đồng chí,5", "2,Tổng thu,đồng,2.500.000"])
    text = "Hội nghị đã bầu bổ sung 05 (năm) đồng chí vào Ban Chấp hành."
    assert checked(text, figures) == [("05", "supported")]
    text = "Tổng thu 2.500.000 đồng (Bằng chữ: Hai triệu năm trăm nghìn đồng)."
    assert checked(text, figures) == [("2.500.000 đồng", "supported")]


def test_words_that_say_another_number_than_the_digits_are_flagged(tmp_path):
    figures = table(tmp_path, ["1,Ủy viên Ban Chấp hành,đồng chí,7", "2,Thu từ trồng trọt,đồng,13.503.000.000"])
    got = checked("Hội nghị đã bầu bổ sung 07 (sáu) đồng chí vào Ban Chấp hành.", figures)
    assert ("07", "supported") in got and ("sáu", "unsupported") in got
    got = checked("- Ước thu từ trồng trọt : 13.503.000.000đ (Mười ba tỷ, năm trăm linh bốn triệu đồng)", figures)
    assert got[0] == ("13.503.000.000đ", "supported")
    assert [v for _, v in got[1:]] == ["unsupported"]


def test_a_breakdown_in_brackets_is_not_the_number_said_again(dummy):
    # the words in the bracket count a part: still read as a number of their own
    got = checked("Toàn huyện có 5 xã (trong đó hai xã đạt chuẩn nông thôn mới).", dummy)
    assert ("hai", "unsupported") in got


# ---------------------------------------------------------------- 2. another period's number, no year before its verb

def _verdict(text, number, figures, period):
    found = [c for c in check_text(text, figures, period=period).numbers if c.text == number]
    assert found, (number, text)
    return found[0].verdict, found[0].kind


def test_the_term_s_first_year_as_the_base_of_a_change(dummy):
    # c-daidong-dangbo-2010, in the 2005-2010 term: the base is the term's first year, the end value is a figure
    text = "Không còn hộ đói; số hộ nghèo giảm từ 32,9% năm 2005 xuống còn 8,9% năm 2009."
    assert _verdict(text, "32,9%", dummy, "2005-2010") == ("not_a_figure", "other-period")
    assert _verdict(text, "8,9%", dummy, "2005-2010")[0] == "unsupported"


def test_the_term_s_base_a_row_is_about_is_still_checked(tmp_path):
    figures = table(tmp_path, ['GN-01,Tỷ lệ hộ nghèo,%,"8,9","32,5"'],
                    header="Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước")
    text = "Không còn hộ đói; tỷ lệ hộ nghèo giảm từ 32,9% năm 2005 xuống còn 8,9% năm 2009."
    assert _verdict(text, "32,9%", figures, "2005-2010")[0] != "not_a_figure"


def test_the_previous_term_named_by_words_before_the_verb(dummy):
    # c3-lacduong-gd-2020, in the 2015-2020 term
    text = ("bậc THPT huy động bình quân hàng năm đạt 93,5% (nhiệm kỳ trước huy động được từ 80 đến 85%). Công tác duy "
            "trì sĩ số đảm bảo.")
    assert _verdict(text, "80 đến 85%", dummy, "2015-2020") == ("not_a_figure", "other-period")
    assert _verdict(text, "93,5%", dummy, "2015-2020")[0] == "unsupported"
    # a comparison with the previous term: the number is this term's
    text = "bậc THCS huy động đạt 98,9%, tăng so với nhiệm kỳ trước là 0,91%."
    assert _verdict(text, "98,9%", dummy, "2015-2020")[0] == "unsupported"


def test_a_clause_that_goes_on_about_last_year(dummy):
    # c3-phugiao-nhcsxh-2018-5t, a report on 5 months of 2018
    text = ("Doanh số cho vay của Ngân hàng chính sách xã hội trên địa bàn Phú Giáo năm 2017 đạt hơn 97 tỷ 630 triệu "
            "đồng, với 3.660 lượt hộ được vay; 5 tháng đầu năm 2018 cho vay đạt hơn 80 tỷ 680 triệu đồng, với 2.194 "
            "lượt hộ được vay.")
    assert _verdict(text, "3.660", dummy, "2018-5T") == ("not_a_figure", "other-period")
    assert _verdict(text, "2.194", dummy, "2018-5T")[0] == "unsupported"


def test_a_row_that_backs_the_number_still_supports_it(tmp_path):
    figures = table(tmp_path, ["1,Lượt hộ được vay,lượt hộ,3.660"])
    text = ("Doanh số cho vay năm 2017 đạt hơn 97 tỷ 630 triệu đồng, với 3.660 lượt hộ được vay.")
    assert _verdict(text, "3.660", figures, "2018-5T")[0] == "supported"


# ---------------------------------------------------------------- 3. the fresh batch c6: what the meeting itself gave

def test_gifts_handed_over_at_the_meeting_written_up(dummy):
    # c6-hiephoi-dnccb-2016: the 2016 review held in March 2017; the gifts are the meeting's
    text = ("Tại Hội nghị lần này, Hiệp hội đã ủng hộ 1 tỷ đồng cho các quỹ an sinh xã hội và tặng 15 Nhà tình nghĩa "
            "cho các đối tượng chính sách ở tỉnh Bà Rịa-Vũng Tàu; riêng gia đình AHLĐ Lê Văn Kiểm ủng hộ 200 triệu đồng "
            "và 6 Nhà tình nghĩa với tổng giá trị 560 triệu đồng.")
    assert {v for _, v in checked(text, dummy)} == {"not_a_figure"}
    # c-minhtam-doan-2024: honours handed over at the meeting
    text = "Cũng tại Hội nghị, BCH Đoàn xã đã trao giấy khen cho 05 tập thể và 04 cá nhân có thành tích xuất sắc."
    assert {v for _, v in checked(text, dummy)} == {"not_a_figure"}


def test_what_the_meeting_heard_of_the_period_is_a_figure(tmp_path, dummy):
    text = "Tại hội nghị, báo cáo cho biết trong năm Hội đã trao tặng 500 suất quà cho hội viên nghèo."
    assert checked(text, dummy) == [("500", "unsupported")]
    text = "Tặng 205 suất quà trị giá trên 42 triệu đồng cho gia đình người có công."  # c6-doluong-doan-2018: no meeting
    assert [v for _, v in checked(text, dummy)] == ["unsupported", "unsupported"]
    figures = table(tmp_path, ["1,Ủng hộ quỹ an sinh xã hội,đồng,1.000.000.000"])
    text = "Tại Hội nghị lần này, Hiệp hội đã ủng hộ 1 tỷ đồng cho các quỹ an sinh xã hội."
    assert checked(text, figures) == [("1 tỷ đồng", "supported")]


def test_taking_part_in_the_meeting_is_attendance(dummy):
    # c6-vinhphuong-phunu-2024
    text = ("Chiều 22-11, Hội LHPN xã tổ chức hội nghị tổng kết công tác hội năm 2024. Tham gia hội nghị có hơn 60 cán "
            "bộ, hội viên phụ nữ trên địa bàn xã.")
    assert ("60", "not_a_figure") in checked(text, dummy)
    # taking part in an activity is a figure
    assert checked("Tham gia hội thi có 120 thí sinh.", dummy) == [("120", "unsupported")]


def test_the_price_of_each_gift_counted_just_before(tmp_path, dummy):
    # c6-vinhphuong-phunu-2024: the unit's noun followed by what it holds (suất quà)
    text = "Hội LHPN xã đã trao tặng 5 suất quà (250.000 đồng/suất) cho các hội viên có hoàn cảnh khó khăn."
    got = dict(checked(text, dummy))
    assert got["250.000 đồng/suất"] == "not_a_figure" and got["5"] == "unsupported"
    # c-tienphuoc-mttq-2023 (round 10): the noun alone still
    assert dict(checked("Hỗ trợ sửa chữa 17 nhà (7 triệu đồng/nhà).", dummy))["7 triệu đồng/nhà"] == "not_a_figure"
