"""Checker round 39 (chk39, issue 13): the fresh set ``c32-`` and the held-out folder's flags left at stop 43's end
(evaluations/sweep/checker-round39.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- an amount after a number makes it a value, not the number of a unit's name (``Quỹ tín dụng Trường Sơn 160 triệu
  đồng``, ``Đoàn Thanh niên 617 tỷ đồng``) — ``amountafter.amount_follows``, read in ``names.UnitName``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, flagged_in, heldout, page, within

from service.checker.recognisers.amountafter import amount_follows


# ---------------------------------------------------------------- an amount after a unit's name

def test_a_named_funds_amount_is_a_figure(dummy):
    # c32-vapcf: the province's credit funds' profits, «Trường» (a school) read as a unit noun before «Sơn 160»
    text = page("c32-vapcf-quy-tin-dung-quang-tri-10-thang-2006")
    assert flagged_in(text, dummy, "Quỹ tín dụng Hồ Xá 182 triệu đồng, Quỹ tín dụng Trường Sơn 160 triệu đồng, "
                                   "Quỹ tín dụng Năm Sao 156 triệu đồng") == [
        "182 triệu đồng", "160 triệu đồng", "156 triệu đồng"]
    # d9-vov-bacninh-nhcsxh: «môi trường» ends on the same noun
    text = page("d9-vov-bacninh-nhcsxh-2022")
    assert flagged_in(text, dummy, "vệ sinh môi trường 93 tỷ đồng") == ["93 tỷ đồng"]


def test_an_amount_after_a_named_unit_is_checked_against_its_row():
    # held-out z-dak-nong-nhcsxh-uy-thac: «dư nợ ủy thác qua Đoàn Thanh niên 617 tỷ đồng» (row 1.4), read as «Đoàn …
    # 617» (a unit like «Đoàn 959»): a wrong amount passed unseen
    slug = "z-dak-nong-nhcsxh-uy-thac-2020"
    text = heldout(slug)
    s = text.index("Đoàn Thanh niên 617 tỷ đồng")
    line = text[text.rfind("\n", 0, s) + 1:text.index("\n", s)]
    assert ("617 tỷ đồng", "supported", "") in case_line_verdicts(slug, line)
    bad = [v for t, v, _ in case_line_verdicts(slug, line, line.replace("617 tỷ", "671 tỷ")) if t == "671 tỷ đồng"]
    assert bad == ["unsupported"]
    # held-out ya-toan-quoc-cuc-hang-hai: «khu vực Bà Rịa-Vũng Tàu tăng 41%» (row C.8)
    slug = "ya-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-2021-h1"
    text = heldout(slug)
    s = text.index("Vũng Tàu tăng 41%")
    line = text[text.rfind("\n", 0, s) + 1:text.index("\n", s)]
    assert ("41%", "supported", "") in case_line_verdicts(slug, line)
    bad = [v for t, v, _ in case_line_verdicts(slug, line, line.replace("tăng 41%", "tăng 47%")) if t == "47%"]
    assert bad == ["unsupported"]


def test_a_units_own_number_stays_a_name(dummy):
    for text, name in (("Sư đoàn 320 tổ chức giáo dục truyền thống cho chiến sĩ mới.", "320"),
                       ("Trung đoàn 812 đã đón 62 chiến sĩ mới.", "812"),
                       ("Bệnh viện Quân y 175 tiếp nhận 30 ca.", "175"),
                       ("Đoàn Kinh tế - Quốc phòng 959 trao 5 con bò.", "959")):
        got = within(text, dummy, text)
        assert (name, "not_a_figure", "name") in got, text
    # «đồng chí» is no currency: «Đoàn 5 đồng chí» is not an amount
    assert not amount_follows("5 đồng chí", 1)
    assert not amount_follows("3 đ/c", 1)
    assert not amount_follows("1 triệu việc làm", 1)
    assert amount_follows("16 triệu kWh)", 2)
