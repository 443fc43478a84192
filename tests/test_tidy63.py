"""Tidy round 63 (docs/tidy-63.md).

1. ``droppedproduct.product_head`` cuts a unit's product part with ``extract.product_of`` (it kept a second copy of
   ``extract._PRODUCT``'s pattern): the head of every unit the extractor reads as a product, nothing of any other.
2. The period a number is said of is read one way (``periodrow.said_of``: its own year after it, else the period named
   last before it), by ``rows_of_their_period`` and ``stands_for`` both, from one ``SpanCues(reported_only=False)`` per
   check (``Attribution._period_cues``, a ``cached_property``), where each built its own.
3. A number a sheet states of a row (a rate, an index, a share, a comparison with the month before) becomes the row's
   sub-row in % one way (``figures.subrow.stated_sub_row``), for ``beforerows`` and the loader's four kinds.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from service.checker.check import check_text
from service.checker.droppedproduct import product_head
from service.checker.extract import product_of
from service.checker.recognisers import spans
from service.figures.load import load_table
from service.figures.model import Figure
from service.figures.subrow import free_code, stated_sub_row
from tests.sweep_tables import HELDOUT, nth_verdicts, real_case
from tests.test_caught8_own_index import _flagged, _verdicts

HN = "xz-ha-noi-thong-ke-van-tai-2022-02"
VAMA = "xt-toan-quoc-vama-doanh-so-o-to-2020-11"
LOP10 = "xr-binh-duong-so-gddt-tuyen-sinh-lop-10-diem-chuan-2025"
HAU_GIANG = "xw-hau-giang-so-gtvt-van-tai-hanh-khach-hang-hoa-2024-02"


# --- 1. a unit's product part: extract's reading --------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["triệu lượt khách.km", "tấn.km", "nghìn người.ngày", "lượt người.giờ"])
def test_the_head_is_the_unit_less_the_product_the_extractor_reads(unit):
    assert product_head(unit) + "." + product_of(unit) == unit


@pytest.mark.parametrize("unit", ["tấn", "lượt khách", "tấn.Ngày", "km", None])
def test_no_product_no_head(unit):   # «.Ngày 5/3» is a sentence glued on: lower case only, as the extractor reads it
    assert product_head(unit) is None


def test_the_dropped_product_still_reads_the_ha_noi_page():
    line = "khối lượng hàng hóa luân chuyển đạt khoảng 9.541 triệu tấn, tăng 2,5% so với tháng trước và tăng 56,2%"
    assert not _flagged(_verdicts(HELDOUT, HN, line))
    assert _flagged(_verdicts(HELDOUT, HN, line, line.replace("tăng 56,2%", "tăng 55,7%"))) == ["55,7%"]


# --- 2. the period a number is said of: one reading -----------------------------------------------------------------

def _counted(monkeypatch) -> list:
    calls = []
    init = spans.SpanCues.__init__

    def counted(self, text, report_code=None, *, reported_only=True):
        calls.append(reported_only)
        init(self, text, report_code, reported_only=reported_only)
    monkeypatch.setattr(spans.SpanCues, "__init__", counted)
    return calls


def _september(text: str, table, kw) -> list:
    s = text.index("từ tháng 9-2020 sức mua ôtô")
    return [n for n in check_text(text, table, **kw).numbers if s <= n.start < s + 90 and n.kind != "date"]


def test_septembers_sentence_is_read_once_and_still_caught(monkeypatch):
    # VAMA's November page: periodrow reads the period each paragraph names, derive's guess (stands_for) asks too: two
    # readings of every period named on d8f3b599, one now; November's value in September's sentence still a swap
    calls = _counted(monkeypatch)
    case, table, kw = real_case(VAMA)
    text = unicodedata.normalize("NFC", case.text)
    assert [(n.text, n.verdict) for n in _september(text, table, kw) if "27.252" in n.text] == [
        ("27.252", "supported")]
    assert calls.count(False) == 1
    calls.clear()
    [n] = [n for n in _september(text.replace("đạt 27.252 xe", "đạt 36.359 xe", 1), table, kw) if "36.359" in n.text]
    assert n.verdict == "unsupported" and n.expected == "27.252"
    assert "tháng 9 năm 2020" in n.reason
    assert calls.count(False) == 1


def test_a_number_said_of_last_year_keeps_its_guess_with_one_reading(monkeypatch):
    calls = _counted(monkeypatch)
    bound = "THPT Phước Hòa ở huyện Phú Giáo, đều có điểm chuẩn dưới 11 điểm"
    said = "THPT Phước Hòa ở huyện Phú Giáo, năm 2024 có điểm chuẩn 11 điểm"
    [(_, verdict, reason)] = [x for x in nth_verdicts(LOP10, bound, said) if x[0] == "11"]
    assert verdict == "unsupported" and "II.6-2024" in reason and "23,3" in reason
    assert calls.count(False) <= 1
    calls.clear()
    assert [(t, v) for t, v, _ in nth_verdicts(LOP10, bound, bound)] == [("11", "not_a_figure")]
    assert calls.count(False) <= 1


# --- 3. a stated number's sub-row, written once ---------------------------------------------------------------------

def test_a_taken_code_is_primed_until_free():
    assert free_code("3-TL", {}) == "3-TL"
    assert free_code("3-TL", {"3-TL": 4, "3-TL'": 9}) == "3-TL''"


def test_the_sub_row_keeps_the_rows_place_and_no_other_periods_value():
    fig = Figure("I.1", "Tổng số hành khách vận chuyển", "nghìn HK", Decimal("1200"), cung_ky=Decimal("1100"),
                 ke_hoach=Decimal("14000"), muc="Vận tải", ky_truoc=Decimal("1180"), column="ky_bao_cao")
    sub = stated_sub_row(fig, "I.1-KT", "tháng 2 so với tháng trước", Decimal("101.72"), {"I.1-KT": 3})
    assert (sub.ma, sub.chi_tieu, sub.don_vi_tinh, sub.ky_bao_cao) == (
        "I.1-KT'", "Tổng số hành khách vận chuyển: tháng 2 so với tháng trước", "%", Decimal("101.72"))
    assert (sub.cung_ky, sub.ke_hoach, sub.ky_truoc) == (None, None, None)
    assert (sub.muc, sub.column) == ("Vận tải", "ky_bao_cao")


def test_hau_giangs_month_before_rows_load_as_before():
    got = {f.ma: f for f in load_table(HELDOUT / HAU_GIANG / "figures.csv", period="2024-02")}
    kt = got["I.1-KT"]
    assert (kt.chi_tieu, kt.don_vi_tinh, kt.ky_bao_cao) == (
        "Tổng số hành khách vận chuyển: tháng 2 so với tháng trước", "%", Decimal("101.72"))
    assert (kt.cung_ky, kt.ke_hoach, kt.ky_truoc) == (None, None, None)
