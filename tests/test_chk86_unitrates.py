"""Checker round 86 (helper chk86, issue 13): rates of OTHER units listed one after another, each named with its own
(``Nghệ An có tỷ lệ 88,24%, Phú Thọ 85%, Hải Phòng 83,33%``), are unverified, not flagged — unless the table keeps the
listed units as rows (a roundup: a wrong rate stays caught) (``recognisers/unitratelist.py``, ``unitrates.py``)."""

from __future__ import annotations

import pytest

from service.checker.recognisers.unitratelist import listed_units
from tests.sweep_tables import case_line_verdicts, heldout, nfc


def _units(slug, quote, number):
    text = nfc(heldout(slug))
    i = text.index(number, text.index(quote))
    return listed_units(text, i, i + len(number))


# --- the grammar: four held-out sources, and numbers that are no item of a list --------------------------------------

@pytest.mark.parametrize("slug, quote, number, first", [
    ("yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018", "tỉnh Nghệ An có tỷ lệ", "88,24%", "Nghệ An"),
    ("yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018", "và ĐHQG Hà Nội", "82,43%", "ĐHQG Hà Nội"),
    ("zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014", "(Bình Gia)", "92,96%", "THPT Pác Khuông"),
    ("zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014", "là GDTX Văn Quan", "74,31%", "GDTX Văn Quan"),
    ("xk-toan-quoc-hoa-phat-san-luong-thep-2024-04", "miền Bắc với", "73%", "Bắc"),
    ("ym-toan-quoc-tong-cuc-thong-ke-lam-nghiep-thuy-san-2024-q1", "Nghệ An tăng", "23,8%", "Nghệ An"),
])
def test_a_rate_listed_among_other_units_rates(slug, quote, number, first):
    units = _units(slug, quote, number)
    assert units is not None and units[0] == first and len(units) >= 2, units


@pytest.mark.parametrize("slug, quote, number", [
    ("yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018", "Với tỷ lệ học sinh đạt giải đến", "88,54%"),
    ("zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014", "Khối GDTX đạt tỷ lệ tốt nghiệp", "95,14%"),
    ("ym-toan-quoc-tong-cuc-thong-ke-lam-nghiep-thuy-san-2024-q1", "1.479,8 nghìn m3, tăng", "7%"),
])
def test_a_rate_of_no_list(slug, quote, number):
    assert _units(slug, quote, number) is None


# --- verdicts: other units' rates unverified; a table keeping the units catches a wrong one ---------------------------

@pytest.mark.parametrize("slug, line", [
    ("yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018", "và ĐHQG Hà Nội 82,43%"),
    ("zu-lang-son-so-gddt-tot-nghiep-thpt-2013-2014", "THPT Dân lập Ngô Thì Sỹ 78,37% và THPT Pác Khuông (Bình Gia) 92,96%"),
    ("xk-toan-quoc-hoa-phat-san-luong-thep-2024-04", "miền Bắc với 73%, miền Trung 37%"),
    ("ym-toan-quoc-tong-cuc-thong-ke-lam-nghiep-thuy-san-2024-q1", "Quảng Ngãi tăng 37,5%; Nghệ An tăng 23,8%"),
])
def test_other_units_rates_are_unverified(slug, line):
    verdicts = case_line_verdicts(slug, line)
    assert verdicts and all(v in ("unverified", "not_a_figure") for _, v, _ in verdicts), verdicts


@pytest.mark.parametrize("slug, line, old, new", [
    ("xl-quang-binh-chi-cuc-dan-so-sinh-con-thu-3-2019-h1", "Ba Đồn 24,63%, Quảng Trạch 21,47%", "21,47%", "21,74%"),
    ("zq-toan-quoc-bo-tai-chinh-giai-ngan-von-trai-phieu-chinh-phu-2016-11t", "Sơn La đạt 98,3%, Điện Biên 97,6%",
     "97,6%", "96,7%"),
    ("zh-toan-quoc-chuyen-doi-so-2024-q3", "Đà Nẵng đạt 95,6%; Cà Mau đạt 92%", "95,6%", "95,9%"),
    ("yq-toan-quoc-van-phong-chinh-phu-tang-truong-dia-phuong-2025-h1", "Tp.HCM tăng 7,82%, Hà Nội tăng 7,63%",
     "7,82%", "7,28%"),
])
def test_a_table_keeping_the_units_still_catches_a_wrong_rate(slug, line, old, new):
    clean = case_line_verdicts(slug, line)
    assert all(v not in ("unsupported", "unverified") for _, v, _ in clean), clean
    bad = case_line_verdicts(slug, line, line.replace(old, new))
    assert any(t.strip() == new and v == "unsupported" for t, v, _ in bad), bad
