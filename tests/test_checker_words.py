"""Numbers written in words are checked like digits: right passes, wrong and last year's are flagged."""

from decimal import Decimal as D

import pytest

from service.checker import check_text
from service.figures.model import Figure, FigureTable

pytest.importorskip("service.numwords", reason="numbers in words arrive with service.numwords")

TABLE = FigureTable([
    Figure("MT-11", "Chuyên án - khởi tố bị can", "bị can", D(6), D(4)),
    Figure("CTD-08", "Giếng nước sạch", "giếng", D(6)),
    Figure("TQ-01", "Số thanh niên trúng tuyển nhập ngũ", "thanh niên", D(160), D(155)),
    Figure("CT-01", "Trị giá quà tặng", "đồng", D(2000000000)),
], period="2020-H1")


def verdict(text, written):
    found = [n for n in check_text(text, TABLE).numbers if n.text.strip() == written]
    assert found, [n.text for n in check_text(text, TABLE).numbers]
    return found[0]


@pytest.mark.parametrize("text, written, expected", [
    # a lone digit word before a noun the table counts (baolamdong.vn, redcross.org.vn sentences)
    ("Khám phá chuyên án, khởi tố 2 vụ, sáu bị can về tội mua bán ma túy.", "sáu", "supported"),
    ("Khám phá chuyên án, khởi tố 2 vụ, bảy bị can về tội mua bán ma túy.", "bảy", "unsupported"),
    ("Khám phá chuyên án, khởi tố 2 vụ, bốn bị can về tội mua bán ma túy.", "bốn", "stale"),
    ("Triển khai công trình dân sinh gồm: sáu giếng nước sạch.", "sáu", "supported"),
    # structured numbers and scale words
    ("Có một trăm sáu mươi thanh niên trúng tuyển nhập ngũ.", "một trăm sáu mươi", "supported"),
    ("Có một trăm sáu mươi mốt thanh niên trúng tuyển nhập ngũ.", "một trăm sáu mươi mốt", "unsupported"),
    ("Có một trăm năm mươi lăm thanh niên trúng tuyển nhập ngũ.", "một trăm năm mươi lăm", "stale"),
    ("Thăm, tặng quà trị giá hai tỷ đồng.", "hai tỷ đồng", "supported"),
])
def test_numbers_in_words(text, written, expected):
    n = verdict(text, written)
    assert n.verdict == expected, (n.verdict, n.reason)


def test_mot_as_the_article_is_never_read_as_one():
    got = [n.text for n in check_text("Một người dân cho biết, khởi tố 2 vụ, sáu bị can.", TABLE).numbers]
    assert "Một" not in got and "một" not in got
