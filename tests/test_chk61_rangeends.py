"""Checker round 61 (chk61, issue 13): a range said in the text against a table keeping its two ends as two rows,
«… - thấp nhất» and «… - cao nhất» (the hand tables of market bulletins, and what the figures template's
``pricerange`` makes) — ``service.checker.rangeends``. Before, any value inside the range supported it, so a wrong
end (``54.000 – 63.000`` for 54.000 and 62.000) passed. Sources: held-out xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-
heo-2025-11 (its hand table) and the sweep's c31-voh-gia-heo-hoi-28-2-2024-thap-nhat (the rows its template made).
Negatives: the ranges still supported as written; a range typed in one cell (xg-toan-quoc-bo-tai-chinh); rows naming
no end; a date range, a page range, a score, a road code and a year span stay what they were.
"""

from __future__ import annotations

import unicodedata

from service.checker import check_text
from service.checker.rangeends import row_end
from tests.sweep_tables import page, real_case, table

_HEO = "xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-2025-11"
_VOH = "c31-voh-gia-heo-hoi-28-2-2024-thap-nhat"
_BTC = "xg-toan-quoc-bo-tai-chinh-gia-ca-thi-truong-2019-05"

#: the rows ``baocao figures template`` made of the voh page (its values moved to the report's column)
_VOH_ROWS = [
    "CT-01,Mức mỗi kg thu mua - thấp nhất,đồng/kg,55000",
    "CT-02,Mức mỗi kg thu mua - cao nhất,đồng/kg,58000",
    '"GHH-01","Mức mỗi kg Giá thu mua heo hơi ở khu vực miền Trung, Tây Nguyên - thấp nhất",đồng/kg,54000',
    '"GHH-02","Mức mỗi kg Giá thu mua heo hơi ở khu vực miền Trung, Tây Nguyên - cao nhất",đồng/kg,58000',
    "GHH2-01,Mức mỗi kg Giá heo hơi hôm nay tại miền Bắc - thấp nhất,đồng/kg,56000",
    "GHH2-02,Mức mỗi kg Giá heo hơi hôm nay tại miền Bắc - cao nhất,đồng/kg,57000",
]


def _verdicts(text, figures, fragment, **kw):
    s = text.index(fragment)
    return [(c.text, c.verdict) for c in check_text(text, figures, **kw).numbers if s <= c.start < s + len(fragment)]


def _real(slug, old, new):
    case, figures, kw = real_case(slug)
    text = unicodedata.normalize("NFC", case.text)
    assert old in text
    return _verdicts(text.replace(old, new), figures, new, **kw)


# ---------------------------------------------------------------- held-out: the hand table's two rows

def test_a_range_said_as_the_two_rows_stays_supported():
    for said in ("54.000 – 62.000", "50.000 – 60.000", "48.000 – 54.000"):
        assert [v for _, v in _real(_HEO, said, said)] == ["supported"]


def test_a_wrong_upper_end_is_caught():
    assert _real(_HEO, "54.000 – 62.000", "54.000 – 63.000") == [("54.000 – 63.000 đồng/kg", "unsupported")]
    assert _real(_HEO, "50.000 – 60.000", "50.000 – 65.000") == [("50.000 – 65.000 đồng/kg", "unsupported")]


def test_a_wrong_lower_end_is_caught():
    assert _real(_HEO, "54.000 – 62.000", "53.000 – 62.000") == [("53.000 – 62.000 đồng/kg", "unsupported")]
    assert _real(_HEO, "48.000 – 54.000", "49.000 – 54.000") == [("49.000 – 54.000 đồng/kg", "unsupported")]


# ---------------------------------------------------------------- a sweep page: the rows the template makes

def test_the_templates_rows_check_both_ends(tmp_path):
    figures = table(tmp_path, _VOH_ROWS)
    text = page(_VOH)
    said = "miền Bắc trong khoảng 56.000 - 57.000 đồng/kg"
    assert [v for _, v in _verdicts(text, figures, said)] == ["supported"]
    assert [v for _, v in _verdicts(text.replace(said, said.replace("57.000", "59.000")), figures,
                                    said.replace("57.000", "59.000"))] == ["unsupported"]
    said = "Tây Nguyên trong khoảng 54.000 - 58.000 đồng/kg"
    assert [v for _, v in _verdicts(text, figures, said)] == ["supported"]
    wrong = said.replace("54.000", "55.000")
    assert [v for _, v in _verdicts(text.replace(said, wrong), figures, wrong)] == ["unsupported"]


# ---------------------------------------------------------------- negatives

def test_a_range_in_one_cell_is_checked_as_before():
    assert [v for _, v in _real(_BTC, "7.500 - 7.600", "7.500 - 7.600")] == ["supported"]
    assert [v for _, v in _real(_BTC, "7.500 - 7.600", "7.500 - 7.900")] == ["unsupported"]


def test_a_range_against_a_row_naming_no_end_is_supported_by_a_value_in_it(tmp_path):
    figures = table(tmp_path, ["R-1,Thu nhập bình quân,triệu đồng/người/tháng,5"])
    text = "Thu nhập bình quân của hội viên từ 4 đến 6 triệu đồng/người/tháng."
    assert [v for _, v in _verdicts(text, figures, "4 đến 6")] == ["supported"]


def test_labels_naming_no_single_end():
    assert row_end("Giá heo hơi hộ chăn nuôi nhỏ lẻ - thấp nhất") == ("low", "giá heo hơi hộ chăn nuôi nhỏ lẻ - #")
    assert row_end("Tỷ lệ cấp ủy viên nữ cao nhất (Tuyên Quang)") == ("high", "tỷ lệ cấp ủy viên nữ #")
    assert row_end("Tỷ lệ cấp ủy viên nữ thấp nhất (Cần Thơ)")[1] == "tỷ lệ cấp ủy viên nữ #"
    assert row_end("Thu nhập bình quân") is None
    assert row_end("Chênh lệch giữa mức cao nhất và thấp nhất") is None


def test_dates_pages_scores_codes_and_year_spans_stay_what_they_are(tmp_path):
    figures = table(tmp_path, ["R-1,Giá - thấp nhất,đồng/kg,1", "R-2,Giá - cao nhất,đồng/kg,4"])
    for text, said in (("Từ ngày 1 - 4/4, giá ổn định.", "1 - 4/4"),
                       ("Xem chi tiết (Trang 51 - 66) của báo cáo.", "51 - 66"),
                       ("Đội tuyển thắng 3-1 trong trận chung kết.", "3-1"),
                       ("Tuyến QL1A đoạn qua huyện được sửa chữa.", "QL1A"),
                       ("Kế hoạch giai đoạn 2021-2025 của tỉnh.", "2021-2025")):
        # none is read as a range the end rows support (the page range stays flagged as before: round 58's "left")
        assert all(v != "supported" for _, v in _verdicts(text, figures, said)), text


def test_the_held_out_source_is_unchanged_and_clean():
    case, figures, kw = real_case(_HEO)
    text = unicodedata.normalize("NFC", case.text)
    flagged = [c.text for c in check_text(text, figures, **kw).numbers if c.verdict in ("unsupported", "stale")]
    assert "54.000 – 62.000 đồng/kg" not in flagged and "48.000 – 54.000 đồng/kg" not in flagged
