"""Round 51 of the period reader: a day opening its clause after ``Trong`` (``Trong ngày 20.1.2020, tại Bến xe Miền
Tây đã có 1.700 xe xuất bến``) is a day opening a clause as ``Ngày 20.1.2020, ...`` is (``recognisers.DAY_OPENS``).
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

import re
from pathlib import Path

from index.parse import parse_report
from service.periods.mentions import find_mentions
from service.periods.recognisers import days_opening
from tests.sweep_tables import PAGES, case_source as _case, line_from as _sentence


def _code(path: Path) -> str | None:
    period = parse_report(path).period
    return str(period) if period else None


def test_bus_station_day_after_trong_is_the_pages_month():
    # xn-: a bus station's one day before Tết, its clause opening "Trong ngày 20.1.2020, tại Bến xe Miền Tây ..."
    assert _code(_case("xn-tp-hcm-ben-xe-mien-dong-mien-tay-xe-xuat-ben-2020-01")) == "2020-01"


def test_second_source_union_gifts_day_after_trong_opens_its_clause():
    # zd-can-tho: "Trong ngày 26/01/2022 Liên đoàn Lao động huyện đã tổ chức chương trình ..." (no comma after the day)
    text = _sentence(_case("zd-can-tho-co-do-ldld-tet-2022-01"), "Trong ngày 26/01/2022")
    assert [(month, year) for _, _, month, year in days_opening(text)] == [(1, 2022)]
    assert _code(_case("zd-can-tho-co-do-ldld-tet-2022-01")) == "2022-01"


def test_negative_trong_ngay_inside_a_clause_is_no_opening():
    # c27-eltimes "... cho biết trong ngày 2-2 (28 Tết), ...", p13-kinhtenongthon "Riêng trong ngày 20/4, quận Cầu
    # Giấy ...": a word before "trong", the clause opened earlier
    for path in (PAGES / "c27-eltimes-ngay-dau-nghi-tet-tngt-2019.txt", PAGES / "p13-kinhtenongthon-xuphat-covid.txt"):
        text = path.read_text(encoding="utf-8")
        inside = re.search(r"[^\W\d_]+ trong ngày \d{1,2}[/.-]\d{1,2}[^\n]{0,40}", text).group(0)
        assert days_opening(inside) == []


def test_negative_trong_n_ngay_is_a_length_not_a_day():
    # xn-ben-xe: "khả năng cung ứng còn lại của bến xe trong 4 ngày phục vụ (27 tháng Chạp đến 30 Tết)"
    text = _sentence(_case("xn-tp-hcm-ben-xe-mien-dong-mien-tay-xe-xuat-ben-2020-01"), "Trong khi đó")
    assert days_opening(text) == []


def test_negative_a_page_naming_its_months_keeps_them():
    # zb-quang-ninh: "Đặc biệt, trong ngày 30/5 vừa qua, lô hàng sầu riêng ..." on a page of the first five months
    assert _code(_case("zb-quang-ninh-mong-cai-cua-khau-2025-5t")) == "2025-5T"


def test_negative_undated_day_with_no_year_stays_unread():
    # sweep p25-24h (labelled none): "Trong ngày 20-1, toàn quốc xảy ra 25 vụ tai nạn giao thông" with no year anywhere
    assert _code(PAGES / "p25-24h-tngt-ngay-dau-tet-2023-none.txt") is None


# ---- a multiple of another period's figure, its number hedged: "gấp gần 7 lần quý II/2020" (recognisers.COMPARISON)


def _mention(path: Path, words: str):
    text = path.read_text(encoding="utf-8")
    at = text.index(words)
    return next(m for m in find_mentions(text) if m.start <= at < m.end)


def test_power_group_half_takes_its_year_from_the_hedged_multiple():
    # xn-evn: "Thủy điện Miền Nam đạt lợi nhuận sau thuế 41 tỷ đồng, gấp gần 7 lần quý II/2020" compares with last
    # year's quarter, so "trong 6 tháng đầu năm" is 2021's
    path = _case("xn-toan-quoc-evn-san-luong-dien-he-thong-2021-h1")
    assert _mention(path, "quý II/2020").comparison
    assert _code(path) == "2021-H1"


def test_second_source_hydropower_quarter_compared_with_last_years():
    # xn-thuy-dien: "mức lãi ròng đạt 35,6 tỷ đồng cao gấp gần 6 lần quý 2/2018": the quarter of 2018 is compared with,
    # the bare "quý 2" after it keep the report's year
    path = _case("xn-toan-quoc-thuy-dien-song-ba-thac-ba-loi-nhuan-2019-q2")
    assert _mention(path, "quý 2/2018").comparison
    text = path.read_text(encoding="utf-8")
    later = [m for m in find_mentions(text) if m.start > text.index("quý 2/2018") and m.recogniser == "quarter"]
    assert later and all(m.period.year == 2019 for m in later)


def test_negative_hedged_multiples_with_no_period_after_them_keep_the_reading():
    # z-hai-duong "nộp ngân sách nhà nước gần 32,2 tỷ đồng (tăng gấp hơn 2 lần)" (2017); zh-quang-nam "(tăng gấp gần 17
    # lần so với cùng kỳ)" (2023-04); sweep p30-moitruong "tăng gấp gần 3 lần so với cùng kỳ năm trước" (2022-H1)
    assert _code(_case("z-hai-duong-nuoc-sach-2017")) == "2017"
    assert _code(_case("zh-quang-nam-du-lich-2023-04")) == "2023-04"
    assert _code(PAGES / "p30-moitruong-hanoi-dulich-6t-2022-h1.txt") == "2022-H1"


def test_negative_a_multiple_of_a_plan_is_no_period_compared():
    # sweep t39-tcdulichtphcm: "mức này vẫn gấp hơn ba lần kế hoạch kinh doanh đề ra": no period follows the multiple
    text = (PAGES / "t39-tcdulichtphcm-thao-cam-vien-2022.txt").read_text(encoding="utf-8")
    at = text.index("gấp hơn ba lần")
    assert not any(m.comparison and at < m.start < at + 40 for m in find_mentions(text))
