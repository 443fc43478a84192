"""Checker round 69 (chk69): a breakdown's part the whole's own ``Ghi chú`` records is still a part of it.

``Giới thiệu 02 HVPN …, kết quả 01 chị đã viết hoàn chỉnh lý lịch …, 01 chị đang hoàn thành lý lịch`` with the row's
note ``01 chị đã hoàn chỉnh lý lịch; 01 chị đang hoàn thành`` (zw-ba-ria-vung-tau-long-dien-xa-tam-phuoc-hoi-lhpn-2020):
the note proves the second ``01`` (round 66's ``notefigure``), and the first, worded otherwise, is the rest of the same
breakdown (``check._parts_of_the_count_before``, stop 36). Second source: sweep p41-binhthuan-hoithi-stkt-2016-2017
(``chọn được 48 giải pháp để trao giải, gồm: 03 giải nhì, 09 giải ba, 36 giải khuyến khích``).
Negatives: parts that no longer add up stay flagged; a note of another row proves nothing of this breakdown.
"""

from __future__ import annotations

from tests.sweep_tables import case_line_verdicts, check_at, checks, csv_table

_ZW = "zw-ba-ria-vung-tau-long-dien-xa-tam-phuoc-hoi-lhpn-2020"
_ZW_LINE = ("Giới thiệu 02 HVPN ưu tú cho Đảng xem xét, kết nạp, kết quả 01 chị đã viết hoàn chỉnh lý lịch tại Ban Tổ "
            "chức Huyện ủy, 01 chị đang hoàn thành lý lịch")


def test_zw_both_parts_of_the_noted_breakdown_stand():
    got = [(t.strip(), v) for t, v, _ in case_line_verdicts(_ZW, _ZW_LINE)]
    assert [v for t, v in got if t == "01"] == ["derived", "supported"]
    assert ("02", "supported") in got


def test_zw_a_wrong_part_stays_flagged():
    got = [(t.strip(), v) for t, v, _ in case_line_verdicts(_ZW, _ZW_LINE, _ZW_LINE.replace("01 chị đã", "03 chị đã"))]
    assert ("03", "unsupported") in got


_P41 = ("STT,Chỉ tiêu,ĐVT,Năm 2017,Ghi chú\n"
        "1,Giải pháp được trao giải,giải pháp,48,03 giải nhì\n"
        "2,Tập thể được khen thưởng,tập thể,07,\n")
_P41_TEXT = ("Kết quả đã chọn được 48 giải pháp để trao giải, gồm: 03 giải nhì, 09 giải ba, 36 giải khuyến khích. "
             "Đồng thời, Ban Tổ chức đã khen thưởng 07 tập thể có thành tích trong tham gia, tổ chức hội thi.")


def test_p41_the_rest_of_a_noted_breakdown_is_derived(tmp_path):
    got = checks(_P41_TEXT, csv_table(tmp_path, _P41, "2017"), "2017")
    assert check_at(got, _P41_TEXT, "03").verdict == "supported"
    assert [check_at(got, _P41_TEXT, n).verdict for n in ("09", "36")] == ["derived", "derived"]


def test_p41_parts_that_do_not_add_up_stay_flagged(tmp_path):
    wrong = _P41_TEXT.replace("09 giải ba", "19 giải ba")
    got = checks(wrong, csv_table(tmp_path, _P41, "2017"), "2017")
    assert check_at(got, wrong, "19").verdict == "unsupported"


def test_p41_a_note_of_another_row_is_no_part(tmp_path):
    other = _P41.replace("48,03 giải nhì", "48,").replace("07,\n", "07,03 giải nhì\n")
    got = checks(_P41_TEXT, csv_table(tmp_path, other, "2017"), "2017")
    assert [check_at(got, _P41_TEXT, n).verdict for n in ("09", "36")] == ["unsupported", "unsupported"]
