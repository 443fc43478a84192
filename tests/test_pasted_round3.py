"""Pasted tables, round 3 (``evaluations/sweep/pasted-round3.md``): a TRANSPOSED table (rows are years, columns what
is counted: ``Tổng số | Nam | Nữ …``) read by the template, a two-level header's group titles over their sub-titles, a
row labelled by its English gloss only, a table one cell a line each closed by a bar, a long label that is no
sentence, a preliminary year's title on two lines. Every text quotes a page of the fresh set
``evaluations/sweep/pages/s3-*.txt`` as stored."""

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding import pasted

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def page(slug: str) -> str:
    return (PAGES / f"{slug}.txt").read_text(encoding="utf-8")


def rows_of(text):
    return [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]


def template(text):
    return {r.label: (r.value, r.unit) for r in pasted.table_rows(text)[0]}


def bases(text):
    return {r.label: r.base for r in pasted.table_rows(text)[0]}


# s3-ip115-nien-giam-dan-so-gioi-tinh-co-cau-2022: a two-level header in runs of spaces, English lines between, the
# block's heading ``Cơ cấu - Structure (%)`` right above the rows of years
COCAU = page("s3-ip115-nien-giam-dan-so-gioi-tinh-co-cau-2022")


def test_a_transposed_table_makes_one_row_a_column_of_its_latest_year():
    got = template(COCAU)
    assert got["Tổng số"] == (Decimal("100.00"), "%")
    assert got["Nam"] == (Decimal("50.62"), "%")           # "Phân theo giới tính" over "Nam  Nữ": no column
    assert got["Nữ"] == (Decimal("49.38"), "%")
    assert got["Thành thị"] == (Decimal("33.87"), "%")
    assert got["Nông thôn"] == (Decimal("66.13"), "%")
    assert bases(COCAU)["Nam"] == Decimal("49.84")            # 2021: last year's value beside it
    assert got["Nam (năm 2020)"] == (Decimal("49.84"), "%")  # the years before: the loader's past-year rows
    assert not any(k.startswith(("Phân theo", "Cơ cấu", "Total", "Male")) for k in got)


def test_a_transposed_table_between_bars_takes_each_columns_unit():
    # s3-vra-cao-su-dien-tich-san-luong-2010-2017: "Năm | Tổng diện tích | … | (ha) | (ha) | (tấn) | (kg/ha/năm) |"
    got = template(page("s3-vra-cao-su-dien-tich-san-luong-2010-2017"))
    assert got["Tổng diện tích"] == (Decimal("969700"), "ha")
    assert got["DT thu hoạch"] == (Decimal("653200"), "ha")
    assert got["Sản lượng"] == (Decimal("1094500"), "tấn")
    assert got["Năng suất"] == (Decimal("1676"), "kg/ha/năm")
    assert "Năm" not in got


def test_a_transposed_table_one_field_a_block_takes_the_dvt_line():
    # s3-vinh-phuc-nien-giam-ty-so-gioi-tinh-2018: "ĐVT: Số nam/100 nữ - Unit: …", "Tổng số" / "Total" /
    # "Chia ra - Of which" / "Thành thị - Urban" / "Nông thôn - Rural", then "2010" / "97,58" / …
    got = template(page("s3-vinh-phuc-nien-giam-ty-so-gioi-tinh-2018"))
    assert got["Tổng số"] == (Decimal("98.10"), "số nam/100 nữ")
    assert got["Thành thị"][0] == Decimal("94.00") and got["Nông thôn"][0] == Decimal("99.50")
    assert not any(k.startswith(("Chia ra", "Tỷ số")) for k in got)


def test_a_header_that_cannot_be_split_makes_no_junk():
    # s3-ip115-nien-giam-dan-so-gioi-tinh-2023 with its sub-titles' line gone ("Nam Nữ Thành thị Nông thôn"): the
    # titles cannot be told apart — no rows, not the page title's lines ("8", "Dân số trung bình phân theo giới tính")
    text = page("s3-ip115-nien-giam-dan-so-gioi-tinh-2023").replace("Nam Nữ Thành thị Nông thôn\n", "")
    assert pasted.table_rows(text)[0] == []


def test_years_in_a_column_over_rows_of_years_are_no_transposed_table():
    assert pasted.transposed(COCAU, text_rows(COCAU)[:2], False) is None          # fewer than three years
    text = "Chỉ tiêu  Năm 2019  Năm 2020  Năm 2021\nLúa  10  11  12\nNgô  3  4  5\nSắn  1  2  3\n"
    assert pasted.transposed(text, text_rows(text), False) is None                # labels that are no years


GRDP = page("s3-vinh-phuc-nien-giam-grdp-hien-hanh-2021")


def test_a_label_given_by_its_english_gloss_takes_its_vietnamese_line():
    got = dict(rows_of(GRDP))
    assert got["Nông nghiệp, lâm nghiệp và thủy sản Agriculture, forestry and fishing"][-1] == "8.028"
    assert "Agriculture, forestry and fishing" not in got
    long = next(k for k in got if k.startswith("Sản xuất và phân phối điện"))
    assert long.endswith("hot water, steam and airconditioning") and got[long][-1] == "886"
    # "Cung cấp nước; hoạt động quản lư" / "và xử lư rác thải, nước thải": a line in lower case goes on
    assert any(k.startswith("Cung cấp nước; hoạt động quản lư và xử lư rác thải") for k in got)


def test_a_preliminary_years_title_on_two_lines_and_a_long_label_keep_the_table_whole():
    # "Sơ bộ" / "Prel. 2021" over "TỔNG SỐ - TOTAL": the header's, no label's line; "Sản xuất và phân phối điện, khí
    # đốt, nước nóng, hơi nước và điều ḥa không khí" (15 words, no stop): a label, no sentence ending the table
    assert pasted.year_title_line("Prel. 2021") and pasted.year_title_line("Sơ bộ - Prel. 2023")
    assert not pasted.year_title_line("Tổng số năm 2021")
    got = template(GRDP)
    bn = Decimal(10) ** 9
    assert got["TỔNG SỐ - TOTAL"] == (136183 * bn, "tỷ đồng")     # "ĐVT: Tỷ đồng - Unit: Bill. dongs": every row's
    assert got["Khai khoáng - Mining and quarrying"][0] == 294 * bn
    assert any(k.startswith("Sản xuất và phân phối điện") and v[0] == 886 * bn for k, v in got.items())
    assert got["Xây dựng - Construction"][0] == 6768 * bn


def test_the_dvt_line_says_the_tables_unit():
    assert pasted.said_unit("ĐVT: Tỷ đồng - Unit: Bill. dongs") == "Tỷ đồng"
    assert pasted.said_unit("ĐVT: Số nam/100 nữ - Unit: Males per 100 females") == "Số nam/100 nữ"
    assert pasted.said_unit("Đơn vị tính - Unit: %") == "%"
    assert pasted.said_unit("ĐVT: Hộ") == "Hộ" and pasted.said_unit("Đơn vị tính: Tỷ đồng") == "Tỷ đồng"
    assert pasted.said_unit("Đơn vị tính") == "" and pasted.said_unit("Tổng số") == ""


def test_a_long_line_after_a_header_of_years_is_a_title_row_not_a_label():
    # s3-atlasnn-san-xuat-ngo-2005-2017: "Tỉnh, vùng 2005 2010 2017" / "Diện tích Năng suất Sản lượng Diện tích …"
    # (17 words): three sub-columns a year, not one — no rows of the year's last cell. Since round 14 the title row
    # gives each year's three measures (``pasted.spanned_measures``): every row is a region's measure, none a year's
    # last cell under the region's bare name
    rows = pasted.table_rows(page("s3-atlasnn-san-xuat-ngo-2005-2017"))[0]
    assert rows and all(r.label.split(" (năm")[0].endswith(("Diện tích", "Năng suất", "Sản lượng")) for r in rows)


def test_cells_one_a_line_each_closed_by_a_bar_are_a_row():
    # s3-vinh-phuc-nien-giam-cpi-so-thang-12-2018: "Chỉ số giá tiêu dùng |" / "100,53 |" / "101,13 |" …
    got = rows_of(page("s3-vinh-phuc-nien-giam-cpi-so-thang-12-2018"))
    assert got[0] == ("Chỉ số giá tiêu dùng", ["100,53", "101,13", "101,06", "101,22", "101,91", "102,46"])
    assert got[1] == ("Hàng ăn và dịch vụ ăn uống", ["100,77", "102,70", "102,50", "102,31", "103,95", "104,75"])
    assert len(got) == 17
    # a row of several bars on one line is left as it is
    assert rows_of("Lúa | 10 | 11 |\nNgô | 3 | 4 |\n") == [("Lúa", ["10", "11"]), ("Ngô", ["3", "4"])]


# a total row: "Cộng" under the rows it sums (t15-thcscuanam-thongtin-2011-2016, a school's page, one cell a line), a
# list's "Tổng cộng" under its lines of the same unit (s3-da-nang-ung-ho-phong-chong-covid-2021-08)
SCHOOL = page("t15-thcscuanam-thongtin-2011-2016")
DANANG = page("s3-da-nang-ung-ho-phong-chong-covid-2021-08")


def test_total_rows_are_read_with_the_cells_they_sum():
    from service.checker.tabletext import total_rows

    got = [(SCHOOL[a:b], [SCHOOL[x:y] for x, y in c]) for (a, b), c in total_rows(SCHOOL)]
    assert got[-1] == ("18", ["5", "5", "4", "4"])      # Khối lớp 6 … 9 of 2015-2016 / Cộng
    assert len(got) == 5      # the second "Cộng" has four cells under rows of five: no saying which is missing
    got = [(DANANG[a:b], [DANANG[x:y] for x, y in c]) for (a, b), c in total_rows(DANANG)]
    assert got == [("38.500.000", ["2.000.000", "25.000.000", "10.000.000", "1.500.000"])]   # the eggs, rice: no đồng


def check(text):
    from service.checker.check import check_text
    from service.figures.model import Figure, FigureTable

    table = FigureTable(figures=[Figure(ma="X-01", chi_tieu="Số liệu giả", don_vi_tinh="người",
                                        ky_bao_cao=Decimal("987654321"))])
    return check_text(text, table).numbers


def test_a_total_the_lines_above_add_up_to_is_derived_a_wrong_one_flagged():
    got = {(n.text, n.start): n for n in check(DANANG)}
    right = next(n for (t, _), n in got.items() if t.startswith("38.500.000"))
    assert right.verdict == "derived" and "2.000.000 đồng + 25.000.000 đồng" in right.derivation
    wrong = next(n for n in check(DANANG.replace("38.500.000", "39.500.000")) if n.text.startswith("39.500.000"))
    assert wrong.verdict == "unsupported" and wrong.expected == "38.500.000"


def test_a_wrong_cong_under_a_pasted_table_is_flagged():
    at = SCHOOL.index("Cộng\n\n16\n\n16\n\n16\n\n17\n\n18") + len("Cộng\n\n16\n\n16\n\n16\n\n17\n\n")
    bad = SCHOOL[:at] + "19" + SCHOOL[at + 2:]
    flagged = [n for n in check(bad) if n.start == at]
    assert flagged and flagged[0].verdict == "unsupported" and "5 + 5 + 4 + 4 = 18" in flagged[0].reason
    assert not [n for n in check(SCHOOL) if n.start == at and n.verdict == "unsupported"]   # as written: no flag


def test_a_title_after_a_groups_last_named_part_is_the_blocks_unit():
    # s2-vinh-phuc-nien-giam-dan-so-gioi-tinh-2019 (round 2's, one field a block): "Phân theo thành thị, nông thôn"
    # names "Thành thị" and "Nông thôn"; "Người - Person" after them is the block's unit, no fifth column's title
    got = template(page("s2-vinh-phuc-nien-giam-dan-so-gioi-tinh-2019"))
    assert got["Tổng số"] == (Decimal("1154836"), "người")
    assert got["Nam"][0] == Decimal("575460") and got["Nữ"][0] == Decimal("579376")
    assert got["Thành thị"][0] == Decimal("295200") and got["Nông thôn"][0] == Decimal("859636")
    assert "Người" not in got


def test_a_two_level_header_typed_with_single_spaces_is_split_by_its_groups_parts():
    # s3-ip115-nien-giam-dan-so-gioi-tinh-2023: "Tổng số Phân theo giới tính Phân theo thành thị, nông thôn" /
    # "Nam Nữ Thành thị Nông thôn" / "Người - Person" / "2015 1.236.306 615.531 …" (a second block of the same years,
    # "Tỷ lệ tăng - Growth rate (%)", makes none)
    got = template(page("s3-ip115-nien-giam-dan-so-gioi-tinh-2023"))
    assert got["Tổng số"] == (Decimal("1198798"), "người")
    assert got["Nam"][0] == Decimal("606909") and got["Nữ"][0] == Decimal("591889")
    assert got["Thành thị"][0] == Decimal("406016") and got["Nông thôn"][0] == Decimal("792782")
    assert not any(v[0] == Decimal("0.08") for v in got.values())
    # s2-binh-dinh-nien-giam-dan-so-gioi-tinh-2023: the groups first, "Tổng số By sex By residence" under them
    got = template(page("s2-binh-dinh-nien-giam-dan-so-gioi-tinh-2023"))
    assert got["Tổng số"][0] == Decimal("1506331") and got["Nông thôn"][0] == Decimal("885456")
    assert got["Nam"][0] == Decimal("748969")
    lines = ["Dân số trung bình phân theo giới tính", "Nam Nữ Thành thị Nông thôn"]   # a page title: no group line
    assert pasted._single_spaced_titles(lines, 4) is None
