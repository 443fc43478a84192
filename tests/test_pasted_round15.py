"""Pasted tables, round 15 (``evaluations/sweep/pasted-round15.md``): a commune's table one cell a paragraph whose
serial numbers stand in paragraphs of their own and whose header is over two levels (ys Phú Xuân, stop 45's final
batch: ``TT`` / ``Chỉ số`` / ``Đơn vị tính`` / ``Kế hoạch năm 2021`` / ``TH`` / ``9 tháng năm 2021`` / ``Ước TH năm
2021`` / ``So sánh (%)`` / ``9 tháng/ KH năm 2021`` / ``Ước TH năm 2021``, then ``1`` / ``Giá trị sản xuất thực tế`` /
``Tỷ đồng`` / five cells / `` `` / ``- Nông, lâm, ngư nghiệp`` …).  The template read the next row's serial as the
row's last cell (``Dịch vụ (ước thực hiện năm 2021)`` = 2 tỷ đồng) and found no column titles for the rows of five
cells: template recall 14,6 %, precision 46,2 %."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.figures.schema import read_title
from service.onboarding.pasted import (blank_serial_between, comparison_over, cut_row_label, from_serial_title,
                                       role_over_period, table_rows)

_ROOT = Path(__file__).resolve().parent.parent
_HELD = _ROOT / "evaluations" / "cases" / "heldout"
_PHU_XUAN = _HELD / "ys-thua-thien-hue-phu-xuan-ubnd-xa-kinh-te-xa-hoi-2021-9t" / "source.txt"
_VINH_HA = _HELD / "zj-thua-thien-hue-phu-vang-xa-vinh-ha-ktxh-2022" / "source.txt"
_HEALTH = _HELD / "yj-toan-quoc-bo-y-te-nien-giam-chi-tieu-muc-tieu-2020" / "source.txt"
_S10_HUE = _ROOT / "evaluations" / "sweep" / "pages" / "s10-thua-thien-hue-chi-tieu-ktxh-chu-yeu-2011-2015.txt"


def test_an_empty_paragraph_before_the_next_label_is_its_empty_serial():
    # ``96`` / `` `` / ``- Đánh bắt TN``: the sub-row's STT left empty, so 96 is the row's own last cell
    assert blank_serial_between("\n\n \n\n")
    assert blank_serial_between("\n\n\u00a0\n\n")
    assert not blank_serial_between("\n\n")          # ``2`` / ``Tổng sản lượng lương thực có hạt``: a serial
    text = _VINH_HA.read_text(encoding="utf-8")      # zj Vinh Hà, the same portal's layout: `` `` / ``- Nông, lâm…``
    assert "Tỷ.đ\n\n381,8\n\n403,98\n\n105,8\n\n \n\n- Nông, lâm, ngư nghiệp" in text


def test_the_row_the_page_cuts_after_its_serial_gives_that_serial_too():
    text = "Tổng thu ngân sách\n\nTriệu đồng\n\n7.671\n\n15.699\n\n7\n\nTổng chi ngân sách\n\nTriệu đồng\n\n7.671"
    end = text.index("7\n\nTổng chi") + 1
    assert text[cut_row_label(text, end):].startswith("Tổng chi ngân sách")
    assert cut_row_label("… 97", 4) == 4                # nothing after: no row there, no serial


def test_the_phu_xuan_table_reads_each_row_in_its_columns():
    rows, _ = table_rows(_PHU_XUAN.read_text(encoding="utf-8"))
    got = {r.label: r.value for r in rows}
    assert got["Dịch vụ"] == Decimal("145.7") * 10 ** 9
    assert got["Dịch vụ (ước thực hiện năm 2021)"] == Decimal("172.6") * 10 ** 9          # was 2 (the next serial)
    assert got["Giá trị sản xuất thực tế"] == Decimal("461.1") * 10 ** 9                 # rows of five cells: read
    assert got["Tổng sản lượng đánh bắt và NTTS"] == Decimal("736.8")
    assert got["Tổng thu ngân sách (ước thực hiện năm 2021)"] == Decimal("17323") * 10 ** 6   # was 7
    assert not any(r.value in (2, 3, 4, 5, 6, 7) for r in rows)


def test_targets_that_are_no_serials_stay_cells():
    # yj's health targets close rows on ``10``, ``30``, ``95`` (and ``90``, ``80`` before empty cells): no serials,
    # they number no row; s10 Huế's serials skip where a group heading holds one (``5`` … ``7``) and are read still
    health = {r.label: r.value for r in table_rows(_HEALTH.read_text(encoding="utf-8"))[0]}
    assert health["Số bác sỹ cho 10000 dân - Number of Medicine Doctors per 10000 persons"] == Decimal("9.81")
    s10 = {r.label: r.value for r in table_rows(_S10_HUE.read_text(encoding="utf-8"))[0]}
    assert s10["Tỷ lệ hộ nghèo giảm"] == Decimal("4.5")


def test_the_header_starts_at_its_serial_title():
    fields = ["A. TÌNH HÌNH KT - XH 9 tháng đầu năm 2021", "Các chỉ tiêu chủ yếu", "TT", "Chỉ số", "Đơn vị tính",
              "Kế hoạch năm 2021"]
    assert from_serial_title(fields) == ["TT", "Chỉ số", "Đơn vị tính", "Kế hoạch năm 2021"]
    assert from_serial_title(["Chỉ tiêu", "Năm 2020"]) == ["Chỉ tiêu", "Năm 2020"]


def test_a_role_over_its_period_is_one_title():
    assert role_over_period(read_title("TH"), read_title("9 tháng năm 2021"))          # ys Phú Xuân
    assert role_over_period(read_title("Thực hiện"), read_title("năm 2014"))          # yl Huế du lịch's header
    assert not role_over_period(read_title("Kế hoạch năm 2021"), read_title("9 tháng năm 2021"))
    assert not role_over_period(read_title("Năm 2020"), read_title("Kế hoạch"))


def test_a_comparison_spans_the_titles_after_it_when_the_count_says_so():
    titled = [(f, read_title(f)) for f in ["Chỉ số", "Kế hoạch năm 2021", "TH 9 tháng năm 2021", "Ước TH năm 2021",
                                            "So sánh (%)", "9 tháng/ KH năm 2021", "Ước TH năm 2021"]]
    got = comparison_over(titled, 5)
    assert [f for f, _ in got][-2:] == ["So sánh (%) 9 tháng/ KH năm 2021", "So sánh (%) Ước TH năm 2021"]
    assert all(t.column == "derived" for _, t in got[-2:])
    assert comparison_over(titled, 6) == titled        # as many titles as cells: nothing spans


def test_a_breakdown_heading_is_no_part_of_the_first_rows_label():
    from service.checker.tabletext import breakdown_heading, text_rows

    zu = (_HELD / "zu-toan-quoc-tong-cuc-thong-ke-tang-truong-gdp-2009" / "source.txt").read_text(encoding="utf-8")
    labels = [r.label for r in text_rows(zu)]
    assert "Nông, lâm nghiệp và thủy sản" in labels and "Quý I" in labels      # were «A. Phân theo khu vực kinh tế …»
    pages = _ROOT / "evaluations" / "sweep" / "pages"
    retail = (pages / "p10-hue-banle-bang-2023-10.txt").read_text(encoding="utf-8")
    assert "Doanh thu bán lẻ" in [r.label for r in text_rows(retail)]
    grdp = (pages / "s15-quang-tri-nien-giam-co-cau-grdp-thanh-phan-nganh-2018.txt").read_text(encoding="utf-8")
    assert "Kinh tế Nhà nƣớc - State" in [r.label for r in text_rows(grdp)]
    assert breakdown_heading("Phân theo đơn vị cấp huyện")
    assert breakdown_heading("B. Phân theo quý trong năm")
    assert not breakdown_heading("Phân bón các loại")       # a row of its own ("Phân bón …"), no breakdown
