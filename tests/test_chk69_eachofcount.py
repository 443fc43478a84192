"""Checker round 69 (chk69): ``N <noun> …, mỗi <noun> trị giá X`` — the amount per unit of the row the count heads.

A sheet keeps ``Trị giá mỗi suất`` under each of two counts; the text says a count, then ``mỗi suất trị giá`` and
the amount of one. The amount is the row's under that count, whatever words of the other count stand earlier in the
sentence (``service/checker/eachofcount.py``). Sources: xi-long-an-tan-thanh-ubnd-huyen-thang-hanh-dong-vi-tre-em-2019-05
(``tặng 13 suất học bổng cho trẻ em …, mỗi suất trị giá 1 triệu đồng (… Quỹ Bảo trợ trẻ em tỉnh); tặng 65 suất học
bổng, mỗi suất trị giá 300 ngàn đồng``), sweep p35-vov-longan-xuancanhty-2020-01 (``trao tặng 50 phần quà cho gia
đình chính sách, mỗi phần trị giá 1,3 triệu đồng/suất; tặng 200 suất học bổng cho trẻ em nghèo, mỗi suất trị giá 1
triệu đồng``). Negatives: a swapped amount stays caught both ways; xg-…-lien-hiep-hoi-khkt's per-unit rows (no
groups: ``Trị giá giải nhất`` …) keep their verdicts; an amount not said after ``mỗi`` is not the rule's.
"""

from __future__ import annotations

from service.checker.eachofcount import said_each
from tests.sweep_tables import case_line_verdicts, check_at, checks, csv_table

_XI = "xi-long-an-tan-thanh-ubnd-huyen-thang-hanh-dong-vi-tre-em-2019-05"
_XI_LINE = "tặng 65 suất học bổng, mỗi suất trị giá 300 ngàn đồng"


def _v(slug, line, bad=None):
    return {t.strip(): v for t, v, _ in case_line_verdicts(slug, line, bad)}


def test_xi_the_amount_of_the_count_before_stands():
    assert _v(_XI, _XI_LINE) == {"65": "supported", "300 ngàn đồng": "supported"}


def test_xi_the_other_count_s_amount_is_a_swap():
    assert _v(_XI, _XI_LINE, _XI_LINE.replace("300 ngàn đồng", "1 triệu đồng"))["1 triệu đồng"] == "unsupported"
    first = "13 suất học bổng cho trẻ em có hoàn cảnh đặc biệt khó khăn, mỗi suất trị giá 1 triệu đồng"
    assert _v(_XI, first, first.replace("1 triệu đồng", "300 ngàn đồng"))["300 ngàn đồng"] == "unsupported"


_P35 = ("STT,Chỉ tiêu,ĐVT,Tháng 01/2020\n"
        "1,Quà cho gia đình chính sách,phần,50\n,Trị giá mỗi suất,triệu đồng/suất,\"1,3\"\n"
        "2,Học bổng cho trẻ em nghèo,suất,200\n,Trị giá mỗi suất,triệu đồng/suất,1\n")
_P35_TEXT = ("Phó Chủ tịch nước Đặng Thị Ngọc Thịnh cùng đoàn đã trao tặng 50 phần quà cho gia đình chính sách, mỗi "
             "phần trị giá 1,3 triệu đồng/suất; tặng 200 suất học bổng cho trẻ em nghèo, mỗi suất trị giá 1 triệu "
             "đồng.")


def test_p35_each_amount_is_its_count_s(tmp_path):
    got = checks(_P35_TEXT, csv_table(tmp_path, _P35, "2020-01"), "2020-01")
    assert [check_at(got, _P35_TEXT, n).verdict for n in ("50", "1,3 triệu", "200", "1 triệu")] == ["supported"] * 4


def test_p35_swapped_amounts_are_caught(tmp_path):
    wrong = _P35_TEXT.replace("mỗi suất trị giá 1 triệu", "mỗi suất trị giá 1,3 triệu")
    got = checks(wrong, csv_table(tmp_path, _P35, "2020-01"), "2020-01")
    assert check_at(got, wrong, "1,3 triệu", nth=1).verdict == "unsupported"


_KHKT = "xg-toan-quoc-lien-hiep-hoi-khkt-hoi-thi-sang-tao-2018-2019"


def test_xg_per_unit_rows_of_no_group_keep_their_verdicts():
    line = "6 giải nhất, mỗi giải trị giá 50 triệu đồng; 12 giải nhì, mỗi giải trị giá 40 triệu đồng"
    assert set(_v(_KHKT, line).values()) == {"supported"}
    swapped = [v for t, v, _ in case_line_verdicts(_KHKT, line, line.replace("trị giá 40", "trị giá 50"))]
    assert swapped[-1] == "unsupported"


def test_said_each_reads_only_an_amount_after_mỗi():
    t = "tặng 65 suất học bổng, mỗi suất trị giá 300 ngàn đồng; tổng trị giá 19,5 triệu đồng"
    assert said_each(t, t.index("300")) and not said_each(t, t.index("19,5")) and not said_each(t, t.index("65"))
    assert said_each("trao 900 suất quà (mỗi suất trị giá 1 triệu đồng)", 36)
