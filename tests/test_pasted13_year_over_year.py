"""Pasted tables, round 13 (``evaluations/sweep/pasted-round13.md``): a header of years each over the year before it
(``2015/2014`` / ``2016/2015`` / … / ``2019/2018`` under ``Đơn vị tính - Unit: %``, s13 Nghệ An's index of
industrial production by industry, nghean.gov.vn). ``read_title`` reads ``2019/2018`` as a period column with no
period, so the header gave no title and the table no row (0 of 5). Such a column is the later year's index, the year
before = 100 — what the yearbooks title ``Năm trước = 100`` and type as plain years (Quảng Trị's yearbook 2021
p. 369, the same index by industry: ``2015   2018    2019   2020   Sơ bộ`` / ``Prel.`` / ``2021``, as the pages corpus
has it) — so each column is now that year's (``pasted.year_over_year_titles``), the rows in the table's ``%``.
Guards: a later year second is a season, no index (``niên vụ 2020/2021``, vietbao's sugar-cane page; ``niên vụ
2013/2014``, vinanet's coffee page: s-sweep p16, t21), nor are years not one apart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import table_rows, year_over_year_titles

_PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
_NGHE_AN = _PAGES / "s13-nghe-an-chi-so-san-xuat-cong-nghiep-nganh-2019.txt"
_QUANG_TRI = (
    "                                                                                     Đơn vị tính - Unit: %\n\n"
    "                                                                  2015   2018    2019   2020   Sơ bộ\n"
    "                                                                                               Prel.\n"
    "                                                                                               2021\n\n\n"
    "                        TỔNG SỐ - TOTAL                          113,65  109,16  109,76  104,71  108,72\n\n\n"
    "                        Khai khoáng - Mining and quarrying        93,71  111,12  103,14  102,02  103,77\n\n"
    "                        Khai thác quặng kim loại - Mining of metal ores   75,72  117,17   98,38  104,16   98,64\n"
    "                        Khai khoáng khác\n"
    "                        Other mining and quarrying                99,47  102,78  110,62   99,03  111,31\n")


def test_each_year_over_the_one_before_titles_that_years_index():
    got = year_over_year_titles(["Đơn vị tính - Unit: %", "2015/2014", "2016/2015", "2017/2016", "2018/2017",
                                 "2019/2018"], 5)
    assert [t for t, _ in got] == ["Năm 2015", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019"]
    assert all(c.column == "period" and c.period is not None for _, c in got)


def test_the_nghe_an_index_by_industry_makes_the_latest_years_rows_in_percent():
    rows, _ = table_rows(_NGHE_AN.read_text())
    latest = {r.label: r for r in rows if "(năm" not in r.label}
    assert latest["TOÀN NGÀNH -TOTAL"].value == Decimal("113.21") and latest["TOÀN NGÀNH -TOTAL"].unit == "%"
    assert latest["Khai khoáng Mining and quarrying"].value == Decimal("103.20")
    assert any(r.value == Decimal("109.70") and "năm 2015" in r.label for r in rows)   # 2015/2014: 2015's


def test_the_same_index_typed_as_plain_years_reads_alike():
    rows, _ = table_rows(_QUANG_TRI, "Niên giám thống kê 2021")
    assert any(r.value == Decimal("108.72") and r.label.startswith("TỔNG SỐ") and r.unit == "%" for r in rows)


def test_a_later_year_second_is_a_season_no_index():
    assert year_over_year_titles(["niên vụ", "2019/2020", "2020/2021"], 2) == []
    assert year_over_year_titles(["2012/2013", "2013/2014"], 2) == []


def test_years_not_one_apart_or_too_few_are_no_header():
    assert year_over_year_titles(["2019/2015", "2020/2016"], 2) == []
    assert year_over_year_titles(["2018/2017", "2019/2018"], 3) == []
    assert year_over_year_titles(["Tỷ lệ 2019/2018 tăng", "2018/2017"], 2) == []
