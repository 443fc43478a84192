"""Pasted tables, round 4 (``evaluations/sweep/pasted-round4.md``): a table ONE VALUE COLUMN wide copied one cell a
line (a school's ``công khai`` form, a budget's ``Dự toán``, a ministry's list of households), and a page copied from a
flip-book that keeps two or more of a row's cells on one line amid cells one a line. Every text quotes a page of the
fresh set ``evaluations/sweep/pages/s4-*.txt`` as stored, or a held-out case's source."""

from decimal import Decimal
from pathlib import Path

from service.checker.tabletext import text_rows
from service.onboarding import pasted

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations" / "sweep" / "pages"


def page(slug: str) -> str:
    return (PAGES / f"{slug}.txt").read_text(encoding="utf-8")


def rows_of(text):
    return [(r.label, [text[a:b] for a, b in r.cells]) for r in text_rows(text)]


def template(text):
    return {r.label: (r.value, r.unit) for r in pasted.table_rows(text)[0]}


# s4-mamnon-hoa-mai-cong-khai-co-so-vat-chat-2021: Biểu mẫu 03, one cell a paragraph — STT / Nội dung / Số lượng /
# Bình quân; headings with no value (``Loại phòng học``), a second column's words after a value (``Số m2/trẻ em``)
HOA_MAI = page("s4-mamnon-hoa-mai-cong-khai-co-so-vat-chat-2021")


def test_a_numbered_table_of_one_value_column_is_read_one_row_a_label():
    got = dict(rows_of(HOA_MAI))
    assert got["Tổng số phòng"] == ["12"]
    assert got["Phòng học kiên cố"] == ["12"]            # "1" before it is its serial, no value of "Loại phòng học"
    assert got["Số điểm trường"] == ["1"]                # "1" then "IV": a value, the next serial is roman
    assert got["Diện tích phòng sinh hoạt chung (m2)"] == ["50"]   # "50" / " 3m2/trẻ em" / "2"
    assert got["Diện tích phòng vệ sinh (m2)"] == ["7,6"]
    assert "Loại phòng học" not in got and "Diện tích phòng ngủ (m2)" not in got    # no value: no row
    assert len(got) == 13


def test_the_row_read_across_a_value_and_the_next_serial_is_gone():
    # "Diện tích phòng giáo dục thể chất (m2)" / "70" / "6" was one row of two cells (the 6 the next row's STT)
    assert dict(rows_of(HOA_MAI))["Diện tích phòng giáo dục thể chất (m2)"] == ["70"]


def test_the_serials_of_a_one_value_table_are_no_figures():
    rows = text_rows(HOA_MAI)
    serials = [HOA_MAI[a:b] for r in rows if r.serial for a, b in [r.serial]]
    assert serials[:3] == ["I", "1", "2"]


def test_the_template_makes_one_row_a_label_of_a_one_value_table():
    got = template(HOA_MAI)
    assert got["Tổng số phòng"][0] == Decimal("12")
    assert got["Diện tích phòng vệ sinh"][0] == Decimal("7.6")
    assert got["Phòng học nhờ"][0] == Decimal("0")
    assert len(got) == 13


# s4-quang-ninh-can-doi-du-toan-ngan-sach-2007: a budget's one column (``Dự toán`` / ``Plan``), each label with its
# English gloss on the next line, serials I, 1, 2, 3, II, 1 …, sub-items with no serial
QUANG_NINH = page("s4-quang-ninh-can-doi-du-toan-ngan-sach-2007")


def test_a_label_and_its_gloss_make_one_row_of_one_value():
    got = dict(rows_of(QUANG_NINH))
    assert got["Tổng thu ngân sách nhà nước trên địa bàn Total state budget revenues in provincial area"] == ["7,599,800"]
    assert got["Bổ sung cân đối - Balancing transfers"] == ["0"]        # "0" is no serial: the serial due is 3
    assert got["Các khoản thu ngân sách địa phương hưởng 100% Revenues with 100% entitlement"] == ["941,550"]


def test_the_serial_due_is_no_value_even_with_no_value_after_its_label():
    # "5" / "Thu chuyển nguồn ngân sách năm trước" / "Brought forward revenues" / "6" / "Các khoản thu để lại …" /
    # "Unbalance revenues" / "III": the 6 is the next row's serial, not this row's value
    labels = [label for label, _ in rows_of(QUANG_NINH)]
    assert not any(x.startswith("Thu chuyển nguồn") for x in labels)
    assert not any(x.startswith("Trong đó") for x in labels)       # "Trong đó - Of which:" / "1" after "III"
    assert len(labels) == 11


def test_the_template_reads_the_budget_in_english_notation():
    got = template(QUANG_NINH)
    values = sorted(v for v, _ in got.values())
    assert Decimal("7599800") in values and Decimal("941550") in values
    assert len(got) == 11


# held-out zw-toan-quoc-bo-vhttdl-thong-ke-gia-dinh-2010: ``1.`` / ``Tổng số hộ gia đình:`` / ``14.512.898``, a heading
# ``2.`` / ``Loại hình gia đình:`` over items ``- Số hộ gia đình 2 thế hệ …:`` with no serial
GIA_DINH = (ROOT / "evaluations" / "cases" / "heldout" / "zw-toan-quoc-bo-vhttdl-thong-ke-gia-dinh-2010" /
            "source.txt").read_text(encoding="utf-8")


def test_a_heading_ending_on_a_colon_is_no_part_of_its_first_item():
    got = rows_of(GIA_DINH)
    assert got[0] == ("Tổng số hộ gia đình:", ["14.512.898"])
    assert got[1] == ("- Số hộ gia đình 2 thế hệ đầy đủ (có vợ, chồng, con):", ["7.917.838"])
    assert len(got) == 18


def test_a_sentence_of_numbers_one_a_line_is_no_one_value_table():
    text = "Kết quả năm 2023 như sau.\nSố hộ nghèo\n12\nSố hộ cận nghèo\n30\n"
    assert rows_of(text) == []          # no serials: no table


# s4-quang-ngai-nien-giam-lop-mam-non-huyen-2016 (a flip-book page): ``TỔNG SỐ -`` / ``TOTAL`` / ``1.810`` / ``1.691``
# / ``119`` / ``1.819 1.651`` / ``168`` — two cells on one line amid cells one a line
LOP_MAM_NON = page("s4-quang-ngai-nien-giam-lop-mam-non-huyen-2016")
DAN_SO = page("s4-quang-ngai-nien-giam-dan-so-nong-thon-huyen-2016")
GIAO_VIEN = page("s4-quang-ngai-nien-giam-giao-vien-pho-thong-2016")


def test_cells_side_by_side_amid_cells_one_a_line_are_the_rows_next_cells():
    got = dict(rows_of(LOP_MAM_NON))
    assert got["TỔNG SỐ - TOTAL"] == ["1.810", "1.691", "119", "1.819", "1.651", "168"]
    assert got["I. Khu vực đồng bằng Plain districts"] == ["1.203", "1.084", "119", "1.202", "1.034", "168"]
    assert dict(rows_of(DAN_SO))["1. TP. Quảng Ngãi"] == ["16.908", "17.275", "137.271", "137.910", "138.057"]
    assert dict(rows_of(GIAO_VIEN))["Trung học cơ sở - Lower secondary school"][-2:] == ["96,07", "101,44"]


def test_the_district_row_cut_before_is_in_the_template():
    assert any("Quảng Ngãi" in k and v[0] == Decimal("138057") for k, v in template(DAN_SO).items())


# s4-hanam-mn-dao-ly-cong-khai-co-so-vat-chat-2018: the same form typed one row a line with single spaces —
# ``STT Nội dung Số lượng Bình quân`` / ``I Tổng số phòng 13 Số m2/trẻ em`` / ``II Loại phòng học`` / ``1 Phòng học
# kiên cố 13`` / … / ``IV Tổng diện tích đất toàn trường (m2) 8000 m2 20,25 m2/ trẻ``
HANAM = page("s4-hanam-mn-dao-ly-cong-khai-co-so-vat-chat-2018")


def test_a_numbered_one_value_table_typed_one_row_a_line():
    got = dict(rows_of(HANAM))
    assert got["Tổng số phòng"] == ["13"]                       # "Số m2/trẻ em" after it: the next column's words
    assert got["Tổng diện tích đất toàn trường (m2)"] == ["8000"]   # "8000 m2 20,25 m2/ trẻ": the value, its unit
    assert got["Số điểm trường"] == ["02"]
    assert "Loại phòng học" not in got and "Phòng học nhờ" not in got
    assert len(got) == 15
    assert template(HANAM)["Phòng học kiên cố"][0] == Decimal("13")


def test_a_numbered_list_of_sentences_is_no_one_value_table():
    # held-out zl-tp-ho-chi-minh-hoi-bao-tro-benh-nhan-ngheo-2014: "1. Chương trình “Cứu trẻ em bệnh tim bẩm sinh”:
    # 333 ca" … a list's items, each its sentence ("khám 1.380 ca, mổ 118 ca"): the sentence reader's
    text = ("1. Chương trình “Cứu trẻ em bệnh tim bẩm sinh”: 333 ca\n2. Chương trình “Đem ánh sáng cho người mù nghèo”: "
            "24.249 ca\n3. Chương trình “Xe lăn, xe lắc cho người tàn tật và trẻ em bại liệt”: 935 xe\n4. Chương trình "
            "“Chăm sóc sức khỏe cho phụ nữ nghèo vùng sâu vùng xa”: khám 1.380 ca, mổ 118 ca\n")
    assert rows_of(text) == []


def test_a_number_in_the_label_is_no_value_and_a_loss_is_one():
    # held-out zm-tp-ho-chi-minh-sotrans-ket-qua-kinh-doanh-2011-q3: "7. Chi phí hoạt động tài chính -156,817,731",
    # "3.Doanh thu thuần về bán hàng và cung cấp dịch vụ (10=01-03) 148,616,478,018"
    text = (ROOT / "evaluations" / "cases" / "heldout" / "zm-tp-ho-chi-minh-sotrans-ket-qua-kinh-doanh-2011-q3" /
            "source.txt").read_text(encoding="utf-8")
    got = dict(rows_of(text))
    assert got["Doanh thu thuần về bán hàng và cung cấp dịch vụ (10=01-03)"] == ["148,616,478,018"]
    assert got["Lợi nhuận gộp về bán hàng và cung cấp dịch vụ (20=10-11)"] == ["28,787,054,556"]
    assert got["Chi phí hoạt động tài chính"] == ["-156,817,731"]
    assert got["Lãi cơ bản trên cổ phiếu (*)"] == ["725"]
    assert len(got) == 18          # "Trong đó: Chi phí lãi vay 5,000,000": no serial, no row


# s4-nghean-nien-giam-hoc-sinh-pho-thong-2017: numbers grouped by SPACES between bars, the years' header
# ``| 2010 | 2014 | 2015 | 2016 | Sơ bộ Prel.2017 | |`` and the block's heading ``| Người – Person | |`` under it
HOC_SINH = page("s4-nghean-nien-giam-hoc-sinh-pho-thong-2017")


def test_a_number_grouped_by_spaces_between_bars_is_one_cell():
    first = next(cells for label, cells in rows_of(HOC_SINH) if label == "Tiểu học - Primary school")
    assert first == ["230 065", "240 771", "248 832", "248 925", "261 708"]


def test_a_years_header_closed_by_the_blocks_heading_reads_with_its_unit():
    got = template(HOC_SINH)
    assert got["Tiểu học - Primary school"] == (Decimal("261708"), "người")      # "Sơ bộ Prel.2017": the year
    assert got["Tiểu học - Primary school (năm 2015)"][0] == Decimal("248832")
    base = {r.label: r.base for r in pasted.table_rows(HOC_SINH)[0]}
    assert base["Tiểu học - Primary school"] == Decimal("248925")                # 2016 beside: cùng kỳ


def test_the_serials_of_headings_and_blank_rows_are_kept_with_the_next_row():
    # "2." / "Loại hình gia đình:" (a heading, no value) in zw-…-gia-dinh-2010; "II Loại phòng học", "4 Phòng học nhờ"
    # (no value) in s4-hanam: no rows, their serials no figures
    first = text_rows(GIA_DINH)[1]
    assert [GIA_DINH[a:b] for a, b in first.heading_serials] == ["2."]
    hanam = {r.label: [HANAM[a:b] for a, b in r.heading_serials] for r in text_rows(HANAM)}
    assert hanam["Phòng học kiên cố"] == ["II"] and hanam["Số điểm trường"] == ["4"]
