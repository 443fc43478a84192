"""Tidy 61 (``docs/tidy-61.md``): stop 60's reading's leftovers.

1. The loader marks the rows it keeps of an earlier edition of the table's own period (``Figure.edition``: VAMA's
   ``Tháng 9/2020`` in a sheet of 2020-11, the GSO's ``Quý I/2020`` in one of 2020-Q3, Vicostone's pasted ``Quý
   I/2025`` in its 2025-Q3 statement); the template's pasted reader leaves the marked rows out, where it read the
   family's code again. A year before beside a half, a month of a half (a CPI sheet's), the period's own value are
   no edition: not marked, and a pasted table's months of a half stay its rows.
2. The checker's group names (``Attribution._group_names``) are read once per check, a ``cached_property``: the
   named-group verdicts as before.
"""

from __future__ import annotations

from decimal import Decimal

from service.checker import attribution
from service.checker.namedgroup import group_names
from service.figures.load import load_table
from service.onboarding.pasted import source_text, table_rows
from tests.sweep_tables import HELDOUT, nth_verdicts
from tests.test_fig47 import GDP, VAMA, _codes, _csv

VICOSTONE = "yb-toan-quoc-vicostone-ket-qua-kinh-doanh-quy-2025-q3"
CPI_HALF = "yl-hoa-binh-cuc-thong-ke-chi-so-gia-tieu-dung-so-ky-goc-2019-h1"
THPT = "yf-toan-quoc-so-gddt-cac-tinh-ty-le-tot-nghiep-thpt-2010"


# --- 1. the loader's mark ---------------------------------------------------------------------------------------

def test_an_earlier_month_is_marked_and_the_months_own_value_is_not():
    t = _codes(load_table(HELDOUT / VAMA / "figures.csv", period="2020-11"))
    assert t["R-4-2020-09"].edition and t["R-4-2020-09"].ky_bao_cao == Decimal("27252")
    assert t["R-5-2020-09"].edition                      # its rate's row too (a row of the same column)
    assert not t["R-4"].edition and t["R-4"].ky_bao_cao == Decimal("36359")


def test_an_earlier_quarter_is_marked():
    t = _codes(load_table(HELDOUT / GDP / "figures.csv", period="2020-Q3"))
    assert t["1-2020-Q1"].edition and not t["1"].edition


def test_a_year_before_beside_a_half_is_no_edition(tmp_path):
    sheet = ("Chỉ tiêu,ĐVT,Năm 2021,6 tháng đầu năm 2022\n"
             "Số vụ tai nạn giao thông,vụ,\"1.112\",\"530\"\n")
    t = _codes(load_table(_csv(tmp_path, sheet), period="2022-H1"))
    past = [f for c, f in t.items() if c.endswith("2021")]
    assert past and past[0].ky_bao_cao == Decimal("1112") and not past[0].edition


def test_the_months_of_a_half_are_no_edition(tmp_path):
    sheet = ("Chỉ tiêu,ĐVT,Tháng 1/2022,Tháng 2/2022,6 tháng đầu năm 2022\n"
             "Số vụ tai nạn giao thông,vụ,\"90\",\"85\",\"530\"\n")
    t = _codes(load_table(_csv(tmp_path, sheet), period="2022-H1"))
    months = [f for c, f in t.items() if c.endswith(("2022-01", "2022-02"))]
    assert len(months) == 2 and not any(f.edition for f in months)


# --- 1. the template's pasted reader tests the mark ----------------------------------------------------------------

def _pasted(case: str) -> list:
    path = HELDOUT / case / "source.txt"
    text = source_text(path)
    return table_rows(text, text.strip().split("\n")[0])[0]


def test_a_pasted_statements_first_quarter_is_no_row_of_its_third():
    rows = _pasted(VICOSTONE)
    assert len(rows) == 22
    assert not any("quý I năm 2025" in r.label for r in rows)


def test_a_pasted_tables_months_of_a_half_stay_its_rows():
    rows = _pasted(CPI_HALF)
    assert sum("(tháng 1 năm 2019)" in r.label for r in rows) >= 1
    assert len(rows) == 96


# --- 2. the group names read once ---------------------------------------------------------------------------------

def test_the_group_names_are_read_once_per_check_and_still_decide(monkeypatch):
    calls = []
    monkeypatch.setattr(attribution, "group_names", lambda muc: calls.append(1) or group_names(muc))
    line = "Tỉ lệ đỗ tốt nghiệp THPT năm nay của Thanh Hóa là 98,68%"
    assert [v for _, v, _ in nth_verdicts(THPT, line, line)] == ["supported"]
    assert len(calls) == 1
    (_, verdict, reason), = nth_verdicts(THPT, line, line.replace("98,68%", "13%"))   # another province's rate
    assert verdict == "unsupported" and "VII.1" in reason and "98,68%" in reason
    assert len(calls) == 2
