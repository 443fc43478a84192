"""Periods round 23 (per23): a row of quarters heading a table's columns, a quarter's year after a bare space in such a
heading, a bracket glossing the recent years compared, targets given out for a year, a value striven for in a period.
Every text quoted is from a page in evaluations/sweep/pages or a held-out case (evaluations/cases/heldout), unless a
test says it is a sentence of my own making."""

from pathlib import Path

from index.parse import parse_report
from service.periods import find_mentions, find_period

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"
HELDOUT = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def _read(path: Path) -> str | None:
    return str(parse_report(path).period)


def _mention(text: str, words: str):
    at = text.index(words)
    return next(m for m in find_mentions(text) if m.start <= at < m.end)


# -- a row of quarters heading a table's columns: the latest is the edition -------------------------------------------

GMD = ("単位: 1.000.000đ\n  Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025\n"
       "Tổng doanh thu hoạt động kinh doanh 1,264,115 1,411,756 1,276,946 1,496,960 1,560,496\n")
FPT = ("Chỉ tiêu | Qúy 3 2024 | Qúy 2 2024 | Qúy 1 2024 | Qúy 4 2023 | Qúy 3 2023 | Qúy 2 2023 |\n"
       "1. Tổng doanh thu hoạt động kinh doanh | 15,972,397 | 15,245,892 | 14,093,297 | 14,695,807 | 13,761,832 | "
       "12,484,515 |\n")


def test_a_row_of_quarters_oldest_first_is_its_latest_quarter():
    # bsc.com.vn's tables: p23-bsc-gmd (2024-Q3 before), held-out yb-vicostone and zq-viettel-global (2024-Q3 before)
    assert find_period(GMD).code == "2025-Q3"
    assert _read(PAGES / "p23-bsc-gmd-kqkd-quy-2025-q3.txt") == "2025-Q3"
    assert _read(HELDOUT / "yb-toan-quoc-vicostone-ket-qua-kinh-doanh-quy-2025-q3" / "source.txt") == "2025-Q3"
    assert _read(HELDOUT / "zq-toan-quoc-viettel-global-ket-qua-kinh-doanh-2025-q3" / "source.txt") == "2025-Q3"


def test_a_row_of_quarters_latest_first_is_its_first_quarter():
    # cophieu68.vn's tables, the quarter misspelt "Qúy" and its year after a bare space (None before: no year read)
    assert find_period(FPT).code == "2024-Q3"
    assert _read(PAGES / "p23-cophieu68-fpt-kqkd-quy-2024-q3.txt") == "2024-Q3"
    assert _read(PAGES / "p23-cophieu68-pnj-kqkd-quy-2024-q3.txt") == "2024-Q3"


def test_a_quarter_and_a_year_apart_in_prose_is_no_column_heading():
    # a sentence of my own making: a bare space before a number in prose gives the quarter no year
    assert find_period("Trong quý 3 2024 hộ được hỗ trợ vốn vay") is None


def test_two_columns_are_no_row_of_quarters():
    # the year's quarter against last year's (a sentence of my own making in bsc's layout): not a run, read as before
    assert find_period("単位: 1.000.000đ\n  Q3 2024 Q3 2025\nDoanh thu thuần 1,264,115 1,560,496\n").code == "2024-Q3"


# -- a bracket glossing the recent years compared -----------------------------------------------------------------

THUE = ("Theo số liệu của Tổng cục Thuế, tính đến cuối tháng 9, tổng thu ngân sách đạt 597.962 tỉ đồng (không bao gồm "
        "các khoản từ bán cổ phần của nhà nước tại các doanh nghiệp), gần bằng 74% so với dự toán pháp lệnh.\n"
        "Trong đó, số thu nội địa đạt 568.130 tỉ đồng, bằng 75,2% so với dự toán, thấp hơn các năm gần đây (năm 2015 "
        "đạt 76,2%; năm 2014 đạt 76,6%).")


def test_years_in_a_bracket_after_the_recent_years_are_compared():
    # held-out yc-toan-quoc-tong-cuc-thue-thu-ngan-sach-2016-9t (2015-9T before: the bracket's year lent to "tháng 9")
    assert _mention(THUE, "năm 2015").comparison
    assert _mention(THUE, "năm 2014").comparison
    assert find_period(THUE).code == "2016-9T"
    assert _read(HELDOUT / "yc-toan-quoc-tong-cuc-thue-thu-ngan-sach-2016-9t" / "source.txt") == "2016-9T"


def test_the_half_glossed_against_the_years_before_stays_the_half():
    # t9-tk-ktxh-6t-2005: "6 tháng đầu các năm trước (2001 tăng 7,1%; 2002 tăng 6,5%; ...)" after the half reported
    assert _read(PAGES / "t9-tk-ktxh-6t-2005.txt") == "2005-H1"


# -- targets given out for a year; a value striven for in a period ------------------------------------------------

XUAN_TANG = ("Kỳ họp thông qua 4 nghị quyết và các Tờ trình, báo cáo tại kỳ họp. Trong dịp này UBND phường Xuân Tăng đã "
             "giao chỉ tiêu kế hoạch phát triển kinh tế- xã hội và dự toán ngân sách nhà nước năm 2022 trên địa bàn "
             "phường.")


def test_targets_given_out_name_the_year_planned():
    # held-out yb-ha-noi-quan-thanh-xuan-giao-chi-tieu-ktxh-2023 (2024 before) and ya-lao-cai (read right, 2021)
    assert _mention(XUAN_TANG, "năm 2022").plan
    assert _read(HELDOUT / "yb-ha-noi-quan-thanh-xuan-giao-chi-tieu-ktxh-2023" / "source.txt") == "2023"
    assert _read(HELDOUT / "ya-lao-cai-phuong-xuan-tang-ktxh-hdnd-ky-hop-cuoi-nam-2021" / "source.txt") == "2021"


def test_a_target_received_is_no_plan():
    # a sentence of my own making: "được giao chỉ tiêu" is the year's target under way, the year reported
    text = "Năm 2019, huyện được giao chỉ tiêu tuyển quân năm 2019 là 102 công dân, đến nay đã hoàn thành."
    assert not _mention(text, "năm 2019 là").plan
    assert find_period(text).code == "2019"


def test_a_value_striven_for_in_a_year_is_a_target():
    # the headlines of yb-ha-noi-quan-thanh-xuan and c14-dongthap-2023
    assert _mention("Quận Thanh Xuân phấn đấu thu ngân sách năm 2024 đạt 6.617 tỷ đồng", "năm 2024").target
    head = "Đồng Tháp phấn đấu tăng trưởng GRDP năm 2024 đạt mức 8%"
    assert _mention(head, "năm 2024").target


def test_a_year_striven_in_without_a_value_is_untouched():
    # "Toàn tỉnh phấn đấu năm 2023 tiếp tục củng cố, nâng cao chất lượng ..." (a sweep page): no value striven for
    text = "Toàn tỉnh phấn đấu năm 2023 tiếp tục củng cố, nâng cao chất lượng phổ cập giáo dục."
    assert not _mention(text, "năm 2023").target


def test_a_target_received_from_another_agency_is_no_plan():
    # a sentence of my own making: the giver named between "được" and "giao", the year opening its own clause
    text = "Sau khi được UBND tỉnh giao chỉ tiêu, năm 2023 huyện đã thu ngân sách đạt 105% dự toán."
    assert not _mention(text, "năm 2023").plan
    assert find_period(text).code == "2023"


def test_the_years_past_glossed_by_their_span_stay_reported():
    # a sentence of my own making: "các năm qua (2016-2020)" is the span reviewed, no comparison
    text = "Trong các năm qua (năm 2016 - 2020), Hội đã vận động xây dựng 120 căn nhà."
    assert not any(m.comparison for m in find_mentions(text))
