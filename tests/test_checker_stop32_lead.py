"""The lead's rules of stop 32, each on real text, with a wrong value still caught and a counter-case."""

from __future__ import annotations

from service.checker.check import check_text
from service.checker.extract import extract_numbers
from service.figures.load import load_table


def _table(tmp_path, text: str, period: str):
    path = tmp_path / "bang.csv"
    path.write_text(text, encoding="utf-8")
    return load_table(path, period=period)


def _checks(text, table, period):
    return check_text(text, table, period=period).numbers


def _at(numbers, text, needle, nth=0, shift=0):
    """The check of the number that starts ``needle`` (its nth occurrence) in ``text``, ``shift`` characters in."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return next(n for n in numbers if n.start == pos + shift)


# ------------------------------------------------------------------ "gia đình" counts households
_CCB = ("HỘI CỰU CHIẾN BINH HUYỆN TAM ĐẢO\nKẾT QUẢ 6 THÁNG ĐẦU NĂM 2010\nSTT,Nội dung,Đơn vị tính,Thực hiện\n"
        "1,CCB làm kinh tế giỏi,người,144\n,Trong đó: hội viên xã Tam Quan nuôi gà quy mô lớn,hộ,27\n")
# zp-vinh-phuc-tam-dao-hoi-ccb-giup-nhau-lam-kinh-te-2010-h1
_CCB_TEXT = ("Đã xây dựng được 144 CCB làm kinh tế giỏi, điển hình là ở Hội CCB xã Tam Quan, có 27 gia đình hội viên "
             "phát triển chăn nuôi gà theo hướng công nghiệp quy mô lớn.")


def test_gia_dinh_is_the_row_of_ho(tmp_path):
    table = _table(tmp_path, _CCB, "2010-H1")
    assert _at(_checks(_CCB_TEXT, table, "2010-H1"), _CCB_TEXT, "27 gia").verdict == "supported"
    wrong = _CCB_TEXT.replace("27 gia", "29 gia")
    assert _at(_checks(wrong, table, "2010-H1"), wrong, "29 gia").verdict == "unsupported"


def test_hoc_sinh_is_still_not_a_household(tmp_path):
    table = _table(tmp_path, _CCB, "2010-H1")
    text = "Ở xã Tam Quan có 27 học sinh được tặng quà."
    assert _at(_checks(text, table, "2010-H1"), text, "27").verdict != "supported"


# ------------------------------------------------------------------ "con/ 1 lứa": the one a count is per
def test_the_one_a_count_is_per_is_no_figure():
    # zp-vinh-phuc-tam-dao-…: "quy mô lớn từ 5.000 – 10.000 con/ 1 lứa"; round 25's "thu nhập/1 ha"
    for text in ("chăn nuôi gà theo hướng công nghiệp quy mô lớn từ 5.000 – 10.000 con/ 1 lứa, cho thu lãi",
                 "nuôi 2.000 con/1 lứa", "xuất bán 120 con/01 đợt"):
        ones = [m for m in extract_numbers(text) if m.raw in ("1", "01")]
        assert ones and all(not m.is_figure for m in ones), text


def test_a_pair_of_two_counts_stays_a_pair():
    ms = extract_numbers("phát hiện 34 vụ/57 đối tượng; 1 vụ/1 đối tượng")
    assert [m.pair_role for m in ms[:2]] == ["numerator", "denominator"]
    assert all(m.is_figure for m in ms)
