"""Caught round 13: a sentence opening with «Trong đó» breaks down the sentence before it, over that sentence's span of
time — its words of time choose between a row and its running total when the sentence names none
(``service/checker/carriedcue.py``, ``Attribution._running_pass``).

Quotes from the held-out zo Quảng Nam (Trung tâm Xúc tiến Du lịch, tháng 7/2017: ``-LK`` rows) and the d13 Dân Việt
page (report 2013-10T: October as a part row)."""

from pathlib import Path

from sweep_tables import ROOT, case_line_verdicts

from service.checker.carriedcue import carried_cue

ZO = "zo-quang-nam-trung-tam-xuc-tien-du-lich-2017-07"
DANVIET = "d13-danviet-thuysan-10t-2013"
D13 = (ROOT / "evaluations" / "sweep" / "caught13",)

ZO_YTD = "Trong đó: khách quốc tế đạt 1.777.000 lượt khách, tăng 21,67% so với cùng kỳ năm 2016; khách nội địa ước đạt 1.387.500"
ZO_MONTH = ("Trong đó: khách quốc tế ước đạt 239.000 lượt khách, tăng 20,01 % so với cùng kỳ năm 2016; khách nội địa ước đạt "
            "297.500")
DV_LINE = "Trong đó, sản lượng thủy sản khai thác đạt 2,38 triệu tấn,"


def _of(rows, text):
    return [(v, r) for t, v, r in rows if t == text]


# ---------------------------------------------------------------- the grammar
def test_trong_do_takes_the_words_of_time_of_the_sentence_before():
    text = ("Lượng khách sau 7 tháng đầu năm 2017 đạt 3.164.500 lượt khách.\n\nTrong đó: khách quốc tế đạt 1.777.000 lượt "
            "khách")
    assert carried_cue(text, text.index("Trong đó")) == "running"
    text = "Trong tháng 7/2017 tổng lượt khách ước đạt 536.500 lượt khách. Trong đó, khách quốc tế ước đạt 239.000"
    assert carried_cue(text, text.index("Trong đó")) == "period"


def test_no_trong_do_or_no_words_of_time_before_carries_nothing():
    text = "Tổng lượt khách ước đạt 536.500 lượt khách. Khách quốc tế ước đạt 239.000"
    assert carried_cue(text, text.index("Khách quốc tế")) is None
    text = "Tổng lượt khách ước đạt 536.500 lượt khách. Trong đó, khách quốc tế ước đạt 239.000"
    assert carried_cue(text, text.index("Trong đó")) is None


# ---------------------------------------------------------------- the month's value under the running total's words
def test_zo_month_values_after_seven_months_sentence_are_flagged():
    for good, bad in (("1.777.000", "239.000"), ("1.387.500", "297.500")):
        got = _of(case_line_verdicts(ZO, ZO_YTD, ZO_YTD.replace(good, bad)), bad)
        assert got[0][0] == "unsupported", got
        assert "Trong đó" in got[0][1] and "lũy kế từ đầu năm" in got[0][1] and good in got[0][1]


def test_zo_running_totals_after_the_month_sentence_are_flagged():
    for good, bad in (("239.000", "1.777.000"), ("297.500", "1.387.500")):
        got = _of(case_line_verdicts(ZO, ZO_MONTH, ZO_MONTH.replace(good, bad)), bad)
        assert got[0][0] == "unsupported" and "của riêng kỳ báo cáo" in got[0][1] and good in got[0][1], got


def test_danviet_october_in_another_scale_under_ten_months_is_flagged():
    got = _of(case_line_verdicts(DANVIET, DV_LINE, DV_LINE.replace("2,38", "0,24"), folders=D13), "0,24 triệu tấn")
    assert got[0][0] == "unsupported" and "2.380.000 tấn" in got[0][1] and "2-2013-10" in got[0][1]


# ---------------------------------------------------------------- guards: the clean lines stand
def test_clean_lines_stand():
    for slug, line, folders in ((ZO, ZO_YTD, None), (ZO, ZO_MONTH, None), (DANVIET, DV_LINE, D13)):
        rows = case_line_verdicts(slug, line, **({"folders": folders} if folders else {}))
        assert all(v in ("supported", "derived", "not_a_figure") for _, v, _ in rows), (slug, rows)
