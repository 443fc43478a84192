"""Round 81 of the figures template (issue #14): precision on the `xz-`/`wa-` batches.

- ``plansize``: ``45,16% kế hoạch doanh thu (1.116 tỷ đồng)``, ``8,39% so với kế hoạch lợi nhuận 863,3 tỷ đồng``: the
  plan's size after the share of it done is the plan (standing), no row.
- ``works``: ``1 tác phẩm báo in "…" của tác giả Trần Thị Liên``, ``Loạt 5 bài "…" của tác giả …``: a count describing
  one work named by its title and author is a prize list's entry, no row.
- ``earlier.earlier_sentence``: ``6 ngày Tết năm ngoái cả nước có …`` (no comma after ``năm ngoái``) opens on last
  year's span: its numbers are last year's.
- ``statements.aim``: ``còn phải`` (still to do): ``số người còn phải phát triển … là 1,26 triệu người`` is a remainder
  to a target, no row.
- ``recognisers._change_ahead``: a percentage change before the count it came to (``giảm hơn 53% trong tháng 5 năm nay
  so với cùng kỳ năm ngoái, chỉ còn 115.000 lượt``); ``recognisers._rate_before``: a rate's second change against
  another base (``giảm 1,7% so với tháng 4 và tăng 7,12% so với cùng kỳ``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from service.onboarding.template import build_template
from tests.template_rows import has, standing_values, template_of, values

HELD = Path(__file__).resolve().parent.parent / "evaluations" / "cases" / "heldout"


def held(slug: str):
    return build_template(HELD / slug / "source.txt")


def derived_of(tpl, value: str) -> list[Decimal]:
    return [d.value for r in tpl.rows if r.value == Decimal(value) for d in r.derived]


# ------------------------------------------------------------------ a plan's size

def test_a_plan_s_size_after_its_share_is_standing_phuoc_hoa_2015():
    tpl = held("xz-binh-duong-cao-su-phuoc-hoa-san-xuat-kinh-doanh-2015-8t")
    assert not has(tpl, "1116000000000") and not has(tpl, "144500000000")
    assert {Decimal("1116000000000"), Decimal("144500000000")} <= set(standing_values(tpl))
    assert has(tpl, "504110000000") and has(tpl, "80440000000")


def test_a_plan_s_size_right_after_its_name_phuoc_hoa_2021():
    tpl = held("xz-binh-duong-cao-su-phuoc-hoa-ket-qua-kinh-doanh-2021-h1")
    assert not has(tpl, "863300000000") and not has(tpl, "256970000000")
    assert has(tpl, "14630000000") and has(tpl, "628790000000")


@pytest.mark.parametrize("text, value", [
    # a quota (``giao``): read against its row by the quota rules, never as this plan's size
    ("Thu ngân sách đạt 5.777 tỷ đồng, đạt 115% chỉ tiêu được giao (5.000 tỷ đồng).", "5777000000000"),
    # the plan's words go on to a result: the amount is what was done
    ("Nhà máy Vũng Áng 1 cũng hoàn thành 106% kế hoạch khi đạt đến 3.959 triệu kWh.", "3959000000"),
    # no rate of the plan before it: a row
    ("Doanh thu theo kế hoạch doanh thu đạt 500 tỷ đồng.", "500000000000"),
])
def test_plan_size_leaves_these_rows(tmp_path, text, value):
    assert has(template_of(tmp_path, "Tin tức\n\nNăm 2020, " + text[0].lower() + text[1:]), value)


# ------------------------------------------------------------------ works named by title and author

def test_works_named_by_title_and_author_make_no_rows_tuyen_quang():
    tpl = held("wa-tuyen-quang-hoi-nha-bao-tinh-cuoc-thi-bao-chi-nong-thon-moi-2021")
    assert values(tpl).count(Decimal(1)) <= 1          # the page cut in its fourth entry keeps its row
    for v in ("125", "106", "40", "5"):                # the works entered and the prizes stay
        assert has(tpl, v), v


def test_a_series_named_by_title_and_author_makes_no_row_mien_dong():
    tpl = held("wa-dong-nam-bo-tap-chi-nguoi-lam-bao-giai-bao-chi-mien-dong-2022")
    assert not has(tpl, "5")
    assert has(tpl, "61") and has(tpl, "22")


@pytest.mark.parametrize("text, value", [
    # things of a kind named in quotes, no author: a count
    ("Trong năm 2016, công đoàn đã xây dựng 20 nhà “Mái ấm công đoàn” cho đoàn viên.", "20"),
    # a count of authors: no name after ``tác giả``
    ("Cuộc thi năm 2021 nhận 300 tác phẩm ảnh “Quê hương” của 50 tác giả.", "300"),
    # the prizes before the works they list: the prizes' count stays
    ("Năm 2021 trao 5 giải A, gồm 1 tác phẩm báo in \"Về quê\" của tác giả Trần Thị Liên.", "5"),
])
def test_titled_work_leaves_these_rows(tmp_path, text, value):
    assert has(template_of(tmp_path, "Tin tức\n\n" + text), value)


# ------------------------------------------------------------------ last year's span, no comma

def test_last_year_s_holiday_sentence_is_last_year_s_bo_y_te_tet_2017():
    tpl = held("wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2017-01")
    assert not has(tpl, "3400") and not has(tpl, "10")
    for v in ("2200", "990", "14", "16700", "8000"):
        assert has(tpl, v), v


def test_last_year_without_a_comma_in_a_dated_report(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nTrong 6 tháng đầu năm 2021, toàn tỉnh xảy ra 12 vụ cháy, làm chết 3 "
                                "người. 6 tháng đầu năm ngoái toàn tỉnh xảy ra 15 vụ cháy.")
    assert has(tpl, "12") and not has(tpl, "15")
    assert Decimal(15) in derived_of(tpl, "12")


def test_a_year_before_that_is_not_last_year(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nTrong năm 2021, toàn tỉnh xảy ra 12 vụ cháy. Năm trước đó toàn tỉnh có "
                                "15 vụ cháy, thiệt hại 2 tỷ đồng.")
    assert has(tpl, "2000000000")    # ``năm trước đó``: the year before some other time, not read as last year's


# ------------------------------------------------------------------ what is still to do

def test_the_remainder_to_a_target_makes_no_row_bhxh():
    tpl = held("wa-toan-quoc-bhxh-viet-nam-nguoi-tham-gia-bhxh-2020-10")
    assert not has(tpl, "1260000")
    assert has(tpl, "15670000") and has(tpl, "14780000")


# ------------------------------------------------------------------ changes before their level, against two bases

def test_a_percentage_change_before_its_count_and_a_rate_s_second_base_ha_noi_hotels():
    tpl = held("xz-ha-noi-so-du-lich-khach-san-2021-05")
    assert not has(tpl, "53") and not has(tpl, "7.12")
    assert Decimal("53") in derived_of(tpl, "115000")
    assert Decimal("7.12") in derived_of(tpl, "26.4")


def test_a_second_change_of_a_count_is_not_a_rate_s(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nTháng 5/2021, toàn tỉnh đón 115.000 lượt khách, giảm 1,7% so với tháng "
                                "4 và tăng 7,12% so với cùng kỳ năm 2020.")
    assert has(tpl, "115000") and not has(tpl, "1.7")


# ------------------------------------------------------------------ what will be done over a span of years

def test_what_will_be_done_over_a_span_ending_later_makes_no_rows_phuoc_hoa_2020():
    tpl = held("xz-binh-duong-cao-su-phuoc-hoa-ket-qua-kinh-doanh-2020")
    for v in ("1055", "2", "715", "1002"):
        assert not has(tpl, v), v
    for v in ("11535", "20129", "1632000000000", "1125000000000"):
        assert has(tpl, v), v


@pytest.mark.parametrize("text, value", [
    # ``sẽ`` alone: a figure the hands keep
    ("Năm 2021, toàn tỉnh sẽ có 93 đơn vị bầu cử đại biểu HĐND tỉnh.", "93"),
    # the span ends in the report's year: its own
    ("Năm 2021, theo kế hoạch giai đoạn 2017-2021, tỉnh sẽ hoàn thành 120 công trình.", "120"),
    # done (``đã``) after ``sẽ``'s clause
    ("Giai đoạn 2021-2025 sẽ đầu tư mạnh; năm 2021 đã xây mới 45 trường học.", "45"),
])
def test_span_ahead_leaves_these_rows(tmp_path, text, value):
    assert has(template_of(tmp_path, "Báo cáo năm 2021\n\n" + text), value)


def test_a_change_that_is_a_row_of_its_own_keeps_its_second_change_as_a_row_vasep():
    # "khối lượng xuất khẩu giảm 76% so với cùng kỳ năm trước và giảm 44% so với tháng 12/2022": no level before
    tpl = held("xs-toan-quoc-vasep-xuat-khau-ca-tra-2023-01")
    assert has(tpl, "44")


def test_a_share_of_a_plan_is_no_amount_a_second_share_is_of_pv_power():
    tpl = held("xt-toan-quoc-pv-power-san-luong-dien-2021-h1")
    assert has(tpl, "106") and not has(tpl, "18700000000")
    assert Decimal("106") not in derived_of(tpl, "133")
