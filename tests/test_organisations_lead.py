"""Organisations named in sentence case, found on the round trip of stop 24's working batch (a report drafted
from a template of the last edition stated 2 of 8 new values: every count was refused as "another unit's").

- A body's name whose words after the first are lower case (``Chi cục Quản lý thị trường tỉnh``, ``Trung tâm Y
  tế huyện Tuy An``) runs on to the place that ends it; the template took ``Chi cục Quản``.
- Where two names the table knows start at one place (``Chi cục`` and ``Chi cục Quản lý thị trường``), the longest
  is the subject; the checker took the shorter and refused the longer's rows in their own paragraph.
"""

from __future__ import annotations

from service.checker import check_text
from service.figures.load import load_table
from service.onboarding.subjects import subject


def _subject(text: str) -> str | None:
    return subject(text, len(text) - 1)


def test_a_sentence_case_name_runs_on_to_its_place():
    # dak-lak-qltt-2012-03
    assert _subject("Trong tháng 3, Chi cục Quản lý thị trường tỉnh đã thực hiện 114 vụ kiểm tra thị trường") == \
        "Chi cục Quản lý thị trường tỉnh"
    # sweep page tpl-tuyan-ttyt-2018
    assert _subject("Trung tâm Y tế huyện Tuy An đã đạt được các chỉ tiêu cơ bản như sau") == "Trung tâm Y tế huyện Tuy An"


def test_without_a_place_the_name_stops_where_capitals_stop():
    assert _subject("Chi cục Thuế đã thu 5 tỷ đồng trong tỉnh") == "Chi cục Thuế"


def test_the_longest_name_at_a_place_is_the_subject(tmp_path):
    p = tmp_path / "qltt.csv"
    p.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Đơn vị thực hiện\n"
                 "PH-01,Số vụ kiểm tra thị trường,vụ,114,Chi cục Quản lý thị trường tỉnh\n"
                 "PH-02,Số vụ vi phạm phát hiện và xử lý,vụ,103,Chi cục Quản lý thị trường tỉnh\n"
                 "PH-07,Số tiền xử phạt hành chính,triệu đồng,198,Chi cục\n"
                 "TH-01,Số vụ kiểm tra thuế,vụ,40,Chi cục Thuế\n", encoding="utf-8")
    t = load_table(p)
    text = ("Trong tháng 3, Chi cục Quản lý thị trường tỉnh đã thực hiện {} vụ kiểm tra thị trường, phát hiện và xử "
            "lý 103 vụ vi phạm.")
    figures = [c for c in check_text(text.format(114), t).numbers if c.verdict != "not_a_figure"]   # "tháng 3"
    assert [(c.text, c.verdict) for c in figures] == [("114", "supported"), ("103", "supported")]
    wrong = {c.text: c.verdict for c in check_text(text.format(40), t).numbers}
    assert wrong["40"] == "unsupported"   # the tax office's inspections
