"""Checker round 49 (chk49, issue 13): justice, police, culture and mass-organisation pages, the fresh set ``c42-`` and
stop 48's batch (evaluations/sweep/checker-round49.md). Each rule quotes two real sources at least and keeps checked
what it does not claim.

- a closed span of several years that opens the sentence and began before the report's period (``từ tháng 1-2011 đến
  tháng 12-2018, cả nước xảy ra 10.153 vụ`` on the 2018 page): the span's total — ``longspan.closed_span``;
- an amount said of one gift not counted (``các cụ … nhận Thiếp mừng thọ … trị giá 1.000.000 đồng``, ``nhận quà
  100.000 đồng``): its value, no total — ``onegift.one_gift_value``;
- a count of kinds or levels its list follows (``3 cấp (T.Ư, tỉnh và huyện)``, ``gồm 2 nhóm đối tượng chính là A và
  B``): how a thing is made up — ``kinds.KINDS_LISTED``;
- the whole country set against the report's own (``trong khi cả nước là 0,99%``, ``Còn cả nước, … 9.750 ca``): another
  place's number — ``nation.nation_contrasted`` (a step of ``elsewhere.ANOTHER_PLACE``);
- a place's households with their people (``quy mô dân số 2.912 hộ, với 12.679 nhân khẩu``, ``có trên 720 hộ Khmer
  với hơn 3.000 nhân khẩu``): standing — ``population.population``;
- how often a routine runs (``được thực hiện 02 lần/năm``, ``đều đặn ngày 2 buổi``): a frequency, a norm —
  ``frequency.frequency``;
- a people's share of the place's population (``với 834 nhân khẩu, trong đó đồng bào dân tộc Thái chiếm 85%``): standing —
  ``population.peoples``;
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import checks, check_at, flagged_in, heldout, page, within


def _kind(numbers, text, needle):
    c = check_at(numbers, text, needle)
    return c.verdict, c.kind


# ---------------------------------------------------------------- a closed span of years before the report's

def test_a_closed_span_of_years_opening_the_sentence_is_the_span_s_total(dummy):
    # yy-toan-quoc-tong-cuc-phong-chong-thien-tai-vat-tu-gia-co-de-dieu-2018 (the year 2018): "Theo Tổng cục Phòng,
    # chống thiên tai (PCTT), từ tháng 1-2011 đến tháng 12-2018, cả nước xảy ra 10.153 vụ … Đáng chú ý, các cơ quan
    # chức năng mới xử lý được 3.062 vụ, tồn đọng 7.091 vụ. Từ đầu năm 2019 đến nay, tiếp tục xảy ra 202 vụ"
    text = heldout("yy-toan-quoc-tong-cuc-phong-chong-thien-tai-vat-tu-gia-co-de-dieu-2018")
    nums = checks(text, dummy, "2018")
    assert _kind(nums, text, "10.153 vụ") == ("not_a_figure", "other-period")
    assert _kind(nums, text, "3.062 vụ") == ("not_a_figure", "other-period")     # the paragraph goes on with it
    assert _kind(nums, text, "7.091 vụ") == ("not_a_figure", "other-period")
    assert "1-2011" not in (check_at(nums, text, "202 vụ").derivation or "")    # 2019 named: the span ends
    # c42-huyenuyphucu-don-to-cao-2014-2016 (read as the report on 2016): "Theo báo cáo của UBND tỉnh, từ tháng 1.2014
    # đến tháng 12.2016, toàn tỉnh tiếp nhận 1.142 đơn tố cáo."
    text = page("c42-huyenuyphucu-don-to-cao-2014-2016")
    nums = checks(text, dummy, "2016")
    assert _kind(nums, text, "1.142 đơn") == ("not_a_figure", "other-period")


def test_a_season_a_span_in_the_middle_or_a_year_named_after_keeps_the_number_checked(dummy):
    # negatives: twelve months across two years may be the report's own season; a span that does not open its
    # sentence is a comparison; a year named after the span dates the number itself
    text = "Từ tháng 10/2017 đến tháng 9/2018, hội đã vận động 85 tỷ đồng ủng hộ quỹ."
    assert flagged_in(text, dummy, "85 tỷ đồng") == ["85 tỷ đồng"]
    assert _kind(checks(text, dummy, "2018"), text, "85 tỷ đồng") == ("unsupported", "money")
    text = "Số vụ vi phạm tăng so với giai đoạn 2011-2015, toàn tỉnh xảy ra 120 vụ."
    assert _kind(checks(text, dummy, "2018"), text, "120 vụ")[0] == "unsupported"
    text = "Từ năm 2011 đến năm 2018, riêng năm 2018 toàn tỉnh xảy ra 120 vụ vi phạm."
    assert _kind(checks(text, dummy, "2018"), text, "120 vụ")[0] == "unsupported"


# ---------------------------------------------------------------- the value of one gift

def test_an_amount_said_of_one_gift_not_counted_is_its_value(dummy):
    # ys-dong-nai-dinh-quan-hoi-nguoi-cao-tuoi-xa-phu-loi-chuc-tho-2025-02: "các cụ 90 tuổi nhận Thiếp mừng thọ của Chủ
    # tịch nước trị giá 1.000.000 đồng và Giấy mừng thọ … cùng phần quà trị giá 200.000 đồng."
    text = heldout("ys-dong-nai-dinh-quan-hoi-nguoi-cao-tuoi-xa-phu-loi-chuc-tho-2025-02")
    assert flagged_in(text, dummy, "Chủ tịch nước trị giá 1.000.000 đồng") == []
    assert flagged_in(text, dummy, "phần quà trị giá 200.000 đồng") == []
    # c42-thanhnien-qua-100000-dong-quoc-khanh-2025: "Cụ ông, cụ bà phấn khởi nhận quà 100.000 đồng"
    text = page("c42-thanhnien-qua-100000-dong-quoc-khanh-2025")
    assert flagged_in(text, dummy, "phấn khởi nhận quà 100.000 đồng") == []


def test_gifts_counted_a_total_or_recipients_named_after_keep_the_amount_checked(dummy):
    for text, amount in (("Hội đã trao 60 suất quà trị giá 30 triệu đồng.", "30 triệu đồng"),
                         ("Hội đã trao các phần quà trị giá 50 triệu đồng.", "50 triệu đồng"),
                         ("Hội đã trao tặng quà tổng trị giá 50 triệu đồng.", "50 triệu đồng"),
                         ("Hội đã trao quà trị giá 50 triệu đồng cho 100 hộ nghèo.", "50 triệu đồng"),
                         ("Nhân dịp Tết, Hội đã trao quà trị giá 50 triệu đồng.", "50 triệu đồng")):
        assert flagged_in(text, dummy, amount) == [amount], text


# ---------------------------------------------------------------- a count of kinds its list follows

def test_a_count_of_kinds_or_levels_followed_by_their_list_is_no_figure(dummy):
    # c42-vietnamnet-dai-son-truyen-thanh: "vận hành hệ thống tiếp sóng phát thanh 3 cấp (T.Ư, tỉnh và huyện)"
    text = page("c42-vietnamnet-dai-son-truyen-thanh")
    assert flagged_in(text, dummy, "phát thanh 3 cấp (T.Ư, tỉnh và huyện)") == []
    # yy-hoa-binh-luong-son-…-2023-2024: "gồm 2 nhóm đối tượng chính là hộ đồng bào dân tộc thiểu số … và hộ nghèo"
    text = heldout("yy-hoa-binh-luong-son-trung-tam-gdnn-gdtx-huyen-tong-ket-nam-hoc-2023-2024")
    assert flagged_in(text, dummy, "gồm 2 nhóm đối tượng chính là") == []
    assert flagged_in(text, dummy, "mở 27 lớp với 763 học viên") == ["27", "763"]


def test_groups_formed_persons_or_a_list_of_another_length_stay_counted(dummy):
    for text, fragment in (("Hội thành lập 3 nhóm (nhóm nuôi bò, nhóm trồng rau và nhóm may).", "3 nhóm"),
                           ("Công an phát hiện 3 đối tượng (Nam, Hùng và Tâm) trộm cắp.", "3 đối tượng"),
                           ("Hội tuyên truyền 3 hình thức (tờ rơi và loa) mới.", "3 hình thức"),
                           ("Năm qua xây dựng 4 loại hình câu lạc bộ mới.", "4 loại hình")):
        assert flagged_in(text, dummy, fragment) != [], text


# ---------------------------------------------------------------- the whole country set against the report's own

def test_the_country_s_number_set_against_the_report_s_own_is_another_place_s(dummy):
    # c42-plo-cong-an-tphcm-2019-h1: "công an TP đã kéo giảm 4,69% tội phạm trong khi cả nước là 0,99%"
    text = page("c42-plo-cong-an-tphcm-2019-h1")
    assert [(t, v, k) for t, v, k in within(text, dummy, "trong khi cả nước là 0,99%")] == \
        [("0,99%", "not_a_figure", "other-area")]
    # t20-infonet-sxh-hanoi-2022 (Hà Nội's page): "Còn cả nước, theo số liệu mới nhất của Cục Y tế dự phòng (Bộ Y tế),
    # tính trong tuần qua ghi nhận 9.750 ca mắc, có 1 trường hợp tử vong ở Bình Dương."
    text = page("t20-infonet-sxh-hanoi-2022")
    assert flagged_in(text, dummy, "ghi nhận 9.750 ca mắc, có 1 trường hợp") == []
    assert flagged_in(text, dummy, "Thủ đô ghi nhận 6.779 ca") == ["6.779"]      # the report's own stays checked


def test_the_country_as_a_plain_subject_is_a_national_report_s_own(dummy):
    text = "Từ đầu năm đến nay, cả nước ghi nhận 258.480 trường hợp mắc. Toàn quốc có 102 trường hợp tử vong."
    assert flagged_in(text, dummy, "258.480") == ["258.480"]
    assert flagged_in(text, dummy, "có 102 trường hợp") == ["102"]


# ---------------------------------------------------------------- a place's households with their people

def test_a_place_s_households_with_their_people_describe_it(dummy):
    # c42-baothanhhoa-tan-thanh-truyen-thanh-2025: "quy mô dân số 2.912 hộ, với 12.679 nhân khẩu", "Thôn Thành Thượng
    # có 174 hộ dân, với 834 nhân khẩu"
    text = page("c42-baothanhhoa-tan-thanh-truyen-thanh-2025")
    assert flagged_in(text, dummy, "quy mô dân số 2.912 hộ, với 12.679 nhân khẩu") == []
    assert flagged_in(text, dummy, "có 174 hộ dân, với 834 nhân khẩu") == []
    # c42-thvl-tra-con-dong-bao-khmer: "xã Trà Côn hiện có trên 720 hộ Khmer với hơn 3.000 nhân khẩu"
    text = page("c42-thvl-tra-con-dong-bao-khmer")
    assert flagged_in(text, dummy, "hiện có trên 720 hộ Khmer với hơn 3.000 nhân khẩu") == []
    # c42-thanhlam-cong-dong-dan-cu: "Xã có 8 thôn, 869 hộ với 3.427 nhân khẩu, 1980 lao động"
    text = page("c42-thanhlam-cong-dong-dan-cu")
    assert flagged_in(text, dummy, "869 hộ với 3.427 nhân khẩu") == []


def test_households_helped_or_of_a_kind_the_period_counts_stay_figures(dummy):
    for text, fragment in (("Hội đã hỗ trợ 50 hộ với 200 nhân khẩu vượt qua khó khăn.", "50 hộ với 200"),
                           ("Toàn xã có 50 hộ nghèo với 200 nhân khẩu.", "50 hộ nghèo với 200"),
                           ("Năm qua có 12 hộ được hỗ trợ với 40 nhân khẩu.", "12 hộ được")):
        assert flagged_in(text, dummy, fragment) != [], text


# ---------------------------------------------------------------- how often a routine runs

def test_how_often_a_routine_runs_is_a_frequency(dummy):
    # c42-thuongtin-luan-chuyen-sach-2017: "Luân chuyển sách là hoạt động thường niên hàng năm của Thư viện Hà Nội,
    # được thực hiện 02 lần/năm."
    text = page("c42-thuongtin-luan-chuyen-sach-2017")
    assert flagged_in(text, dummy, "được thực hiện 02 lần/năm") == []
    assert flagged_in(text, dummy, "đạt gần 1.200 cuốn") == ["1.200"]
    # c42-vietnamnet-dai-son-truyen-thanh: "Vi Văn Hợp đều đặn ngày 2 buổi (Sáng từ 5h30 đến 6h30, …)"
    text = page("c42-vietnamnet-dai-son-truyen-thanh")
    assert flagged_in(text, dummy, "đều đặn ngày 2 buổi") == []


def test_cases_per_day_sessions_counted_or_a_day_s_morning_stay_checked(dummy):
    for text, fragment in (("Số ca mắc trung bình 14 ca/ngày, tăng so với tuần trước.", "14 ca/ngày"),
                           ("Hội tổ chức 12 buổi tuyên truyền cho hội viên.", "12 buổi"),
                           ("Ngày 2 buổi sáng, Hội tổ chức 5 buổi nói chuyện.", "5 buổi")):
        assert flagged_in(text, dummy, fragment) != [], text
    assert "norm" not in [k for _, _, k in within("Ngày 2 buổi sáng, Hội họp.", dummy, "Ngày 2 buổi")]


def test_a_people_s_share_of_the_place_s_population_is_standing(dummy):
    # c42-baothanhhoa-…: "Thôn Thành Thượng có 174 hộ dân, với 834 nhân khẩu, trong đó đồng bào dân tộc Thái chiếm 85%"
    text = page("c42-baothanhhoa-tan-thanh-truyen-thanh-2025")
    assert flagged_in(text, dummy, "đồng bào dân tộc Thái chiếm 85%") == []
    # c42-thanhlam-cong-dong-dan-cu: "Cơ cấu các dân tộc: Dân tộc Thái 3395 người, chiếm 99,09 %; …"
    text = page("c42-thanhlam-cong-dong-dan-cu")
    assert flagged_in(text, dummy, "chiếm 99,09 %") == []
    assert flagged_in(text, dummy, "Tỷ lệ hộ nghèo cao chiếm 26,58 %") == ["26,58 %"]   # a rate of the period


def test_a_people_s_share_of_those_helped_is_no_population_s():
    from service.checker.recognisers.population import peoples
    text = "Hội đã hỗ trợ 200 hộ vay vốn, trong đó hộ đồng bào dân tộc Khmer chiếm 30%."
    assert not peoples(text, text.index("30%"))
    text = "Xã có 1.200 nhân khẩu; năm qua hỗ trợ 50 hộ dân tộc thiểu số chiếm 40% số hộ được vay."
    assert not peoples(text, text.index("40%"))
