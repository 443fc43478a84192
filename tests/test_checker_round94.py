"""Checker round 94 (chk94, issue 13): the group a sentence names, and a signed rate after its verb
(evaluations/sweep/checker-round94.md).

1. ``namedgroup``: a sheet keeping one measure for several places or bodies heads each group by its name (``VII. Thanh
   Hóa``, ``I. Tỉnh Quảng Nam``, ``IV. Thị xã Sa Pa (Lào Cai)``); a sentence writing one such name is about that
   group's rows, so a row under another named group is no candidate for what its number means.
2. ``extract._QUAL_BEFORE``: ``tăng -0,82%``, ``giảm khoảng -44,4%`` — the verb of change stays the number's, and the
   minus says the fall.
"""

from __future__ import annotations

from service.checker.extract import extract_numbers
from service.checker.namedgroup import group_names, groups_named, other_group
from tests.sweep_tables import nth_verdicts

_THPT = "yf-toan-quoc-so-gddt-cac-tinh-ty-le-tot-nghiep-thpt-2010"
_CATRA = "xs-toan-quoc-vasep-xuat-khau-ca-tra-2023-01"
_HOSE = "xn-tp-hcm-hose-giao-dich-co-phieu-2025-09"
_THPT_GROUPS = ["I. Nam Định", "II. Hà Nam", "III. Tuyên Quang", "IV. Hà Nội", "V. Hưng Yên", "VI. Bắc Kạn",
                "VII. Thanh Hóa"]


# ---------------------------------------------------------------- 1. the group a sentence names

def test_the_names_of_group_headings_in_real_sheets():
    assert group_names(_THPT_GROUPS)["VII. Thanh Hóa"] == "Thanh Hóa"
    # yh- tourism (a province noun every heading opens with; a town by its noun, its province in brackets)
    assert group_names(["I. Tỉnh Quảng Nam", "II. Tỉnh Bà Rịa - Vũng Tàu", "III. Tỉnh Quảng Ninh",
                        "IV. Thị xã Sa Pa (Lào Cai)"]) == {
        "I. Tỉnh Quảng Nam": "Quảng Nam", "II. Tỉnh Bà Rịa - Vũng Tàu": "Bà Rịa - Vũng Tàu",
        "III. Tỉnh Quảng Ninh": "Quảng Ninh", "IV. Thị xã Sa Pa (Lào Cai)": "Sa Pa"}
    # yb- youth unions (the body's words every heading opens with), xp- water companies (a ticker in brackets)
    assert group_names(["Tỉnh Đoàn An Giang", "Tỉnh Đoàn Sóc Trăng"]) == {
        "Tỉnh Đoàn An Giang": "An Giang", "Tỉnh Đoàn Sóc Trăng": "Sóc Trăng"}
    assert group_names(["Biwase (BWE)", "TDM Water (TDM)"]) == {"Biwase (BWE)": "Biwase",
                                                                 "TDM Water (TDM)": "TDM Water"}


def test_section_titles_measures_and_a_single_group_are_no_named_groups():
    assert group_names(["I. KINH TẾ", "II. VĂN HÓA - XÃ HỘI"]) == {}          # zk- sections, in capitals
    assert group_names(["TAND HAI CẤP", "TAND TỈNH"]) == {}                 # zc- courts
    assert group_names(["I. Thu ngân sách", "II. Chi ngân sách"]) == {}       # measures, not names
    assert group_names(["VII. Thanh Hóa", "Chỉ số sản xuất"]) == {}          # one named group: nothing to tell apart
    assert group_names(["I. Cháy", "II. Nổ"]) == {}           # yl- fires: one word, capitalised as any heading's first
    assert "Đoàn Quân đội" not in group_names(["I. Đoàn Hà Nội", "III. Đoàn Quân đội", "IV. Đoàn Thanh Hóa"])


def test_a_sentence_names_a_group_as_a_name_and_not_inside_another():
    names = group_names(_THPT_GROUPS)
    text = "Ông Phạm Lê Ngà, Giám đốc Sở GD-ĐT Bắc Kạn, cho biết tỉ lệ khoảng 70%. " \
           "Tỉ lệ đỗ tốt nghiệp THPT năm nay của Thanh Hóa là 98,68% ở hệ THPT, hệ GDTX đạt 94,22%."
    start = text.index("Tỉ lệ đỗ")
    assert groups_named(names, text, start, text.index("98,68") + 6) == {"VII. Thanh Hóa"}
    # the sentence before, not this one: Bắc Kạn is no group of the second sentence
    assert groups_named(names, text, 0, text.index("70%") + 3) == {"VI. Bắc Kạn"}
    # Hà Nội is no Hà Nam; a name after the number, in its sentence, counts
    said = "tỉ lệ đỗ tốt nghiệp là 94,63% ở Hà Nội."
    assert groups_named(names, said, 0, said.index("94,63") + 6) == {"IV. Hà Nội"}
    assert other_group("II. Hà Nam", names, {"IV. Hà Nội"})
    assert not other_group("IV. Hà Nội", names, {"IV. Hà Nội"})
    assert not other_group("II. Hà Nam", names, set())                 # a sentence naming no group judges nothing
    assert not other_group("X. Cả nước", names, {"IV. Hà Nội"})        # a row of no named group stays a candidate


def test_another_provinces_rise_on_thanh_hoas_line_is_caught():
    line = "Tỉ lệ đỗ tốt nghiệp THPT năm nay của Thanh Hóa là 98,68%"
    assert [v for _, v, _ in nth_verdicts(_THPT, line, line)] == ["supported"]
    (_, verdict, reason), = nth_verdicts(_THPT, line, line.replace("98,68%", "13%"))
    assert verdict == "unsupported" and "VII.1" in reason and "98,68%" in reason
    # Tuyên Quang's own rise, on its own line, stays its own
    rise = "tăng tới 13% so với năm 2009"
    assert [v for _, v, _ in nth_verdicts(_THPT, rise, rise)][0] == "supported"
    # Bắc Kạn's rate, said in the paragraph that names Bắc Kạn, stays supported
    bk = "tỉ lệ đỗ tốt nghiệp của tỉnh khoảng 70%"
    assert [v for _, v, _ in nth_verdicts(_THPT, bk, bk)] == ["supported"]


# ---------------------------------------------------------------- 2. a signed rate after the verb

def _cmp(text):
    return [(m.raw.strip(), m.comparison) for m in extract_numbers(text) if m.kind in ("percent", "change")]


def test_a_minus_after_the_verb_is_a_fall_and_the_verb_stays_the_numbers():
    # xt- Vĩnh Phúc industry index (a statistics office's signed rates), xs- cá tra, xt- PV Oil
    assert _cmp("ngành công nghiệp chế biến, chế tạo tăng 3,08% và tăng -0,82%") == [("3,08%", "tăng"),
                                                                                   ("0,82%", "giảm")]
    assert _cmp("xuất khẩu cá tra tiếp tục giảm -76% so với cùng kỳ năm 2022") == [("76%", "giảm")]
    assert _cmp("sản lượng kinh doanh xăng dầu nội địa giảm khoảng -44,4% so với cùng kỳ") == [("44,4%", "giảm")]
    assert _cmp("doanh thu tăng +5,2% so với cùng kỳ") == [("5,2%", "tăng")]
    # unchanged: no sign, and a dash that is a range's, not a sign after the verb
    assert _cmp("xuất khẩu cá tra tiếp tục giảm 61% so với cùng kỳ năm 2022") == [("61%", "giảm")]
    assert all(c != "giảm" for _, c in _cmp("tỷ lệ tăng từ 3 - 5% mỗi năm"))


def test_another_rows_signed_rate_after_the_verb_is_caught():
    assert [v for _, v, _ in nth_verdicts(_CATRA, "giảm 61%", "giảm 61%")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(_CATRA, "giảm 61%", "giảm -61%")] == ["supported"]
    (_, verdict, reason), = nth_verdicts(_CATRA, "giảm 61%", "giảm -76%")
    assert verdict == "unsupported" and "01-TL" in reason


def test_a_signed_fall_the_table_cannot_compute_reads_as_the_fall_written_plainly():
    # xn- HOSE: the index's fall from last month, the table keeps no last month — as «giảm 1,22%» reads.
    # Updated in figures round 50: the sheet's «So với tháng trước (%)» column is now loaded as rows of their own
    # (``01-KT`` «VN-Index: so với tháng trước» −1,22; figures round 48's month-before rows), so the fall is no
    # longer unchecked but derived from that row — the signed and the plain fall alike, and a wrong one is caught
    plain = [v for _, v, _ in nth_verdicts(_HOSE, "giảm -1,22%", "giảm 1,22%")]
    assert [v for _, v, _ in nth_verdicts(_HOSE, "giảm -1,22%", "giảm -1,22%")] == plain == ["derived"]
    [(_, verdict, reason)] = nth_verdicts(_HOSE, "giảm -1,22%", "giảm 2,22%")
    assert verdict == "unsupported" and "01-KT" in reason
