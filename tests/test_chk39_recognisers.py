"""Checker round 39 (chk39, issue 13): the fresh set ``c32-`` and the held-out folder's flags left at stop 43's end
(evaluations/sweep/checker-round39.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- an amount after a number makes it a value, not the number of a unit's name (``Quỹ tín dụng Trường Sơn 160 triệu
  đồng``, ``Đoàn Thanh niên 617 tỷ đồng``) — ``amountafter.amount_follows``, read in ``names.UnitName``;
- a span of two dotted day.months (``từ ngày 8.9- 24.9``, ``(27.7 - 19.8)``): both ends dates — ``dates.DOTTED_SPAN``;
- a hotline's branches and keys (``Nhánh 0 (…)``, ``(phím 0)``) and its number after ``Cổng thông tin`` —
  ``hotlines.HOTLINE_BRANCH``, ``hotlines.REPEATED_HOTLINE``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, flagged_in, heldout, page, within

from service.checker.recognisers.amountafter import amount_follows
from service.checker.recognisers.hotlines import HOTLINE_BRANCH


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


# ---------------------------------------------------------------- a span of two dotted day.months

def test_both_ends_of_a_dotted_span_are_dates(dummy):
    # c32-tinhdoanqnam: «cuộc thi diễn ra từ ngày 8.9- 24.9 với 3 chặng» (the end was flagged for its notation)
    text = page("c32-tinhdoanqnam-thang-binh-dau-truong-mat-thu-2021")
    assert within(text, dummy, "từ ngày 8.9- 24.9") == [("8.9", "not_a_figure", "date"), ("24.9", "not_a_figure", "date")]
    # t20-thanhnien-sxh: «Tuần từ ngày 31.8 - 6.9, TP ghi nhận 228 ca mắc» — the count after stays a figure
    text = page("t20-thanhnien-sxh-9t-2020")
    assert flagged_in(text, dummy, "Tuần từ ngày 31.8 - 6.9, TP ghi nhận 228") == ["228"]
    # p26-thanhnien-hanhtrinh: «chặng 2 "Tự hào bản hùng ca dân tộc" (27.7 - 19.8)» (both ends were flagged)
    text = page("p26-thanhnien-hanhtrinh-toquoc-2025-none")
    assert within(text, dummy, "(27.7 - 19.8)") == [("27.7", "not_a_figure", "date"), ("19.8", "not_a_figure", "date")]


def test_a_dotted_range_of_values_is_no_span_of_dates(dummy):
    # not after «từ ngày», not in brackets alone, or followed by an amount: values (flagged for their notation)
    assert flagged_in("Năng suất tăng từ 5.5 - 6.2 tấn/ha.", dummy, "6.2") == ["6.2 tấn/ha"]
    assert flagged_in("Giá bán (1.5 - 2.3 triệu đồng) mỗi con.", dummy, "(1.5 - 2.3 triệu đồng)") == [
        "1.5", "2.3 triệu đồng"]
    # a day that is no day (32.9) or a month that is no month (8.13) is no date
    assert "24.13" in flagged_in("Cuộc thi diễn ra từ ngày 8.9- 24.13 tại xã.", dummy, "24.13")


# ---------------------------------------------------------------- a hotline's branches and its portal

#: tintuc.vdong.vn/08/961404.htm (the public pages corpus), the same hotline told by another publisher
VDONG = ("Ông Lê Quốc Cường, Phó giám đốc Sở TT-TT TP.HCM cho biết hiện Cổng thông tin 1022 (Tổng đài 1022) đang tiếp "
         "nhận các loại thông tin qua 5 kênh: phản ánh về các vi phạm quy định phòng, chống dịch Covid-19 (phím 0); gửi "
         "ý kiến đến Thường trực HĐND TP.HCM (phím 1); kênh tiếp nhận và xử lý thông tin hỗ trợ người dân gặp khó khăn "
         "(phím 2); tư vấn chăm sóc sức khỏe (phím 3) và kết nối với mạng lưới tình nguyện viên tiếp nhận thông tin hỗ "
         "trợ về chăm sóc sức khỏe và an sinh xã hội (phím 4).\n\n"
         "Nhánh 1 đã tiếp nhận 335 ý kiến, kiến nghị, phản ánh và chuyển đến Thường trực HĐND TP.HCM trong khoảng thời "
         "gian từ ngày 16.7 đến 25.8.\n\n"
         "Đáng chú ý, từ ngày 22.7 đến 25.8, Tổng đài 1022 - nhánh 2 đã tiếp nhận và chuyển xử lý hơn 179.000 yêu cầu hỗ "
         "trợ từ người dân gặp khó khăn do dịch bệnh Covid-19")


def test_a_hotlines_branches_are_no_counts(dummy):
    # c32-plo: «Nhánh 0 (phản ánh …)» … «Nhánh 4 (kết nối …)», «Cổng thông tin 1022 đã tiếp nhận và chuyển hơn 47.000 tin»
    text = page("c32-plo-tong-dai-1022-covid-2021")
    for branch in ("Nhánh 0 (", "Nhánh 1 (", "Nhánh 2 (", "Nhánh 3 (", "Nhánh 4 ("):
        assert within(text, dummy, branch) == [(branch[6], "not_a_figure", "contact")], branch
    assert flagged_in(text, dummy, "Cổng thông tin 1022 đã tiếp nhận và chuyển hơn 47.000 tin") == ["47.000"]
    # tintuc.vdong: the keys «(phím 0)» … and the branches «Nhánh 1 đã tiếp nhận 335 ý kiến», «Tổng đài 1022 - nhánh 2»
    assert flagged_in(VDONG, dummy, VDONG) == ["5", "335", "179.000"]


def test_a_branch_needs_a_hotline_and_one_digit(dummy):
    # no hotline named on the page: a river's branches are counted, and «nhánh 2» is no key of a menu
    text = "Con sông chia làm 3 nhánh, nhánh 2 chảy qua 4 xã."
    assert list(HOTLINE_BRANCH.find(text, 0, len(text))) == []
    assert flagged_in(text, dummy, text)[0] == "3"
    # the hotline named, but two digits after «nhánh» are no key of its menu
    text = "Tổng đài 1022 có nhánh 12 người trực."
    assert flagged_in(text, dummy, "nhánh 12") == ["12"]
