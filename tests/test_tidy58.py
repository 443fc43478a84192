"""Tidy 58: one place-noun grammar (``service/placenouns.py``) read by the checker's place names, its other units and
the loader's unit columns; the checker's passes composed in one tuple (``check.PASSES``), the order unchanged.
Real text: held-out cases (a neighbour's storm, a town's women's union, a district's games) and a sweep page (a fire
in Đồng Nai); negatives: a place noun with no name after it, ``xã hội``."""

from __future__ import annotations

import pytest

from service import placenouns
from service.checker import check
from service.checker.placenamed import places_named
from service.checker.recognisers.otherunits import own_unit
from service.figures.unitrows import names_units, whole_row
from tests.sweep_tables import case_source, line_from, page_source, sentence_from

ALL = placenouns.PROVINCE + placenouns.DISTRICT + placenouns.COMMUNE


def test_the_passes_keep_their_order():
    assert check._Checker.__bases__ == check.PASSES
    assert [c.__name__ for c in check._Checker.__mro__[1:-1]] == [
        "Attribution", "Derivations", "PartShares", "GroupTwins", "NamedRows", "Breakdown", "Echoes", "TableCells",
        "StandingVerdicts", "Movements", "Fractions", "OwnIndex", "LabelSaid", "LabelSum", "ToDate", "BracketIndex",
        "BracketChange",
        "ValueRate", "SiblingRate", "BaseChoice", "FractionShare", "RateChain", "ShareNoun", "CountRate", "LabelAfter",
        "ShareBase", "PartEqual", "TwiceSaid", "CauseAfter", "LevelNamed", "NameBracket", "PlaceNamed", "UnitBrackets",
        "DroppedProducts", "RateLevel", "LastYearSaid", "DatedBase", "KeptComparison"]


@pytest.mark.parametrize("noun", ALL)
def test_every_reader_reads_every_noun_of_the_grammar(noun):
    assert places_named(f"Tại {noun} Hồng Ngự có 46 căn") == ["Hồng Ngự"]
    assert whole_row(f"Toàn {noun}") and whole_row(f"Cả {noun}")
    assert names_units(noun.capitalize(), ["Lê Hóa", "xã thuận hóa"])   # the title names the kind of unit


def test_a_neighbours_places_and_a_fires_address():
    # xo- Cà Mau: «Tại huyện Hồng Ngự và thị xã Hồng Ngự (Đồng Tháp) cũng có 46 căn sập …»
    said = sentence_from(case_source("xo-ca-mau-thoi-binh-loc-xoay-nha-sap-2016-05"), "Tại huyện Hồng Ngự")
    assert places_named(said) == ["Hồng Ngự", "Hồng Ngự"]
    # c25 VOV: «(phường Xuân Hoà, thị xã Long Khánh, tỉnh Đồng Nai)»
    said = line_from(page_source("c25-vov-vu-chay-kinh-hoang-2018"), "oảng 15h ngày 21/12")
    assert places_named(said[:said.index(")")]) == ["Xuân Hoà", "Long Khánh", "Đồng Nai"]


def test_the_own_unit_of_a_town_and_of_a_district():
    town = case_source("yu-ha-noi-son-tay-hoi-lhpn-thi-xa-bieu-duong-dien-hinh-tien-tien-2010-2015").read_text("utf-8")
    assert own_unit(town) == ("district", frozenset({"sơn tây"}))
    district = case_source("x-tam-duong-dai-hoi-tdtt-2021").read_text("utf-8")
    assert own_unit(district) == ("district", frozenset({"tam đường"}))


@pytest.mark.parametrize("text", [
    "Ngoài ra, thị xã còn huy động các nguồn giúp đỡ, hỗ trợ của cộng đồng, dòng họ",   # a sweep page: no name after
    "đạt 122,77% so với chỉ tiêu thị xã giao",                                        # a sweep page: no name after
    "công tác xã hội hóa",
])
def test_a_noun_with_no_name_after_it_names_no_place(text):
    assert places_named(text) == []


def test_no_whole_and_no_unit_column_without_the_grammar():
    assert not whole_row("Tổng số vụ") and not whole_row("Lê Hóa")
    assert not names_units("Đơn vị tính", ["vụ", "người"])
    assert not placenouns.short_forms(("xã",)) and placenouns.short_forms(("thành phố",)) == r"TP\.?"
