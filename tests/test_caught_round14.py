"""Caught round 14 (issue #13): rules over the sentence's grammar that tell which row a number is of.

Rule 1 — the kept rates of a month and its running total are one pair, as their values' rows are
(``service/checker/ratepair.py``, read by ``Attribution._running_pass``): the words of time choose between
``1-2020-04-TL`` (the month's index) and ``1-TL2`` (the four months'), ``3-TL`` and ``3-LK-TL``.  Quotes from the d14
Thanh Niên page (an index written ``bằng 65%``) and the held-out Nam Định transport page (a rate of change ``giảm 4,5%``
derived from the nine months' index).

Rule 2 — a part said with its whole's value (``service/checker/partequal.py``, ``PartEqual._part_equal_pass``): after
a breakdown opener (``(``, ``trong đó``, a sentence opening ``Trong đó``), a number equal to the whole stated just
before, whose own words name one part row of that whole (a ``Trong đó: …`` row under it, a child code) holding another
value, is that part's value replaced by the whole's.  Quotes from the held-out CSGT (h-csgt-2021-09), TAND Thái Nguyên,
Hương Trà xã Hương Bình, Sở GD&ĐT Hà Tĩnh and Thanh tra KH&CN Quảng Bình pages.

Rule 3 — its mirror, a whole said with its part's value (``PartEqual._whole_equal_pass``): quotes from the held-out
VAMA, Quảng Nam thú y and Bảo tàng Hồ Chí Minh (Huế) pages."""

from pathlib import Path

from sweep_tables import case_line_verdicts
from sweep_tables import of_text as _of

from service.checker.partequal import own_words, part_rows
from service.checker.ratepair import rate_pair
from service.periods.model import parse_period

D14 = (Path(__file__).resolve().parents[1] / "evaluations" / "sweep" / "caught14",)
THANHNIEN = "d14-thanhnien-thungansach-4t-2020"
NAMDINH = "zd-nam-dinh-van-tai-2020-9t"

TN_LINE = ("thu nội địa tháng 4 chỉ ước đạt 72.500 tỉ đồng, giảm gần 1/4 so với số thu tháng 3 và chỉ bằng 65% mức "
           "cùng kỳ năm 2019. Lũy kế thu 4 tháng đạt 408.760 tỉ đồng, bằng 32,3% dự toán, giảm 3,7% so cùng kỳ năm 2019")
ND_LINE = ("lượng khách vận chuyển trong 9 tháng đầu năm 2020 giảm 4,5% so với cùng kỳ năm trước; khối lượng hàng hóa "
           "vận chuyển giữ mức ổn định hơn, giảm 1,1%")


class _R:
    def __init__(self, code, label):
        self.fig = type("F", (), {"ma": code, "chi_tieu": label})()


def _by_code(*rows):
    return {code: _R(code, label) for code, label in rows}


# ---------------------------------------------------------------- the notation: which kept rates are a pair
def test_a_span_report_pairs_the_running_rate_and_the_month_part_rate():
    by = _by_code(("1", "Thu nội địa"), ("1-TL2", "Thu nội địa: so với cùng kỳ"),
                  ("1-2020-04", "Thu nội địa (tháng 4 năm 2020)"),
                  ("1-2020-04-TL", "Thu nội địa (tháng 4 năm 2020): so với cùng kỳ"))
    other, running = rate_pair("1-TL2", "Thu nội địa: so với cùng kỳ", by, parse_period("2020-4T"))
    assert other.fig.ma == "1-2020-04-TL" and running is True
    other, running = rate_pair("1-2020-04-TL", "Thu nội địa (tháng 4 năm 2020): so với cùng kỳ", by,
                               parse_period("2020-4T"))
    assert other.fig.ma == "1-TL2" and running is False


def test_a_month_report_pairs_the_rate_and_the_running_totals_rate():
    by = _by_code(("3", "Bán lẻ"), ("3-TL", "Bán lẻ: so với cùng kỳ"), ("3-LK", "Bán lẻ (từ đầu năm)"),
                  ("3-LK-TL", "Bán lẻ (từ đầu năm): so với cùng kỳ"))
    assert rate_pair("3-TL", "Bán lẻ: so với cùng kỳ", by, parse_period("2019-04"))[0].fig.ma == "3-LK-TL"
    assert rate_pair("3-LK-TL", "Bán lẻ (từ đầu năm): so với cùng kỳ", by, parse_period("2019-04"))[0].fig.ma == "3-TL"


def test_no_pair_for_another_comparison_or_a_value_row():
    by = _by_code(("3", "Bán lẻ"), ("3-TL", "Bán lẻ: so với tháng trước"), ("3-LK", "Bán lẻ (từ đầu năm)"),
                  ("3-LK-TL", "Bán lẻ (từ đầu năm): so với cùng kỳ"))
    assert rate_pair("3-TL", "Bán lẻ: so với tháng trước", by, parse_period("2019-04")) is None
    assert rate_pair("3", "Bán lẻ", by, parse_period("2019-04")) is None
    assert rate_pair("5-TL", "Khác: so với cùng kỳ", by, parse_period("2019-04")) is None


# ---------------------------------------------------------------- the four months' index under «tháng 4»
def test_thanhnien_running_index_under_the_month_is_flagged():
    got = _of(case_line_verdicts(THANHNIEN, TN_LINE, TN_LINE.replace("bằng 65%", "bằng 96,3%"), folders=D14), "96,3%")
    assert got[0][0] == "unsupported"
    assert "của riêng tháng 4" in got[0][1] and "1-2020-04-TL" in got[0][1] and "65%" in got[0][1]


def test_thanhnien_clean_line_stands():
    got = case_line_verdicts(THANHNIEN, TN_LINE, folders=D14)
    assert _of(got, "65%") == [("supported", "")]
    assert _of(got, "3,7%")[0][0] == "derived"          # the four months' rate after «Lũy kế thu 4 tháng»
    assert _of(got, "32,3%") == [("supported", "")]


# ---------------------------------------------------------------- the month's rate under «trong 9 tháng đầu năm»
def test_namdinh_month_rate_under_nine_months_is_flagged():
    bad = ND_LINE.replace("giảm 4,5%", "giảm 1,4%")   # September's passengers' rate (R-7-2020-09-TL = 98,6)
    got = _of(case_line_verdicts(NAMDINH, ND_LINE, bad), "1,4%")
    assert got[0][0] == "unsupported"
    assert "lũy kế từ đầu năm" in got[0][1] and "R-7-TL3" in got[0][1] and "95,5%" in got[0][1]


def test_namdinh_clean_line_stands():
    got = case_line_verdicts(NAMDINH, ND_LINE)
    assert [v for _, v, _ in got if v != "not_a_figure"] == ["derived", "derived"]


# ================================================================ rule 2: a part said with its whole's value
CSGT = "h-csgt-2021-09"
TAND = "yr-thai-nguyen-tand-tinh-giai-quyet-vu-viec-2023"
HUONGBINH = "zo-thua-thien-hue-huong-tra-xa-huong-binh-hdnd-ktxh-2019"
HATINH = "yk-ha-tinh-so-gddt-hoc-sinh-gioi-quoc-gia-2017-2018"
QUANGBINH = "zp-quang-binh-thanh-tra-khcn-do-luong-xang-dau-2014-07"

CSGT_LINE = "bắt giữ 210 đối tượng (1 đối tượng truy nã)"
TAND_LINE = "thụ lý tổng số 6.795 vụ việc các loại (trong đó thụ lý mới 6.325 vụ việc)"
HB_LINE = "Tổng diện tích gieo trồng là 912,21 ha. Trong đó diện tích trồng cây cao su là 787,63 ha"
HT_LINE = "thì có đến 85 em đoạt giải. Trong đó, có 3 em đoạt giải nhất, 27 em đoạt giải nhì"
QB_LINE = "tiến hành lấy 6 mẫu để thử nghiệm (3 mẫu xăng 92 và 3 mẫu dầu DO 0,05%S)"


def test_part_rows_of_a_whole_and_their_own_words():
    whole = _R("PP-01", "Số đối tượng bắt giữ")
    part = _R("PP-02", "Trong đó: đối tượng truy nã")
    other = _R("PP-03", "Buôn lậu và gian lận thương mại")
    for r, n in ((whole, 2), (part, 3), (other, 4)):
        r.fig.row = n
    assert part_rows(whole, [whole, part, other]) == [part]          # the «Trong đó: …» line right after it
    assert own_words(part, whole) == {"truy", "nã"}
    child = _R("2.a", "cây cao su")
    child.fig.row = None
    top = _R("2", "Tổng diện tích gieo trồng")
    top.fig.row = None
    assert part_rows(top, [top, child]) == [child]                   # a child code


def _flagged(slug, line, old, new, shown):
    got = _of(case_line_verdicts(slug, line, line.replace(old, new, 1)), shown)
    return got


def test_csgt_wanted_part_with_the_wholes_value_is_flagged():
    got = _flagged(CSGT, CSGT_LINE, "(1 đối", "(210 đối", "210")
    assert got[0][0] == "supported"                                   # the whole, 210 arrested
    assert got[1][0] == "unsupported" and "PP-02" in got[1][1] and "= 1 đối tượng" in got[1][1]


def test_tand_new_cases_with_the_wholes_value_is_flagged():
    got = _flagged(TAND, TAND_LINE, "mới 6.325", "mới 6.795", "6.795")
    assert got[1][0] == "unsupported" and "6.325" in got[1][1]


def test_huongbinh_part_in_the_next_sentence_opening_trong_do_is_flagged():
    got = _flagged(HUONGBINH, HB_LINE, "787,63 ha", "912,21 ha", "912,21 ha")
    assert got[0][0] == "supported"
    assert got[1][0] == "unsupported" and "787,63 ha" in got[1][1] and "«Trong đó»" in got[1][1]


def test_hatinh_first_prizes_with_all_prizes_count_is_flagged():
    got = _flagged(HATINH, HT_LINE, "có 3 em", "có 85 em", "85")
    assert got[1][0] == "unsupported"


def test_quangbinh_samples_with_the_wholes_count_is_flagged():
    got = _flagged(QUANGBINH, QB_LINE, "(3 mẫu", "(6 mẫu", "6")
    assert got[1][0] == "unsupported"


def test_the_clean_breakdowns_stand():
    for slug, line in ((CSGT, CSGT_LINE), (TAND, TAND_LINE), (HUONGBINH, HB_LINE), (HATINH, HT_LINE),
                       (QUANGBINH, QB_LINE)):
        got = case_line_verdicts(slug, line)
        assert "unsupported" not in [v for _, v, _ in got], (slug, got)


# ================================================================ rule 3: a whole said with its part's value
VAMA = "zr-toan-quoc-vama-doanh-so-ban-o-to-2020-04"
THUY = "zx-quang-nam-nganh-thu-y-tiem-vac-xin-lo-mom-long-mong-2015"
BAOTANG = "zz-thua-thien-hue-bao-tang-ho-chi-minh-2016"

VAMA_LINE = "Trong số 11.761 xe bán ra, bao gồm 7.796 xe du lịch, giảm 40%"
THUY_LINE = "tổng đàn trâu, bò trên địa bàn tỉnh là 222.049 con, trong đó bò 151.249 con và trâu 70.800 con"
BT_LINE = "TTH - Hơn 94 nghìn lượt, trong đó có trên 6 nghìn lượt khách nước ngoài"


def test_vama_whole_with_its_first_parts_value_is_flagged():
    got = _flagged(VAMA, VAMA_LINE, "11.761", "7.796", "7.796")
    assert got[0][0] == "unsupported" and "11.761 xe" in got[0][1] and "1.1" in got[0][1]
    assert got[1][0] == "supported"          # the part after «bao gồm» keeps its own value (no longer the one flagged)


def test_thuy_herd_with_the_cattles_count_is_flagged():
    got = _flagged(THUY, THUY_LINE, "222.049", "151.249", "151.249")
    assert got[0][0] == "unsupported" and "222.049 con" in got[0][1]
    assert got[1][0] == "supported"


def test_baotang_visitors_with_the_foreigners_count_is_flagged():
    got = _flagged(BAOTANG, BT_LINE, "94 nghìn", "6 nghìn", "6 nghìn")
    assert got[0][0] == "unsupported" and "94" in got[0][1]


def test_the_clean_wholes_stand():
    for slug, line in ((VAMA, VAMA_LINE), (THUY, THUY_LINE), (BAOTANG, BT_LINE)):
        got = case_line_verdicts(slug, line)
        assert "unsupported" not in [v for _, v, _ in got], (slug, got)
