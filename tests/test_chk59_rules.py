"""Checker round 59 (chk59, issue 13): misses and false alarms on the unseen batch ``xe-*``
(evaluations/sweep/checker-round59.md). Each rule quotes two real sources; a planted wrong value is flagged, the right
one passes, and what the rule does not claim stays as it was.

- ``11 tháng`` (the months so far) is not ``tháng 11`` (the month): a change row labelled with one is not the row of a
  sentence naming only the other — ``monthorder.other_stretch`` in ``derive._counted_change_named``;
- a count glued to its abbreviated noun in a list of one family (``1HCV, 2HCB, 2HCĐ``; ``5 HCV, 5HCB, 7 HCĐ``) is a
  figure, not a code nor ``chương 1`` — ``recognisers.gluedlist`` in ``names.GLUED`` and ``documents``;
- the numerator of a rate per a round base (``140 thuê bao/100 dân``) is a figure, not a phone number after the label
  ``di động:`` — ``perbase.numerator_of_rate`` in ``web.PHONE_LABELLED``;
- a measure kept for the whole (no group) and again under named groups (``VĐV Nghiêm Thảo Tâm (U16 nữ)``, ``Đoàn Hà
  Nội``): a sentence naming one group by its own capitalised names takes that group's row, so the whole's value there
  is a swap — ``attribution._group_beside_whole``.
"""

from __future__ import annotations

from tests.sweep_tables import case_line_verdicts, checks, csv_table, page

from service.checker.extract import extract_numbers
from service.checker.monthorder import months_named, other_stretch
from service.checker.recognisers.perbase import numerator_of_rate


def _of(got, said):
    return [v for t, v, _ in got if t == said]


def _read(text):
    return [(m.raw, m.kind) for m in extract_numbers(text)]


# ---------------------------------------------------------------- the months so far are not the month

_HA_NAM = "xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t"
_HA_NAM_YEAR = ("Qua đó, đưa tổng giá trị sản xuất công nghiệp 11 tháng ước đạt 3.091,4 tỷ đồng, tăng 19,7% so với cùng "
                "kỳ năm trước.")
_HA_NAM_MONTH = "Giá trị sản xuất công nghiệp của tỉnh ta trong tháng 11 ước đạt 349,7 tỷ đồng, tăng 5,8% so với tháng 10"


def test_the_months_so_far_are_checked_against_their_own_rate_not_the_month_s():
    # rows «1 Tổng giá trị sản xuất công nghiệp» (11 tháng, rise 19,7) and «6.1 Giá trị sản xuất công nghiệp tháng 11
    # tăng so với tháng 10» = 5,8: the running total's rise was flagged as «not 5,8%»
    assert _of(case_line_verdicts(_HA_NAM, _HA_NAM_YEAR), "19,7%") == ["derived"]
    got = case_line_verdicts(_HA_NAM, _HA_NAM_YEAR, _HA_NAM_YEAR.replace("19,7%", "29,7%"))
    assert _of(got, "29,7%") == ["unsupported"]
    # negative: the month's own rise (against last month, a column the sheet does not keep) is left as before: not
    # flagged, not taken for the running total's
    assert _of(case_line_verdicts(_HA_NAM, _HA_NAM_MONTH), "5,8%") == ["unverified"]


_NAM_DINH_TABLE = """Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước,Ghi chú
VT-01,"Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ tháng 6",tỷ đồng,547,"435,9",
VT-01b,"Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ tháng 6 tăng so với tháng trước",%,"4,3",,
VT-02,"Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ 6 tháng",tỷ đồng,3.017,"2.681,8",
"""
# p-namdinh-vantai-2022-h1: the headline and the month's sentence as the page prints them
_NAM_DINH_HALF = "Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ 6 tháng đầu năm tăng 12,5% so cùng kỳ."
_NAM_DINH_MONTH = ("Trong tháng 6-2022, doanh thu vận tải, kho bãi và dịch vụ hỗ trợ ước đạt 547 tỷ đồng, tăng 4,3% so với "
                   "tháng trước.")


def test_the_half_year_s_rise_is_not_the_month_s_change_row(tmp_path):
    # second source, p-namdinh-vantai-2022-h1: the same two stretches in two rows of one sheet («… tháng 6», «… 6 tháng»)
    table = csv_table(tmp_path, _NAM_DINH_TABLE, "2022-H1")
    n = next(n for n in checks(_NAM_DINH_HALF, table, "2022-H1") if n.text.startswith("12,5"))
    assert n.verdict == "derived"          # 3.017 / 2.681,8 = +12,5%, not «VT-01b = 4,3%»
    n = next(n for n in checks(_NAM_DINH_HALF.replace("12,5%", "14,5%"), table, "2022-H1") if n.text.startswith("14,5"))
    assert n.verdict == "unsupported" and "4,3" not in (n.reason or "")
    # negative: the month's sentence («so với tháng trước», a column the sheet does not keep) is left as before
    n = next(n for n in checks(_NAM_DINH_MONTH, table, "2022-H1") if n.text.startswith("4,3"))
    assert n.verdict == "unverified"


def test_month_and_months_are_told_apart_by_word_order():
    assert months_named("Giá trị sản xuất công nghiệp tháng 11 tăng so với tháng 10") == {("month", 11), ("month", 10)}
    assert months_named("tổng giá trị sản xuất công nghiệp 11 tháng ước đạt") == {("months", 11)}
    assert months_named("6 tháng đầu năm 2022") == {("months", 6)}
    # negatives: a date, a month with its year, no number of months
    assert months_named("Ngày 3 tháng 11 năm 2006") == {("month", 11)}
    assert months_named("trong tháng 6-2022") == {("month", 6)}
    assert not other_stretch("Tổng giá trị sản xuất công nghiệp", "11 tháng ước đạt")
    assert not other_stretch("Giá trị sản xuất tháng 11", "trong tháng 11, 11 tháng")   # both said: no clash
    assert other_stretch("Giá trị sản xuất tháng 11 tăng so với tháng 10", "công nghiệp 11 tháng ước đạt")
    assert other_stretch("Doanh thu 6 tháng", "Trong tháng 6-2022, doanh thu")


# ---------------------------------------------------------------- counts glued to an abbreviation of one family

_BA_RIA = "xe-ba-ria-vung-tau-trung-tam-htdtt-co-vua-tre-chau-a-2018-04"
_BA_RIA_LINE = "Kết quả đoàn vận động viên của tỉnh đạt tổng cộng 5 huy chương: 1HCV, 2HCB, 2HCĐ."


def test_medals_glued_to_their_letters_are_counts_and_checked():
    # rows «2.1 Huy chương vàng» HCV 1, «2.2 Huy chương bạc» HCB 2, «2.3 Huy chương đồng» HCĐ 2
    got = case_line_verdicts(_BA_RIA, _BA_RIA_LINE)
    assert _of(got, "1") == ["supported"] and _of(got, "2") == ["supported", "supported"]
    got = case_line_verdicts(_BA_RIA, _BA_RIA_LINE, _BA_RIA_LINE.replace("2HCB", "3HCB"))
    assert _of(got, "3") == ["unsupported"]
    got = case_line_verdicts(_BA_RIA, _BA_RIA_LINE, _BA_RIA_LINE.replace("1HCV", "4HCV"))
    assert _of(got, "4") == ["unsupported"]


def test_a_glued_medal_among_spaced_ones_is_a_count():
    # second source: sweep page p38-vov-taekwondo-tre-ketthuc-none («Đoàn Bình Dương đứng thứ ba với 5 HCV, 5HCB, 7 HCĐ.»)
    line = "Đoàn Bình Dương đứng thứ ba với 5 HCV, 5HCB, 7 HCĐ."
    assert line in page("p38-vov-taekwondo-tre-ketthuc-none")
    assert [k for r, k in _read(line) if r.startswith("5")] == ["count", "count"]


def test_codes_glued_to_capitals_stay_names():
    # negatives: a lone glued code, one-letter families, letters before the digits, a document's chapter
    assert _read("VĐV Nguyễn Văn A đạt 2HCB tại giải") == [("2HCB", "name")]
    assert [k for _, k in _read("phủ sóng 4G, 5G toàn tỉnh")] == ["name", "name"]
    assert all(k != "count" for _, k in _read("các lứa tuổi U16, U18; chủng H5N1, COVID-19; lớp 1A, 2A"))
    assert [k for _, k in _read("theo quy định tại chương: 1, Điều 5")][0] == "reference"


# ---------------------------------------------------------------- a rate's numerator is no phone number

_TTTT = "xe-toan-quoc-bo-tttt-vien-thong-internet-2015"


def test_a_rate_per_hundred_after_a_phone_label_is_checked():
    # row «9 Tỷ lệ thuê bao di động» thuê bao/100 dân = 140, printed «Tỷ lệ thuê bao di động:  …  140 thuê bao/100 dân»
    line = "140 thuê bao/100 dân."
    assert _of(case_line_verdicts(_TTTT, line), "140") == ["supported"]
    assert _of(case_line_verdicts(_TTTT, line, "150 thuê bao/100 dân."), "150") == ["unsupported"]


def test_the_numerator_of_a_rate_per_base():
    # second source: zg-quang-ngai-son-tinh-dan-so-2015 («Tỷ số giới tính khi sinh là 135 nam/100 nữ»)
    text = "Tỷ số giới tính khi sinh là 135 nam/100 nữ"
    assert numerator_of_rate(text, text.index("135") + 3)
    assert numerator_of_rate("2,5 bác sĩ/1 vạn dân", 3)
    # negatives: hotlines and switchboards stay phone numbers (held-out and sweep pages: «tổng đài 1022 và», «Tổng
    # đài 111 đã tiếp nhận»), a count with no base is no rate
    assert _read("Tổng đài 1022 và đường dây nóng") == [("1022", "contact")]
    assert _read("Hotline: 1900 1234 hoặc") == [("1900 1234", "contact")]
    assert _read("Tổng đài 111 đã tiếp nhận 300 cuộc gọi") == [("111", "contact"), ("300", "count")]
    assert not numerator_of_rate("140 thuê bao di động", 3)
    assert not numerator_of_rate("198 lượt/221 người", 3)


# ---------------------------------------------------------------- a named group's row beside the whole's

_BA_RIA_ATHLETE = "Trong đó VĐV Nghiêm Thảo Tâm U16 nữ đạt 1HCV, 1 HCB; VĐV Bùi Đức Huy đạt 1 HCB, 2 HCĐ."


def test_an_athlete_s_medals_are_checked_against_her_rows_not_the_team_s():
    # xe-ba-ria-…: «2.2 Huy chương bạc» HCB 2 (the team, no group), «3.2 Huy chương bạc» 1 under «3. VĐV Nghiêm Thảo
    # Tâm (U16 nữ)», «4.1 Huy chương bạc» 1 under «4. VĐV Bùi Đức Huy (U16 nam)»
    got = case_line_verdicts(_BA_RIA, _BA_RIA_ATHLETE)
    assert all(v == "supported" for _, v, _ in got)
    got = case_line_verdicts(_BA_RIA, _BA_RIA_ATHLETE, _BA_RIA_ATHLETE.replace("1HCV, 1 HCB", "1HCV, 2 HCB"))
    assert _of(got, "2")[0] == "unsupported"          # the team's 2, said of Tâm
    got = case_line_verdicts(_BA_RIA, _BA_RIA_ATHLETE, _BA_RIA_ATHLETE.replace("Huy đạt 1 HCB", "Huy đạt 2 HCB"))
    assert _of(got, "2")[0] == "unsupported"          # the team's 2, said of Huy
    # negative: the team's own sentence names no athlete — left as it was (the team's value, right)
    assert all(v == "supported" for _, v, _ in case_line_verdicts(_BA_RIA, _BA_RIA_LINE))


_P38_TABLE = """SỞ VĂN HÓA VÀ THỂ THAO TP. HỒ CHÍ MINH,,,,
THÀNH TÍCH ĐOÀN TP. HỒ CHÍ MINH TẠI GIẢI TAEKWONDO CÁC LỨA TUỔI TRẺ TOÀN QUỐC,,,,
TT,Nội dung,Đơn vị,Kết quả tháng 7/2019,Ghi chú
1,Huy chương vàng,HCV,39,chung cuộc
2,Huy chương bạc,HCB,9,
3,Huy chương đồng,HCĐ,15,
4,Đoàn Hà Nội (xếp thứ hai),,,
4.1,Huy chương vàng,HCV,8,
4.2,Huy chương bạc,HCB,11,
4.3,Huy chương đồng,HCĐ,12,
5,Đoàn Bình Dương (xếp thứ ba),,,
5.1,Huy chương vàng,HCV,5,
5.2,Huy chương bạc,HCB,5,
5.3,Huy chương đồng,HCĐ,7,
"""
_P38_LINE = ("Chung cuộc, TP.HCM xếp nhất toàn đoàn với 39 HCV, 9 HCB và 15 HCĐ. Đứng thứ hai là đoàn Hà Nội với 8 HCV, "
             "11 HCB, 12 HCĐ. Đoàn Bình Dương đứng thứ ba với 5 HCV, 5HCB, 7 HCĐ.")


def test_a_team_s_medals_beside_the_reporting_team_s(tmp_path):
    # second source: sweep page p38-vov-taekwondo-tre-ketthuc-none, a table built from it (the reporting team's
    # medals with no group, two other teams under their names)
    assert _P38_LINE in page("p38-vov-taekwondo-tre-ketthuc-none")
    table = csv_table(tmp_path, _P38_TABLE, "2019-07")
    assert all(n.verdict == "supported" for n in checks(_P38_LINE, table, "2019-07"))
    bad = _P38_LINE.replace("11 HCB", "9 HCB")       # the reporting team's 9, said of Hà Nội
    assert [n.verdict for n in checks(bad, table, "2019-07") if n.text == "9"][1] == "unsupported"
    bad = _P38_LINE.replace("5HCB", "9HCB")          # the same, glued, of Bình Dương
    assert [n.verdict for n in checks(bad, table, "2019-07") if n.text.startswith("9")][1] == "unsupported"
    # negative: the reporting team's sentence, named by no group, keeps its own rows
    ok = [n for n in checks(_P38_LINE, table, "2019-07") if n.text in ("39", "9", "15")]
    assert [n.source["ma"] for n in ok] == ["1", "2", "3"]
