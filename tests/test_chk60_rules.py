"""Checker round 60 (chk60, issue 13): the working batch ``xf-*`` (evaluations/sweep/checker-round60.md).

- ``recognisers.dashedpair``: ``30-4, 1-5`` / ``30-4 và 1-5`` — a dashed day-month listed after a sure date is a date
  (xf-toan-quoc-cuc-du-lich-nghi-le-30-4-2024-04; t31-plo-an-giang-tra-vinh-le-30-4-2022);
- ``breakdown._STILL_LEFT``: ``…, trong đó có hơn 1.700 …, hiện còn 13.511 …`` — what is still left now ends a
  ``trong đó`` list (xf-toan-quoc-bo-cong-an-toi-pham-trat-tu-xa-hoi-2015; p37-hoidongbaucu's ``hiện còn 01``);
- ``figures.units.read_unit``: a row ``Kíp nổ | kíp`` counts detonators, not Lao kip (the lead's rule of stop 52,
  ``AMBIGUOUS_CURRENCY``, which took the place of this round's label rule at the merge).
"""

from __future__ import annotations

from decimal import Decimal

from service.checker.extract import extract_numbers
from service.checker.recognisers.events import elected
from service.figures.units import read_unit, unit_kind
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, flagged_in, heldout, page

_HOLIDAY = "xf-toan-quoc-cuc-du-lich-nghi-le-30-4-2024-04"
_POLICE = "xf-toan-quoc-bo-cong-an-toi-pham-trat-tu-xa-hoi-2015"


def _read(fragment: str):
    return [(fragment[m.start:m.end], m.kind) for m in extract_numbers(fragment)]


# ---------------------------------------------------------------- 30-4, 1-5: a list of dates

def test_a_holiday_s_second_day_is_a_date_after_a_comma_or_va():
    assert _read("Trong kỳ nghỉ lễ 30-4, 1-5 (từ 27-4 đến 1-5), ngành du lịch") == [
        ("30-4", "date"), ("1-5", "date"), ("27-4", "date"), ("1-5", "date")]
    assert _read("phục vụ khoảng 8 triệu trong dịp nghỉ lễ 30-4 và 1-5  Theo Cục Du lịch")[1:] == [
        ("30-4", "date"), ("1-5", "date")]


def test_the_holiday_flags_are_gone_on_both_pages(dummy):
    assert flagged_in(heldout(_HOLIDAY), dummy, "Trong kỳ nghỉ lễ 30-4, 1-5 (từ 27-4 đến 1-5)") == []
    assert flagged_in(page("t31-plo-an-giang-tra-vinh-le-30-4-2022"), dummy, "dịp Lễ 30-4, 1-5 cũng tăng") == []


def test_ranges_of_amounts_stay_counts():
    # real negatives: a range goes up, so it is no date (sweep pages)
    assert _read("tăng gấp từ 2-5 lần so với năm 2003")[0] == ("2-5", "count")
    assert _read("20 tỉnh thành khác có từ 1-2 người tử vong vì bệnh dại")[1] == ("1-2", "count")
    assert [k for _, k in _read("đã hoàn thành từ 70-80%, 85-90% diện tích")] == ["percent", "percent"]
    # after a sure date but counted, or not later than it: no date
    assert _read("ngày 30-4, 1-5 người")[-1] == ("1-5", "count")
    assert _read("lễ 30-4, 2-3 lần")[-1][1] != "date"


# ---------------------------------------------------------------- hiện còn: a stock left now, no part

def test_what_is_still_left_is_no_part_of_the_list():
    line = ("thanh loại 6.705 đối tượng truy nã, trong đó có hơn 1.700 đối tượng nguy hiểm và đặc biệt nguy hiểm, "
            "hiện còn 13.511 đối tượng truy nã")
    verdicts = {t: v for t, v, _ in case_line_verdicts(_POLICE, line)}
    assert verdicts["6.705"] == "supported" and verdicts["13.511"] == "supported"


def test_a_whole_smaller_than_its_part_before_hien_con_is_still_caught():
    line = "thanh loại 6.705 đối tượng truy nã, trong đó có hơn 1.700 đối tượng nguy hiểm"
    bad = "thanh loại 1.700 đối tượng truy nã, trong đó có hơn 6.705 đối tượng nguy hiểm"
    verdicts = {t: v for t, v, _ in case_line_verdicts(_POLICE, line, bad)}
    assert verdicts["1.700"] == "unsupported"


# ---------------------------------------------------------------- Kíp nổ | kíp: detonators, not Lao kip

def test_a_row_named_by_its_unit_word_counts_the_thing():
    unit = read_unit("kíp")
    assert (unit.text, unit.kind) == ("kíp", "count") and unit_kind(unit.text) == "count"
    assert read_unit("bạt").kind == "count"


def test_money_in_a_foreign_currency_stays_money():
    # the text reads a bare kíp as the thing too (extract._NOT_IN_TEXT): money in kip is written with a scale or a code
    assert read_unit("triệu kíp").text == "LAK" and read_unit("LAK").kind == "money"
    assert read_unit("USD").text == "USD"
    assert unit_kind("LAK") == "money" and unit_kind("USD") == "money" and unit_kind("triệu đồng") == "money"


def test_the_detonators_are_supported_by_their_row():
    line = "8.171 kg thuốc nổ, 15.470 kíp nổ, 14.064 kg pháo các loại"
    assert [v for _, v, _ in case_line_verdicts(_POLICE, line)] == ["supported"] * 3
    bad = "8.171 kg thuốc nổ, 15.407 kíp nổ, 14.064 kg pháo các loại"
    assert [v for _, v, _ in case_line_verdicts(_POLICE, line, bad)][1] == "unsupported"
    assert Decimal("15470") in [m.value for m in extract_numbers(line)]


# ---------------------------------------------------------------- học sinh đoạt giải: the prizes' whole

_QUANG_NAM = "xf-quang-nam-so-gddt-hoc-sinh-gioi-quoc-gia-2023-2024"


def test_winners_counted_are_the_prizes_whole_not_the_entrants():
    line = "Quảng Nam: Khen thưởng 71 học sinh đoạt giải"
    assert [v for _, v, _ in case_line_verdicts(_QUANG_NAM, line)] == ["supported"]
    # the second source: a table of prizes whose counts the text says as winners
    assert [v for _, v, _ in case_line_verdicts("yg-toan-quoc-bo-gddt-hoc-sinh-gioi-quoc-gia-2019",
                                                "với 134 học sinh đoạt giải, trong đó có 11 giải Nhất")] == \
        ["supported", "supported"]


def test_a_part_of_the_prizes_or_a_wrong_count_of_winners_is_still_flagged():
    line = "Quảng Nam: Khen thưởng 71 học sinh đoạt giải"
    for bad in ("Quảng Nam: Khen thưởng 17 học sinh đoạt giải", "Quảng Nam: Khen thưởng 72 học sinh đoạt giải"):
        assert [v for _, v, _ in case_line_verdicts(_QUANG_NAM, line, bad)] == ["unsupported"]


# ---------------------------------------------------------------- bầu 9 đại biểu vào BCH: the body's size

def test_delegates_put_into_the_committee_size_the_body():
    line = "Đại hội đã bầu 9 đại biểu vào BCH Hội LHPN xã"
    assert [v for _, v, _ in case_line_verdicts("xf-long-an-kien-tuong-hoi-lhpn-xa-binh-hiep-nhiem-ky-2011-2016",
                                                line)] == ["not_a_figure"]


def test_delegates_to_the_congress_above_kept_by_the_table_stay_checked():
    line = "bầu 17 thành viên vào ban chấp hành hội, bầu 10 đại biểu đi dự đại hội cấp trên"
    assert [v for _, v, _ in case_line_verdicts("xg-tay-ninh-tan-bien-xa-thanh-binh-chu-thap-do-2011-2016",
                                                line)] == ["supported", "supported"]


def test_the_meeting_s_attendance_is_no_committee():
    from_text = "Đại hội có 131 đại biểu tham dự, đã bầu 15 đồng chí vào BCH"
    assert not elected(from_text, from_text.index("131") + 3)
    assert elected(from_text, from_text.index("15") + 2)
