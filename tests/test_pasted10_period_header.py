"""Pasted tables, round 10 (``evaluations/sweep/pasted-round10.md``): a broker's statement of several quarters side by
side, its header the quarters typed with single spaces on one line (``Q4 2023 Q1 2024 Q2 2024 Q3 2024 Q4 2024``) and
its unit on a line of its own as a multiple of the đồng (``Đơn vị: 1.000.000đ``, ``単位: 1.000.000đ`` on the same
site's Japanese pages). The header had been one title for five cells, so the template made no row of the table
(``onboarding.pasted.side_by_side_periods``); the unit had been read by the loader as a count of ``000đ`` scaled by
a thousand (``onboarding.pasted.dong_multiple_unit``). Texts quote round 10's pages and earlier rounds', as stored."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding import pasted
from service.onboarding.pasted import dong_multiple_unit, said_unit, side_by_side_periods
from tests.sweep_tables import page

BSC_STG = "s10-toan-quoc-bsc-stg-ket-qua-kinh-doanh-2024-q4"   # new.bsc.com.vn STG, the latest quarter LAST
BSC_TVT = "s10-toan-quoc-bsc-tvt-ket-qua-kinh-doanh-2024-q4"   # new.bsc.com.vn TVT
BSC_GMD = "p23-bsc-gmd-kqkd-quy-2025-q3"                       # new.bsc.com.vn/jp GMD: ``単位: 1.000.000đ``


def rows(slug):
    got, _ = pasted.table_rows(page(slug))
    return {r.label: (r.value, r.unit) for r in got}


def test_quarters_typed_side_by_side_are_one_title_each():
    # "  Q4 2023 Q1 2024 Q2 2024 Q3 2024 Q4 2024" (s10 BSC STG and TVT)
    assert side_by_side_periods("Q4 2023 Q1 2024 Q2 2024 Q3 2024 Q4 2024") == [
        "Q4 2023", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]
    # "  Q3 2024 Q4 2024 Q1 2025 Q2 2025 Q3 2025" (p23 BSC GMD, the Japanese page)
    assert len(side_by_side_periods(page(BSC_GMD).splitlines()[1].strip())) == 5
    # "  Năm học: 2019-2020 Năm học: 2020-2021" (s10 Đà Nẵng, another portal): two school years
    assert side_by_side_periods("Năm học: 2019-2020 Năm học: 2020-2021") == ["Năm học: 2019-2020",
                                                                            "Năm học: 2020-2021"]


def test_a_line_of_other_words_or_one_period_is_not_split():
    assert side_by_side_periods("Tổng số Chia ra Tổng số Chia ra") == []          # s10 Đà Nẵng's second header line
    assert side_by_side_periods("Báo cáo tài chính Quý 3 năm 2011") == []        # a title: words before the period
    assert side_by_side_periods("Q4 2024") == []                                 # one title
    assert side_by_side_periods("Năm 2020 Năm 2020") == []                       # the same period twice: no columns


def test_a_unit_written_as_a_multiple_of_the_dong_is_the_scale_word():
    assert dong_multiple_unit("1.000.000đ") == "triệu đồng"
    assert dong_multiple_unit("1.000 đồng") == "nghìn đồng"
    assert dong_multiple_unit("1.000.000.000đ") == "tỷ đồng"
    assert dong_multiple_unit("Tỷ đồng") == "Tỷ đồng"
    assert dong_multiple_unit("1.000 người") == "1.000 người"                   # no money: left as it is
    assert said_unit("Đơn vị: 1.000.000đ") == "triệu đồng"                      # s10 BSC STG's first line
    assert said_unit(page(BSC_GMD).splitlines()[0]) == "triệu đồng"             # "単位: 1.000.000đ"
    assert said_unit("ĐVT: Tỷ đồng - Unit: Bill. dongs") == "Tỷ đồng"           # as before


def test_the_statement_makes_rows_of_its_latest_quarter_in_millions():
    got = rows(BSC_STG)
    # "1. Tổng doanh thu hoạt động kinh doanh 530.353 475.805 610.421 661.849 705.952": Q4 2024, the last column
    assert got["Tổng doanh thu hoạt động kinh doanh"] == (Decimal(705952) * 10**6, "triệu đồng")
    assert got["Giá vốn hàng bán"] == (Decimal(586856) * 10**6, "triệu đồng")
    got = rows(BSC_TVT)
    # "19. Lợi nhuận sau thuế thu nhập doanh nghiệp (15)-(18) 6.268 1.181 1.723 6.371 12.801"
    assert got["Lợi nhuận sau thuế thu nhập doanh nghiệp (15)-(18)"] == (Decimal(12801) * 10**6, "triệu đồng")
    # "20. Lợi nhuận sau thuế của cổ đông không kiểm soát 1.123 -615 -246 -619 -479": a loss kept negative
    assert got["Lợi nhuận sau thuế của cổ đông không kiểm soát"] == (Decimal(-479) * 10**6, "triệu đồng")
    # the Japanese page: "Tổng doanh thu hoạt động kinh doanh 1,264,115 … 1,560,496" (English notation, Q3 2025)
    assert rows(BSC_GMD)["Tổng doanh thu hoạt động kinh doanh"] == (Decimal(1560496) * 10**6, "triệu đồng")
