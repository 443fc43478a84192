"""Issue 14, round 21: storm damage, aims beside results, averages over years, pages of shares — 18 fresh sweep pages
(``t14-*``, judged in evaluations/sweep/template-round21.md) and the held-out batch.  Sentences as the pages print
them (slug in each comment), written as a prior report; each rule has the counter-case it must leave alone."""

from __future__ import annotations

from decimal import Decimal

from service.onboarding.parts import open_bracket, part_name
from tests.test_onboarding_round6 import template

JULY_2017 = "Báo cáo tình hình thiệt hại do bão số 2 năm 2017"
JUNE_2018 = "Báo cáo thiệt hại do mưa lũ tháng 6 năm 2018"
YEAR_2019 = "Báo cáo thiệt hại do thiên tai năm 2019"
HALF_2018 = "Báo cáo tình hình thực hiện chính sách bảo hiểm xã hội 6 tháng đầu năm 2018"


def _rows(tpl, value):
    return [r for r in tpl.rows if r.value == Decimal(str(value))]


def _label(tpl, value):
    return [r.label for r in _rows(tpl, value)]


# ------------------------------------------------------------------ 1. parts in brackets after their total (parts.py)

def test_part_name_reads_the_words_before_the_number():
    text = "6.126 nhà bị tốc mái (Lào Cai 12, Phú Thọ 13, Yên Bái 8)"
    at = text.index("(")
    assert open_bracket(text, 0, text.index(" 12") + 1) == at
    assert part_name(text, at, text.index(" 12") + 1) == "Lào Cai"
    assert part_name(text, at, text.index(" 13") + 1) == "Phú Thọ"
    text = "bốn người mất tích (Yên Bái 1; 3 thuyền viên tàu VTB26 gặp nạn)"     # t14-vietnamplus-bao2: no name
    assert part_name(text, text.index("("), text.index("3 thuyền")) is None
    text = "(Hà Giang: 1.399 nhà; Lào Cai: 18 nhà"                                # zh-mien-nui: a colon after it
    assert part_name(text, 0, text.index("18")) == "Lào Cai"
    assert open_bracket("228 (Trà Vinh 27 nhà) và 5 (x", 0, 24) is None          # the bracket closed before


def test_each_province_s_number_says_whose_part_it_is(tmp_path):
    # t14-vietnamplus-bao2-thiethai-2017: the same places under the houses destroyed and under the roofs torn off
    tpl = template(tmp_path, JULY_2017,
                   "Bão số 2 đã làm 172 căn nhà bị sập (Yên Bái 2, Hòa Bình 7, Thanh Hóa 22, Nghệ An 140, Hà Tĩnh 1); "
                   "6.126 nhà bị tốc mái (Lào Cai 12, Phú Thọ 13, Yên Bái 8, Thanh Hóa 339, Nghệ An 5.658, Hà Tĩnh "
                   "45, Quảng Bình 51); 52 nhà phải di dời.")
    assert _label(tpl, 140) == ["Số căn nhà bị sập: Nghệ An"]
    assert _label(tpl, 5658) == ["Số nhà bị tốc mái: Nghệ An"]
    assert _label(tpl, 339) == ["Số nhà bị tốc mái: Thanh Hóa"]
    assert _label(tpl, 52) == ["Số nhà phải di dời"]                 # after the bracket closed: a row of its own


def test_parts_after_a_colon_and_the_total_s_own_label(tmp_path):
    # zh-mien-nui-phia-bac-thiet-hai-mua-lu-2018-06 (held-out): the hand-built sheet names them "Nhà bị ngập nước:
    # Hà Giang"
    tpl = template(tmp_path, JUNE_2018,
                   "Mưa lũ còn làm 124 nhà bị đổ và cuốn trôi (Hà Giang: 38 nhà; Lai Châu: 55 nhà; Thái Nguyên: 24 "
                   "nhà; Điện Biên: 7 nhà); 1.500 nhà bị ngập nước (Hà Giang: 1.399 nhà; Lào Cai: 18 nhà; Điện Biên: "
                   "47 nhà, Lai Châu: 36 nhà).")
    assert _label(tpl, 1399) == ["Số nhà bị ngập nước: Hà Giang"]
    assert _label(tpl, 55) == ["Số nhà bị đổ và cuốn trôi: Lai Châu"]
    assert _label(tpl, 1500) == ["Số nhà bị ngập nước"]


def test_a_bracket_that_names_no_place_keeps_its_own_label(tmp_path):
    # t14-vietnamplus-bao2: "(Yên Bái 1; 3 thuyền viên tàu VTB26 …)" — the 3 is counted in its own noun;
    # t14-kienthuc-bao-pabuk-2019: "trong đó hư hại là 4.568ha tại Bạc Liêu" stands outside any bracket
    tpl = template(tmp_path, JULY_2017,
                   "Bão đã làm bảy người chết; bốn người mất tích (Yên Bái 1; 3 thuyền viên tàu VTB26 gặp nạn trên "
                   "vùng biển Nghệ An).")
    assert _label(tpl, 1) == ["Số người mất tích: Yên Bái"]
    assert not any(":" in label for label in _label(tpl, 3))
    tpl = template(tmp_path, YEAR_2019,
                   "Diện tích lúa bị ngã sập, ngập úng là 28.648ha (Trà Vinh 182,2ha, Bạc Liêu 12.636ha), trong đó "
                   "hư hại là 4.568ha tại Bạc Liêu và 173ha tại Sóc Trăng.")
    assert _label(tpl, 12636) == ["Diện tích lúa bị ngã sập, ngập úng: Bạc Liêu"]
    assert not any(":" in label for label in _label(tpl, 4568))


# ------------------------------------------------------------------ 2. a count named over a comma (rows.counted_before)

def test_a_count_named_over_a_comma_before_la_is_a_row(tmp_path):
    # t14-kienthuc-bao-pabuk-2019: the total was lost (its parts were rows) — "sập đổ, hư hỏng" cut the clause
    tpl = template(tmp_path, YEAR_2019,
                   "Về thiệt hại tài sản, số nhà sập đổ, hư hỏng là 108 (Trà Vinh 22 nhà, Kiên Giang 2 nhà, Bạc Liêu "
                   "61 nhà, Cà Mau 5 nhà, Sóc Trăng 18 nhà); nhà bị tốc mái là 228 (Trà Vinh 27 nhà, Kiên Giang 2 nhà).")
    total = _rows(tpl, 108)
    assert [(r.unit, r.label) for r in total] == [("nhà", "Số nhà sập đổ, hư hỏng")]
    assert _label(tpl, 61) == ["Số nhà sập đổ, hư hỏng: Bạc Liêu"]
    assert _label(tpl, 228) == ["Số nhà bị tốc mái"]


def test_a_count_with_its_own_noun_after_is_read_as_before(tmp_path):
    # w-binh-phuoc-bhxh-2018-h1 (held-out): the noun after the number ("người") is its unit, whatever the name
    tpl = template(tmp_path, HALF_2018,
                   "Theo số liệu của Bảo hiểm xã hội tỉnh, tính đến đầu tháng 7 vừa qua, tổng số tham gia BHXH, BHYT, "
                   "BHTN trong toàn tỉnh là 787.750 người, tăng 35.311 người so với cùng kỳ.")
    assert [r.unit for r in _rows(tpl, 787750)] == ["người"]


# ------------------------------------------------------------------ 3. the targets of a term not yet over (statements)

DAI_LOC = (" date 2020-07 Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng kinh tế "
           "bình quân đạt 12-13%/ năm (giá so sánh 2010). Cơ cấu kinh tế đến năm 2025: CN - TTCN - xây dựng khoảng 64%; "
           "các ngành dịch vụ khoảng 28,5%; nông - lâm nghiệp - thủy sản khoảng 7,5% (giá so sánh 2010). Huyện đạt "
           "chuẩn nông thôn mới. Phấn đấu đến năm 2025 không còn hộ nghèo (trừ các đối tượng BTXH), 97% người dân tham "
           "gia BHYT… Đến năm 2025: 100% các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn; 60% học sinh THCS "
           "được học 2 buổi/ ngày. Tỷ lệ hộ dân nông thôn sử dụng nước sạch trên 90% (hợp vệ sinh đạt 100%); tỷ lệ hộ "
           "dân đô thị được cung cấp nước sạch trên 95%.")


def test_a_page_opening_on_a_term_s_targets_has_no_row(tmp_path):
    # t14-thanhnien-dailoc-chitieu-2020-2025: written in July 2020, every number is an aim of 2020–2025
    from service.onboarding.template import build_template

    path = tmp_path / "dailoc.txt"
    path.write_text(DAI_LOC, encoding="utf-8")
    assert build_template(path).rows == []


def test_a_term_s_results_written_after_it_keep_their_rows(tmp_path):
    # c10-luongson-ktxh-2016-2020 (written after the term): the targets' results are figures of the period; and the
    # same page of targets with no date to say when it was written is read as before
    from service.onboarding.template import build_template

    path = tmp_path / "luongson.txt"
    path.write_text(" date 2020-10 Trong 16 chỉ tiêu chủ yếu của Nghị quyết, nhiệm kỳ 2016 - 2020, có 14/16 chỉ tiêu "
                    "đạt và vượt kế hoạch đề ra; có 02 chỉ tiêu không đạt so với kế hoạch.", encoding="utf-8")
    assert Decimal(14) in [r.value for r in build_template(path).rows]
    path = tmp_path / "undated.txt"
    path.write_text(DAI_LOC.replace(" date 2020-07 ", ""), encoding="utf-8")
    assert build_template(path).rows


# ------------------------------------------------------------------ 4. a rate's year between it and its change

FIVE_YEARS = "Báo cáo kết quả thực hiện kế hoạch 5 năm 2016-2020"
YEAR_2014 = "Báo cáo kết quả xây dựng nông thôn mới năm 2014"


def test_the_rate_before_a_change_may_name_its_year(tmp_path):
    # t14-123docz-tmdv-2016-2020: 41,6 % was 2016's — the base of 33,1 %, no row of its own
    tpl = template(tmp_path, FIVE_YEARS,
                   "Tỷ trọng lao động nông, lâm nghiệp và thủy sản trong tổng số lao động cả nước giảm mạnh, từ 41,6% "
                   "năm 2016 xuống còn 33,1% năm 2020.")
    assert _rows(tpl, 41.6) == [] and [r.base for r in _rows(tpl, 33.1)] == [Decimal("41.6")]
    # c-hanoi-ntm-2014: the same without the second year
    tpl = template(tmp_path, YEAR_2014,
                   "Tỷ lệ hộ nghèo khu vực nông thôn giảm từ 11,25% năm 2011 xuống còn 2,89%.")
    assert _rows(tpl, 11.25) == [] and [r.base for r in _rows(tpl, 2.89)] == [Decimal("11.25")]


def test_a_rate_of_another_year_with_no_change_after_it_stays(tmp_path):
    # t14-123docz-tmdv-2016-2020: "… năm 2016 chiếm 25,2% lao động cả nước, đến năm 2020 chiếm 30,8%" names no
    # move from one to the other: the rule reads only "từ … xuống/lên"
    tpl = template(tmp_path, FIVE_YEARS,
                   "Lao động trong khu vực công nghiệp và xây dựng tăng nhanh, năm 2016 chiếm 25,2% lao động cả nước.")
    assert len(_rows(tpl, 25.2)) == 1


# ------------------------------------------------------------------ 5. a bare "bằng X%" after a named index (recognisers)

NINE_MONTHS_2024 = "Thông cáo báo chí tình hình kinh tế - xã hội 9 tháng đầu năm 2024"
AUGUST_2018 = "Báo cáo tình hình thu ngân sách xã 8 tháng năm 2018"


def test_a_bare_index_after_one_named_against_last_year_is_the_same_comparison(tmp_path):
    # t14-nghean24h-ktxh-9t-2024: 99,88 % and 99,07 % are on last year, as the sentence's 99,63 % — no plan of 185.212 ha
    tpl = template(tmp_path, NINE_MONTHS_2024,
                   "Tổng diện tích gieo trồng cây hằng năm 9 tháng ước đạt 264.821,45 ha, bằng 99,63% so với cùng kỳ "
                   "năm trước, trong đó vụ Đông Xuân toàn tỉnh đạt 184.989,53 ha, bằng 99,88%; vụ Hè Thu ước đạt "
                   "79.831,92 ha, bằng 99,07%.")
    winter = _rows(tpl, "184989.53")[0]
    assert winter.plan is None and [(d.how, d.value) for d in winter.derived] == \
        [("so với cùng kỳ (kỳ này bằng … cùng kỳ)", Decimal("99.88"))]
    assert _rows(tpl, "79831.92")[0].plan is None


def test_a_bare_share_with_no_index_named_before_stays_the_plan_s(tmp_path):
    # zk-bac-kan-xa-duong-quang-thu-ngan-sach (held-out): "đạt 220 triệu/254 triệu 700 nghìn đồng, bằng 86,3%" — no
    # comparison named before it in the sentence
    tpl = template(tmp_path, AUGUST_2018,
                   "Tính đến hết tháng 8/2018 thu ngân sách của xã đạt 220 triệu đồng, bằng 86,3%.")
    row = _rows(tpl, 220_000_000)[0]
    assert [d.how for d in row.derived] == ["tỷ lệ thực hiện so với kế hoạch"] and row.plan is not None

