"""Checker round 62 (chk62, issue 13): false alarms on the final batch ``xg-*``, each rule with a second real source
and negatives.

- A service number after a phone word, other words between: ``Đường dây nóng hỗ trợ   1900 54 54 81`` (xg-bac-ninh-
  buu-dien, sweep t18-vnpost) — ``recognisers.hotlines.SERVICE_NUMBER``.
- A comparative with its base before the amount: ``ít hơn dự kiến 12 người`` (xg-toan-quoc-hoi-dong-bau-cu),
  ``ít hơn cùng kỳ 1,423 tạ/ha`` (sweep c34-thitruongluagao-thu-dong-2019) — ``baseafter.base_between``.
- A movement's start whose end is the row's value: ``tăng đàn từ 60 con lên 200 con`` (xg-ha-noi-hoai-duc) —
  ``recognisers.bases.end_said_after``.
- Other stories' headlines listed under bare dash lines (xg-hai-phong-ctcp-cap-nuoc's head, sweep
  t17-petrotimes-nongdocon-45ngay's foot) — ``recognisers.teaserrun``.
"""

from __future__ import annotations

import unicodedata

from service.checker import check_text
from service.checker.baseafter import base_between
from service.checker.extract import extract_numbers
from tests.sweep_tables import case_line_verdicts, page, table

_BN = "xg-bac-ninh-buu-dien-tinh-ket-qua-kinh-doanh-2017"
_BC = "xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011"
_HD = "xg-ha-noi-hoai-duc-hoi-nong-dan-quy-hoi-2020-10t"
_HP = "xg-hai-phong-ctcp-cap-nuoc-ket-qua-sxkd-2020"


def _verdicts(slug, line, bad=None):
    return [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad)]


def _dummy(tmp_path):
    return table(tmp_path, ["1,Số hộ,hộ,1"])


def _kinds(text, fragment):
    s = unicodedata.normalize("NFC", text).index(fragment)
    return [(m.raw.strip(), m.kind) for m in extract_numbers(unicodedata.normalize("NFC", text))
            if s <= m.start < s + len(fragment)]


# ---------------------------------------------------------------- service numbers

def test_a_service_number_after_a_phone_word_is_no_figure():
    assert _verdicts(_BN, "1900 54 54 81") == [("1900 54 54 81", "not_a_figure")]
    text = page("t18-vnpost-congdoan-daihoi-xii")
    assert _kinds(text, "1900 54 54 81") == [("1900 54 54 81", "contact")]


def test_service_number_negatives(tmp_path):
    t = _dummy(tmp_path)
    # no phone word on the line: a year and counts
    for text in ("Năm 1900 54 người đã rời làng.", "Tổng đài tiếp nhận. Có 1800 hộ được hỗ trợ 54 lần.",
                 "Đường dây nóng tiếp nhận 1900 cuộc gọi trong năm."):
        assert all(k != "contact" for _, k in _kinds(text, text)), text
    # a count after a phone word, not a service number's shape (four digits only)
    assert _kinds("Tổng đài hỗ trợ đã nhận 1900 cuộc gọi.", "1900") != [("1900", "contact")]
    assert check_text("Tổng đài hỗ trợ đã nhận 1900 cuộc gọi.", t).numbers[0].verdict != "not_a_figure"


# ---------------------------------------------------------------- comparative, base, amount

def test_fewer_than_expected_is_a_difference():
    got = dict(_verdicts(_BC, "78 người (15,60%) ít hơn dự kiến 12 người"))
    assert got["78"] == "supported" and got["12"] != "unsupported"
    assert dict(_verdicts(_BC, "62 người (12,40%) ít hơn dự kiến 8 người"))["8"] != "unsupported"


def test_base_between_second_source_and_negatives():
    text = page("c34-thitruongluagao-thu-dong-2019")
    assert ("1,423 tạ/ha", "change") in _kinds(text, "ít hơn cùng kỳ 1,423 tạ/ha")
    assert base_between("sản lượng đạt 899 ngàn tấn, nhiều hơn cùng kỳ hơn ") == "tăng"
    assert base_between("năng suất 56,26 tạ/ha cao hơn năm trước ") == "tăng"
    assert base_between("dân tộc thiểu số là 78 người ít hơn dự kiến ") == "giảm"
    # no base between: the comparative's amount stays as it was read (left to the other rules)
    assert base_between("số án ít hơn ") is None
    assert base_between("cao hơn mức sàn ") is None
    assert base_between("năng suất cao hơn hẳn giống cũ ") is None
    assert _kinds("Có 12 người ít hơn dự kiến.", "12") == [("12", "count")]


# ---------------------------------------------------------------- a movement's start

def test_a_movement_start_is_no_wrong_copy_of_the_row():
    assert _verdicts(_HD, "tăng đàn từ 60 con lên 200 con") == [("60", "not_a_figure"), ("200", "supported")]


def test_a_wrong_movement_end_is_still_caught():
    got = _verdicts(_HD, "tăng đàn từ 60 con lên 200 con", "tăng đàn từ 60 con lên 210 con")
    assert ("210", "unsupported") in got


def test_a_wrong_start_equal_to_nothing_said_stays_checked(tmp_path):
    t = table(tmp_path, ["1,Đàn lợn,con,200"])
    # the number after is not the row's value: no movement end to excuse the start
    got = [(n.text, n.verdict) for n in check_text("Trang trại có 60 con lợn, nay có 200 con.", t).numbers]
    assert ("60", "unsupported") in got


# ---------------------------------------------------------------- dash-listed headlines

def test_headlines_listed_under_dashes_are_no_figures():
    got = dict(_verdicts(_HP, "Có 8 cổ đông nắm giữ gần 32% vốn MSB"))
    assert set(got.values()) == {"not_a_figure"}
    text = page("t17-petrotimes-nongdocon-45ngay")
    assert [k for _, k in _kinds(text, "phá gần 30 nghìn vụ án")] == ["furniture"]


def test_a_report_list_with_dashes_on_their_own_lines_stays_checked(tmp_path):
    t = table(tmp_path, ["1,Số hộ nghèo,hộ,120", "2,Số hộ cận nghèo,hộ,80", "3,Số hộ thoát nghèo,hộ,15"])
    text = ("Kết quả thực hiện năm 2023 như sau:\n-\nSố hộ nghèo còn 120 hộ;\n-\nSố hộ cận nghèo còn 81 hộ;\n-\n"
            "Số hộ thoát nghèo 15 hộ;\nCác chỉ tiêu khác đều đạt.")
    got = [(n.text, n.verdict) for n in check_text(text, t).numbers]
    assert ("81 hộ", "unsupported") in got or ("81", "unsupported") in got
    # two items only: no run
    text2 = "Tin khác\n-\nCó 8 cổ đông nắm giữ gần 32% vốn\n-\nSố hộ nghèo còn 121 hộ\n"
    assert any(n.verdict == "unsupported" for n in check_text(text2, t).numbers)
