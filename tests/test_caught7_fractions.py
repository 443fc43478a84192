"""Caught round 7 (helper caught7, issue 13): a fraction ``a/b`` of one count noun (evaluations/sweep/caught-round7.md).

The whole of ``7/7 phường`` is read as the make-up of the area, a standing fact no row needs to hold, so any whole
passed: ``7/3 phường``, ``63/23 tỉnh``, ``88/87 học viên`` (planted digits on held-out pages). Two rules of the
notation: a part is never larger than its whole; the fractions of one noun listed in one sentence count over one whole
(``14/19 tiêu chí, 10/19 tiêu chí, 9/19 tiêu chí``). A fraction of what was done over a plan or a registration may
pass its whole (``87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch``) and stands.
"""

from __future__ import annotations

import unicodedata

import pytest
import yaml

from service.checker.check import check_text
from service.errors import InputError
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT


def _case(case):
    meta = yaml.safe_load((HELDOUT / case / "case.yaml").read_text(encoding="utf-8"))
    period = str(meta["period"]["code"])
    path = HELDOUT / case / meta.get("figures", "figures.csv")
    try:
        table = load_table(path, period=period)
    except InputError:   # a period the loader reads otherwise ("7 tháng" kept as 2018-7T): the table's own
        table = load_table(path)
    text = unicodedata.normalize("NFC", (HELDOUT / case / meta.get("text", "source.txt")).read_text(encoding="utf-8"))
    return table, text, period


def _verdicts(case, line, bad=None):
    """(text, verdict, reason) of the numbers in ``line`` of the case's page, the line written ``bad`` if given."""
    table, text, period = _case(case)
    assert line in text, line
    if bad is not None:
        text, line = text.replace(line, bad, 1), bad
    s = text.index(line)
    return [(n.text, n.verdict, n.reason or "") for n in check_text(text, table, period=period).numbers
            if s <= n.start < s + len(line)]


@pytest.mark.parametrize("case, line, bad, wrong", [
    ("zc-binh-duong-di-an-ban-tuyen-giao-2022", "7/7 phường cũng đã tổ chức hội nghị",
     "7/3 phường cũng đã tổ chức hội nghị", "3"),
    ("zh-toan-quoc-chuyen-doi-so-2024-q3", "Có 63/63 tỉnh đã ban hành chính sách về phí",
     "Có 63/23 tỉnh đã ban hành chính sách về phí", "23"),
    ("zr-tien-giang-cho-gao-trung-cap-ly-luan-chinh-tri-2016-2017", "có 87/87 học viên được cấp bằng tốt nghiệp",
     "có 88/87 học viên được cấp bằng tốt nghiệp", "88"),
])
def test_a_part_larger_than_its_whole_is_wrong(case, line, bad, wrong):
    assert all(v != "unsupported" for _, v, _ in _verdicts(case, line)), _verdicts(case, line)
    got = _verdicts(case, line, bad)
    flagged = [(t, r) for t, v, r in got if v == "unsupported"]
    assert [t for t, _ in flagged] == [wrong], got
    assert "một phần không thể lớn hơn tổng của nó" in flagged[0][1]


@pytest.mark.parametrize("case, line", [
    ("m-huulung-yte-2018-9t", "87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch"),
    ("zg-binh-thuan-ham-tan-trang-tin-dien-tu-2017-02", "vượt chỉ tiêu tỉnh giao (19/12 tin bài)"),
])
def test_a_fraction_of_a_plan_may_pass_its_whole(case, line):
    got = _verdicts(case, line)
    assert got and not any("một phần không thể" in r for _, _, r in got), got


LIST = "Ngọc Phụng 14/19 tiêu chí, Thọ Thanh 10/19 tiêu chí, Xuân Dương 9/19 tiêu chí"


@pytest.mark.parametrize("bad, wrong", [
    ("Ngọc Phụng 14/19 tiêu chí, Thọ Thanh 10/89 tiêu chí, Xuân Dương 9/19 tiêu chí", "89"),
    ("Ngọc Phụng 14/19 tiêu chí, Thọ Thanh 10/19 tiêu chí, Xuân Dương 9/39 tiêu chí", "39"),
])
def test_one_lists_fractions_count_over_one_whole(bad, wrong):
    case = "zo-thanh-hoa-thuong-xuan-nong-thon-moi-cac-xa-2013"
    assert all(v != "unsupported" for _, v, _ in _verdicts(case, LIST))
    got = _verdicts(case, LIST, bad)
    flagged = [(t, r) for t, v, r in got if v == "unsupported"]
    assert [t for t, _ in flagged] == [wrong], got
    assert "đều tính trên tổng 19" in flagged[0][1], flagged


def test_one_lists_fractions_of_one_unit_count_over_one_whole():
    """Trà Côn's hamlets' groups (zg-vinh-long-tra-on-xa-tra-con-van-hoa-2018-07): 146 groups, four fractions of them
    in one sentence; ``8/10 ấp`` counts another unit and keeps its own whole."""
    case = "zg-vinh-long-tra-on-xa-tra-con-van-hoa-2018-07"
    line = "8/10 ấp đạt tiêu chuẩn văn hóa (chiếm 80%); 146/146 tổ an toàn; 146/146 tổ sức khỏe; 143/146 tổ xanh"
    assert not any("tổng chung" in r for _, _, r in _verdicts(case, line))
    got = _verdicts(case, line, line.replace("143/146 tổ xanh", "143/186 tổ xanh"))
    flagged = [(t, r) for t, v, r in got if v == "unsupported"]
    assert [t for t, _ in flagged] == ["186"], got
    assert "đều tính trên tổng 146" in flagged[0][1], flagged
