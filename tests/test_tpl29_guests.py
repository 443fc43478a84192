"""Issue 14, round 29: a count of people closing, with ``cùng``, the list of those who attended the meeting (``Về dự
hội nghị có ông …, cùng toàn thể 100 hội viên tiểu biểu``) is the meeting's audience, no figure of the period
(``occasions.meeting_guests``).  Held-out sources' sentences as printed (slug in each comment; both had been wrong
rows at stop 39's end); each rule has its counter-case."""

from __future__ import annotations

from tests.test_onboarding_round6 import template
from tests.template_rows import has

YEAR_2022 = "Hội CTĐ xã Tiến Hưng xã tổ chức tổng kết công tác Hội năm 2022"
TERM = "Báo cáo tổng kết phong trào Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi giai đoạn 2011-2016"


def test_the_rest_of_the_audience_after_named_guests(tmp_path):
    # yf-binh-phuoc-dong-xoai-xa-tien-hung-hoi-chu-thap-do-2022: "100 hội viên" had been a row
    tpl = template(tmp_path, YEAR_2022,
                   "Ngày 8/12 Hội CTĐ xã tổ chức tổng kết công tác Hội năm 2022 và đề ra phương hướng nhiệm vụ năm 2023. "
                   "Về dự hội nghị có ông Trần Công Vân – PCT Hội CTĐ thành phố Đồng Xoài, ông Nguyễn Thái Sơn – Chủ tịch "
                   "UBND xã, các ông bà bí thư chi bộ, ấp trưởng, trưởng phó ban ngành đoàn thể xã, cùng toàn thể 100 hội "
                   "viên tiểu biểu trong toàn xã cũng về dự. Trong năm 2022, Hội đã vận động 120 phần quà tặng hộ nghèo.")
    assert not has(tpl, 100) and has(tpl, 120)


def test_tham_du_with_cung_and_a_count(tmp_path):
    # yg-khanh-hoa-khanh-son-hoi-cuu-chien-binh-giam-ngheo-2011-2016: "60 hội viên" had been a row
    tpl = template(tmp_path, TERM,
                   "Tham dự hội nghị có ông Nguyễn Văn Á Phó chủ tịch Hội Cựu chiến binh tỉnh, ông Trần Ngọc Sanh Phó Bí "
                   "thư Huyện ủy, lãnh đạo các ban ngành, đoàn thể huyện; chủ tịch, phó chủ tịch Hội cựu chiến binh các "
                   "xã, thị trấn cùng 60 hội viên cựu chiến binh tiêu biểu trong phong trào Cựu chiến binh giúp nhau giảm "
                   "nghèo, làm kinh tế giỏi trên địa bàn huyện. Qua 5 năm, hội viên đã giúp 35 hộ thoát nghèo.")
    assert not has(tpl, 60) and has(tpl, 35)


def test_a_count_with_cung_outside_an_attendance_stays(tmp_path):
    # counter-case: "cùng" joining a count of the period's work, in no sentence listing who attended
    tpl = template(tmp_path, YEAR_2022,
                   "Trong năm 2022, Hội CTĐ xã phối hợp cùng 45 hội viên tình nguyện trao 120 phần quà cho hộ nghèo.")
    assert has(tpl, 45) and has(tpl, 120)


def test_a_congress_s_delegates_are_not_read_here(tmp_path):
    # counter-case, ye-thai-nguyen-dong-hy-hoi-nong-dan-nhiem-ky-2018-2023's shape: no list of guests before the
    # count, no "cùng" — the delegates stay as the other rules read them (the members represented standing; since
    # round 49 the official delegates too, delegates.official_delegates: the case's hand keeps no row of them)
    tpl = template(tmp_path, "Báo cáo Đại hội đại biểu Hội Nông dân huyện Đồng Hỷ nhiệm kỳ 2018-2023",
                   "Tham dự có 150 đại biểu chính thức, đại diện cho hơn 14.000 hội viên nông dân trong toàn huyện. "
                   "Nhiệm kỳ qua, Hội đã kết nạp 2.316 hội viên mới.")
    assert not has(tpl, 150) and any(s.value == 150 for s in tpl.standing) and has(tpl, 2316)
