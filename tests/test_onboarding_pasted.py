"""A table pasted as text read as the table it was (``service.onboarding.pasted``): header titles by the figures
loader's reader, the period's value column, running totals, units on their own lines, and no junk rows of its
numbers.  Every text quotes a held-out page or a round-22 page as stored."""

from decimal import Decimal

from service.onboarding import pasted

# evaluations/cases/heldout/zs-thua-thien-hue-cuc-thong-ke-luu-tru-lu-hanh-2024-05: one cell a line, the unit on
# lines of its own between label and cells (``Nghìn`` / ``Lượt khách``; ``"`` the one above)
TTHUE = ('Hoạt động kinh doanh lưu trú và du lịch lữ hành tháng 5 năm 2024\n  \n\n \n\nĐơn\nvị\ntính\n\nThực hiện\n'
         'tháng 4 năm 2024\n\nƯớc tính\ntháng 5 năm 2024\n\nLũy kế 5 tháng năm 2024\n\nTháng 5 năm 2024 so với tháng 5 '
         'năm 2022\n(%)\n\nLũy kế 5 tháng năm 2024 so với năm trước (%)\n\nI. Dịch vụ lưu trú\n\n1. Tổng lượt khách '
         'phục vụ\n\nNghìn\nLượt khách\n\n169,8\n\n172,9\n\n805,4\n\n121,5\n\n120,5\n\n1.1. Lượt khách ngủ qua đêm\n\n'
         '"\n\n136,2\n\n138,0\n\n643,1\n\n120,9\n\n122,3\n\n- Khách quốc tế\n\n"\n\n64,9\n\n61,1\n\n316,2\n\n156,0\n\n'
         '136,0\n\n- Khách trong nước\n\n"\n\n71,3\n\n76,8\n\n326,9\n\n102,5\n\n111,4\n\n')

# zs-kien-giang-so-du-lich-khach-du-lich-2020-01: cells between bars, a two-level header (``Năm 2020`` over
# ``Kế hoạch`` and ``Ước TH``), the sentences above it stating some cells again
KIENGIANG = ('Tổng thu từ du lịch đạt 1.947,9 tỷ đồng, tăng 15,2% so với cùng kỳ; trong đó Doanh thu trực tiếp từ '
             'các doanh nghiệp du lịch đạt 1.0001,6 tỷ đồng, tăng 35,4% so cùng kỳ.\nChỉ tiêu |\nThực hiện\nNăm\n'
             '2019 |\nNăm 2020 | ||\nKế hoạch |\nƯớc TH\n|\n|||\nTháng 01 | So cùng kỳ (%) | |||\nI. Tổng số lượt '
             'khách (lượt) | 8.780.484 | 9.330.000 | 819.875 | 156,9 |\nKhách quốc tế (lượt) | 713.291 | 750.000 | '
             '82.848 | 105,6 |\nTrong đó: Phú Quốc (lượt) | 5.106.665 | 5.500.000 | 526.642 | 142,3 |\nKhách quốc tế '
             '(lượt) | 671.896 | 715.000 | 74.856 | 105,5 |\n1. Khách tham quan khu, điểm du lịch (lượt) | 4.594.670 | '
             '4.736.000 | 437.948 | 184,0 |\n')

# zq-vinh-long-so-tai-chinh-gia-thi-truong-hang-tieu-dung-2016-02: the page pasted between bars, a change's title
# over its amount and rate (``Tăng, giảm`` / ``Mức`` / ``%``), a row of column numbers closing the header
VINHLONG = ('Mã số\n|\nMặt hàng\n|\nĐVT\n|\nGiá kỳ\ntrước\n|\nGiá kỳ\nnày\n|\nTăng, giảm\n|\nGhi chú\n|\nMức\n|\n%\n|\n'
            '1\n|\n2\n|\n3\n|\n4\n|\n5\n|\n6=5-4\n|\n7=6/4\n|\n8\n|\n1\n|\nGiá bán lẻ\n|\n|\n|\n|\n|\n|\n|\n1.001\n|\n'
            'Thóc tẻ thường\n|\nđ/kg\n|\n6.500\n|\n6.500\n|\n0\n|\n0,00\n|\n|\n1.002\n|\nGạo tẻ thường\n|\n"\n|\n'
            '10.500\n|\n10.500\n|\n0\n|\n0,00\n|\n|\n1.003\n|\nGạo tấm thơm, nàng hương\n|\n"\n|\n16.000\n|\n16.000\n|\n'
            '0\n|\n0,00\n|\n|\n1.004\n|\nThịt lợn thăn\n|\n"\n|\n80.000\n|\n82.000\n|\n2.000\n|\n2,50\n|\n|\n')

# evaluations/sweep/pages/t15-tthue-yte-2016-2020.txt: a first row of years is the header; rows with a cell
# missing cannot say which year is missing
TTHUE_YTE = ('NĂM\nCHỈ TIÊU\n2016\n2017\n2018\n2019\n2020\nCơ sở y tế\n187\n190\n189\n181\nBệnh viện\n26\n21\n23\n'
             'Số giường bệnh\n7.343\n7.323\n7.940\n7806\n7.777\nSố cán bộ ngành y\n4.679\n5.236\n5.027\n4.592\n5.025\n'
             'Bác sĩ\n1.487\n1.479\n1.511\n1506\n1.596\n')


def _by_label(rows):
    return {r.label: r for r in rows}


def test_one_cell_a_line_with_unit_lines_and_running_totals():
    rows, regions = pasted.table_rows(TTHUE, "Hoạt động kinh doanh lưu trú và du lịch lữ hành tháng 5 năm 2024")
    got = _by_label(rows)
    total = got["Tổng lượt khách phục vụ"]
    assert total.value == Decimal("172900") and total.unit == "nghìn lượt khách" and total.kind == "count"
    running = got["Tổng lượt khách phục vụ (từ đầu năm)"]
    assert running.value == Decimal("805400") and running.running_of is total
    assert got["Khách trong nước"].value == Decimal("76800")
    assert got["Khách trong nước"].unit == "nghìn lượt khách"          # '"': the unit of the row above
    assert not any(r.value in (Decimal("169800"), Decimal("121.5")) for r in rows)   # last month's, a rate: no row
    assert len(rows) == 8 and len(regions) == 1


def test_header_titles_read_by_the_loader():
    fields = ["Đơn vị tính", "Thực hiện tháng 4 năm 2024", "Ước tính tháng 5 năm 2024", "Lũy kế 5 tháng năm 2024",
              "Tháng 5 năm 2024 so với tháng 5 năm 2022 (%)", "Lũy kế 5 tháng năm 2024 so với năm trước (%)"]
    titles, unit_column = pasted._roles(fields, 5)
    assert unit_column and [t for t, _ in titles] == fields[1:]
    assert pasted._roles(fields, 7) == ([], True)        # as many titles as cells, or no reading


def test_bars_and_a_two_level_header():
    fields, _ = pasted._header_fields(KIENGIANG, KIENGIANG.index("I. Tổng số"), True)
    titles, _ = pasted._roles(fields, 4)
    assert [t for t, _ in titles] == ["Thực hiện Năm 2019", "Năm 2020 Kế hoạch", "Ước TH Tháng 01", "So cùng kỳ (%)"]
    rows, _ = pasted.table_rows(KIENGIANG, "Kết quả hoạt động du lịch tháng 01 năm 2020")
    got = _by_label(rows)
    total = got["Tổng số lượt khách"]
    assert total.value == Decimal("819875") and total.unit == "lượt" and total.plan == Decimal("9330000")
    assert got["Tổng số lượt khách (năm 2019)"].value == Decimal("8780484")   # a past year's column: its own row
    assert got["Phú Quốc"].value == Decimal("526642")                          # "Trong đó:" no part of the label


def test_column_numbers_close_the_header_and_a_change_spans_two_columns():
    assert pasted._numbered_at(["Mức", "%", "1", "2", "3", "4", "5", "6=5-4", "7=6/4", "8", "1", "Giá bán lẻ"]) == 2
    assert pasted._spanned(["Giá kỳ trước", "Giá kỳ này", "Tăng, giảm", "Mức", "%"]) == \
        ["Giá kỳ trước", "Giá kỳ này", "Tăng, giảm Mức", "Tăng, giảm %"]
    rows, _ = pasted.table_rows(VINHLONG, "Giá thị trường trong nước một số mặt hàng tiêu dùng chủ yếu (Tháng 02/2016)")
    got = _by_label(rows)
    assert got["Thịt lợn thăn"].value == Decimal("82000") and got["Thịt lợn thăn"].unit == "đ/kg"
    assert got["Thịt lợn thăn"].kind == "money"
    assert got["Gạo tẻ thường"].unit == "đ/kg"                 # '"'
    assert len(rows) == 4                                       # the change's columns make no row


def test_a_header_row_of_years_and_rows_missing_a_cell():
    tables = pasted.tables(TTHUE_YTE)
    assert len(tables) == 1 and [t for t, _ in tables[0].titles] == [f"Năm {y}" for y in range(2016, 2021)]
    assert [r.label for r in tables[0].odd] == ["Cơ sở y tế", "Bệnh viện"]   # which year is missing: not said
    rows, regions = pasted.table_rows(TTHUE_YTE)   # the page states no title (a term's would make the years parts)
    got = _by_label(rows)
    assert got["Số giường bệnh"].value == Decimal("7777") and got["Bác sĩ"].value == Decimal("1596")
    assert not any(r.label.startswith(("Cơ sở y tế", "Bệnh viện")) for r in rows)
    assert pasted.covered("Bệnh viện", regions, TTHUE_YTE) and pasted.covered("26", regions, TTHUE_YTE)


def test_a_sentence_stating_a_cell_again_is_that_row():
    from service.onboarding.model import Row

    table, _ = pasted.table_rows(KIENGIANG, "Kết quả hoạt động du lịch tháng 01 năm 2020")
    said = Row(value=Decimal("1947900000000"), unit="tỷ đồng", kind="money", label="Tổng thu từ du lịch",
               section="", path="", quote="Tổng thu từ du lịch đạt 1.947,9 tỷ đồng")
    other = Row(value=Decimal("35.4"), unit="%", kind="percent", label="Tốc độ tăng", section="", path="", quote="")
    kept = pasted.said_in_words([said, other], table + [Row(value=Decimal("1947900000000"), unit="tỷ đồng",
                                                           kind="money", label="Tổng thu từ du lịch", section="",
                                                           path="", quote="")])
    assert kept == [other]


def test_the_template_of_a_pasted_page_reads_its_table():
    from service.onboarding.template import build_template

    tpl = build_template("evaluations/cases/heldout/zs-thua-thien-hue-cuc-thong-ke-luu-tru-lu-hanh-2024-05/source.txt")
    assert len(tpl.rows) == 32
    codes = {r.code for r in tpl.rows}
    assert sum(c.endswith("-LK") for c in codes) == 16
    assert not any(r.value == Decimal("169800") for r in tpl.rows)


def test_no_text_no_rows():
    assert pasted.table_rows(None) == ([], [])
    assert pasted.source_text("no/such/file.docx") is None


# evaluations/cases/heldout/zj-thua-thien-hue-phu-vang-xa-vinh-ha-ktxh-2022: a group's serial and heading
# (``A`` / ``Chỉ tiêu về kinh tế``) between the header and the first row
PHUVANG = ('TT\n\n \n\n \n\nChỉ tiêu\n\n \n\nĐơn vị tính\n\n \n\nKế hoạch năm 2022\n\nThực hiện\n\nTỷ lệ %\n\nA\n\n'
           'Chỉ tiêu về kinh tế\n\n \n\n \n\n \n\n \n\n1\n\nGiá trị sản xuất\n\nTỷ.đ\n\n381,8\n\n403,98\n\n105,8\n\n \n\n'
           '- Nông, lâm, ngư nghiệp\n\nTỷ.đ\n\n240,12\n\n233,98\n\n97,4\n\n \n\n')


def test_a_group_serial_under_the_header_is_the_body():
    fields = ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện", "Tỷ lệ %", "A", "Chỉ tiêu về kinh tế"]
    titles, unit_column = pasted._roles(fields, 3)
    assert unit_column and [t for t, _ in titles] == ["Kế hoạch năm 2022", "Thực hiện", "Tỷ lệ %"]


def test_titles_that_cannot_be_placed_make_no_reading():
    # zo-nam-dinh-benh-vien-tam-than-dieu-tri-noi-tru-2009-h1: a three-level header, five cells a row
    fields = ["Nội dung chỉ tiêu kế hoạch", "Kết quả đạt được", "Ước tính cả năm 2009", "6 th/2008", "6 th đầu 2009",
              "Chỉ tiêu giao", "Đạt được", "Đạt được", "So với 6 th/2008"]
    assert pasted._roles(fields, 5)[0] == []


def test_two_rows_are_no_table():
    assert pasted.tables(PHUVANG) == []        # fewer than LEAST_ROWS rows: left to the sentence reader
