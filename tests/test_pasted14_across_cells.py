"""Pasted tables, round 14 (``evaluations/sweep/pasted-round14.md``), the checker's side: a table whose columns are
no periods but places (khudancu's Đồng Tháp and Quảng Ninh pages: ``Thành phố`` / ``Cao Lãnh`` / … over ``Diện tích
(km²) 107 59,11 …``) or indicators with their units (quangbinh.gov.vn's communes: ``Diện tích (km2)`` / ``Dân số
(người)``). The checker read each pasted row as one row of the figures table with as many columns as cells: with
the agency's own table (one row a district and indicator, of one value) every cell was left unverified («bảng số
liệu không có cột này») and a district's value written in another's place passed. A cell now belongs to its row's
label and its column's name together (``Diện tích (km²) - Thành phố Cao Lãnh``; ``Phường Bắc Lý - Dân số``) —
``tabletext.place_header``, ``tabletext.indicator_titles``, ``tabletext.across_names`` — and is checked as that
row's value. A footnote mark closing a label (``Dân số (nghìn người) [36]``) no longer hides its scale
(``tabletext.without_footnote_mark``: the cells ``300.267`` are thousands)."""

from __future__ import annotations

from service.checker.tabletext import across_names, bracket_scale, indicator_titles, place_header, text_rows
from tests.sweep_tables import check_at, checks, page, table

_DONG_THAP = "s14-dong-thap-don-vi-hanh-chinh-cap-huyen-2019"
_QUANG_NINH = "s14-quang-ninh-don-vi-hanh-chinh-cap-huyen-2019"
_QUANG_BINH = "s14-quang-binh-dan-so-dien-tich-xa-phuong-2006"
_LAND_USE = "s5-cuc-thong-ke-he-so-su-dung-dat-nong-nghiep-2007"


def _dong_thap_table(tmp_path):
    return table(tmp_path, ["1,Diện tích - Thành phố Cao Lãnh,km²,107", "2,Diện tích - Thành phố Sa Đéc,km²,\"59,11\"",
                            "3,Diện tích - Thị xã Hồng Ngự,km²,\"121,84\"", "4,Diện tích - Huyện Cao Lãnh,km²,491",
                            "5,Dân số 2019 - Thành phố Cao Lãnh,người,225940",
                            "6,Dân số 2019 - Thành phố Sa Đéc,người,190596",
                            "7,Mật độ dân số - Thành phố Cao Lãnh,người/km²,2336"])


def test_the_columns_names_are_places_split_before_each_level_word():
    text = page(_DONG_THAP)
    names, _ = place_header(text, text_rows(text)[0].label_start, 12)
    assert names[0] == "Thành phố Cao Lãnh" and names[2] == "Thị xã Hồng Ngự" and names[-1] == "Huyện Tháp Mười"
    text = page(_QUANG_NINH)
    names, _ = place_header(text, text_rows(text)[0].label_start, 13)
    assert names[0] == "Thành phố Hạ Long" and names[-1] == "Huyện Ba Chẽ"
    assert place_header(text, text_rows(text)[0].label_start, 12) is None


def test_a_districts_cell_is_checked_against_its_districts_row(tmp_path):
    text = page(_DONG_THAP)
    numbers = checks(text, _dong_thap_table(tmp_path), None)
    assert check_at(numbers, text, "107 59,11").verdict == "supported"
    assert check_at(numbers, text, "59,11").verdict == "supported"
    assert check_at(numbers, text, "225.940").verdict == "supported"


def test_a_districts_value_written_in_anothers_place_is_flagged(tmp_path):
    text = page(_DONG_THAP).replace("107 59,11 121,84", "107 121,84 59,11", 1)
    numbers = checks(text, _dong_thap_table(tmp_path), None)
    got = check_at(numbers, text, "121,84 59,11")
    assert got.verdict == "unsupported" and "Thành phố Sa Đéc" in got.reason


def test_the_communes_area_and_population_are_their_own_rows(tmp_path):
    text = page(_QUANG_BINH)
    assert across_names(text, text_rows(text)[0], 2) == ["Diện tích", "Dân số"]
    t = table(tmp_path, ["1,Đồng Hới - Diện tích,km2,\"155,55\"", "2,Đồng Hới - Dân số,người,104151",
                         "3,Phường Bắc Lý - Diện tích,km2,\"10,19\"", "4,Phường Bắc Lý - Dân số,người,13536"])
    numbers = checks(text, t, None)
    assert check_at(numbers, text, "155,55").verdict == "supported"
    assert check_at(numbers, text, "13.536").verdict == "supported"
    swapped = text.replace("10,19\n\n13.536", "13,536\n\n10.19", 1)
    assert check_at(checks(swapped, t, None), swapped, "13,536").verdict == "unsupported"


def test_indicator_titles_from_two_sources_and_a_two_level_header_none():
    assert indicator_titles(["Huyện, Thành phố", "Diện tích (km2)", "Dân số (người)"], 2) == \
        [("Diện tích", "km2"), ("Dân số", "người")]
    # s13 Bình Định's barred header of poor households by district
    assert indicator_titles(["HUYỆN/THỊ XÃ/THÀNH PHỐ", "Tỷ lệ nghèo đa chiều (%)",
                             "Tổng số hộ nghèo và hộ cận nghèo (Hộ)"], 2) == \
        [("Tỷ lệ nghèo đa chiều", "%"), ("Tổng số hộ nghèo và hộ cận nghèo", "Hộ")]
    text = page(_LAND_USE)
    first = text_rows(text)[0]
    assert across_names(text, first, len(first.cells)) is None


def test_a_footnote_mark_hides_no_scale():
    assert bracket_scale("Dân số (nghìn người) [36]") == 1000
    assert bracket_scale("Diện tích (km²)[36]") == 1
    assert bracket_scale("Tạo việc làm mới (nghìn người)") == 1000
