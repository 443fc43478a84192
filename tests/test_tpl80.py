"""Round 80 of the figures template (issue #14): other years' numbers, standing lists, price bulletins, channels.

- ``otheryears``: a paragraph opened by a year after the report's (the checker's ``laterpara``) and a sentence opened
  by a closed span of several years begun before it (the checker's ``longspan``) state no figures of the period.
- ``standinglist``: a list of standing facts goes on past an ``X/Y`` pair, over a semicolon when the next item opens
  on its count, and past an item's own ``được …`` clause.
- ``pricerange``: ``từ 100-170 ngàn đồng/kg`` (one scale for both ends) and prices per ``chục`` are a bulletin's rows.
- a channel's frequency: ``FM 94Mhz`` names a channel (read by the checker's ``recognisers/wavelength.py``, which the
  template's mentions come through; the template's own copy of the rule was dropped at the merge, stop 62).
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


# ------------------------------------------------------------------ other years

def test_next_years_paragraph_and_the_standing_list_make_no_rows_binh_thuy():
    tpl = held("xy-can-tho-binh-thuy-hoi-khuyen-hoc-quan-quy-khuyen-hoc-2018")
    assert sorted(values(tpl)) == sorted(Decimal(v) for v in ("1", "19400", "3500000000", "4000000000"))
    assert {Decimal(v) for v in ("46", "15400", "25", "207", "2000")} <= set(standing_values(tpl))


def test_a_closed_span_of_years_and_a_semicolon_list_of_standing_que_vo():
    tpl = held("xy-bac-ninh-que-vo-hoi-khuyen-hoc-huyen-quy-khuyen-hoc-2021-08")
    for v in ("10000000000", "800", "600000000", "20000", "72", "44"):
        assert not has(tpl, v), v
    assert {Decimal(v) for v in ("20000", "72", "44")} <= set(standing_values(tpl))
    assert has(tpl, "23000000000") and has(tpl, "6300000000")


def test_next_year_paragraph_in_a_year_s_report_makes_no_row(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nTrong năm 2018, hội vận động được 4 tỷ đồng.\n\nNăm 2019, hội tiếp tục "
                                "củng cố tổ chức. Phát triển hội viên mới đạt 14% dân số, xây dựng quỹ đạt trên 2 tỷ "
                                "đồng.")
    assert has(tpl, "4000000000")
    assert not has(tpl, "14") and not has(tpl, "2000000000")


@pytest.mark.parametrize("text, value", [
    # the report's own year opening a paragraph: its rows stay
    ("Trong năm 2018, hội vận động được 4 tỷ đồng.\n\nNăm 2018, hội tiếp tục củng cố tổ chức. Phát triển được 140 hội "
     "viên mới, trao 120 suất học bổng.", "140"),
    # a later year's paragraph whose sentence reports again (``hiện``, ``đã``): its row stays
    ("Trong năm 2018, hội vận động được 4 tỷ đồng.\n\nNăm 2019, hội tiếp tục củng cố tổ chức. Hiện hội đã có quỹ 6 tỷ "
     "đồng.", "6000000000"),
    # a span no longer than two years: the report's own
    ("Trong năm 2021, hội vận động được 5 tỷ đồng.\n\nTrong giai đoạn 2020-2021, huyện đã trao 800 suất học bổng.",
     "800"),
])
def test_other_years_rules_leave_these_rows(tmp_path, text, value):
    assert has(template_of(tmp_path, "Tin tức\n\n" + text), value)


# ------------------------------------------------------------------ standing lists

def test_a_semicolon_before_words_ends_the_standing_list(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nTrong năm 2021, toàn huyện có 638 dòng họ có hoạt động khuyến học; "
                                "tổ chức 12 hội nghị tuyên truyền cho hội viên.")
    assert has(tpl, "12")


def test_a_done_passive_still_ends_the_standing_list(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nTrong năm 2018, toàn quận hiện có 22 dòng họ học tập, 19 đơn vị học tập "
                                "đã được công nhận, 25 gia đình học tập mới đăng ký.")
    assert has(tpl, "25")


# ------------------------------------------------------------------ a price bulletin

def test_price_ranges_with_one_scale_are_the_bulletin_s_rows_dong_nai():
    tpl = held("xx-dong-nai-so-cong-thuong-gia-ca-thi-truong-tuan-2023-08")
    for low, high in (("100000", "170000"), ("280000", "300000"), ("15000", "25000"), ("25000", "36000")):
        assert has(tpl, low) and has(tpl, high), (low, high)
    assert has(tpl, "62000") and has(tpl, "75000")


def test_a_change_said_as_a_scaled_range_is_no_row(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nTrong tuần qua, giá heo hơi ở mức 59,5 ngàn đồng/kg. Giá thịt heo ba rọi "
                                "tăng từ 10-15 ngàn đồng/kg so với tuần trước.")
    assert has(tpl, "59500")
    assert not has(tpl, "15000") and not has(tpl, "10000")


def test_a_scaled_price_range_outside_a_bulletin_s_list_is_no_row_hue():
    # xr-thua-thien-hue-nuoi-tom-nuoc-lo-dien-tich-san-luong-2021-h1: a production report's prices, a comma list
    tpl = held("xr-thua-thien-hue-nuoi-tom-nuoc-lo-dien-tich-san-luong-2021-h1")
    for v in ("150000", "220000", "200000", "250000"):
        assert not has(tpl, v), v


def test_a_price_per_chuc_in_a_bulletin_s_list_kien_giang():
    tpl = held("xx-kien-giang-so-cong-thuong-gia-mat-hang-trong-yeu-2019-05")
    assert has(tpl, "16000") and has(tpl, "22000")


# ------------------------------------------------------------------ a channel's frequency

def test_a_channel_s_frequency_is_its_name_hoa_binh():
    tpl = held("xy-hoa-binh-dai-ptth-tinh-phat-thanh-2020")
    assert not has(tpl, "94") and not has(tpl, "105")


def test_hours_on_a_channel_stay_rows(tmp_path):
    tpl = template_of(tmp_path, "Tin tức\n\nNăm 2020, kênh FM phát sóng 94 giờ chương trình địa phương mỗi tuần.")
    assert has(tpl, "94")
