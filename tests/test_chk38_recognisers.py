"""Checker round 38 (chk38, issue 13): the held-out folder's false alarms left at round 37's end
(evaluations/sweep/checker-round38.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- ``năm`` the year, not the numeral five: ``năm học`` (the school year) and a year subject's complement (``Năm 2020
  cũng là năm xã khởi sắc``) — ``yearnoun.year_of_a_kind`` / ``yearnoun.year_by_copula``, read where numbers in words
  are read (``extract._word_candidates``, ``table_words.add_table_words``);
- the one unit a label is per (``Thu nhập trên 1 cổ phiếu``, ``bình quân 1 lớp học``) — ``perbase.PER_ONE_IN_NAME``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import PAGES, check_at, checks, flagged_in, held, heldout, page

from service.checker.recognisers.bases import change_pair_base
from service.checker.recognisers.perbase import PER_ONE_IN_NAME
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


# ---------------------------------------------------------------- trên 1 cổ phiếu: the one unit a label is per

def test_the_one_share_earnings_are_per_is_no_figure(tmp_path):
    # held-out zq-toan-quoc-viettel-global: «Thu nhập trên 1 cổ phiếu (EPS cơ bản)» ×2, an income statement's labels
    case = "zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2025-Q3"), "2025-Q3")
    for nth in (0, 1):
        assert check_at(numbers, text, "1 cổ phiếu", nth=nth).verdict == "not_a_figure"


def test_the_one_class_an_average_is_per_is_no_figure(tmp_path):
    # held-out yf-quang-ngai-cuc-thong-ke: the yearbook table's title «… bình quân một giáo viên⏎và bình quân 1 lớp học»
    case = "yf-quang-ngai-cuc-thong-ke-hoc-sinh-binh-quan-giao-vien-lop-2010-2016"
    text = heldout(case)
    numbers = checks(text, held(tmp_path, case, "2010-2016"), "2010-2016")
    assert check_at(numbers, text, "1 lớp học").verdict == "not_a_figure"


def test_per_one_on_other_sources_and_more_than_one_kept(dummy):
    # the sweep's other income statements (BSC's page on IDP) and a survey's «bình quân 1 hộ» (c14-vn-ksms-2018)
    slug = next(p.stem for p in PAGES.glob("s1-bsc-idp-kqkd-theo-quy-2024-*.txt"))
    text = page(slug)
    assert flagged_in(text, dummy, "Thu nhập trên 1 cổ phiếu (EPS cơ bản)") == []
    assert _claimed("Nhân khẩu bình quân 1 hộ (quy mô h) chung cả nước năm 2018 là 3,70 người", "1 hộ")
    # «trên 1 tỷ đồng» is more than one (a scale after the 1): a figure, flagged against the dummy table (m-camau-ccb)
    quote = "sửa chữa 21 căn, tổng trị giá trên 1 tỷ đồng. Bên cạnh đó"
    assert flagged_in(quote, dummy, quote) == ["21", "1 tỷ đồng"]
    # a clause with a verb, or «cho» (gives to one: «tặng giấy khen cho 1 tập thể», yk-gia-lai), is no label
    assert not _claimed("Đã có 20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD", "1 tỷ")
    assert not _claimed("Dịp này, Hội Chữ thập đỏ tỉnh Gia Lai tặng giấy khen cho 1 tập thể", "1 tập")
    assert not _claimed("Cả nước có trên 1 triệu em đạt học lực loại giỏi", "1 triệu")


def _claimed(text, needle):
    at = text.index(needle)
    return any(c.start == at for c in PER_ONE_IN_NAME.find(text, 0, len(text)))


# ---------------------------------------------------------------- tăng 5 người (8/3 người): the pair after a change

def test_the_other_term_of_a_pair_after_a_change_is_the_base(tmp_path):
    # held-out ya-toan-quoc-cuc-canh-sat-pccc: «số người chết tăng 5 người (8/3 người), số người bị thương giảm 4 người
    # (0/4 người)» — 8 − 3 = 5, 0 − 4 = −4: the brackets restate the change's two terms, the second last period's
    case = "ya-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2023-03"
    text = heldout(case)
    figures = held(tmp_path, case, "2023-03")
    numbers = checks(text, figures, "2023-03")
    assert check_at(numbers, text, "3 người)").verdict == "not_a_figure"
    assert check_at(numbers, text, "4 người);").verdict == "not_a_figure"
    # a pair that does not add up stays checked: a wrong term is caught
    wrong = text.replace("tăng 5 người (8/3 người)", "tăng 5 người (8/2 người)")
    numbers = checks(wrong, figures, "2023-03")
    assert check_at(numbers, wrong, "2 người)").verdict == "unsupported"


def test_a_change_and_its_pair_on_another_source():
    # b-lam-dong-ma-tuy-2020-h1 and the sweep's p15-baolamdong: «tăng 93 vụ (206/113 vụ)»
    text = page(next(p.stem for p in PAGES.glob("p15-baolamdong-matuy*.txt")))
    at = text.index("206/113 vụ)") + len("206/")
    assert change_pair_base(text, at, at + 3) == "other-period"
    quote = "số vụ tăng 93 vụ (206/112 vụ)"   # 206 − 112 ≠ 93
    at = quote.index("112")
    assert change_pair_base(quote, at, at + 3) is None
    quote = "số vụ giảm 93 vụ (206/113 vụ)"   # a fall, yet the first term is larger
    at = quote.index("113")
    assert change_pair_base(quote, at, at + 3) is None
