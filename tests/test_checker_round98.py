"""Checker round 98 (chk98, issue 13): stop 60's final batches (evaluations/sweep/checker-round98.md).

``respective``: a ``lần lượt`` list's values follow the last cue before them (``lần lượt đạt 125,4 … và 51,1 …, tăng
lần lượt 48,5% và 267%``: the rates are the amounts' in order); the counts of a list ``tăng lần lượt`` leads are all
changes (``tăng lần lượt 126 vụ (23,07%) và 189 đối tượng``).
``rategroup``: a rate said right after an amount is of the amount's group (``thi hành xong gần 117.000 tỷ đồng, đạt tỷ
lệ 31,6%`` — the money's group, not the cases').
"""

from __future__ import annotations

from types import SimpleNamespace

from service.checker.extract import extract_numbers
from service.checker.rategroup import group_rate_after, rate_of_amount_group
from service.checker.respective import governing_cue, respective_change
from tests.sweep_tables import case_line_verdicts, flagged

_THUYDIEN = "xt-toan-quoc-doanh-nghiep-thuy-dien-ket-qua-kinh-doanh-2021-h1"
_LAICHAU = "xu-lai-chau-cong-an-tinh-toi-pham-ma-tuy-2023"
_THADS = "xv-toan-quoc-cuc-quan-ly-thads-thi-hanh-an-dan-su-2025-10t"
_PVOIL = "xt-toan-quoc-pv-oil-ket-qua-kinh-doanh-2020-q3"


def _v(slug, line, bad=None):
    return {t: (v, r) for t, v, r in case_line_verdicts(slug, line, bad)}


# ---------------------------------------------------------------- 1. the cue a value's list hangs on

_AVUONG = ("doanh thu và lợi nhuận sau thuế quý II/2021 lần lượt đạt 125,4 tỷ đồng và 51,1 tỷ đồng, tăng lần lượt "
           "48,5% và 267% so với cùng kỳ năm ngoái")


def test_the_last_cue_before_a_value_governs_it():
    at = _AVUONG.index("48,5")
    assert governing_cue(_AVUONG, 0, at).start() == _AVUONG.index("tăng lần lượt") + len("tăng ")
    one = "container đạt 13,3 triệu TEU, tăng lần lượt 18% và 27%"
    assert governing_cue(one, 0, one.index("27%")).start() == one.index("lần lượt")
    assert governing_cue("doanh thu đạt 125,4 tỷ đồng, tăng 48,5%", 0, 30) is None


def test_each_rate_of_two_respective_lists_is_its_amounts():
    v = _v(_THUYDIEN, _AVUONG)
    assert v["48,5%"][0] == "derived" and v["267%"][0] == "derived"   # was: 48,5% «IV.7-2021-Q2-TL: 267%»
    wrong = _v(_THUYDIEN, _AVUONG, _AVUONG.replace("48,5% và", "70% và"))["70%"]
    assert flagged(wrong[0]) and "IV.6-2021-Q2-TL" in wrong[1]   # the revenue's own rate says 48,5
    swapped = _v(_THUYDIEN, _AVUONG, _AVUONG.replace("và 267%", "và 48,5%"))
    assert [flagged(v) for t, (v, _) in swapped.items() if t == "48,5%"] == [True]   # dict keeps the last: profit's


def test_one_cue_lists_read_as_before():
    line = "lợi nhuận trước thuế đạt 1 tỉ đồng, lần lượt giảm 44,4% và 96,9% so với quý 3/2019"
    v = _v(_PVOIL, line)
    assert not flagged(v["44,4%"][0]) and not flagged(v["96,9%"][0])


# ---------------------------------------------------------------- 2. the counts of a respective list of changes

_BAT = "số vụ án và đối tượng bị bắt tăng lần lượt 126 vụ (23,07%) và 189 đối tượng (20,9%)"


def test_the_later_counts_of_a_respective_change_are_changes():
    at = _BAT.index("189")
    assert respective_change(_BAT, at) == "tăng"
    m = next(x for x in extract_numbers(_BAT) if x.raw.startswith("189"))
    assert (m.kind, m.comparison) == ("change", "tăng")
    two = "tăng lần lượt 126 vụ, 189 đối tượng và 12 kg ma túy"
    assert respective_change(two, two.index("12 kg")) == "tăng"
    assert respective_change("lần lượt giảm 3 vụ và 4 người", len("lần lượt giảm 3 vụ và ")) == "giảm"


def test_not_a_respective_change():
    for text, word in (("tăng 126 vụ (23,07%) và 189 đối tượng", "189"),          # no lần lượt
                       ("tăng lần lượt 126 vụ. Có 189 đối tượng bị bắt", "189"),  # another sentence
                       ("tăng lần lượt 126 vụ; 189 đối tượng bị bắt", "189"),     # across ;
                       ("lần lượt là 126 vụ và 189 đối tượng", "189"),           # no change said
                       ("tăng lần lượt 126 vụ (23,07%) và có 189 đối tượng", "189")):   # a verb between
        assert respective_change(text, text.index(word)) is None, text


def test_lai_chau_second_count_is_its_change():
    v = _v(_LAICHAU, _BAT)
    assert v["189"][0] == "derived" and v["126"][0] == "derived"   # 804 − 615; was «no row gives 189»
    assert flagged(_v(_LAICHAU, _BAT, _BAT.replace("189", "198"))["198"][0])


# ---------------------------------------------------------------- 3. a rate after an amount is its group's

_TIEN = "thi hành xong gần 117.000 tỷ đồng, đạt tỷ lệ 31,6%"


def test_the_rate_after_the_money_is_the_moneys_group():
    assert _v(_THADS, _TIEN)["31,6%"][0] == "supported"   # was «Câu này nói về A3 … = 63%»
    for bad in ("63", "26"):   # the cases' rate, the bank loans' rise: the money's group's rate is 31,6
        v, reason = _v(_THADS, _TIEN, _TIEN.replace("31,6", bad))[f"{bad}%"]
        assert flagged(v) and reason.startswith("Câu này nói về B2"), reason
    viec = "977.700 việc phải thi hành (đạt tỷ lệ trên 63%)"
    assert _v(_THADS, viec)["63%"][0] == "supported"


def _row(ma, muc, kind):
    return SimpleNamespace(fig=SimpleNamespace(ma=ma), muc=muc, kind=kind, values={"ky_bao_cao": 1})


def test_rate_group_negatives():
    b1, b2 = _row("B1", "Về tiền", "money"), _row("B2", "Về tiền", "percent")
    a3, nogroup = _row("A3", "Về việc", "percent"), _row("X", "", "money")
    assert rate_of_amount_group(b1, b2, a3) and not rate_of_amount_group(b1, a3, b2)
    assert not rate_of_amount_group(nogroup, b2, a3) and not rate_of_amount_group(None, b2, a3)
    assert not rate_of_amount_group(_row("B0", "Về tiền", "percent"), b2, a3)   # the amount itself a percent
    text = "thi hành xong gần 117.000 tỷ đồng, đạt tỷ lệ 63%"
    end, at = text.index(" tỷ đồng") + len(" tỷ đồng"), text.index("63")
    assert group_rate_after(text, end, at, b1, a3, [b1, b2, a3]) is b2
    assert group_rate_after(text, end, at, b1, b2, [b1, b2, a3]) is None   # already the group's own
    kept = _row("B1-TL", "Về tiền", "percent")   # a rate of change the loader kept is no share of the group
    assert group_rate_after(text, end, at, b1, a3, [b1, kept, a3]) is None
    assert group_rate_after(text, end, at, b1, a3, [b1, b2, _row("B3", "Về tiền", "percent"), a3]) is None
    far = "thi hành xong gần 117.000 tỷ đồng, trong đó án kinh tế chiếm 63%"   # more than a joining word between
    assert group_rate_after(far, end, far.index("63"), b1, a3, [b1, b2, a3]) is None
