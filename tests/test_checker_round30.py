"""Checker round 30 (sweepchk20, issue 13): the fresh set ``c24-`` (evaluations/sweep/checker-round30.md).

No figures of the period:
- a plan revised or set: the old target, the new one and the cut between them (``giảm kế hoạch doanh thu 8.539 tỷ
  đồng xuống còn 61.000 tỷ đồng``, ``từ 19,92 triệu tấn giảm xuống 17,92 triệu tấn``) — ``recognisers.revisions``;
  what the period did stays (``Lũy kế 9 tháng, doanh thu … đạt gần 41.807 tỷ đồng``, ``So với kế hoạch điều chỉnh
  giảm, VCP thực hiện được 69% …``);
- a unit's name: a dashed one (``Đoàn Kinh tế - Quốc phòng 959``), a force or a cluster (``lực lượng 363``, ``lực
  lượng tự vệ cụm 7``), a nickname and the number (``"cú đấm thép" 363``), a team's number (``tổ công tác 363 số 1``);
- what each unit is made of (``quân số mỗi tổ …, gồm 3 CSGT, 6 cảnh sát cơ động, 3 cảnh sát hình sự``);
- a level the rules allow (``sai số … cho phép … chỉ 0,3% trên 100 lít``, ``ở mức quy định - 2%``) and the base of a
  rate (``cứ 100 lít``);
- a congress's appointments (``chỉ định 19 đồng chí tham gia Ban Chấp hành``);
- a score's scale (``38,5/40``), the whole of a standing set (``14/52 đơn vị trường học``);
- a headline again without its marks (an image's text).
"""

from __future__ import annotations

from service.checker.recognisers.revisions import plan_revised
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, table, within


# ---------------------------------------------------------------- plan revisions

def test_a_revised_plans_old_and_new_targets_are_no_figures_and_the_results_stay(dummy):
    text = page("c24-daiquangminh-gas-dieu-chinh-ke-hoach-2015")
    assert flagged_in(text, dummy, "giảm kế hoạch doanh thu 8.539 tỷ đồng xuống còn 61.000 tỷ đồng. Kế hoạch lợi nhuận "
                                   "cũng giảm tương ứng 3.326 tỷ  xuống 8.200 tỷ đồng") == []
    assert flagged_in(text, dummy, "kế hoạch doanh thu và lợi nhuận được đặt ra lần lượt là 69.538 tỷ đồng và 11.526 tỷ "
                                   "đồng") == []
    assert flagged_in(text, dummy, "Lũy kế 9 tháng, doanh thu của công ty đạt gần 41.807 tỷ đồng") == ["41.807 tỷ đồng"]


def test_the_plan_cut_and_its_gaps_and_the_months_results(dummy):
    text = page("c24-vietnambiz-gvr-dieu-chinh-ke-hoach-2023")
    assert flagged_in(text, dummy, "chỉ tiêu doanh thu giảm từ 27.527 tỷ đồng xuống còn 24.243 tỷ đồng, tương ứng thấp "
                                   "hơn 3.248 tỷ so với kế hoạch hay giảm 12% so với mục tiêu ban đầu") == []
    assert flagged_in(text, dummy, "lợi nhuận trước thuế và sau thuế được điều chỉnh về 3.956 tỷ và 3.363 tỷ đồng, lần "
                                   "lượt giảm 899 tỷ (-19%) và 901 tỷ (-21%) so với kế hoạch") == []
    assert flagged_in(text, dummy, "tập đoàn ghi nhận doanh thu hợp nhất giảm 11% về còn 14.500 tỷ đồng và lợi nhuận sau "
                                   "thuế lao dốc 44% xuống 1.954 tỷ đồng") == ["14.500 tỷ đồng", "44%", "1.954 tỷ đồng"]


def test_a_result_after_the_revised_plan_in_its_sentence_stays(dummy):
    text = page("c24-vietnamdaily-vcp-dieu-chinh-ke-hoach-2020")
    assert flagged_in(text, dummy, "VCP điều chỉnh giảm kế hoạch lãi năm 2020 từ 243 tỷ về còn 103 tỷ đồng") == []
    assert flagged_in(text, dummy, "Lợi nhuận sau thuế theo đó cũng giảm 93% về còn gần 13 tỷ đồng") == ["13 tỷ đồng"]
    got = within(text, dummy, "So với kế hoạch điều chỉnh giảm, VCP thực hiện được 69% chỉ tiêu doanh thu")
    assert got[0][:2] == ("69%", "unverified")
    # the headline again without its marks, as the picture's text
    assert flagged_in(text, dummy, "VCP dieu chinh giam ke hoach lai nam 2020 tu 243 ty ve con 103 ty dong") == []


def test_old_and_new_targets_of_two_companies_and_their_nine_months(dummy):
    text = page("c24-thanhnien-plc-vinatex-giam-chi-tieu-2023")
    assert flagged_in(text, dummy, "hạ mục tiêu doanh thu năm 2023 từ mức 17.500 tỉ đồng theo kế hoạch cũ xuống 16.500 tỉ "
                                   "đồng, giảm 6%") == []
    assert flagged_in(text, dummy, "Vinatex đạt doanh thu thuần gần 12.187 tỉ đồng và lãi trước thuế hơn 288 tỉ "
                                   "đồng") == ["12.187 tỉ đồng", "288 tỉ đồng"]


def test_the_heldout_coal_demand_revised():
    text = heldout("zx-toan-quoc-tap-doan-tkv-san-xuat-kinh-doanh-2017-h1")
    at = text.index("17,92")
    assert plan_revised(text, at, at + 5)
    at = text.index("từ 19,92") + 3
    assert plan_revised(text, at, at + 5)


def test_a_share_of_the_plan_and_a_plan_after_the_result_are_not_revisions():
    text = "Than tiêu thụ đạt 21,96 triệu tấn, bằng 61% KH, tăng 3,8 triệu tấn và bằng 121% so với cùng kỳ năm 2017."
    for x in ("21,96", "61", "3,8"):
        at = text.index(x)
        assert not plan_revised(text, at, at + len(x))
    text = "Trong năm, thị xã đã hoàn thành 100% chỉ tiêu giao quân với 164 thanh niên lên đường nhập ngũ."
    at = text.index("164")
    assert not plan_revised(text, at, at + 3)     # b-huong-tra-qpan-2018: what was done


# ---------------------------------------------------------------- names of forces and units

def test_a_dashed_units_name_and_a_force_by_its_number(dummy):
    text = page("c24-vietnamnet-doan-ktqp-959-tan-hong")
    assert flagged_in(text, dummy, "Cụ thể, Đoàn Kinh tế - Quốc phòng 959 đã triển khai đầu tư và hoàn thành 49 công "
                                   "trình, 2 dự án") == ["49", "2"]
    text = page("c24-thanhnien-to-cong-tac-363-tphcm-2025")
    assert "363" not in flagged_in(text, dummy, "Hơn 6 năm trước lúc mới thành lập, lực lượng 363 ra mắt 7 tổ công tác")
    assert flagged_in(page("c24-baodaklak-tu-ve-buon-ma-thuot-2012"), dummy,
                      "bế mạc huấn luyện cho lực lượng tự vệ cụm 7") == []


def test_a_force_counting_people_is_still_a_count(tmp_path):
    figures = table(tmp_path, ["X-01,Số liệu giả,người,987654321"])
    text = "Huyện đã huy động lực lượng 200 người tham gia giúp dân khắc phục hậu quả bão."
    assert flagged_in(text, figures, "huy động lực lượng 200 người") == ["200"]


def test_a_nickname_and_a_teams_number(dummy):
    text = page("c24-danviet-363-quan-3-ma-tuy-2023")
    assert flagged_in(text, dummy, "thưởng nóng tổ công tác 363 số 1 - Công an quận 3") == []
    assert flagged_in(text, dummy, 'chiều 3/11, "cú đấm thép" 363 đã tuần tra trên địa bàn') == []
    assert flagged_in(text, dummy, "tàng trữ 5 túi nylon chứa khoảng 500 viên nén") == ["5", "500"]


def test_what_each_team_is_made_of(dummy):
    text = page("c24-thanhnien-to-cong-tac-363-tphcm-2025")
    assert flagged_in(text, dummy, "quân số mỗi tổ khi thực hiện nhiệm vụ, gồm 3 CSGT, 6 cảnh sát cơ động, 3 cảnh sát "
                                   "hình sự") == []


# ---------------------------------------------------------------- levels, bases, congresses, scales

def test_a_legal_tolerance_and_the_base_are_no_figures_and_the_measured_deviation_stays(dummy):
    text = page("c24-baobinhduong-cay-xang-sai-so-2015")
    assert flagged_in(text, dummy, "sai số kỹ thuật đo lường cho phép đối với các trụ bơm xăng chỉ 0,3% trên 100 "
                                   "lít") == []
    assert flagged_in(text, dummy, "Như vậy, cứ 100 lít các trụ bơm đong thiếu từ gần 5 lít đến trên 6 lít") \
        == ["5 lít", "6 lít"]
    assert flagged_in(text, dummy, "tại trụ bơm xăng A95 qua đo lường có sai số non trung bình 4,85%") == ["4,85%"]


def test_the_heldout_level_of_the_regulation(dummy):
    text = heldout("zx-quang-ninh-cong-ty-than-cao-son-san-xuat-kinh-doanh-2018-h1")
    assert flagged_in(text, dummy, "tỷ lệ chênh lệch đất đá nội bộ Công ty ở mức quy định - 2%") == []


def test_a_congresss_appointed_committee(dummy):
    text = page("c24-tienphong-doan-xa-truong-son-dai-hoi-2025")
    assert flagged_in(text, dummy, "chỉ định 19 đồng chí tham gia Ban Chấp hành Đoàn TNCS Hồ Chí Minh xã Trường Sơn khóa "
                                   "I, nhiệm kỳ 2025 – 2030; chỉ định 5 đồng chí Ban Thường vụ và 5 đồng chí Ủy ban Kiểm "
                                   "tra Đoàn xã") == []


def test_a_scores_scale_and_a_standing_set_of_schools(dummy):
    text = page("c24-quangngai-edu-tot-nghiep-thpt-2014")
    assert flagged_in(text, dummy, "02 thí sinh đậu thủ khoa với số điểm 38,5/40") == ["02", "38,5"]
    assert flagged_in(text, dummy, "có 14/52 đơn vị trường học đỗ tốt nghiệp tỷ lệ 100%") == ["14", "100%"]


def test_a_revised_plan_is_no_wrong_value_of_the_results_rows(tmp_path):
    """The hand table keeps the nine months' results only: the plan's old and new levels, tied by their words to the
    revenue and profit rows, are no wrong values of them; the results are supported."""
    figures = table(tmp_path, ["KQ-01,Doanh thu lũy kế 9 tháng,tỷ đồng,41.807",
                               "KQ-02,Lợi nhuận sau thuế lũy kế 9 tháng,tỷ đồng,7.602"])
    text = page("c24-daiquangminh-gas-dieu-chinh-ke-hoach-2015")
    assert flagged_in(text, figures, "Theo đó, Tổng công ty khí quyết định giảm kế hoạch doanh thu 8.539 tỷ đồng xuống "
                                     "còn 61.000 tỷ đồng") == []
    got = within(text, figures, "doanh thu của công ty đạt gần 41.807 tỷ đồng")
    assert got[0][:2] == ("41.807 tỷ đồng", "supported")


def test_a_year_cut_off_at_the_texts_end(dummy):
    text = page("c24-vietnamnet-doan-ktqp-959-tan-hong")
    assert flagged_in(text, dummy, "Năm 20") == []
    assert flagged_in("Năm 2023, toàn tỉnh có 20 xã đạt chuẩn. Năm 20", dummy, "có 20 xã") == ["20"]
