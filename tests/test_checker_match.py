"""Tying numbers to cells: tolerances, qualifiers, derivations, organisations, stale numbers."""

from decimal import Decimal as D

import pytest

from service.checker import check_text
from service.checker.match import value_supports
from service.figures.model import Figure, FigureTable

MUC = "2.6. Phối hợp thực hiện chính sách hậu phương quân đội"


def fig(ma, chi_tieu, unit, ky, ck=None, kh=None, don_vi="", muc=MUC):
    return Figure(ma, chi_tieu, unit, D(str(ky)), None if ck is None else D(str(ck)),
                  None if kh is None else D(str(kh)), don_vi, muc)


TABLE = FigureTable([
    fig("TT-01", "Số lượt người được tuyên truyền", "lượt người", 135697),
    fig("NB-06", "Số vụ ma túy bị phát hiện, bắt giữ", "vụ", 34, ck=9),
    fig("NB-07", "Số đối tượng ma túy bị phát hiện, bắt giữ", "đối tượng", 57),
    fig("NB-08", "Số người nghiện có hồ sơ quản lý", "người", 186, ck=246),
    fig("DQ-09", "Số đảng viên mới được kết nạp", "đ/c", 22, kh=26),
    fig("TQ-01", "Số thanh niên trúng tuyển nhập ngũ", "thanh niên", 155),
    fig("TQ-02", "Số đảng viên trong số thanh niên trúng tuyển", "đảng viên", 3),
    fig("TQ-03", "Mức quà mỗi suất tặng thanh niên nhập ngũ", "đồng", 1000000),
    fig("PN-01", "Số suất quà Hội LHPN huyện thăm, tặng", "suất", 735, don_vi="Hội LHPN huyện"),
    fig("ND-01", "Số suất quà Hội Nông dân thăm, tặng", "suất", 243, don_vi="Hội Nông dân huyện"),
    fig("DT-10", "Số cột điện được chỉnh trang", "cột điện", 200, don_vi="Huyện đoàn"),
    fig("QS-15", "Diện tích tổng dọn vệ sinh môi trường", "m2", 3000),
    fig("MT-02", "Trị giá quà Ủy ban MTTQ thăm, tặng", "đồng", 1035000000, don_vi="Ủy ban MTTQ Việt Nam huyện"),
], period="2023-H1")


def verdicts(text, table=TABLE, **kw):
    return [(n.text.strip(), n.verdict) for n in check_text(text, table, **kw).numbers if n.kind != "year"]


@pytest.mark.parametrize("v, w, dec, q, ok", [
    ("84.615", "84.61", 2, None, True),    # truncated
    ("84.615", "84.62", 2, None, True),    # rounded
    ("84.615", "84.6", 1, None, True),
    ("84.615", "84.63", 2, None, False),
    ("1.935", "1.9", 1, None, True),
    ("135697", "135697", 0, "hơn", True),
    ("120000", "135697", 0, "hơn", False),
    ("137263", "137000", 0, "hơn", True),
    ("135697", "135687", 0, "hơn", False),  # a changed digit under 'hơn' is still wrong
    ("200", "200", 0, "gần", True),
    ("185", "200", 0, "gần", True),
    ("210", "200", 0, "gần", False),
    ("3200", "3000", 0, "khoảng", True),
    ("3500", "3000", 0, "khoảng", False),
    ("3000", "3000", 0, "dưới", True),     # the table keeps the bound the text writes, as for hơn and gần
    ("3100", "3000", 0, "dưới", False),
    ("1000", "1010", 0, "gần", False),     # the last digit changed: 1000 is not "nearly 1.010"
    ("1008", "1010", 0, "gần", True),
    ("1000", "990", 0, "hơn", False),
    ("1000", "1100", 0, "khoảng", False),  # sig 100: within 50
    ("1040", "1000", 0, "khoảng", True),
    ("1040", "1000", 0, "trên dưới", True),
    ("990", "1000", 0, "dưới", True),
    ("1010", "1000", 0, "dưới", False),
])
def test_tolerances(v, w, dec, q, ok):
    assert value_supports(D(v), D(w), decimals=dec, qualifier=q, truncate=True) is ok


@pytest.mark.parametrize("v, written, scale, dec, q, ok", [
    ("1500000", "2", 10**6, 0, None, False),        # a scale word does not round a third away
    ("1500000", "1", 10**6, 0, None, False),        # nor truncate half away
    ("1990000", "2", 10**6, 0, None, True),
    ("2247300000", "2.247", 10**9, 3, None, True),
    ("1935000000", "1.9", 10**9, 1, None, True),    # truncated at the written decimal
    ("1500000", "2", 10**6, 0, "khoảng", False),
    ("1850000", "2", 10**6, 0, "khoảng", True),
    ("1500000", "2", 10**6, 0, "gần", False),
    ("1900000", "2", 10**6, 0, "gần", True),
])
def test_scale_words_never_round_a_change_away(v, written, scale, dec, q, ok):
    assert value_supports(D(v), D(written) * scale, decimals=dec, scale=scale, qualifier=q) is ok


def test_trên_dưới_is_about_not_under():
    assert verdicts("Tổng dọn trên dưới 3000 m2.")[0][1] == "supported"
    assert verdicts("Tổng dọn trên dưới 3600 m2.")[0][1] == "unsupported"


def test_integer_counts_do_not_truncate():
    assert not value_supports(D("2.5"), D("2"))      # '2km' is not 2,5 km
    assert value_supports(D("2.5"), D("3"))          # rounding is fine


def test_supported_cells_and_qualifiers():
    assert verdicts("Tuyên truyền cho hơn 135.697 lượt người.") == [("135.697", "supported")]
    assert verdicts("Tuyên truyền cho hơn 145.697 lượt người.") == [("145.697", "unsupported")]
    assert verdicts("Huyện đoàn chỉnh trang gần 200 cột điện.")[0][1] == "supported"
    assert verdicts("Huyện đoàn chỉnh trang gần 180 cột điện.")[0][1] == "unsupported"
    assert verdicts("Tổng dọn (khoảng 3000 m2).")[0][1] == "supported"


def test_derivations():
    text = ("Phát hiện, bắt 34 vụ/57 đối tượng, tăng 25 vụ so với cùng kỳ năm 2022. Số người nghiện có hồ sơ "
            "quản lý là 186 người, giảm 60 người so với cùng kỳ năm 2022.")
    assert [v for _, v in verdicts(text)] == ["supported", "supported", "derived", "supported", "derived"]
    wrong = text.replace("tăng 25 vụ", "giảm 25 vụ")
    r = check_text(wrong, TABLE)
    bad = [n for n in r.numbers if n.is_problem]
    assert len(bad) == 1 and bad[0].expected == "tăng 25"
    assert "NB-06" in bad[0].reason and "9 → 34" in bad[0].reason  # the row and its real change


def test_ratio_and_share_of_target():
    r = check_text("Kết nạp đảng viên mới được 22/26 đ/c, đạt 84,61% so với chỉ tiêu được giao.", TABLE)
    a, b, p = [n for n in r.numbers if n.kind != "year"]
    assert (a.source, b.source) == ({"ma": "DQ-09", "column": "ky_bao_cao"}, {"ma": "DQ-09", "column": "ke_hoach"})
    assert p.verdict == "derived" and "22/26" in p.derivation
    r = check_text("Kết nạp đảng viên mới được 22/26 đ/c, đạt 86,61% so với chỉ tiêu được giao.", TABLE)
    assert [n.verdict for n in r.numbers][-1] == "unsupported"
    assert [n.verdict for n in check_text("Kết nạp được 22/28 đ/c.", TABLE).numbers] == ["supported", "unsupported"]


def test_share_of_a_total_and_per_unit_product():
    text = ("Có 155 thanh niên trúng tuyển lên đường nhập ngũ, trong đó có 03 đảng viên, đạt 1,9%. Tặng quà 155 "
            "thanh niên (1.000.000đ/suất), với tổng số tiền là 155 triệu đồng.")
    r = check_text(text, TABLE)
    got = {n.text: (n.verdict, n.derivation) for n in r.numbers}
    assert got["1,9%"][0] == "derived" and "TQ-02/TQ-01" in got["1,9%"][1]
    assert got["155 triệu đồng"][0] == "derived" and "TQ-01 × TQ-03" in got["155 triệu đồng"][1]


def test_organisation_decides_between_rows():
    assert verdicts("Hội Nông dân tổ chức thăm và tặng 243 suất quà.")[0][1] == "supported"
    r = check_text("Hội Nông dân tổ chức thăm và tặng 735 suất quà.", TABLE)
    assert r.numbers[0].verdict == "unsupported" and "PN-01" in r.numbers[0].reason
    assert check_text("Thăm và tặng 735 suất quà.", TABLE, organisation="Hội Nông dân huyện").numbers[0].is_problem
    assert not check_text("Thăm và tặng 735 suất quà.", TABLE, organisation="Hội LHPN huyện").numbers[0].is_problem


def test_separator_typo_is_flagged_with_a_hint():
    n = check_text("Ủy ban MTTQ Việt Nam thăm, tặng quà trị giá 1.035 tỷ đồng.", TABLE).numbers[0]
    assert n.verdict == "unsupported" and "1,035 tỷ đồng (MT-02)" in n.reason and n.expected == "1,035 tỷ đồng"
    assert check_text("Ủy ban MTTQ Việt Nam thăm, tặng quà trị giá 1,035 tỷ đồng.", TABLE).numbers[0].verdict \
        == "supported"


def test_anniversaries_by_arithmetic():
    text = "Kỷ niệm 93 năm ngày thành lập Đảng (3/2/1930-3/2/2023); 133 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5)."
    got = {n.text: n for n in check_text(text, TABLE).numbers}
    assert got["93"].verdict == "not_a_figure" and "2023 − 1930 = 93" in got["93"].derivation
    assert got["133"].verdict == "not_a_figure"
    later = {n.text: n for n in check_text(text, TABLE, period="2024-H1").numbers}
    assert later["93"].verdict == "stale" and later["93"].expected == "94 năm"


def test_stale_numbers():
    now = FigureTable([fig("TT-01", "Số lượt người được tuyên truyền", "lượt người", 137263, ck=135697),
                       fig("NB-06", "Số vụ ma túy bị phát hiện, bắt giữ", "vụ", 40, ck=34)], period="2024-H1")
    before = FigureTable([fig("TT-01", "Số lượt người được tuyên truyền", "lượt người", 135697),
                          fig("NB-06", "Số vụ ma túy bị phát hiện, bắt giữ", "vụ", 34, ck=9)], period="2023-H1")
    n = check_text("Tuyên truyền cho hơn 135.697 lượt người.", now).numbers[0]
    assert n.verdict == "stale" and n.source == {"ma": "TT-01", "column": "cung_ky"} and n.expected == "137.263"
    assert "TT-01" in n.reason and "137.263 lượt người" in n.reason  # the row and this period's value
    ok = check_text("Tuyên truyền cho 137.263 lượt người, tăng 1.566 lượt người so với cùng kỳ năm 2023 "
                    "(135.697 lượt người).", now)
    assert [x.verdict for x in ok.numbers if x.kind != "year"] == ["supported", "derived", "supported"]
    r = check_text("Phát hiện 34 vụ ma túy, tăng 25 vụ so với cùng kỳ.", now, before)
    assert [x.verdict for x in r.numbers] == ["stale", "stale"]
    assert "NB-06" in r.numbers[1].reason and "tăng 6" in r.numbers[1].reason  # this period's change


# ---------------------------------------------------------------- round 2: Bù Đăng

MUC37 = "3.7. Ban CHQS huyện"
MUC34 = "3.4. Phối hợp hoạt động giữa Ban CHQS với Hội LHPN huyện"
MUC_III = "III. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG Ở CƠ SỞ XÃ, TT"
BD = FigureTable([
    fig("CH-01", "Số đoàn thể huyện phối hợp hoạt động với Ban CHQS huyện", "đơn vị", 6, muc=""),
    fig("CH-02", "Số xã, thị trấn có Ban CHQS tham gia chương trình phối hợp", "xã, thị trấn", 16, muc=""),
    fig("CTD-03", "Số băng rôn tuyên truyền Hội Chữ thập đỏ treo", "cái", 34, muc=""),
    fig("PN-09", "Số tiền cán bộ, hội viên ủng hộ công tác phòng chống dịch Covid-19 (Hội LHPN)", "đồng", 62640000,
        don_vi="Hội LHPN huyện", muc=MUC34),
    fig("PN-12", "Số phần quà Hội phụ nữ huyện thăm, tặng tại Trung đội bộ binh 290", "phần quà", 10,
        don_vi="Hội LHPN huyện", muc=MUC34),
    fig("PN-13", "Trị giá quà Hội phụ nữ huyện thăm, tặng tại Trung đội bộ binh 290", "đồng", 3500000,
        don_vi="Hội LHPN huyện", muc=MUC34),
    fig("QS-06", "Số ngày công phát quang đường liên thôn (cấp huyện chỉ đạo)", "ngày công", 650,
        don_vi="Ban CHQS các xã, thị trấn", muc=MUC37),
    fig("QS-07", "Số ngày công của lực lượng dân quân (cấp huyện chỉ đạo)", "ngày công", 250,
        don_vi="Ban CHQS các xã, thị trấn", muc=MUC37),
    fig("QS-08", "Số phần quà thăm, tặng gia đình chính sách, hộ nghèo dịp Tết", "phần quà", 2500,
        don_vi="Ban CHQS các xã, thị trấn", muc=MUC37),
    fig("QS-09", "Trị giá mỗi phần quà tặng gia đình chính sách, hộ nghèo dịp Tết", "đồng", 300000,
        don_vi="Ban CHQS các xã, thị trấn", muc=MUC37),
    fig("QS-10", "Số gia đình đồng bào dân tộc nghèo tại thôn 7 xã Đoàn Kết được thăm, tặng quà", "gia đình", 10,
        don_vi="Ban CHQS huyện", muc=MUC37),
    fig("QS-11", "Trị giá mỗi phần quà tặng gia đình đồng bào dân tộc nghèo thôn 7 xã Đoàn Kết", "đồng", 300000,
        don_vi="Ban CHQS huyện", muc=MUC37),
    fig("QS-14", "Trị giá bình quân mỗi phần quà tặng gia đình chính sách", "đồng", 500000,
        don_vi="Ban CHQS huyện", muc=MUC37),
    fig("QS-17", "Trị giá mỗi phần quà trao cho dân quân thường trực các xã", "đồng", 300000,
        don_vi="Ban CHQS huyện", muc=MUC37),
    fig("CS-01", "Số ngày công phát quang đường liên thôn (cấp xã)", "ngày công", 700,
        don_vi="Ban CHQS các xã, thị trấn", muc=MUC_III),
    fig("CS-02", "Số ngày công của lực lượng dân quân (cấp xã)", "ngày công", 350,
        don_vi="Ban CHQS các xã, thị trấn", muc=MUC_III),
], period="2020-H1")

SECTION_37 = ("3.7. Ban CHQS huyện: Trong 6 tháng đầu năm 2020 đã phát quang đường liên thôn với 650 ngày công "
              "(trong đó LLDQ với 250 ngày công); thăm, tặng quà gia đình chính sách, hộ nghèo với 2.500 phần quà, "
              "trị giá mỗi phần 300.000đ. Phối hợp thăm tặng quà 10 gia đình đồng bào dân tộc nghèo tại thôn 7 xã "
              "Đoàn Kết mỗi phần trị giá 300.000 đồng. Đảng ủy – Ban CHQS huyện đã trao quà cho dân quân thường "
              "trực các xã, mỗi phần trị giá 300.000 đồng.\n\n"
              "III. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP HOẠT ĐỘNG Ở CƠ SỞ XÃ, TT\n\n"
              "Ban CHQS 16 xã, TT phát quang đường liên thôn với 700 ngày công (trong đó LLDQ với 350 ngày công).")


def test_run_in_and_roman_headings_name_their_sections():
    r = check_text(SECTION_37, BD)
    got = {n.text.strip(): n for n in r.numbers if n.is_problem}
    assert not got, {k: v.reason for k, v in got.items()}
    src = {n.text.strip() + "@" + str(n.start): (n.source or {}).get("ma") for n in r.numbers if n.source}
    assert [v for k, v in src.items() if k.startswith(("250@", "350@"))] == ["QS-07", "CS-02"]


def test_rows_of_one_value_are_interchangeable():
    """Three 300.000đ rows in 3.7: each mention takes its own row, none is flagged."""
    r = check_text(SECTION_37, BD)
    gifts = [n for n in r.numbers if n.value == 300000]
    assert [n.verdict for n in gifts] == ["supported"] * 3
    assert sorted(n.source["ma"] for n in gifts) == ["QS-09", "QS-11", "QS-17"]


def test_set_phrases_and_denominators_raise_no_alarm():
    text = ("Hội LHPN góp phần tích cực thực hiện 2 nhiệm vụ chiến lược xây dựng và bảo vệ Tổ quốc; giáo dục truyền "
            "thống trong 2 cuộc kháng chiến. Ban CHQS huyện tặng quà gia đình chính sách (bình quân 500.000đ/1 phần quà).")
    assert [(t, v) for t, v in verdicts(text, BD) if v in ("unsupported", "stale")] == []


def test_money_without_a_unit_is_matched_to_money_rows():
    text = ("Hội LHPN vận động cán bộ, hội viên được 62.640.000 ủng hộ công tác phòng chống dịch Covid-19; "
            "thăm, tặng quà 10 phần quà trị giá 3.500.000 và tổ chức gói bánh chưng tại Trung đội bộ binh 290.")
    r = check_text(text, BD, section=MUC34)
    got = {n.text.strip(): n for n in r.numbers if n.value and n.value >= 1000000}
    assert got["62.640.000"].verdict == "supported" and got["62.640.000"].source["ma"] == "PN-09"
    assert got["3.500.000"].verdict == "supported" and got["3.500.000"].kind == "money"
    assert verdicts("Hội LHPN tặng 10 phần quà trị giá 3.600.000 và tổ chức gói bánh chưng", BD,
                    section=MUC34)[-1] == ("3.600.000", "unsupported")


def test_label_nouns_and_generic_thing_units():
    """'34 băng rôn' fits a 'cái' row; '07 đoàn thể' does not fit '07 trường hợp' (the label counts đoàn thể)."""
    assert verdicts("Hội Chữ thập đỏ treo 34 băng rôn tuyên truyền.", BD)[0] == ("34", "supported")
    table = FigureTable(list(BD) + [fig("QS-05", "Số trường hợp tình nguyện phục vụ lâu dài", "trường hợp", 7,
                                        muc="")], period="2020-H1")
    assert verdicts("Ban CHQS huyện phối hợp với 06 đoàn thể của huyện.", table)[0] == ("06", "supported")
    assert verdicts("Ban CHQS huyện phối hợp với 07 đoàn thể của huyện.", table)[0] == ("07", "unsupported")


def test_stale_money_without_unit_names_the_current_value():
    nxt = FigureTable([fig(f.ma, f.chi_tieu, f.don_vi_tinh, f.ky_bao_cao * 2 if f.ma in ("PN-09", "PN-13")
                           else f.ky_bao_cao, ck=f.ky_bao_cao, don_vi=f.don_vi, muc=f.muc or "") for f in BD],
                      period="2021-H1")
    text = ("Hội LHPN vận động cán bộ, hội viên được 62.640.000 ủng hộ công tác phòng chống dịch Covid-19; "
            "thăm, tặng quà 10 phần quà trị giá 3.500.000 và tổ chức gói bánh chưng tại Trung đội bộ binh 290.")
    for prior in (None, BD):
        r = check_text(text, nxt, prior, section=MUC34)
        got = {n.text.strip(): n for n in r.numbers if n.value and n.value >= 1000000}
        assert got["62.640.000"].verdict == "stale" and got["62.640.000"].expected == "125.280.000"
        assert got["3.500.000"].verdict == "stale" and got["3.500.000"].expected == "7.000.000"


def test_same_value_mentions_the_sentence_cannot_tell_apart_take_distinct_rows():
    text = "Ban CHQS huyện tặng quà, mỗi phần 300.000đ; tặng quà, mỗi phần 300.000đ; tặng quà, mỗi phần 300.000đ."
    r = check_text(text, BD, section=MUC37)
    gifts = [n for n in r.numbers if n.value == 300000]
    assert [n.verdict for n in gifts] == ["supported"] * 3
    assert len({n.source["ma"] for n in gifts}) == 3


def test_last_periods_value_is_stale_unless_the_sentence_compares():
    now = FigureTable([fig("TT-01", "Số lượt người được tuyên truyền", "lượt người", 137263, ck=135697),
                       fig("NB-06", "Số vụ ma túy bị phát hiện, bắt giữ", "vụ", 40, ck=34)], period="2024-H1")
    before = FigureTable([fig("TT-01", "Số lượt người được tuyên truyền", "lượt người", 135697),
                          fig("NB-06", "Số vụ ma túy bị phát hiện, bắt giữ", "vụ", 34, ck=9)], period="2023-H1")
    loose = ("Trong kỳ, so với cùng kỳ năm trước công tác tuyên truyền được đẩy mạnh, tuyên truyền cho "
             "135.697 lượt người.")
    for prior in (None, before):
        n = check_text(loose, now, prior).numbers[-1]
        assert n.verdict == "stale" and n.expected == "137.263", n
    compared = ["Phát hiện 40 vụ ma túy, cùng kỳ 34 vụ.", "Phát hiện 40 vụ ma túy (năm trước: 34 vụ).",
                "So với cùng kỳ năm 2023 (34 vụ), phát hiện tăng 6 vụ.", "Phát hiện 40 vụ, tăng so với 34 vụ cùng kỳ.",
                "Cùng kỳ năm trước phát hiện 34 vụ, năm nay 40 vụ."]
    for text in compared:
        got = [(n.text, n.verdict) for n in check_text(text, now, before).numbers if n.kind != "year"]
        assert ("34", "supported") in got and not any(v in ("stale", "unsupported") for _, v in got), (text, got)
