"""Checker round 33 (chk33, issue 13): the fresh set ``c27-`` (evaluations/sweep/checker-round33.md) — elections,
trains and buses, a hydrological bulletin, vaccination drives, Tết — and the held-out folder's flags at stop 38's end.
No figures of the period:

- a clock hour, then the day and month (``lúc 7h/20/7``, the header ``19h-19/7 | 7h-20/7``) — ``stamps.CLOCK_DAY``;
- a level forecast (``có khả năng ở mức 3,20 m``) — ``forecasts.LIKELY_LEVEL``;
- school grades by number (``lớp 1,2``, ``khối 10 - 12``) — ``schoolgrades.GRADE_LIST``;
- a poll box's and a visitor counter's numbers (``211 người đã bình chọn``, ``Hits count: 33,855,928``) — the
  counter labels of ``vocab.FURNITURE_LABELS``;
- a journey's length (``hành trình dài 1.700 km``, ``Vượt quãng đường hơn 1.000km``) — ``routes.JOURNEY_LENGTH``;
- the last days of the lunar year named by Tết (``(28 Tết)``, ``từ ngày 29 Tết``) — ``dates.DAY_BEFORE_TET``.
Each with the figures beside it that stay flagged against a table that holds none of them.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within


# ---------------------------------------------------------------- a bulletin's moments and forecasts

def test_a_clock_hour_then_the_day_and_month(dummy):
    text = page("c27-evn-thuy-van-han-ngan-bac-bo-4342")
    assert flagged_in(text, dummy, "lúc 7h/20/7 tại Hà Nội là") == []
    assert flagged_in(text, dummy, "(lúc 18h/19/7)") == []
    # the observed level after the stamp is the bulletin's figure and stays
    assert flagged_in(text, dummy, "lúc 7h/20/7 tại Phả Lại là 1,51 m") == ["1,51 m"]
    # the forecast table's header row: every hour and every date
    assert flagged_in(text, dummy, "19h-19/7\n|\n7h-20/7\n|\n19h-20/7\n|\n7h-21/7\n|\n19h-21/7\n|\n7h-22/7") == []


def test_a_clock_hour_then_the_day_and_month_in_another_bulletin(dummy):
    # the bulletin of 4 July (evn.com.vn Ban-tin-du-bao-thuy-van-han-ngan-he-thong-song-Bac-Bo-102-104-4151)
    text = ("- Sông Thái Bình: Mực nước hạ lưu hệ thống sông Thái Bình đang biến đổi chậm và chịu ảnh hưởng của thủy "
            "triều, lúc 7h/04/7 tại Phả Lại là 1,62 m.\nSông\n|\nTrạm\n|\nH, Q thực đo\n|\n19h-3/7\n|\n7h-4/7\n|\n")
    assert flagged_in(text, dummy, "lúc 7h/04/7 tại Phả Lại") == []
    assert flagged_in(text, dummy, "là 1,62 m") == ["1,62 m"]
    assert flagged_in(text, dummy, "19h-3/7\n|\n7h-4/7") == []


def test_hours_counted_before_a_ratio_stay(dummy):
    # no clock hour joined to the day and month: a ratio after hours of work is still read
    text = "Mỗi ngày làm việc 8h, đạt 20/25 chỉ tiêu."
    assert flagged_in(text, dummy, "đạt 20/25 chỉ tiêu") != []


def test_a_level_likely_to_be_reached(dummy):
    text = page("c27-evn-thuy-van-han-ngan-bac-bo-4342")
    assert flagged_in(text, dummy, "có khả năng ở mức 3,20 m") == []
    assert flagged_in(text, dummy, "có khả năng ở mức 1,80 m") == []
    # the bulletin of 16 July (evn.com.vn Ban-tin-thuy-van-han-ngan-cac-song-Bac-Bo-102-104-8467)
    text = ("- Hệ thống sông Hồng: … đến 7h ngày 18/7 tại Hà Nội có khả năng ở mức 3,90 m.\n- Hệ thống sông Thái Bình: "
            "… Mực nước hạ lưu sông Thái Bình tại Phả Lại sẽ lên, đến 19h ngày 17/7 tại Phả Lại có khả năng lên mức "
            "1,90 m.\n")
    assert flagged_in(text, dummy, "có khả năng ở mức 3,90 m") == []
    assert flagged_in(text, dummy, "có khả năng lên mức 1,90 m") == []


def test_a_level_reached_stays(dummy):
    text = page("c27-evn-thuy-van-han-ngan-bac-bo-4342")
    assert flagged_in(text, dummy, "đỉnh lũ tại Chũ đạt 6,62 m") == ["6,62 m"]
    text = "Trong tháng, mực nước tại Hà Nội đạt mức 3,25 m, có khả năng gây ngập 12 xã."
    assert flagged_in(text, dummy, "đạt mức 3,25 m") == ["3,25 m"]
    assert flagged_in(text, dummy, "ngập 12 xã") == ["12"]


# ---------------------------------------------------------------- school grades

def test_school_grades_joined_by_a_comma(dummy):
    text = heldout("zr-nam-dinh-nam-truc-truong-th-dong-son-cong-khai-chat-luong-2021-2022")
    assert flagged_in(text, dummy, "Chăm học, chăm làm (Chăm chỉ lớp 1,2)") == []
    assert flagged_in(text, dummy, "Trung thực, kỷ luật (Trung thực lớp 1,2)") == []
    # (its line "5 Yêu nước lớp 1,2 381 194 187" is read by the text-table reader as a row labelled "Yêu nước lớp"
    # whose first cell is 1,2 when the case's own table is given: tabletext's, not this rule's)


def test_school_grades_joined_by_a_dash(dummy):
    text = heldout("zx-dong-thap-cac-truong-thpt-tong-ket-nam-hoc-2013-2014")
    assert flagged_in(text, dummy, "cho 403 HS từ khối 10 - 12") == ["403"]


def test_a_decimal_or_a_list_of_grades_stays_as_it_was(dummy):
    text = "Tỷ lệ học sinh bỏ học lớp 1,5% và 46 học sinh lớp 1, 2 và 3 được hỗ trợ."
    assert flagged_in(text, dummy, "lớp 1,5%") == ["1,5%"]
    assert [v for t, v, _ in within(text, dummy, "lớp 1, 2 và 3")] == ["not_a_figure"]
    assert flagged_in(text, dummy, "46 học sinh") == ["46"]


# ---------------------------------------------------------------- page furniture

def test_a_poll_box_and_a_visitor_counter(dummy):
    text = heldout("zo-thanh-hoa-thuong-xuan-nong-thon-moi-cac-xa-2013")
    assert flagged_in(text, dummy, "211 người đã bình chọn\n1179 người đang online") == []
    text = heldout("zl-lam-dong-lam-ha-lang-nghe-truyen-thong-2019")
    assert flagged_in(text, dummy, "Hits count: 33,855,928") == []


def test_people_who_voted_in_a_sentence_stay(dummy):
    text = page("c6-doluong-hnd-thitran-2014")
    assert flagged_in(text, dummy, "Tổ chức cho 434 hội viên đăng ký và đã bình chọn được 45 hộ") == ["434", "45"]


# ---------------------------------------------------------------- journeys

def test_the_length_of_a_journey(dummy):
    text = page("c27-tienphong-tau-se3-don-giao-thua-2026")
    assert flagged_in(text, dummy, "Với hành trình dài 1.700 km") == []
    assert flagged_in(text, dummy, "bắt đầu hành trình gần 1.700 km đến TPHCM") == []
    assert flagged_in(text, dummy, "đoàn tàu SE3 chở 450 hành khách") == ["450"]
    text = page("c27-vietnamnet-san-ga-ngay-dau-nghi-tet-2026")
    assert flagged_in(text, dummy, "Vượt quãng đường hơn 1.000km về quê") == []


def test_a_distance_the_periods_work_covered_stays(dummy):
    text = "Đồn Biên phòng đã tổ chức 52 đợt tuần tra, quãng đường trên 1.200 km."
    assert flagged_in(text, dummy, "quãng đường trên 1.200 km") == ["1.200 km"]


# ---------------------------------------------------------------- Tết

def test_the_last_days_of_the_lunar_year(dummy):
    text = page("c27-eltimes-ngay-dau-nghi-tet-tngt-2019")
    assert flagged_in(text, dummy, "trong ngày 2-2 (28 Tết), cả nước xảy ra 26 vụ") == ["26"]
    text = page("t19-viettimes-tet-2023-capcuu")
    assert flagged_in(text, dummy, "tính từ ngày 29 Tết đến") == []
    text = page("t19-thanhnien-tet-2019-capcuu")
    assert flagged_in(text, dummy, "(từ 28 - mùng 3 Tết)") == []


def test_tet_holidays_counted_stay(dummy):
    text = "Đã 2 Tết anh không về quê; năm nay đơn vị hỗ trợ 25 Tết ấm cho hộ nghèo."
    assert flagged_in(text, dummy, "Đã 2 Tết") == ["2"]
    assert flagged_in(text, dummy, "hỗ trợ 25 Tết ấm") == ["25"]
