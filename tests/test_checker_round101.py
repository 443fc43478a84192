"""Checker round 101 (chk101, issue 13): stop 61's economy batch xx- (evaluations/sweep/checker-round101.md).

``recognisers.gradeformula``: three numbers or more joined by dashes after a product's capitals (``NPK 20-20-15``) are
its grade, a name. ``otheryears``: a number its grammar dates by a whole earlier year (``năm 2018 là 368 tỷ đồng``) or
by each of several past years (``trong 4 năm gần nhất, mỗi năm … đều đạt trên 400 tỉ đồng``) is another period's,
though a row is about its words. ``gluedlow``: a range whose low end is glued to the word before it
(``nguyên con75.000-80.000 đ/kg``) is the range.
"""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import case_line_verdicts, claims, flagged, table

_KIENGIANG = "xx-kien-giang-so-cong-thuong-gia-mat-hang-trong-yeu-2019-05"
_SAWACO = "xx-tp-ho-chi-minh-sawaco-ket-qua-kinh-doanh-2020-h1"
_VIWASUPCO = "xx-ha-noi-viwasupco-ket-qua-kinh-doanh-2019-q3"


def _v(slug, line, bad=None):
    return {t: (v, r) for t, v, r in case_line_verdicts(slug, line, bad)}


# ---------------------------------------------------------------- 1. a product's grade after its code

_PHANBON = "NPK 20-20-15 tăng 300 đ/kg (lên 12.000-12.900 đ/kg); DAP tăng 100 đ/kg (lên 11.000-15.600 đ/kg); NPK 16-16-8 ổn định (9.000-9.500 đ/kg)"


def test_fertiliser_grades_are_names_and_their_prices_are_checked():
    v = _v(_KIENGIANG, _PHANBON)
    assert v["20-20-15"][0] == "not_a_figure" and v["16-16-8"][0] == "not_a_figure"
    assert v["12.000-12.900 đ/kg"][0] == "supported" and v["9.000-9.500 đ/kg"][0] == "supported"
    assert not any(flagged(x) for x, _ in v.values())
    # a wrong price beside a grade is still caught
    bad = _v(_KIENGIANG, _PHANBON, _PHANBON.replace("9.000-9.500", "9.000-9.800"))
    assert flagged(bad["9.000-9.800 đ/kg"][0])


def test_grades_of_other_sources_and_what_stays_a_number():
    # baoquangnam.vn (giá phân bón 16/5): dashes between spaces; danviet.vn (15/10/2021): a brand after the grade
    for text, grade in (("Phân NPK 16 - 16 - 8 của Việt Nhật bán ra 730.000 đồng/bao", "16 - 16 - 8"),
                        ("NPK 16-16-8 Việt Nhật từ 700.000-720.000 đồng/bao", "16-16-8"),
                        ("phân NPK 20-20-15 TE Bình Điền tăng mạnh", "20-20-15")):
        kinds = {m.raw: m.kind for m in extract_numbers(text)}
        assert kinds[grade] == "name", text
    # two numbers after capitals are a range; a date joined by dashes is a date; a line formula is a formula
    assert [m.kind for m in extract_numbers("DAP 18-46 giá 12.000 đ/kg")][0] != "name"
    assert [m.kind for m in extract_numbers("ngày 16-5-2019 có 20-25 người")][0] == "date"
    assert [m.kind for m in extract_numbers("Lợi nhuận sau thuế (60=51-52-53) 6.053")][0] == "reference"
    # no capitals before: not read as a grade
    assert all(m.kind != "name" for m in extract_numbers("tỷ số 3-2-1 cho đội nhà"))


# ---------------------------------------------------------------- 2. a company's other years

_SAWACO_LINE = "vượt xa mức lợi nhuận năm 2018 là 368 tỷ đồng và gần bằng mức cả năm 2019 là 454 tỷ đồng"
_VIWASUPCO_LINE = ("trong 4 năm gần nhất, mỗi năm Viwasupco đều đạt trên 400 tỉ đồng doanh thu và lợi nhuận ròng sau "
                   "thuế xấp xỉ 150 tỉ đồng")


def test_whole_earlier_years_said_as_such_are_not_this_periods():
    v = _v(_SAWACO, _SAWACO_LINE)
    assert v["368 tỷ đồng"][0] == "not_a_figure" and v["454 tỷ đồng"][0] == "not_a_figure"
    # this half year's profit said in the same sentence stays checked: a wrong one is caught
    bad = case_line_verdicts(_SAWACO, "Như vậy, chỉ sau 6 tháng đầu năm, lợi nhuận của Sawaco",
                             "Như vậy, chỉ sau 6 tháng đầu năm, lợi nhuận của Sawaco đạt 470 tỷ đồng,")
    assert any(t == "470 tỷ đồng" and flagged(v) for t, v, _ in bad)


def test_each_of_several_past_years_is_not_this_quarters():
    v = _v(_VIWASUPCO, _VIWASUPCO_LINE)
    assert v["400 tỉ đồng"][0] == "not_a_figure" and v["150 tỉ đồng"][0] == "not_a_figure"
    # without «mỗi năm» the span alone sets nothing aside here
    plain = _v(_VIWASUPCO, _VIWASUPCO_LINE, _VIWASUPCO_LINE.replace("mỗi năm ", ""))
    assert flagged(plain["400 tỉ đồng"][0])


_PROFIT = "1,Lợi nhuận sau thuế,tỷ đồng,407,220"


def test_a_year_the_table_keeps_is_checked_there(tmp_path):
    header = "Mã,Chỉ tiêu,Đơn vị tính,Kỳ báo cáo,Cùng kỳ"
    # a year report on 2019 keeping last year's value: "năm 2018 là …" is checked against Cùng kỳ, a wrong one flagged
    t = table(tmp_path, [_PROFIT], header=header)
    got = {x: v for x, v, _ in claims("Lợi nhuận sau thuế đạt 407 tỷ đồng, vượt mức lợi nhuận năm 2018 là 260 tỷ đồng.",
                                      t, period="2019")}
    assert flagged(got["260 tỷ đồng"])
    # a row of that year's own: its value is its figure, a wrong one flagged
    t2 = table(tmp_path, ["1,Lợi nhuận sau thuế 6 tháng đầu năm,tỷ đồng,407",
                          "2,Lợi nhuận sau thuế năm 2018,tỷ đồng,368"])
    got = {x: v for x, v, _ in claims("Lợi nhuận 6 tháng đầu năm đạt 407 tỷ đồng, vượt mức lợi nhuận sau thuế năm 2018 "
                                      "là 386 tỷ đồng.", t2, period="2020-H1")}
    assert flagged(got["386 tỷ đồng"])
    # the report's own year is no earlier year
    got = {x: v for x, v, _ in claims("Lợi nhuận sau thuế năm 2019 là 470 tỷ đồng.", t, period="2019")}
    assert flagged(got["470 tỷ đồng"])


# ---------------------------------------------------------------- 3. a range's low end glued to the word before it

_THITVIT = "thịt vịt ta làm sẵn nguyên con75.000-80.000 đ/kg; cá lóc 45.000-50.000 đ/kg"


def test_glued_low_end_is_the_ranges():
    v = _v(_KIENGIANG, _THITVIT)
    assert v["75.000-80.000 đ/kg"][0] == "supported"
    bad = _v(_KIENGIANG, _THITVIT, _THITVIT.replace("con75.000-80.000", "con75.000-85.000"))
    assert flagged(bad["75.000-85.000 đ/kg"][0])
    bad = _v(_KIENGIANG, _THITVIT, _THITVIT.replace("con75.000-80.000", "con70.000-80.000"))
    assert flagged(bad["70.000-80.000 đ/kg"][0])


def test_what_is_no_glued_low_end():
    from service.checker.gluedlow import glued_low_ends
    for text in ("Hà Nội-80.000 đ/kg", "nguyên con95.000-80.000 đ/kg", "loại A1-80.000 đ/kg"):
        m = [x for x in glued_low_ends(text, extract_numbers(text)) if x.raw.endswith("đ/kg")][0]
        assert m.low is None, text


# ---------------------------------------------------------------- 4. the year of the months so far, without «năm»

_BOKHDT = "xx-toan-quoc-bo-ke-hoach-dau-tu-doanh-nghiep-dang-ky-moi-theo-vung-2019-10t"


def test_months_so_far_then_their_year():
    v = _v(_BOKHDT, "trong 10 tháng 2019 lên 149.300 DN")
    assert v["2019"][0] == "not_a_figure" and v["149.300"][0] == "supported"
    for text in ("với mức lãi gần 74,4 tỷ đồng 9 tháng 2021 tăng mạnh", "trong 6 tháng đầu 2020 tăng 5%"):
        assert [m.kind for m in extract_numbers(text) if len(m.raw) == 4] == ["year"], text
    # a counted noun after it: a count, not a year
    assert [m.kind for m in extract_numbers("sau 3 tháng 2000 người được cấp thẻ") if m.raw == "2000"] == ["count"]
