"""Checker round 41 (chk41, issue 13): the fresh set ``c34-`` and the held-out folder's flags at stop 45's end
(evaluations/sweep/checker-round41.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- a wind's force on the Beaufort scale (``gió mạnh cấp 8, giật cấp 10``, ``mạnh cấp 8-9``): a grade, no count —
  ``weather.WIND_FORCE``;
- a grid's voltage class (``Trạm 220kV Hà Đông``, ``lưới 500kV``, ``máy biến áp 220, 110 kV``): part of a name —
  ``voltage.VOLTAGE``.
- the values of the bodies compared with, listed in a bracket after ``so với các nước trong khu vực (``: bases —
  ``others._listed_compared``; a bound written by its sign (``(≤ 0,09%)``): a norm — ``signs.BOUND_SIGN``;
- a plan's value in a bracket its noun opens (``(kế hoạch 1.560.000 tấn)``): a base — ``bases.plan_opens_bracket``;
- a day past its month with no date word before (``tiết lập xuân 04/02``, ``tính đén 31/12``): a date —
  ``daypast.DAY_PAST_MONTH``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, table, within


# ---------------------------------------------------------------- a wind's force

def test_a_wind_force_is_a_grade(dummy):
    # c34-thuonghieucongluan: a storm's forecast strength, each grade was flagged as a bare count
    text = page("c34-thuonghieucongluan-thien-tai-2018")
    assert flagged_in(text, dummy, "sức gió vùng gần tâm bão mạnh cấp 8, giật cấp 10.") == []
    assert flagged_in(text, dummy, "sức gió vùng gần tâm bão mạnh cấp 8-9, giật cấp 11.") == []
    assert [t for t, v, _ in within(text, dummy, "mạnh cấp 8-9, giật cấp 11") if v == "not_a_figure"] == ["8-9", "11"]
    # p18-tuoitre: the winds measured at the stations, ranges and single grades
    text = page("p18-tuoitre-bao9-56000nha-2020-10")
    assert flagged_in(text, dummy, "đã có gió mạnh cấp 11-12, giật cấp 13-14") == []
    assert flagged_in(text, dummy, "có gió mạnh cấp 8, giật cấp 11") == []
    # p18-giadinhonline: a depression's strength (``mạnh cấp`` in a sentence about it)
    text = page("p18-giadinhonline-bao9-2020-10")
    assert flagged_in(text, dummy, "mạnh cấp 6-7") == []
    assert flagged_in(text, dummy, "giật cấp 9") == []


def test_what_is_granted_stays_a_count(dummy):
    # the figures beside the grades stay: the storm's dead and houses (c34-thuonghieucongluan), the verb ``cấp`` (to
    # grant) with no wind word (c34-baogialai's projects, rewritten with the verb), a grade off the scale
    text = page("c34-thuonghieucongluan-thien-tai-2018")
    assert flagged_in(text, dummy, "đã có 17 người chết và mất tích") == ["17"]
    assert flagged_in(text, dummy, "khiến 34 người khác bị thương, 198 nhà bị đổ sập") == ["34", "198"]
    assert flagged_in("Sở đã cấp 1.227 dự án mới trong 5 tháng.", dummy, "cấp 1.227 dự án") == ["1.227"]
    assert flagged_in("Năm nay tỉnh đẩy mạnh cấp 12 giấy chứng nhận quyền sử dụng đất cho hộ nghèo.", dummy,
                      "cấp 12 giấy") == ["12"]
    assert flagged_in("Bão mạnh, Sở đã cấp 25 tấn gạo cứu trợ.", dummy, "cấp 25 tấn") == ["25 tấn"]


# ---------------------------------------------------------------- a grid's voltage class

def test_a_voltage_class_is_a_name(dummy):
    # c34-vov: a substation and transformers named by their voltage, flagged as bare counts
    text = page("c34-vov-mua-lu-mien-trung-ha-noi")
    assert flagged_in(text, dummy, "Trạm 220kV Hà Đông") == []
    assert flagged_in(text, dummy, "các máy biến áp 220, 110 kV") == []
    # t12-cand: the 500kV grid; p19-congnghieptieudung: ``cấp điện áp 110 kV``
    assert flagged_in(page("t12-cand-dienthuongpham-t4-2015"), dummy, "trên lưới 500kV") == []
    assert flagged_in(page("p19-congnghieptieudung-evnnpc-1969-2014"), dummy, "cấp điện áp 110 kV") == []


def test_what_a_line_measures_stays_a_figure(dummy):
    # c34-vov: the storm's dead beside; a line's length and a station's count before their voltage stay figures
    text = page("c34-vov-mua-lu-mien-trung-ha-noi")
    assert flagged_in(text, dummy, "đã làm 12 người chết và mất tích") == ["12"]
    text = "Năm 2024, công ty đã xây dựng mới 25,3 km đường dây 110 kV và 3 trạm biến áp 110kV."
    assert flagged_in(text, dummy, text) == ["25,3 km", "3"]


# ---------------------------------------------------------------- the bodies compared with, listed in a bracket

def test_the_bodies_compared_with_are_bases(dummy):
    # t20-thanhnien-sxh: the region's countries listed after «so với các nước trong khu vực (»
    text = page("t20-thanhnien-sxh-9t-2020")
    assert flagged_in(text, dummy, "(Philippines 0,36%, Malaysia 0,16%, Lào 0,22%)") == []
    # c34-baobariavungtau: the same comparison, a name of two words and a value without its sign
    text = page("c34-baobariavungtau-sot-xuat-huyet-8-thang-2023")
    assert flagged_in(text, dummy, "(Timor Leste 1,2%, Indonesia 0,89%, Philippines 0,51%, Campuchia 0,2%, Lào "
                                   "0,18%, Malaysia 0,06)") == []


def test_the_own_rate_before_the_comparison_stays_a_figure(dummy):
    # the country's own rate before the comparison stays flagged against a table without it (both pages); a bracket
    # of parts after a comparison with no bodies in the plural stays checked
    assert flagged_in(page("t20-thanhnien-sxh-9t-2020"), dummy, "9 tháng đầu năm là 0,01%") == ["0,01%"]
    text = page("c34-baobariavungtau-sot-xuat-huyet-8-thang-2023")
    assert flagged_in(text, dummy, "trong 8 tháng năm 2023 là 0,02%") == ["0,02%"]
    text = "Tỷ lệ hộ nghèo còn 3,1%, thấp hơn so với năm trước (Thành thị 1,2%, Nông thôn 4,5%)."
    assert flagged_in(text, dummy, "(Thành thị 1,2%, Nông thôn 4,5%)") == ["1,2%", "4,5%"]


# ---------------------------------------------------------------- a bound written by its sign

def test_a_bound_by_its_sign_is_a_norm(dummy):
    # t20-thanhnien-sxh: «thấp hơn chỉ tiêu Thủ tướng Chính phủ giao (≤ 0,09%)»; c34-baobariavungtau: «(≤0,09%)»
    assert flagged_in(page("t20-thanhnien-sxh-9t-2020"), dummy, "(≤ 0,09%)") == []
    assert flagged_in(page("c34-baobariavungtau-sot-xuat-huyet-8-thang-2023"), dummy, "(≤0,09%)") == []


def test_a_figure_beside_a_sign_stays(dummy):
    # the figure before the bracketed bound stays a figure; ``<``/``>`` are no bound signs here
    text = "Tỷ lệ tử vong do sốt xuất huyết là 0,05% (≤ 0,09%); số ca mắc > 1.200 ca."
    assert flagged_in(text, dummy, text) == ["0,05%", "1.200"]


# ---------------------------------------------------------------- a plan's value in a bracket its noun opens

#: baovinhlong, May 2022 (quoted as the page gives it)
VINHLONG = ("Dịch bệnh COVID-19 thời gian qua khiến XKLĐ gặp khó khăn, cụ thể trong năm 2021 đã tạo thêm việc làm mới "
            "cho 23.436 lao động, trong đó gồm XKLĐ 546 người (chỉ tiêu tương ứng 20.000/1.700 người).")

def test_a_plan_in_a_bracket_it_opens_is_a_base(dummy, tmp_path):
    # p16-vinanet: the season's results beside their plans, each bracket opened by «kế hoạch»
    text = page("p16-vinanet-duong-nienvu-2015-2016")
    assert flagged_in(text, dummy, "(kế hoạch 15.761.000 triệu tấn)") == []
    assert flagged_in(text, dummy, "(kế hoạch 1.560.000 tấn)") == []
    # baovinhlong (https://baovinhlong.com.vn/xa-hoi/202206/day-manh-cong-tac-xuat-khau-lao-dong-3119753, the sweep's
    # t28- page of tpl38) and p24-baothainguyen count people: against a table whose one row counts no people (the
    # dummy's «người» row would make them a wrong value of it, and a wrong value is no base)
    other = table(tmp_path, ["1,Diện tích giả,ha,987654321"])
    assert flagged_in(VINHLONG, other, "(chỉ tiêu tương ứng 20.000/1.700 người)") == []
    assert flagged_in(page("p24-baothainguyen-vieclam-2019"), other, "(kế hoạch là 15 nghìn người)") == []


def test_the_result_before_the_plan_stays_a_figure(dummy, tmp_path):
    # the results before the brackets stay checked (2021's on this page of May 2022: no business of this rule); a plan
    # said with its verb inside the bracket is not this notation
    other = table(tmp_path, ["1,Diện tích giả,ha,987654321"])
    assert flagged_in(VINHLONG, other, "đã tạo thêm việc làm mới cho 23.436 lao động, trong đó gồm XKLĐ 546 người") == \
        ["23.436", "546"]
    text = "Năm 2021 (kế hoạch mở 8 lớp) đã mở 9 lớp dạy nghề."
    assert flagged_in(text, dummy, text) == ["8", "9"]


# ---------------------------------------------------------------- a day past its month, no date word before

def test_a_day_past_its_month_is_a_date(dummy):
    # held-out zm-lao-cai: a solar term's date (no «ngày» before); zy-binh-phuoc: the cue misspelt («tính đén 31/12»)
    text = heldout("zm-lao-cai-phong-chong-ret-vu-dong-xuan-2023-2024")
    assert within(text, dummy, "tiết lập xuân 04/02 và") == [("04/02", "not_a_figure", "date")]
    text = heldout("zy-binh-phuoc-cong-ty-cao-su-phu-rieng-san-xuat-kinh-doanh-2017")
    assert within(text, dummy, "tính đén 31/12, Công ty") == [("31/12", "not_a_figure", "date")]


def test_a_fraction_stays_a_fraction(dummy):
    # the figure after zy-binh-phuoc's date stays; a part within its whole (zx-nam-dinh's «11/11 chỉ tiêu») and a part
    # past its whole before what it counts stay fractions (the latter the source's error, flagged)
    text = heldout("zy-binh-phuoc-cong-ty-cao-su-phu-rieng-san-xuat-kinh-doanh-2017")
    assert flagged_in(text, dummy, "Công ty thực hiện 25.700 tấn") == ["25.700 tấn"]
    text = heldout("zx-nam-dinh-hai-hau-hoi-lhpn-huyen-nhiem-ky-2016-2021")
    assert [k for _, _, k in within(text, dummy, "vượt 11/11 chỉ tiêu")] == ["ratio", "ratio"]
    assert flagged_in("Xã đạt 15/12 tiêu chí nông thôn mới.", dummy, "15/12 tiêu chí") == ["15", "12"]
    # the held-out s-ba-be-dqtv and yg-ben-tre with a planted digit: «đã có 12/10 đơn vị», «Giải quyết 8/2 đơn tố cáo»
    # (a counted noun in lower case, «đ» no capital) stay fractions, the part past its whole caught
    assert [k for _, _, k in within("Đến nay đã có 12/10 đơn vị dân quân tự vệ.", dummy, "12/10")] == ["ratio", "ratio"]
    assert [k for _, _, k in within("Giải quyết 8/2 đơn tố cáo.", dummy, "8/2")] == ["ratio", "ratio"]
