"""Checker round 71 (chk71, issue 13), the working batch xj-: five rules, each with two real sources and negatives.

- a count whose noun lists the kinds a row's unit lists is that row's (``listednoun.lists_row_units``): xj-phu-yen
  ``77 tổ hòa giải ở 11 xã, thị trấn``, xj-quang-nam ``tại 133 xã nghèo, thôn, bản đặc biệt khó khăn``, k-quangbinh
  ``thuộc 80 xã, phường, thị trấn``; negatives: the area's make-up where no row counts in such a unit (x-tam-duong
  ``13 xã, thị trấn``, s-ninh-binh ``147 xã, phường, thị trấn``, zr-hung-yen ``21 xã, thị trấn``) stays standing;
- a count whose noun lists the kinds a row's label lists (``listednoun.listed_kinds_totals``): xj-da-nang ``67 sáng
  chế, giải pháp hữu ích và công trình``, yp-ba-ria ``2.898 đơn vị, cơ sở và cá nhân``; negative: the whole of
  ``140/142 xã, phường, thị trấn có quỹ …`` (xh-lam-dong) is no row's count;
- a year before ``ước đạt/tính`` (``recognisers.estimateverb``): xj-kbnn ``lũy kế của 2016 ước đạt``, c41 page
  ``dịch vụ khác 2018 ước tính đạt``; negatives ``2016 ước mơ``, ``2016 hộ ước đạt``;
- the whole of ``X/Y`` noted ``X/Y`` in the numerator row's Ghi chú (``notedwhole``): xj-bac-giang ``309/1.301 CĐCS``,
  xf-long-an ``4/5 chi hội``, ``42/54 tổ``; negatives: a note with words, a note whose X is not the row's;
- a ``chưa`` is a number's own only in its own words (``negation.own_negation``): the kbnn swaps of tỷ đồng
  (2015-10t, 2017-q1 ×2) caught; negative xj-hoa-binh ``từ chối chưa thanh toán 16 món chi, số tiền gần 2 tỷ``:
  the ``chưa`` before the previous number still governs.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from service.checker.extract import extract_numbers
from service.checker.listednoun import label_kinds, lists_row_units
from service.checker.negation import own_negation
from service.checker.notedwhole import noted_whole
from tests.sweep_tables import case_line_verdicts, flagged, nfc, page


def _verdict(slug, line, number, bad=None):
    got = [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad) if t == number]
    assert got, (slug, number)
    return got[0][1]


PHU_YEN = "xj-phu-yen-song-hinh-ubnd-huyen-hoa-giai-co-so-2002-2007"
PY_LINE = "toàn huyện có 77 tổ hòa giải ở 11 xã, thị trấn"
QUANG_NAM = "xj-quang-nam-trung-tam-tgpl-vu-viec-2017"
QN_LINE = "TGPL tại 133 xã nghèo, thôn, bản đặc biệt khó khăn"


def test_a_count_in_the_rows_listed_unit_is_the_rows():
    assert _verdict(PHU_YEN, PY_LINE, "11") == "supported"
    assert flagged(_verdict(PHU_YEN, PY_LINE, "81", PY_LINE.replace("11 xã", "81 xã")))
    assert flagged(_verdict(PHU_YEN, PY_LINE, "tám", PY_LINE.replace("11 xã", "tám xã")))


def test_second_source_communes_villages_hamlets():
    assert _verdict(QUANG_NAM, QN_LINE, "133") == "supported"
    assert flagged(_verdict(QUANG_NAM, QN_LINE, "153", QN_LINE.replace("133", "153")))


def test_third_source_communes_wards_towns():
    line = "thuộc 80 xã, phường, thị trấn"
    assert _verdict("k-quangbinh-nhapngu-2008", line, "80") == "supported"
    assert flagged(_verdict("k-quangbinh-nhapngu-2008", line, "81", line.replace("80", "81")))


def test_the_areas_make_up_without_such_a_row_stays_standing():
    assert _verdict("x-tam-duong-dai-hoi-tdtt-2021", "13 xã, thị trấn trên địa bàn huyện", "13") == "standing"
    assert _verdict("s-ninh-binh-hoi-nguoi-mu-nhiem-ky-2013", "130 chi hội trên 147 xã, phường, thị trấn",
                    "147") == "standing"
    assert _verdict("zr-hung-yen-an-thi-hoi-dong-nvqs-so-tuyen-suc-khoe-2019-11", "21 xã, thị trấn", "21") == "standing"


def test_lists_row_units_needs_each_kind_in_order():
    text = "toàn huyện có 77 tổ hòa giải ở 11 xã, thị trấn, trực tiếp"
    end = text.index("11") + 2
    assert lists_row_units(text, end, "xã, thị trấn")
    assert not lists_row_units(text, end, "xã")                       # one kind says nothing
    assert not lists_row_units(text, end, "thị trấn, xã")             # another order
    assert not lists_row_units("có 11 xã, 5 thị trấn", 6, "xã, thị trấn")   # the next number ends the phrase


DA_NANG = "xj-da-nang-so-khcn-khen-thuong-cong-trinh-2021"
DN_LINE = "khen thưởng 67 sáng chế, giải pháp hữu ích và công trình công bố"
BA_RIA = "yp-ba-ria-vung-tau-thanh-tra-tinh-thanh-tra-kiem-tra-2019-q1"
BR_LINE = "2.898 đơn vị, cơ sở và cá nhân"


def test_a_total_of_the_kinds_a_label_lists():
    assert _verdict(DA_NANG, DN_LINE, "67") == "supported"
    assert flagged(_verdict(DA_NANG, DN_LINE, "68", DN_LINE.replace("67", "68")))


def test_second_source_units_persons_and_bodies_inspected():
    assert _verdict(BA_RIA, BR_LINE, "2.898") == "supported"
    assert flagged(_verdict(BA_RIA, BR_LINE, "2.998", BR_LINE.replace("2.898", "2.998")))


def test_the_whole_of_a_fraction_is_no_rows_count():
    got = case_line_verdicts("xh-lam-dong-hoi-nguoi-cao-tuoi-tinh-bao-tro-xa-hoi-2021-7t", "140/142 xã, phường, thị trấn")
    assert not any(flagged(v) for _, v, _ in got)


def test_label_kinds_counts_the_kinds_said_alike():
    text = "khen thưởng 67 sáng chế, giải pháp hữu ích và công trình công bố"
    end = text.index("67") + 2
    assert label_kinds(text, end, "Sáng chế, giải pháp hữu ích và công trình được khen thưởng") == 2
    assert label_kinds(text, end, "Sáng chế") == 0                      # one kind is no list
    assert label_kinds("có 11 xã, thị trấn, trực tiếp", 6, "Xã, thị trấn đạt chuẩn nông thôn mới") == 2   # too few
    # for a standing count (3 asked): the area's make-up stays


def test_a_year_before_a_verb_of_estimating():
    got = case_line_verdicts("xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1", "kể cả lũy kế của 2016 ước đạt")
    assert [v for t, v, _ in got if t == "2016"] == ["not_a_figure"]
    text = nfc(page("c41-cand-ban-le-2018"))
    s = text.index("Doanh thu dịch vụ khác 2018 ước tính đạt")
    kinds = {m.raw: m.kind for m in extract_numbers(text[s:s + 80])}
    assert kinds["2018"] == "year"


def test_a_count_before_estimate_like_words_stays_a_count():
    kinds = [m.kind for m in extract_numbers("Có 2016 ước mơ được thực hiện. Xã có 2016 hộ ước đạt chuẩn.")]
    assert kinds == ["count", "count"]


BAC_GIANG = "xj-bac-giang-ldld-tinh-dai-hoi-cong-doan-co-so-2012"
BG_LINE = "đến nay đã có 309/1.301 CĐCS tổ chức đại hội, 14/293 CĐCS"
LONG_AN = "xf-long-an-kien-tuong-hoi-lhpn-xa-binh-hiep-nhiem-ky-2011-2016"


def test_the_whole_the_row_notes():
    got = case_line_verdicts(BAC_GIANG, BG_LINE)
    assert [(t, v) for t, v, _ in got] == [("309", "supported"), ("1.301", "supported"), ("14", "supported"),
                                          ("293", "supported")]
    assert flagged(_verdict(BAC_GIANG, BG_LINE, "1.501", BG_LINE.replace("1.301", "1.501")))
    assert flagged(_verdict(BAC_GIANG, BG_LINE, "1.301", BG_LINE.replace("309/", "14/")))   # another row's whole


def test_second_source_a_noted_whole():
    got = case_line_verdicts(LONG_AN, "4/5 chi hội đạt vững mạnh, 42/54 tổ phụ nữ")
    assert not any(flagged(v) for _, v, _ in got)


def test_noted_whole_reads_only_a_bare_fraction_of_the_rows_value():
    def row(value, note):
        return SimpleNamespace(fig=SimpleNamespace(ghi_chu=note), values={"ky_bao_cao": value})
    assert noted_whole(row(Decimal(309), "309/1.301")) == Decimal(1301)
    assert noted_whole(row(Decimal(309), "đạt 309/1.301 CĐCS")) is None     # words: notefigure reads those
    assert noted_whole(row(Decimal(14), "309/1.301")) is None                # not the row's value
    assert noted_whole(row(Decimal(309), "")) is None


KBNN15 = "xj-toan-quoc-kbnn-kiem-soat-chi-2015-10t"
KBNN17 = "xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1"


def test_a_swap_after_another_numbers_negated_phrase_is_caught():
    line = "số tiền thực từ chối thanh toán là 18,2 tỷ đồng"
    assert _verdict(KBNN15, line, "18,2 tỷ đồng") == "supported"
    assert flagged(_verdict(KBNN15, line, "572.720 tỷ đồng", line.replace("18,2", "572.720")))


def test_second_source_a_clause_of_its_own_and_a_negation_after_the_next_number():
    line = "đồng thời từ chối thanh toán hơn 13 tỷ đồng chi sai nguyên tắc"
    assert flagged(_verdict(KBNN17, line, "40.370 tỷ đồng", line.replace("13 tỷ", "40.370 tỷ")))
    line = "Trong đó, có 3,5 tỷ đồng chi thường xuyên"
    assert flagged(_verdict(KBNN17, line, "183.580 tỷ đồng", line.replace("3,5", "183.580")))


def test_a_negation_before_the_previous_number_still_governs():
    slug, line = "xj-hoa-binh-kbnn-tinh-tu-choi-thanh-toan-2013-h1", "từ chối chưa thanh toán 16 món chi, số tiền gần 2 tỷ đồng"
    assert _verdict(slug, line, "2 tỷ đồng") == "supported"
    assert flagged(_verdict(slug, line, "12,1 tỷ đồng", line.replace("gần 2 tỷ", "gần 12,1 tỷ")))
    text = "từ chối chưa thanh toán 16 món chi, số tiền gần 2 tỷ đồng"
    n = text.index("2 tỷ")
    assert own_negation(text, 0, len(text), n, n + 1, (text.index("16"), text.index("16") + 2), None)
    text = "khoảng 24.888 khoản chi chưa đủ thủ tục, số tiền là 18,2 tỷ đồng"
    n = text.index("18,2")
    assert not own_negation(text, 0, len(text), n, n + 4, (text.index("24"), text.index("24") + 6), None)
