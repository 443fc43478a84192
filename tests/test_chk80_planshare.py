"""Checker round 80 (helper chk80, issue 13): a change said (``tăng 23,1%``) is no value of a row that keeps a share of
the plan (``Tỷ lệ … so dự toán năm``): ``planshare.change_on_plan_share`` keeps such rows out of the candidates of a
wrong-row flag."""

from __future__ import annotations

import pytest

from service.checker.check import check_text
from service.checker.planshare import change_on_plan_share
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, heldout

BD = "xm-binh-dinh-cuc-thue-thu-thue-noi-dia-2021-9t"
DT = "x-duc-trong-thu-ngan-sach-2017-7t"
#: the Đức Trọng text's own figures, kept as the Bình Định table keeps them (a plan share and a growth as rows)
DT_TABLE = ("STT;Chỉ tiêu;ĐVT;7 tháng 2017\n1;Thu ngân sách nhà nước trên địa bàn huyện;tỷ đồng;397,7\n"
            "2;Tỷ lệ thu ngân sách so với dự toán giao;%;64\n3;Tăng so với cùng kỳ năm trước;%;68\n")


def _at(text, table, period, quote, offset):
    s = text.index(quote) + offset
    return [(n.verdict, (n.source or {}).get("ma")) for n in check_text(text, table, period=period).numbers
            if n.start == s]


def test_the_tax_offices_headline_growth_is_its_growth_row():
    table = load_table(HELDOUT / BD / "figures.csv", period="2021-9T")
    assert _at(heldout(BD), table, "2021-9T", "tăng 23,1%", 5) == [("supported", "3")]


def test_second_source_the_budgets_headline_growth(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text(DT_TABLE, encoding="utf-8")
    table = load_table(f, period="2017-7T")
    text = heldout(DT)
    assert _at(text, table, "2017-7T", "tăng 68%", 5) == [("supported", "3")]
    assert _at(text, table, "2017-7T", "đạt 64%", 4) == [("supported", "2")]


@pytest.mark.parametrize("comparison, label, out", [
    ("tăng", "Tỷ lệ thu thuế nội địa so dự toán năm", True),
    ("tăng", "Tỷ lệ thu ngân sách so với dự toán giao", True),
    ("tăng", "Tăng so với cùng kỳ năm trước", False),                 # the growth's own row
    ("tăng", "Vượt so với kế hoạch", False),                          # a row that keeps the change over the plan
    (None, "Tỷ lệ thu thuế nội địa so dự toán năm", False),           # «đạt 93,7% so dự toán năm»: a share said
])
def test_only_a_change_against_a_plan_share_row(comparison, label, out):
    assert change_on_plan_share(comparison, label) is out


def test_a_swap_of_the_plan_share_into_the_growth_is_still_caught():
    table = load_table(HELDOUT / BD / "figures.csv", period="2021-9T")
    text = heldout(BD).replace("tăng 23,1% so với cùng kỳ", "tăng 93,7% so với cùng kỳ")
    s = text.index("tăng 93,7% so với cùng kỳ") + 5
    assert [n.verdict for n in check_text(text, table, period="2021-9T").numbers if n.start == s] == ["unsupported"]
