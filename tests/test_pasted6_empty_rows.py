"""Pasted tables, round 6 (``evaluations/sweep/pasted-round6.md``): in a page's table one cell a line, each cell
closed by a bar (``|`` alone on its line, or ending the cell's line), a row whose cells are all empty is a row of its
own — its label is no first line of the next row's label.  Every text quotes a page of the fresh set
``evaluations/sweep/pages/s6-*.txt`` as stored."""

from __future__ import annotations

from tests.sweep_tables import check_at, checks, page, table

from service.checker.tabletext import text_rows

VEF = "s6-toan-quoc-bsc-vef-ket-qua-kinh-doanh-quy"              # cells closed by a line "|"
SONG_BA_HA = "s6-phu-yen-thuy-dien-song-ba-ha-ket-qua-kinh-doanh-2024-q3"   # cells closed by " |"
LONG_AN = "s6-long-an-sach-thiet-bi-truong-hoc-ket-qua-kinh-doanh-2023-q3"
LUA = "s6-vinh-phuc-nien-giam-lua-dong-xuan-huyen-2018"


def rows_of(text):
    return [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]


def test_a_row_of_empty_cells_closed_by_bar_lines_is_no_first_line_of_the_next_label():
    # "Các khoản giảm trừ doanh thu" / "|" ×6 / "Doanh thu thuần" / "|" / "268" / "|" / "247" …
    rows = dict(rows_of(page(VEF)))
    assert rows["Doanh thu thuần"] == ["268", "247", "3,994", "126", "44,560,250"]
    # "Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh" / "|" ×6 / "Tổng lợi nhuận kế toán trước thuế"
    assert rows["Tổng lợi nhuận kế toán trước thuế"][0] == "114,542"
    assert rows["LNST sau khi điều chỉnh Lợi ích của CĐTS và Cổ tức ưu đãi"][-1] == "14,873,336"
    assert not any("Các khoản giảm trừ" in label or "Phần lợi nhuận" in label for label in rows)


def test_a_row_of_empty_cells_closed_by_trailing_bars_is_no_first_line_of_the_next_label():
    # "2. Các khoản giảm trừ doanh thu |" / "|" ×5 / "3. Doanh thu thuần về bán hàng … (10 = 01 - 02) |" / "383,106,632,462 |"
    labels = [label for label, _ in rows_of(page(SONG_BA_HA))]
    assert "3. Doanh thu thuần về bán hàng và cung cấp dịch vụ (10 = 01 - 02)" in labels
    assert "18. Lợi nhuận sau thuế thu nhập doanh nghiệp(60=50-51-52)" in labels
    # another company's page: "8. Phần lãi lỗ trong công ty liên doanh, liên kết |" / "|" ×5 / "9. Chi phí bán hàng |"
    rows = dict(rows_of(page(LONG_AN)))
    assert rows["9. Chi phí bán hàng"] == ["1,037,237,956", "477,169,511", "1,913,152,126", "2,664,346,851"]
    assert rows["2. Các khoản giảm trừ doanh thu"][0] == "187,885,391"      # valued here: a row as before
    assert not any(label.startswith(("8. Phần", "17. ")) for label in rows)


def test_a_label_over_two_lines_with_no_bar_between_stays_one_label():
    # "5. Huyện Tam" / "Đảo |" / "2.102,0 |": the bar closes the label's last line only
    rows = dict(rows_of(page(LUA)))
    assert rows["5. Huyện Tam Đảo"][-1] == "2.106,8"


def test_a_cell_of_such_a_row_is_checked_against_its_own_row(tmp_path):
    # Doanh thu thuần's first cell changed (268 → 286): the message names that row, not the empty row above it
    text = page(VEF).replace("Doanh thu thuần\n|\n268\n", "Doanh thu thuần\n|\n286\n")
    figures = table(tmp_path, ["1,Các khoản giảm trừ doanh thu,triệu đồng,5", "2,Doanh thu thuần,triệu đồng,268",
                               "3,Giá vốn hàng bán,triệu đồng,2992"])
    c = check_at(checks(text, figures, None), text, "286")
    assert "«Doanh thu thuần»" in c.reason
    assert "Các khoản giảm trừ" not in c.reason
