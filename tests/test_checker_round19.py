"""The checker on notation: the nineteenth sweep of fresh pages (issue 13, round 19, set ``c13-``).

Each rule is tested on sentences of the sweep pages that asked for it (``evaluations/sweep/pages/<slug>.txt``, the slug
named by each quote) or of another public page (its address in a comment), against the one-row table that holds none
of a page's figures: a number that is no figure passes, the figures beside it stay flagged.
"""

from __future__ import annotations

from service.checker.extract import extract_numbers
from service.checker.recognisers.wholes import standing_whole
from tests.sweep_tables import flags as flagged
from tests.sweep_tables import verdict_list as verdicts


def kinds(text):
    return [(m.raw, m.kind) for m in extract_numbers(text)]


# ---------------------------------------------------------------- 1. a vaccine's dose by its number

def test_a_dose_named_by_its_number_is_no_count(dummy):
    # c13-bacyen-yte-2022-10
    text = ("Toàn huyện đã thực hiện tiêm chủng được 118.727 mũi cho người trên 18 tuổi (trong đó tỷ lệ tiêm mũi 1 đạt "
            "99,9%; mũi 2 đạt 100%; mũi 3 đạt 95,8%; mũi 4 là 98,7%); Tiêm 22.581 mũi tiêm cho người từ 12 đến 17 tuổi")
    assert flagged(text, dummy) == ["118.727", "99,9%", "100%", "95,8%", "98,7%", "22.581"]
    # https://www.thvl.vn/thoi-su-thvl/tin-trong-nuoc/bo-y-te-hop-truc-tuyen-ve-cong-tac-phong-chong-dich-va-tiem-vac-xin-phong-covid-19/
    text = ("Đến ngày 23/8, người từ 18 tuổi trở lên tiêm mũi 3 đạt 75,6%; mũi 4 đạt hơn 70%. Trẻ từ 12 – 17 tuổi tiêm "
            "mũi 3 đạt 48,5% và trẻ từ 5 – 11 tuổi tiêm mũi 1 đạt hơn 80% và mũi 2 đạt hơn 51%.")
    assert flagged(text, dummy) == ["75,6%", "70%", "48,5%", "80%", "51%"]


def test_doses_counted_stay_counts():
    # c13-bacyen-yte-2022-10: the number before "mũi" counts the doses
    assert kinds("Tiêm 22.237 mũi tiêm cho trẻ từ 5 đến 12 tuổi")[0] == ("22.237", "count")
    assert ("2", "count") in kinds("trẻ đã được tiêm 2 mũi vắc xin")


# ---------------------------------------------------------------- 2. a counter labelled by a span of time

def test_a_counter_labelled_by_a_span_of_time_is_furniture(dummy):
    # c13-bacyen-yte-2022-10: "Trong tuần" among the counters of "Thống kê truy cập"
    text = ("Tác giả: CTV Thái Dương\nTin tức\nThống kê truy cập\n  • Đang online: 1\n  • Hôm nay: 1\n  • Trong tuần: 1\n"
            "  • Tất cả: 1\nĐăng nhập")
    assert flagged(text, dummy) == []
    # c10-binhthuan-hongheo-2022: the same widget with larger counts
    text = ("Thống kê truy cập\n  • Đang online: 20\n  • Hôm nay: 1206\n  • Trong tuần: 12 981\n  • Trong tháng: 43 532\n"
            "  • Tất cả: 877887\nĐăng nhập")
    assert flagged(text, dummy) == []


def test_a_span_of_time_before_a_colon_in_a_sentence_keeps_its_figure(dummy):
    assert flagged("Kết quả trong tháng: 15 vụ cháy, thiệt hại nhỏ.", dummy) == ["15"]
    assert flagged("Số vụ cháy trong tháng: 15\nSố người bị thương: 2\n", dummy) == ["15", "2"]


# ---------------------------------------------------------------- 3. a dot typed for the decimal comma

def test_an_amount_with_a_dot_for_its_decimal_comma_is_a_figure(dummy):
    # c13-bacgiang-kcn-10t: read as dotted numbering (no figure) before
    text = ("Từ đầu năm đến nay, Ban đã xem xét chấp thuận cấp mới 39 dự án (26 FDI và 13 DDI) với tổng vốn tăng thêm là "
            "402,76 triệu USD và 3.131.93 tỷ đồng; điều chỉnh cho 36 dự án")
    assert "3.131.93 tỷ đồng" in flagged(text, dummy)
    assert [m for m in extract_numbers(text) if m.raw.startswith("3.131")][0].value == 3131930000000


def test_dotted_numbering_without_a_unit_stays_a_heading():
    assert kinds("1.2.3. Kết quả thực hiện") == [("1.2.3.", "section")]


# ---------------------------------------------------------------- 4. a rate glued to the word before it

def test_a_rate_glued_to_the_word_before_it_is_read_whole():
    # c13-tapchitaichinh-haiquan-2016-08 ("bằng107,07%": read "07%" before)
    assert kinds("Cục Hải quan Thanh Hóa; 1.873,7 tỷ đồng, bằng107,07% chỉ tiêu dự toán")[1] == ("107,07%", "percent")
    # p12-dongnai-ktxh-2022-10 ("tạotăng1,36%": read "36%" before)
    got = kinds("Công nghiệp chế biến, chế tạotăng1,36%; sản xuấtvà phân phối điện, khí đốt, nước nóng, hơi "
                "nướctăng1,06%;cung cấp nước, hoạt động quản lý và xử lý rác thải, nướctăng0,42%.")
    assert [r for r, k in got if k == "percent"] == ["1,36%", "1,06%", "0,42%"]
    # c10-luongson-ktxh-2016-2020 ("ước đạt16.743 tỷ đồng": read "743 tỷ đồng" before)
    assert kinds("Tổng vốn đầu tư xây dựng năm 2020 ước đạt16.743 tỷ đồng, tăng gấp")[1] == ("16.743 tỷ đồng", "money")


def test_codes_glued_to_letters_stay_codes():
    assert ("5%", "percent") in kinds("Covid19 và H5N1, A1 đạt 5%")
    assert [r for r, _ in kinds("Covid19 và H5N1, A1 đạt 5%")].count("5%") == 1


# ---------------------------------------------------------------- 5. abbreviations ending in a road code; top N

def test_a_count_after_an_abbreviation_ending_in_a_road_code_is_a_count(dummy):
    # c12-quangnam-hcc-2018-05 (the brief's leftover: "Sở GD-ĐT 1 hồ sơ" read as a road)
    text = ("đã tiếp nhận và xử lý trực tuyến 46 hồ sơ, bao gồm Sở Công Thương 8 hồ sơ, Sở GD-ĐT 1 hồ sơ, Sở KH&ĐT 17 "
            "hồ sơ, Sở TN&MT 18 hồ sơ và Sở Ngoại vụ 2 hồ sơ.")
    assert flagged(text, dummy) == ["46", "8", "1", "17", "18", "2"]
    assert ("14", "address") in kinds("dọc tuyến QL14 và đường ĐT 741")


def test_the_size_of_a_ranking_is_no_figure(dummy):
    # c12-vn-thunhap-2024 (the brief's leftover "top 10")
    text = ("Lộ diện top 10 tỉnh thành thu nhập bình quân cao nhất. Bình Dương có mức thu nhập bình quân 8,937 triệu "
            "đồng, 3 địa phương còn lại trong top 5 cũng có mức thu nhập bình quân trên 7 triệu đồng/người/tháng.")
    got = dict(verdicts(text, dummy))
    assert got["10"] == got["5"] == "not_a_figure"
    assert got["8,937 triệu đồng"] == "unsupported"


# ---------------------------------------------------------------- 6. the whole of a fraction of a standing set

def _whole(text, fraction):
    i = text.index(fraction) + fraction.index("/") + 1
    return standing_whole(text, i, i + len(fraction.split("/")[1]))


def test_the_whole_of_a_fraction_of_a_standing_set_is_standing():
    # c13-cand-haiquan-2016-08, c13-tapchitaichinh-haiquan-2016-08
    assert _whole("Hiện, có 16/34 Cục Hải quan địa phương đạt số thu ngân sách từ 1.000 tỷ đồng trở lên.", "16/34")
    # c13-travinh-kiemtoan-2024
    text = ("trong đó: 13/18 khoản thu nội địa đạt và vượt dự toán TW và dự toán HĐND giao, các khoản thu này chiếm tỷ "
            "trọng 91,99% tổng số thu nội địa; 05/18 khoản thu không đạt dự toán")
    assert _whole(text, "13/18") and _whole(text, "05/18")
    # c13-vanninh-nhcsxh-2020-09, c13-queloc-2022-h1, c13-ngocson-ntm-2019 (its "tiêu chi" lost an accent),
    # c13-nghiahung-ntm-2017
    assert _whole("Có 2 xã không có nợ quá hạn là Vạn Bình và Xuân Sơn; 9/13 chương trình vay vốn tín dụng ưu đãi", "9/13")
    assert _whole("đến nay đã đạt  19/19 tiêu chí trong bộ tiểu chí xây dựng nông thôn mới, đạt 3/19 tiêu chí", "3/19")
    assert _whole("Xã đã hoàn thành và giữ vững 20/20 tiêu chi trong xây dựng nông thôn mới", "20/20")
    assert _whole("đạt chuẩn quốc gia cao nhất tỉnh, 4/6 trường THPT đã đạt chuẩn quốc gia.", "4/6")
    # a rank out of the provinces (tests/test_onboarding_round6.py's page: "xếp thứ 38/63 tỉnh, thành phố"): the
    # rank is an ordinal already, the 63 (read as a count, its pair broken) is the whole
    assert _whole("đạt 86,72%, xếp thứ 38/63 tỉnh, thành phố trong cả nước.", "38/63")


def test_the_whole_of_cases_the_period_brought_stays_a_figure():
    # p-sweep quotes of police and one-stop reports: the whole is the period's count of cases
    assert not _whole("Điều tra khám phá 35/37 vụ, làm rõ 67 đối tượng", "35/37")
    assert not _whole("trung tâm này đã xử lý, giải quyết 20.280/22.229 hồ sơ đã được tiếp nhận.", "20.280/22.229")
    assert not _whole("khen thưởng 12/10 xã vượt chỉ tiêu", "12/10")   # a part larger than its whole: no fraction


# ---------------------------------------------------------------- 7. the size of a full schedule

def test_the_kinds_or_doses_of_a_full_schedule_are_no_figure(dummy):
    # c13-bacyen-yte-2022-10
    text = "Triển khai có hiệu quả Chương trình tiêm chủng mở rộng, toàn huyện có 701 trẻ được tiêm chủng đầy đủ 7 loại vắc xin."
    assert flagged(text, dummy) == ["701"]
    # tpl-langson-yte-2019
    text = "Công tác tiêm chủng mở rộng, số trẻ em dưới 1 tuổi được tiêm đủ 8 loại vắcxin đạt 94,8%."
    assert flagged(text, dummy) == ["94,8%"]


def test_a_count_after_du_stays_a_count(dummy):
    assert flagged("Bảo hiểm xã hội huyện đã cấp đủ 300 thẻ BHYT cho người dân.", dummy) == ["300"]
