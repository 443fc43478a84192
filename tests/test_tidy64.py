"""Tidy round 64 (docs/tidy-64.md).

1. ``Attribution._span_cues`` (the periods the text reports) is a ``cached_property`` like ``_period_cues``.
2. The loader and ``notelists`` prime a fresh row code with ``figures.subrow.free_code``: the same codes out.
3. Last year said in words (``năm ngoái``, ``năm trước``) is written once (``checker.lastyearwords``), read by
   ``lastyearstretch`` (which alone adds ``năm qua``/``năm vừa qua``) and ``recognisers.stretchsaid``.
4. A count that names a titled work: one recogniser module (``checker.recognisers.titledwork``), two shapes, read by
   the checker (round 103) and the template (round 81).
5. A rate judged by its row's own indices is written once (``OwnIndex._judge_by_own_index``), read by the own-index
   pass and ``bracketchange``.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cached_property

import pytest

from service.checker.attribution import Attribution
from service.checker.check import check_text
from service.checker.lastyearstretch import names_last_year
from service.checker.recognisers import titledwork
from service.checker.recognisers.stretchsaid import last_years_stretch_before
from service.figures.load import load_table
from service.onboarding import works

# --- 1. the reported periods: one reading, a cached property -------------------------------------------------------

def test_the_reported_periods_are_a_cached_property():
    assert isinstance(Attribution.__dict__["_span_cues"], cached_property)
    assert isinstance(Attribution.__dict__["_period_cues"], cached_property)


# --- 2. a fresh row code: free_code ---------------------------------------------------------------------------------

def test_a_note_s_parts_take_a_primed_code_when_the_sheet_has_theirs(tmp_path):
    # a damage report's note of parts by province (zq- pages): the parts are «1-gc1», «1-gc2»; a row of the sheet
    # coded «1-gc1» before them makes the first part «1-gc1'»
    csv = tmp_path / "t.csv"
    csv.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Ghi chú\n"
                   "1-gc1,Nhà bị tốc mái,căn,40,\n"
                   "1,Nhà bị sập,căn,172,\"Yên Bái 2, Hòa Bình 7, Thanh Hóa 22, Nghệ An 140\"\n", encoding="utf-8")
    got = {f.ma: f for f in load_table(csv, period="2017-07")}
    assert got["1-gc1"].chi_tieu == "Nhà bị tốc mái"
    assert (got["1-gc1'"].chi_tieu, got["1-gc1'"].ky_bao_cao) == ("Nhà bị sập (Yên Bái)", Decimal("2"))
    assert got["1-gc2"].chi_tieu == "Nhà bị sập (Hòa Bình)"


# --- 3. last year said in words -------------------------------------------------------------------------------------

@pytest.mark.parametrize("words, said", [
    ("6 tháng đầu năm ngoái", True), ("3 tháng đầu năm trước", True), ("cùng kỳ năm vừa qua", True),
    ("6 tháng đầu năm 2020", False), ("6 tháng cuối năm", False), ("6 tháng trước", False)])
def test_a_base_s_words_close_with_last_year(words, said):
    assert names_last_year(words) is said


@pytest.mark.parametrize("text, said", [
    # the Bộ Y tế Tết page (wa-), a stretch of last year before its numbers; not as a base, not «năm qua»
    ("6 ngày Tết năm ngoái cả nước có hơn 3.400 ca nhập viện", "6 ngày Tết năm ngoái"),
    ("Trong 3 tháng đầu năm trước có 120 ca", "3 tháng đầu năm trước"),
    ("So với 6 ngày Tết năm ngoái, có 3.400 ca", None),
    ("Trong 12 tháng năm qua có 3.400 ca", None)])
def test_a_stretch_of_last_year_before_its_numbers(text, said):
    assert last_years_stretch_before(text, text.index("3.400" if "3.400" in text else "120")) == said


# --- 4. a count that names a titled work: one module, two shapes ----------------------------------------------------

def test_both_readers_read_the_one_module():
    from service.checker import titledwork as checker_pass
    assert checker_pass.count_runs_into_title is titledwork.count_runs_into_title
    assert works.clause_names_authored_title is titledwork.clause_names_authored_title


@pytest.mark.parametrize("text, value, checker, template", [
    # baotuyenquang.com.vn: one work, its title and its author's team
    ('gồm 1 tác phẩm báo điện tử "Nông nghiệp hữu cơ" của nhóm tác giả Nguyễn Thu Hằng', 1, True, True),
    # nguoilambao.vn: a series' five articles, curly and straight quotes mixed
    ('Loạt 5 bài "Bất cập trong tuyển sinh lớp 6 nguồn”của tác giả Lục Thị Khánh Chi', 5, True, True),
    # a title in guillemets, no author: the checker's shape only
    ("chuỗi 3 phóng sự «Đất và người»", 3, True, False),
    # a count of several works by its author: the template's shape only (not one thing, no series word)
    ('2 tác phẩm "Mùa xuân" (báo in) của tác giả Hoàng Anh', 2, False, True),
    # a kind's count (r- Bến Tre), a count of authors
    ("trao tặng 3 nhà “Mái ấm tình thương”", 3, False, False),
    ("1 tác phẩm của 50 tác giả", 1, False, False)])
def test_the_two_shapes(text, value, checker, template):
    s = text.index(str(value))
    e = s + len(str(value))
    assert titledwork.count_runs_into_title(text, s, e, Decimal(value)) is checker
    assert titledwork.clause_names_authored_title(text, e) is template


def test_the_checker_sets_the_series_count_aside_and_keeps_the_prizes_counted(tmp_path):
    # nguoilambao.vn's prize list against a contest's table (works entered 125, prizes A 2): the series' 5 describes
    # the work; the prizes' count is a figure, a wrong one flagged
    csv = tmp_path / "t.csv"
    csv.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Tác phẩm tham gia,tác phẩm,125\n2,Giải A,giải,2\n",
                   encoding="utf-8")
    table = load_table(csv, period="2022")
    text = 'Trao 3 giải A, trong đó Loạt 5 bài "Bất cập trong tuyển sinh lớp 6 nguồn” của tác giả Lục Thị Khánh Chi.'
    got = {n.text: n.verdict for n in check_text(text, table).numbers}
    assert got["5"] == "not_a_figure"
    assert got["3"] == "unsupported"
