"""Pasted tables, round 11 (``evaluations/sweep/pasted-round11.md``): a table with a UNIT COLUMN between its labels
and its values (its header titles it ``ĐVT`` / ``Đơn vị tính``, or a row's unit cell is a ditto mark ``"``) keeps
each row's unit on a line of its own — ``1. Tổng lượt khách phục vụ`` / ``Lượt khách`` / ``1844671`` … That line is
the row's unit (``tabletext.unit_column``, ``column_unit_line``), not its label: read as the label, ``Lượt khách``
named the figures row «Lượt khách trong ngày» and the row's four cells were flagged as not that row's numbers.
Quotes: yl-thua-thien-hue-cuc-thong-ke-hoat-dong-du-lich-2015-01 and zy-yen-bai-van-chan-chi-tieu-kinh-te-xa-hoi-
2003-2006, as stored."""

from __future__ import annotations

from service.checker.tabletext import _lines, column_unit_line, text_rows, unit_column
from service.figures.load import load_table
from tests.sweep_tables import HELDOUT, check_at, checks

HUE = "yl-thua-thien-hue-cuc-thong-ke-hoat-dong-du-lich-2015-01"
# the page's lines (one cell a paragraph; the header's "Đơn" / "vị" / "tính" one word a paragraph)
_HUE = ("Đơn\nvị\ntính\n\nThực hiện\nnăm 2014\n\n"
        "1. Tổng lượt khách phục vụ\n\nLượt khách\n\n1844671\n\n133516\n\n133516\n\n101,96\n\n"
        "1.1. Lượt khách ngủ qua đêm\n\n\"\n\n1654876\n\n120433\n\n120433\n\n101,77\n\n"
        "1.2. Lượt khách trong ngày\n\n\"\n\n189795\n\n13083\n\n13083\n\n103,68\n\n"
        "2. Tổng ngày khách phục vụ\n\nNgày khách\n\n3532886\n\n249521\n\n249521\n\n101,80\n\n"
        "II. Dịch vụ lữ hành và hoạt động hỗ trợ du lịch\n\n\n"
        "1. Lượt khách du lịch theo tour\n\nLượt khách\n\n91934\n\n6370\n\n6370\n\n101,72\n")
# zy-yen-bai-van-chan: "Chỉ tiêu" / "ĐVT" / … header, units and ditto marks '' one a line
_YEN_BAI = ("Chỉ tiêu\nĐVT\nThực hiện giai đoạn năm 2003 - 2006\n2003\n2004\n2005\n2006\n"
            "5. Chăn nuôi\n\n\n\n\n\nTổng đàn Trâu\nCon\n15.172\n14.710\n16.000\n16.200\n"
            "Tổng đàn bò\n''\n1.450\n2.281\n2.500\n3.000\n"
            "1. Gía trị sản xuất(Theo giá hiện hành)\nTrđ\n11.933\n12.723\n15.300\n-\n"
            "Sản phẩm may mặc\n1000sp\n14.5\n18.36\n19.6\n20.2\n")


def _rows(text):
    return {r.label: (text[r.unit[0]:r.unit[1]] if r.unit else None, r.scale, [text[a:b] for a, b in r.cells])
            for r in text_rows(text)}


def test_the_unit_cell_is_the_rows_unit_not_its_label():
    got = _rows(_HUE)
    assert got["1. Tổng lượt khách phục vụ"] == ("Lượt khách", 1, ["1844671", "133516", "133516", "101,96"])
    assert got["2. Tổng ngày khách phục vụ"] == ("Ngày khách", 1, ["3532886", "249521", "249521", "101,80"])
    assert got["1.2. Lượt khách trong ngày"][0] == '"'
    assert "Lượt khách" not in got
    # the group heading above a row with its own serial is no first line of its label
    assert got["1. Lượt khách du lịch theo tour"][0] == "Lượt khách"


def test_another_source_its_units_and_their_scales():
    got = _rows(_YEN_BAI)
    assert got["Tổng đàn Trâu"] == ("Con", 1, ["15.172", "14.710", "16.000", "16.200"])
    # "Trđ" in the unit column: triệu đồng, the row's cells millions; the label no longer "Trđ"
    assert got["1. Gía trị sản xuất(Theo giá hiện hành)"][:2] == ("Trđ", 10**6)
    assert got["Sản phẩm may mặc"][:2] == ("1000sp", 1000)
    assert "Trđ" not in got and "5. Chăn nuôi Tổng đàn Trâu" not in got


def test_the_column_is_seen_from_its_title_or_a_ditto_mark_only():
    assert unit_column(_lines(_HUE))
    assert unit_column(_lines("Chỉ tiêu\nĐVT\n2003\n"))
    assert unit_column(_lines("Tổng đàn bò\n''\n1.450\n2.281\n"))           # a ditto mark then a value
    # a unit LINE of the whole table (yl-hoa-binh, s10 Đà Nẵng) titles no column
    assert not unit_column(_lines("Đơn vị tính - Unit: %\nTháng 1 Tháng 2\n"))
    assert not unit_column(_lines("(Đơn vị tính: lớp)\nQuận Liên Chiểu 614 108 506\n"))
    lines = _lines("- Khách quốc tế\n762307\n1.1. Lượt khách ngủ qua đêm\n1654876\n")
    assert not column_unit_line(lines, 0) and not column_unit_line(lines, 2)   # labels, no units


def test_the_checker_reads_the_cells_as_their_rows(tmp_path):
    table = load_table(HELDOUT / HUE / "figures.csv", period="2015-01")
    numbers = checks(_HUE, table, "2015-01")
    for cell in ("1844671", "133516", "101,96", "91934"):
        got = check_at(numbers, _HUE, cell)
        assert got.verdict != "unsupported", (cell, got.reason)
    # a changed digit in the same row is still caught
    wrong = _HUE.replace("1844671", "1844971")
    got = check_at(checks(wrong, table, "2015-01"), wrong, "1844971")
    assert got.verdict == "unsupported" and "Tổng lượt khách phục vụ" in got.reason


def test_a_value_like_a_year_after_the_rows_unit_is_a_value_not_a_years_label(tmp_path):
    # the plants' digit error «1094» → «2094» in "- Khách Việt Nam ra nước ngoài" / '"' / "1094" / "82" …: read as a
    # year opening a block (_year_rows), the row lost its label and its cells went unchecked; a value follows a unit
    text = _HUE + "\n - Khách Việt Nam ra nước ngoài\n\n\"\n\n2094\n\n82\n\n82\n\n106,49\n"
    rows = [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]
    assert ("- Khách Việt Nam ra nước ngoài", ["2094", "82", "82", "106,49"]) in rows
    table = load_table(HELDOUT / HUE / "figures.csv", period="2015-01")
    got = check_at(checks(text, table, "2015-01"), text, "2094")
    assert got.verdict == "unsupported"
    # Yên Bái's ditto row with a count that looks like a year: still its row's four cells
    yb = _YEN_BAI.replace("1.450", "2010")
    assert _rows(yb)["Tổng đàn bò"][2] == ["2010", "2.281", "2.500", "3.000"]
