"""Round 50 of the period reader: a span of years opening its sentence before what was done (``span_done``), and of
a stock's values at two months' ends the later (``later_balance``).  Real texts: the held-out cases and sweep pages
named, each read as the evaluations read them (``index.parse.parse_report``)."""

from __future__ import annotations

from index.parse import parse_report
from service.periods.mentions import find_mentions
from tests.sweep_tables import PAGES, case_source as _case, sentence_from as _sentence


def _spans(text: str) -> list[str]:
    return [m.period.code for m in find_mentions(text) if m.period is not None and m.recogniser == "span"]


# --- a span of years opening its sentence, no comma, before a perfective "đã" -----------------------------------

def test_span_before_done_is_the_period_nghe_an():
    # "Giai đoạn 2015 - 2018 tỉnh Nghệ An đã giải quyết việc làm cho 150.510 người": read 2018 before round 50
    assert parse_report(_case("xm-nghe-an-so-ldtbxh-xuat-khau-lao-dong-2015-2018")).period == "2015-2018"


def test_span_before_done_second_source_vinh_long():
    # "Giai đoạn 2016- 2018 đã tiếp xúc, mời gọi 104 nhà đầu tư": the same construction, a span reported
    text = _sentence(_case("yp-vinh-long-bql-cac-khu-cong-nghiep-thu-hut-dau-tu-2016-2020"), "Giai đoạn 2016- 2018")
    assert _spans(text) == ["2016-2018"]


def test_span_opening_a_plan_is_no_period():
    # a 2020 request's "Trong giai đoạn 2021-2025 quá trình cơ cấu lại ngành nông nghiệp được đẩy mạnh": no deed
    text = _sentence(PAGES / "p36-hethongphapluat-congvan-tongket-none.txt", "Trong giai đoạn 2021-2025")
    assert _spans(text) == []


def test_span_opening_a_count_with_no_deed_is_no_period():
    text = _sentence(PAGES / "c23-qrt-nongson-sxkd-gioi-2017-2019.txt", "Giai đoạn 2017-2019 số hộ")
    assert _spans(text) == []


def test_span_inside_a_sentence_is_no_period():
    # "Theo Ban Quản lý Các khu công nghiệp, giai đoạn 2016- 2020 việc xây dựng ...": set off by no stop, no "đã"
    text = _sentence(_case("yp-vinh-long-bql-cac-khu-cong-nghiep-thu-hut-dau-tu-2016-2020"), "Theo Ban Quản lý")
    assert _spans(text) == []


# --- of a stock's values at two months' ends, the later -------------------------------------------------------

def test_later_balance_thai_nguyen():
    # "tính đến cuối tháng 6 đạt 53.418 tỷ đồng ..., thì đến cuối tháng 7, tổng dư nợ này giảm còn 52.798 tỷ đồng"
    assert parse_report(_case("xm-thai-nguyen-to-chuc-tin-dung-du-no-cho-vay-2019-07")).period == "2019-07"


def test_later_balance_ha_tinh_reads_the_later_months_end():
    # "đến 31/5/2021 đạt 78.588 tỷ đồng ... Đến 30/6/2021, ... ước đạt 79.569 tỷ đồng": the later month's end, read
    # as the folder reads a balance through a month's last day (the months so far: 2021-H1; was 2021-5T)
    assert parse_report(_case("xm-ha-tinh-nhnn-chi-nhanh-nguon-von-huy-dong-2021-06")).period == "2021-H1"


def test_a_months_end_with_no_value_is_no_balance():
    # "Đến tháng 9 năm 2018, theo Quyết định số 1948/QĐ-UBND ... giao tăng thêm": a decision's date, no stock
    path = _case("zk-bac-kan-xa-duong-quang-thu-ngan-sach-2018-8t")
    text = path.read_text(encoding="utf-8")
    assert not any(m.balance for m in find_mentions(text) if m.period and m.period.months[1] == 9)


def test_a_count_to_a_mid_month_day_does_not_replace_a_half():
    # "... đến hết tháng 6/2025 ... Tuy nhiên, tính đến ngày 25/7/2025, mới có 922..." (sweep t16): a day inside July
    text = (PAGES / "t16-nhipsong-giaingan-2025-h1.txt").read_text(encoding="utf-8")
    assert not any(m.balance for m in find_mentions(text) if m.period and m.period.months[1] == 7)


def test_earlier_balance_after_a_later_one_keeps_the_later():
    # "Tính đến tháng 12/2024 ... Tại thành phố Hà Nội, đến tháng 5/2024 có 122 tổ chức" (sweep p42): labelled 2024-12
    assert parse_report(PAGES / "p42-nguoitaybac-congchung-yenbai-2024-12.txt").period == "2024-12"


def test_later_balance_third_source_ha_tinh_banks_december():
    # "Đến 30/11/2021, tổng nguồn vốn huy động đạt 85.357 tỷ đồng ... Ước đến 31/12/2021, tổng nguồn vốn huy động đạt
    # 83.893 tỷ đồng" (sweep c13-hatinh-nganhang-2021, a December page): the later month's end, the whole year
    # (read 2021-11T before round 50)
    assert parse_report(PAGES / "c13-hatinh-nganhang-2021.txt").period == "2021"
