"""Pasted tables, round 2 (``evaluations/sweep/pasted-round2.md``): how the rows of a table pasted as text are read
(``service.checker.tabletext.text_rows``) when a label is wrapped over two lines, a cell says "none" (``-``), a year
is the row's label, a serial number sits between two rows; what of a header is no figure (grade numbers, STT before
a bar); and the template's reading of such tables in a ``.docx`` or ``.pdf`` prior. Every text quotes a page of the
fresh set ``evaluations/sweep/pages/s2-*.txt`` as stored."""

from decimal import Decimal
from pathlib import Path

from service.checker import pasted as cpasted
from service.checker.tabletext import is_none_cell, text_rows

PAGES = Path(__file__).resolve().parent.parent / "evaluations" / "sweep" / "pages"


def page(slug: str) -> str:
    return (PAGES / f"{slug}.txt").read_text(encoding="utf-8")


def rows_of(text):
    return [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]


# s2-quang-ngai-nien-giam-dan-so-thanh-thi-2016: a yearbook's label in Vietnamese then English, cells of a row on one
# line or one a line, "-" for none
QN = ("2016\nTỔNG SỐ -\nTOTAL\n178.761 181.202 182.791 184.625 187.633\nI. Khu vực đồng bằng\nPlain districts\n"
      "158.855 161.026 162.122 163.311 164.662\n1. TP. Quảng Ngãi\n95.976 97.388 112.345 113.161 113.993\n"
      "2. Huyện Bình Sơn\n8.276\n8.370\n8.430\n8.511\n8.551\n3. Huyện Sơn Tịnh\n14.176 14.345\n-\n-\n-\n"
      "4. Huyện Tư Nghĩa\n16.836 17.038 17.160 17.292 17.448\n")


def test_a_label_wrapped_over_two_lines_is_one_label():
    got = dict(rows_of(QN))
    assert got["TỔNG SỐ - TOTAL"] == ["178.761", "181.202", "182.791", "184.625", "187.633"]   # "-" at the end: goes on
    assert got["I. Khu vực đồng bằng Plain districts"][0] == "158.855"                        # between two rows
    assert "1. TP. Quảng Ngãi" in got and "Plain districts" not in got


def test_none_cells_keep_their_places():
    got = dict(rows_of(QN))
    assert got["3. Huyện Sơn Tịnh"] == ["14.176", "14.345", "-", "-", "-"]   # the row goes on over the "-" lines
    assert got["2. Huyện Bình Sơn"] == ["8.276", "8.370", "8.430", "8.511", "8.551"]
    assert is_none_cell("-") and is_none_cell("x") and is_none_cell("…") and not is_none_cell("-0,109")
    # s2-hoa-binh-nien-giam-so-lop-pho-thong-2022: the first school year has none; the others keep their columns
    hb = "          Ngoài công lập - Non-public          -    166,67   220,00   145,45   106,25\n"
    assert rows_of(hb) == [("Ngoài công lập - Non-public", ["-", "166,67", "220,00", "145,45", "106,25"])]
    # a row of "-" only makes no row ("9. Huyện Tây Trà" / "-" × 5)
    assert rows_of("9. Huyện Tây Trà\n-\n-\n-\n-\n-\n") == []


def test_years_as_row_labels():
    # s2-binh-dinh-nien-giam-dan-so-gioi-tinh-2023: a year opens each line of cells
    bd = ("Ngƣời - Person\n2015 1487640 726870 760770 471530 1016110\n2016 1487684 727751 759933 472881 1014803\n"
          "Sơ bộ - Prel. 2023 1506331 748969 757362 620875 885456\n")
    assert rows_of(bd) == [("2015", ["1487640", "726870", "760770", "471530", "1016110"]),
                           ("2016", ["1487684", "727751", "759933", "472881", "1014803"]),
                           ("Sơ bộ - Prel. 2023", ["1506331", "748969", "757362", "620875", "885456"])]
    # s2-vinh-phuc-nien-giam-dan-so-gioi-tinh-2019: a year alone on its line over its cells, one a line
    vp = ("Người - Person\n\n2010\n\n1.014.825\n\n501.190\n\n513.635\n\n232.869\n\n781.956\n\n2016\n\n1.106.141\n\n"
          "543.959\n\n562.182\n\n257.890\n\n848.251\n\nSơ bộ - Prel. 2019\n\n1.154.836\n\n575.460\n\n579.376\n\n"
          "295.200\n\n859.636\n")
    assert rows_of(vp) == [("2010", ["1.014.825", "501.190", "513.635", "232.869", "781.956"]),
                           ("2016", ["1.106.141", "543.959", "562.182", "257.890", "848.251"]),
                           ("Sơ bộ - Prel. 2019", ["1.154.836", "575.460", "579.376", "295.200", "859.636"])]
    # a header of years is no row's label: s2-bac-giang-chi-tieu-giam-ngheo-2010-2018
    bg = "Chỉ tiêu ĐV tính 2010 2011 2012 2013 2014 2015 2016 2017 2018\n"
    assert all(label != "2010" for label, _ in rows_of(bg))


def test_serial_numbers_between_rows_and_a_label_under_its_name():
    # s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012: STT, label, a qualifier line, cells — one a line
    mxt = page("s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012")
    rows = text_rows(mxt)
    got = {r.label.split(" (")[0]: [mxt[a:b] for a, b in r.cells] for r in rows}
    assert got["Tốt"] == ["502", "136", "125", "123", "118"]
    assert got["Học sinh tiên tiến"] == ["376", "102", "94", "92", "88"]         # "b" its STT, not its label
    assert got["Tổng hợp kết quả cuối năm"] == ["1254", "339", "313", "308", "294"]   # the next row's "1" is no cell
    serials = [mxt[r.serial[0]:r.serial[1]] for r in rows if r.serial]
    assert serials[:4] == ["1", "2", "3", "4"] and len(serials) >= 10


def test_the_page_number_after_the_last_row_is_no_cell():
    # s2-quang-ngai-nien-giam-ho-van-hoa-2016: "365" closes the page
    qn = ("13. Huyện Ba Tơ\n10.092\n10.506\n10.522\n11.388\n11.876\nIII. Khu vực hải đảo\nIsland district\n3.653\n"
          "4.320\n4.215\n4.369\n4.473\n14. Huyện Lý Sơn\n3.653\n4.320\n4.215\n4.369\n4.473\n365")
    assert rows_of(qn)[-1] == ("14. Huyện Lý Sơn", ["3.653", "4.320", "4.215", "4.369", "4.473"])


def test_grade_numbers_of_a_header_and_serials_before_bars_are_no_figures():
    # the header of s2-khanh-hoa-thcs-mai-xuan-thuong (one a line) and of zr-nam-dinh-…-dong-son (one line)
    mxt = "Tổng số\n\nChia ra theo khối lớp\n\nlớp 6\n\nlớp 7\n\nlớp 8\n\nlớp 9\n\nI\n"
    assert [mxt[a:b] for a, b in cpasted.column_name_numbers(mxt)] == ["6", "7", "8", "9"]
    ds = "STT Nội dung Tổng số Chia ra theo khối lớp  \nLớp 1 Lớp 2 Lớp 3 Lớp 4 Lớp 5  \n"
    assert [ds[a:b] for a, b in cpasted.column_name_numbers(ds)] == ["1", "2", "3", "4", "5"]
    said = "Toàn trường có 339 học sinh lớp 6 được xếp loại tốt.\n"            # a sentence: words around it
    assert cpasted.column_name_numbers(said) == []
    # s2-bac-lieu-can-doi-du-toan-ngan-sach-2007
    bl = ("I | Tổng thu ngân sách nhà nước trên địa bàn\nTotal state budget revenues in provincial area | 835,535 | |\n"
          "1 | Thu nội địa (không kể thu dầu thô)\nDomestic revenue (excl.oil) | 520,700 | |\n"
          "2 | Thu từ dầu thô - Oil revenues | | |\n")
    assert [bl[a:b] for a, b in cpasted.bar_serials(bl)] == ["I", "1", "2"]


def test_checked_against_a_table_that_holds_none_of_them(tmp_path):
    from service.checker import check_text
    from service.figures.load import load_table

    path = tmp_path / "figures.csv"
    path.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo\n1,Chỉ tiêu giả,người,987654321\n", encoding="utf-8")
    mxt = page("s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012")
    numbers = check_text(mxt, load_table(path)).numbers
    flagged = {(c.start, c.text) for c in numbers if c.verdict in ("unsupported", "mismatch", "conflict", "stale")}
    grade = mxt.index("lớp 6") + len("lớp ")
    assert (grade, "6") not in flagged
    stt = mxt.index("\n1\n\nTốt") + 1
    assert (stt, "1") not in flagged


# ------------------------------------------------------------------------------------------------ the template
# s2-quang-ngai-nien-giam-ho-van-hoa-2016's rows, typed in a .docx as a table of text with tabs (no Word table)
DOCX_LINES = ["BÁO CÁO", "Số lượng hộ dân cư đạt chuẩn văn hoá năm 2016", "ĐVT: Hộ",
              "Chỉ tiêu\tNăm 2014\tNăm 2015\tNăm 2016", "TỔNG SỐ - TOTAL\t260.809\t275.047\t283.041",
              "1. TP. Quảng Ngãi\t49.181\t53.999\t54.326", "2. Huyện Bình Sơn\t43.311\t45.019\t45.972",
              "3. Huyện Sơn Tịnh\t21.026\t21.020\t22.149"]


def _docx(tmp_path):
    import docx

    d = docx.Document()
    for line in DOCX_LINES:
        d.add_paragraph(line)
    path = tmp_path / "bao-cao-2016.docx"
    d.save(str(path))
    return path


def test_a_docx_prior_s_text_table_is_read_as_a_table(tmp_path):
    from service.onboarding.pasted import source_text
    from service.onboarding.template import build_template

    path = _docx(tmp_path)
    text = source_text(path)
    assert "TỔNG SỐ - TOTAL\t260.809\t275.047\t283.041" in text     # the paragraphs as typed, tabs kept
    got = {r.label: r.value for r in build_template(path).rows}
    assert got["TP. Quảng Ngãi"] == Decimal("54326") and got["TỔNG SỐ - TOTAL"] == Decimal("283041")
    assert got["Huyện Sơn Tịnh"] == Decimal("22149")


def test_prior_table_reads_the_prior_s_pasted_tables(tmp_path):
    from index.parse import parse_report
    from service.figures.load import load_table
    from service.onboarding.pasted import source_text
    from service.onboarding.prior import prior_table

    path = _docx(tmp_path)
    csv = tmp_path / "so-lieu.csv"
    csv.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ năm trước\n"
                   "LH-01,Tổng số hộ đạt chuẩn văn hoá,hộ,290000,283041\n", encoding="utf-8")
    current = load_table(csv)
    report = parse_report(path)
    without = prior_table(report, current)
    assert [f.ma for f in without] == ["LH-01"]                     # the table's own Cùng kỳ only
    table = prior_table(report, current, source_text(path))
    got = {f.chi_tieu: f.ky_bao_cao for f in table}
    assert got["TP. Quảng Ngãi"] == Decimal("54326")                # the prior's pasted table, read as a table


def test_a_yearbook_page_with_a_headline_makes_its_rows(tmp_path):
    # s2-quang-ngai-nien-giam-ho-van-hoa-2016: before, its table's rows crashed the headline reader (no sentence)
    from index.parse import parse_report
    from service.onboarding.pasted import source_text
    from service.onboarding.template import from_report

    path = PAGES / "s2-quang-ngai-nien-giam-ho-van-hoa-2016.txt"
    got = {r.label: r.value for r in from_report(parse_report(path), None, source_text(path)).rows}
    assert got["Huyện Lý Sơn"] == Decimal("4473") and got["Huyện Tây Trà"] == Decimal("1314")
    assert got["TỔNG SỐ - TOTAL"] == Decimal("283041")     # its wrapped label whole


def test_a_yearbook_header_of_years_one_a_line():
    # s2-quang-ngai-nien-giam-dan-so-thanh-thi-2016: "2010" … "2015" read as a row, then "Sơ bộ Prel." / "2016"
    from service.onboarding.pasted import _year_titles, table_rows

    text = page("s2-quang-ngai-nien-giam-dan-so-thanh-thi-2016")
    got = {r.label: r.value for r in table_rows(text)[0]}
    assert got["TỔNG SỐ - TOTAL"] == Decimal("187633") and got["Huyện Ba Tơ"] == Decimal("5716")
    assert got["Huyện Ba Tơ (năm 2010)"] == Decimal("4996")
    assert "Huyện Sơn Tịnh" not in got                  # "-" in 2016: none, no row
    fields = ["16. Dân số trung bình thành thị phân theo huyện/thành phố thuộc tỉnh Aaverage urban population by "
              "district 2010 2013 2014 2015 Sơ bộ Prel. 2016"]
    assert [t for t, _ in _year_titles(fields, 5)] == ["Năm 2010", "Năm 2013", "Năm 2014", "Năm 2015", "Năm 2016"]
    assert _year_titles(["Năm 2016 Tổng số Nam Nữ"], 1) == []          # words after the years: no header of years


def test_a_group_title_over_grade_columns():
    # s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012: STT / Nội dung / Tổng số / Chia ra theo khối lớp /
    # lớp 6 … lớp 9 — five cells a row, the group's title no column
    from service.onboarding.pasted import table_rows, tables

    text = page("s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012")
    assert [t for t, _ in tables(text)[0].titles] == ["Tổng số", "lớp 6", "lớp 7", "lớp 8", "lớp 9"]
    got = {r.label: r.value for r in table_rows(text)[0]}
    assert got["Tốt (tỉ lệ so với tổng số) 40%"] == Decimal("502")
    assert got["Lưu ban (tỉ lệ so với tổng số) 1,5%"] == Decimal("19")


def test_a_rate_column_written_without_its_percent_sign(tmp_path):
    # evaluations/cases/heldout/zj-thua-thien-hue-phu-vang-xa-vinh-ha-ktxh-2022: "Kế hoạch năm 2022 | Thực hiện |
    # Tỷ lệ %", one cell a line; once the wrapped label (``- Nông, lâm, ngư nghiệp`` / ``Tỷ.đ``) names its row, the
    # rate cells "97,4" and "104" are rates of the row's values (233,98 / 240,12; 120 / 114,59), not wrong values
    from service.checker import check_text
    from service.figures.load import load_table

    text = ("TT\n\n \n\nChỉ tiêu\n\n \n\nĐơn vị tính\n\n \n\nKế hoạch năm 2022\n\nThực hiện\n\nTỷ lệ %\n\nA\n\n"
            "Chỉ tiêu về kinh tế\n\n \n\n1\n\nGiá trị sản xuất\n\nTỷ.đ\n\n381,8\n\n403,98\n\n105,8\n\n \n\n"
            "- Nông, lâm, ngư nghiệp\n\nTỷ.đ\n\n240,12\n\n233,98\n\n97,4\n\n \n\n- Thương mại, dịch vụ\n\nTỷ.đ\n\n"
            "114,59\n\n120\n\n104\n\n")
    path = tmp_path / "figures.csv"
    path.write_text("Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Kế hoạch\nA.1,Giá trị sản xuất,tỷ đồng,\"403,98\",\"381,8\"\n"
                    "A.1.a,\"Nông, lâm, ngư nghiệp\",tỷ đồng,\"233,98\",\"240,12\"\n"
                    "A.1.b,\"Thương mại, dịch vụ\",tỷ đồng,120,\"114,59\"\n", encoding="utf-8")
    numbers = check_text(text, load_table(path, period="2022"), period="2022").numbers
    got = {c.text: c.verdict for c in numbers}
    assert got["97,4"] == "derived" and got["104"] == "derived"
    wrong = check_text(text.replace("97,4", "79,4"), load_table(path, period="2022"), period="2022").numbers
    assert {c.text: c.verdict for c in wrong}["79,4"] == "unsupported"
