"""Checker round 99 (issue 13, stop 61's batches ``xx-``/``xy-``): three rules of the words around a number.

- ``runningafter``: ``X, lũy kế … Y`` — the clause after a number opens with a running-total cue and states its own
  value: the first number is the period's own (xx Đức Trọng's ``Trong đó: … khoảng 2,6 tỷ đồng, lũy kế 2 tháng 4,8 tỷ
  đồng``, after a sentence about the running total).
- ``recognisers.running.PERIOD_CUE``: ``Tính đến cuối tháng 4`` ends a span, as ``tính đến hết tháng 10`` — no word
  for April's own value (xx Thái Nguyên's four months' exports).
- ``recognisers.pointsafter``: ``đóng góp 0,84 điểm phần trăm`` is the value of a row kept in ``điểm phần trăm``
  (xx Nam Định's GRDP table, column ``Đóng góp vào tăng trưởng (điểm phần trăm)``)."""

from sweep_tables import case_line_verdicts, table, verdict_of

from service.checker.recognisers.pointsafter import said_in_points
from service.checker.recognisers.running import time_cue
from service.checker.runningafter import running_follows

DUC_TRONG = "xx-lam-dong-duc-trong-ubnd-huyen-cong-nghiep-xay-dung-2020-02"
THAI_NGUYEN = "xx-thai-nguyen-tinh-gia-tri-xuat-khau-2022-4t"
NAM_DINH = "xx-nam-dinh-cuc-thong-ke-grdp-thu-chi-ngan-sach-2020"

DT_LINE = "Trong đó: Công nghiệp khai khoáng ước thực hiện khoảng 2,6 tỷ đồng, lũy kế 2 tháng 4,8 tỷ đồng;"
DT_POWER = "Sản xuất và phân phối điện, khí đốt ước thực hiện 110 tỷ đồng, lũy kế 2 tháng ước đạt 225 tỷ đồng;"
TN_LINE = "Tính đến cuối tháng 4, tổng giá trị xuất khẩu hàng hóa trên địa bàn tỉnh đạt trên 10,77 tỷ USD"
TN_PARTS = "khu vực kinh tế trong nước đạt 212 triệu USD, tăng 43,6% so với cùng kỳ."
ND_LINE = "khu vực nông, lâm nghiệp và thủy sản 9.590 tỷ đồng, tăng 3,99%, đóng góp 0,84 điểm phần trăm vào mức tăng"


def _of(rows, text):
    return [(v, r) for t, v, r in rows if t == text]


# ---------------------------------------------------------------- the grammar
def test_a_running_clause_after_the_number_makes_it_the_periods_own():
    text = "khai khoáng ước thực hiện khoảng 2,6 tỷ đồng, lũy kế 2 tháng 4,8 tỷ đồng"
    assert running_follows(text, text.index(" tỷ đồng,"))
    text = "số thu trong tháng đạt 85 tỷ đồng, cộng dồn từ đầu năm 1.020 tỷ đồng"
    assert running_follows(text, text.index(" tỷ đồng,"))


def test_no_running_clause_or_no_value_in_it_says_nothing():
    text = "khai khoáng ước thực hiện khoảng 2,6 tỷ đồng, tăng 8,8% so cùng kỳ"
    assert not running_follows(text, text.index(" tỷ đồng,"))
    text = "khai khoáng ước thực hiện khoảng 2,6 tỷ đồng, lũy kế tăng khá."
    assert not running_follows(text, text.index(" tỷ đồng,"))
    text = "đạt 2,6 tỷ đồng. Lũy kế 2 tháng 4,8 tỷ đồng"   # another sentence: its cue is its own
    assert not running_follows(text, text.index(" tỷ đồng."))


def test_to_the_end_of_a_month_ends_a_span_and_names_no_month():
    assert time_cue("Tính đến cuối tháng 4, tổng giá trị xuất khẩu hàng hóa đạt trên ") is None
    assert time_cue("tính đến hết tháng 10, thu ngân sách đạt ") is None
    assert time_cue("Riêng tháng 4, giá trị xuất khẩu đạt ") == "period"
    assert time_cue("Cuối tháng 4 giá trị xuất khẩu đạt ") == "period"   # no "đến": the month itself


def test_points_are_said_by_the_loaders_own_words():
    for text in ("đóng góp 0,84 điểm phần trăm vào mức tăng", "cao hơn 0,5 điểm % so với toàn quốc",
                 "tăng 1,2 % điểm", "giảm 0,3 pp"):
        end = text.index(next(w for w in text.split() if w[0].isdigit())) + len(next(
            w for w in text.split() if w[0].isdigit()))
        assert said_in_points(text, end), text
    text = "đạt 8,5 điểm trung bình"
    assert not said_in_points(text, text.index(" điểm"))


# ---------------------------------------------------------------- the pages as published: no flag
def test_duc_trong_month_values_before_their_running_totals_stand():
    for line in (DT_LINE, DT_POWER):
        got = [(t, v) for t, v, _ in case_line_verdicts(DUC_TRONG, line) if v != "not_a_figure"]
        assert len(got) == 2 and all(v == "supported" for _, v in got), got


def test_thai_nguyen_four_months_to_the_end_of_april_stand():
    for line in (TN_LINE, TN_PARTS):
        got = [(t, v) for t, v, _ in case_line_verdicts(THAI_NGUYEN, line) if v != "not_a_figure"]
        assert got and all(v in ("supported", "derived") for _, v in got), got


def test_nam_dinh_contribution_points_are_the_tables():
    got = _of(case_line_verdicts(NAM_DINH, ND_LINE), "0,84")
    assert got[0][0] == "supported", got


# ---------------------------------------------------------------- still caught
def test_duc_trong_running_total_said_where_the_month_stands_is_a_swap():
    got = _of(case_line_verdicts(DUC_TRONG, DT_LINE, DT_LINE.replace("khoảng 2,6", "khoảng 4,8")), "4,8 tỷ đồng")
    assert got[0][0] == "unsupported" and "2,6 tỷ đồng" in got[0][1], got


def test_duc_trong_wrong_month_value_stays_caught():
    got = _of(case_line_verdicts(DUC_TRONG, DT_POWER, DT_POWER.replace("110", "140")), "140 tỷ đồng")
    assert got[0][0] == "unsupported", got


def test_thai_nguyen_wrong_total_stays_caught():
    got = _of(case_line_verdicts(THAI_NGUYEN, TN_LINE, TN_LINE.replace("10,77", "10,27")), "10,27 tỷ USD")
    assert got[0][0] == "unsupported", got


def test_nam_dinh_wrong_contribution_is_caught():
    got = _of(case_line_verdicts(NAM_DINH, ND_LINE, ND_LINE.replace("0,84", "0,94")), "0,94")
    assert got[0][0] == "unsupported", got


def test_points_are_no_count_and_a_count_no_points(tmp_path):
    figures = table(tmp_path, ["1,Số hộ nghèo giảm,hộ,84", "2,Tỷ lệ hộ nghèo giảm,điểm %,\"0,84\""])
    got = verdict_of("Tỷ lệ hộ nghèo giảm 0,84 điểm phần trăm; số hộ nghèo giảm 84 hộ.", figures)
    assert got["0,84"] == "supported" and got[next(t for t in got if t.startswith("84"))] == "supported", got
    got = verdict_of("Tỷ lệ hộ nghèo giảm 0,84 điểm; số hộ nghèo giảm 84 hộ.", figures)   # a score's word, no points
    assert got["0,84"] != "supported", got
