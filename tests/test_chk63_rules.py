"""Checker round 63 (chk63, issue 13): the misses and false alarms stop 52 left, each rule with real text and negatives.

- A count of what a whole's children count, the whole counting another noun: ``Trao 23 giải`` (xg-tuyen-quang, prize
  rows under ``Tác phẩm đạt giải``), ``Tây Ninh đạt 5 giải`` (xf-tay-ninh, under ``Thí sinh đạt giải``) —
  ``childsum.children_total``.
- Winners counted where the table keeps the winners themselves: ``28 học sinh đoạt giải`` (zm-thanh-hoa-xa-hau-loc,
  ``Số học sinh đoạt giải`` = 82), ``4 thí sinh đạt giải`` (xf-tay-ninh's sentence, ``Thí sinh đạt giải`` = 5) —
  ``match.winners_kept``.
- A count followed by its cause: ``243 người chết do sạt lở đất`` (xg-toan-quoc-tong-cuc-pctt), ``3 vụ do độc tố tự
  nhiên`` (sweep t21-thanhnien-ngodoc-t3-2018) — ``causeafter``.
- A named unit's own row in another aspect than its family's: ``Vùng Tây Nguyên tăng 7,1%`` (xe-toan-quoc-bo-khdt)
  — ``named._named_row_pass``.
"""

from __future__ import annotations

import unicodedata

from service.checker import check_text
from service.checker.causeafter import cause_after, cause_words
from service.checker.keptmembers import label_said_after, membership_row
from service.checker.match import TableIndex
from service.checker.recognisers.references import back_reference
from service.checker.recognisers.spreadunits import several_units_before
from tests.sweep_tables import case_line_verdicts, page, table

_TQ = "xg-tuyen-quang-hoi-nha-bao-cuoc-thi-nong-thon-moi-2019"
_TN = "xf-tay-ninh-so-gddt-hoc-sinh-gioi-quoc-gia-2012-2013"
_HL = "zm-thanh-hoa-xa-hau-loc-hoc-sinh-gioi-cap-tinh-2025-2026"
_QN = "xf-quang-nam-so-gddt-hoc-sinh-gioi-quoc-gia-2023-2024"
_TT = "xg-toan-quoc-tong-cuc-pctt-thien-tai-nam-2017"
_HTX = "xe-toan-quoc-bo-khdt-hop-tac-xa-hien-co-2022"


def _verdicts(slug, line, bad=None):
    return [(t, v) for t, v, _ in case_line_verdicts(slug, line, bad)]


def _check(text, t):
    return [(n.text, n.verdict) for n in check_text(unicodedata.normalize("NFC", text), t).numbers]


# ---------------------------------------------------------------- the children's total

def test_a_title_s_prizes_are_the_children_s_total():
    assert _verdicts(_TQ, "Trao 23 giải") == [("23", "derived")]
    assert _verdicts(_TN, "Tây Ninh đạt 5 giải") == [("5", "derived")]


def test_a_wrong_total_or_another_noun_or_some_children_only_stay_flagged():
    assert _verdicts(_TQ, "Trao 23 giải", "Trao 24 giải") == [("24", "unsupported")]
    assert _verdicts(_TQ, "Trao 23 giải", "Trao 14 giải") == [("14", "unsupported")]   # 2 + 5 + 7, not all
    assert _verdicts(_TQ, "Trao 23 giải", "Trao 59 giải") == [("59", "unsupported")]   # the entries' value
    assert _verdicts(_TQ, "Trao 23 giải", "Trao 23 người") == [("23", "unsupported")]
    assert _verdicts(_TN, "Tây Ninh đạt 5 giải", "Tây Ninh đạt 6 giải") == [("6", "unsupported")]


def test_a_whole_counting_the_same_noun_as_its_children_is_no_case(tmp_path):
    # children of the parent's own unit: the parent's row supports the count, the rule is not asked
    t = table(tmp_path, ["1,Tổng số giải,giải,10", "1.1,Giải Nhất,giải,4", "1.2,Giải Nhì,giải,6"])
    assert _check("Hội thi trao 10 giải.", t) == [("10", "supported")]
    # children of another unit than the noun: nothing to add up
    t = table(tmp_path, ["1,Tác phẩm đạt giải,tác phẩm,10", "1.1,Tác giả nữ,người,4", "1.2,Tác giả nam,người,6"])
    assert _check("Hội thi trao 10 giải.", t)[0][1] != "derived"


# ---------------------------------------------------------------- winners kept as a row of their own

def test_a_prize_group_s_value_for_the_kept_winners_is_flagged():
    assert _verdicts(_HL, "toàn xã có 82 học sinh đoạt giải") == [("82", "supported")]
    assert _verdicts(_HL, "toàn xã có 82 học sinh đoạt giải", "toàn xã có 28 học sinh đoạt giải") \
        == [("28", "unsupported")]


def test_a_second_table_keeping_its_winners(tmp_path):
    # xf-tay-ninh's own sentence and rows (its school rows left out: they hold 4 themselves)
    t = table(tmp_path, ["1,Thí sinh dự thi,thí sinh,54", "2,Thí sinh đạt giải,thí sinh,5", "2.1,Giải Ba,giải,1",
                         "2.2,Giải Khuyến khích,giải,4"])
    line = "Theo danh sách do Bộ công bố, Tây Ninh có 5 thí sinh đạt giải."
    assert _check(line, t) == [("5", "supported")]
    assert _check(line.replace("5 thí", "4 thí"), t) == [("4", "unsupported")]


def test_winners_beside_the_entrants_only_are_still_the_prizes_whole():
    # round 60's rule stands where the table keeps no winners' row: «Học sinh dự thi» says no winning
    assert _verdicts(_QN, "Khen thưởng 71 học sinh đoạt giải") == [("71", "supported")]


# ---------------------------------------------------------------- a count's cause said after it

_LINE = "243 người chết do mưa lũ, ngập lụt và 71 người chết do sạt lở đất, lũ quét , 43 người chết do bão"


def test_the_cause_after_a_count_chooses_its_row():
    assert _verdicts(_TT, _LINE) == [("243", "supported"), ("71", "supported"), ("43", "supported")]
    bad = _LINE.replace("và 71", "và 243")
    assert _verdicts(_TT, _LINE, bad) == [("243", "supported"), ("243", "unsupported"), ("43", "supported")]
    bad = _LINE.replace(", 43", ", 71")
    assert _verdicts(_TT, _LINE, bad) == [("243", "supported"), ("71", "supported"), ("71", "unsupported")]


def _poisoning(tmp_path):
    return table(tmp_path, ["1,Vụ ngộ độc thực phẩm,vụ,12", "1.1,- Do độc tố tự nhiên,vụ,2", "1.2,- Do vi sinh vật,vụ,3",
                            "1.3,- Do hóa chất,vụ,3", "1.4,- Chưa xác định nguyên nhân,vụ,4"])


def test_a_second_page_s_causes(tmp_path):
    text = page("t21-thanhnien-ngodoc-t3-2018")
    sentence = next(s for s in text.split(". ") if "độc tố tự nhiên" in s) + "."
    assert "có 2 vụ do độc tố tự nhiên, 3 vụ do vi sinh vật, 3 vụ do hóa chất" in sentence
    t = _poisoning(tmp_path)
    clean = [v for x, v in _check(sentence, t) if x in ("2", "3")]
    assert clean == ["supported"] * 3
    bad = sentence.replace("có 2 vụ do độc tố", "có 3 vụ do độc tố")
    assert [v for x, v in _check(bad, t) if x == "3"][0] == "unsupported"


def test_cause_negatives(tmp_path):
    # no cause said after the count; a cause no row keeps; a cause two rows share
    assert cause_after("12 vụ ngộ độc thực phẩm làm 233 người mắc", 2) == frozenset()
    assert cause_words("Vụ ngộ độc thực phẩm") == frozenset()
    assert cause_words("- Do bão") == frozenset({"bao"})
    t = _poisoning(tmp_path)
    assert [v for x, v in _check("Có 3 vụ do nấm độc.", t) if x == "3"] == ["supported"]
    assert [v for x, v in _check("Riêng tháng 3 có 3 vụ, do hóa chất và vi sinh vật.", t) if x == "3"][-1] \
        == "supported"


# ---------------------------------------------------------------- a unit's own row in another aspect

def test_a_region_s_kept_rise_is_not_swapped_to_its_share():
    line = "Vùng Tây Nguyên tăng 7,1%"
    assert _verdicts(_HTX, line) == [("7,1%", "supported")]
    assert _verdicts(_HTX, line, "Vùng Tây Nguyên tăng 7,2%") == [("7,2%", "unsupported")]
    # the family's share still chooses where the sentence gives a share: Đông Nam Bộ's 7,1% said of Tây Nguyên
    share = "vùng Tây Nguyên có số HTX hiện có thấp nhất cả nước với 1.983 HTX, chiếm 6,7%"
    assert _verdicts(_HTX, share, share.replace("6,7%", "7,1%"))[-1] == ("7,1%", "unsupported")


# ---------------------------------------------------------------- a membership kept under its organisation's name

_TB = "xg-tay-ninh-tan-bien-xa-thanh-binh-chu-thap-do-2011-2016"


def test_a_membership_kept_under_its_organisation_s_name_stays_checked():
    line = "đại diện cho gần 400 hội viên Hội chữ thập đỏ xã"
    assert _verdicts(_TB, line) == [("400", "supported")]
    for bad in ("gần 410", "gần 360"):
        assert _verdicts(_TB, line, line.replace("gần 400", bad))[0][1] == "unsupported"


def test_a_second_page_s_membership(tmp_path):
    text = page("p10-thuthua-ccb-2017-2022")
    sentence = "130 đại biểu chính thức đại diện cho 1.320 hội viên Cựu Chiến binh huyện dự."
    assert sentence in text
    t = table(tmp_path, ["1,Hội viên Cựu chiến binh huyện,hội viên,1.320", "2,Hội viên kết nạp mới,hội viên,85"])
    assert [v for x, v in _check(sentence, t) if x == "1.320"] == ["supported"]
    assert [v for x, v in _check(sentence.replace("1.320", "1.230"), t) if x == "1.230"] == ["unsupported"]


def test_membership_negatives(tmp_path):
    # a label only partly said (another organisation's members), a label of two words, no such row: no row kept
    t = TableIndex.of(table(tmp_path, ["1,Hội viên Cựu chiến binh huyện,hội viên,1.320", "2,Hội viên kết nạp mới,hội viên,85"]))
    for said, kept in (("đại diện cho 1.230 hội viên Cựu Chiến binh tỉnh dự.", None),
                       ("đại diện cho 1.230 hội viên Cựu Chiến binh huyện dự.", "1"),
                       ("đại diện cho 1.230 hội viên nông dân huyện dự.", None)):
        row = membership_row(t, said, said.index("1.230") + 5)
        assert (row.fig.ma if row else None) == kept, said
    assert not label_said_after("1.230 hội viên dự.", 5, "Hội viên")


# ---------------------------------------------------------------- a range of rates over several units

def test_a_range_of_rates_over_several_units_is_unproved_not_wrong(dummy):
    line = "một số điểm đến ven biển đạt tỷ lệ lấp đầy 95-100%"
    assert _verdicts("xf-toan-quoc-cuc-du-lich-nghi-le-30-4-2024-04", line) == [("95-100%", "unverified")]
    text = page("t38-thiduakhenthuong-cum-1-tra-vinh-2011")
    s = text.index("đều đạt từ 14 đến 16%")
    assert [n.verdict for n in check_text(text, dummy).numbers if s <= n.start < s + 22] == ["unverified"]


def test_spread_negatives(tmp_path, dummy):
    assert not several_units_before("Tỷ lệ lấp đầy của khách sạn Rex đạt ", 36)
    assert not several_units_before("Các huyện có 3 xã đạt ", 22)
    assert several_units_before("Trong năm 2011, tốc độ tăng trưởng ở các huyện Duyên Hải, Cầu Ngang đều đạt từ ", 78)
    # one unit's range, one rate of several units: still alarms
    assert _check("Tỷ lệ lấp đầy của khách sạn Rex đạt 95-100%.", dummy)[0][1] == "unsupported"
    assert _check("Một số điểm đến ven biển đạt tỷ lệ lấp đầy 97%.", dummy)[0][1] == "unsupported"
    # a range a row keeps is checked against it
    t = table(tmp_path, ["1,Tỷ lệ lấp đầy các điểm đến ven biển - thấp,%,90", "2,Tỷ lệ lấp đầy các điểm đến ven biển - cao,%,100"])
    assert _check("Một số điểm đến ven biển đạt tỷ lệ lấp đầy 90-100%.", t)[0][1] == "supported"


# ---------------------------------------------------------------- "bên cạnh đó" opens a clause, no demonstrative

def test_an_amount_before_ben_canh_do_stays_checked():
    line = "trị giáhơn 280 triệu đồng"
    assert _verdicts(_TB, line) == [("280 triệu đồng", "supported")]
    assert _verdicts(_TB, line, "trị giáhơn 280 tỷ đồng")[0][1] == "unsupported"
    assert _verdicts(_TB, line, "trị giáhơn 200 triệu đồng")[0][1] == "unsupported"


def test_connectives_and_demonstratives():
    text = page("c28-cand-lu-len-nhanh-song-thao-song-lo")
    at = text.index("0,7 m sau đó") + len("0,7")
    assert not back_reference(text, at, unit_read=True)       # "sau đó": then, the second source's connective
    said = "số thuốc cấp trị giá hơn 280 triệu đồng bên cạnh đó hội cũng đã vận động"
    assert not back_reference(said, said.index("280") + 3, unit_read=True)
    # demonstratives still refer back
    for said, end in (("05 trường hợp nói trên đã được xử lý", 2), ("3 đơn vị này đã hoàn thành", 1),
                      ("Lô hàng 22 tấn đó đã bị tịch thu", 14)):
        assert back_reference(said, end, unit_read=True), said


# ---------------------------------------------------------------- a bare number before another row's whole label

def test_a_bare_number_before_another_row_s_label_is_that_row_s():
    line = "với 376 hội viên tham gia"
    assert _verdicts(_TB, line) == [("376", "supported")]
    assert _verdicts(_TB, line, "với 400 hội viên tham gia") == [("400", "unsupported")]
    # a word of approximation keeps the label-after pass's rounding: the label's row said roughly
    assert _verdicts(_TB, line, "với gần 400 hội viên tham gia") == [("400", "supported")]
