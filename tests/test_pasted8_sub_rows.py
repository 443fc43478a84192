"""Pasted tables, round 8 (``evaluations/sweep/pasted-round8.md``): a yearbook breaks each group down into the same
sub-rows (``Công lập - Public`` / ``Ngoài công lập - Non-public`` under Tiểu học, Trung học cơ sở, Trung học phổ
thông), so a sub-row's label recurs more often than its group's; the reader gives each such row its group
(``tabletext.sub_row_groups``), and the checker reads the row as its group's (``TableCells._said_label``:
``Trung học phổ thông - Công lập``). Texts quote a held-out case and two pages of round 8's set as stored."""

from __future__ import annotations

from service.checker.tabletext import text_rows
from tests.sweep_tables import check_at, checks, held, heldout, page, table

QUANG_NGAI = "yf-quang-ngai-cuc-thong-ke-hoc-sinh-binh-quan-giao-vien-lop-2010-2016"
MAM_NON = "s8-khong-ro-nien-giam-truong-lop-mam-non-2022"
NAM_DINH = "s8-nam-dinh-nien-giam-ty-le-di-hoc-2022"


def groups(text):
    return [(r.label, r.group.label if r.group else None) for r in text_rows(text)]


def test_a_repeated_sub_row_stands_under_its_group():
    # held-out Quảng Ngãi: "Trung học phổ thông" / "Upper secondary school" / cells, "Công lập -" / "Public" / cells,
    # "Ngoài công lập -" / "Non-public" / cells; the Non-public rows of dashes under Tiểu học and THCS count too
    got = groups(heldout(QUANG_NGAI))
    thpt = "Trung học phổ thông Upper secondary school"
    assert ("Công lập - Public", thpt) in got and ("Ngoài công lập - Non-public", thpt) in got
    assert ("Công lập - Public", "Tiểu học - Primary school") in got
    # a group row is no sub-row of the row above it
    assert not any(label == thpt and group == "Công lập - Public" for label, group in got)


def test_other_yearbooks_sub_rows_likewise():
    # s8 (a 2022 yearbook's preschool page): "Số phòng học (Phòng)" / "Number of classrooms (Classroom) 1.986 …" /
    # "Công lập - Public 1.392 …" / "Ngoài công lập - Non-public 594 …"
    got = groups(page(MAM_NON))
    rooms = "Số phòng học (Phòng) Number of classrooms (Classroom)"
    assert ("Công lập - Public", rooms) in got and ("Ngoài công lập - Non-public", rooms) in got
    # s8 Nam Định: "Trong đó: Nữ - Of which: Female" under each level of two blocks
    got = groups(page(NAM_DINH))
    assert ("Trong đó: Nữ - Of which: Female", "Trung học cơ sở - Lower secondary school") in got
    # a row whose label is said once has no group
    assert dict(got)["General enrolment rate"] is None


def test_sub_rows_of_dash_cells_on_their_label_line_count_too():
    # s8 Hòa Bình (space-aligned): "Ngoài công lập - Non-public         -        -       -        -       1" under
    # Tiểu học, then the same label with five dashes under THCS and THPT — rows no reader keeps, sub-rows all the same
    got = groups(page("s8-hoa-binh-nien-giam-truong-pho-thong-2019"))
    assert ("Ngoài công lập - Non-public", "Tiểu học - Primary school") in got
    # s8 Kiên Giang: "Ngoài Nhà nước - Non-state           -             -     -  …" under "- Phòng khám khu vực"
    got = groups(page("s8-kien-giang-cuc-thong-ke-co-so-giuong-benh-2011"))
    assert ("Ngoài Nhà nước - Non-state", "- Bệnh viện - Hospital") in got


def test_a_row_under_a_blank_celled_group_title_has_no_group_row():
    # s6 Nghệ An (one cell a paragraph): "Nữ - Female" / "3.129" … / "Phân theo cấp quản lý - By management level" /
    # " " ×5 / "Trung ương - Central" / "993": Trung ương is no part of Nữ (the template had named it "Nữ - Female -
    # Trung ương - Central")
    got = groups(page("s6-nghe-an-nien-giam-hoc-sinh-tccn-2020"))
    assert all(group is None for label, group in got if label == "Trung ương - Central")
    # s8 Vĩnh Phúc: "Phân theo thành thị, nông thôn" / "By residence" / " " ×5 / "Thành thị - Urban"
    got = groups(page("s8-vinh-phuc-nien-giam-luc-luong-lao-dong-2018"))
    assert all(group is None for label, group in got if label == "Thành thị - Urban")


def test_a_block_repeated_is_no_group_of_sub_rows():
    # s8 Quảng Ngãi: the index block repeats the value block's rows ("Số giáo viên (Người)" / "Number of teachers
    # (Person)" / "106,28" …) right after its last row "Số học sinh bình quân một lớp học (Học sinh)": the repeated
    # Số giáo viên is no sub-row of it (its first row stands under the header of years, no group); the header of
    # years read as a row ("2010" / "2013" / …) is no group either
    got = groups(page("s8-quang-ngai-nien-giam-giao-vien-hoc-sinh-mam-non-2016"))
    assert all(group is None for label, group in got if label.startswith(("Số giáo viên", "Số học sinh (")))
    assert ("Công lập - Public", "Số học sinh (Học sinh) Number of pupils (Pupil)") in got


def test_the_checker_reads_a_sub_row_as_its_group_s(tmp_path):
    # «Ô này thuộc dòng «Công lập - Public» …, tức 2.1-2010 (Trung học cơ sở - Công lập (năm 2010)) … «22,93» không
    # phải số nào …»: every Công lập row was read as Trung học cơ sở's
    text = heldout(QUANG_NGAI)
    numbers = checks(text, held(tmp_path, QUANG_NGAI, "2016"), "2016")
    line = "Public\n22,93\n18\n16,75\n17,16\n16,39"
    for k, cell in enumerate(["22,93", "18", "16,75", "17,16", "16,39"]):
        shift = line.index(cell, line.index("\n") if k == 0 else line.index("\n" + cell) + 1)
        got = check_at(numbers, text, line, shift=shift)
        assert got.text == cell and got.verdict == "supported", (cell, got.verdict, got.reason)
    # a changed digit in a sub-row's cell is still caught
    wrong = text.replace(line, line.replace("16,39", "16,93"))
    numbers = checks(wrong, held(tmp_path, QUANG_NGAI, "2016"), "2016")
    bad = check_at(numbers, wrong, "16,93")
    assert bad.verdict == "unsupported"


def test_the_checker_on_another_yearbook_s_sub_rows(tmp_path):
    # s8 preschool page against a sheet that names the sub-rows by their group, as the agency's sheet does
    figures = table(tmp_path, ["1,Số trường học,trường,181", "1.1,Số trường học - Công lập,trường,142",
                               "1.2,Số trường học - Ngoài công lập,trường,39", "2,Số lớp/nhóm trẻ,lớp,2273",
                               "2.1,Số lớp/nhóm trẻ - Công lập,lớp,1483",
                               "2.2,Số lớp/nhóm trẻ - Ngoài công lập,lớp,790",
                               "3,Số phòng học,phòng,2301", "3.1,Số phòng học - Công lập,phòng,1494",
                               "3.2,Số phòng học - Ngoài công lập,phòng,807"])
    text = page(MAM_NON)
    numbers = checks(text, figures, None)
    for line, cell in [("Công lập - Public 154 145 142 142 142", "142"),
                       ("Công lập - Public 1.443 1.434 1.450 1.467 1.483", "1.483"),
                       ("Công lập - Public 1.392 1.421 1.479 1.489 1.494", "1.494"),
                       ("Ngoài công lập - Non-public 594 594 833 815 807", "807")]:
        got = check_at(numbers, text, line, shift=line.rindex(cell))
        assert got.verdict == "supported" and got.source["ma"].startswith(("1.", "2.", "3.")), (line, got.reason)
        assert got.source["ma"] == {"142": "1.1", "1.483": "2.1", "1.494": "3.1", "807": "3.2"}[cell]


# ---------------------------------------------------------------- the template: a sub-row named with its group
def template_rows(path):
    from index.parse import parse_report
    from service.onboarding.pasted import source_text
    from service.onboarding.template import from_report

    return {(r.label, r.value) for r in from_report(parse_report(path), None, source_text(path)).rows}


def test_the_template_names_a_sub_row_with_its_group():
    # s8 Hòa Bình 2019: "Trung học cơ sở" / "Lower secondary school   201 … 44" / "Công lập - Public   201 … 44":
    # the template had three rows "Công lập - Public" (34, 44, 36), none saying whose
    from decimal import Decimal

    from tests.sweep_tables import PAGES

    rows = template_rows(PAGES / "s8-hoa-binh-nien-giam-truong-pho-thong-2019.txt")
    labels = {label for label, _ in rows}
    assert "Công lập - Public" not in labels
    assert any(label.startswith("Tiểu học") and "Công lập" in label and value == Decimal(34) for label, value in rows)
    assert any(label.startswith("Trung học phổ thông") and "Công lập" in label and value == Decimal(36)
               for label, value in rows)
    # s8 Quảng Ngãi 2016 (one cell a line, "Công lập -" / "Public" / "36.577" …): Số học sinh's, not Số giáo viên's
    rows = template_rows(PAGES / "s8-quang-ngai-nien-giam-giao-vien-hoc-sinh-mam-non-2016.txt")
    pupils = next(label for label, value in rows if value == Decimal(46784))
    assert pupils.startswith("Số học sinh") and "Công lập" in pupils
    # under "Số giáo viên (Người)" / "Trong đó: Số giáo viên đạt chuẩn trở lên": the of-which row is no group
    # (1.747 + 80 = 1.827 teachers in all)
    teachers = next(label for label, value in rows if value == Decimal(2795))
    assert teachers.startswith("Số giáo viên") and "Công lập" in teachers and "đạt chuẩn" not in teachers
