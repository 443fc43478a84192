"""Tidy 60 (docs/tidy-60.md): ``triệu`` written short before what an amount counts — one reader of the short scale
(``recognisers.shortscale.short_scale``) that keeps the unit after it, read by the checker's extraction and, through
it, by the template (round 33's own ``Tr.`` reader went).  Quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from service.checker.extract import extract_numbers
from service.checker.recognisers.shortscale import short_scale
from tests.sweep_tables import nth_verdicts
from tests.template_rows import has, row
from tests.test_onboarding_round6 import template

_PV_POWER = "xt-toan-quoc-pv-power-san-luong-dien-2021-h1"
_PV_SENTENCE = ("Theo Tổng Công ty (POW), trong 6 tháng đầu năm 2021, tổng sản lượng điện ước đạt 9.844 Tr.kWh, bằng "
                "96% kế hoạch 6 tháng và 87% so với cùng kỳ năm 2020, hoàn thành 51% kế hoạch cả năm (18.700 trkwh).")

_C38 = "mạch điện tử tích hợp ước đạt 28,4 Tr.SP, giảm 2,1%, bằng 20,1% KH năm"


def _read(text: str, said: str):
    """The mention whose number opens ``said``."""
    at = text.index(said)
    return next(m for m in extract_numbers(text) if m.num_start == at)


# ---------------------------------------------------------------- the reader

def test_the_short_scale_keeps_the_unit_after_it():
    # PV Power (held-out), c38-congthuongthainguyen (sweep page), c9-ninhbinh-vantai-2008-11 (sweep page)
    for text, said, unit, value in (
            (_PV_SENTENCE, "9.844 Tr.kWh", "kWh", 9_844_000_000),
            (_PV_SENTENCE, "18.700 trkwh", "kwh", 18_700_000_000),
            (_C38, "28,4 Tr.SP", "SP", 28_400_000),
            ("Khối lượng hành khách luân chuyển 11 tháng ước đạt 281,3 Tr.người.Km, tăng 3% so với cùng kỳ năm trước.",
             "281,3 Tr.người.Km", "người.Km", 281_300_000)):
        m = _read(text, said)
        assert (m.text, m.kind, m.scale, m.value, m.unit, m.noun) == \
            (said, "count", 10 ** 6, Decimal(value), unit, unit.lower()), said


def test_the_short_scale_before_a_currency_is_money_as_before():
    # ym-thai-nguyen-so-cong-thuong (held-out); the c-series co-operatives' ``trđ``, ``tr.đồng``
    for text, said, unit, value in (
            ("Giá trị xuất khẩu ước đạt 2.435,2 Tr.USD, giảm 2% so với tháng trước", "2.435,2 Tr.USD", "USD",
             2_435_200_000),
            ("Doanh thu đạt 245 tr.đồng, lợi nhuận 38 trđ.", "245 tr.đồng", "đồng", 245_000_000),
            ("Doanh thu đạt 245 tr.đồng, lợi nhuận 38 trđ.", "38 trđ", "đồng", 38_000_000),
            ("Giá trị xuất khẩu ước đạt 2.435,2 Tr. USD.", "2.435,2 Tr. USD", "USD", 2_435_200_000)):
        m = _read(text, said)
        assert (m.text, m.kind, m.value, m.unit) == (said, "money", Decimal(value), unit), said


def test_no_short_scale_without_its_dot_or_a_consonant_glued():
    # ``tr`` opening a word on a vowel (``trường``, ``trẻ``), no dot and a space, a page ``tr. 5``
    assert short_scale("có 61 trường dự thi", 5) is None
    assert short_scale("chăm sóc 1.250 trẻ em", 14) is None
    assert short_scale("Thu ngân sách ước đạt 12,5 tr đồng mỗi hộ", 26) is None
    assert short_scale("Xem trang 12 tr. 5 của báo cáo.", 12) is None
    m = _read("Thu ngân sách ước đạt 12,5 tr đồng mỗi hộ, tăng 3% so với cùng kỳ.", "12,5")
    assert m.scale == 1 and m.value == Decimal("12.5")


def test_no_unit_after_a_space_nor_after_ng_nor_a_currency_not_ending_the_amount():
    # ``tr.`` is a page as well: a word after a space is no unit; ``Ng.`` before a word is a name (``Ng.Văn Cừ``);
    # ``tr.đ/lượng`` (u-hung-yen-mam-non-ban-tru, a grade of gold) counts no «đ»
    assert short_scale("Cuốn sách dày 300 tr. Giá bán 50.000 đồng", 17) is None
    assert short_scale("số nhà 15 Ng.Văn Cừ", 9) is None
    assert short_scale("giá 45 tr.đ/lượng", 6) is None
    assert short_scale("giá 45 tr.đồng/người", 6) is None


# ---------------------------------------------------------------- the checker on PV Power's page

def test_pv_powers_short_scales_are_its_rows_values():
    # SL01 Tổng sản lượng điện: 9.844 (6 tháng), 18.700 (kế hoạch năm), triệu kWh — both flagged before
    assert [v for _, v, _ in nth_verdicts(_PV_POWER, "9.844 Tr.kWh", "9.844 Tr.kWh")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(_PV_POWER, "18.700 trkwh", "18.700 trkwh")] == ["supported"]
    # a wrong value written the same way is still caught
    assert [v for _, v, _ in nth_verdicts(_PV_POWER, "9.844 Tr.kWh", "9.484 Tr.kWh")] == ["unsupported"]
    assert [v for _, v, _ in nth_verdicts(_PV_POWER, "18.700 trkwh", "17.800 trkwh")] == ["unsupported"]


# ---------------------------------------------------------------- the template reads the extraction's reading

def test_the_template_rows_of_the_short_scale(tmp_path):
    tpl = template(tmp_path, "Báo cáo sản lượng điện 6 tháng đầu năm 2021", _PV_SENTENCE)
    assert row(tpl, 9_844_000_000).unit == "kWh" and not has(tpl, 9844)
    assert not has(tpl, 18700)   # a count of «trkwh» before; the plan's value in brackets still makes a row of its
    assert not has(tpl, 18_700_000_000)   # own (left: docs/tidy-60.md); since template round 81 (``plansize``) the
    assert any(s.value == 18_700_000_000 and s.noun == "kwh" for s in tpl.standing)   # plan's size, standing, in kWh
    tpl = template(tmp_path, "Báo cáo sản xuất công nghiệp 3 tháng năm 2021",
                   "Một số sản phẩm công nghiệp chủ yếu giảm so với cùng kỳ: " + _C38)
    assert row(tpl, 28_400_000).unit == "SP" and not has(tpl, Decimal("28.4"))
