"""Checker round 50 (chk50, issue 13): stop 49's working batch ``yz-`` (evaluations/sweep/checker-round50.md). Each
rule quotes two real sources and keeps checked what it does not claim.

- the bar a list of named examples passed (``các huyện làm tốt như: huyện Bắc Quang, huyện Vị Xuyên, huyện Đồng Văn
  đạt trên 100% kế hoạch``) — ``examplebar.EXAMPLE_BAR``;
- a value said right after a row's whole label, in a list of label-count pairs, is that row's even when other rows
  sum to it (``chở quá số người 21`` where the row keeps 01 and 21 = 5 + 15 + 1) — ``labelsum.LabelSum``;
- a row and its total to date since the work began (``1`` / ``1-LKDN``): the words of time before the number choose
  (``Trong tháng 6, trường đã khai giảng 4 lớp`` is the total since 1997's value) — ``todate.ToDate``;
- a whole said ``trong tổng số``/``trên tổng số`` after its part is never smaller than the part (``62 giải trong tổng
  số 3 giải``) — ``ofwhole.wholes_under_parts``.
"""

from __future__ import annotations

from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, checks, csv_table, flagged_in, heldout, page, within


# ---------------------------------------------------------------- the bar named examples passed

def test_the_bar_a_list_of_named_examples_passed_is_no_figure(dummy):
    # yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014: "… các huyện làm tốt chiến dịch như: huyện Bắc Quang,
    # huyện Vị Xuyên, huyện Đồng Văn đạt trên 100% kế hoạch."
    text = heldout("yz-ha-giang-chi-cuc-dan-so-khhgd-tinh-chien-dich-dot-1-2014")
    assert flagged_in(text, dummy, "huyện Đồng Văn đạt trên 100% kế hoạch") == []
    assert {k for _, v, k in within(text, dummy, "Đồng Văn đạt trên 100%") if v == "not_a_figure"} == {"norm"}
    # d4-plo-xuatkhau-chauphi-2011: "… một số thị trường khác ở khu vực này như Ai Cập, Algeria, Senegal, Cote d'Ivoire
    # đều có mức tăng trưởng cao trên 40%."
    text = page("d4-plo-xuatkhau-chauphi-2011")
    assert flagged_in(text, dummy, "Cote d'Ivoire đều có mức tăng trưởng cao trên 40%") == []


def test_one_named_unit_a_rate_s_noun_or_unnamed_examples_stay_checked(dummy):
    # one place and its own rate, as p22-cand-namdinh-totnghiep-2015 says "Các địa phương như Tuyên Quang có tỷ lệ đỗ
    # tốt nghiệp là trên 93%, Quảng Trị 87,93%, …"; a bare value; examples that name no place
    text = ("Các xã như xã Nam Bình có tỷ lệ hộ dùng nước sạch là trên 93%, xã Thuận Hạnh 87,93%. "
            "Các xã như xã Nam Bình, xã Thuận Hạnh đạt 85,7% kế hoạch. "
            "Một số chỉ tiêu như thu ngân sách, giải ngân vốn đạt trên 97% kế hoạch.")
    for said in ("xã Nam Bình có tỷ lệ hộ dùng nước sạch là trên 93%", "xã Thuận Hạnh đạt 85,7%",
                 "giải ngân vốn đạt trên 97%"):
        assert [v for _, v, _ in within(text, dummy, said)] in (["unsupported"], ["unverified"]), said


# ---------------------------------------------------------------- a label's value, not a sum of other rows

_PHU_YEN = "yz-phu-yen-cong-an-tinh-csgt-xu-ly-vi-pham-2020-10"
_LINE = "vi phạm tốc độ 15, chở quá số người 01, vi phạm nồng độ cồn 01"


def test_a_label_s_count_that_other_rows_sum_to_is_still_the_label_s():
    # yz-phu-yen-…: "Phân tích lỗi vi phạm: Không đội mũ bảo hiểm 05, không GPLX 03, vi phạm tốc độ 15, chở quá số người
    # 01, vi phạm nồng độ cồn 01, vi phạm khác 26." — 21 = 05 + 15 + 01 of three other rows
    got = case_line_verdicts(_PHU_YEN, _LINE, _LINE.replace("người 01", "người 21"))
    assert [(t, v) for t, v, _ in got] == [("15", "supported"), ("21", "unsupported"), ("01", "supported")]
    assert "LV04" in got[1][2]
    assert [v for _, v, _ in case_line_verdicts(_PHU_YEN, _LINE)] == ["supported"] * 3


_BULLETIN = """CÔNG AN TỈNH PHÚ YÊN,,,
Mã,Chỉ tiêu,Đơn vị tính,Tháng 12/2020
LV01,Không đội mũ bảo hiểm,trường hợp,32
LV02,Không có giấy phép lái xe,trường hợp,14
LV03,Vi phạm tốc độ,trường hợp,15
LV04,Chở quá tải,trường hợp,01
LV05,Chở quá số người,trường hợp,02
LV06,Không chấp hành hiệu lệnh CSGT,trường hợp,02
LV07,Vi phạm nồng độ cồn,trường hợp,04
LV08,Vi phạm khác,trường hợp,39
"""


def test_a_second_bulletin_s_label_count_pairs(tmp_path):
    # c43-congan-phuyen-atgt-16-12-2020 (another day's bulletin): "Phân tích lỗi vi phạm: Không đội mũ bảo hiểm 32, không
    # có giấy phép lái xe 14, vi phạm tốc độ 15, chở quá tải 01, chở quá số người 02, không chấp hành hiệu lệnh CSGT 02,
    # vi phạm nồng độ cồn 04, vi phạm khác 39." — its rows typed as the page says them
    text = page("c43-congan-phuyen-atgt-16-12-2020")
    table = csv_table(tmp_path, _BULLETIN, "2020-12")
    said = text[text.index("Phân tích"):]
    assert {n.verdict for n in checks(said, table, "2020-12")} <= {"supported", "not_a_figure"}
    # 06 = 04 + 02 (nồng độ cồn + hiệu lệnh) written for the overloaded lorries: the label's row keeps 01
    bad = said.replace("chở quá tải 01", "chở quá tải 06")
    got = [n for n in checks(bad, table, "2020-12") if n.text == "06"]
    assert [n.verdict for n in got] == ["unsupported"]


def test_a_sum_without_a_label_s_row_before_it_stays_derived(tmp_path):
    # the same list's whole, said after words no row keeps whole: the sum of its parts
    table = csv_table(tmp_path, _BULLETIN, "2020-12")
    text = "Phân tích lỗi vi phạm: vi phạm tốc độ 15, chở quá tải 01, tổng cộng 16 trường hợp."
    got = [n for n in checks(text, table, "2020-12") if n.text.startswith("16")]
    assert [n.verdict for n in got] == ["derived"]


# ---------------------------------------------------------------- a row and its total to date

_HAI_DUONG = "yz-hai-duong-truong-chinh-tri-tinh-lop-trung-cap-llct-2022-06"
_NAM_DINH = "za-nam-dinh-none-ban-quan-ly-kcn-2018-h1"


def test_the_month_s_sentence_with_the_total_since_the_school_reopened_is_a_swap():
    # yz-hai-duong-…: "Trong tháng 6, trường đã khai giảng 3 lớp trung cấp LLCT hệ tập trung …" and "Từ khi tái lập
    # Trường Chính trị tỉnh (năm 1997) đến nay mới có 4 lớp …" (row 1: 3 in June, 4 since 1997)
    line = "Trong tháng 6, trường đã khai giảng 3 lớp"
    got = case_line_verdicts(_HAI_DUONG, line, line.replace("3 lớp", "4 lớp"))
    assert [v for t, v, _ in got if t == "4"] == ["unsupported"]
    since = "Từ khi tái lập Trường Chính trị tỉnh (năm 1997) đến nay mới có 4 lớp"
    got = case_line_verdicts(_HAI_DUONG, since, since.replace("có 4 lớp", "có 3 lớp"))
    assert [v for t, v, _ in got if t == "3"] == ["unsupported"]
    assert [v for t, v, _ in case_line_verdicts(_HAI_DUONG, line) if t == "3"] == ["supported"]
    assert [v for t, v, _ in case_line_verdicts(_HAI_DUONG, since) if t == "4"] == ["supported"]


def test_the_half_year_s_sentence_with_the_total_to_date_is_a_swap():
    # za-nam-dinh-…: "… trong 6 tháng đầu năm 2018, UBND tỉnh đã cấp Giấy chứng nhận đăng ký cho 5 dự án đầu tư vào các
    # KCN; …" (174 to 30/6/2018) and "Lũy kế đến nay, các KCN của tỉnh ta có tổng số 174 dự án của 149 nhà đầu tư thứ
    # cấp; trong đó có 40 dự án của 37 nhà đầu tư nước ngoài và 134 dự án …"
    line = "đã cấp Giấy chứng nhận đăng ký cho 5 dự án"
    got = case_line_verdicts(_NAM_DINH, line, line.replace("5 dự án", "174 dự án"))
    assert [v for t, v, _ in got] == ["unsupported"]
    assert [v for t, v, _ in case_line_verdicts(_NAM_DINH, line)] == ["supported"]
    to_date = "Lũy kế đến nay, các KCN của tỉnh ta có tổng số 174 dự án của 149 nhà đầu tư thứ cấp; trong đó có 40 dự án"
    assert {v for t, v, _ in case_line_verdicts(_NAM_DINH, to_date)} <= {"supported", "derived", "not_a_figure"}


def test_no_words_of_time_and_either_column_stands():
    # the Nam Định page's title: "Thêm 5 dự án mới đầu tư vào các khu công nghiệp" (no words of time): the total to
    # date there is no swap this rule can tell
    title = "Thêm 5 dự án mới đầu tư vào các khu công nghiệp"
    assert [v for t, v, _ in case_line_verdicts(_NAM_DINH, title, title.replace("5 dự", "174 dự"))] == ["supported"]


# ---------------------------------------------------------------- a whole never under its part

_KHANH_HOA = "yz-khanh-hoa-so-gddt-thi-hoc-sinh-gioi-thpt-bang-a-2010-2011"


def test_a_whole_smaller_than_its_part_is_miswritten():
    # yz-khanh-hoa-…: "… đoạt giải nhất toàn đoàn khi giành 62 giải trong tổng số 156 giải thưởng được trao …"; 3 is the
    # first prizes' row, so it passes the table alone
    line = "giành 62 giải trong tổng số 156 giải thưởng"
    got = case_line_verdicts(_KHANH_HOA, line, line.replace("156", "3"))
    assert [(t, v) for t, v, _ in got] == [("62", "supported"), ("3", "unsupported")]
    # (since round 52 the case's "3 học sinh được trao giải nhất" holds row 3's value, so the reason may name the
    # total's row instead: "Câu này nói về 2 (Tổng số giải thưởng) = 156 giải; «3» là số liệu của 3" — either names it)
    assert "tổng số" in got[1][2].lower()
    assert [v for _, v, _ in case_line_verdicts(_KHANH_HOA, line)] == ["supported", "supported"]


def test_parts_of_their_wholes_as_written_stay_supported():
    # zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021: "… hợp nhất 16.321 trong tổng số 86.282 thôn, tổ dân phố
    # …"; zw-ha-noi-dai-hoc-thuy-loi-…: "… đã có 1.178 sinh viên phản hồi trên tổng số 1.443 sinh viên tốt nghiệp …"
    got = case_line_verdicts("zr-toan-quoc-bo-noi-vu-sap-xep-thon-to-dan-pho-2019-2021",
                             "hợp nhất 16.321 trong tổng số 86.282 thôn")
    assert [v for _, v, _ in got] == ["supported", "supported"]
    got = case_line_verdicts("zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017",
                             "1.178 sinh viên phản hồi trên tổng số 1.443 sinh viên")
    assert [v for _, v, _ in got] == ["supported", "supported"]
    # the two swapped: the part is flagged on its own (its row), the whole left to that reason
    got = case_line_verdicts("zw-ha-noi-dai-hoc-thuy-loi-khao-sat-viec-lam-sinh-vien-2017",
                             "1.178 sinh viên phản hồi trên tổng số 1.443 sinh viên",
                             "1.443 sinh viên phản hồi trên tổng số 1.178 sinh viên")
    assert [v for _, v, _ in got] == ["unsupported", "supported"]
