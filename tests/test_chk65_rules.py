"""Checker round 65 (chk65, issue 13): the working batch ``xh-*`` (evaluations/sweep/checker-round65.md).

- ``recognisers.incidents``: a paragraph that goes on telling the one incident the paragraph before it told
  (``Theo đó, vào trưa 9-1, tại một gia đình … có 6 người ăn cơm``), and ``vụ nghi ngộ độc`` (one incident, its cause
  suspected): xh-toan-quoc-cuc-an-toan-thuc-pham-tong-ket-2024 (sggp.org.vn), thoimoi.vn, nhandan.vn;
- ``totalnamed``: ``tổng cộng 91 vụ (trong đó có 43 vụ …) và 77 đối tượng`` names the sheet's total section, whatever
  group the sentence's subject names (xh-lang-son-bo-doi-bien-phong-chong-buon-lau-2023-9t; baotintuc.vn ``đã bắt
  tổng số 4 đối tượng``).
"""

from __future__ import annotations

import re

from service.checker.recognisers.incidents import _ONE, incident_particulars
from service.checker.totalnamed import total_named, total_title
from tests.sweep_tables import case_line_verdicts, heldout

_FOOD = "xh-toan-quoc-cuc-an-toan-thuc-pham-tong-ket-2024"
_BORDER = "xh-lang-son-bo-doi-bien-phong-chong-buon-lau-2023-9t"


def _marked(text: str, fragment: str) -> list[tuple[str, bool]]:
    s = text.index(fragment)
    return [(m.group(), incident_particulars(text, s + m.start())) for m in re.finditer(r"\d+(?:[.,]\d+)*", fragment)]


# ---------------------------------------------------------------- one incident told on over two paragraphs

def test_the_incident_s_own_paragraph_and_the_one_that_goes_on_telling_it():
    text = heldout(_FOOD)
    first = "vụ nghi ngộ độc do uống rượu khiến 1 người tử vong và 3 người khác phải nhập viện cấp cứu"
    assert [ok for _, ok in _marked(text, first)] == [True, True]
    told = ("có 6 người ăn cơm với thịt, đậu, rau bắp cải và uống rượu trắng được mua tại một quán ở địa phương. Sau "
            "khi uống hết khoảng 1 lít rượu trắng, 5 người trong nhóm tiếp tục uống thêm rượu có ngâm với rễ cây rừng. "
            "Tới chiều cùng ngày, 4 người có biểu hiện")
    assert _marked(text, told) == [("6", True), ("1", True), ("5", True), ("4", True)]


def test_the_period_s_paragraph_after_the_incident_keeps_its_figures():
    # real negative: the next paragraph is dated too (``vào ngày 10-1``) but speaks of the year and counts incidents
    text = heldout(_FOOD)
    totals = "Cả nước ghi nhận 131 vụ ngộ độc thực phẩm làm 4.796 người nhập viện và 21 người tử vong"
    assert [ok for _, ok in _marked(text, totals)] == [False, False, False]
    assert [ok for _, ok in _marked(text, "kiểm tra 354.820 cơ sở")] == [False]


def test_the_incident_s_figures_are_no_alarms_and_the_period_s_still_checked():
    assert [v for _, v, _ in case_line_verdicts(_FOOD, "khiến 1 người tử vong và 3 người khác")] == \
        ["not_a_figure", "not_a_figure"]
    assert [v for _, v, _ in case_line_verdicts(_FOOD, "Tới chiều cùng ngày, 4 người")] == ["not_a_figure"]
    bad = "Cả nước ghi nhận 131 vụ ngộ độc thực phẩm làm 4.769 người nhập viện"
    verdicts = case_line_verdicts(_FOOD, "Cả nước ghi nhận 131 vụ ngộ độc thực phẩm làm 4.796 người nhập viện", bad)
    assert [v for t, v, _ in verdicts if t == "4.769"] == ["unsupported"]


def test_a_second_source_an_incident_told_on_after_theo_do_in_a_page_with_no_period_count():
    # thoimoi.vn (Hòa Bình): one incident told on after ``Theo đó, chiều 8.10`` — a page of one incident, counting no
    # incidents of a period, keeps its particulars as its figures (the recogniser asks for a period's count)
    text = ("Ông Nguyễn Văn Thưởng - Chủ tịch UBND xã Bình Thanh xác nhận với phóng viên Dân Việt, vụ ngộ độc tập thể "
            "này xảy ra tại địa phương, 35 người phải nhập viện.\nVụ ngộ độc thực phẩm xảy ra tại xóm Mỗ 2, xã Bình "
            "Thanh.\nTheo đó, chiều 8.10, chị Nguyễn Thị Dự ở xóm Mỗ 2, xã Bình Thanh mời anh em để tổ chức cúng 100 "
            "ngày cho người chồng xấu số")
    assert incident_particulars(text, text.index("100 ngày")) is False
    assert incident_particulars(text, text.index("35 người")) is False


def test_a_suspected_cause_still_names_one_incident():
    # nhandan.vn: ``Bộ Y tế yêu cầu điều tra vụ nghi ngộ độc thực phẩm gây tử vong ở Sơn La``
    assert _ONE.search("Bộ Y tế yêu cầu điều tra vụ nghi ngộ độc thực phẩm gây tử vong ở Sơn La")
    assert _ONE.search("đang điều tra làm rõ vụ nghi ngộ độc do uống rượu khiến 1 người tử vong")
    # real negative: ``nghi`` not after ``vụ`` is no incident named (``nghi ngờ gây ngộ độc``, nhandan.vn)
    assert not _ONE.search("thực phẩm nghi ngờ gây ngộ độc khiến một số người trong gia đình")


# ---------------------------------------------------------------- tổng cộng: the total section

def test_tong_cong_names_the_total_section_for_the_rest_of_its_sentence():
    line = ("Bộ đội biên phòng tỉnh đã chủ trì, phát hiện và bắt giữ tổng cộng 91 vụ (trong đó có 43 vụ không xác "
            "định được chủ sở hữu) và 77 đối tượng")
    assert [(t, v) for t, v, _ in case_line_verdicts(_BORDER, line)] == [
        ("91", "supported"), ("43", "supported"), ("77", "supported")]


def test_the_group_named_after_the_total_still_chooses_and_a_swap_is_caught():
    # real negative: the next sentence names section II (``Trong đó, Bộ đội biên phòng tỉnh đã chủ trì … 73 vụ``)
    line = ("Trong đó, Bộ đội biên phòng tỉnh đã chủ trì phát hiện và bắt giữ 73 vụ (trong đó có 42 vụ không xác định "
            "được chủ sở hữu) và 59 đối tượng")
    assert [v for _, v, _ in case_line_verdicts(_BORDER, line)] == ["supported"] * 3
    swapped = case_line_verdicts(_BORDER, line, line.replace("73 vụ", "91 vụ"))
    assert [v for t, v, _ in swapped if t == "91"] != ["supported"]
    total = "phát hiện và bắt giữ tổng cộng 91 vụ"
    swapped = case_line_verdicts(_BORDER, total, total.replace("91", "73"))
    assert [v for t, v, _ in swapped if t == "73"] != ["supported"]


def test_a_total_title_and_the_marker():
    titles = ["i. tong so (chu tri va phoi hop)", "ii. bo doi bien phong tinh chu tri", "iii. phoi hop voi cac luc luong"]
    assert total_title(titles) == 0
    # baotintuc.vn: ``trong ngày Đồn Biên phòng Pa Thơm đã bắt tổng số 4 đối tượng``
    before = "voi viec phat hien, bat giu doi tuong tui va tuong, trong ngay don bien phong pa thom da bat tong so "
    assert total_named(titles, before) == (0, before.index("tong so"))
    # real negatives: no total section among the groups; the marker in an earlier sentence
    assert total_named(["1. dat nong nghiep", "2. dat o nong thon"], before) is None
    assert total_named(titles, "bat giu tong cong 91 vu. trong do, bo doi bien phong tinh da chu tri ") is None
    assert total_title(["1. toan tinh", "2. thanh pho"]) is None
