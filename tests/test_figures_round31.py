"""Round 31: the loader on agencies' own column headings — a column headed by the report's span in words («Trong
tháng», «Trong kỳ», «Trong dịp Tết»), by an occasion with its name or dates («Đợt cao điểm (từ 15/12/2023)», «Tết
Nguyên đán Bính Ngọ 2026 (9 ngày nghỉ)», «Ra quân Ngày Chủ nhật xanh (13/3/2016)»), a title row's year over a month's
column.  Sheets in evaluations/data/figures-round31/ (README.md there: pages and layouts); first look in
tools/first-look.txt (on f3d7e602, before any rule)."""
from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.load import load_table

DATA = Path(__file__).resolve().parent.parent / "evaluations" / "data" / "figures-round31"
NO_VALUE_COLUMN = "không có cột 'Kỳ báo cáo'"


def _load(name: str, period: str):
    return load_table(DATA / name, period=period)


def _values(table) -> dict[str, Decimal]:
    return {f.chi_tieu: f.ky_bao_cao for f in table}


def _said(table, words: str) -> list[str]:
    return [w.message for w in table.warnings if words in w.message]


# -- sheets (expected: what a person reads on the page) ------------------------------------------------------------

def test_s01_tet_binh_ngo_heading_is_the_period():
    t = _load("s01-vietnamplus-tet-binh-ngo-2026.csv", "2026-02")
    v = _values(t)
    assert v["Lượt khách du lịch cả nước đón và phục vụ"] == Decimal("14000000")
    assert v["Doanh thu du lịch Thành phố Hồ Chí Minh"] == Decimal("12000000000000")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s02_campaign_merged_over_result_loads_as_before():
    t = _load("s02-thanhnien-thang-thanh-nien-2021-03.xlsx", "2021-03")
    v = _values(t)
    assert v["Cây xanh trồng mới"] == Decimal("1894707")
    assert v["Đoàn viên kết nạp mới"] == Decimal("291834")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s03_campaign_from_a_date_is_the_period():
    t = _load("s03-plo-cao-diem-tet-giap-thin-2023-12.csv", "2023-12")
    v = _values(t)
    assert v["Vụ phạm tội về trật tự xã hội điều tra khám phá"] == Decimal("1587")
    assert v["Cơ sở hoạt động tín dụng đen bị triệt phá"] == Decimal("38")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s04_day_merged_over_quantity_loads_as_before():
    t = _load("s04-phu-yen-ca-xa-dot-ra-quan-2023-01.xlsx", "2023-01")
    assert _values(t)["Lượt cán bộ chiến sĩ tham gia tuần tra"] == Decimal("341")


def test_s05_event_day_with_its_date_columns_in_another_order():
    t = _load("s05-hai-duong-chu-nhat-xanh-2016-03.csv", "2016-03")
    v = _values(t)
    assert v["Bèo được vớt"] == Decimal("800")
    assert len(v) == 4
    assert not _said(t, NO_VALUE_COLUMN)


def test_s06_trong_thang_is_the_months_value_beside_the_running_total():
    t = _load("s06-dkkd-trong-thang-luy-ke-2018-03.csv", "2018-03")
    by_code = {f.ma: f for f in t}
    assert by_code["1"].ky_bao_cao == Decimal("10")
    assert by_code["2"].ky_bao_cao == Decimal("68979")
    assert by_code["3"].ky_bao_cao == Decimal("1801")
    assert by_code["3-LK"].ky_bao_cao == Decimal("8449")
    assert by_code["4-LK"].ky_bao_cao == Decimal("35234")
    assert not _said(t, "cột không thuộc bảng số liệu")


def test_s07_title_year_over_a_months_column_is_weaker():
    t = _load("s07-dkkd-tieu-de-nam-2018-01.csv", "2018-01")
    assert _values(t)["Doanh nghiệp thành lập mới và quay trở lại hoạt động"] == Decimal("15426")
    assert t.period == "2018-01"


def test_s08_trong_ky_is_the_period():
    t = _load("s08-atgt-trong-ky-2015-8t.csv", "2015-8T")
    assert _values(t)["Số người chết"] == Decimal("5821")
    assert not _said(t, NO_VALUE_COLUMN)


def test_s09_season_of_the_year_in_title_and_units_in_headings():
    t = _load("s09-thu-y-vu-xuan-2012-02.csv", "2012-02")
    f = next(iter(t))
    assert f.ky_bao_cao == Decimal("300000") and f.ke_hoach == Decimal("1000000")


def test_s10_event_merged_over_its_dates():
    t = _load("s10-khanh-hoa-dot-phim-2017-01.xlsx", "2017-01")
    assert _values(t)["Lượt người xem"] == Decimal("8684")


def test_s11_trong_dip_tet_is_the_period():
    t = _load("s11-du-lich-trong-dip-tet-quy-mao-2023-01.csv", "2023-01")
    assert _values(t)["Lượt khách nội địa được phục vụ"] == Decimal("9000000")
    assert not _said(t, NO_VALUE_COLUMN)
