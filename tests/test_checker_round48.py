"""Checker round 48 (chk48, issue 13): false alarms on economic and statistical pages
(evaluations/sweep/checker-round48.md). Each rule quotes two real sources at least and keeps checked what it does not
claim.

- a multiple of a base named after ``lần`` without ``so với`` (``gấp 4,6 lần quý III/2019``, ``gấp 1,2 lần mức bình
  quân …``): a rate of change written as a multiple, unproved — ``multiples.times_named_base``;
- ``một`` right after ``bình quân``/``trung bình`` and before the noun and the value each one holds (``vốn đăng ký
  bình quân một DN đạt 10,6 tỷ đồng``): the unit of the average, no count — ``averageone.one_an_average_is_per``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, flagged_in, heldout, page, within


# ---------------------------------------------------------------- a multiple of a named base

def test_a_multiple_of_another_quarter_is_unproved(dummy):
    # zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t: "Lợi nhuận sau thuế đạt 70,35 tỷ đồng, gấp 4,6 lần quý
    # III/2019."
    text = heldout("zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t")
    got = within(text, dummy, "gấp 4,6 lần quý III/2019")
    assert ("4,6", "unverified", "count") in got
    assert flagged_in(text, dummy, "gấp 4,6 lần quý III/2019") == []


def test_a_multiple_of_a_named_average_is_unproved(dummy):
    # c41-tapchitaichinh-doanh-nghiep-8t-2023: "giảm nhẹ 0,03% so với cùng kỳ năm 2022, gấp 1,2 lần mức bình quân
    # doanh nghiệp gia nhập và tái gia nhập thị trường giai đoạn 2018-2022"
    text = page("c41-tapchitaichinh-doanh-nghiep-8t-2023")
    assert flagged_in(text, dummy, "gấp 1,2 lần mức bình quân") == []


def test_a_multiple_on_the_case_table_keeps_its_case(dummy):
    # the zm case's own table: the multiple is no false alarm, and the line's money is still checked
    got = case_line_verdicts("zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t",
                             "Lợi nhuận sau thuế đạt 70,35 tỷ đồng, gấp 4,6 lần quý III/2019.")
    assert [v for t, v, _ in got if t == "4,6"] == ["unverified"]
    bad = case_line_verdicts("zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t",
                             "Lợi nhuận sau thuế đạt 70,35 tỷ đồng, gấp 4,6 lần quý III/2019.",
                             "Lợi nhuận sau thuế đạt 90,35 tỷ đồng, gấp 4,6 lần quý III/2019.")
    assert [v for t, v, _ in bad if t == "90,35 tỷ đồng"] == ["unsupported"]


def test_times_of_an_act_and_a_multiple_of_last_year_stay_as_they_were(dummy):
    # negatives: "lần" counting events (no base after it) stays a count; a multiple of last year is still the
    # row-following multiple (zm's "gấp 3 lần cùng kỳ năm trước")
    assert flagged_in("Hội đã tổ chức 3 lần tập huấn cho 120 hội viên.", dummy, "3 lần tập huấn") == ["3"]
    text = heldout("zm-toan-quoc-thuy-dien-ket-qua-kinh-doanh-2020-9t")
    got = within(text, dummy, "gấp 3 lần cùng kỳ năm trước")
    assert [v for t, v, _ in got if t == "3"] == ["unverified"]
    # a quarter with no number after it is no named base: "gấp 2 lần quý này" is left to the other readings
    from service.checker.recognisers.multiples import times_named_base
    s = "doanh thu gấp 2 lần quý này"
    assert not times_named_base(s, s.index("2") + 1)


# ---------------------------------------------------------------- the one an average is per

def test_one_after_an_average_is_its_unit(dummy):
    # c41-thuonghieucongluan-doanh-nghiep-8t-2017: "cả nước có 12.404 DN thành lập mới … ; vốn đăng ký bình quân một
    # DN đạt 10,6 tỷ đồng, tăng 30,8%"
    text = page("c41-thuonghieucongluan-doanh-nghiep-8t-2017")
    assert flagged_in(text, dummy, "bình quân một DN đạt") == []
    # zt-toan-quoc-hoi-nong-dan-viet-nam-quy-ho-tro-nong-dan-2020-h1 (digits): "mức vay bình quân 1 dự án đạt 475
    # triệu đồng"
    text = heldout("zt-toan-quoc-hoi-nong-dan-viet-nam-quy-ho-tro-nong-dan-2020-h1")
    assert [v for t, v, _ in within(text, dummy, "bình quân 1 dự án") if t == "1"] == ["not_a_figure"]


def test_one_counted_in_a_list_stays_a_count(dummy):
    # negative: "một vụ" in a list of counts of the same noun is still a count (extract._one_in_a_list), and
    # "bình quân một vụ thiệt hại …" with no average's verb after the noun is not claimed
    text = "Xã có 9 vụ trộm cắp tài sản và một vụ đánh nhau."
    assert "một" in flagged_in(text, dummy, text)
    from service.checker.recognisers.averageone import one_an_average_is_per
    s = "Vốn đăng ký bình quân một DN thành lập mới đạt 9,6 tỷ đồng."
    assert one_an_average_is_per(s, s.index("một"), s.index("một") + 3)
    s = "Sau đó bình quân một lúc"
    assert not one_an_average_is_per(s, s.index("một"), s.index("một") + 3)


# ---------------------------------------------------------------- how many parts of a stated whole moved

def test_the_groups_of_a_breakdown_that_rose_are_no_figure(dummy):
    # zu-binh-dinh-cuc-thong-ke-cpi-2023-q1: "Có 9/11 nhóm hàng hóa và dịch cụ tiêu dùng có CPI tăng"
    text = heldout("zu-binh-dinh-cuc-thong-ke-cpi-2023-q1")
    assert flagged_in(text, dummy, "Có 9/11 nhóm hàng hóa") == []
    # c41-tapchitaichinh-doanh-nghiep-8t-2023: "có 4/6 vùng trên cả nước có số doanh nghiệp đăng ký thành lập tăng so
    # với cùng kỳ năm 2022" — and the regions' own counts after it stay figures
    text = page("c41-tapchitaichinh-doanh-nghiep-8t-2023")
    assert flagged_in(text, dummy, "có 4/6 vùng trên cả nước") == []
    assert flagged_in(text, dummy, "Đồng bằng sông Hồng có 4.384 doanh nghiệp") == ["4.384"]
    # c41-doisongtieudung-cpi-thang-5: the whole opened the sentence ("Trong 11 nhóm …, có 10 nhóm hàng tăng giá … và
    # chỉ 1 nhóm hàng giảm giá")
    text = page("c41-doisongtieudung-cpi-thang-5")
    assert flagged_in(text, dummy, "có 10 nhóm hàng tăng giá") == []
    assert flagged_in(text, dummy, "chỉ 1 nhóm hàng giảm giá") == []


def test_counts_of_a_whole_that_did_no_movement_stay_counts(dummy):
    # negatives, real sentences of the held-out folder: an act with its object ("giảm thời gian") and a level reached
    # ("đạt tỷ lệ") are what the parts did, not a direction — still counts
    from service.checker.recognisers.movers import parts_that_moved
    s = "Có 15/63 tỉnh đã ban hành chính sách giảm thời gian để khuyến khích người dân"
    assert not parts_that_moved(s, s.index("15"), s.index("15") + 2)
    s = "có 27/43 tỉnh đạt tỷ lệ cấp ủy viên nữ trên 15%"
    assert not parts_that_moved(s, s.index("27"), s.index("27") + 2)
    # a count that moved with no whole stated ("Toàn huyện có 12 xã tăng") is not claimed
    s = "Toàn huyện có 12 xã tăng, 3 xã giảm."
    assert not parts_that_moved(s, s.index("12"), s.index("12") + 2)
    # the case's own table: the CPI's rate beside it is still checked (a planted 4,37% → 5,37% caught)
    got = case_line_verdicts("zu-binh-dinh-cuc-thong-ke-cpi-2023-q1", "đồ uống và thuốc lá tăng 4,37%",
                             "đồ uống và thuốc lá tăng 5,37%")
    assert [v for t, v, _ in got if t == "5,37%"] == ["unsupported"]


# ---------------------------------------------------------------- a picture's text without marks

def test_the_numbers_of_a_pictures_unmarked_text_restate_the_headline(dummy):
    # zj-toan-quoc-thanh-tra-chinh-phu-ket-qua-thanh-tra-2016-q3: "Thanh tra Chinh phu phat hien hon 42.600 ty dong
    # sai pham trong quy 3 - Anh 1"
    text = heldout("zj-toan-quoc-thanh-tra-chinh-phu-ket-qua-thanh-tra-2016-q3")
    assert flagged_in(text, dummy, "Thanh tra Chinh phu phat hien hon 42.600 ty dong sai pham trong quy 3 - Anh 1") == []
    # c41-baomoi-doanh-nghiep-10t-2016: "Cu moi gio dong ho, Viet Nam co them 13 doanh nghiep moi - Anh 1"
    text = page("c41-baomoi-doanh-nghiep-10t-2016")
    assert flagged_in(text, dummy, "Viet Nam co them 13 doanh nghiep moi - Anh 1") == []


def test_a_pictures_line_written_with_marks_stays_checked(dummy):
    # negative: c41-thuonghieucongluan-doanh-nghiep-8t-2017's caption keeps its marks ("Hơn 85 nghìn doanh nghiệp thành
    # lập mới trong 8 tháng đầu năm - Hình 1"): the page's own words, its count checked
    text = page("c41-thuonghieucongluan-doanh-nghiep-8t-2017")
    assert flagged_in(text, dummy, "Hơn 85 nghìn doanh nghiệp thành lập mới") == ["85 nghìn"]
    # an unmarked line with no picture's index after a dash is not claimed
    from service.checker.recognisers.alttext import _alt_numbers
    marked = "Tổng kim ngạch xuất khẩu của tỉnh đạt mức cao nhất từ trước đến nay, tăng mạnh so với cùng kỳ.\n"
    assert _alt_numbers(marked + "Thanh tra phat hien hon 42.600 ty dong sai pham trong quy 3\n") == ()


# ---------------------------------------------------------------- a range of rates written with words

def test_a_range_of_rates_in_words_is_unproved(dummy):
    # c41-plo-cpi-ha-noi-thang-8: "các nhóm hàng đều có chỉ số giá tăng nhẹ với mức tăng từ 0,06% đến 0,79%"
    text = page("c41-plo-cpi-ha-noi-thang-8")
    assert flagged_in(text, dummy, "với mức tăng từ 0,06% đến 0,79%") == []
    # ya-toan-quoc-bo-nnptnt-tang-truong-xuat-khau-nong-lam-thuy-san-2021: "Giá trị gia tăng toàn ngành tăng khoảng
    # 2,85 đến 2,9%"
    text = heldout("ya-toan-quoc-bo-nnptnt-tang-truong-xuat-khau-nong-lam-thuy-san-2021")
    got = within(text, dummy, "tăng khoảng 2,85 đến 2,9%")
    assert [v for t, v, _ in got] == ["unverified", "unverified"]


def test_a_change_between_two_values_is_no_range(dummy):
    # negative: zm-toan-quoc-thuy-dien's "Biên lãi gộp cải thiện từ 29,2% lên 55%" ("lên": from one value to another),
    # and a single rate after "từ" with no second end, are left to the other readings
    from service.checker.recognisers.wordranges import range_in_words
    s = "Biên lãi gộp tăng từ 29,2% lên 55%."
    assert range_in_words(s, s.index("29,2"), s.index("29,2") + 4) is None
    assert range_in_words(s, s.index("55"), s.index("55") + 2) is None
    s = "kéo giảm TNGT từ 5 đến 10% ở 3 tiêu chí"
    assert range_in_words(s, s.index("10"), s.index("10") + 2) == "giảm"


# ---------------------------------------------------------------- a title's bare number said again in the body

def test_a_titles_bare_rate_the_body_states_again_takes_its_verdict():
    # m-quangnam-thue-2018-h1: the title "6 tháng ngành thuế thu ngân sách đạt 54%" over "tổng thu ước đạt 8.356 tỷ
    # đồng, bằng 54% dự toán HĐND tỉnh giao"
    got = case_line_verdicts("m-quangnam-thue-2018-h1", "6 tháng ngành thuế thu ngân sách đạt 54%")
    assert [v for t, v, _ in got if t == "54%"] == ["derived"]
    # yf-bac-kan-bach-thong-khoi-xa-thu-ngan-sach-2021-h1: "KHỐI XÃ, THỊ TRẤN THU NGÂN SÁCH 6 THÁNG ĐẦU NĂM ĐẠT 47%" over
    # "các xã, thị trấn mới thu ngân sách đạt 47% kế hoạch năm"
    got = case_line_verdicts("yf-bac-kan-bach-thong-khoi-xa-thu-ngan-sach-2021-h1",
                             "KHỐI XÃ, THỊ TRẤN THU NGÂN SÁCH 6 THÁNG ĐẦU NĂM ĐẠT 47%")
    assert [v for t, v, _ in got if t == "47%"] == ["derived"]


def test_a_changed_digit_in_the_title_stays_flagged():
    # negative: a planted digit in the title breaks the equality with the body's number
    got = case_line_verdicts("m-quangnam-thue-2018-h1", "6 tháng ngành thuế thu ngân sách đạt 54%",
                             "6 tháng ngành thuế thu ngân sách đạt 64%")
    assert [v for t, v, _ in got if t == "64%"] == ["unsupported"]
    got = case_line_verdicts("yf-bac-kan-bach-thong-khoi-xa-thu-ngan-sach-2021-h1",
                             "KHỐI XÃ, THỊ TRẤN THU NGÂN SÁCH 6 THÁNG ĐẦU NĂM ĐẠT 47%",
                             "KHỐI XÃ, THỊ TRẤN THU NGÂN SÁCH 6 THÁNG ĐẦU NĂM ĐẠT 41%")
    assert [v for t, v, _ in got if t == "41%"] == ["unsupported"]


# ---------------------------------------------------------------- a decimal comma with a stray space before a scale

def test_a_decimal_with_a_stray_space_before_a_scale_is_one_amount():
    from service.checker.extract import extract_numbers
    # c41-quochoitv-von-dau-tu-ngan-sach-8t: "thành phố Hồ Chí Minh đạt  gần  25, 3  nghìn tỷ đồng, tăng 52,1%"
    text = page("c41-quochoitv-von-dau-tu-ngan-sach-8t")
    s = text.index("gần  25, 3")
    got = [(m.raw, m.value) for m in extract_numbers(text) if s <= m.num_start < s + 30]
    assert [r for r, _ in got] == ["25, 3  nghìn tỷ đồng"] and float(got[0][1]) == 25.3e12
    # t4-thanhhoa-thanhtra-60ty: "phải xử lý là hơn 37, 38 tỷ đồng"
    text = page("t4-thanhhoa-thanhtra-60ty")
    s = text.index("hơn 37, 38 tỷ")
    got = [(m.raw, m.value) for m in extract_numbers(text) if s <= m.num_start < s + 25]
    assert [r for r, _ in got] == ["37, 38 tỷ đồng"] and float(got[0][1]) == 37.38e9


def test_two_amounts_listed_stay_two():
    # negative: with no qualifier or verb before it ("Hội trao 5, 10 triệu đồng"), a comma and a space part two numbers
    from service.checker.extract import extract_numbers
    got = [m.raw for m in extract_numbers("Hội trao 5, 10 triệu đồng cho các hộ")]
    assert got[:2] == ["5", "10 triệu đồng"]


def test_a_title_read_as_a_rows_keeps_its_flag_when_the_body_says_its_value_of_another():
    # negative from the held-out swaps: zj-bac-kan-chi-cuc-kiem-lam's title "Lập biên bản 335 vụ vi phạm Luật Lâm
    # nghiệp" with the body's 259 put in its place — the title speaks of the row holding 335 (II.1): the body's 259
    # (II.1.a's) proves nothing
    got = case_line_verdicts("zj-bac-kan-chi-cuc-kiem-lam-vi-pham-luat-lam-nghiep-2022-h1", "Lập biên bản 335",
                             "Lập biên bản 259")
    assert [v for t, v, _ in got if t == "259"] == ["unsupported"]
