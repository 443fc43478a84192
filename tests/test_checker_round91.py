"""Checker round 91 (chk91, issue 13): stop 58's final batches xr-/xs-'s misses (evaluations/sweep/checker-round91.md).

- ``recognisers.opensubject``: a rate whose sentence opens on its subject (``Tổng sản lượng thủy sản trong 10 tháng
  đầu năm 2022, tăng 3,1% so với cùng kỳ``), no amount before it, is refuted by that row's kept rate (``<mã>-TL2``);
- ``recognisers.wholes.set_described``: the whole of ``trong N <set …>, có M <set>`` is described up to the parts'
  ``có``, list commas and all: a row that fits those words keeps the whole, so a wrong one is no standing set.
"""

from __future__ import annotations

from service.checker.recognisers.opensubject import opening_subject
from service.checker.recognisers.wholes import set_described
from tests.sweep_tables import nth_verdicts

_THUYSAN = "xs-toan-quoc-tong-cuc-thuy-san-san-luong-thuy-san-2022-10t"
_HANAM = "xe-ha-nam-ubnd-tinh-cong-nghiep-2006-11t"
_THAIBINH = "xb-thai-binh-so-cong-thuong-san-xuat-cong-nghiep-2017-04"
_QUANGNAM = "xr-quang-nam-so-gddt-xet-tot-nghiep-thpt-2016"
_NUITHANH = "zn-quang-nam-nui-thanh-xa-tam-xuan-2-dai-hoi-dang-bo-2015-2020"


def _subject(line, rate):
    at = line.index(rate)
    return opening_subject(line, 0, at)


# ---------------------------------------------------------------- a sentence that opens on the rate's subject

def test_the_opening_words_are_the_rates_subject_in_two_sources():
    assert _subject("Tổng sản lượng thủy sản trong 10 tháng đầu năm 2022, tăng 3,1% so với cùng kỳ năm ngoái",
                    "3,1%") == "Tổng sản lượng thủy sản trong 10 tháng đầu năm 2022"
    assert _subject("Công nghiệp địa phương vẫn đạt tốc độ tăng trưởng cao, tăng 27,5% so với cùng kỳ, chủ yếu do",
                    "27,5%") == "Công nghiệp địa phương vẫn đạt tốc độ tăng trưởng cao"
    assert _subject("Chỉ số sản xuất công nghiệp tháng 04/2017, tăng 11,38% so với tháng 3/2017",
                    "11,38%") == "Chỉ số sản xuất công nghiệp tháng 04/2017"


def test_no_opening_subject_after_an_amount_a_list_or_a_clause():
    # an amount before the rate: what the rate follows, for other readings
    assert _subject("tổng sản lượng thủy sản tháng 10 ước đạt 815,9 nghìn tấn, tăng 2,5% so với cùng kỳ năm 2021",
                    "2,5%") is None
    assert _subject("Trong đó, khai thác biển lũy kế ước đạt 3.130 nghìn tấn, giảm 2,4%.", "2,4%") is None
    # a second comma: a list or a clause of its own, no subject
    assert _subject("Như vậy, trong 4 tháng đầu năm nay, xuất khẩu gạo sang Bangladesh tăng gần 300 lần", "300") \
        is None
    # no verb right after the comma
    assert _subject("Tổng sản lượng thủy sản trong 10 tháng đầu năm 2022, đạt 7.450,7 nghìn tấn", "7.450,7") is None


def test_a_wrong_rate_in_the_title_and_its_reprint_is_caught():
    # the title (line 1) and its reprint after the lead (line 4): 01-TL2 = 3,1 is the ten months' rate
    for nth in (0, 2):
        assert [v for _, v, _ in nth_verdicts(_THUYSAN, "3,1%", "3,1%", nth)] == ["derived"]
        for bad in ("3,4%", "4,1%", "2,6%"):
            got = nth_verdicts(_THUYSAN, "3,1%", bad, nth)
            assert [v for _, v, _ in got] == ["unsupported"], (nth, bad, got)
            assert "01-TL2" in got[0][2] and "3,1%" in got[0][2]
    # the body's sentence, the running total said before its rate, as before
    assert [v for _, v, _ in nth_verdicts(_THUYSAN, "3,1%", "3,4%", 1)] == ["unsupported"]


def test_the_second_source_still_reads_its_opening_rate():
    # Hà Nam: "Công nghiệp địa phương vẫn đạt tốc độ tăng trưởng cao, tăng 27,5% so với cùng kỳ" (3 = 27,5)
    assert [v for _, v, _ in nth_verdicts(_HANAM, "27,5%", "27,5%")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(_HANAM, "27,5%", "28,5%")] == ["unsupported"]
    # Thái Bình: the index row (124,36) gives "tăng 24,36% so với cùng kỳ năm 2016" after the opening subject
    assert [v for _, v, _ in nth_verdicts(_THAIBINH, "24,36%", "25,36%")] == ["unsupported"]


# ---------------------------------------------------------------- the whole of «trong N <set …>, có M <set>»

def test_the_set_is_described_up_to_the_parts_có():
    text = ("trong 61 trường THPT, PT Dân tộc nội trú và GDTX có thí sinh tham gia thi xét tuyển tốt nghiệp THPT, có "
            "6 trường có tỉ lệ học sinh đỗ tốt nghiệp 100%")
    end = text.index("61") + 2
    assert set_described(text, end) == (" trường THPT, PT Dân tộc nội trú và GDTX có thí sinh tham gia thi xét tuyển "
                                        "tốt nghiệp THPT")
    text = "Trong 4 thôn đang thực hiện xây dựng khu dân cư nông thôn mới kiểu mẫu có 1 thôn đạt 10/10 tiêu chí"
    assert set_described(text, text.index("4") + 1) == (" thôn đang thực hiện xây dựng khu dân cư nông thôn mới "
                                                         "kiểu mẫu")
    # no parts of the set after it: nothing described
    text = "Đây là trường có tỉ lệ học sinh đỗ tốt nghiệp thấp nhất trong 61 trường THPT trên địa bàn."
    assert set_described(text, text.index("61") + 2) is None


def test_a_wrong_whole_a_row_keeps_is_caught_in_two_sources():
    # Quảng Nam: I.1 = 61 schools with candidates; the planted 62 was a standing set before
    assert [v for _, v, _ in nth_verdicts(_QUANGNAM, "61 trường", "61 trường")] == ["supported"]
    got = nth_verdicts(_QUANGNAM, "61 trường", "62 trường")
    assert [v for _, v, _ in got] == ["unsupported"] and "I.1" in got[0][2]
    # Núi Thành: "Trong 4 thôn đang thực hiện xây dựng khu dân cư nông thôn mới kiểu mẫu có 1 thôn" (round of
    # ``_a_row_keeps_the_whole``): still the row's count
    assert [v for _, v, _ in nth_verdicts(_NUITHANH, "Trong 4 thôn", "Trong 4 thôn")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(_NUITHANH, "Trong 4 thôn", "Trong 5 thôn")] == ["unsupported"]


def test_a_set_no_row_describes_stays_the_standing_whole():
    # m-khanhhoa-pcgd-2023: "Trong số 139 xã, có 82 xã đạt chuẩn" — the comma right after the set: nothing described
    text = "Trong số 139 xã, có 82 xã đạt chuẩn phổ cập giáo dục THCS mức độ 3"
    assert set_described(text, text.index("139") + 3) == " xã"


# ---------------------------------------------------------------- a value tied to last year's cell claims nothing

_GAO = "xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-gao-bangladesh-2021-4t"
_AGIANG = "xo-an-giang-cang-hkqt-phu-quoc-chuyen-bay-quoc-te-2026-01"


def test_a_swap_beside_last_years_value_is_caught():
    # "Cùng kỳ năm trước, xuất khẩu gạo sang Bangladesh chỉ đạt 146 tấn" ties 146 to 04's Cùng kỳ cell: it states
    # nothing of the period, so the nation's 1.930.000 written for Bangladesh's 42.875 is a swap
    line = "xuất khẩu gạo sang thị trường Bangladesh trong 4 tháng qua đạt 42.875 tấn, trị giá 25,94 triệu USD"
    assert [v for _, v, _ in nth_verdicts(_GAO, line, line)][-2:] == ["supported", "supported"]
    got = nth_verdicts(_GAO, "42.875 tấn", "1.930.000 tấn")
    assert [v for _, v, _ in got] == ["unsupported"] and "04" in got[0][2]
    got = nth_verdicts(_GAO, "25,94 triệu USD", "1070 triệu USD")
    assert [v for _, v, _ in got] == ["unsupported"] and "05" in got[0][2]
    # last year's own words: a sentence opening on «Cùng kỳ năm trước,» states last year's value (round 90's
    # yearagoopen), supported by 04's Cùng kỳ cell — no longer the stale flag this round left it
    assert [v for _, v, _ in nth_verdicts(_GAO, "146 tấn", "146 tấn")] == ["supported"]


def test_a_swap_beside_last_years_loss_is_caught():
    # the second source: "lợi nhuận sau thuế đạt gần 169 tỷ đồng trong khi cùng kỳ năm ngoái lỗ 1,5 tỷ đồng" — 1,5 is
    # 4's Cùng kỳ, said of last year; the quarter's 132 written for the nine months' 169 is a swap
    slug = "xn-lam-dong-thuy-dien-mien-nam-shp-ket-qua-kinh-doanh-2021-q3"
    assert [v for _, v, _ in nth_verdicts(slug, "gần 169 tỷ đồng", "gần 169 tỷ đồng")] == ["supported"]
    got = nth_verdicts(slug, "gần 169 tỷ đồng", "gần 132 tỷ đồng")
    assert [v for _, v, _ in got] == ["unsupported"] and "169" in got[0][2]
    assert [v for _, v, _ in nth_verdicts(slug, "lỗ 1,5 tỷ đồng", "lỗ 1,5 tỷ đồng")] == ["supported"]


def test_last_years_value_said_as_the_base_still_reads_so():
    # xo-an-giang: "734 chuyến bay quốc tế đến (cùng kỳ năm trước chỉ 521 chuyến)" — 521 is 1's Cùng kỳ, compared
    assert [v for _, v, _ in nth_verdicts(_AGIANG, "521", "521")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(_AGIANG, "734", "734")] == ["supported"]


# ---------------------------------------------------------------- the level right after a kept rate

_CATRA = "xs-toan-quoc-vasep-xuat-khau-ca-tra-2023-01"
_DIEU = "xq-toan-quoc-hiep-hoi-dieu-vinacas-xuat-nhap-khau-2020-10t"


def test_the_level_after_a_kept_rate_is_that_rows_in_two_sources():
    # cá tra: 01-TL = −61 — "giảm 61% so với cùng kỳ năm 2022, chỉ đạt 83,6 triệu USD" (levelafter reads «chỉ đạt»)
    assert [v for _, v, _ in nth_verdicts(_CATRA, "83,6 triệu USD", "83,6 triệu USD")] == ["supported"]
    got = nth_verdicts(_CATRA, "83,6 triệu USD", "9,84 triệu USD")
    assert [v for _, v, _ in got] == ["unsupported"] and "01" in got[0][2] and "83,6" in got[0][2]
    # the rate keeps its row (no flag moves to it)
    assert [v for _, v, _ in nth_verdicts(_CATRA, "giảm 61%", "giảm 61%")] in (["derived"], ["supported"])
    # vinacas: "kim ngạch lại giảm 3%, ở mức 2,63 tỷ USD" (02-TL = −3): the clean level stands, a swap is caught
    assert [v for _, v, _ in nth_verdicts(_DIEU, "2,63 tỷ USD", "2,63 tỷ USD")] == ["supported"]
    assert [v for _, v, _ in nth_verdicts(_DIEU, "ở mức 2,63 tỷ USD", "ở mức 1,54 tỷ USD")][-1:] == ["unsupported"]


def test_chỉ_đạt_is_a_level_verb_but_no_other_word_is():
    from service.checker.levelafter import level_after
    text = "xuất khẩu cá tra tiếp tục giảm 61% so với cùng kỳ năm 2022, chỉ đạt 83,6 triệu USD"
    assert level_after(text, text.index("61%") + 3, text.index("83,6"))
    text = "xuất khẩu cá tra tiếp tục giảm 61% so với cùng kỳ năm 2022, chủ yếu 83,6 triệu USD"
    assert not level_after(text, text.index("61%") + 3, text.index("83,6"))
