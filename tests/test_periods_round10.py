"""Periods, round 10: wordings of the sweep pages (``/work/sweep/pages/<slug>.txt``, public pages of the genre the
service never saw) that were read as another period, or not read.

Each quote is one sentence (or a headline and its lead) of the page its test names by slug."""

from __future__ import annotations

import unicodedata

import pytest

from index.parse import parse_report
from service.periods import find_mentions, find_period


def report(tmp_path, text: str) -> str | None:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_report(p).period


def named(text: str, *date) -> list[tuple[str, str]]:
    return [(m.period.code, text[m.start:m.end]) for m in find_mentions(text, *date)]


# -- a headline's term read with its lead ---------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    # p10-thuthua-ccb-2017-2022: the headline names the term someone is re-elected for; the lead's congress opens it
    ("Ông Lê Văn Bảy tái cử chức Chủ tịch Hội Cựu Chiến binh huyện Thủ Thừa, nhiệm kỳ 2022 - 2027\n\n"
     "Trong 2 ngày 21 và 22/7, Hội Cựu chiến binh huyện Thủ Thừa tổ chức Đại hội đại biểu Hội Cựu Chiến binh huyện "
     "lần thứ VII, nhiệm kỳ 2022 - 2027.\n\nNhiệm kỳ qua, các cấp Hội Cựu Chiến binh trên địa bàn huyện tích cực "
     "tuyên truyền, vận động Cựu Chiến binh đoàn kết.", "2017-2022"),
    # p10-phuocvinh-ccb-2017-2022: a caption above the lead names the new committee's term
    ("Ban chấp hành Hội CCB thị trấn nhiệm kỳ 2022 – 2027 và đoàn đại biểu dự Đại hội Hội CCB huyện ra mắt Đại hội\n\n"
     "Trong 2 ngày 2 và 3-3, Hội Cựu chiến binh (CCB) Thị trấn Phước Vĩnh, huyện Phú Giáo tổ chức Đại hội Đại biểu "
     "lần thứ IX, nhiệm kỳ 2022 – 2027. Dự đại hội có 130 đại biểu đại diện cho 330 hội viên trong toàn hội.\n\n"
     "Trong nhiệm kì qua, Hội CCB thị trấn tiếp tục quán triệt, tuyên truyền, giáo dục hội viên.", "2017-2022"),
])
def test_a_headlines_term_a_congress_of_the_lead_opens_is_the_next_term(tmp_path, text, code):
    assert report(tmp_path, text) == code
    assert report(tmp_path, unicodedata.normalize("NFD", text)) == code


def test_a_headlines_bare_month_stays_unnamed_when_the_lead_dates_it(tmp_path):
    # p9-lucngan-ubnd-2018-h1 (round 9): the meeting's month in the headline is still no period of the report
    text = ("UBND huyện tổ chức phiên họp thường kỳ tháng 6\n\nNgày 24/5/2018, UBND huyện tổ chức phiên họp thường kỳ "
            "tháng 6 năm 2018 nhằm đánh giá và thảo luận tình hình 6 tháng đầu năm.\nTrong 6 tháng đầu năm 2018, "
            "tình hình kinh tế- xã hội của huyện có nhiều chuyển biến tích cực.")
    assert report(tmp_path, text) == "2018-H1"
