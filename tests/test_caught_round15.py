"""Caught round 15 (issue #13): one value said twice in a sentence, of two sibling rows — each number's own words,
read as Vietnamese words (syllable pairs), name its row (``service/checker/twicesaid.py``, ``TwiceSaid``).

Quotes from the held-out Quản lý thị trường Bắc Giang (``kiểm tra được 255 vụ và xử lý 176 vụ vi phạm``), Vũng Liêm
việc làm (``trong tỉnh là 2.335 người, ngoài tỉnh là 550 người``), Sông Mã giáo dục (rates: ``đạt 98,5%; 99,2% học
sinh vào lớp 1``) and Thăng Bình mưa bão (places: ``Bình Tú là 400 hộ, …, Bình An là 300 hộ``) pages; each with the
published line standing (no new false alarm)."""

from sweep_tables import case_line_verdicts
from sweep_tables import of_text as _of

from service.checker.twicesaid import label_pairs, names, pairs

BACGIANG = "yl-bac-giang-cuc-qltt-kiem-tra-xu-ly-vi-pham-2023-4t"
BG_LINE = ("lực lượng Quản lý thị trường tỉnh đã tổ chức kiểm tra được 255 vụ và xử lý 176 vụ vi phạm")
VUNGLIEM = "zf-vinh-long-vung-liem-giai-quyet-viec-lam-2019-9t"
VL_LINE = "(trong tỉnh là 2.335 người, ngoài tỉnh là 550 người)"
SONGMA = "m-songma-gd-2018"
SM_LINE = "tỷ lệ huy động học sinh đến lớp đạt 98,5%; 99,2% học sinh vào lớp 1"
THANGBINH = "zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10"
TB_LINE = "Hà Lam có 350 hộ, Bình Tú là 400 hộ, Bình Giang có 137 hộ, Bình An là 300 hộ"


# ---------------------------------------------------------------- the notation: words are syllable pairs
def test_pairs_are_read_within_runs_of_words():
    assert ("kiểm", "tra") in pairs("đã tổ chức kiểm tra được 255 vụ")
    assert ("được", "vụ") not in pairs("kiểm tra được 255 vụ")       # a number breaks the run
    assert ("vụ", "và") not in pairs("255 vụ, và xử lý")              # so does punctuation


def test_a_label_lead_says_nothing_of_which_row():
    assert label_pairs("Trong đó: hội viên nòng cốt") == pairs("hội viên nòng cốt")
    assert label_pairs("- Trong tỉnh") == frozenset({("trong", "tỉnh")})
    assert label_pairs("Số vụ kiểm tra") == pairs("vụ kiểm tra")


def test_one_syllable_shared_names_no_row():
    """``quản lý`` (of ``Quản lý thị trường``) is not ``xử lý``: a word is its pair of syllables."""
    phrase = pairs("lực lượng Quản lý thị trường tỉnh đã tổ chức kiểm tra được vụ")
    check, handle = label_pairs("Số vụ kiểm tra"), label_pairs("Số vụ xử lý vi phạm")
    assert names(phrase, check, handle) and not names(phrase, handle, check)


# ---------------------------------------------------------------- the rule on the held-out pages
def test_bac_giang_checked_said_with_the_handled_value_is_flagged():
    got = case_line_verdicts(BACGIANG, BG_LINE, BG_LINE.replace("255 vụ", "176 vụ"))
    first, second = [(v, r) for t, v, r in got if t.startswith("176")]
    assert first[0] == "unsupported" and "Số vụ kiểm tra" in first[1] and "255" in first[1]
    assert second[0] == "supported"


def test_bac_giang_published_line_stands():
    got = case_line_verdicts(BACGIANG, BG_LINE)
    assert all(v == "supported" for t, v, _ in got if t.startswith(("255", "176")))


def test_vung_liem_inside_the_province_said_with_outside_value_is_flagged():
    got = case_line_verdicts(VUNGLIEM, VL_LINE, VL_LINE.replace("2.335", "550"))
    first, second = [(v, r) for t, v, r in got if t.startswith("550")]
    assert first[0] == "unsupported" and "Trong tỉnh" in first[1] and "2.335" in first[1]
    assert second[0] == "supported"


def test_vung_liem_published_line_stands():
    got = case_line_verdicts(VUNGLIEM, VL_LINE)
    assert all(v == "supported" for t, v, _ in got if t.startswith(("2.335", "550")))


def test_song_ma_rates_side_by_side():
    got = case_line_verdicts(SONGMA, SM_LINE, SM_LINE.replace("99,2%", "98,5%"))
    first, second = [(v, r) for t, v, r in got if t.startswith("98,5")]
    assert first[0] == "supported"
    assert second[0] == "unsupported" and "vào lớp 1" in second[1] and "99,2%" in second[1]
    assert all(v == "supported" for t, v, _ in case_line_verdicts(SONGMA, SM_LINE) if t.startswith(("98,5", "99,2")))


def test_thang_binh_places_name_their_rows():
    got = case_line_verdicts(THANGBINH, TB_LINE, TB_LINE.replace("Bình Tú là 400", "Bình Tú là 300"))
    flagged = [(v, r) for v, r in _of(got, "300") if v == "unsupported"]
    assert len(flagged) == 1 and "Bình Tú" in flagged[0][1] and "400" in flagged[0][1]
    assert all(v == "supported" for t, v, _ in case_line_verdicts(THANGBINH, TB_LINE)
               if t.startswith(("400", "300")))


def test_two_phrases_naming_no_row_leave_both_standing():
    """``Có 08 đơn vị và 08 địa phương`` (zg Hàm Tân: rows told apart by their units only): no pair names either row."""
    line = "Có 08 đơn vị và 01 địa phương"
    got = case_line_verdicts("zg-binh-thuan-ham-tan-trang-tin-dien-tu-2017-02", line, line.replace("01", "08"))
    assert not any("nêu hai lần" in r for _, _, r in got)


# ---------------------------------------------------------------- the unit, the group, the fullest name
LAMDONG = "za-lam-dong-none-mot-cua-2020-q1"
LD_LINE = "có 5.950 hồ sơ chưa đến hạn và 1.222 hồ sơ đã quá hạn"


def test_lam_dong_late_files_said_with_the_not_yet_due_value():
    """``hồ sơ`` is every row's unit (no row named by it); «Đã quá hạn» is named more fully than «Giải quyết quá hạn»;
    of «Đã quá hạn» kept for the province, cấp tỉnh and cấp huyện, the value's group's row."""
    got = case_line_verdicts(LAMDONG, LD_LINE, LD_LINE.replace("1.222", "5.950"))
    first, second = [(v, r) for t, v, r in got if t.startswith("5.950")]
    assert first[0] == "supported"
    assert second[0] == "unsupported" and "Đã quá hạn" in second[1] and "1.222" in second[1]
    assert all(v == "supported" for t, v, _ in case_line_verdicts(LAMDONG, LD_LINE) if t.startswith(("5.950", "1.222")))


def test_two_rows_of_one_value_leave_both_standing():
    """zc Vĩnh Long: «Trẻ vị thành niên» and «Đối tượng thuộc diện bảo vệ khẩn cấp» both hold 2; the second 2's words
    name the latter, which holds the value — not the total «Tổng số đối tượng đang nuôi dưỡng»."""
    line = "31 người cao tuổi, 2 trẻ vị thành niên và 2 đối tượng thuộc diện bảo vệ khẩn cấp"
    got = case_line_verdicts("zc-vinh-long-trung-tam-cong-tac-xa-hoi-2016-08", line)
    assert all(v == "supported" for t, v, _ in got if t == "2")


def test_the_sentences_topic_names_no_row_of_its_number():
    """zv Gia Lai: «Phong trào "Tết Nhân ái"» opens the sentence; ``chúc Tết và trao 51 suất quà … cho 51 bệnh nhi``
    — the first 51's own words start at ``và``, and ``suất quà`` is its unit and the noun it counts."""
    line = "chúc Tết và trao 51 suất quà (mỗi suất 300"
    got = case_line_verdicts("zv-gia-lai-hoi-chu-thap-do-tet-nhan-ai-2026", line)
    assert all(v == "supported" for t, v, _ in got if t.startswith("51"))
