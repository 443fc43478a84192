"""The lead's rules of stop 44, from the working batch ``yp-*`` (in-sample from here): each on its batch quote and on
a second public source."""

from __future__ import annotations

from service.checker.extract import extract_numbers
from tests.sweep_tables import case_line_verdicts, check_at, checks, csv_table, dummy  # noqa: F401 (a fixture)


def _verdict(tmp_path, table_text: str, text: str, at: str, period: str = "2019", nth: int = 0) -> str:
    table = csv_table(tmp_path, table_text, period)
    return check_at(checks(text, table, period), text, at, nth).verdict


def _verdicts(slug: str, line: str, bad: str | None = None) -> dict:
    return {t: v for t, v, _ in case_line_verdicts(slug, line, bad)}


# ---------------------------------------------------------------- times of a person are persons

ACV = "yp-toan-quoc-acv-san-luong-hanh-khach-qua-cang-2023-h1"
# a province's tourism brief in the same shape (a row of "lượt khách", the text's "người")
TOURISM = """STT,Chỉ tiêu,Đơn vị tính,Năm 2019
1,Tổng lượt khách du lịch,nghìn lượt khách,"1.250"
2,Khách quốc tế,nghìn lượt khách,320
"""


def test_a_row_of_times_of_a_person_takes_a_count_of_persons(tmp_path):
    line = "khách quốc tế đạt gần 14,5 triệu người"
    assert _verdicts(ACV, line)["14,5 triệu"] == "supported"
    assert _verdicts(ACV, line, line.replace("14,5", "15,5"))["15,5 triệu"] == "unsupported"
    text = "Năm 2019, tỉnh đón 1,25 triệu lượt khách, trong đó khách quốc tế khoảng 320 nghìn người."
    assert _verdict(tmp_path, TOURISM, text, "320 nghìn") == "supported"
    assert _verdict(tmp_path, TOURISM, text.replace("320", "380"), "380 nghìn") == "unsupported"


# ---------------------------------------------------------------- a time to come before the number

PHU_YEN = "yp-phu-yen-nhcsxh-chi-nhanh-tinh-cho-vay-chinh-sach-2018-q1"
BANK = """STT,Chỉ tiêu,Đơn vị tính,Năm 2019
1,Tỷ lệ nợ quá hạn,%,"0,45"
"""


def test_a_number_after_a_time_to_come_is_an_aim(tmp_path):
    line = "Do vậy, trong thời gian đến, ngân hàng còn tăng cường xử lý thu hồi nợ đến hạn, giảm tỷ lệ nợ quá hạn xuống dưới 0,24%"
    assert _verdicts(PHU_YEN, line)["0,24%"] == "not_a_figure"
    text = "Tỷ lệ nợ quá hạn còn 0,45%. Thời gian tới, chi nhánh tập trung thu hồi nợ, đưa tỷ lệ nợ quá hạn xuống 0,3%."
    assert _verdict(tmp_path, BANK, text, "0,3%") == "not_a_figure"
    assert _verdict(tmp_path, BANK, text, "0,45%") == "supported"
    # a span "đến hết năm" is no time to come; a result said after the cue and a word of what was done stays a figure
    done = "Trong thời gian tới, như kết quả đã đạt, tỷ lệ nợ quá hạn là 0,55%."
    assert _verdict(tmp_path, BANK, done, "0,55%") == "unsupported"
    # "từ đầu năm tới nay" is the span so far, no time to come (the template's round 35 found it)
    so_far = "Từ đầu năm tới nay, tỷ lệ nợ quá hạn là 0,55%."
    assert _verdict(tmp_path, BANK, so_far, "0,55%") == "unsupported"


# ---------------------------------------------------------------- the old value of a change from … to

HANG_HAI = "yp-toan-quoc-cuc-hang-hai-hang-hoa-qua-cang-bien-2020-10t"


def test_the_old_value_takes_the_new_ones_scale_only_when_of_one_size():
    def read(text):
        return [(m.text, m.unit, m.value) for m in extract_numbers(text) if m.is_figure and m.kind != "percent"]
    assert read("khu vực Quảng Trị tăng 52,9% (từ 736.095 đến 1,12 triệu tấn);")[0] == ("736.095", "tấn", 736095)
    assert read("sản lượng tăng từ 15 lên 20 triệu tấn")[0] == ("15", "tấn", 15_000_000)
    assert read("Nghệ An tăng 81% (từ 3,5 đến gần 6,5 triệu tấn)")[0][2] == 3_500_000
    assert read("giảm từ 12 xuống còn 8,5 ha")[0] == ("12", "ha", 12)


def test_last_years_value_in_a_change_from_to_is_checked_against_cung_ky():
    line = "khu vực Quảng Trị tăng 52,9% (từ 736.095 đến 1,12 triệu tấn)"
    assert _verdicts(HANG_HAI, line)["736.095"] in ("supported", "not_a_figure")
    assert _verdicts(HANG_HAI, line, line.replace("736.095", "763.095"))["763.095"] == "unsupported"


# ---------------------------------------------------------------- all of the items listed

def test_all_n_of_what_the_sentence_lists_is_no_figure(dummy):  # noqa: F811
    def read(text):
        return [(m.text, m.is_figure) for m in extract_numbers(text)]
    # a traffic police week brief (yp-…-tuan-dau-cao-diem-tet-2022-11), its "tiêu chí" typed "tiêu"
    assert read("tai nạn giao thông đã giảm cả 3 tiêu về số vụ tai nạn, số người chết, số người bị thương so với tuần "
                "trước") == [("3", False)]
    # a unit's results: "both sides" listed after a colon
    assert read("Chất lượng đảng viên tăng cả 2 mặt: số lượng và chất lượng.") == [("2", False)]
    # a count the list does not match is not read so (whatever else may read it)
    assert [m.recogniser for m in extract_numbers("giảm cả 3 tiêu về số vụ, số người chết so với tuần trước")] \
        != ["listed-count"]


# ---------------------------------------------------------------- a year's value in a term's report

VINH_LONG = "yp-vinh-long-bql-cac-khu-cong-nghiep-thu-hut-dau-tu-2016-2020"
TERM = """STT,Chỉ tiêu,Đơn vị tính,Giai đoạn 2016-2020
1,Kim ngạch xuất khẩu,triệu USD,"2.100"
"""


def test_one_years_value_is_no_figure_of_the_term(tmp_path):
    line = "Nếu năm 2015 chiếm tỷ trọng 78%, năm 2018 là 79%"
    got = _verdicts(VINH_LONG, line)
    assert got["78%"] == "not_a_figure" and got["79%"] == "not_a_figure"
    text = "Kim ngạch xuất khẩu cả giai đoạn đạt 2.100 triệu USD; riêng năm 2017 đạt 410 triệu USD."
    assert _verdict(tmp_path, TERM, text, "410", "2016-2020") == "not_a_figure"
    assert _verdict(tmp_path, TERM, text.replace("2.100", "2.300"), "2.300", "2016-2020") == "unsupported"


# ---------------------------------------------------------------- swaps the rules now catch

def test_a_count_followed_by_its_rows_label_then_to_whom():
    slug = "yp-kon-tum-cong-doan-vien-chuc-tinh-hoi-thao-can-bo-cong-chuc-2017-05"
    line = "Ban tổ chức cũng đã trao 30 huy chương vàng, 30 huy chương bạc và 26 huy chương đồng cho các vận động viên"
    assert set(_verdicts(slug, line).values()) == {"supported"}
    bad = _verdicts(slug, line, line.replace("26 huy chương đồng", "30 huy chương đồng"))
    assert "unsupported" in bad.values()


def test_no_sum_of_rows_of_two_wholes():
    slug = "yp-binh-dinh-so-vhtt-giai-vo-co-truyen-mien-trung-tay-nguyen-2015-07"
    line = "(với 23 HCV, 3 HCB, 4 HCĐ)"
    assert set(_verdicts(slug, line).values()) == {"supported"}
    assert _verdicts(slug, line, line.replace("4 HCĐ", "6 HCĐ"))["6"] == "unsupported"


def test_a_sum_of_parts_of_one_whole_still_derives(tmp_path):
    table = """STT,Chỉ tiêu,Đơn vị tính,Năm 2019
I,Hàng hóa,,
I.1,Hàng xuất khẩu,tấn,"144.610"
I.2,Hàng nhập khẩu,tấn,"187.839"
"""
    text = "Hàng xuất khẩu 144.610 tấn, hàng nhập khẩu 187.839 tấn, cộng chung 332.449 tấn."
    assert _verdict(tmp_path, table, text, "332.449") == "derived"


# ---------------------------------------------------------------- a movement whose ends are dated by years

FOREST = """STT,Chỉ tiêu,Đơn vị tính,Năm 2020,Năm 2015
1,Tỷ lệ che phủ rừng,%,"42,5","40,1"
"""


def test_a_movement_dated_by_its_years_cannot_join_equal_or_wrong_way_values(tmp_path):
    slug = "yp-thai-nguyen-ban-dan-toc-tinh-ho-ngheo-dan-toc-thieu-so-2016-2019"
    line = "năm 2016, tỷ lệ hộ nghèo dân tộc thiểu số là 19,2% và đến cuối năm 2019 giảm xuống còn 6,1%"
    assert _verdicts(slug, line)["6,1%"] == "supported"
    assert _verdicts(slug, line, line.replace("19,2%", "6,1%"))["6,1%"] == "unsupported"
    # the level at the term's end (đến cuối năm 2019) is the term's own figure, not the opening year's
    assert _verdicts(slug, line, line.replace("còn 6,1%", "còn 6,4%"))["6,4%"] == "unsupported"
    # a forest brief in the same shape, against the way its word says
    text = "Năm 2015, tỷ lệ che phủ rừng đạt 40,1% và đến năm 2020 đã tăng lên 42,5%."
    assert _verdict(tmp_path, FOREST, text, "42,5%", "2020") == "supported"
    wrong = "Năm 2015, tỷ lệ che phủ rừng đạt 42,5% và đến năm 2020 đã tăng lên 40,1%."
    assert _verdict(tmp_path, FOREST, wrong, "40,1%", "2020") == "unsupported"


# ---------------------------------------------------------------- a headline's rate against the table's index rows

CPI = """STT,Chỉ tiêu,Đơn vị tính,Tháng 3/2019,Chỉ số tháng 3/2019 so với tháng trước (%),Chỉ số tháng 3/2019 so với cùng kỳ năm 2018 (%)
1,Chỉ số giá tiêu dùng chung,%,,"99,82","102,41"
"""


def test_a_rate_without_its_base_is_read_against_the_index_rows(tmp_path):
    slug = "yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04"
    assert _verdicts(slug, "Chỉ số giá tiêu dùng tăng 0,13%")["0,13%"] == "supported"
    assert _verdicts(slug, "Chỉ số giá tiêu dùng tăng 0,13%", "Chỉ số giá tiêu dùng tăng 0,31%")["0,31%"] \
        == "unsupported"
    # a province's March brief in the same shape: a fall below the index 100
    text = "Chỉ số giá tiêu dùng giảm 0,18%\nChỉ số giá tiêu dùng tháng 3 giảm 0,18% so với tháng trước."
    assert _verdict(tmp_path, CPI, text, "0,18%", "2019-03") == "supported"
    assert _verdict(tmp_path, CPI, text.replace("giảm 0,18%\n", "giảm 0,81%\n"), "0,81%", "2019-03") == "unsupported"


# ---------------------------------------------------------------- the template: an output counted, never money

def test_a_bare_scaled_output_is_a_count_of_its_noun(tmp_path):
    from tests.template_rows import has
    from tests.test_onboarding_round6 import template
    # yp-toan-quoc-acv-san-luong-hanh-khach-qua-cang-2023-h1 (the airports corporation's half-year)
    tpl = template(tmp_path, "Báo cáo kết quả sản xuất kinh doanh 6 tháng đầu năm 2023",
                   "Theo Tổng công ty Cảng hàng không Việt Nam (ACV), 6 tháng đầu năm 2023, sản lượng hành khách đạt "
                   "gần 56,9 triệu, tăng 29,2% so với cùng kỳ năm 2022; trong đó, khách quốc tế đạt gần 14,5 triệu "
                   "người, tăng 493,5% so với cùng kỳ năm 2022, khách trong nước đạt gần 42,4 triệu, tăng 2% so với "
                   "cùng kỳ năm ngoái.")
    assert has(tpl, "56900000.0", "hành khách") and has(tpl, "42400000.0", "hành khách")
    assert not any(r.unit == "đồng" for r in tpl.rows)
    # a seaport's year in the same shape
    tpl = template(tmp_path, "Báo cáo kết quả hoạt động năm 2019",
                   "Năm 2019, sản lượng thông qua hành khách đạt 1,2 triệu, tăng 8% so với năm 2018.")
    assert not any(r.unit == "đồng" for r in tpl.rows)


# ---------------------------------------------------------------- the template scorer: an index and its change

def test_the_hands_index_and_the_templates_change_are_one_figure():
    from decimal import Decimal
    from types import SimpleNamespace

    from evaluations.template_accuracy import run_source, says_index
    from tests.sweep_tables import _HELDOUT

    def case(slug):
        d = _HELDOUT / slug
        table = next(p for p in d.iterdir() if p.name.startswith("figures."))
        return run_source(slug, d / "source.txt", table, True)
    # the hand keeps CPI groups as indexes (104,34 …), the page and the template their rises (tăng 4,34% …)
    assert case("zu-binh-dinh-cuc-thong-ke-cpi-2023-q1").matched >= 10
    assert case("yo-hung-yen-cuc-thong-ke-tinh-chi-so-gia-tieu-dung-2018-04").matched == 4
    row = SimpleNamespace(label="Tốc độ tăng giá giao thông", value=Decimal("5.5"), unit="%", qualifier=None, scale=1,
                          decimals=1)
    index = SimpleNamespace(ky_bao_cao=Decimal("105.5"), don_vi_tinh="%", chi_tieu="Giao thông (từ đầu năm)",
                            muc="Chỉ số giá tiêu dùng so với cùng kỳ")
    assert says_index(row, index, True)
    # a plan's share is no index; a level is no change
    share = SimpleNamespace(ky_bao_cao=Decimal("105.5"), don_vi_tinh="%", chi_tieu="Tỷ lệ thực hiện so với kế hoạch",
                            muc="")
    assert not says_index(row, share, True)
    level = SimpleNamespace(label="Tỷ lệ hộ nghèo", value=Decimal("5.5"), unit="%", qualifier=None, scale=1, decimals=1)
    assert not says_index(level, index, True)


# ---------------------------------------------------------------- a sentence opening on the previous stretch as its base

WEEK = """STT,Chỉ tiêu,Đơn vị tính,Tuần từ 15/11 đến 21/11/2022,Tuần liền kề trước đó
1,Số vụ tai nạn giao thông,vụ,199,248
2,Số người chết,người,99,133
"""


def test_a_change_after_an_opening_on_last_week_is_against_it(tmp_path):
    slug = "yp-toan-quoc-cuc-csgt-tai-nan-giao-thong-tuan-dau-cao-diem-tet-2022-11"
    line = "So với tuần liền kề trước đó giảm 49 vụ (-19,76%), giảm 34 người chết (-25,56%)"
    got = _verdicts(slug, line)
    assert got["49"] in ("derived", "supported") and got["34"] in ("derived", "supported")
    assert _verdicts(slug, line, line.replace("giảm 49 vụ", "giảm 94 vụ"))["94"] == "unsupported"
    # a province's week in the same shape
    text = "Trong tuần, xảy ra 199 vụ tai nạn giao thông. So với tuần trước giảm 49 vụ, giảm 34 người chết."
    assert _verdict(tmp_path, WEEK, text, "49 vụ", "2022-11") in ("derived", "supported")
    assert _verdict(tmp_path, WEEK, text.replace("giảm 49 vụ", "giảm 59 vụ"), "59 vụ", "2022-11") == "unsupported"
