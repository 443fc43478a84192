"""Pasted tables, round 7 (``evaluations/sweep/pasted-round7.md``): the row's unit in brackets closing its label,
opening on a scale word (``(tỷ đồng)``, ``(triệu USD)``, ``(nghìn người)``), says its cells are written in that unit
— ``1.947,9`` under ``(tỷ đồng)`` is 1.947,9 tỷ đồng (``tabletext.bracket_scale``, ``TextRow.scale``). Texts quote the
held-out Kiên Giang case and a page of round 6's set as stored."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, held, heldout, page

from service.checker.tabletext import bracket_scale, text_rows

KIEN_GIANG = "zs-kien-giang-so-du-lich-khach-du-lich-2020-01"
HUE = "s6-thua-thien-hue-chi-tieu-kinh-te-xa-hoi-2019"


def test_a_scale_word_in_the_label_s_closing_brackets_is_the_row_s_scale():
    assert bracket_scale("III. Tổng thu từ du lịch (tỷ đồng)") == 10**9
    assert bracket_scale("Giá trị xuất khẩu (triệu USD)") == 10**6
    assert bracket_scale("Tạo việc làm mới (nghìn người)") == 10**3
    assert bracket_scale("I. Tổng số lượt khách (lượt)") == 1          # a unit with no scale
    assert bracket_scale("Tỷ lệ hộ nghèo (%)") == 1
    assert bracket_scale("Thu nhập bình quân đầu người (triệu đồng/người)") == 10**6


def test_pasted_rows_of_two_sources_take_it():
    text = heldout(KIEN_GIANG)
    scales = {r.label: r.scale for r in text_rows(text)}
    assert scales["III. Tổng thu từ du lịch (tỷ đồng)"] == 10**9
    assert scales["Doanh thu trực tiếp từ các DN du lịch (tỷ đồng)"] == 10**9
    assert scales["I. Tổng số lượt khách (lượt)"] == 1
    text = page(HUE)
    scales = {r.label: r.scale for r in text_rows(text)}
    assert scales["Thu ngân sách Nhà nước (Tỷ đồng)"] == 10**9
    assert scales["Tạo việc làm mới (nghìn người)"] == 10**3


def test_the_cells_are_checked_in_the_row_s_unit(tmp_path):
    # "III. Tổng thu từ du lịch (tỷ đồng) | 18.595,7 | 20.041,2 | 1.947,9 | 115,2 |": the case's table keeps 1.947,9 tỷ
    # đồng; read as 1.947,9 đồng the three cells were flagged («… «1.947,9» không phải số nào của dòng này»)
    text = heldout(KIEN_GIANG)
    numbers = checks(text, held(tmp_path, KIEN_GIANG, "2020-01"), "2020-01")
    row = text.index("III. Tổng thu từ du lịch (tỷ đồng) |")
    for cell in ("18.595,7", "20.041,2", "1.947,9"):
        assert check_at(numbers, text[row:], cell, shift=row).verdict not in ("unsupported", "stale")
    # a digit changed in the period's cell is still caught
    changed = text[:row] + text[row:].replace("| 1.947,9 |", "| 1.974,9 |", 1)
    numbers = checks(changed, held(tmp_path, KIEN_GIANG, "2020-01"), "2020-01")
    assert check_at(numbers, changed[row:], "1.974,9", shift=row).verdict == "unsupported"
