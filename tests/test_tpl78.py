"""Round 78 of the figures template (issue #14): stop 60's own batches xv-/xw-.

- ``signedamount``: ``giảm 1,3% (-892 ha)``, the change's amount signed in brackets after its rate, no row;
- ``wrapped``: a pasted table's column titles cut a fragment a paragraph (``Thực`` / ``hiện`` / ``6 tháng`` …),
  joined back; a comparison's title spans the period titles after it;
- ``capitalunit``: a label's unit in capitalised brackets (``(Nghìn ha)``, ``(Ha)``); a scaled measure kept in its
  base unit (``ha``) as its value is.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from service.onboarding.capitalunit import capitalised_unit
from service.onboarding.template import build_template
from service.onboarding.wrapped import rejoined_titles
from tests.template_rows import values as _values

ROOT = Path(__file__).resolve().parent.parent
HELD = ROOT / "evaluations" / "cases" / "heldout"


def _template(tmp_path, text: str, period: str | None = None):
    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return build_template(f, period=period)


# ------------------------------------------------------------------ signed amount after a change rate

def test_hai_duong_signed_amounts_are_no_rows():
    tpl = build_template(HELD / "xw-hai-duong-cuc-thong-ke-trong-trot-vu-mua-2019-9t" / "source.txt")
    values = _values(tpl)
    for amount in (892, 862, 18, 86, 68):
        assert Decimal(amount) not in values
    assert Decimal(66738) in values and Decimal(318) in values     # the levels stay rows


def test_signed_amount_is_the_row_s_change(tmp_path):
    tpl = _template(tmp_path, "Tin tức\n\nVụ mùa năm 2019 toàn tỉnh gieo trồng được 66.738 ha, giảm 1,3% (-892 ha) so "
                              "với vụ mùa năm 2018.", period="2019")
    row = next(r for r in tpl.rows if r.value == Decimal(66738))
    assert Decimal(892) in {d.value for d in row.derived}
    assert Decimal(892) not in _values(tpl)


def test_sign_against_the_direction_is_no_restatement(tmp_path):
    # ``giảm 1,3% (+892 ha)``: the sign says the other way — not read as this change's amount
    from service.checker.extract import extract_numbers
    from service.onboarding.signedamount import signed_amount_after_rate
    text = "đạt 66.738 ha, giảm 1,3% (+892 ha) so với vụ mùa"
    ms = extract_numbers(text)
    assert not signed_amount_after_rate(text, ms[1], ms[2])
    text = "đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa"
    ms = extract_numbers(text)
    assert signed_amount_after_rate(text, ms[1], ms[2])


# ------------------------------------------------------------------ a header wrapped a fragment a paragraph

_HUE_FIELDS = ['Kết quả sản xuất lâm nghiệp', 'Thực', 'hiện', '6 tháng', 'đầu năm', '2020', 'Ước', 'tính', 'quý III',
               'năm', '2020', 'Ước', 'tính', '9 tháng', 'năm', '2020', 'So với cùng kỳ', 'năm trước (%)', '6 tháng',
               'năm', '2020', 'Quý III', 'năm', '2020']


def test_wrapped_titles_joined_back():
    assert rejoined_titles(_HUE_FIELDS, 5) == [
        'Thực hiện 6 tháng đầu năm 2020', 'Ước tính quý III năm 2020', 'Ước tính 9 tháng năm 2020',
        'So với cùng kỳ năm trước (%) 6 tháng năm 2020', 'So với cùng kỳ năm trước (%) Quý III năm 2020']


def test_whole_titles_are_not_rejoined():
    assert rejoined_titles(['Chỉ tiêu', 'Kế hoạch', 'Ước TH', 'Tháng 01'], 3) is None     # whole titles
    assert rejoined_titles(['Năm 2022', 'Năm 2023'], 2) is None                            # as many as the cells


def test_hue_table_read_by_its_columns():
    tpl = build_template(HELD / "xw-thua-thien-hue-cuc-thong-ke-san-xuat-lam-nghiep-2020-9t" / "source.txt")
    got = {(r.value, r.unit) for r in tpl.rows}
    for value, unit in ((Decimal(3800), "ha"), (Decimal(0), "ha"), (Decimal(515900), "m3"), (Decimal(185200), "m3"),
                        (Decimal(103400), "ster"), (Decimal("13.3"), "ha"), (Decimal("6.7"), "ha")):
        assert any(v == value and u == unit for v, u in got), (value, unit)
    assert Decimal("106.05") not in _values(tpl) and Decimal("248.15") not in _values(tpl)   # the indices


# ------------------------------------------------------------------ a capitalised unit in a label's brackets

def test_capitalised_units():
    assert capitalised_unit("Nghìn ha") == "nghìn ha"
    assert capitalised_unit("Ha") == "ha"
    assert capitalised_unit("Nghìn ster") == "nghìn ster"
    assert capitalised_unit("GRDP") == ""          # an abbreviation
    assert capitalised_unit("Trường") == ""        # a count word: a gloss's, left to glossed_bracket_unit
    assert capitalised_unit("Kế hoạch") == ""


def test_column_numbers_are_no_wrapped_fragments():
    # ``Mức`` / ``%`` / ``1`` / ``2`` … ``6=5-4``: a row of column numbers closes a header, no title cut in pieces
    assert rejoined_titles(["Mức", "%", "1", "2", "3", "4", "5", "6=5-4", "7=6/4", "8", "1", "Giá bán lẻ"], 6) is None
