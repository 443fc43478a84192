"""Checker round 38 (chk38, issue 13): the held-out folder's false alarms left at round 37's end
(evaluations/sweep/checker-round38.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- ``năm`` the year, not the numeral five: ``năm học`` (the school year) and a year subject's complement (``Năm 2020
  cũng là năm xã khởi sắc``) — ``yearnoun.year_of_a_kind`` / ``yearnoun.year_by_copula``, read where numbers in words
  are read (``extract._word_candidates``, ``table_words.add_table_words``).
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import check_at, checks, flagged_in, held, heldout, page

from service.checker.recognisers.yearnoun import year_by_copula, year_of_a_kind


# ---------------------------------------------------------------- năm học: the school year

def test_the_school_year_is_no_count_of_five_pupils(tmp_path):
    # held-out zt-khanh-hoa-so-gddt: the table counts pupils («Số học sinh»), so «năm học» was read as five of them
    case = "zt-khanh-hoa-so-gddt-hoan-thanh-chuong-trinh-tieu-hoc-2021-2022"
    text = heldout(case)
    figures = held(tmp_path, case, "2021-2022")
    at = text.index("Kết thúc năm học, tỷ lệ học sinh lớp 5")
    numbers = checks(text, figures, "2021-2022")
    assert [n.text for n in numbers if at <= n.start < at + 20] == []
    # the figure right after stays checked
    assert check_at(numbers, text, "99,99%").verdict == "supported"
    # five pupils, written in words, are still read (and, no row holding five, flagged)
    wrong = text.replace("Kết thúc năm học, tỷ lệ", "Kết thúc năm học sinh bỏ học, tỷ lệ")
    numbers = checks(wrong, figures, "2021-2022")
    at = wrong.index("năm học sinh bỏ học")
    assert [(n.text, n.verdict) for n in numbers if n.start == at] == [("năm", "unsupported")]


def test_a_year_of_a_kind_on_other_sources():
    # held-out zx-dong-thap-cac-truong-thpt: «Kết quả năm học, trường có 754/760 HS …»
    text = heldout("zx-dong-thap-cac-truong-thpt-tong-ket-nam-hoc-2013-2014")
    assert year_of_a_kind(text, text.index("Kết quả năm học,") + len("Kết quả năm"))
    # a sweep page on the budget: «chỉ còn 20 ngày nữa là kết thúc năm tài chính»
    text = page("c16-nhandan-thungansach-11t")
    assert year_of_a_kind(text, text.index("kết thúc năm tài chính") + len("kết thúc năm"))
    for counted in ("năm học sinh", "năm học viên", "năm học trò"):
        assert not year_of_a_kind(counted, len("năm")), counted


# ---------------------------------------------------------------- Năm 2020 là năm …: the year a year is

def test_a_year_equated_with_năm_is_no_count_of_five(tmp_path):
    # held-out zq-vinh-phuc-yen-lac: «Năm 2020 cũng là năm xã khởi sắc trong lĩnh vực xây dựng cơ bản»
    case = "zq-vinh-phuc-yen-lac-xa-trung-kien-gia-tri-san-xuat-2020"
    text = heldout(case)
    figures = held(tmp_path, case, "2020")
    assert flagged_in(text, figures, "Năm 2020 cũng là năm xã khởi sắc") == []
    # a count of communes after a quantity subject stays read: «số xã đạt chuẩn là năm xã»
    wrong = text.replace("Năm 2020 cũng là năm xã khởi sắc", "Năm 2020, số xã đạt chuẩn là năm xã khởi sắc")
    assert flagged_in(wrong, figures, "số xã đạt chuẩn là năm xã") == ["năm"]


def test_a_year_equated_with_năm_on_other_sources(dummy):
    # t16-hungha-ktxh-2022 (a district's report): «Năm 2023 là năm bản lề thực hiện các mục tiêu …»
    text = page("t16-hungha-ktxh-2022")
    at = text.index("Năm 2023 là năm bản lề")
    assert year_by_copula(text, at + len("Năm 2023 là "))
    assert flagged_in(text, dummy, "Năm 2023 là năm bản lề") == []
    # no year subject: «Đây là năm xã đầu tiên …» may count five communes — not claimed
    assert not year_by_copula("Đây là năm xã đầu tiên đạt chuẩn.", len("Đây là "))
    assert not year_by_copula("Năm 2020, tổng số xã đạt chuẩn là năm xã.", len("Năm 2020, tổng số xã đạt chuẩn là "))
