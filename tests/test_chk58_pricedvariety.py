"""Checker round 58 (chk58, issue 13): fields the sweep has few of — the c48 pages (health, exams, disasters, rice
price bulletins, elections, utilities; evaluations/sweep/checker-round58.md).

A variety named by a code or a name with a number, followed by the price its list item gives for it (``; OM 380 giá
5.300 - 5.400 đồng/kg``, ``Nàng hoa 9 còn 6.100 - 6.200 đồng/kg``, a flattened table row ``OM 18 6.000 - 6.100``):
the number is part of the name — ``recognisers.pricedvariety``. Sources: four bulletins of three sites (c48-
thegioitiepthi ×2, c48-thoibaotaichinh ×2, c48-baohatinh), and the sweep's c9-vn-gialua-ngay-22-2 and
c26-vietbao-gia-lua-sau-rieng-2022 (the same construction after the crop's noun). The prices themselves, the changes
beside them, and counts before a noun stay checked.
"""

from __future__ import annotations

from service.checker.recognisers.pricedvariety import PRICED_VARIETY
from tests.sweep_tables import dummy  # noqa: F401  (a fixture)
from tests.sweep_tables import flagged_in, heldout, page, within

_TGTT_2021 = "c48-thegioitiepthi-gia-gao-2021-10"
_TGTT_2022 = "c48-thegioitiepthi-gia-lua-gao-2022-04"
_TBTC_2023 = "c48-thoibaotaichinh-gia-lua-gao-2023-04"
_TBTC_2025 = "c48-thoibaotaichinh-gia-lua-gao-2025-08"
_BHT_TABLE = "c48-baohatinh-gia-lua-gao-6-3-giam-100"


def _claimed(text):
    return [text[c.start:c.end] for c in PRICED_VARIETY.find(text, 0, len(text))]


# ---------------------------------------------------------------- the variety opens a list item, its price follows

def test_a_code_and_its_number_before_the_price_name_the_variety(dummy):
    text = page(_TGTT_2021)
    assert flagged_in(text, dummy, "OM 380 giá 5.300 - 5.400 đồng/kg") == ["5.300 - 5.400 đồng/kg"]
    assert flagged_in(text, dummy, "OM 18 giá 5.600 đồng/kg") == ["5.600 đồng/kg"]
    assert flagged_in(text, dummy, "gạo TP IR 504 là 9.300-9.450 đồng/kg") == ["9.300-9.450 đồng/kg"]
    text = page(_TBTC_2025)
    assert flagged_in(text, dummy, "xuất khẩu OM 380 dao động ở mức 8.300 - 8.400 đồng/kg; gạo nguyên liệu OM 18") \
        == ["8.300 - 8.400 đồng/kg"]
    assert flagged_in(text, dummy, "lúa (tươi) OM 308 dao động ở mức 5.700 - 5.900 đồng/kg") \
        == ["5.700 - 5.900 đồng/kg"]


def test_a_capitalised_name_and_its_number_before_the_price_name_the_variety(dummy):
    text = page(_TGTT_2021)
    assert flagged_in(text, dummy, "Đài thơm 8 giá 5.700 - 5.800 đồng/kg") == ["5.700 - 5.800 đồng/kg"]
    assert flagged_in(text, dummy, "Nàng Hoa 9 ở mức 6.000 - 6.100 đồng/kg") == ["6.000 - 6.100 đồng/kg"]
    text = page(_TBTC_2023)
    assert flagged_in(text, dummy, "OM 18 còn 6.400 - 6.500 đồng/kg; Nàng hoa 9 còn 6.100 - 6.200 đồng/kg") \
        == ["6.400 - 6.500 đồng/kg", "6.100 - 6.200 đồng/kg"]
    # a few words between the name and its price, none a number
    assert flagged_in(text, dummy, "Đài thơm 8 đang được thương lái thu mua tại ruộng ở mức 6.400 – 6.600 đồng/kg") \
        == ["6.400 – 6.600 đồng/kg"]
    text = page(_TGTT_2022)
    assert flagged_in(text, dummy, "Nàng hoa 9 5.900 – 6.000 đồng/kg") == ["5.900 – 6.000 đồng/kg"]


def test_a_flattened_price_table_row_names_the_variety(dummy):
    text = page(_BHT_TABLE)
    row = "Đài Thơm 8 6.100 - 6.200 Giảm 100 OM 18 6.000 - 6.100 Giảm 100 OM 4218 6.000 - 6.200"
    assert flagged_in(text, dummy, row) == ["6.100 - 6.200", "6.000 - 6.100", "6.000 - 6.200"]


def test_the_second_sources_construction_after_the_crop(dummy):
    # c9: the crop's noun before the variety (already read by varieties.VARIETY), the same price after it
    text = page("c9-vn-gialua-ngay-22-2")
    assert _claimed(text) == ["50404", "5451", "18", "8", "9"]
    # c26: a grade, ``loại 1``, before its price
    assert "1" in _claimed(page("c26-vietbao-gia-lua-sau-rieng-2022"))


# ---------------------------------------------------------------- negatives: what stays checked

def test_a_change_before_the_code_and_a_price_after_it_stay_checked(dummy):
    text = page(_BHT_TABLE)
    # the change ``Giảm 100`` before ``OM 18`` is no name: a change, checked as one
    assert ("100", "unverified", "change") in within(text, dummy, "Giảm 100 OM 18")
    text = page(_TGTT_2021)
    # ``tăng 200 đồng`` after a variety is the day's change; the price in brackets after a state is no table range
    assert [t for t, v, _ in within(text, dummy, "IR 50404 tăng 200 đồng, lên") if v == "unverified"] == ["200 đồng"]
    assert flagged_in(text, dummy, "OM 5451 (tươi) 5.300-5.400;") == ["5.300", "5.400"]


def test_counts_before_their_nouns_stay_counts(dummy):
    # a place and its count before a noun (the held-out Pabuk case): counts, never a name
    text = heldout("zq-dong-bang-song-cuu-long-thiet-hai-bao-so-1-pabuk-2019-01")
    assert _claimed(text) == []
    # a count of houses and a support norm in a storm report
    text = page("c48-danviet-bao-so-1-ba-ria-vung-tau")
    assert _claimed(text) == []
    assert flagged_in(text, dummy, "Toàn tỉnh có 1.383 căn nhà bị tốc mái") == ["1.383"]


def test_no_name_before_or_no_price_after_claims_nothing():
    # a month before a price (``tháng`` is no name), a year, a sentence end between the number and the price
    assert _claimed("Tháng 8 giá lúa tăng lên 6.000 đồng/kg") == []
    assert _claimed("Vụ Hè Thu 2022 giá lúa ở mức 6.000 đồng/kg") == []
    assert _claimed("các chủng loại như OM 18 và Đài Thơm 8. Giá gạo ở mức 9.000 đồng/kg") == []
    # a count with a comma before the price
    assert _claimed("Hội Nông dân Tân Hòa 20, giá lúa 6.000 đồng/kg") == []
