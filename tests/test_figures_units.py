"""Units are an open vocabulary: any noun is a count kept as written; money, percent and measures by rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from service.checker.match import TableIndex, row_kind
from service.figures.model import Figure, FigureTable
from service.figures.schema import measure_symbol, read_unit, unit_kind

# Units of real tables of the genre (dân vận, quốc phòng - an ninh, công tác Hội).
AGENCY_COUNTS = ["công dân", "bị can", "vụ việc", "tin báo", "chốt", "CLB", "hộ gia đình", "căn", "bếp", "ca",
                 "đồn", "băng rôn", "lượt cán bộ, chiến sĩ", "người/lượt", "Mẹ", "đ/c", "tổ tự quản",
                 "lượt hội viên", "mô hình", "tiểu đội", "trẻ em", "tỉnh", "tin"]


@pytest.mark.parametrize("unit", AGENCY_COUNTS)
def test_any_noun_is_a_count_kept_as_written(unit):
    u = read_unit(unit)
    assert (u.text, u.kind, u.scale, u.integral) == (unit, "count", 1, True)
    assert unit_kind(unit) == row_kind(unit.lower()) == "count"


def test_spacing_and_composition_are_normalised_not_the_words():
    u = read_unit("  lượt   cán bộ,\u00a0chiến sĩ ")
    assert u.text == "lượt cán bộ, chiến sĩ"
    decomposed = "h\u00f4\u0323 gia \u0111i\u0300nh"  # NFD as some exports write it
    assert read_unit(decomposed).text == "hộ gia đình"
    assert read_unit("(người)").text == "người" and read_unit("-") is None and read_unit("") is None


@pytest.mark.parametrize("written,scale", [
    ("đồng", 1), ("đ", 1), ("VNĐ", 1), ("Nghìn đồng", 10**3), ("ngàn đồng", 10**3), ("1.000 đồng", 10**3),
    ("Triệu đồng", 10**6), ("tr.đồng", 10**6), ("trđ", 10**6), ("triệu", 10**6), ("tỷ đồng", 10**9),
    ("tỉ đồng", 10**9), ("Tỷ", 10**9), ("đồng/suất", 1), ("triệu đồng/người", 10**6)])
def test_money_is_stored_in_dong(written, scale):
    u = read_unit(written)
    assert (u.text, u.kind, u.scale, u.integral) == ("đồng", "money", scale, True)
    assert unit_kind(u.text) == "money"


@pytest.mark.parametrize("written,symbol", [
    ("km", "km"), ("KM", "km"), ("m²", "m2"), ("M2", "m2"), ("m3", "m3"), ("mét", "m"), ("ha", "ha"),
    ("Héc-ta", "ha"), ("kg", "kg"), ("tấn", "tấn"), ("tạ", "tạ"), ("lít", "lít"), ("km²", "km2")])
def test_measures_take_their_symbol_and_decimals(written, symbol):
    u = read_unit(written)
    assert (u.text, u.kind, u.integral) == (symbol, "measure", False)
    assert measure_symbol(written) == symbol


def test_percent_rates_time_spans_and_scaled_counts():
    assert [read_unit(u).text for u in ("%", "(%)", "Tỷ lệ (%)", "phần trăm", "% diện tích")] == ["%"] * 5
    assert unit_kind("%") == "percent" and not read_unit("%").integral
    rate = read_unit("kg/tháng")  # a measure per something: a measure, kept as written
    assert (rate.text, rate.kind, measure_symbol("kg/tháng")) == ("kg/tháng", "measure", "kg")
    assert (read_unit("tạ/ha").text, read_unit("tạ/ha").integral) == ("tạ/ha", False)  # năng suất 65,5 tạ/ha
    for span in ("giờ", "ngày công", "tháng", "giờ công"):  # counted like nouns, halves allowed
        assert (read_unit(span).kind, read_unit(span).integral) == ("count", False)
    assert read_unit("công dân").integral  # "công" alone is not a time span's head
    thousands = read_unit("Nghìn lượt người")
    assert (thousands.text, thousands.kind, thousands.scale) == ("lượt người", "count", 1000)


def test_the_checker_indexes_any_unit_without_failing():
    """A measure the checker's own list lacks, a rate, and free count nouns: indexed with the right kind."""
    figs = [Figure("A", "Lượng gạo hỗ trợ hằng tháng", "kg/tháng", Decimal(15)),
            Figure("B", "Khối lượng phân bón", "yến", Decimal("2.5")),
            Figure("C", "Số lượt cán bộ, chiến sĩ tham gia", "lượt cán bộ, chiến sĩ", Decimal(120)),
            Figure("D", "Trị giá", "đồng", Decimal(23_500_000))]
    index = TableIndex(FigureTable(figs))
    kinds = {r.fig.ma: (r.kind, r.unit) for r in index.rows}
    assert kinds == {"A": ("measure", "kg"), "B": ("measure", "yến"),
                     "C": ("count", "lượt cán bộ, chiến sĩ"), "D": ("money", "đồng")}


@pytest.mark.parametrize("written", ["%o", "‰", "phần nghìn", "điểm", "điểm trung bình", "lần", "chỉ số"])
def test_rates_per_mille_scores_and_times_take_decimals(written):
    """A population report's birth rate (17,15%o), a score (8,5 điểm), "gấp 1,5 lần": decimals, kept as written;
    a count of people or of examinations stays whole."""
    u = read_unit(written)
    assert u.text == written and u.kind == "count" and not u.integral
    assert read_unit("người").integral and read_unit("lần khám").integral
