"""Issue 14, round 31: how many categories rose or fell is the spread of the period's changes, not a figure of it
(``spread.categories_moved``, ``categories_chosen_from``): the held-out tables keep each group's change, never the
number of groups.  Quotes as printed (slug in each comment); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has


def test_groups_of_services_that_rose(tmp_path):
    # yf-nam-dinh-buu-dien-tinh-doanh-thu-2019: a row "2 nhóm dịch vụ" (the hand keeps the two services)
    tpl = template(tmp_path, "Báo cáo kết quả kinh doanh năm 2019",
                   "Doanh thu đạt 145 tỷ đồng, tăng 26% so với năm 2018. Trong đó 2 nhóm dịch vụ tăng mạnh là: Dịch vụ "
                   "bưu chính chuyển phát đạt 115,770 tỷ đồng, tăng 54%; dịch vụ tài chính bưu chính đạt 67,698 tỷ "
                   "đồng, tăng 17%.")
    assert not has(tpl, 2) and has(tpl, 115770000000) and has(tpl, 67698000000)


def test_a_pair_of_groups_with_cpi_up(tmp_path):
    # zu-binh-dinh-cuc-thong-ke-cpi-2023-q1: a row "9 nhóm hàng" from "Có 9/11 nhóm hàng hóa …"
    tpl = template(tmp_path, "Báo cáo chỉ số giá tiêu dùng quý I năm 2023",
                   "Có 9/11 nhóm hàng hóa và dịch cụ tiêu dùng có CPI tăng, trong đó nhóm giáo dục tăng cao nhất với "
                   "9,21%.")
    assert not has(tpl, 9) and has(tpl, 9.21)


def test_sector_indexes_that_gained_points(tmp_path):
    # t24-tbtco-hnx-2021-q3: a row "2 chỉ số" (Số chỉ số ngành tháng, trên HNX)
    tpl = template(tmp_path, "Báo cáo thị trường cổ phiếu niêm yết tháng 9 năm 2021",
                   "Tháng 9, trên HNX có 2 chỉ số ngành tăng điểm, trong đó ngành xây dựng có mức tăng nhiều nhất 34,98 "
                   "điểm, tương ứng 13,12%, đạt 301,55 điểm.")
    assert not has(tpl, 2) and has(tpl, 301.55)


def test_the_set_a_sentence_chooses_from(tmp_path):
    # t9-tk-cpi-kontum-t11-2023: "Trong 11 nhóm …, có 06 nhóm tăng … Có 04 nhóm giảm" had made rows 6 and 4 (marked
    # ~ in round 16); the sentence of yi-toan-quoc-tong-cuc-thong-ke-chi-so-gia-tieu-dung-2012-10 (in its own
    # paragraph there, where the 11 is read as a row of its own before any recogniser: left)
    tpl = template(tmp_path, "Báo cáo chỉ số giá tiêu dùng tháng 11 năm 2023",
                   "Trong 11 nhóm hàng hóa và dịch vụ chính, có 06 nhóm tăng gồm: Nhóm hàng ăn và dịch vụ ăn uống tăng "
                   "0,02%; Có 04 nhóm giảm gồm: Nhóm nhà ở giảm 0,22%.",
                   "Trong 11 nhóm hàng hóa, chỉ có bưu chính viễn thông có chỉ số giá giảm 0,02%.")
    assert not has(tpl, 11) and not has(tpl, 6) and not has(tpl, 4)


def test_counter_groups_of_people_founded_stay_a_figure(tmp_path):
    # counter-case: "nhóm hộ" counts households' groups founded — a figure, its change after it
    tpl = template(tmp_path, "Báo cáo công tác hội năm 2020", "Toàn huyện thành lập 15 nhóm hộ tăng 3 nhóm so với năm trước.")
    assert has(tpl, 15)


def test_counter_groups_whose_change_passes_an_amount_are_a_class_counted(tmp_path):
    # counter-case (test_onboarding_round4's export news): "có 5 nhóm hàng có kim ngạch tăng trên 1 tỷ USD" — the
    # amount after the verb bounds a class; its count stays a row
    tpl = template(tmp_path, "Báo cáo xuất khẩu năm 2018",
                   "Đóng góp cho kim ngạch xuất khẩu cả nước, có 5 nhóm hàng có kim ngạch tăng trên 1 tỷ USD.")
    assert has(tpl, 5) and not has(tpl, 1000000000)
