"""Checker round 40 (chk40, issue 13): the fresh set ``c33-`` and the held-out folder's flags left at stop 44's end
(evaluations/sweep/checker-round40.md). Each rule quotes two sources at least and keeps checked what it does not claim.

- a change written as a range, its verb before the lower end (``có thể tăng thêm 0,2-0,3%``, ``thấp hơn 1,6-2,4 điểm
  phần trăm``): one change, both ends read with the verb — ``extract._change_range``;
- a growth scenario's numbers (``Kịch bản 2, tăng trưởng cả năm đạt 7%. Theo đó …``), its label and the count of
  scenarios, the rate a scenario is named by — ``scenarios.SCENARIO``, ``SCENARIO_NUMBER``, ``SCENARIO_VALUE``;
- an age band whose upper end carries a bound (``từ 70 đến ngoài 85 tuổi``, ``từ 5 đến dưới 12 tuổi``): both ends
  ages — ``dates.AGE``.
"""

from __future__ import annotations

from service.checker import check_text
from tests.sweep_tables import FULL, table
from tests.sweep_tables import flagged_in, heldout, page, within


# ---------------------------------------------------------------- a change written as a range

def test_a_change_range_is_one_change(dummy):
    # c33-plo: the scenarios' distance from the target; the upper end was read alone, a bare count, and flagged
    # (a scenario's too: no figure, ``scenarios.SCENARIO``; read as one number all the same)
    text = page("c33-plo-kich-ban-tang-truong-2020")
    assert [t for t, v, _ in within(text, dummy, "thấp hơn 1,6-2,4 điểm phần trăm") if v != "unsupported"] == ["1,6-2,4"]
    assert [t for t, v, _ in within(text, dummy, "thấp hơn 2,4-3,2 điểm phần trăm") if v != "unsupported"] == ["2,4-3,2"]
    text = "Dự kiến năm nay doanh thu du lịch tăng khoảng 4,4-5,2% so với năm trước (thấp hơn 1,6-2,4 điểm phần trăm)."
    assert within(text, dummy, "tăng khoảng 4,4-5,2%") == [("4,4-5,2%", "unverified", "percent")]
    assert within(text, dummy, "thấp hơn 1,6-2,4 điểm phần trăm") == [("1,6-2,4", "unverified", "change")]
    # held-out yq-van-phong-chinh-phu: «có thể tăng thêm 0,2-0,3%» (the lower end a change, the upper a bare percent)
    text = heldout("yq-toan-quoc-van-phong-chinh-phu-tang-truong-dia-phuong-2025-h1")
    assert [t for t, _, _ in within(text, dummy, "có thể tăng thêm 0,2-0,3%")] == ["0,2-0,3%"]
    # t24-cafef-hattieu: a price's rise, the verb right before the range
    text = page("t24-cafef-hattieu-15ngay-2018-09")
    assert within(text, dummy, "giá hạt tiêu đen tăng 1,0 - 4,2%") == [("1,0 - 4,2%", "unverified", "percent")]


def test_a_change_range_is_checked_against_the_table(tmp_path):
    # the price kept with last year's: a rise of 4,2%, inside «1,0 - 4,2%»; a wrong range is flagged
    t = table(tmp_path, ["1,Giá hạt tiêu đen,đồng/kg,52100,50000,"], header=FULL)
    for right in ("Giá hạt tiêu đen tăng 1,0 - 4,2% so với cùng kỳ năm trước.",
                  "Giá hạt tiêu đen tăng thêm 1,0-4,2% so với cùng kỳ năm trước."):
        assert [(c.text, c.verdict) for c in check_text(right, t).numbers][0][1] == "derived", right
    for wrong in ("Giá hạt tiêu đen tăng 5,0 - 6,2% so với cùng kỳ năm trước.",
                  "Giá hạt tiêu đen tăng thêm 5,0-6,2% so với cùng kỳ năm trước."):
        assert [c.verdict for c in check_text(wrong, t).numbers] == ["unsupported"], wrong


def test_what_is_no_change_range_stays_apart(dummy):
    # two changes of two nouns, from → to, a year after the dash: not one range
    for text, parts in (("Tai nạn giảm 5 vụ - 10 người bị thương.", ["5", "10"]),
                        ("Doanh thu tăng từ 15 đến 20 tỷ đồng.", None),
                        ("Số vụ tăng 3 vụ - 2021 là năm khó khăn.", ["3", "2021"])):
        got = [t for t, _, _ in within(text, dummy, text)]
        if parts is not None:
            assert got == parts, text
        else:
            assert "15 đến 20 tỷ đồng" not in got, text
    assert flagged_in("Số hộ nghèo giảm 4-5%/năm.", dummy, "giảm 4-5%/năm") == []


# ---------------------------------------------------------------- a growth scenario's numbers

def test_a_scenarios_numbers_are_no_figures(dummy):
    # c33-baodautu: the scenario's year, its quarters and their distance from the resolution's scenario
    text = page("c33-baodautu-2-kich-ban-tang-truong-2024")
    for fragment in ("Cụ thể, với kịch bản 1, tăng trưởng cả năm đạt 6,5% (cận trên mục tiêu Quốc hội quyết nghị). Để đạt"
                     " được con số này, tăng trưởng quý III chỉ cần đạt 6,5%, và quý IV là 6,6%",
                     "Kịch bản 2, tăng trưởng cả năm đạt 7%. Theo đó thì tăng trưởng quý III phải đạt 7,4%, quý IV phải đại "
                     "7,6%, cao hơn kịch bản tại Nghị quyết số 01/NQ-CP 0,7 điểm phần trăm và 0,6 điểm phần trăm",
                     "Bộ Kế hoạch và Đầu tư đã cập nhật 2 kịch bản tăng trưởng năm 2024",
                     "kiến nghị lựa chọn kịch bản tăng trưởng cả năm 6,5-7%"):
        assert flagged_in(text, dummy, fragment) == [], fragment
    # c33-vnexpress: «Như vậy» goes on from the scenario, «tương ứng» before the next sentence's first number
    text = page("c33-vnexpress-kich-ban-tang-truong-2025")
    for fragment in ("Kịch bản 1, GDP 2025 tăng 8%. Như vậy, tăng trưởng kinh tế quý III cần đạt 8,3% so với cùng kỳ, quý IV"
                     " cần ở mức 8,5%, cao hơn dự kiến trước đó 0,1 điểm phần trăm.",
                     "Kịch bản 2, GDP năm nay tăng 8,3-8,5%. Bộ Tài chính ước tính tương ứng tăng trưởng quý III đạt 8,9-9,2%",
                     "Hiện Bộ Tài chính xây dựng 2 kịch bản cho cả năm nay"):
        assert flagged_in(text, dummy, fragment) == [], fragment
    # c33-vinanet and c33-plo: «Đối với kịch bản thứ 2», «Kịch bản 2, Việt Nam đã cơ bản khống chế …»
    text = page("c33-vinanet-2-kich-ban-tang-truong-2018")
    assert flagged_in(text, dummy, "Đối với kịch bản thứ 2, mức tăng trưởng GDP năm 2018 dự kiến là 6,8%") == []
    assert flagged_in(text, dummy, "Hai kịch bản tăng trưởng cao hơn (6,8%)") == []
    text = page("c33-plo-kich-ban-tang-truong-2020")
    assert flagged_in(text, dummy, "Kịch bản 2, Việt Nam đã cơ bản khống chế") == []


def test_the_periods_result_beside_a_scenario_stays_a_figure(dummy):
    # the half-year's growth said before the scenarios, and a sentence that does not go on from a scenario
    text = page("c33-vnexpress-kich-ban-tang-truong-2025")
    assert within(text, dummy, "6 tháng đầu năm, GDP tăng 7,52%") == [("6", "not_a_figure", "period"),
                                                                    ("7,52%", "unverified", "percent")]
    text = page("c33-baodautu-2-kich-ban-tang-truong-2024")
    assert [k for _, _, k in within(text, dummy, "ước đạt 6,93% và 6,42%")] == ["percent", "percent"]
    text = "Kịch bản 1, GDP cả năm tăng 8%. Kết quả 6 tháng, tổng số doanh nghiệp thành lập mới là 1.250 doanh nghiệp."
    assert flagged_in(text, dummy, "1.250 doanh nghiệp") == ["1.250"]
    # a scenario compared with, and a scenario of a year by its number: no scenario's values
    text = "Số dự án đạt 35 dự án, cao hơn kịch bản 2 là 12 dự án."
    assert flagged_in(text, dummy, text) == ["35", "12"]
    text = "Theo kịch bản 2025, toàn tỉnh trồng mới 320 ha rừng."
    assert flagged_in(text, dummy, text) == ["320 ha"]


# ---------------------------------------------------------------- an age band with a bound on its upper end

def test_an_age_band_with_a_bound_is_ages(dummy):
    # c33-thanhnien: «ngoài» (beyond) before the upper end; the lower end was read as a count of elders and flagged
    text = page("c33-thanhnien-mung-tho-803-cu-tan-thuan-2025")
    frag = "năm 2025 cho 803 cụ ông, cụ bà từ 70 đến ngoài 85 tuổi trên địa bàn"
    assert flagged_in(text, dummy, frag) == ["803"]
    assert ("70 đến ngoài 85", "not_a_figure", "age") in within(text, dummy, frag)
    # c28-backan, p27b-thvl: «đến dưới 12 tuổi» (the lower end was a bound, now the band's own age)
    text = page("c28-backan-toan-tinh-tro-ve-vung-xanh-2022")
    assert ("5 đến dưới 12", "not_a_figure", "age") in within(text, dummy, "Người từ 5 đến dưới 12 tuổi")
    text = page("p27b-thvl-vaccine-tre-none")
    assert flagged_in(text, dummy, "gần 138.000 mũi cho trẻ từ 5 đến dưới 12 tuổi") == ["138.000"]
    # the count before an age stays a figure: «45 người đến trên 60 tuổi» is no band
    text = "Có 45 người đến trên 60 tuổi tham gia hội thi."
    assert flagged_in(text, dummy, text) == ["45"]
