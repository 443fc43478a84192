"""Checker round 90 (chk90, issue 13): stop 58's final batches xr- and xs-, the false alarms on the clean text
(evaluations/sweep/checker-round90.md). Each rule on two real sources, with its negatives:

- ``recognisers.unitbase``: a rate's bare base its row's unit names (``111,8/100`` of «bé trai/100 bé gái``,
  ``(1/1000)`` of ``ca/1.000 ca``);
- ``recognisers.yearagoopen``: a sentence opening on ``Cùng kỳ năm trước,`` says its values are last year's;
- ``stamps.CUT_CLOCK``: a dateline's clock with its minutes cut (``17/12/2019 | 10:0``, ``30/11/2020, 0:0``);
- ``labels.GRADE``: a grade's bound typed as a sign, per one unit (``loại > 30kg/1con``);
- ``ifbound.IF_BOUND``: an open bound inside ``nếu …`` (``nếu có tổng điểm từ 26,80 trở lên``);
- ``bounds``: a class's rate bound named with ``Các``/``Những`` (``Các tỉnh có tỷ lệ tốt nghiệp cao trên 99%``), and
  the bound each of several units passes (``… đều có điểm chuẩn dưới 11 điểm``);
- ``match.spelled_y``: ``tỉ lệ`` is ``tỷ lệ`` in the label words;
- ``sharenoun``: a percent before ``từ <number>`` or a conjunction opens no noun phrase;
- ``amountadverb.stressed_amount``: ``tăng tới 832 triệu USD so với cùng kỳ`` is the change.
"""

from __future__ import annotations

import unicodedata

from service.checker.amountadverb import stressed_amount
from service.checker.match import spelled_y, tokens
from service.checker.recognisers.bounds import class_bound, named_class_rate
from service.checker.recognisers.ifbound import IF_BOUND
from service.checker.recognisers.labels import GRADE
from service.checker.recognisers.stamps import CUT_CLOCK
from service.checker.recognisers.unitbase import unit_base
from service.checker.recognisers.yearagoopen import opens_on_year_ago
from service.checker.sharenoun import share_phrase
from tests.sweep_tables import case_line_verdicts, heldout, page

_SEX = "xs-toan-quoc-bo-y-te-ty-so-gioi-tinh-khi-sinh-2023"
_VINH = "xd-nghe-an-vinh-benh-vien-da-khoa-thanh-pho-tong-ket-2019"
_RICE = "xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-gao-bangladesh-2021-4t"
_SWINE = "xr-toan-quoc-bo-nn-ptnt-dich-ta-lon-chau-phi-tieu-huy-2019"
_FISH = "xs-toan-quoc-tong-cuc-thuy-san-san-luong-thuy-san-2022-10t"
_FISH19 = "xe-toan-quoc-tong-cuc-thuy-san-khai-thac-hai-san-2019-q1"
_LOP10 = "xr-binh-duong-so-gddt-tuyen-sinh-lop-10-diem-chuan-2025"
_THPT = "xr-toan-quoc-bo-gddt-ty-le-tot-nghiep-thpt-2018"
_QNAM = "xr-quang-nam-so-gddt-xet-tot-nghiep-thpt-2016"
_SHRIMP = "xs-toan-quoc-vasep-xuat-khau-tom-2017-9t"
_DURIAN = "xs-toan-quoc-tong-cuc-hai-quan-xuat-khau-sau-rieng-2023-h1"
_REGISTER = "xr-toan-quoc-cuc-dang-kiem-kiem-dinh-xe-co-gioi-2022-08"


def _v(slug, line, bad=None):
    return [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad)]


def _nfc(s):
    return unicodedata.normalize("NFC", s)


def _claimed(rule, text):
    return [text[c.start:c.end] for c in rule.find(text, 0, len(text))]


# ---------------------------------------------------------------- a rate's bare base, its row's unit names it

def test_a_bare_base_the_rows_unit_names_is_no_figure_in_two_sources():
    assert _v(_SEX, "ở mức 111,8/100") == [("111,8", "supported"), ("100", "not_a_figure")]
    assert _v(_SEX, "(107,9/100)") == [("107,9", "supported"), ("100", "not_a_figure")]
    assert _v(_SEX, "con số này là 113,4/100, năm 2021 là 114,1/100")[1] == ("100", "not_a_figure")
    assert _v(_VINH, "rất thấp (1/1000)") == [("1", "supported"), ("1000", "not_a_figure")]
    # the value stays checked: a wrong ratio before its base is flagged
    assert _v(_SEX, "ở mức 111,8/100", "ở mức 121,8/100")[0] == ("121,8", "unsupported")


def test_a_bare_base_needs_the_units_own_base():
    text = "ở mức 111,8/100."
    s = text.index("100")
    assert unit_base(text, s, 100, "bé trai/100 bé gái")
    assert not unit_base(text, s, 100, "%")                      # a row in per cent: no base of its unit
    assert not unit_base(text, s, 100, "ca/1.000 ca")            # another base
    assert unit_base("(1/1000)", 3, 1000, "ca/1.000 ca")
    assert not unit_base("1/100/2", 2, 100, "bé trai/100 bé gái")  # a list of slashes
    assert not unit_base("ở mức 100 ca", 6, 100, "ca/100 ca")        # no value and slash before it


# ---------------------------------------------------------------- a sentence opening on last year's same period

def test_a_sentence_opening_on_last_years_period_states_last_years_values():
    assert _v(_RICE, "Cùng kỳ năm trước, xuất khẩu gạo sang Bangladesh chỉ đạt 146 tấn, trị giá 71.530 USD") \
        == [("146 tấn", "supported"), ("71.530 USD", "supported")]
    # a wrong last-year value is still caught
    bad = _v(_RICE, "chỉ đạt 146 tấn, trị giá", "chỉ đạt 196 tấn, trị giá")
    assert bad[0] == ("196 tấn", "unsupported")
    text = _nfc(page("t43-vinanet-tom-my-2018-01"))
    assert opens_on_year_ago(text, text.index("22,2%"), 2018)


def test_only_an_opening_on_last_year_reads_so():
    assert not opens_on_year_ago("So với cùng kỳ năm trước, lượt khách tăng 22%.", 40, 2023)
    text = "Cùng kỳ năm trước, xuất khẩu đạt 146 tấn; năm nay đạt 42.875 tấn."
    assert opens_on_year_ago(text, text.index("146"), 2021)
    assert not opens_on_year_ago(text, text.index("42.875"), 2021)       # the sentence turned to this year
    text = "Cùng kỳ năm 2020, xuất khẩu đạt 146 tấn."
    assert opens_on_year_ago(text, text.index("146"), 2021)
    assert not opens_on_year_ago(text, text.index("146"), 2023)          # not the year before the report's


# ---------------------------------------------------------------- a dateline's clock, its minutes cut

def test_a_cut_clock_after_a_date_is_a_time_in_two_sources():
    text = _nfc(heldout(_SWINE))
    assert "10:0" in _claimed(CUT_CLOCK, text)
    assert _claimed(CUT_CLOCK, _nfc(page("c40-thphanhuyich-5-dieu-bac-ho-day"))) == ["0:0"]
    assert ("10", "unsupported") not in _v(_SWINE, "17/12/2019 | 10:0")
    assert _claimed(CUT_CLOCK, "Thứ ba, 17/12/2019 | 10:0 vụ cháy") == []   # more words on its line


# ---------------------------------------------------------------- a grade's bound typed as a sign

def test_a_grade_bound_by_a_sign_per_one_unit_in_two_sources():
    assert "30kg/1con" in _claimed(GRADE, _nfc(heldout(_FISH)))
    assert "30kg/con" in _claimed(GRADE, _nfc(heldout(_FISH19)))
    assert _v(_FISH, "(loại > 30kg/1con)") == [("30kg/1con", "not_a_figure")]
    assert _claimed(GRADE, "sản lượng > 30 tấn/con tàu") == []    # no grade word before it


# ---------------------------------------------------------------- a condition's open bound

def test_an_open_bound_inside_nếu_is_a_condition_in_two_sources():
    assert _v(_LOP10, "nếu có tổng điểm từ 26,80 trở lên") == [("26,80", "not_a_figure")]
    text = _nfc(page("c28-dantri-35-diem-mon-trung-tuyen-lop-10-tphcm-2023"))
    assert "12" in _claimed(IF_BOUND, text)
    assert _claimed(IF_BOUND, "nếu đạt 26,80 điểm thì trúng tuyển") == []          # no open end
    assert _claimed(IF_BOUND, "có 300 hộ từ 5 ha trở lên") == []                    # no condition


# ---------------------------------------------------------------- a class's bound

def test_a_class_named_by_các_and_its_rate_bound():
    line = "Các tỉnh có tỷ lệ tốt nghiệp cao trên 99% có truyền thống dạy tốt học tốt"
    assert _v(_THPT, line) == [("99%", "not_a_figure")]
    text = "Cả nước có tỷ lệ tốt nghiệp đạt trên 99%."
    assert not named_class_rate(text, text.index("99%"))   # no class named: the whole's rate
    # the counted form it extends (sweep c22-nghean24h-giaingan-6t-2021)
    text = "có 15/63 địa phương có tỉ lệ giải ngân đạt trên 3%"
    assert class_bound(text, text.index("3%"), len(text), True)


def test_the_bound_each_named_unit_passes():
    line = "THPT Phước Hòa ở huyện Phú Giáo, đều có điểm chuẩn dưới 11 điểm"
    assert _v(_LOP10, line) == [("11", "not_a_figure")]
    text = "hầu hết các lĩnh vực thu đều đạt trên 50% dự toán"
    assert class_bound(text, text.index("50%"), text.index("50%") + 3, True)
    # a row about the rate keeps the bound a figure: a wrong one stays caught
    assert _v(_THPT, "có số lượng dự thi cao đều đạt tỷ lệ tốt nghiệp trên 98%",
              "có số lượng dự thi cao đều đạt tỷ lệ tốt nghiệp trên 78%") == [("78%", "unsupported")]
    text = "Tổng thu ngân sách đạt trên 50% dự toán"
    assert not class_bound(text, text.index("50%"), text.index("50%") + 3, True)


# ---------------------------------------------------------------- «tỉ lệ» is «tỷ lệ»

def test_tỉ_lệ_is_one_word_with_tỷ_lệ():
    assert set(tokens("có tỉ lệ học sinh đỗ")) >= {"ty", "le"}
    assert spelled_y("ti le") == "ty le" and spelled_y("ti suat") == "ty suat"
    assert spelled_y("100 ti dong") == "100 ti dong"          # a billion is another word
    assert _v(_QNAM, "có 6 trường có tỉ lệ học sinh đỗ tốt nghiệp 100%") == [("6", "supported"),
                                                                          ("100%", "not_a_figure")]
    # the count of the class stays checked
    assert _v(_QNAM, "có 6 trường có tỉ lệ học sinh đỗ tốt nghiệp 100%",
              "có 9 trường có tỉ lệ học sinh đỗ tốt nghiệp 100%")[0] == ("9", "unsupported")


# ---------------------------------------------------------------- no noun phrase after a percent

def test_a_percent_before_từ_a_number_or_a_conjunction_opens_no_phrase():
    line = "tỷ trọng tôm biển tăng lên 11% từ 8% tuy nhiên tỷ trọng tôm sú giảm xuống 24% từ 31%"
    assert _v(_SHRIMP, line) == [("11%", "supported"), ("8%", "supported"), ("24%", "supported"),
                                 ("31%", "supported")]
    text = "chi phí bán hàng cũng giảm tới 42% trong khi chi phí QLDN tăng không đáng kể"
    assert share_phrase(text, text.index("42%") + 3) is None
    text = "100% cơ sở Đoàn được kiểm tra giám sát;"
    assert share_phrase(text, 4) == "cơ sở Đoàn được kiểm tra giám sát"   # a noun phrase still read


# ---------------------------------------------------------------- «tăng tới» an amount, its base at once

def test_an_amount_after_tăng_tới_with_its_base_is_the_change():
    line = "tăng tới 832 triệu USD so với cùng kỳ năm trước"
    assert _v(_DURIAN, line) == [("832 triệu USD", "derived")]
    assert _v(_DURIAN, line, line.replace("832", "852")) == [("852 triệu USD", "unsupported")]
    # the multiple said after it is the rise over its base (``derive._multiple_of_stated``)
    assert _v(_DURIAN, "tương đương tăng gần 19 lần (cùng kỳ 44,2 triệu USD)")[0] == ("19", "derived")
    text = "tăng tới 1,46 triệu tấn so với tháng 4"
    assert stressed_amount(text, text.index("1,46"), text.index(" so")) == "tăng"
    text = "giá heo tăng tới 32.000 đồng/kg."
    assert stressed_amount(text, text.index("32.000"), text.index("/kg")) is None   # the level reached, maybe


# ---------------------------------------------------------------- the source's own error, listed

def test_the_registry_headline_is_listed_as_the_sources_error():
    from evaluations.checker_accuracy import SOURCE_ERRORS_REAL

    assert "400.000" in SOURCE_ERRORS_REAL[_REGISTER]
    assert _v(_REGISTER, "hơn 400.000 xe không đạt kiểm định") == [("400.000", "unsupported")]
