"""Figures round 44: a table laid wide by unit — one row per unit (a team, a commune), one column per measure, the
period only in the title — gives the long form's numbers, each cell a row «<đơn vị>: <chỉ tiêu>» (the loader's
convention for units: in the label, not as the organisation) in the unit of measure its column's title gives; a
warning names the unit column and the measure columns; a column titled ``Đơn vị`` holding names is no column of units
of measure, and a ``Tổng`` column beside the measures is no whole of places.  Sources: the 9th national games' medal table (xp, Báo Đà Nẵng: «Thành phố Hồ Chí
Minh (128 HCV, 119 HCB, 143 HCĐ)») and Tuyên Hóa's whirlwind damage per commune (zq: «xã Lê Hóa 20,5 ha, xã Thuận Hóa
13 ha»), each built wide by hand as the agency would print it; both cases' long forms are the held-out sheets."""

from decimal import Decimal
from pathlib import Path

import pytest

from service.figures.load import load_table
from service.figures.unitrows import named_unit, names_units, proper_name, whole_row

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parent / "evaluations" / "cases" / "heldout"
MEDALS_WIDE = HERE / "data" / "fig44" / "huy-chuong-rong.csv"
MEDALS_LONG = HELDOUT / "xp-toan-quoc-dai-hoi-the-thao-toan-quoc-lan-thu-9-huy-chuong-2022-12" / "figures.csv"
WHIRL_WIDE = HERE / "data" / "fig44" / "loc-xoay-rong.csv"
WHIRL_LONG = HELDOUT / "zq-quang-binh-tuyen-hoa-thiet-hai-loc-xoay-2018-05" / "figures.xlsx"
COURTS = HELDOUT / "zc-cuc-thads-thi-hanh-an-dan-su-2019-h1" / "figures.csv"
COMMUNES = HELDOUT / "zo-thanh-hoa-thuong-xuan-nong-thon-moi-cac-xa-2013" / "figures.csv"

_MEDAL = {"HCV": "Huy chương Vàng", "HCB": "Huy chương Bạc", "HCĐ": "Huy chương Đồng"}


def test_the_medal_table_wide_gives_the_long_forms_numbers_per_team():
    wide = load_table(MEDALS_WIDE, period="2022-12")
    long = {(f.muc.split(". Đoàn ")[-1], f.chi_tieu): f.ky_bao_cao for f in load_table(MEDALS_LONG, period="2022-12")}
    got = {(f.chi_tieu.split(": ")[0], _MEDAL[f.chi_tieu.split(": ")[1]]): f.ky_bao_cao for f in wide
           if f.chi_tieu.split(": ")[1] in _MEDAL}
    assert len(got) == 15
    assert got == {k: v for k, v in long.items() if k[1] in _MEDAL.values()}
    by = {f.chi_tieu: f for f in wide}
    assert by["Thành phố Hồ Chí Minh: HCV"].ky_bao_cao == Decimal("128") and not by["Thành phố Hồ Chí Minh: HCV"].don_vi
    assert by["Hà Nội: tổng huy chương"].ky_bao_cao == Decimal("475")   # the page never states it: the sheet does


def test_the_medal_tables_warning_names_the_unit_column_and_the_measures():
    said = [w.message for w in load_table(MEDALS_WIDE, period="2022-12").warnings if "trải ngang" in w.message]
    assert len(said) == 1
    assert "cột 'Đoàn' là cột đơn vị" in said[0] and "'HCV', 'HCB', 'HCĐ', 'Tổng huy chương'" in said[0]


def test_the_communes_table_wide_gives_the_held_out_long_rows():
    wide = load_table(WHIRL_WIDE, period="2018-05")
    long = load_table(WHIRL_LONG, period="2018-05")
    per_commune = {(f.chi_tieu.split(" (")[0].split(",")[0].lower(), f.don_vi): (f.ky_bao_cao, f.don_vi_tinh)
                   for f in long if f.don_vi}
    got = {(f.chi_tieu.split(": ")[1].split(",")[0], "Xã " + f.chi_tieu.split(": ")[0]): (f.ky_bao_cao, f.don_vi_tinh)
           for f in wide if not f.chi_tieu.startswith("Tổng cộng")}
    assert len(got) == 9 and got == per_commune
    totals = {f.chi_tieu.split(": ")[1].split(",")[0]: (f.ky_bao_cao, f.don_vi_tinh) for f in wide
              if f.chi_tieu.startswith("Tổng cộng")}
    assert totals == {f.chi_tieu.split(",")[0].lower(): (f.ky_bao_cao, f.don_vi_tinh) for f in long
                      if not f.don_vi and f.don_vi_tinh != "đồng"}
    assert {f.don_vi_tinh for f in wide} == {"nhà", "ha", "con"} and not any(f.don_vi for f in wide)


def test_a_total_column_beside_measures_is_not_the_whole_of_places(tmp_path):
    p = tmp_path / "t.csv"   # the medal table as `Đơn vị | HCV | HCB | HCĐ | Tổng`: «Tổng» is each team's sum
    p.write_text("STT;Đơn vị;HCV;HCB;HCĐ;Tổng\n1;Hà Nội;175;143;157;475\n2;Quân đội;90;82;95;267\n"
                 "3;Thanh Hóa;40;29;63;132\n", encoding="utf-8")
    t = load_table(p, period="2022-12")   # main: refused, «thiếu cột 'Chỉ tiêu'» (Đơn vị read as units of measure)
    by = {f.chi_tieu: f for f in t}
    assert by["Thanh Hóa: tổng"].ky_bao_cao == Decimal("132") and by["Hà Nội: HCV"].ky_bao_cao == Decimal("175")
    assert not any(f.don_vi for f in t) and any("cột 'Đơn vị' là cột đơn vị" in w.message for w in t.warnings)


def test_a_total_column_beside_measures_with_a_long_name(tmp_path):
    p = tmp_path / "t.csv"   # main read HCV, HCB, HCĐ as places («Hà Nội (HCV)», organisation «HCV») beside «Tổng»
    p.write_text("STT;Đơn vị;HCV;HCB;HCĐ;Tổng\n1;Hà Nội;175;143;157;475\n2;Thành phố Hồ Chí Minh;128;119;143;390\n"
                 "3;Quân đội;90;82;95;267\n", encoding="utf-8")
    by = {f.chi_tieu: f for f in load_table(p, period="2022-12")}
    assert by["Quân đội: HCĐ"].ky_bao_cao == Decimal("95") and not by["Quân đội: HCĐ"].don_vi
    assert by["Thành phố Hồ Chí Minh: tổng"].ky_bao_cao == Decimal("390")


@pytest.mark.parametrize("label", ["Hà Nội", "Thanh Hóa", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Lê Hóa", "Xã Thuận Hóa"])
def test_proper_names(label):
    assert proper_name(label)


@pytest.mark.parametrize("label", ["Quân đội", "Nhà bị sập tường", "Án hình sự", "Số vụ VPHC", "Tổng số việc thụ lý",
                                   "Lúa bị gãy đổ", "123"])
def test_not_proper_names(label):
    assert not proper_name(label)


def test_names_units_by_title_or_by_names_and_never_for_indicators():
    assert names_units("Xã", ["Lê Hóa", "Thuận Hóa", "Tổng cộng"])
    assert names_units("Đơn vị", ["Công an huyện", "Phòng Nội vụ"])               # the title says it
    assert names_units("Đoàn", ["Hà Nội", "Thành phố Hồ Chí Minh", "Quân đội", "Thanh Hóa", "Đà Nẵng"])
    assert not names_units("Đơn vị tính", ["vụ", "người"])
    assert not names_units("Nội dung", ["Tổng số việc thụ lý", "Số việc có điều kiện giải quyết"])
    assert not names_units("Xã", ["Lê Hóa", "Lê Hóa"])                             # a name twice: no list of units
    assert not names_units("Đoàn", ["Hà Nội"])


def test_rows_of_the_whole_and_names_that_are_no_units_of_measure():
    assert whole_row("Tổng cộng") and whole_row("Toàn huyện") and not whole_row("Lê Hóa")
    assert named_unit("Hà Nội") and named_unit("Thanh Hóa")
    assert not named_unit("Kg") and not named_unit("lượt người") and not named_unit("Triệu USD") \
        and not named_unit("tỷ đồng")


def test_held_out_tables_with_an_indicator_column_keep_their_reading():
    # negatives: an indicator column with ĐVT (zc) and places as columns beside «Toàn huyện» (zo) load as before
    courts = load_table(COURTS, period="2019-H1")
    assert not any("trải ngang" in w.message for w in courts.warnings)
    assert any(f.chi_tieu == "Tổng số việc thụ lý" and f.ky_bao_cao == Decimal("79177") for f in courts)
    communes = load_table(COMMUNES, period="2013")
    assert not any("trải ngang" in w.message for w in communes.warnings)
    assert any(f.don_vi == "Ngọc Phụng" for f in communes)


@pytest.mark.parametrize("slug,period,column", [
    ("zp-quang-nam-thang-binh-thiet-hai-mua-bao-2020-10", "2020-10", "Xã, thị trấn"),
    ("zr-hung-yen-an-thi-hoi-dong-nvqs-so-tuyen-suc-khoe-2019-11", "2019-11", "Đơn vị"),
    ("zr-tp-ho-chi-minh-xi-nghiep-quan-ly-pha-tnxp-2017-12", "2017-12", "Bến phà"),
])
def test_held_out_sheets_laid_wide_are_said_so_and_keep_their_rows(slug, period, column):
    t = load_table(HELDOUT / slug / "figures.csv", period=period)
    said = [w for w in t.warnings if "trải ngang" in w.message]
    assert len(said) == 1 and f"cột '{column}' là cột đơn vị" in said[0].message and said[0].column == column
    assert not any(f.don_vi for f in t)            # the unit stays in the label (the checker's own reading)
