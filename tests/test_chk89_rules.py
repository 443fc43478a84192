"""Checker round 89 (chk89, issue 13): stop 57's final batch xq-'s misses (evaluations/sweep/checker-round89.md).

- ``levelafter``: a rate whose amount is said right after it (``giảm 3%, ở mức 2,63 tỷ USD``, ``tăng 9,41%, đạt
  191.889 lượt khách``) is that amount's row's rate: a kept rate (``<mã>-TL``) refutes a wrong one;
- ``changes.adverbed(price_kept=…)``: a price's ``giảm tới gần 11%`` whose level is a row is a change;
- ``extract._unmarked_changes``: a pair's second rate keeps the verb across its own qualifier (``và trên 13% về giá
  trị``, ``và gần 30% số người tử vong``);
- ``titlecaption``: a caption that repeats the title (``… - Hình 1``) is read as the title;
- ``standing``: a fraction's numerator is never the standing whole (``9/9 huyện`` where the fact is the 9 districts).
"""

from __future__ import annotations

import unicodedata

from service.checker.extract import extract_numbers
from service.checker.levelafter import level_after
from service.checker.recognisers import changes
from service.checker.titlecaption import repeats_title
from tests.sweep_tables import case_line_verdicts, nth_verdicts, page, real_case

_DIEU = "xq-toan-quoc-hiep-hoi-dieu-vinacas-xuat-nhap-khau-2020-10t"
_MYSON = "xp-quang-nam-ban-quan-ly-di-san-my-son-luot-khach-2017-h1"
_GIADINH = "xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-ket-qua-kinh-doanh-2024-q2"
_CHTD = "xq-dong-nam-bo-cum-thi-dua-hoi-chu-thap-do-nhan-dao-2019"
_THAINGUYEN = "xq-thai-nguyen-kinh-te-tap-the-hop-tac-xa-thanh-lap-moi-2013-2018"
_KHANHHOA = "m-khanhhoa-pcgd-2023"


def _v(slug, line, bad=None):
    return [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad)]


def _nth_verdicts(slug, old, new, nth):
    """(text, verdict) of the numbers where the nth stand of ``old`` in a held-out case's text was made ``new``."""
    return [(t, v) for t, v, _ in nth_verdicts(slug, old, new, nth)]


# ---------------------------------------------------------------- the level said after a rate names its row

def test_a_rate_before_its_level_is_that_rows_rate_in_two_sources():
    line = "kim ngạch lại giảm 3%, ở mức 2,63 tỷ USD"
    assert _v(_DIEU, line) == [("3%", "supported"), ("2,63 tỷ USD", "supported")]
    assert _v(_DIEU, line, line.replace("giảm", "tăng"))[0] == ("3%", "unsupported")
    assert _v(_DIEU, line, line.replace("3%", "0%"))[0] == ("0%", "unsupported")
    line = "giá điều xuất khẩu đã giảm gần 14% trong 10 tháng qua"   # ", xuống mức 6.288 USD"
    assert _v(_DIEU, line)[0] == ("14%", "supported")
    assert _v(_DIEU, line, line.replace("14%", "34%"))[0] == ("34%", "unsupported")
    assert _v(_DIEU, line, line.replace("giảm", "tăng"))[0] == ("14%", "unsupported")
    # another row's kept rate (05-TL = −13) said of the level's row: a swap (``named._own_change_pass``)
    assert _v(_DIEU, line, line.replace("14%", "13%"))[0] == ("13%", "unsupported")
    line = "tăng 9,41%, đạt 191.889 lượt khách"
    assert _v(_MYSON, line) == [("9,41%", "supported"), ("191.889", "supported")]
    assert _v(_MYSON, line, line.replace("tăng", "giảm"))[0] == ("9,41%", "unsupported")
    assert _v(_MYSON, line, line.replace("9,41", "7,41"))[0] == ("7,41%", "unsupported")


def test_the_level_cue_needs_one_clause_and_a_level_verb():
    text = "tăng 12% so với cùng kỳ năm 2019; tuy nhiên, kim ngạch lại giảm 3%, ở mức 2,63 tỷ USD"
    assert not level_after(text, text.index("%") + 1, text.index("2,63"))     # another clause between
    text = "giảm 3%, ở mức 2,63 tỷ USD"
    assert level_after(text, text.index("%") + 1, text.index("2,63"))
    text = "giảm 3% so với cùng kỳ, trong khi lượng 2,63 triệu tấn"
    assert not level_after(text, text.index("%") + 1, text.index("2,63"))   # no level verb
    # the rate said with its base and a level after that a row already keeps its own change for: still derived
    line = "giảm 3,8% so với quý II/2023, đạt 75,5 tỷ đồng"
    assert _v(_GIADINH, line)[0] == ("3,8%", "derived")
    assert _v(_GIADINH, line, line.replace("giảm", "tăng"))[0] == ("3,8%", "unsupported")


# ---------------------------------------------------------------- a price's rate with tới, its level a row

def test_a_kept_price_rate_with_toi_is_a_change():
    line = "đã giảm tới gần 11% so với cùng kỳ"   # "…, ở mức 1.187 USD" after it: the import price's row
    assert _v(_DIEU, line) == [("11%", "supported")]
    assert _v(_DIEU, line, line.replace("11%", "31%")) == [("31%", "unsupported")]
    assert _v(_DIEU, line, line.replace("11%", "10%")) == [("10%", "unsupported")]


def test_a_price_rate_with_toi_and_no_level_after_is_left_as_read():
    text = page("c17-cand-xangdau-4t-2015")
    at = text.index("49,7%")
    assert changes.adverbed(text, at) is None
    assert changes.adverbed(text, at, price_kept=True) == "giảm"


# ---------------------------------------------------------------- a pair's second rate across its qualifier

def _comparisons(text, fragment):
    s = text.index(fragment)
    return [(m.raw, m.comparison) for m in extract_numbers(text) if s <= m.start < s + len(fragment)]


def test_the_second_rate_of_a_pair_keeps_the_verb_across_its_qualifier_in_two_sources():
    line = "giảm lần lượt 3% về lượng và trên 13% về giá trị"
    assert _v(_DIEU, line) == [("3%", "derived"), ("13%", "derived")]
    assert _v(_DIEU, line, line.replace("13%", "63%"))[1] == ("63%", "unsupported")
    text = page("d7-cuongthinh-chay-2022-2023")
    assert _comparisons(text, "tăng 11% số vụ và gần 30% số người") == [("11%", "tăng"), ("30%", "tăng")]
    # thanhnien.vn/kinh-doanh/xuat-khau-than-da-tang-manh-919814.html
    text = ("Theo đó, xuất khẩu than có mức tăng 106% về lượng và trên 152% về kim ngạch so với cùng kỳ năm ngoái, "
            "đạt 1,98 triệu tấn, tương đương 257,66 triệu USD.")
    assert _comparisons(text, "106% về lượng và trên 152%") == [("106%", "tăng"), ("152%", "tăng")]


def test_a_pair_of_shares_stays_no_change():
    text = "So với kế hoạch, ngành điều đã đạt 94% về lượng và trên 82% về kim ngạch xuất khẩu điều nhân."
    assert _comparisons(text, "94% về lượng và trên 82%") == [("94%", None), ("82%", None)]


# ---------------------------------------------------------------- a caption repeating the title

def test_a_caption_repeating_the_title_is_the_title():
    old = "trên 610 tỷ đồng cho"
    assert _nth_verdicts(_CHTD, old, old, 1) == [("610 tỷ đồng", "supported")]
    assert _nth_verdicts(_CHTD, old, "trên 88 tỷ đồng cho", 1) == [("88 tỷ đồng", "unsupported")]
    assert _nth_verdicts(_CHTD, old, "trên 88 tỷ đồng cho", 0) == [("88 tỷ đồng", "unsupported")]   # as before


def test_repeats_title_in_two_sources_and_not_elsewhere():
    text = unicodedata.normalize("NFC", real_case(_CHTD)[0].text)
    cap = text.index("đồng cho", 100)
    assert repeats_title(text, cap, 88)
    text = page("c32-vietgiaitri-duong-day-nong-0888-247-247")
    cap = text.index("thế nào? - Hình 1")
    assert repeats_title(text, cap, text.index("\n\n") + 1)
    # the title line itself tagged (xq-…-cao-su: "Xuất khẩu cao su tăng 16,2% so cùng kỳ - Hình 1") is no repeat
    text = "Xuất khẩu cao su tăng 16,2% so cùng kỳ - Hình 1\n\nCông nhân cạo mủ cao su\n\n"
    assert not repeats_title(text, 5, 30)
    # a caption of its own words is no title
    text = "Vận động được trên 610 tỷ đồng\n\nThân bài dài.\n\nLễ trao quà tại xã Giang Điền - Hình 2\n"
    assert not repeats_title(text, text.index("Lễ"), 32)


# ---------------------------------------------------------------- a fraction's numerator is no standing whole

def test_a_numerator_is_never_the_standing_whole_in_two_sources():
    line = "đã có 7/9 huyện, thành phố, thị xã"
    assert _v(_THAINGUYEN, line) == [("7", "supported"), ("9", "standing")]
    assert _v(_THAINGUYEN, line, line.replace("7/9", "9/9")) == [("9", "unsupported"), ("9", "standing")]
    line = "trong đó có 8/9 huyện đạt chuẩn mức độ 2"
    assert _v(_KHANHHOA, line)[:2] == [("8", "supported"), ("9", "derived")]
    assert _v(_KHANHHOA, line, line.replace("8/9", "9/9"))[:2] == [("9", "unsupported"), ("9", "standing")]
