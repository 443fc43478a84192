"""Round 55 of the period reader: a running-total word, ``N tháng``, then the year said bare with no «năm»
(``Lũy kế 10 tháng 2020``) is the months so far of that year, as ``10 tháng 2020`` alone already was; before, the
``cumulative`` recogniser took ``Lũy kế 10 tháng`` (its year named elsewhere) and the title named no period.
Real column titles of the held-out figures tables named; real texts of the held-out cases as negatives."""

from __future__ import annotations

import csv

from service.figures.schema import title_period
from service.periods import find_period
from service.periods.mentions import find_mentions
from service.periods.model import Period, ytd
from tests.sweep_tables import case_source as _case


def _titles(slug: str) -> list[str]:
    """Every cell of a held-out case's figures table (whatever its delimiter)."""
    path = _case(slug).parent / "figures.csv"
    text = path.read_text(encoding="utf-8")
    delim = ";" if text.count(";") > text.count(",") else ","
    return [c.strip() for row in csv.reader(text.splitlines(), delimiter=delim) for c in row]


def _title(slug: str, words: str) -> str:
    return next(c for c in _titles(slug) if c == words)


# --- the rule: "Lũy kế N tháng YYYY" -------------------------------------------------------------------------

def test_hai_phong_running_column_names_its_ten_months():
    # xa-hai-phong (Sở NN&PTNT, month's sheet): "Ước tháng 10/2020 | ... | Lũy kế 10 tháng 2020"
    t = _title("xa-hai-phong-nganh-nong-nghiep-thanh-pho-thuy-san-2020-10", "Lũy kế 10 tháng 2020")
    assert find_period(t) == ytd(2020, 10)
    assert title_period(t) == ytd(2020, 10)


def test_second_source_navico_both_years_running_columns():
    # xm-toan-quoc-navico (a company's quarter result): "Lũy kế 9 tháng 2022;Lũy kế 9 tháng 2021"
    slug = "xm-toan-quoc-navico-anv-loi-nhuan-ca-tra-2022-q3"
    assert find_period(_title(slug, "Lũy kế 9 tháng 2022")) == ytd(2022, 9)
    assert find_period(_title(slug, "Lũy kế 9 tháng 2021")) == ytd(2021, 9)


def test_third_source_hoa_phat_and_vinh_phuc():
    # xo-toan-quoc-hoa-phat "Lũy kế 5 tháng 2023"; w-vinh-phuc-dien-luc "Lũy kế 8 tháng 2017"; the six months as
    # the half year, as "6 tháng 2015" alone (xo-toan-quoc-vinamilk "Lũy kế 6 tháng 2015")
    assert find_period(_title("xo-toan-quoc-hoa-phat-san-luong-thep-2023-05", "Lũy kế 5 tháng 2023")) == ytd(2023, 5)
    assert find_period(_title("w-vinh-phuc-dien-luc-2017-8t", "Lũy kế 8 tháng 2017")) == ytd(2017, 8)
    assert find_period(_title("xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2", "Lũy kế 6 tháng 2015")) \
        == Period(2015, "half", 1)


def test_other_running_words_and_the_slash():
    # the running words the recogniser knows ("Tính chung", "Luỹ kế"), the year after a slash as "7 tháng/2023"
    assert find_period("Tính chung 11 tháng 2019, xuất khẩu đạt 241,42 tỷ USD") == ytd(2019, 11)
    assert find_period("Luỹ kế 7 tháng/2023") == ytd(2023, 7)


# --- negatives ------------------------------------------------------------------------------------------------

def test_negative_running_total_without_its_year_keeps_the_pages_year():
    # xo-toan-quoc-hoa-phat's text: "Lũy kế 5 tháng, Hòa Phát đã sản xuất 2,34 triệu tấn thép thô": no year said,
    # still "cumulative", the year lent by the page's date
    text = _case("xo-toan-quoc-hoa-phat-san-luong-thep-2023-05").read_text(encoding="utf-8")
    start = text.index("Lũy kế 5 tháng, Hòa Phát")
    men = next(m for m in find_mentions(text, 2023, 6) if m.start <= start < m.end)
    assert men.recogniser == "cumulative" and men.period == ytd(2023, 5)


def test_negative_second_source_vinamilk_running_total_without_year():
    # xo-toan-quoc-vinamilk's text: "Lũy kế 6 tháng, doanh thu thuần và lãi ròng của Vinamilk ..."
    text = _case("xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2").read_text(encoding="utf-8")
    start = text.index("Lũy kế 6 tháng, doanh thu")
    men = next(m for m in find_mentions(text, 2015, 7) if m.start <= start < m.end)
    assert men.recogniser == "cumulative"


def test_negative_a_value_with_decimals_is_not_a_year():
    # "Lũy kế 5 tháng 2035,5 tỷ đồng": the number after "tháng" carries decimals, a value, never the year 2035
    assert find_period("Lũy kế 5 tháng 2035,5 tỷ đồng") is None
    assert find_period("Lũy kế 5 tháng 2035,5 tỷ đồng", 2024, 6) == ytd(2024, 5)
    assert find_period("trong 5 tháng 2035,5 tỷ đồng") is None


def test_negative_a_date_and_a_month_with_its_year():
    # a date's "tháng 12 năm 2023" and "tháng 10/2020" (a month) are not months so far
    assert find_period("Hà Nội, ngày 9 tháng 12 năm 2023") is None
    assert find_period("Lũy kế 10 tháng năm 2019") == ytd(2019, 10)   # with «năm», as before
    assert find_period("Ước tháng 10/2020") == Period(2020, "month", 10)
