"""Issue 14, round 51 (stop 50's working batch xb-*): quotes as printed."""

from __future__ import annotations

from decimal import Decimal

from tests.test_onboarding_round6 import template


def _rows(tpl):
    return [(r.value, r.unit) for r in tpl.rows]


def _row(tpl, value):
    return next(r for r in tpl.rows if r.value == Decimal(value))


# --- a count moved from one level to another, its noun said with both (moved.py) -----------------------------------

# xb-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-2021-7t
HANG_HAI = ("Khu vực có khối lượng hàng container thông qua tăng cao là khu vực Quảng Nam tăng 120,15%, từ 44.367 Teus "
            "tăng lên 97.673 Teus. Mỹ Tho tăng 60%, từ 7.294 Teus tăng lên 11.681 Teus.")
# the same grammar with a one-word verb, read before (statements.from_to; tests of round 6's era)
BAN = "Tinh gọn bộ máy, giảm từ 7 Ban xuống còn 3 Ban."


def test_a_count_moved_from_to_is_one_row_with_its_start_and_its_change(tmp_path):
    tpl = template(tmp_path, "Báo cáo số liệu thống kê hàng hóa thông qua cảng biển 7 tháng năm 2021", HANG_HAI)
    rows = _rows(tpl)
    assert (Decimal(44367), "Teus") not in rows and (Decimal(7294), "Teus") not in rows
    quang_nam, my_tho = _row(tpl, 97673), _row(tpl, 11681)
    assert ("số trước khi thay đổi", Decimal(44367)) in [(d.how, d.value) for d in quang_nam.derived]
    assert [(d.how, d.value) for d in my_tho.derived] == [("số trước khi thay đổi", Decimal(7294)),
                                                         ("tăng so với cùng kỳ", Decimal(60))]   # the change moved
    assert "Mỹ Tho" in my_tho.label


def test_the_one_word_verb_stays_read_as_before(tmp_path):
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2017", BAN)
    assert _rows(tpl) == [(Decimal(3), "Ban")]


def test_two_counts_of_other_nouns_are_not_a_movement(tmp_path):
    from service.checker.extract import extract_numbers
    from service.onboarding.moved import _MOVE

    text = "từ 44.367 Teus tăng lên 97.673 tấn"   # the noun not said twice: nothing ties the two
    ms = extract_numbers(text)
    assert _MOVE.match(text[ms[0].num_end:ms[1].num_start])   # the verb is there …
    tpl = template(tmp_path, "Báo cáo tổng kết công tác năm 2017",
                   "Sản lượng tăng mạnh, từ 44.367 Teus tăng lên 97.673 tấn hàng.")
    assert Decimal(44367) in [v for v, _ in _rows(tpl)]        # … but the first count stays a row


# --- the change of an index is a row of its own (indexrows.py) -------------------------------------------------------

# xb-thai-binh-so-cong-thuong-san-xuat-cong-nghiep-2017-04: a level of the same words in the paragraph before
THAI_BINH_LEVEL = ("Theo Báo cáo của Sở Công thương, giá trị sản xuất công nghiệp tháng 4/2017 ước đạt 3.681 tỷ đồng, "
                   "tăng trên 10,2% so với tháng trước và tăng 22,1% so với cùng kỳ năm 2016.")
THAI_BINH_INDEX = ("Chỉ số sản xuất công nghiệp tháng 04/2017, tăng 11,38% so với tháng 3/2017 và tăng 24,36% so với "
                   "cùng kỳ năm 2016; Trong đó, ngành khai khoáng tăng 18,9%; ngành công nghiệp chế biến, chế tạo tăng "
                   "23,58%.")
# zq-binh-dinh-cuc-thong-ke-ktxh-thang-5-va-5-thang-2023-05 (a list dash; the retail level after it)
BINH_DINH = ("- Chỉ số sản xuất toàn ngành công nghiệp tháng 5/2023 giảm 0,24% so với tháng trước và giảm 7,15% so cùng "
             "kỳ; luỹ kế 5 tháng đầu năm 2023 so cùng kỳ giảm 1,75%;")


def test_an_index_s_changes_are_rows_not_the_changes_of_the_level_before(tmp_path):
    tpl = template(tmp_path, "Báo cáo tình hình sản xuất công nghiệp - thương mại tháng 4/2017", THAI_BINH_LEVEL,
                   THAI_BINH_INDEX)
    rows = _rows(tpl)
    for value in ("11.38", "24.36", "18.9", "23.58"):
        assert (Decimal(value), "%") in rows
    level = _row(tpl, 3681000000000)
    assert [d.value for d in level.derived] == [Decimal("10.2"), Decimal("22.1")]   # its own two changes only
    assert "chỉ số sản xuất công nghiệp" in _row(tpl, "24.36").label


def test_an_index_opening_after_a_list_dash_keeps_a_row_per_change(tmp_path):
    tpl = template(tmp_path, "Báo cáo một số chỉ tiêu kinh tế chủ yếu tháng 5 năm 2023", BINH_DINH)
    assert [v for v, u in _rows(tpl) if u == "%"] == [Decimal("0.24"), Decimal("7.15"), Decimal("1.75")]


def test_a_sentence_that_names_an_index_later_is_not_read_as_one():
    from service.onboarding.indexrows import _INDEX_OPENS

    # ym-binh-duong-ubnd-tinh-thuong-mai-dich-vu-2021-05
    assert not _INDEX_OPENS.match("Báo cáo cũng cho thấy chỉ số giá tiêu dùng bình quân 5 tháng tăng 2,3%")
    assert _INDEX_OPENS.match("- Chỉ số sản xuất toàn ngành công nghiệp tháng 5/2023 giảm 0,24%")


def test_the_scorer_reads_a_branch_under_an_index_row_as_an_index():
    from types import SimpleNamespace

    from evaluations.template_accuracy import says_index

    row = SimpleNamespace(label="Tốc độ tăng ngành khai khoáng", value=Decimal("18.9"), unit="%", qualifier=None,
                          scale=1, decimals=1)
    branch = SimpleNamespace(ky_bao_cao=Decimal("118.9"), don_vi_tinh="%", chi_tieu="Ngành khai khoáng",
                             muc="I. Sản xuất công nghiệp")
    assert not says_index(row, branch, True)          # nothing says the branch is an index …
    assert says_index(row, branch, True, "Chỉ số sản xuất công nghiệp so cùng kỳ năm 2016 (cùng kỳ = 100)")
    assert not says_index(row, branch, True, "Giá trị sản xuất công nghiệp")   # … a level's parts are levels


# --- a count of a compound noun said again in a later sentence: the same row (compound.py) ---------------------------

# xb-tp-ho-chi-minh-binh-loi-trung-chua-hoa-nghiem-qua-vu-lan-2025-08
BINH_LOI_1 = ("Vu lan lễ hội tình người đang về trên quê hương Việt Nam, ngày 31/8/2025 (9 tháng Bảy Ất Tỵ) tại chùa Hoa "
              "Nghiêm (đường Nguyễn Thượng Hiền, phường Bình Lợi Trung, TP.HCM) thực hiện lời dạy của Ni trưởng viện chủ, "
              "Sư cô Thích Nữ Như Hướng, trụ trì chùa, đã phối hợp cùng chánh quyền phường, trao 200 phần quà Vu lan, với "
              "tổng kinh phí hơn 80 triệu đồng, đến các hộ gia đình nghèo, người khuyết tật, khiếm thị…")
BINH_LOI_2 = ("Hướng về Đại lễ Vu lan năm 2025, Bổn tự cùng quý Phật tử đã chuẩn bị 200 phần quà, mỗi phần trị giá hơn "
              "400 ngàn đồng, bao gồm 100 ngàn đồng tiền mặt")
# xb-tp-ho-chi-minh-go-vap-giao-xu-bac-dung-hoi-cho-xuan-2016-01
GO_VAP_1 = ("Hội chợ Mùa Xuân cho người nghèo của giáo xứ Bắc Dũng năm nay có 15 gian hàng nhu yếu phẩm của các hội "
            "đoàn, các cá nhân và doanh nghiệp.")
GO_VAP_2 = "Ngoài 15 gian hàng Quà tặng tập trung ở khu vực giữa sân, nhiều hội đoàn còn mở thêm gian hàng ăn uống."


def test_a_compound_nouns_count_said_again_with_another_verb_is_one_row(tmp_path):
    tpl = template(tmp_path, "Báo cáo kết quả trao quà Vu lan tháng 8 năm 2025", BINH_LOI_1, BINH_LOI_2)
    assert [v for v, u in _rows(tpl) if u == "phần quà"] == [Decimal(200)]
    assert _row(tpl, 200).repeats


def test_besides_the_stalls_said_before_is_the_same_row(tmp_path):
    tpl = template(tmp_path, "Báo cáo hội chợ mùa xuân cho người nghèo tháng 01 năm 2016", GO_VAP_1, GO_VAP_2)
    assert [v for v, u in _rows(tpl) if u == "gian hàng"] == [Decimal(15)]


def test_a_small_count_or_a_one_word_noun_is_left_to_repeat(tmp_path):
    from service.onboarding.compound import SMALLEST

    assert SMALLEST == 10
    # the round-48 era's guard stays: "16 vụ" twice with two actions are two rows (tpl-bachthong-toipham-2018-h1)
    tpl = template(tmp_path, "Báo cáo tình hình tội phạm 6 tháng đầu năm 2018",
                   "Chủ động phát hiện 16/22 vụ phạm tội ẩn.",
                   "Xử phạt hành chính trong lĩnh vực trật tự an toàn xã hội 16 vụ, 56 đối tượng.")
    assert sum(1 for v, u in _rows(tpl) if v == 16 and u == "vụ") == 2


# --- how a whole was divided: the parts are the note of the whole's row (divided.py) ---------------------------------

GO_VAP_ROUNDS = ("Hơn 600 phiếu Quà tặng chia làm 2 đợt để nhận quà, tối 28/1 một nửa và 29/1 nửa còn lại, gian hàng nào "
                 "đông quá thì mọi người xếp hàng chờ đợi.")
# evaluations/sweep/pages/d5-baogialai-namhoc-2015-2016
GIA_LAI_GRADES = ("Năm học 2015 - 2016, Trường Phổ thông Dân tộc Nội trú tỉnh có 390 học sinh chia làm 3 khối lớp (trong "
                  "đó dân tộc Jrai 285 em, Bahnar 105 em).")


def test_the_rounds_a_count_was_handed_out_in_are_its_note(tmp_path):
    tpl = template(tmp_path, "Báo cáo hội chợ mùa xuân cho người nghèo tháng 01 năm 2016", GO_VAP_ROUNDS)
    assert (Decimal(2), "đợt") not in _rows(tpl)
    assert ("chia làm … phần (ghi chú)", Decimal(2)) in [(d.how, d.value) for d in _row(tpl, 600).derived]


def test_the_grades_pupils_are_divided_into_are_their_note(tmp_path):
    tpl = template(tmp_path, "Báo cáo tổng kết năm học 2015 - 2016", GIA_LAI_GRADES)
    assert (Decimal(3), "khối lớp") not in _rows(tpl)
    assert Decimal(3) in [d.value for d in _row(tpl, 390).derived]


def test_an_area_divided_into_its_make_up_is_left_to_standing():
    from types import SimpleNamespace

    from service.onboarding.divided import parts_of_whole

    text = "Xã có diện tích tự nhiên 1.250 ha, địa giới hành chính được chia thành 5 thôn dân cư."
    from service.checker.extract import extract_numbers
    m = next(x for x in extract_numbers(text) if x.value == 5)
    p = SimpleNamespace(text=text)
    assert parts_of_whole(p, 1, m) is False          # a make-up noun (thôn): standing's, decided there


# zl-lam-dong-lam-ha-lang-nghe-truyen-thong-2019: two villages side by side, each 170 workers — two rows
LAM_HA = ("Làng nghề dệt thổ cẩm Đam Pao (xã Đạ Đờn) đạt doanh thu hơn 6 tỷ đồng/năm, thu hút việc làm gần 170 lao động "
          "địa phương; làng nghề dâu tằm tơ Đông Anh 5 (thị trấn Nam Ban) với doanh thu gần 12 tỷ đồng/năm, tập hợp gần "
          "90 nông hộ với hơn 170 lao động thường xuyên.")


def test_people_counted_alike_in_places_listed_side_by_side_stay_two_rows(tmp_path):
    tpl = template(tmp_path, "Báo cáo tình hình làng nghề truyền thống năm 2019", LAM_HA)
    assert sum(1 for v, u in _rows(tpl) if v == 170) == 2
