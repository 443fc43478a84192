"""Checker round 34 (chk34, issue 13): the fresh set ``c28-`` (evaluations/sweep/checker-round34.md) — contest prizes,
grade-10 cut-off marks, sports results, vaccine doses, land clearance, water levels against alarm levels. Each rule
quotes two sources at least, and keeps flagged the figures beside what it claims (the table holds none of them).

No figures of the period:
- a week (a dose, a round …) by its number after a preposition opening the sentence (``Trong tuần 21 (từ ngày 16 -
  22/5)``, ``Ở lớp 3 là 59,53/ …``) — ``labels.opens_clause``;
- members named one by one after a plural determiner (``Các nguyện vọng 2, 3``, ``các tuần 26, 27, 28``) —
  ``labels._plural_labels``; an admission wish by its rank (``nguyện vọng 1``) — ``vocab.LABEL_NOUNS``;
- an alarm level by its number (``dưới mức báo động (BĐ)1``, ``dưới báo động 3``) — ``forecasts.ALARM_LEVEL``;
- a span counted from an event (``là 60 ngày kể từ ngày phương án … được phê duyệt``) — ``durations.SPAN_SINCE``.
Figures of the period let pass before:
- an area of the crop class ``cây hàng năm`` (annual crops), read as a yearly habit — ``landclass.annual_crop``;
- a level measured, cited from the forecasting body (``Theo số liệu của Trung tâm dự báo …``) — ``forecasts``;
- the least and the most each member rose by (``các trường … đều tăng từ 0,5 đến 1,5 điểm``), its lower end read as
  an earlier value — ``bases._EACH_CHANGED``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within


def _verdict(text, figures, fragment, number):
    return [v for t, v, _ in within(text, figures, fragment) if t == number]


# ---------------------------------------------------------------- labels after a sentence-opening preposition

def test_a_week_by_its_number_opening_the_sentence(dummy):
    text = page("c28-backan-toan-tinh-tro-ve-vung-xanh-2022")
    assert flagged_in(text, dummy, "Trong tuần 21 (từ ngày 16 - 22/5)") == []
    # the counts after it stay the period's
    assert flagged_in(text, dummy, "triển khai tiêm 679.822 liều") == ["679.822"]


def test_a_grade_by_its_number_opening_the_sentence(dummy):
    # d6-vnn-hanoi-lop1-2013-2014: "Ở lớp 3 là 59,53/ 27,40/ …" — the grade, then its shares
    text = page("d6-vnn-hanoi-lop1-2013-2014")
    assert _verdict(text, dummy, "Ở lớp 3 là", "3") == ["not_a_figure"]


def test_a_capitalised_name_before_a_label_noun_stays_a_name(dummy):
    # not a preposition: "Mặt trận 9 ấp" is the front of nine hamlets, the 9 counts (labels' own rule)
    text = "Ủy ban Mặt trận 9 ấp đã vận động được 120 triệu đồng."
    assert flagged_in(text, dummy, "Mặt trận 9 ấp") == ["9"]


# ---------------------------------------------------------------- members named after "các"

def test_admission_wishes_named_one_by_one(dummy):
    text = page("c28-dantri-35-diem-mon-trung-tuyen-lop-10-tphcm-2023")
    assert flagged_in(text, dummy, "Các nguyện vọng 2, 3 lần lượt") == []
    assert flagged_in(text, dummy, "chênh nhau khoảng 0,25-0,5 điểm") == ["0,25-0,5"]
    # danviet.vn (the same cut-offs, 7/7/2023): the first wish by its rank, then its mark
    text = ("Theo đó, điểm chuẩn nguyện vọng 1 cao nhất là 25,5 điểm của Trường THPT Nguyễn Thượng Hiền; thấp nhất là "
            "10,5 điểm ở các trường THPT Đa Phước, Thạnh An, Bình Khánh, Trung Lập...")
    assert flagged_in(text, dummy, "nguyện vọng 1 cao nhất là 25,5 điểm") == ["25,5"]


def test_weeks_named_one_by_one(dummy):
    text = page("t7-hcm-tcm-2023-tuan31")
    assert flagged_in(text, dummy, "các tuần 26, 27, 28 là những tuần") == []


def test_a_count_after_cac_alone_stays_a_count(dummy):
    text = "Các thôn 3 có 20 hộ nghèo."
    assert flagged_in(text, dummy, "Các thôn 3 có 20 hộ") == ["3", "20"]


# ---------------------------------------------------------------- alarm levels and the forecasting body

def test_an_alarm_level_by_its_number(dummy):
    text = page("c28-cand-lu-len-nhanh-song-thao-song-lo")
    assert flagged_in(text, dummy, "dưới mức báo động (BĐ)1 là 0,78 m") == ["0,78 m"]
    # dantri.com.vn (12/9/2024): the level, then its distance below alarm level 3
    text = ("Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, mực nước trên sông Hồng tại Hà Nội thời điểm 5h ngày "
            "12/9 là 11,26m (dưới báo động 3 0,24m). Dự báo trong những giờ tiếp theo nước sông Hồng tại Hà Nội sẽ "
            "xuống dần.")
    assert flagged_in(text, dummy, "là 11,26m (dưới báo động 3 0,24m)") == ["11,26m", "0,24m"]


def test_alarms_counted_stay(dummy):
    text = "Ban Chỉ huy đã phát 2 báo động lũ trên sông Nhuệ."
    assert flagged_in(text, dummy, "phát 2 báo động") == ["2"]


def test_a_level_measured_cited_from_the_forecasting_body(dummy):
    text = page("c28-cand-lu-len-nhanh-song-thao-song-lo")
    assert flagged_in(text, dummy, "tại Yên Bái là 29,22 m") == ["29,22 m"]
    # the forecast in the next sentence stays a forecast
    assert flagged_in(text, dummy, "sẽ lên mức 29,30 m") == []


def test_the_forecasting_body_looking_ahead_stays_a_forecast(dummy):
    # p18-nld-mualu-bacbo-2020-08: the body's judgement of the days to come
    text = page("p18-nld-mualu-bacbo-2020-08")
    assert flagged_in(text, dummy, "(phổ biến 100 - 200 mm/đợt, có nơi trên 250 mm/đợt)") == []


# ---------------------------------------------------------------- annual crops

def test_an_area_of_annual_crops_is_no_habit(dummy):
    text = page("c28-baogialai-16-ty-boi-thuong-thu-hoi-dat-hanh-lang-phia-dong")
    assert flagged_in(text, dummy, "306,3 m2 đất trồng cây hàng năm khác") == ["306,3 m2"]
    text = page("p23-baodongnai-dongxuan-2013")
    assert flagged_in(text, dummy, "gần 38 ngàn hécta cây hàng năm") == ["38 ngàn hécta"]


def test_what_is_done_every_year_stays_a_habit(dummy):
    # habitual's own quote (zk-nghe-an-hoi-doanh-nhan-tre): the amount given every year
    text = ("Đối với xã Châu Lý, hằng năm, Hội Doanh nghiệp trẻ Nghệ An tổ chức trao 20 suất quà … với tổng số tiền "
            "trao tặng trị giá 70 - 80 triệu đồng mỗi năm.")
    assert flagged_in(text, dummy, "70 - 80 triệu đồng mỗi năm") == []


# ---------------------------------------------------------------- a rise spread over the members

def test_each_rose_by_between_two_amounts(dummy):
    text = page("c28-dantri-35-diem-mon-trung-tuyen-lop-10-tphcm-2023")
    assert flagged_in(text, dummy, "đều tăng từ 0,5 đến 1,5 điểm") == ["0,5", "1,5"]
    text = page("c28-baomoi-dongnai-diem-chuan-lop-10-vuot-chi-tieu")
    assert flagged_in(text, dummy, "đều tăng từ 1 đến trên 2 điểm") == ["1", "2"]


def test_a_movement_from_an_earlier_value_stays_its_base(dummy):
    text = "Nghệ An tăng 81% (từ hơn 3,5 triệu tấn đến gần 6,5 triệu tấn)."
    assert _verdict(text, dummy, "từ hơn 3,5 triệu tấn", "3,5 triệu tấn") == ["not_a_figure"]


# ---------------------------------------------------------------- a span counted from an event

def test_a_time_limit_counted_from_a_decision(dummy):
    text = page("c28-baogialai-16-ty-boi-thuong-thu-hoi-dat-hanh-lang-phia-dong")
    assert flagged_in(text, dummy, "là 60 ngày kể từ ngày phương án") == []
    # zy-khong-ro-tinh-quy-khuyen-hoc-…-2018-11: the fund's age, then what it did
    text = heldout("zy-khong-ro-tinh-quy-khuyen-hoc-khuyen-tai-nguyen-du-trao-hoc-bong-2018-11")
    assert flagged_in(text, dummy, "Sau 2 năm kể từ ngày thành lập") == []


def test_counts_after_ke_tu_ngay_stay(dummy):
    text = "Kể từ ngày 1/7, xã đã cấp 45 giấy chứng nhận quyền sử dụng đất."
    assert flagged_in(text, dummy, "đã cấp 45 giấy") == ["45"]
