"""Checker round 64 (chk64, issue 13): false alarms on the fresh set ``c49-*`` (hydrology, commodity exports, border
guards, veterinary, museums, railway, fire), each rule with a second real source and negatives. Checked against the
one-row table holding none of a page's figures (``dummy``): what passes is what the checker reads as no figure.

- A disaster risk level: ``Cảnh báo cấp độ rủi ro thiên tai do lũ: Cấp 1`` (c49-nchmf-canh-bao-lu-song-cau-song-thuong,
  c49-khituongvietnam-lu-quet-tuyen-quang-ha-giang, c49-baomoi-lu-thuong-nguon-song-hong-15-5-2017) —
  ``recognisers.risklevel``.
- The coming days a forecast covers: ``(5 ngày tới)`` (c49-nchmf-thuy-van-thoi-han-vua-post51918), ``vào 3 ngày tới.``
  (t11-dienbien-gaocuudoi-2017) — ``recognisers.coming``.
- An age in days or months: ``cây lúa được 40-45 ngày tuổi`` (c49-baomoi-thuy-loi-binh-thuan-2024), ``17 tháng tuổi``
  (t22-dienbientv-duoinuoc-6t-2022) — ``recognisers.agedays``.
- A slug line, the headline without marks: ``dich ta lon … 16 trieu con …`` (c49-tuoitrethudo-dich-ta-lon-1-6-trieu-con),
  ``thai nguyen gia tri san xuat … 257 nghin ty dong`` (c38-thainguyentv-gtsx-cong-nghiep-6-thang-2017) —
  ``recognisers.slugline``.
"""

from __future__ import annotations

import unicodedata

from service.checker import check_text
from tests.sweep_tables import page, within


def _nfc(text):
    return unicodedata.normalize("NFC", text)


def _on_page(slug, fragment, figures):
    return [(t, v) for t, v, _ in within(_nfc(page(slug)), figures, _nfc(fragment))]


def _all(text, figures):
    return [(c.text, c.verdict) for c in check_text(_nfc(text), figures).numbers]


# ---------------------------------------------------------------- a disaster risk level

def test_a_disaster_risk_level_is_no_figure(dummy):
    assert _on_page("c49-nchmf-canh-bao-lu-song-cau-song-thuong", "rủi ro thiên tai do lũ: Cấp 1", dummy) \
        == [("1", "not_a_figure")]
    assert _on_page("c49-khituongvietnam-lu-quet-tuyen-quang-ha-giang", "rủi ro thiên tai: cấp 1.", dummy) \
        == [("1", "not_a_figure")]
    text = _nfc(page("c49-baomoi-lu-thuong-nguon-song-hong-15-5-2017"))
    levels = [c for c in check_text(text, dummy).numbers
              if text[max(0, c.start - 30):c.start].rstrip().endswith("cấp")]
    assert len(levels) == 2 and all(c.verdict == "not_a_figure" for c in levels)


def test_risk_level_negatives(dummy):
    # ``cấp`` the verb to grant, after the level's sentence: a count, still flagged
    assert _all("Cấp độ rủi ro thiên tai: cấp 1. Sở đã cấp 120 giấy phép.", dummy) \
        == [("1", "not_a_figure"), ("120", "unsupported")]
    # no risk words: a count after ``cấp``
    assert _all("Trong tháng, huyện đã cấp 3 giấy chứng nhận.", dummy) == [("3", "unsupported")]
    # a number beyond the scale (1 to 5) is not a level
    assert _all("Cảnh báo rủi ro thiên tai, tỉnh cấp 12 tấn gạo.", dummy) == [("12 tấn", "unsupported")]


# ---------------------------------------------------------------- the coming days

def test_the_coming_days_are_no_figure(dummy):
    assert _on_page("c49-nchmf-thuy-van-thoi-han-vua-post51918", "khu vực Trung Bộ (5 ngày tới)", dummy) \
        == [("5", "not_a_figure")]
    assert _on_page("t11-dienbien-gaocuudoi-2017", "vào 3 ngày tới.", dummy) == [("3", "not_a_figure")]


def test_coming_days_negatives(dummy):
    # ``tới`` the preposition: a range of days, still counted
    assert _all("Thời gian nằm viện từ 3 ngày tới 5 ngày.", dummy) == [("3", "unsupported"), ("5", "unsupported")]
    # a count of days worked (no ``tới``) stays a count
    assert _all("Đơn vị đã huy động 120 ngày công.", dummy) == [("120", "unsupported")]


# ---------------------------------------------------------------- an age in days or months

def test_an_age_in_days_or_months_is_no_figure(dummy):
    assert _on_page("c49-baomoi-thuy-loi-binh-thuan-2024", "cây lúa được 40-45 ngày tuổi", dummy) \
        == [("40-45", "not_a_figure")]
    assert ("17", "not_a_figure") in _on_page("t22-dienbientv-duoinuoc-6t-2022", "mới 17 tháng tuổi", dummy)


def test_age_in_days_negatives(dummy):
    # the herd before the age is counted
    assert _all("Trang trại nuôi 1.500 con gà 45 ngày tuổi.", dummy) \
        == [("1.500", "unsupported"), ("45", "not_a_figure")]
    # ``tuổi thọ`` is a lifespan, not an age; days with no ``tuổi`` are counted
    assert _all("Pin có 10 ngày tuổi thọ.", dummy) == [("10", "unsupported")]
    assert _all("Năm nay có 24 ngày nắng.", dummy) == [("24", "unsupported")]


# ---------------------------------------------------------------- a slug line

def test_a_slug_line_repeats_the_headline(dummy):
    assert [v for _, v in _on_page("c49-tuoitrethudo-dich-ta-lon-1-6-trieu-con", "lan rong 16 trieu con", dummy)] \
        == ["not_a_figure"]
    assert _on_page("c38-thainguyentv-gtsx-cong-nghiep-6-thang-2017", "dat tren 257 nghin ty dong", dummy)[0][1] \
        == "not_a_figure"
    # the page's own marked words after the slug stay checked
    assert _on_page("c49-tuoitrethudo-dich-ta-lon-1-6-trieu-con", "tiêu hủy 171.799 con lợn", dummy)[0][1] \
        == "unsupported"


def test_slug_line_negatives(dummy):
    marked = "Tỉnh đã tiêm phòng cho đàn gia súc, gia cầm trong toàn tỉnh với sự tham gia của nhiều hộ chăn nuôi.\n"
    # a line typed without marks but with a comma (a sentence): kept
    assert ("25", "unsupported") in _all(marked + "huyen co 25 xa, phuong bi anh huong cua dich benh\n", dummy)
    # a line with one capital: kept
    assert ("25", "unsupported") in _all(marked + "Huyen co 25 xa bi anh huong cua dich benh\n", dummy)
    # an English line in lower case (a bilingual yearbook's caption) is not a slug
    assert ("2010", "furniture") not in [(c.text, c.kind) for c in
                                         check_text(_nfc(page("s1-hoa-binh-nien-giam-chi-so-grdp-2021")), dummy).numbers]
    # a page written without marks keeps its lines as its words
    assert _all("huyen co 25 xa bi anh huong cua dich benh trong thang\n", dummy) == [("25", "unsupported")]
