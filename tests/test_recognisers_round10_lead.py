"""Rules found on stop 23's working batch (``evaluations/cases/heldout/x-*``) and the sweep of bare pages, each on the
sentence that asked for it and one it must leave alone:

- the same change written the other way right after it (``tăng 2,63% (1,32 tạ/ha)``, ``giảm 160 lượt = 44,82%``);
- a page's counters after its date and time with no word (``19/04/2021 23:04 1.047 0``), a page script's value
  (``intNumViewTotal=393``);
- a month that ends a running span (``Lũy kế từ đầu năm đến tháng 5/2020 … 17 dự án``) is the span's;
- a standing amount listed as written before its scale word (``84.513,1`` ``tỷ đồng vốn đăng ký``).
"""

from __future__ import annotations

from service.checker import check_text, extract_numbers
from service.checker.standing import from_case
from service.figures.load import load_table


def table(tmp_path, text, name="bang.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return load_table(p)


def verdicts(text, figures, **kw):
    return {c.text: (c.verdict, (c.source or {}).get("ma")) for c in check_text(text, figures, **kw).numbers
            if c.verdict != "not_a_figure"}


# ---------------------------------------------------------------- the same change written the other way

CROPS = """Mã,Chỉ tiêu,Đơn vị tính,Năm 2019,Cùng kỳ năm 2018
LUA.NS,Năng suất lúa vụ mùa,tạ/ha,"51,50","50,18"
LUA.SL,Sản lượng thóc vụ mùa,tấn,378.366,377.150
LUA.DT,Diện tích gieo trồng lúa vụ mùa,ha,73.467,75.153
"""


def test_an_amount_in_brackets_after_a_rate_is_the_same_change(tmp_path):
    # x-nam-dinh-luong-thuc-2019: the statistics office writes the rate first, the amount in brackets
    t = table(tmp_path, CROPS)
    v = verdicts("Năng suất lúa bình quân toàn tỉnh đạt 51,50 tạ/ha, tăng 2,63% (1,32 tạ/ha) so với vụ mùa 2018; "
                 "sản lượng thóc vụ mùa năm 2019 đạt 378.366 tấn, tăng 0,32% (1.216 tấn) so với vụ mùa năm 2018.", t)
    assert v["1,32 tạ/ha"] == ("derived", "LUA.NS") and v["1.216 tấn"] == ("derived", "LUA.SL")
    assert v["2,63%"][0] == v["0,32%"][0] == "derived"
    # the other order was read already and still is: "giảm 1.686ha (bằng 2,24%)"
    v = verdicts("Toàn tỉnh đã gieo trồng 73.467ha lúa, giảm 1.686ha (bằng 2,24%) so với vụ mùa năm 2018.", t)
    assert v["1.686ha"][0] == v["2,24%"][0] == "derived"


def test_a_wrong_amount_after_the_rate_is_still_caught(tmp_path):
    t = table(tmp_path, CROPS)
    v = verdicts("Sản lượng thóc vụ mùa năm 2019 đạt 378.366 tấn, tăng 0,32% (1.261 tấn) so với vụ mùa năm 2018.", t)
    assert v["1.261 tấn"][0] == "unsupported"


CITIZENS = """STT,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước
1,Số lượt công dân được tiếp cấp tỉnh,lượt,197,357
2,Số lượt công dân được tiếp tại các sở ngành,lượt,286,541
"""


def test_a_rate_after_an_equals_sign_is_the_change_of_the_amount_before_it(tmp_path):
    # x-khuyet-danh-tiep-cong-dan-2016-h1: "[giảm 160 lượt = 44,82% so cùng kỳ]" — the fall's rate, not 55,18%
    t = table(tmp_path, CITIZENS)
    v = verdicts("Cấp tỉnh tiếp 197 lượt công dân [giảm 160 lượt = 44,82% so cùng kỳ]; các sở, ngành tiếp 286 lượt "
                 "[giảm 255 lượt = 47,13% so cùng kỳ].", t)
    assert v["44,82%"] == ("derived", "1") and v["47,13%"] == ("derived", "2")
    v = verdicts("Cấp tỉnh tiếp 197 lượt công dân [giảm 160 lượt = 45,82% so cùng kỳ].", t)
    assert v["45,82%"][0] == "unsupported"


# ---------------------------------------------------------------- page furniture

def kinds(text):
    return [(m.raw, m.kind) for m in extract_numbers(text)]


def test_counters_after_the_page_stamp_with_no_word_are_furniture():
    # x-tam-duong-dai-hoi-tdtt-2021: views and comments after the date and time
    text = "Đại hội Thể dục thể thao huyện lần thứ V\n\nThứ hai - 19/04/2021 23:04 1.047 0\nChiều 18/04, tại Sân vận động"
    assert ("1.047 0", "furniture") in kinds(text)
    # a count after a time in a sentence is no counter
    assert ("120", "count") in kinds("Ngày 19/04/2021 lúc 14:00 có 120 đại biểu dự đại hội.")
    assert ("12", "count") in kinds("10:26 13/01/2021\n\nNăm 2020, 12 xã đạt chuẩn.")


def test_a_page_scripts_value_is_furniture():
    # x-binh-duong-nguoi-co-cong-2019-h1: the comment form's code printed as text
    assert ("393", "furniture") in kinds("Dung lượng tệp đính kèm không quá 10MB Đính kèm File intNumViewTotal=393 "
                                         "Quay lên trên")
    assert ("44,82%", "percent") in kinds("giảm 160 lượt = 44,82% so cùng kỳ")


# ---------------------------------------------------------------- a month that ends a running span

PROJECTS = """STT;Chỉ tiêu;ĐVT;Thực hiện tháng 5/2020;Lũy kế 5 tháng 2020
1;Dự án được quyết định chủ trương đầu tư;dự án;02;17
"""


def test_a_month_that_ends_a_running_span_is_the_spans(tmp_path):
    # x-hoa-binh-dau-tu-doanh-nghiep-2020-5t
    t = table(tmp_path, PROJECTS)
    v = verdicts("Lũy kế từ đầu năm đến tháng 5/2020 đã quyết định chủ trương đầu tư cho 17 dự án đầu tư.", t)
    assert v["17"] == ("supported", "1-LK")
    v = verdicts("Trong tháng 5/2020 đã quyết định chủ trương đầu tư cho 02 dự án đầu tư.", t)
    assert v["02"] == ("supported", "1")


# ---------------------------------------------------------------- a standing amount as written

def test_a_standing_amount_listed_as_written_before_its_scale_word(tmp_path):
    t = table(tmp_path, PROJECTS)
    facts = from_case([{"quote": "khoảng 84.513,1 tỷ đồng", "value": 84513.1,
                        "noun": "tỷ đồng vốn đăng ký dự án trong nước"}])
    text = "Đến nay, 542 dự án trong nước với tổng vốn đầu tư đăng ký khoảng 84.513,1 tỷ đồng."
    assert verdicts(text, t, standing=facts)["84.513,1 tỷ đồng"][0] == "standing"
    assert verdicts(text, t)["84.513,1 tỷ đồng"][0] == "unsupported"   # no list: still asked
