"""Three follow-ups of the checker (issue 13): a running total and its month's value are one indicator whose column
the words of time choose; a norm written ``phải đạt từ X% trở lên`` is a requirement; a target year after a school
year's or a term's report is a later period's figure.  Each on the sentence that asked for it and one it must leave
alone."""

from __future__ import annotations

from service.checker import check_text
from service.checker.recognisers.running import time_cue
from service.figures.load import load_table

MONTHLY = """Chỉ tiêu,ĐVT,KH năm,Tháng 11/2019,Lũy kế từ đầu năm
Số buổi tuyên truyền,buổi,60,5,52
Số vụ tai nạn giao thông,vụ,,3,31
Số người chết,người,,2,20
Số lượt người nghe tuyên truyền,lượt người,,300,
"""


def monthly(tmp_path):
    p = tmp_path / "Tháng 11-2019.csv"
    p.write_text(MONTHLY, encoding="utf-8")
    return load_table(p)


def verdicts(text, figures, **kw):
    return [(c.text, c.verdict, (c.source or {}).get("ma")) for c in check_text(text, figures, **kw).numbers
            if c.verdict != "not_a_figure"]


# ---------------------------------------------------------------- 1. a running total and its month's value

def test_the_loader_keeps_the_running_total_as_its_own_row(tmp_path):
    t = monthly(tmp_path)
    assert [(f.ma, f.ky_bao_cao) for f in t][:2] == [("R-2", 5), ("R-2-LK", 52)]


def test_the_year_to_date_in_other_words_is_the_running_total(tmp_path):
    t = monthly(tmp_path)
    for text in ("Lũy kế 11 tháng tổ chức 52 buổi tuyên truyền.", "Tính chung 11 tháng, tổ chức 52 buổi tuyên truyền.",
                 "Năm 2019 đến nay tổ chức 52 buổi tuyên truyền.", "Từ đầu năm đến nay tổ chức 52 buổi tuyên truyền.",
                 "Luỹ kế từ đầu năm tổ chức 52 buổi tuyên truyền.", "Tổ chức 52 buổi tuyên truyền."):
        assert verdicts(text, t) == [("52", "supported", "R-2-LK")], text


def test_the_month_and_the_year_to_date_in_one_sentence(tmp_path):
    # the police office's monthly traffic report: the month's figures, then "lũy kế" with the same nouns
    t = monthly(tmp_path)
    text = ("Trong tháng xảy ra 3 vụ tai nạn giao thông, làm chết 2 người; lũy kế từ đầu năm xảy ra 31 vụ, "
            "làm chết 20 người.")
    assert verdicts(text, t) == [("3", "supported", "R-3"), ("2", "supported", "R-4"),
                                 ("31", "supported", "R-3-LK"), ("20", "supported", "R-4-LK")]
    assert verdicts("Tháng 11 tổ chức 5 buổi tuyên truyền.", t) == [("5", "supported", "R-2")]


def test_a_month_value_where_the_text_says_year_to_date_is_a_swap(tmp_path):
    t = monthly(tmp_path)
    got = check_text("Lũy kế 11 tháng tổ chức 5 buổi tuyên truyền.", t).numbers[-1]
    assert got.verdict == "unsupported" and got.expected == "52" and "lũy kế" in got.reason
    got = check_text("Trong tháng xảy ra 31 vụ tai nạn giao thông.", t).numbers[-1]
    assert got.verdict == "unsupported" and got.expected == "3" and got.source["ma"] == "R-3"


def test_a_wrong_running_total_is_still_caught_and_named(tmp_path):
    t = monthly(tmp_path)
    got = check_text("Lũy kế 11 tháng tổ chức 50 buổi tuyên truyền.", t).numbers[-1]
    assert got.verdict == "unsupported" and got.expected == "52" and "R-2-LK" in got.reason


def test_time_cues():
    assert time_cue("Từ tháng 1 đến tháng 11 xảy ra ") == "running"
    assert time_cue("11 tháng đầu năm 2019, ") == "running"
    assert time_cue("Cộng dồn ") == "running"
    assert time_cue("Riêng tháng 11, ") == "period"
    assert time_cue("bị phạt tù 6 tháng, ") is None and time_cue("Tổ chức ") is None


# ---------------------------------------------------------------- 2. a lower bound a rule sets

def rates(tmp_path):
    p = tmp_path / "figures.csv"
    p.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Tỷ lệ xã đạt chuẩn tiếp cận pháp luật,%,65\n"
                 "2,Số buổi tuyên truyền,buổi,12\n", encoding="utf-8")
    return load_table(p)


def test_a_lower_bound_a_rule_sets_is_a_requirement(tmp_path):
    # a justice office's plan: the norm each commune must meet, not a result
    t = rates(tmp_path)
    for text, value in (("Tỷ lệ xã đạt chuẩn tiếp cận pháp luật phải đạt từ 60% trở lên.", "60"),
                        ("Theo quy định, tỷ lệ hộ gia đình được công nhận phải đạt tối thiểu 80%.", "80"),
                        ("Yêu cầu tỷ lệ người dân tham gia bảo hiểm y tế không thấp hơn 95%.", "95"),
                        ("Theo hướng dẫn, tổ hòa giải phải có từ 5 tổ viên trở lên.", "5")):
        got = [(n.text.strip("%"), n.verdict, n.kind) for n in check_text(text, t).numbers]
        assert got == [(value, "not_a_figure", "norm")], text


def test_a_bound_met_is_a_result(tmp_path):
    t = rates(tmp_path)
    got = check_text("Tỷ lệ xã đạt chuẩn tiếp cận pháp luật phải đạt từ 60% trở lên, năm nay đã đạt 65%.", t).numbers
    assert [(n.text, n.verdict) for n in got] == [("60", "not_a_figure"), ("65%", "supported")]
    for text in ("Tỷ lệ xã đạt chuẩn tiếp cận pháp luật đã đạt 70%.",
                 "Phấn đấu tỷ lệ xã đạt chuẩn, kết quả đã đạt từ 70% trở lên.",
                 "Các xã đạt chuẩn tiếp cận pháp luật với tỷ lệ từ 70% trở lên."):
        assert [n.verdict for n in check_text(text, t).numbers] == ["unsupported"], text


def test_a_bound_before_a_percent_is_read_whole(tmp_path):
    # "tối thiểu 80%" was read as "8" by the count bound (its percent guard backtracked into the digits)
    t = rates(tmp_path)
    got = check_text("Mỗi chi hội tổ chức ít nhất 80% số buổi sinh hoạt theo quy định.", t).numbers
    assert got[0].text != "8"


# ---------------------------------------------------------------- 3. a target year after a school year's report

LITERACY = ("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Số học viên lớp xóa mù chữ,học viên,1.250\n"
            "2,Tỷ lệ người biết chữ trong độ tuổi 15-60,%,\"90,2\"\n")


def test_a_year_after_the_number_dates_it_later_than_a_school_year(tmp_path):
    from service.periods import Period

    p = tmp_path / "figures.csv"
    p.write_text(LITERACY, encoding="utf-8")
    t = load_table(p)
    text = ("Năm học 2013-2014, toàn tỉnh mở lớp xóa mù chữ cho 1.250 học viên; tỷ lệ người biết chữ trong độ tuổi "
            "15-60 đạt 90,2%. Tiếp tục nâng tỷ lệ người biết chữ trong độ tuổi 15-60 đạt 91,8% vào năm 2015, đến năm "
            "2020 là 94%.")
    for period in (Period(2013, "term", 1), "2013-2014"):
        got = {n.text: (n.verdict, n.kind) for n in check_text(text, t, period=period).numbers}
        assert got["1.250"] == ("supported", "count") and got["90,2%"][0] == "supported"
        assert got["91,8%"] == ("not_a_figure", "other-period") and got["94%"] == ("not_a_figure", "other-period")


def test_a_year_after_the_number_within_the_period_changes_nothing(tmp_path):
    p = tmp_path / "figures.csv"
    p.write_text(LITERACY, encoding="utf-8")
    t = load_table(p)
    # the report's own year after the number, and a wrong value: still caught
    got = check_text("Tỷ lệ người biết chữ trong độ tuổi 15-60 đạt 91,8% vào năm 2013.", t, period="2013").numbers
    assert [(n.text, n.verdict) for n in got if n.text == "91,8%"] == [("91,8%", "unsupported")]
    # a later year that is no time of the number ("kế hoạch năm 2015" is a document's name, after a comma)
    got = check_text("Năm 2013 tỷ lệ người biết chữ đạt 91,8%, thực hiện kế hoạch năm 2015.", t, period="2013").numbers
    assert [(n.text, n.verdict) for n in got if n.kind != "year"] == [("91,8%", "unsupported")]
