"""Checker round 77 (helper chk77, issue 13): a sentence whose topic is the aim itself (``Mục tiêu năm 2019, …``) is
the aim's in every clause, even in the report's own year (``recognisers/aimhead._AIM_TOPIC``)."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.recognisers.aimhead import head_aim
from service.figures.load import load_table
from service.periods import parse_period
from tests.sweep_tables import HELDOUT, heldout

QB = "xl-quang-binh-chi-cuc-dan-so-sinh-con-thu-3-2019"
#: the vocational schools' aim for 2015 (held-out zy-toan-quoc-tong-cuc-day-nghe-tuyen-sinh-hoc-nghe-2014)
ZY = "Mục tiêu trong năm 2015, ngành dạy nghề sẽ tuyển sinh mới 2.321.000 học viên."


def test_the_aimed_range_on_the_held_out_page_is_no_flag():
    text = heldout(QB)
    table = load_table(HELDOUT / QB / "figures.csv", period="2019")
    s = text.index("0,5-1%")
    n = next(n for n in check_text(text, table, period="2019").numbers if n.start == s)
    assert n.verdict != "unsupported", n.reason


@pytest.mark.parametrize("text, quote, period, how", [
    # the aim's topic, its sentence's later clauses (a comma after "chỉ đạo") included
    ("Mục tiêu năm 2019, Chi cục DS-KHHGĐ sẽ chỉ đạo, hướng dẫn các địa phương tiếp tục giảm tỷ suất sinh 0,05- "
     "0,1%o, giảm tỷ lệ sinh con thứ 3 từ 0,5-1%, khống chế tốc độ gia tăng", "0,5-1%", "2019", "aim"),
    # the second source, read in a report of its own year
    (ZY, "2.321.000", "2015", "aim"),
    # not the aim's topic: a year's head in the report's own year states results (aimhead's rule, kept)
    ("Năm 2019, Chi cục DS-KHHGĐ đã chỉ đạo các địa phương giảm tỷ lệ sinh con thứ 3 còn 18,45%.", "18,45%", "2019",
     None),
    # a mark of what was done after the aim's topic takes over
    ("Mục tiêu năm 2019, kết quả cả tỉnh giảm tỷ lệ sinh con thứ 3 còn 18,45%.", "18,45%", "2019", None),
    # "mục tiêu" without a year and a comma: no topic (the verb decides, as before)
    ("Tỉnh hoàn thành mục tiêu giảm tỷ lệ sinh con thứ 3 còn 18,45%.", "18,45%", "2019", None),
])
def test_the_aims_topic_and_its_negatives(text, quote, period, how):
    assert head_aim(text, text.index(quote), parse_period(period)) == how
