"""Round 51 of the period reader: a day opening its clause after ``Trong`` (``Trong ngày 20.1.2020, tại Bến xe Miền
Tây đã có 1.700 xe xuất bến``) is a day opening a clause as ``Ngày 20.1.2020, ...`` is (``recognisers.DAY_OPENS``).
Real texts: the held-out cases and sweep pages named, read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

import re
from pathlib import Path

from index.parse import parse_report
from service.periods.recognisers import days_opening

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "evaluations" / "cases" / "heldout"
PAGES = ROOT / "evaluations" / "sweep" / "pages"


def _case(slug: str) -> Path:
    return CASES / slug / "source.txt"


def _sentence(path: Path, starts: str) -> str:
    text = path.read_text(encoding="utf-8")
    return re.search(re.escape(starts) + r"[^\n]*", text).group(0)


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
