"""Checker round 84 (helper chk84, issue 13): planted rates of change the final batch xo- let through.

- the loader: comparison columns titled without the year (``Tháng 5 so cùng kỳ (%)``, ``5 tháng so cùng kỳ (%)``
  after ``Tháng 5/2023 | Lũy kế 5 tháng 2023``) are each its own value's (``service/figures/yearless.py``);
- a rate after a list of a whole's parts is the whole's (``service/checker/listedwhole.py``);
- a rate's base said before its direction word, ``so cùng kỳ giảm 3%, so ngày thường tăng 58%``
  (``service/checker/basebefore.py``);
- a rate whose size the table keeps but whose direction the text turned is flagged saying so.
"""

from __future__ import annotations

import unicodedata

import pytest

from service.checker.basebefore import base_before_direction
from service.checker.samemonth import same_month_last_year
from service.figures.yearless import period_with_its_year
from tests.sweep_tables import case_line_verdicts, checks, csv_table, heldout, real_case
from tests.sweep_tables import page as page_text

HOA_PHAT = "xo-toan-quoc-hoa-phat-san-luong-thep-2023-05"
PHU_QUOC = "xo-an-giang-cang-hkqt-phu-quoc-tet-binh-ngo-2026-02"
BEN_XE = "xn-tp-hcm-ben-xe-mien-dong-mien-tay-xe-xuat-ben-2020-01"
CPI = "xd-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2016-10"


def _verdicts(slug, line, bad=None):
    return [v for _, v, _ in case_line_verdicts(slug, line, bad)]


def _rate_verdict(slug, line, bad=None):
    rates = [v for t, v, _ in case_line_verdicts(slug, line, bad) if t.endswith("%")]
    assert len(rates) == 1, rates
    return rates[0]


# --- the loader: a comparison title without its year --------------------------------------------------------------

@pytest.mark.parametrize("title, year, code", [
    ("Tháng 5 so cùng kỳ (%)", 2023, "2023-05"),            # xo-hoa-phat
    ("5 tháng so cùng kỳ (%)", 2023, "2023-5T"),            # xo-hoa-phat
    ("Tháng 4 so cùng kỳ (lần)", 2023, "2023-04"),          # zh-quang-nam-du-lich-2023-04
    ("10 tháng so với cùng kỳ (%)", 2023, "2023-10T"),      # zu-quang-nam-thuong-mai-dich-vu-van-tai-2023-10t
    ("Tháng 10/2021 so với cùng kỳ (%)", 2023, "2021-10"),  # a title with its year is read as it is (yh-)
])
def test_a_comparison_title_is_read_with_its_values_year(title, year, code):
    assert period_with_its_year(title, year).code == code


@pytest.mark.parametrize("title", [
    "So cùng kỳ (%)", "Lũy kế so cùng kỳ (%)", "Tháng này so với cùng kỳ (%)", "Tăng (+), giảm (-)",
])
def test_titles_naming_no_numbered_period_stay_unread(title):
    assert period_with_its_year(title, 2023) is None


def test_each_yearless_comparison_is_its_own_values():
    # Tháng 5/2023 | Lũy kế 5 tháng 2023 | Tháng 5 so cùng kỳ (%) | 5 tháng so cùng kỳ (%): the month's rate is the
    # month row's (01-TL −27, 07-TL 19), the five months' the running row's (07-LK-TL −21)
    _, table, _ = real_case(HOA_PHAT)
    rows = {f.ma: f.ky_bao_cao for f in table}
    assert rows["01-TL"] == -27 and rows["03-TL"] == -20 and rows["07-TL"] == 19 and rows["09-TL"] == 12
    assert rows["07-LK-TL"] == -21 and rows["09-LK-TL"] == -14 and rows["02-LK-TL"] == -36


@pytest.mark.parametrize("line, bad", [
    ("tăng 19% so với cùng kỳ năm ngoái", "tăng 29% so với cùng kỳ năm ngoái"),
    ("tăng 19% so với cùng kỳ năm ngoái", "giảm 19% so với cùng kỳ năm ngoái"),
    ("Ống thép đạt trên 57.000 tấn, tăng 12%", "Ống thép đạt trên 57.000 tấn, tăng 14%"),
    ("Ống thép đạt trên 57.000 tấn, tăng 12%", "Ống thép đạt trên 57.000 tấn, giảm 12%"),
])
def test_a_months_wrong_rate_is_flagged(line, bad):
    assert "unsupported" not in _verdicts(HOA_PHAT, line)
    assert "unsupported" in _verdicts(HOA_PHAT, line, bad)


def test_the_running_totals_rate_against_last_year_still_checks():
    line = "Thép cuộn cán nóng ghi nhận 965.000 tấn, giảm 21% so với 5 tháng 2022"
    assert "unsupported" not in _verdicts(HOA_PHAT, line)
    assert "unsupported" in _verdicts(HOA_PHAT, line, line.replace("21%", "31%"))


# --- a rate after the listed parts of a whole ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "371 chuyến bay trong nước và 396 chuyến bay quốc tế, tăng 46% so với cùng kỳ Tết năm 2025",   # 371 + 396 = 767
    "143.643 khách quốc tế - tăng 37% so với cùng kỳ Tết năm trước",          # 116.830 + 143.643 = 260.473
])
def test_a_rate_after_listed_parts_is_the_wholes(line):
    assert _rate_verdict(PHU_QUOC, line) == "derived"
    rate = line.split("tăng ")[1].split("%")[0]
    for bad in (line.replace(f"tăng {rate}%", f"tăng {int(rate) + 1}%"), line.replace(f"tăng {rate}%", f"giảm {rate}%")):
        assert _rate_verdict(PHU_QUOC, line, bad) == "unsupported", bad


def test_a_turned_direction_is_said_as_such():
    line = "371 chuyến bay trong nước và 396 chuyến bay quốc tế, tăng 46%"
    (_, verdict, reason), = [v for v in case_line_verdicts(PHU_QUOC, line, line.replace("tăng", "giảm")) if "%" in v[0]]
    assert verdict == "unsupported" and "tăng 46%, không phải «giảm 46%»" in reason


def test_a_parts_own_rate_after_another_rate_is_not_the_wholes(tmp_path):
    # cand.com.vn (4 tháng 2016): «tổng kim ngạch XNK … đạt gần 104,45 tỷ USD, tăng 2,5% …  Trong đó, tổng kim ngạch XK
    # của Việt Nam đạt 53,1 tỷ USD tăng 6,5% so với cùng kỳ năm 2015; tổng kim ngạch NK của cả nước đạt 51,34 tỷ USD,
    # giảm 1,3% so với cùng kỳ năm 2015.» — the import's rate follows one part only: not the total's 2,5
    table = csv_table(tmp_path, "Mã,Chỉ tiêu,Đơn vị tính,4 tháng 2016,So cùng kỳ (%)\n"
                                "1,Tổng kim ngạch xuất nhập khẩu,tỷ USD,\"104,45\",\"2,5\"\n"
                                "2,Kim ngạch xuất khẩu,tỷ USD,\"53,1\",\"6,5\"\n"
                                "3,Kim ngạch nhập khẩu,tỷ USD,\"51,34\",\n", "2016-4T")
    text = ("Tổng kim ngạch XNK của cả nước trong 4 tháng đầu năm 2016 đạt gần 104,45 tỷ USD, tăng 2,5% so với cùng kỳ "
            "năm 2015. Trong đó, tổng kim ngạch XK của Việt Nam đạt 53,1 tỷ USD tăng 6,5% so với cùng kỳ năm 2015; "
            "tổng kim ngạch NK của cả nước đạt 51,34 tỷ USD, giảm 1,3% so với cùng kỳ năm 2015.")
    got = {n.text: n.verdict for n in checks(text, table, "2016-4T")}
    assert got["1,3%"] != "unsupported", got


# --- a base said before the direction word ------------------------------------------------------------------------

@pytest.mark.parametrize("slug, line, bad", [
    (BEN_XE, "so cùng kỳ giảm 3%", "so cùng kỳ tăng 3%"),
    (BEN_XE, "so cùng kỳ giảm 4%", "so cùng kỳ tăng 4%"),
    (BEN_XE, "so cùng kỳ giảm 4%", "so cùng kỳ giảm 5%"),
    (CPI, "so với cùng kỳ tăng 2,27%", "so với cùng kỳ giảm 2,27%"),
    (CPI, "so với cùng kỳ tăng 2,27%", "so với cùng kỳ tăng 2,37%"),
])
def test_a_base_before_the_direction_word_is_the_rates(slug, line, bad):
    assert "unsupported" not in _verdicts(slug, line)
    assert _verdicts(slug, line, bad) == ["unsupported"]


@pytest.mark.parametrize("slug, quote, number", [
    ("p-namdinh-vantai-2022-h1", "tăng 4,3% so với tháng trước và tăng 25,5% so với cùng kỳ năm trước", "25,5%"),
    ("yb-hoa-binh-van-phong-ubnd-cong-nghiep-thuong-mai-2021-09",
     "tăng 11,35% so với tháng trước và giảm 11,68% so với cùng kỳ năm 2020", "11,68%"),
])
def test_no_base_before_when_a_conjunction_stands_between(slug, quote, number):
    text = unicodedata.normalize("NFC", heldout(slug))
    s = text.index(quote)
    at = text.index(number, s)
    direction = text.rindex("tăng" if text[at - 5:at].strip() == "tăng" else "giảm", s, at)
    assert base_before_direction(text, direction) is None
    assert base_before_direction(text, at) is None


# --- ``so với tháng N năm trước`` in a report of month N: last year's same month ------------------------------------

def test_the_same_month_last_year_is_the_year_ago_base():
    line = "thép xây dựng Hòa Phát đạt 284.000 tấn, giảm 27% so với tháng 5 năm trước"
    assert _rate_verdict(HOA_PHAT, line) == "derived"
    assert _rate_verdict(HOA_PHAT, line, line.replace("giảm 27%", "giảm 37%")) == "unsupported"
    assert _rate_verdict(HOA_PHAT, line, line.replace("giảm 27%", "tăng 27%")) == "unsupported"


@pytest.mark.parametrize("page, quote, month, same", [
    ("c51-baokhanhhoa-cpi-2021-09", "so với tháng 9 năm trước", 9, True),     # a report of September 2021
    ("t10-taichinh-cpi-2016-t6", "so với tháng 12 năm ngoái", 6, False),     # June 2016: last December, another base
    ("t10-taichinh-cpi-2016-t6", "so với tháng 12 năm ngoái", None, False),  # no month known: never
])
def test_same_month_last_year_only_for_the_reports_month(page, quote, month, same):
    text = unicodedata.normalize("NFC", page_text(page))
    assert same_month_last_year(text, text.index(quote), month) is same


# --- a turned direction against the one fitting kept rate ---------------------------------------------------------

def test_a_turned_direction_against_the_one_fitting_kept_rate():
    # xn-evn: «… than (chiếm 51%, 66,7 tỷ kWh) mặc dù sản lượng mảng này đã giảm 5% so với cùng kỳ» — 3-TL
    # «Nhiệt điện than: tốc độ tăng/giảm so với cùng kỳ» = −5; no number of its row right before the rate
    slug, line = "xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1", "sản lượng mảng này đã giảm 5% so với cùng kỳ"
    assert _rate_verdict(slug, line) == "supported"
    assert _rate_verdict(slug, line, line.replace("giảm", "tăng")) == "unsupported"
