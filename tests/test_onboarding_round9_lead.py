"""Issue 14, the lead's round on stop 23's working batch (``evaluations/cases/heldout/x-*``): each test writes the
sentences as the page prints them (the case is named in each comment) as a prior report and asserts what the template
makes of them, with the counter-case each rule must leave alone."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.template import build_template
from tests.test_onboarding_round6 import template

YEAR_2019 = "Báo cáo kết quả sản xuất nông nghiệp năm 2019"


def test_the_amount_in_brackets_after_a_rate_is_the_same_change_and_gives_last_year(tmp_path):
    # x-nam-dinh-luong-thuc-2019: the rate first, the amount in brackets
    tpl = template(tmp_path, YEAR_2019, "Năng suất lúa bình quân toàn tỉnh đạt 51,50 tạ/ha, tăng 2,63% (1,32 tạ/ha) so "
                                        "với vụ mùa 2018; sản lượng thóc đạt 378.366 tấn, giảm 0,34% (3.042 tấn).")
    assert [(r.value, r.base) for r in tpl.rows] == [(Decimal("51.50"), Decimal("50.18")), (378366, 381408)]
    # q-lam-ha-qlrph-2020: an area stated after a rate with "với" is a figure of its own, not the change's amount
    tpl = template(tmp_path, YEAR_2019, "Lấn chiếm đất lâm nghiệp: 35 vụ, giảm 1 vụ so với cùng kỳ, tương ứng giảm 2,8% "
                                        "với diện tích 102.294 m2.")
    assert 102294 in [r.value for r in tpl.rows]


def test_a_rise_written_as_a_multiple_is_a_derivation(tmp_path):
    # x-lai-chau-cong-thuong-2013-h1: "ước đạt 526.622 triệu đồng, tăng 2,3 lần so với cùng kỳ năm 2012"
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất công nghiệp 6 tháng đầu năm 2013",
                   "Giá trị sản xuất công nghiệp ước đạt 526.622 triệu đồng, tăng 2,3 lần so với cùng kỳ năm 2012, đạt "
                   "49,55% kế hoạch năm.")
    [row] = tpl.rows
    assert row.value == 526_622_000_000 and row.base.quantize(Decimal(1)) == 228_966_086_957
    assert "lần" not in {r.unit for r in tpl.rows}


def test_a_headline_written_as_a_sentence_is_read_once_with_its_name(tmp_path):
    # x-lai-chau-cong-thuong-2013-h1: the page opens with its headline, a sentence the body states again
    path = tmp_path / "trang.txt"
    path.write_text("Lai Châu: Giá trị sản xuất công nghiệp 6 tháng đầu năm 2013 ước đạt 526.622 triệu đồng.\n\n"
                    "Sáu tháng đầu năm 2013, tình hình sản xuất công nghiệp trên địa bàn tỉnh gặp không ít khó khăn. "
                    "Kết quả sản xuất công nghiệp (theo giá 2010) ước đạt 526.622 triệu đồng, đạt 49,55% kế hoạch năm. "
                    "Công nghiệp ngoài quốc doanh ước đạt 195.070 triệu đồng.\n", encoding="utf-8")
    tpl = build_template(path)
    assert [r.value for r in tpl.rows] == [526_622_000_000, 195_070_000_000]
    assert tpl.rows[0].label == "Giá trị sản xuất công nghiệp"
    # a short first paragraph whose number the body does not state again is a row of its own
    path.write_text("Năm 2013, toàn tỉnh có 12 dự án mới.\n\nGiá trị sản xuất công nghiệp ước đạt 526.622 triệu đồng, "
                    "tăng so với cùng kỳ năm trước.\n", encoding="utf-8")
    assert [r.value for r in build_template(path).rows] == [12, 526_622_000_000]


def test_a_count_the_area_has_that_did_something_in_the_period_is_a_row(tmp_path):
    # x-thach-ha-hoc-sinh-gioi-2023-2024: "toàn huyện có 177 em học sinh tham gia và đạt HSG cấp tỉnh", "huyện Thạch
    # Hà có 53 em cấp tiểu học, THCS đạt giải"
    tpl = template(tmp_path, "Báo cáo tổng kết năm học 2023-2024",
                   "Trong kỳ thi học sinh giỏi lớp 12 cấp tỉnh, toàn huyện có 177 em học sinh tham gia và đạt HSG cấp "
                   "tỉnh. Trong đại hội thể thao cấp tỉnh, huyện Thạch Hà có 53 em cấp tiểu học, THCS đạt giải.")
    assert [r.value for r in tpl.rows] == [177, 53] and not tpl.standing
    tpl = template(tmp_path, "Báo cáo tổng kết năm học 2023-2024", "Toàn huyện hiện có 32 trường học, 14.500 học sinh.")
    assert not tpl.rows and [s.value for s in tpl.standing] == [32, 14500]


def test_an_estimate_of_the_months_own_figure_is_no_aim(tmp_path):
    # x-hoa-binh-dau-tu-doanh-nghiep-2020-5t: a monthly release estimates its own month
    tpl = template(tmp_path, "Báo cáo kết quả phát triển doanh nghiệp tháng 5 năm 2020",
                   "Phát triển doanh nghiệp, dự kiến trong tháng 5, có 45 doanh nghiệp thành lập mới với số vốn đăng ký "
                   "300 tỷ đồng.")
    assert [r.value for r in tpl.rows] == [45, 300_000_000_000]
    tpl = template(tmp_path, "Báo cáo kết quả phát triển doanh nghiệp tháng 5 năm 2020",
                   "Tháng tới, dự kiến có 50 doanh nghiệp thành lập mới.", "Dự kiến năm 2021 thành lập mới 500 doanh nghiệp.")
    assert not tpl.rows


def test_a_count_written_with_decimals_leaves_its_unit_to_the_person_so_the_sheet_loads(tmp_path):
    # sweep pages: "thu giữ 0,8 quả thuốc phiện tươi" (tpl-hatinh-antt-2020-h1); the round trip on bare pages found
    # the filled sheet refused by its own loader ("0,8 không phải là số nguyên")
    from service.figures.load import load_table
    from service.onboarding.sheet import write

    tpl = template(tmp_path, YEAR_2019, "Lực lượng chức năng bắt giữ 99 vụ, thu giữ 0,8 quả thuốc phiện tươi, 1 bánh "
                                        "heroin.")
    row = next(r for r in tpl.rows if r.value == Decimal("0.8"))
    assert row.unit == "" and any("phần thập phân" in n for n in row.notes)
    from evaluations.template_roundtrip import fill_workbook

    write(tpl, tmp_path / "bieu.xlsx")
    fill_workbook(tmp_path / "bieu.xlsx", {r.code: r.value + 1 for r in tpl.rows}, {})   # filled as a person would
    loaded = load_table(tmp_path / "bieu.xlsx")
    assert (Decimal("1.8"), Decimal("0.8")) in [(f.ky_bao_cao, f.cung_ky) for f in loaded]
    assert [r.unit for r in tpl.rows if r.value == 99] == ["vụ"]
