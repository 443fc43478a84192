"""Caught round 4 (helper caught4, issue 13): planted errors on the held-out batches ya-, zy- and the fresh set ``d4-``
(evaluations/sweep/caught-round4.md).

- rates of units kept as rows under a heading that says what they are (``B. Tốc độ tăng khối lượng hàng hóa …`` over
  ``Khu vực Thái Bình`` = 65 %): rates of change, as if the label said it (``derive.rate_by_heading``); the unit the
  rate's own phrase names gives or refutes it, another unit's rate on its line is a swap, and a rate naming no unit
  is none of theirs (``derive._named_rates``).
"""

from __future__ import annotations

from tests.sweep_tables import held as held_sheet
from tests.sweep_tables import ROOT, check_at, checks, csv_table, heldout, nfc, page

from service.checker.derive import heading_words, rate_by_heading
from service.checker.match import TableIndex


def sheet(tmp_path, case, period):
    d = ROOT / "evaluations" / "sweep" / "caught4" / case
    return csv_table(tmp_path, (d / "figures.csv").read_text(encoding="utf-8"), period)


# ---------------------------------------------------------------- rates of units under a heading

PORTS = "d4-thoibaotaichinh-cangbien-3t-2021"
PORTS_LINE = "khu vực Thái Bình tăng 179%, khu vực Đồng Tháp tăng 95%, khu vực Thừa Thiên Huế tăng hơn 56%"
BIG = "khu vực TP. Hồ Chí Minh (tăng gần 7%), khu vực Hải Phòng (tăng 15%)"


def test_a_bare_unit_under_a_heading_of_rates_is_a_rate_row(tmp_path):
    idx = TableIndex.of(sheet(tmp_path, PORTS, "2021-Q1"))
    tb = next(r for r in idx.rows if r.fig.chi_tieu == "Khu vực Thái Bình")
    assert heading_words(tb).startswith("toc do tang khoi luong")
    assert rate_by_heading(tb)
    # an amount's row under a plain group, and a label that says its own change, are not
    assert not any(rate_by_heading(r) for r in idx.rows if r.fig.chi_tieu.startswith("Hàng"))
    other = TableIndex.of(sheet(tmp_path, "d4-thoibaotaichinh-container-4t-2021", "2021-4T"))
    assert not any(rate_by_heading(r) for r in other.rows)     # "Cảng biển Quảng Nam: tốc độ tăng …" says it itself


def test_a_units_rate_said_the_other_way_or_another_units(tmp_path):
    table = sheet(tmp_path, PORTS, "2021-Q1")
    text = nfc(page(PORTS))
    assert PORTS_LINE in text and BIG in text
    for needle in ("179%", "95%", "56%", "7%), khu", "15%)"):
        got = check_at(checks(text, table, "2021-Q1"), text, needle)
        assert got.verdict in ("supported", "derived"), (needle, got.reason)
    for old, new, needle in (("Thái Bình tăng 179%", "Thái Bình giảm 179%", "179%"),        # direction (was unverified)
                             ("Minh (tăng gần 7%)", "Minh (giảm gần 7%)", "7%)"),
                             ("Hải Phòng (tăng 15%)", "Hải Phòng (tăng 179%)", "179%)"),  # Thái Bình's on Hải Phòng's line
                             ("Minh (tăng gần 7%)", "Minh (tăng gần 95%)", "95%)"),
                             ("Hải Phòng (tăng 15%)", "Hải Phòng (tăng 55%)", "55%")):    # a digit
        bad = text.replace(old, new)
        got = check_at(checks(bad, table, "2021-Q1"), bad, needle)
        assert got.verdict == "unsupported", (new, got.verdict, got.reason)
    bad = text.replace("Thái Bình tăng 179%", "Thái Bình giảm 179%")
    got = check_at(checks(bad, table, "2021-Q1"), bad, "179%")
    assert "tăng 179%" in got.reason and "giảm 179%" in got.reason


def test_the_heldout_seaports_regions_said_the_other_way(tmp_path):
    case = "ya-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-2021-h1"
    table = held_sheet(tmp_path, case, "2021-H1")
    text = nfc(heldout(case))
    line = "khu vực Thái Bình tăng 65%, khu vực Đồng Tháp tăng 56%"
    assert line in text
    assert check_at(checks(text, table, "2021-H1"), text, "65%").verdict in ("supported", "derived")
    bad = text.replace("Thái Bình tăng 65%", "Thái Bình giảm 65%")
    assert check_at(checks(bad, table, "2021-H1"), bad, "65%").verdict == "unsupported"
    # Bà Rịa-Vũng Tàu's container rate (group C) on Hồ Chí Minh's cargo line: neither Hồ Chí Minh row keeps 41
    bad = text.replace("Thành phố Hồ Chí Minh tăng gần 9%", "Thành phố Hồ Chí Minh tăng gần 41%")
    assert check_at(checks(bad, table, "2021-H1"), bad, "41%").verdict == "unsupported"
    # the same unit kept under both headings (cargo 9, containers 16,4): either value stands on its line
    assert check_at(checks(text, table, "2021-H1"), text, "16,4%").verdict in ("supported", "derived")


def test_a_rate_naming_no_unit_is_none_of_theirs(tmp_path):
    case = "zf-toan-quoc-agribank-du-no-2012-q1"
    table = held_sheet(tmp_path, case, "2012-Q1")
    text = nfc(heldout(case))
    said = "tỷ lệ tăng trưởng tín dụng trong quý I/2012 chỉ giảm 0,4%"
    assert said in text
    got = check_at(checks(text, table, "2012-Q1"), text, "0,4%")
    assert got.verdict != "unsupported", got.reason     # not Bình Phước's 16 (a first version flagged it)
    line = "chi nhánh Agribank Bình Phước tăng 16%"
    assert line in text
    bad = text.replace(line, "chi nhánh Agribank Bình Phước giảm 16%")
    assert check_at(checks(bad, table, "2012-Q1"), bad, "16%").verdict == "unsupported"
