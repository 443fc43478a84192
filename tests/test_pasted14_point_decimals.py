"""Pasted tables, round 14 (``evaluations/sweep/pasted-round14.md``): a table in English notation whose rates have
a decimal POINT (``Cả nước 204,100 14.3 292,700 198,017 15.0 …``: atlasnn's soybean page, s14). The template's
English reading (``comma_grouped``) wants no dot at all, so ``68,128`` went to the loader as 68,128 with decimals
(a Vietnamese comma): a thousandth of the area, 40 of 72 right. A Vietnamese dot groups three digits, never one or
two, so a table whose commas all group three digits and whose dots all have one or two after them is English
(``pasted.point_decimals``): commas are read as thousands, dots as the decimal mark. The same notation in a second
source: the FDI office's report (``21,208.00``, ``10,360.37``, ``13,760``; s14, a column-major table)."""

from __future__ import annotations

from service.onboarding.pasted import _vn_grouped, comma_grouped, point_decimals

_SOY = ["204,100", "14.3", "292,700", "198,017", "15.0", "297,262", "68,128", "15.0", "102,296"]
_FDI = ["13,760", "21,208.00", "10,360.37", "5,116.10", "5,731.52", "13,280", "22,145.96", "12,498.89", "6,425.16",
        "3,221.91"]


def test_comma_groups_and_decimal_points_are_english():
    assert point_decimals(_SOY)
    assert point_decimals(_FDI)
    assert not comma_grouped(_SOY)       # (the reading before: no dot allowed)


def test_the_sheet_is_given_to_the_loader_the_vietnamese_way():
    assert _vn_grouped([("Cả nước - Diện tích", "", ["204,100", "198,017", "68,128"]),
                        ("Cả nước - Năng suất", "", ["14.3", "15.0", "15.0"]),
                        ("Cả nước - Sản lượng", "", ["292,700", "297,262", "102,296"])]) == [
        ("Cả nước - Diện tích", "", ["204.100", "198.017", "68.128"]),
        ("Cả nước - Năng suất", "", ["14,3", "15,0", "15,0"]),
        ("Cả nước - Sản lượng", "", ["292.700", "297.262", "102.296"])]


def test_vietnamese_tables_are_no_such_table():
    assert not point_decimals(["4.346,0", "4.913,5", "4.934,9", "4.790,9", "4.068,9"])   # Vietnamese decimals
    assert not point_decimals(["1,250", "2,500", "3,750", "4,125", "5,375", "1.234"])     # a dot grouping three
    assert not point_decimals(["13,93", "12,940", "11,11", "5,280", "5,310", "6,050"])   # decimal commas
    assert not point_decimals(["293,949", "415,959", "8", "14.3"])                        # too few to tell
    assert not point_decimals(["293,949", "415,959", "404,728", "293,178", "293,941"])   # no dot: comma_grouped's
