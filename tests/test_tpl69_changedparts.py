"""Template round 69: parts of a whole said only by their change, in a list opened by ``Trong đó``/``gồm``/a colon,
are rows of their own valued by their signed change (service/onboarding/changedparts.py).  Sources:
xf-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2016-11t, zx-tp-ho-chi-minh-cong-an-thanh-pho-toi-pham-ma-tuy-2020,
yi-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-dong-xuan-2017-04; negatives: lists whose items name measures of rows
stated before (ym-…-atgt-2022-01, zc-binh-phuoc-toa-an-hai-cap-2016, t-cucpccc-2024-07), one item alone, a part with
its level."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.template import build_template
from tests.template_rows import values as _values
from tests.test_onboarding_round6 import template

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"


def _rows(slug: str) -> dict:
    return {r.value: r for r in build_template(HELD / slug / "source.txt").rows}


def test_crime_kinds_said_by_their_fall():
    rows = _rows("xf-tp-ho-chi-minh-cong-an-pham-phap-hinh-su-2016-11t")
    for v in (-62, -104, -531):
        assert Decimal(v) in rows and rows[Decimal(v)].unit == "vụ"
    assert rows[Decimal(-62)].label == "Số vụ án cướp tài sản: tăng (+)/giảm (-) so với cùng kỳ"
    assert {Decimal(4690), Decimal(3304), Decimal(3570)} <= set(rows)


def test_kinds_held_back_after_gom():
    rows = _rows("zx-tp-ho-chi-minh-cong-an-thanh-pho-toi-pham-ma-tuy-2020")
    assert {Decimal(-14), Decimal(-15), Decimal(-25), Decimal(-105)} <= set(rows)
    assert Decimal(14) not in rows
    assert rows[Decimal(-15)].label.startswith("Số vụ cố ý gây thương tích")


def test_places_after_a_colon():
    rows = _rows("yi-toan-quoc-tong-cuc-thong-ke-san-xuat-lua-dong-xuan-2017-04")
    assert {Decimal(-2139), Decimal(-1000), Decimal(-195)} <= set(rows)
    assert "Hà Nội" in rows[Decimal(-2139)].label and rows[Decimal(-2139)].unit == "ha"


def test_measures_of_rows_stated_before_stay_changes():
    # «trong đó số vụ tai nạn giảm 357 vụ, số người chết giảm 66 người» (a measure «số …»); «So với cùng kỳ năm 2015,
    # thụ lý giảm 26 vụ, giải quyết giảm 21 vụ» (no opener; «thụ lý 77 vụ» stated before); «so với tháng 6/2024 số vụ
    # cháy tăng 16 vụ; …» — no signed row
    for slug in ("ym-toan-quoc-uy-ban-atgt-quoc-gia-tai-nan-giao-thong-2022-01", "zc-binh-phuoc-toa-an-hai-cap-2016",
                 "t-cucpccc-2024-07"):
        rows = _rows(slug)
        assert not [v for v in rows if v < 0], slug


def test_one_item_alone_is_no_list(tmp_path):
    text = ("Năm 2020, toàn thành phố xảy ra 4.409 vụ phạm pháp hình sự, so với cùng kỳ giảm 13 vụ. Trong đó, cướp tài "
            "sản giảm 14 vụ.")
    assert Decimal(-14) not in _values(template(tmp_path, "Báo cáo kết quả công tác năm 2020", text))


def test_a_part_named_by_a_row_before_stays_its_change(tmp_path):
    text = ("Năm 2020, xảy ra 120 vụ cướp tài sản và 300 vụ trộm cắp tài sản. Trong đó, cướp tài sản giảm 14 vụ, trộm "
            "cắp tài sản giảm 20 vụ.")
    values = _values(template(tmp_path, "Báo cáo kết quả công tác năm 2020", text))
    assert Decimal(-14) not in values and Decimal(-20) not in values
    assert {Decimal(120), Decimal(300)} <= set(values)
