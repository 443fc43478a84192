"""Round 79 of the figures template (issue #14): round 78 re-applied, its two faults mended.

- ``wrapped``: a group title over sub-columns (``Chia ra theo khối lớp`` / ``lớp 6`` … ``lớp 9``; ``Năm học - School
  year`` / ``2010`` / ``2014`` …) is no title wrapped over two lines: sub-columns of one shape, another number each,
  go on no title; a rejoining that leaves fewer titles than cells is undone.  The fields below are as the pasted
  reader (``pasted._header_fields``) reads them from the stored pages named.
- ``signedamount``: the sign of ``giảm 1,3% (-892 ha)`` is read by the checker's ``signedchange.bracket_sign``; the
  template's reading and the checker's agree.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.pasted import table_rows, tables
from service.onboarding.template import build_template
from service.onboarding.wrapped import rejoined_titles

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "evaluations" / "sweep" / "pages"
HELD = ROOT / "evaluations" / "cases" / "heldout"


def page(slug: str) -> str:
    return (PAGES / f"{slug}.txt").read_text(encoding="utf-8")


# ------------------------------------------------------------------ a group title over sub-columns

def test_grade_columns_under_their_group_title_are_read_one_a_column():
    # s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012 (the test round 78 failed, test_pasted_round2)
    fields = ["STT", "Nội dung", "Tổng số", "Chia ra theo khối lớp", "lớp 6", "lớp 7", "lớp 8", "lớp 9"]
    assert rejoined_titles(fields, 5) is None
    text = page("s2-khanh-hoa-thcs-mai-xuan-thuong-cam-ket-chat-luong-2012")
    assert [t for t, _ in tables(text)[0].titles] == ["Tổng số", "lớp 6", "lớp 7", "lớp 8", "lớp 9"]
    assert {r.value for r in table_rows(text)[0]} >= {Decimal(502), Decimal(19)}


def test_years_under_a_school_year_title_are_no_fragments_of_it():
    # s4-nghean-nien-giam-hoc-sinh-pho-thong-2017: ``Năm học - School year`` over the years' columns; round 78 glued
    # the first year onto it (``Năm học - School year 2010``)
    fields = ["Số học sinh phổ thông 06/10/2017 16:30 Số học sinh phổ thông Number of pupils of general education",
              "Năm học - School year", "2010", "2014", "2015", "2016", "Sơ bộ Prel.2017", "Người – Person"]
    assert rejoined_titles(fields, 5) is None
    text = page("s4-nghean-nien-giam-hoc-sinh-pho-thong-2017")
    assert [t for t, _ in tables(text)[0].titles] == ["Năm 2010", "Năm 2014", "Năm 2015", "Năm 2016", "Năm 2017"]


def test_a_unit_over_year_columns_and_a_school_year_broken_are_left_to_their_readers():
    # s7-binh-dinh-nien-giam-cpi-cac-thang-2023: ``%`` over the years (round 78: ``% 2019``)
    assert rejoined_titles(["Page 569 - index P. 569", "236 Chỉ số giá tiêu dùng các tháng trong năm Consumer price "
                            "index", "%", "2019", "2020", "2021", "2022", "2023",
                            "Tháng trước = 100 - Previous month = 100"], 5) is None
    # s8-hoa-binh-nien-giam-truong-pho-thong-2019: a flip-book's years, ``2019-`` / ``2020`` (pasted's
    # joined_school_years and _headed_year_titles read them; round 78 joined ``2019- 2020``)
    assert rejoined_titles(["2016", "2017", "2018", "2019", "2019-", "2020"], 5) is None
    text = page("s8-hoa-binh-nien-giam-truong-pho-thong-2019")
    assert [t for t, _ in tables(text)[0].titles] == ["Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020"]


def test_a_table_number_before_its_capitalised_title_is_no_fragment():
    # s15-quang-tri-nien-giam-co-cau-grdp-thanh-phan-nganh-2018: ``40 Cơ cấu tổng sản phẩm …`` (the yearbook's table
    # number) does not go on the page's furniture before it
    fields = ["Page 93 - Nien giam 2018 P. 93", "40 Cơ cấu tổng sản phẩm trên địa bàn theo giá hiện hành Đơn vị "
              "tính - Unit: %", "2017 Sơ bộ Prel. 2018"]
    assert rejoined_titles(fields, 2) is None


def test_the_wrapped_hue_header_still_rejoined():
    # xw-thua-thien-hue-cuc-thong-ke-san-xuat-lam-nghiep-2020-9t: ``6 tháng`` / ``năm`` / ``2020`` are fragments
    # (no two of one shape side by side), so the header is still joined back into its five titles
    tpl = build_template(HELD / "xw-thua-thien-hue-cuc-thong-ke-san-xuat-lam-nghiep-2020-9t" / "source.txt")
    assert any(r.value == Decimal(3800) and r.unit == "ha" for r in tpl.rows)


# ------------------------------------------------------------------ the signed amount read by the checker's reader

def test_template_and_checker_read_the_signed_bracket_alike():
    from service.checker.extract import extract_numbers
    from service.checker.signedchange import bracket_sign
    from service.onboarding.signedamount import signed_amount_after_rate
    for text, said in (("đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa", "giảm"),
                       ("đạt 318 ha, chiếm 0,5% tăng 6,0% (+18 ha)", "tăng")):
        ms = extract_numbers(text)
        rate, amount = ms[-2], ms[-1]
        assert bracket_sign(text, amount) == said and signed_amount_after_rate(text, rate, amount)
    # the bracket after other words (``so với vụ mùa``) is not the rate's restatement
    text = "đạt 66.738 ha, giảm 1,3% so với vụ mùa (-892 ha)"
    ms = extract_numbers(text)
    assert not signed_amount_after_rate(text, ms[1], ms[2])
