"""Issue 14, round 52 (fresh set t42-): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _values(tpl):
    return [r.value for r in tpl.rows]


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# --- ages written after the word `tuổi` (ageword.py) -----------------------------------------------------------------

# t42-hoinguoicaotuoi-khap-noi-mung-tho-2017
MAI_SON = ("Tỉnh Sơn La: Nhân dịp Đinh Dậu 2017, UBND huyện Mai Sơn tổ chức mừng thọ cho 1.161 NCT từ 70 tuổi trở lên "
           "với số tiền hơn 410 triệu đồng; có 62 cụ tuổi 90, 14 cụ tuổi 100 và 38 cụ tuổi tuổi hơn 100.")
TRUC_LAM = ("Tỉnh Thanh Hóa: UBND xã Trúc Lâm, huyện Tĩnh Gia tổ chức mừng thọ cho 80 NCT ở các độ tuổi 70, 75, 80, "
            "85, 90, 95 và 100. Cùng ngày, tại Từ đường nhà thờ họ Hoàng Bá (gốc Mạc) thôn Giảng Tín, con cháu họ "
            "Hoàng Bá mừng thọ 7 cụ cao tuổi trong họ từ 80 tuổi trở lên, mỗi cụ 100 nghìn đồng.")
# p33-bachthong-quangthuan-chuctho-2017-02: the same notation, the list closed by `tuổi`
QUANG_THUAN = ("Năm 2017 toàn xã có 27 cụ thọ tuổi 95, 90, 85, 80, 75, 70 tuổi được trao Giấy chứng nhận người cao "
               "tuổi.")


def test_ages_after_tuoi_are_no_rows_and_the_counts_between_them_stay(tmp_path):
    tpl = template(tmp_path, "Khắp nơi mừng thọ người cao tuổi năm 2017", MAI_SON)
    values = _values(tpl)
    assert Decimal(90) not in values and Decimal(100) not in values
    assert [v for v in values if v in (62, 14, 38, 1161)] == [1161, 62, 14, 38]   # each count of cụ keeps its row


def test_a_list_of_ages_after_do_tuoi_is_no_row(tmp_path):
    tpl = template(tmp_path, "Khắp nơi mừng thọ người cao tuổi năm 2017", TRUC_LAM)
    assert _values(tpl) == [Decimal(80), Decimal(7)]


def test_a_list_closed_by_tuoi_stays_read_as_ages(tmp_path):
    tpl = template(tmp_path, "Xã Quang Thuận tổ chức chúc, mừng thọ năm 2017", QUANG_THUAN)
    assert _values(tpl) == [Decimal(27)]


def test_a_span_or_a_count_after_tuoi_keeps_its_noun(tmp_path):
    # n-hoahoi-nct-2024-h1: `Hội Người cao tuổi 6 tháng đầu năm` is a span; a count with its own noun after the age
    # word is a count
    from service.checker.extract import extract_numbers
    from service.onboarding.ageword import _AGE_LIST

    text = "hội nghị sơ kết công tác Hội Người cao tuổi 6 tháng đầu năm"
    six = next(m for m in extract_numbers(text) if m.raw.startswith("6"))
    assert _AGE_LIST.search(text[:six.num_start])     # the word is there …
    tpl = template(tmp_path, "Báo cáo năm 2017", "Hội Người cao tuổi xã có 25 chi hội, kết nạp mới tuổi 60 trở lên "
                   "120 hội viên.")
    assert Decimal(120) in _values(tpl)                 # … a count of 120 hội viên after it stays a row


# --- each honoured elder's gift (agegift.py) -------------------------------------------------------------------------

# t42-hoinguoicaotuoi-khap-noi-mung-tho-2017
MAI_SON_GIFTS = ("Các cụ tròn 100 tuổi được tặng quà của Chủ tịch nước số tiền 1 triệu đồng, các cụ tròn 90 tuổi được "
                 "tặng Giấy mừng thọ và Thư chúc mừng của Chủ tịch UBND tỉnh kèm theo số tiền 400 nghìn đồng.")
# t42-bienhoa-nct-quyet-thang-chuc-tho
BIEN_HOA = ("Ngày 13/4, Hội Người cao tuổi phường Quyết Thắng, thành phố Biên Hòa phối hợp Ủy ban nhân dân phường và 4 "
            "khu phố đã tổ chức đoàn đến thăm hỏi, tặng quà, chúc thọ 3 cụ tròn 100 tuổi và 25 cụ tròn 90 tuổi trên "
            "địa bàn. Dịp này, Đoàn đã trao Thiếp mừng thọ của Chủ tịch nước, 5m vải lụa và 2 triệu đồng tiền mặt cho "
            "các cụ tròn 100 tuổi. Trao Bằng mừng thọ của Chủ tịch UBND tỉnh, 1 triệu đồng tiền mặt và bánh, sữa, ngũ "
            "cốc cho các cụ tròn 90 tuổi.")
# t29-binhson-nct-2022 (round 39 labelled both sums no row)
BINH_SON = ("Theo kế hoạch, năm 2022 huyện Bình Sơn có 42 cụ tròn 100 tuổi được Chủ tịch nước Cộng hòa xã hội chủ "
            "nghĩa Việt Nam chúc thọ , tặng vải lụa và 1,2 triệu đồng tiền mặt. 415 cụ tròn 90 tuổi được Chủ tịch Ủy "
            "ban nhân dân tỉnh chúc thọ và tặng quà vật phẩm và 700 nghìn đồng tiền mặt.")


def test_the_sum_each_elder_of_a_round_age_is_given_is_no_row(tmp_path):
    tpl = template(tmp_path, "Khắp nơi mừng thọ người cao tuổi năm 2017", MAI_SON_GIFTS)
    assert tpl.rows == []


def test_a_sum_given_for_the_elders_of_a_round_age_after_it_is_no_row(tmp_path):
    tpl = template(tmp_path, "Chúc thọ người cao tuổi năm 2024", BIEN_HOA)
    values = _values(tpl)
    assert Decimal(2000000) not in values and Decimal(1000000) not in values
    assert Decimal(3) in values and Decimal(25) in values


def test_the_sum_is_the_note_of_the_elders_count(tmp_path):
    tpl = template(tmp_path, "Mừng thọ người cao tuổi năm 2022", BINH_SON)
    assert _values(tpl) == [Decimal(42), Decimal(415)]
    assert [d.value for d in _row(tpl, 42).derived] == [Decimal("1200000.0")]
    assert [d.value for d in _row(tpl, 415).derived] == [Decimal(700000)]


def test_a_total_for_the_elders_stays_a_row(tmp_path):
    # the same receivers, the sum said as a total (`với tổng số tiền`): a figure of the period
    tpl = template(tmp_path, "Mừng thọ người cao tuổi năm 2022",
                   "Huyện đã chúc thọ 42 cụ tròn 100 tuổi được tặng quà với tổng số tiền 50 triệu đồng.")
    assert Decimal(50000000) in _values(tpl)


def test_a_sum_whose_receivers_are_not_named_by_their_age_stays_a_row(tmp_path):
    # t42-hoinguoicaotuoi: `mừng thọ cho 1.161 NCT từ 70 tuổi trở lên với số tiền hơn 410 triệu đồng`
    tpl = template(tmp_path, "Khắp nơi mừng thọ người cao tuổi năm 2017", MAI_SON)
    assert Decimal(410000000) in _values(tpl)


# ys-dong-nai-dinh-quan-hoi-nguoi-cao-tuoi-xa-phu-loi-chuc-tho-2025-02 (its hand: the note «mỗi cụ: …» of 12 cụ)
PHU_LOI = ("Sáng ngày 17/02/2025, Hội Người cao tuổi xã Phú Lợi tổ chức thăm và chúc thọ cho 12 cụ cao tuổi 90 tuổi "
           "trên địa bàn xã. Dịp này, các cụ 90 tuổi nhận Thiếp mừng thọ của Chủ tịch nước trị giá 1.000.000 đồng và "
           "Giấy mừng thọ của của Ban chấp hành Trung ương Hội Người cao tuổi Việt Nam cùng phần quà trị giá 200.000 "
           "đồng.")


def test_the_things_each_elder_of_an_age_receives_are_no_rows(tmp_path):
    tpl = template(tmp_path, "Chúc thọ người cao tuổi 90 tuổi đầu năm 2025", PHU_LOI)
    assert _values(tpl) == [Decimal(12)]


# --- what a plan says will be done (ahead.py) ------------------------------------------------------------------------

# xd-quang-tri-hai-lang-hoi-chu-thap-do-huyen-le-hoi-xuan-hong-2017-02 (the lead's working batch; its hand: no row)
HAI_LANG = ("Kết thúc ngày hội hiến máu tình nguyện, Ban tổ chức đã tiếp nhận được 324 đơn vị máu, số máu tiếp nhận "
            "lần này đạt tỷ lệ khá cao so với số lượng người tham gia đăng ký hiến máu. Theo kế hoạch, trong năm 2017 "
            "này huyện Hải Lăng sẽ tổ chức 4 đợt hiến máu, phấn đấu tiếp nhận trên 1.050 đơn vị máu.")
# c36-nld-xay-nha-cho-nong-dan-ngheo-2013
NLD_NHA = ("Đầu tháng 2 vừa qua, chương trình đã tiến hành trao tặng 5 căn nhà cho 5 hộ nông dân nghèo ở huyện Thoại "
           "Sơn, Tri Tôn (An Giang). Theo kế hoạch, trong năm 2013, chương trình sẽ trao tặng 11 căn nhà trị giá 600 "
           "triệu đồng cho các hộ nghèo ở An Giang, Yên Bái và Lào Cai.")
# zf-vinh-long-vung-liem-giai-quyet-viec-lam-2019-9t (its hand: 3.000 in the plan column, no row of its own)
VUNG_LIEM = ("Theo kế hoạch năm 2019, huyện sẽ thực hiện các giải pháp giới thiệu việc làm mới cho 3.000 lao động. "
             "Tính từ đầu năm đến nay, đã giới thiệu được 2.885 lao động có việc làm (đạt 96,2%).")


def test_what_the_plan_will_do_is_no_row(tmp_path):
    tpl = template(tmp_path, "Hội Chữ thập đỏ Hải Lăng tổ chức “Lễ hội Xuân hồng” năm 2017", HAI_LANG)
    assert _values(tpl) == [Decimal(324)]


def test_the_plan_s_houses_and_their_value_are_no_rows_the_done_ones_stay(tmp_path):
    tpl = template(tmp_path, "Xây nhà cho nông dân nghèo tháng 2/2013", NLD_NHA)
    values = _values(tpl)
    assert Decimal(11) not in values and Decimal(600000000) not in values
    assert Decimal(5) in values


def test_the_year_s_plan_before_the_period_s_result_is_no_row(tmp_path):
    tpl = template(tmp_path, "Vũng Liêm: Giải quyết việc làm 9 tháng năm 2019", VUNG_LIEM)
    assert Decimal(3000) not in _values(tpl) and Decimal(2885) in _values(tpl)


def test_done_as_planned_or_will_without_a_plan_stay_rows(tmp_path):
    # yq-ha-noi-ha-dong-hoi-dong-nvqs-quan-tuyen-quan-2019: `Quận Hà Đông sẽ có 99 thanh niên lên đường nhập ngũ`
    # (no plan opens the sentence; its hand keeps the row); `Theo kế hoạch, … đã …`: done as planned
    tpl = template(tmp_path, "Tuyển quân năm 2019", "Quận Hà Đông sẽ có 99 thanh niên lên đường nhập ngũ.")
    assert _values(tpl) == [Decimal(99)]
    tpl = template(tmp_path, "Hiến máu năm 2017", "Theo kế hoạch, huyện đã tổ chức 4 đợt hiến máu.")
    assert _values(tpl) == [Decimal(4)]
