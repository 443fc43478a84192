"""Checker round 46 (chk46, issue 13): social fields, names and counts — stop 47's final batch ``yw-`` (in-sample now)
and the fresh set ``c39-`` (evaluations/sweep/checker-round46.md). Each rule quotes two sources at least and keeps
checked what it does not claim.

- a list of honours, item by item (``Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân; Cờ thi đua của Chính phủ cho 10
  tập thể``): who receives them is the list's — ``honourlist.honour_item``;
- a sports delegation's people (``300 VĐV, HLV``, ``1.165 thành viên``) are persons, counted in a row of ``người`` —
  ``match.PERSON``.
"""

from __future__ import annotations

import pytest

from service.checker import match
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import case_line_verdicts, flagged_in, heldout, page, table, within


# ---------------------------------------------------------------- a list of honours

def test_the_items_of_a_list_of_honours_count_its_recipients(dummy):
    # c39-bacninhtv: the list proposed for the year's commendations, items cut by ";" and ","; no verb in them
    text = page("c39-bacninhtv-xet-khen-thuong-2024")
    assert flagged_in(text, dummy, "Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân") == []
    assert flagged_in(text, dummy, "Cờ thi đua của Chính phủ cho 10 tập thể, danh hiệu Chiến sĩ thi đua toàn quốc "
                                   "cho 01 cá nhân; Cờ thi đua của UBND tỉnh cho 41 tập thể") == []
    # the item after a counted recipient goes on counting the same honour's
    assert flagged_in(text, dummy, "Bằng khen của Chủ tịch UBND tỉnh cho 493 tập thể, 356 cá nhân") == []
    assert {k for _, _, k in within(text, dummy, "cho 493 tập thể, 356 cá nhân")} == {"event"}
    # c36-sameco: "Lễ đón nhận Huân chương Lao động hạng ba cho 2 tập thể (…); Cờ thi đua Chính phủ  cho 1 tập thể (…)"
    text = page("c36-sameco-sawaco-tong-ket-2017")
    assert flagged_in(text, dummy, "Cờ thi đua Chính phủ  cho 1 tập thể") == []
    assert flagged_in(text, dummy, "Cờ thi đua của UBND Thành phố Hồ Chí Minh cho 4 tập thể") == []


def test_counts_that_open_no_honour_item_stay_checked(dummy):
    # an item that opens on no honour (c39-bacninhtv's next sentence counts nothing; c39-baodanang's works counted)
    text = page("c39-baodanang-thang-thanh-nien-2023")
    assert flagged_in(text, dummy, "hỗ trợ 90.791 đoàn viên thanh niên khởi nghiệp") == ["90.791"]
    assert flagged_in(text, dummy, "Chăm lo, hỗ trợ 184.713 suất quà, học bổng") == ["184.713"]
    # c39-kontumtv: "có gần 400 đảng viên …, hơn 300 đảng viên là nữ" — no honour, no "cho"
    text = page("c39-kontumtv-dak-glei-dang-vien")
    assert flagged_in(text, dummy, "có gần 400 đảng viên người dân tộc thiểu số, hơn 300 đảng viên") == ["400", "300"]


def test_a_title_recognised_as_reached_is_the_periods(tmp_path):
    # a title the year reached, recognised ("công nhận"), counts what the period did: no honours list
    from service.checker.recognisers.honourlist import honour_item
    text = "Năm 2024: danh hiệu Gia đình văn hóa được công nhận cho 12.500 hộ; Bằng khen của UBND tỉnh cho 7 tập thể."
    assert not honour_item(text, text.index("12.500"))
    assert honour_item(text, text.index("7 tập thể"))
    # "cho" with no honour opening the item: a gift, counted (c39-thanhnien: "trao 50 suất học bổng … cho thiếu nhi")
    text = page("c39-thanhnien-tu-doan-cham-lo-tet-2026")
    assert not honour_item(text, text.index("4.230"))


def test_an_honours_table_keeps_the_list_checked(tmp_path):
    # a table that counts commendations checks them: a wrong count of the list is flagged
    text = page("c39-bacninhtv-xet-khen-thuong-2024")
    figures = table(tmp_path, ["1,Bằng khen của Thủ tướng Chính phủ,cá nhân,52",
                               "2,Cờ thi đua của UBND tỉnh,tập thể,41"])
    assert flagged_in(text, figures, "Bằng khen của Thủ tướng Chính phủ cho 52 cá nhân") == []
    bad = text.replace("cho 41 tập thể", "cho 44 tập thể")
    assert flagged_in(bad, figures, "Cờ thi đua của UBND tỉnh cho 44 tập thể") == ["44"]


# ---------------------------------------------------------------- a delegation's people are persons

_SEA_GAMES = "yw-toan-quoc-bo-vhttdl-bang-khen-sea-games-33-2025-12"


def test_athletes_and_members_are_persons_of_a_row_of_people():
    # yw: "tặng Bằng khen cho 300 VĐV, HLV" against «HLV, VĐV được tặng Bằng khen …» (người) = 300, "góp mặt 1.165 thành
    # viên" against «Thành viên đoàn thể thao» (người) = 1.165 — both were flagged as "no row gives"
    said = case_line_verdicts(_SEA_GAMES, "tặng Bằng khen cho 300 VĐV, HLV có thành tích đặc biệt xuất sắc")
    assert [(t, v) for t, v, _ in said] == [("300", "supported")]
    said = case_line_verdicts(_SEA_GAMES, "Đoàn thể thao Việt Nam góp mặt 1.165 thành viên với 841 VĐV")
    assert [(t, v) for t, v, _ in said] == [("1.165", "supported"), ("841", "supported")]
    # a swap stays caught: the delegation's size written where the honoured are counted
    said = case_line_verdicts(_SEA_GAMES, "tặng Bằng khen cho 300 VĐV, HLV có thành tích đặc biệt xuất sắc",
                              "tặng Bằng khen cho 1.165 VĐV, HLV có thành tích đặc biệt xuất sắc")
    assert [v for _, v, _ in said] == ["unsupported"]


def test_athletes_coaches_and_officials_are_counted_as_people(tmp_path):
    # c28-baobinhphuoc: "Hội thi có sự tham gia của 864 vận động viên, cán bộ, huấn luyện viên đến từ 17 tỉnh"
    text = page("c28-baobinhphuoc-xep-5-17-doan-hoi-thi-the-thao-dtts-2019")
    # — against a row of people, beside a row whose unit is "vận động viên" (the province's own team: "với 55 vận động
    # viên"); before, "vận động viên" named that row's unit and no person, and 864 was flagged
    figures = table(tmp_path, ["1,Người tham gia hội thi,người,864", "2,Vận động viên của đoàn tỉnh,vận động viên,55",
                               "3,Tỉnh thành tham gia,tỉnh,17"])
    assert flagged_in(text, figures, "864 vận động viên, cán bộ, huấn luyện viên đến từ 17 tỉnh") == []
    assert flagged_in(text, figures, "tham dự hội thi với 55 vận động viên") == []
    wrong = text.replace("864 vận động viên", "846 vận động viên")
    assert flagged_in(wrong, figures, "846 vận động viên, cán bộ, huấn luyện viên") == ["846"]
    # the price, as for every person noun (``hội viên`` in a row of ``người``): the participants' 864 written where the
    # team's 55 stood is no longer told from the row of people by its noun alone
    swapped = text.replace("với 55 vận động viên", "với 864 vận động viên")
    assert flagged_in(swapped, figures, "với 864 vận động viên") == []


def test_athletes_are_no_things():
    # a person noun, not a thing: a row of "chiếc" still says nothing of athletes (GENERIC_THING takes no persons)
    assert {"vđv", "vận động viên", "hlv", "huấn luyện viên", "thành viên"} <= match.PERSON
    assert not {"vđv", "vận động viên"} & match.GENERIC_THING


# ---------------------------------------------------------------- a year of the Buddhist era

def test_a_buddhist_era_year_is_a_year(dummy):
    # c39-giacngo-tay-ninh: "Đại lễ Phật đản PL.2558, Đại lễ Vu lan báo hiếu năm 2014" (flagged as a count before)
    text = page("c39-giacngo-tay-ninh-phat-su-2014")
    assert within(text, dummy, "Đại lễ Phật đản PL.2558") == [("2558", "not_a_figure", "year")]
    # held-out zi-tp-hcm-quan-3: "khóa An cư kiết hạ PL 2566" (a space, no dot)
    text = heldout("zi-tp-ho-chi-minh-quan-3-phat-giao-phat-su-2022")
    assert [v for _, v, _ in within(text, dummy, "khóa An cư kiết hạ PL 2566")] == ["not_a_figure"]
    # the same page's figures stay checked: "cho khoảng 500 giới tử thọ giới"
    text = page("c39-giacngo-tay-ninh-phat-su-2014")
    assert flagged_in(text, dummy, "cho khoảng 500 giới tử thọ giới") == ["500"]


def test_a_count_after_pl_is_no_year(dummy):
    from service.checker.recognisers.buddhistera import BUDDHIST_YEAR
    assert [c.kind for c in BUDDHIST_YEAR.find("Phật lịch 2565 – DL.2021", 0, 24)] == ["year"]
    assert list(BUDDHIST_YEAR.find("PL 12 chùa được sửa", 0, 19)) == []
    assert list(BUDDHIST_YEAR.find("APL.2558 đơn vị", 0, 15)) == []


# ---------------------------------------------------------------- a committee's members made by consultation

def test_members_a_committee_gains_or_loses_by_consultation(dummy):
    # held-out ym-tp-hcm-hoi-lhtn: "hiệp thương thống nhất cho tám anh chị thôi không tham gia ủy ban hội …"
    text = heldout("ym-tp-ho-chi-minh-hoi-lhtn-thanh-pho-so-ket-6-thang-2011-h1")
    assert flagged_in(text, dummy, "hiệp thương thống nhất cho tám anh chị thôi") == []
    assert flagged_in(text, dummy, "hiệp thương bổ sung tám anh chị khác vào ủy ban hội") == []
    # p17-dansinh: "các đại biểu đã hiệp thương cử ra 5 Ủy viên Ủy ban Trung ương Hội, 3 Ủy viên Đoàn Chủ tịch"
    text = page("p17-dansinh-hlhtn-h1-2024")
    assert {k for _, _, k in within(text, dummy, "hiệp thương cử ra 5 Ủy viên Ủy ban Trung ương Hội, 3 Ủy viên")} \
        == {"event"}


def test_a_table_keeping_the_committee_checks_it_and_other_counts_stay(tmp_path, dummy):
    # held-out yo-thang-binh keeps "7 Ủy viên" as a row: checked there (a wrong one flagged)
    said = case_line_verdicts("yo-quang-nam-thang-binh-ubmttq-huyen-so-ket-6-thang-2020-h1",
                              "hiệp thương cử bổ sung 7 Ủy viên", "hiệp thương cử bổ sung 9 Ủy viên")
    assert [v for _, v, _ in said] == ["unsupported"]
    from service.checker.recognisers.consulted import consulted
    # no person counted: what the consultation agreed on stays a figure
    text = "Ủy ban đã hiệp thương thống nhất 12 chỉ tiêu thi đua năm 2020."
    assert not consulted(text, text.index("12"), text.index("12") + 2)
    # a committee's size with no consultation said stays checked
    text = "Ủy ban MTTQ huyện hiện có 35 ủy viên."
    assert not consulted(text, text.index("35"), text.index("35") + 2)
