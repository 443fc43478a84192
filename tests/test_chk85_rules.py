"""Checker round 85 (helper chk85, issue 13): the final batch xo-'s false alarms and missed swaps between parallel
counts.  Each rule: the page that showed it, a second real source, and real negatives."""

from __future__ import annotations

import pytest

from service.checker.countbracket import before_count_bracket, count_bracket_open
from service.checker.extract import extract_numbers
from service.checker.sublead import without_breakdown_lead
from service.checker.unitwhole import unit_written_whole
from tests.sweep_tables import case_line_verdicts, heldout, nfc, page, table

FLAGS = ("unsupported", "stale")


def _verdicts(slug, line, bad=None):
    return [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad)]


# --- a bracket opening on a count takes its group from the clause before it --------------------------------------
BINH_DINH = "xo-binh-dinh-ubnd-tinh-khuyen-cong-dia-phuong-2017"
VO = "yp-binh-dinh-so-vhtt-giai-vo-co-truyen-mien-trung-tay-nguyen-2015-07"


@pytest.mark.parametrize("slug, line", [
    (BINH_DINH, "(2 chương trình tuyên truyền về hoạt động khuyến công, 60 triệu đồng)"),
    (BINH_DINH, "(2 chương trình, gần 162,5 triệu đồng)"),
    (VO, "đoàn Khánh Hòa giành giải Nhì (7 HCV, 10 HCB, 4 HCĐ)"),
])
def test_a_count_bracket_is_the_clause_befores(slug, line):
    assert all(v == "supported" for _, v in _verdicts(slug, line)), _verdicts(slug, line)


@pytest.mark.parametrize("slug, line, bad, planted", [
    (BINH_DINH, "(2 chương trình, gần 162,5 triệu đồng)", "(2 chương trình, gần 60 triệu đồng)", "60 triệu đồng"),
    (VO, "đoàn Khánh Hòa giành giải Nhì (7 HCV, 10 HCB, 4 HCĐ)",
     "đoàn Khánh Hòa giành giải Nhì (7 HCV, 3 HCB, 4 HCĐ)", "3"),
])
def test_a_swap_in_a_count_bracket_is_still_caught(slug, line, bad, planted):
    assert dict(_verdicts(slug, line, bad))[planted] in FLAGS


def test_a_bracket_opening_on_words_is_no_count_bracket():
    # real negative: zf-vinh-long "(trong tỉnh là 2.335 người, …)" names its part itself
    text = nfc(heldout("zf-vinh-long-vung-liem-giai-quyet-viec-lam-2019-9t"))
    at = text.index("2.335 người")
    assert count_bracket_open(text, 0, at) is None and before_count_bracket(text, 0, at) == at
    text = nfc(heldout(BINH_DINH))
    at = text.index("162,5")
    assert text[count_bracket_open(text, 0, at):].startswith("(2 chương trình, gần")


# --- a sub-row's "Trong đó:" lead is no word of the visitor it counts -----------------------------------------------
def test_a_part_of_visitors_under_trong_do_is_its_row():
    slug = "xo-an-giang-cang-hkqt-phu-quoc-tet-binh-ngo-2026-02"
    line = "trong đó có 116.830 khách trong nước, 143.643 khách quốc tế"
    assert _verdicts(slug, line) == [("116.830", "supported"), ("143.643", "supported")]


def test_a_part_of_visitors_under_trong_do_second_source(tmp_path):
    # sweep t13-baogiaothong-hangkhong-t7-2017, against a sheet that keeps the part under "Trong đó:"
    text = nfc(page("t13-baogiaothong-hangkhong-t7-2017"))
    line = text[text.index("Về vận tải"):text.index("so với tháng 7/2016.") + 20]
    figures = table(tmp_path, ["1,Hành khách vận chuyển,lượt,4.380.000", "2,Trong đó: khách quốc tế,lượt,1.000.000"])
    from service.checker import check_text
    got = {n.text: n.verdict for n in check_text(line, figures).numbers}
    assert got["1 triệu"] == "supported", got


@pytest.mark.parametrize("label, bare", [
    ("trong do: khach trong nuoc", "khach trong nuoc"), ("- khach quoc te", "khach quoc te"),
    ("khach quoc te", "khach quoc te"), ("trong tinh", "trong tinh"),   # negatives: no lead
])
def test_breakdown_lead(label, bare):
    assert without_breakdown_lead(label) == bare


# --- a number whose next word the page cut off ----------------------------------------------------------------------
@pytest.mark.parametrize("slug, quote", [
    ("xo-mien-nui-phia-bac-dong-loc-nha-toc-mai-2024-04", "khoảng 5 t"),
    ("yb-dong-bang-song-hau-cum-tinh-doan-giao-ban-2023-h1", "xây dựng mới 9 c"),
])
def test_a_number_cut_off_at_the_pages_end_is_no_figure(slug, quote):
    text = nfc(heldout(slug))
    assert text.rstrip().endswith(quote)
    last = extract_numbers(text)[-1]
    assert last.recogniser == "cut-off" and not last.is_figure


@pytest.mark.parametrize("text", [
    "Tổng chiều dài tuyến là 12 km",          # a unit symbol, whole
    "toàn tỉnh đạt 5 tỷ",                      # a whole word with its vowel
    "triệt phá 77 vụ/103 ",                    # yk-binh-thuan: nothing after the number
    "xây dựng mới 9 c thì mới đủ",             # not the text's end
])
def test_real_negatives_of_the_cut_off(text):
    assert all(m.recogniser != "cut-off" for m in extract_numbers(text))


# --- one measure per level of government: cấp huyện / cấp xã ------------------------------------------------------
HAI_DUONG = "xo-hai-duong-ubbc-tinh-don-vi-bau-cu-hdnd-2021-03"
BAU_CU = "xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011"


@pytest.mark.parametrize("slug, line, bad, planted", [
    (HAI_DUONG, "ấn định tổng số 93 đơn vị bầu cử đại biểu HĐND cấp huyện",
     "ấn định tổng số 1715 đơn vị bầu cử đại biểu HĐND cấp huyện", "1715"),
    (HAI_DUONG, "toàn tỉnh sẽ bầu 407 đại biểu HĐND cấp huyện", "toàn tỉnh sẽ bầu 5.826 đại biểu HĐND cấp huyện",
     "5.826"),
    (BAU_CU, "3.832 đại biểu HĐND cấp tỉnh, 21.131 đại biểu HĐND cấp huyện",
     "3.832 đại biểu HĐND cấp tỉnh, 3.832 đại biểu HĐND cấp huyện", None),
])
def test_the_level_named_chooses_the_row(slug, line, bad, planted):
    assert all(v == "supported" for _, v in _verdicts(slug, line))
    got = _verdicts(slug, line, bad)
    assert any(v in FLAGS for t, v in got if planted in (None, t)), got


def test_a_label_of_two_levels_is_no_levels():
    # real negative: "70 người tự ứng cử đại biểu HĐND cấp huyện, cấp xã" (row 7 names both levels)
    assert _verdicts(HAI_DUONG, "Toàn tỉnh có 70 người tự ứng cử đại biểu HĐND cấp huyện, cấp xã") == [("70", "supported")]


# --- a count in brackets right after a name is the name's row ------------------------------------------------------
MIEN_NUI = "xo-mien-nui-phia-bac-dong-loc-nha-toc-mai-2024-04"


def test_a_whole_value_in_a_named_bracket_is_a_swap():
    line = "tại các huyện: Bạch Thông (có tới 384 nhà)"
    assert _verdicts(MIEN_NUI, line) == [("384", "supported")]
    assert _verdicts(MIEN_NUI, line, line.replace("384", "576")) == [("576", "unsupported")]


@pytest.mark.parametrize("slug, line", [
    ("xc-toan-quoc-bo-tu-phap-tgpl-tham-gia-to-tung-2022-03", "Hồ Chí Minh (21 vụ), Điện Biên (8 vụ), Tây Ninh (6 vụ)"),
    ("zf-vinh-long-vung-liem-giai-quyet-viec-lam-2019-9t", "Nhật Bản (225 lao động)"),
    ("zk-quang-nam-trung-tam-hanh-chinh-cong-xtdt-2018-5t", "Công an tỉnh (590 hồ sơ), Sở Giao thông vận tải (156 hồ sơ)"),
])
def test_named_brackets_of_their_own_rows_pass(slug, line):
    assert all(v == "supported" for _, v in _verdicts(slug, line)), _verdicts(slug, line)


# --- a value of a row naming a place, in a sentence about another place --------------------------------------------
CA_MAU = "xo-ca-mau-thoi-binh-loc-xoay-nha-sap-2016-05"


def test_another_places_value_is_flagged():
    line = "Hơn 200 căn nhà bị hư hại trong mưa chuyển mùa kèm lốc xoáy xảy ra ở nhiều xã của huyện Thới Bình (Cà Mau)."
    assert _verdicts(CA_MAU, line) == [("200", "supported")]
    assert _verdicts(CA_MAU, line, line.replace("200", "46")) == [("46", "unsupported")]


@pytest.mark.parametrize("slug, line", [
    (CA_MAU, "Tại huyện Hồng Ngự và thị xã Hồng Ngự (Đồng Tháp) cũng có 46 căn sập"),
    (CA_MAU, "làm sập 11 căn nhà và tốc mái 9 căn ở xã Định An, huyện Gò Quao (Kiên Giang)"),
    ("yc-ha-tinh-kiem-lam-vi-pham-lam-nghiep-2021", "tại huyện Hương Khê xảy ra 55 vụ, Hương Sơn 52 vụ, huyện Kỳ Anh 13 vụ"),
    (MIEN_NUI, "tại các huyện: Bạch Thông (có tới 384 nhà)"),
])
def test_a_place_the_row_names_passes(slug, line):
    assert all(v == "supported" for _, v in _verdicts(slug, line)), _verdicts(slug, line)


# --- a unit of several nouns written whole after the number --------------------------------------------------------
def test_the_headline_count_in_its_rows_whole_unit_passes():
    assert _verdicts(BINH_DINH, "Phê duyệt 20 chương trình, đề án khuyến công địa phương") == [("20", "supported")]


@pytest.mark.parametrize("slug, quote, unit", [
    (BINH_DINH, "20 chương trình, đề án khuyến công địa phương", "chương trình, đề án"),
    ("w-bac-kan-thanh-nien-tinh-nguyen-he-2022", "68 công trình, phần việc thanh niên", "công trình, phần việc"),
    ("u-dien-bien-xoa-mu-chu-2013-2014", "9 huyện, thị xã.", "huyện, thị xã"),
    ("k-quangbinh-nhapngu-2008", "80 xã, phường, thị trấn", "xã, phường, thị trấn"),
])
def test_unit_written_whole(slug, quote, unit):
    text = nfc(heldout(slug))
    at = text.index(quote)
    end = at + len(quote.split()[0])
    assert unit_written_whole(text, end, unit)
    assert not unit_written_whole(text, end, unit.split(",")[0])   # a unit of one noun: no evidence here


def test_a_unit_of_several_nouns_not_written_whole():
    # real negative: "(2 chương trình tuyên truyền …" is no "chương trình, đề án"
    text = nfc(heldout(BINH_DINH))
    at = text.index("2 chương trình tuyên truyền")
    assert not unit_written_whole(text, at + 1, "chương trình, đề án")


# --- a body sentence restates a title only when it is about the title's measure ------------------------------------
def test_a_title_sharing_only_subject_and_period_with_the_body_stands():
    slug = "xo-toan-quoc-vinamilk-ket-qua-kinh-doanh-2015-q2"
    assert dict(_verdicts(slug, "Vinamilk lãi quý II/2015 hơn 2.185 tỷ đồng"))["2.185 tỷ đồng"] == "supported"


@pytest.mark.parametrize("label, title, named", [
    ("Doanh thu thuần", "Vinamilk lãi quý II/2015 hơn 2.185 tỷ đồng", False),
    ("Số vụ cháy, nổ", "Hà Nội xảy ra 925 vụ cháy, nổ trong 9 tháng", True),     # d7-tek4tv-hanoi-chayno-9t
    ("Số vụ vi phạm phát hiện", "Xử lý 34 vụ vi phạm về bảo vệ rừng", True),    # zk-hai-duong-chi-cuc-kiem-lam
])
def test_label_in_title(label, title, named):
    from service.checker.titlelabel import label_in_title
    words = {w.lower() for w in title.replace(",", " ").split() if not w[0].isdigit()}
    assert label_in_title(label, words) is named


def test_a_count_bracket_opening_on_a_number_in_words():
    line = "(2 chương trình, gần 162,5 triệu đồng)"
    got = _verdicts(BINH_DINH, line, line.replace("2 chương", "hai chương"))
    assert all(v == "supported" for _, v in got), got
