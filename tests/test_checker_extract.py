"""Reading numbers in Vietnamese notation: forms from the register doc and the real reports."""

from decimal import Decimal

import pytest

from service.checker import extract_numbers


def one(text, raw=None):
    ms = [m for m in extract_numbers(text) if raw is None or m.raw == raw or text[m.num_start:m.num_end] == raw]
    assert ms, f"nothing found in {text!r}: {extract_numbers(text)}"
    return ms[0]


@pytest.mark.parametrize("text, value, kind, unit", [
    ("cho hơn 135.697 lượt người", "135697", "count", "lượt người"),
    ("đạt 84,61% so với chỉ tiêu", "84.61", "percent", "%"),
    ("đạt 31 %.", "31", "percent", "%"),
    ("làm 21,4 km đường", "21.4", "measure", "km"),
    ("trị giá 5.903.359.000đ;", "5903359000", "money", "đồng"),
    ("số tiền 155 triệu đồng", "155000000", "money", "đồng"),
    ("trị giá 23,5 triệu đồng", "23500000", "money", "đồng"),
    ("vận động 2,247 tỷ đồng", "2247000000", "money", "đồng"),
    ("tổng 133.500.000 đồng", "133500000", "money", "đồng"),
    ("Phát hiện 07 thương, phế binh", "7", "count", None),
    ("thu gom 50m3 rác", "50", "measure", "m3"),
    ("gạo 850kg gạo", "850", "measure", "kg"),
    ("tổng dọn (khoảng 3000 m2  )", "3000", "measure", "m2"),
    ("giá 4.350.000đồng.", "4350000", "money", "đồng"),
    ("với 3 nghìn người", "3000", "count", None),
])
def test_number_forms(text, value, kind, unit):
    m = [x for x in extract_numbers(text) if x.is_figure][0]
    assert m.value == Decimal(value) and m.kind == kind
    if unit:
        assert m.unit == unit


def test_spans_are_exact_and_cover_the_expression():
    text = "tặng quà động viên (1.000.000đ/suất), với tổng số tiền là 155 triệu đồng."
    a, b = [m for m in extract_numbers(text) if m.is_figure]
    assert text[a.start:a.end] == "1.000.000đ/suất" and a.per == "suất" and text[a.num_start:a.num_end] == "1.000.000"
    assert text[b.start:b.end] == "155 triệu đồng" and b.scale == 10**6


def test_leading_zero_grouping_and_qualifiers():
    m = one("trong đó có 03 đảng viên", "03")
    assert m.leading_zero and m.value == 3 and m.unit == "đảng viên"
    assert one("trên 3.000 mộ liệt sỹ", "3.000").qualifier == "trên"
    assert one("gần 200 cột điện", "200").qualifier == "gần"
    assert one("khoảng 1km)", "1").qualifier == "khoảng"
    assert one("trên 3.000 mộ", "3.000").grouped


def test_comparisons():
    text = "34 vụ/57 đối tượng, tăng 25 vụ so với cùng kỳ năm 2022. Có 10 Việt kiều (không tăng, không giảm)"
    ms = extract_numbers(text)
    inc = [m for m in ms if m.comparison == "tăng"][0]
    assert inc.value == 25 and inc.kind == "change" and inc.qualifier_start == text.index("tăng")
    assert any(m.comparison == "không đổi" and m.value == 0 for m in ms)
    assert one("số người nghiện 186 người, giảm 60 người", "60").comparison == "giảm"


def test_pairs():
    ms = [m for m in extract_numbers("kết nạp được 22/26 đ/c, bắt 34 vụ/57 đối tượng") if m.is_figure]
    a, b, c, d = ms
    assert (a.partner, b.partner, a.pair_role, b.pair_role) == (1, 0, "numerator", "denominator")
    assert a.same_unit_pair and a.unit == "đ/c" and a.kind == "ratio"
    assert c.partner == 3 and not c.same_unit_pair and c.unit == "vụ" and d.unit == "đối tượng"
    money = [m for m in extract_numbers("hỗ trợ 11 gia đình khó khăn/11 triệu đồng") if m.is_figure]
    assert money[0].partner is None  # a count and an amount, not a ratio


def test_comparison_base():
    text = "tăng 1.566 lượt người so với cùng kỳ năm 2023 (135.697 lượt người)."
    assert one(text, "135.697").comparison_base
    assert not one("đạt 84,61% so với chỉ tiêu được giao, trong đó có 06 đảng viên", "06").comparison_base


@pytest.mark.parametrize("text, raw, kind", [
    ("93 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930-3/2/2023)", "3/2/1930-3/2/2023", "date"),
    ("133 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5)", "19/5", "date"),
    ("quê hương Hàm Thuận (08/4), Bình Thuận", "08/4", "date"),
    ("Kết luận số 21-KL/TW ngày 25/10/2021 của", "21-KL/TW", "reference"),
    ("Kết luận số 21-KL/TW ngày 25/10/2021 của", "25/10/2021", "date"),
    ("gắn thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị", "05-CT/TW", "reference"),
    ("thực hiện Quyết định 1237 của UBND", "1237", "reference"),
    ("theo Nghị định 03 của Chính phủ", "03", "reference"),
    ("Trung đội bộ binh 290 tham gia", "290", "name"),
    ("vệ sinh môi trường tại thôn 7 và tổ 8 (khoảng", "7", "address"),
    ("vệ sinh môi trường tại thôn 7 và tổ 8 (khoảng", "8", "address"),
    ("phòng, chống dịch Covid -19.", "19", "name"),
    ("do đại dịch Covid-19. Thông qua", "19", "name"),
    ("Trong 6 tháng đầu năm 2023, trên địa bàn", "6", "period"),
    ("Trong 6 tháng đầu năm 2023, trên địa bàn", "2023", "year"),
    ("nguồn nhập ngũ 2024.", "2024", "year"),
    ("93 năm ngày thành lập Đảng", "93", "anniversary"),
    ("48 năm giải  phóng quê hương", "48", "anniversary"),
    ("Lễ kỷ niệm 40 năm thành lập huyện", "40", "anniversary"),
    ("\n2.4. Phối hợp thực hiện công tác tuyển quân\n", "2.4.", "section"),
    ("và\n\n\n\n8\n\nđạt mục đích", "8", "page"),
    ("trên địa bàn 17 xã, thị trấn của huyện", "17", "name"),
    ("Số: 05/BC-UBND", "05/BC-UBND", "reference"),
    ("Lưu: QS, DV.V-30.", "30", "reference"),
    ("Ngày thứ 7 tình nguyện", "7", "ordinal"),
])
def test_not_a_figure(text, raw, kind):
    m = one(text, raw)
    assert m.kind == kind and not m.is_figure


def test_figures_that_look_like_other_things():
    assert one("bếp ăn từ thiện 14 ngày/tháng;", "14").is_figure       # PN-26
    assert one("(đối tượng học sinh: 25/25 hồ sơ; ... 10/10 hồ sơ)", "10").kind == "ratio"  # not 10 October
    assert one("trồng hơn 3000 cây xanh", "3000").kind == "count"  # not a year


def test_number_words_only_when_they_count_something():
    assert [m.value for m in extract_numbers("mở hai lớp bồi dưỡng") if m.notation == "word"] == [2]
    assert not [m for m in extract_numbers("phát quang hai ven đường, một số gia đình") if m.notation == "word"]


def test_separator_readings():
    m = one("trị giá 1.035 tỷ đồng", "1.035")
    assert m.value == Decimal("1035000000000") and Decimal("1035000000") in m.alternatives
    assert one("giá 23.5 triệu đồng", "23.5").notation == "foreign"


# ---------------------------------------------------------------- round 2: Bù Đăng

@pytest.mark.parametrize("text, raw", [
    ("góp phần tích cực thực hiện 2 nhiệm vụ chiến lược xây dựng và bảo vệ Tổ quốc", "2"),
    ("truyền thống đấu tranh của quân và dân ta trong 2 cuộc kháng chiến chống Pháp và chống Mỹ", "2"),
    ("xây dựng lực lượng 3 thứ quân vững mạnh", "3"),
    ("phương châm 4 tại chỗ", "4"),
    ("tiêu chí 5 không, 3 sạch", "5 không, 3 sạch"),
    # http://baohaugiang.com.vn/thoi-su-trong-tinh/toan-tinh-co-tren-118-000-hoi-vien-166-000-phu-nu-64207.html
    ("hộ gia đình hội viên đạt 8 tiêu chí 5 không 3 sạch, tăng trên 1.400 hộ", "8 tiêu chí 5 không 3 sạch"),
])
def test_set_phrases_are_names_not_counts(text, raw):
    m = one(text, raw)
    assert m.kind == "name" and not m.is_figure and m.note in ("set phrase", "number of parts of a definition")


def test_set_phrase_in_words_is_not_a_count():
    assert not [m for m in extract_numbers("trong hai cuộc kháng chiến chống Pháp") if m.is_figure]
    assert one("tổ chức hai cuộc tuyên truyền").value == 2  # an ordinary count in words still counts


def test_per_unit_denominator_one_is_part_of_the_money():
    text = "7.000.000đ (bình quân 500.000đ/1 phần quà). Đảng ủy"
    ms = extract_numbers(text)
    assert [m.raw for m in ms] == ["7.000.000đ", "500.000đ/1 phần quà"]
    assert ms[1].per == "phần quà" and ms[1].value == 500000
    assert one("mức 200.000đ/01 người").per == "người"


def test_moi_to_is_a_per_unit_count_not_a_named_unit():
    m = one("thành lập 85 tổ phản ứng nhanh mỗi tổ 02 người để nắm tình hình", "02")
    assert m.kind == "count" and m.unit == "người" and m.per == "tổ"


def test_claims_scan_windows_like_the_whole_text(monkeypatch):
    """Claim patterns run only around digits: same mentions as scanning the whole text (both corpus reports)."""
    import unicodedata
    from dataclasses import asdict

    from service.checker import extract as X
    from tests.conftest import REPORTS

    for name in ("ham-thuan-bac-2023-h1.txt", "bu-dang-2020-h1.txt"):
        text = unicodedata.normalize("NFC", (REPORTS / name).read_text(encoding="utf-8"))
        text = text + "\n\n" + text[:5000] + "\n12\n"  # a page number at the very end: \Z at the text's end
        fast = [asdict(m) for m in X.extract_numbers(text)]
        with monkeypatch.context() as mp:
            mp.setattr(X, "_digit_windows", lambda t: [(0, len(t))])
            full = [asdict(m) for m in X.extract_numbers(text)]
        assert fast == full


def test_windows_end_on_a_letter():
    from service.checker.extract import _digit_windows

    text = "Trang 12   \n\n" + "x" * 300 + " 5 người " + "y" * 300
    for a, b in _digit_windows(text):
        assert b == len(text) or text[b - 1].isalpha()


def test_compound_amount_is_one_amount():
    # https://budang.binhphuoc.gov.vn/... (evaluations/cases/real/a-bu-dang-hlhpn-2024-h1): "khoảng 1 tỷ 500 triệu đồng"
    text = "vận động được khoảng 1 tỷ 500 triệu đồng để hỗ trợ"
    (m,) = [x for x in extract_numbers(text) if x.is_figure]
    assert (m.value, m.kind, m.scale, m.qualifier) == (Decimal("1500000000"), "money", 10**9, "khoảng")
    assert m.raw == "1 tỷ 500 triệu đồng" and m.decimals == 3
    (n,) = [x for x in extract_numbers("hỗ trợ 2 triệu 500 nghìn đồng") if x.is_figure]
    assert n.value == 2_500_000


def test_per_unit_stops_at_the_next_sentence():
    # evaluations/cases/real/a-nhat-quang-hnd-2021-h1: "năng xuất đạt được 65 tạ/ha\nVề sản xuất vụ mùa"
    (m,) = [x for x in extract_numbers("năng xuất đạt được 65 tạ/ha\nVề sản xuất vụ mùa") if x.is_figure]
    assert m.raw == "65 tạ/ha" and m.per == "ha"


def test_fewer_than_last_year_is_a_change():
    # evaluations/cases/real/b-lam-dong-ma-tuy-2020-h1: "so với cùng kỳ năm ngoái, số án khởi tố ít hơn 6 vụ (12/6 vụ)"
    m = one("so với cùng kỳ năm ngoái, số án khởi tố ít hơn 6 vụ (12/6 vụ)", "6")
    assert (m.kind, m.comparison, m.qualifier) == ("change", "giảm", None)
    assert one("số người tham gia cao hơn 5% so với kế hoạch", "5").qualifier == "hơn"  # no comparison before
    assert one("có hơn 200 hộ tham gia", "200").qualifier == "hơn"


@pytest.mark.parametrize("text,raw,kind,unit", [
    # a women's union's mid-term write-up: the đồng of the loan fund is no money word for the members it helped
    ("đã vận động hơn 22 tỷ đồng giúp hơn 11 nghìn hội viên vay để phát triển kinh tế", "11 nghìn", "count", "hội viên"),
    ("các cấp hội đang quản lý trên 737 tỷ đồng cho gần 20 nghìn hộ hội viên vay", "20 nghìn", "count", "hộ"),
    # an amount whose currency is left out after another amount stays money
    ("Hỗ trợ 3 tỷ đồng và 500 triệu.", "500 triệu", "money", "đồng"),
    ("Góp 2 tỷ đồng, 300 triệu cho quỹ.", "300 triệu", "money", "đồng"),
    ("Tổng số tiền 155 triệu.", "155 triệu", "money", "đồng"),
])
def test_a_scaled_number_after_another_amount_counts_the_noun_that_follows_it(text, raw, kind, unit):
    [m] = [m for m in extract_numbers(text) if m.raw == raw]
    assert (m.kind, m.unit) == (kind, unit)


@pytest.mark.parametrize("text,raw,unit", [
    ("thiệt hại về tài sản khoảng 654,94 tỷ đồng và 408 hecta rừng", "408 hecta", "ha"),   # Cục Cảnh sát PCCC, 2019
    ("nâng cấp 12 ki-lô-mét đường giao thông nông thôn", "12 ki-lô-mét", "km"),
    ("xây dựng 3.500 mét vuông nhà văn hóa", "3.500 mét vuông", "m2"),
    ("bê tông hóa 12 cây số đường làng", "12 cây số", "km"),
])
def test_measures_spelled_out_are_measures(text, raw, unit):
    [m] = [m for m in extract_numbers(text) if m.raw == raw]
    assert (m.kind, m.unit) == ("measure", unit)
