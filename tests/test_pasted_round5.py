"""Pasted tables, round 5 (``evaluations/sweep/pasted-round5.md``): a pasted table's notation decided by its own cells
(a table copied from a spreadsheet into a Vietnamese page, ``4.8`` / ``17.55`` beside ``15.172`` / ``5.907,7``), the
unit of a row abbreviating its scale at the end of its label (``Trkwh``, ``1000sp``), and a flip-book row whose first
line holds two cells.  Every text quotes a page of the fresh set ``evaluations/sweep/pages/s5-*.txt`` as stored, or a
held-out case's source."""

from __future__ import annotations

from tests.sweep_tables import HELDOUT, check_at, checks, csv_table, heldout, page

from service.checker.pasted import only_notation, table_writes_english
from service.checker.tabletext import label_unit, text_rows

VAN_CHAN = "zy-yen-bai-van-chan-chi-tieu-kinh-te-xa-hoi-2003-2006"


def rows_of(text):
    return [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]


def test_a_cell_that_can_only_be_one_notation():
    # zy-yen-bai-van-chan: "Điện thương phẩm / Trkwh / 4.8 / 6.7 / 7.0 / 7.2", "Gạch các loại / Tr.viên / 17.55 …"
    assert [only_notation(x) for x in ("4.8", "17.55", "0.31", "7,329,200", "1,234.5")] == ["en"] * 5
    # "C-THU NGÂN SÁCH / Trđ / 5.907,7", "Mức giảm tỷ suất sinh thô / % / 0,34", "Số giường bệnh … / 10,7"
    assert [only_notation(x) for x in ("5.907,7", "0,34", "10,7", "1.167.489")] == ["vn"] * 4
    # "Tổng đàn Trâu / Con / 15.172": read either way — the table's grouping decides, not the cell
    assert [only_notation(x) for x in ("15.172", "1,234", "152", "-")] == [None] * 4


def test_a_table_writes_english_when_its_own_cells_say_so():
    text = heldout(VAN_CHAN)
    cells = [text[a:b] for r in text_rows(text) for a, b in r.cells]
    assert table_writes_english(cells)                     # 4.8, 17.55, 14.5, 5.4, 0.31 …
    assert not table_writes_english(["15.172", "14.710", "0,34", "4.8"])   # one alone may be a slip


def test_the_cells_written_the_english_way_in_such_a_table_are_read_as_written(tmp_path):
    text = heldout(VAN_CHAN)
    table = csv_table(tmp_path, (HELDOUT / VAN_CHAN / "figures.csv").read_text(encoding="utf-8"), "2003-2006")
    numbers = checks(text, table, "2003-2006")
    for needle in ("4.8", "17.55", "14.5", "5.4", "0.31"):
        got = check_at(numbers, text, needle)
        assert got.verdict not in ("unsupported", "mismatch"), (needle, got.reason)
    # "7.0" of "Điện thương phẩm / Trkwh" is the row's 2005: 7,0 triệu kWh = 7.000.000 kWh
    assert check_at(numbers, text, "7.0\n").verdict == "supported"
    assert check_at(numbers, text, "21.89").verdict == "supported"      # Tr.viên: 21,89 triệu viên


def test_a_unit_abbreviating_its_scale_closes_the_label():
    assert label_unit("Điện thương phẩm Trkwh")[2] == 10**6
    assert label_unit("Gạch các loại Tr.viên")[2] == 10**6
    assert label_unit("Sản phẩm may mặc 1000sp")[2] == 10**3
    assert label_unit("C-THU NGÂN SÁCH Trđ")[2] == 10**6
    # a Vietnamese word opens "Tr" on a vowel: "Trường", "Trâu" are no unit of a scale
    assert label_unit("Số trường đạt chuẩn quốc gia Trường") is None
    assert label_unit("Tổng đàn Trâu Con") is None
    assert label_unit("Trđ") is None                     # the label's only word: no name left


def test_the_thousand_of_a_unit_in_the_label_is_no_figure(tmp_path):
    text = heldout(VAN_CHAN)
    table = csv_table(tmp_path, (HELDOUT / VAN_CHAN / "figures.csv").read_text(encoding="utf-8"), "2003-2006")
    numbers = checks(text, table, "2003-2006")
    got = check_at(numbers, text, "1000sp")                 # "Sản phẩm may mặc / 1000sp / 14.5 …"
    assert got.verdict == "not_a_figure"
    assert check_at(numbers, text, "19.6").verdict == "supported"     # 19,6 nghìn sản phẩm = 19.600


LOP_HOC = page("s5-quang-ngai-nien-giam-lop-hoc-pho-thong-2016")


def test_a_rows_first_line_of_two_cells_then_cells_one_a_line():
    # "Tiểu học -" / "Primary" / "100,47 100,67" / "97,53 101,58" / "98,81": five cells, not two
    got = [cells for label, cells in rows_of(LOP_HOC) if label == "Tiểu học - Primary"]
    assert got[1] == ["100,47", "100,67", "97,53", "101,58", "98,81"]
    got = [cells for label, cells in rows_of(LOP_HOC) if label == "Trung học cơ sở - Lower secondary"]
    assert got[1] == ["94,62", "100,13", "99,42", "99,46", "101,04"]


# ---------------------------------------------------------------- the template (service/onboarding/pasted.py)
from service.onboarding import pasted  # noqa: E402


def template(text):
    got = {}
    for r in pasted.table_rows(text)[0]:
        got.setdefault(r.label, (r.value, r.unit))    # a second block of the same labels (``Cơ cấu``): the first
    return got


RAU = page("s5-hoa-binh-nien-giam-dien-tich-rau-huyen-2022")


def test_a_preliminary_mark_laid_between_the_years_is_no_title():
    # "Sơ bộ" / "2018     2019      2020      2021      Prel." / "2022": the line of years ends on a stop, no sentence
    assert pasted._years_line("2018     2019      2020      2021      Prel.")
    assert not pasted._is_sentence("                                         2018     2019      2020      2021      Prel.")
    got = template(RAU)
    assert str(got["TỔNG SỐ - TOTAL"][0]) == "13267.5"
    assert str(got["Huyện Đà Bắc Da Bac district"][0]) == "396.3"
    assert str(got["Huyện Đà Bắc Da Bac district (năm 2018)"][0]) == "220.2"


GTSX = page("s5-quang-ngai-nien-giam-gtsx-cong-nghiep-loai-hinh-2016")


def test_the_years_laid_after_the_rows_are_the_header():
    # "Sơ bộ" / "Prel" / ". 2016" above the rows; "Cơ cấu -" / "Structure (%)" / "2010" / "2013" / "2014" / "2015"
    # after the last row: the five columns are 2010, 2013, 2014, 2015, 2016
    got = template(GTSX)
    assert got["TӘNG SӔ - TOTAL"][0] == 111521028
    assert got["TӘNG SӔ - TOTAL (năm 2010)"][0] == 82217160
    assert got["Địa phương - Local"][0] == 254404


VINH_LONG = page("s5-vinh-long-ban-le-hang-hoa-nganh-kinh-doanh-2018")


def test_a_header_s_english_row_after_its_vietnamese_one_is_no_title():
    # "Tổng số" / "Chia ra - Of which" / "Bán lẻ hàng hóa" / … / "Dịch vụ khác" / "Total" / "Retail sale" / …
    # / "Triệu đồng - Mill. dongs"; rows "2013" / "29.695.002" / "21.922.332" / … (years as rows)
    got = template(VINH_LONG)
    assert got["Tổng số"] == (45741038 * 10**6, "triệu đồng")
    assert got["Bán lẻ hàng hóa"][0] == 32979221 * 10**6
    assert got["Dịch vụ khác"][0] == 5156113 * 10**6
    assert pasted._without_gloss_row(["Tổng số", "Nam", "Nữ", "Thành thị"], 3) == (["Tổng số", "Nam", "Nữ", "Thành thị"], "")
    assert not pasted._years_line("2018-   2019-    2020-   2021-    Prel.")     # school years: no such line
