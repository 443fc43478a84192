"""A market's price said as a range is two rows: its lowest and its highest (round 53).

=================  ==========================================================================================
``price_range``    ``giá heo hơi của các công ty đưa về cơ sở giết mổ tại TP HCM tăng nhẹ 1.000 đồng, dao động
                   54.000 – 62.000 đồng/kg``, ``giá heo hơi từ các hộ chăn nuôi nhỏ lẻ vẫn giữ mức ổn định quanh
                   50.000 – 60.000 đồng/kg``, ``phổ biến từ 48.000 – 54.000 đồng/kg`` (xd-tp-ho-chi-minh-cho-dau-moi-hoc-mon-gia-heo-
                   2025-11: its hand keeps each as two rows, «… - thấp nhất» and «… - cao nhất»); ``Giá lợn hơi hôm
                   nay đã hạ nhiệt, bình quân cả nước dao động từ 45.000 - 52.000 đồng/kg``
                   (c26-danviet-gia-lon-hoi-xuat-chuong-mien-bac), ``giá lợn hơi hôm nay … dao động trong khoảng 62.000 - 70.000 đồng/kg``
                   (c26-thitruongbiz-gia-lon-hoi-ngay-24-8): a price per unit of weight (``đồng/kg``, ``/tấn``,
                   ``/tạ``) with both ends written is the market's spread that day — the figure of the period is
                   both ends. The template's row had been taken by ``ranged.range_per_unit`` (a range per unit: no
                   row), which stays for what is not a price of goods by weight (``thu nhập từ 5 triệu đến 8 triệu
                   đồng/ tháng``, ``10.000 – 12.000 suất ăn mỗi ngày``: the hands keep none of those)
=================  ==========================================================================================

Not a change said as a range: ``giá sầu riêng tại nhiều địa phương ở ÐBSCL tăng từ 15.000-20.000 đồng/kg``, ``giảm thêm từ 2.000 - 3.000
đồng/kg``, ``tăng/giảm trái chiều với mức điều chỉnh từ 1.000 - 3.000 đồng/kg`` (a change word right before the range, ``từ``/``thêm``
allowed between), nor a difference (``giá lúa được thu mua cao hơn cùng vụ năm ngoái từ 300- 400 đồng/kg``,
p26-dnkx-hethu-tiengiang-none: ``cao hơn``/``thấp hơn`` earlier in its clause) — no rows here.

Tried with ``service.onboarding.recognisers.RECOGNISERS``, right before ``ranged.RANGED``.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from service.checker.extract import Mention
from service.onboarding.model import Para, Row
from service.onboarding.onerow import keep_own_row

#: Both ends at the mention's start, no words between: ``54.000 – 62.000``, ``45.000 - 52.000``.
_ENDS = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*[-–]\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?)(?![\d/])")
#: A price by weight, or by the ten goods are sold by (``trứng vịt lạt 16.000-22.000 đ/chục``, xx-kien-giang-so-cong-
#: thuong-gia-mat-hang-trong-yeu-2019-05; ``trứng gà, trứng vịt các loại từ 25-36 ngàn đồng/chục``, Đồng Nai, round 80):
#: the mention's ``per`` unit.
_WEIGHT = frozenset({"kg", "tấn", "tạ", "yến", "chục"})
#: Units read as a price only in a bulletin's list (``_in_semicolon_list``).
_LISTED_ONLY = frozenset({"chục"})


def _in_semicolon_list(p: Para, m: Mention) -> bool:
    """The range is an item of a list of goods and their prices, one item a semicolon (``Cụ thể, thịt heo ba rọi từ
    100-170 ngàn đồng/kg; thịt bò phi-lê từ 280-300 ngàn đồng/kg; …``, Đồng Nai's weekly bulletin; ``cá lóc 45.000-50.000
    đ/kg; …; trứng vịt lạt 16.000-22.000 đ/chục``, Kiên Giang's): a semicolon before it in its sentence or closing
    its item. A scaled range said alone or in a comma list (``Giá tôm chân trắng bình quân từ 150-220 ngàn đồng/kg, tôm
    sú từ 200-250 ngàn đồng/kg``, xr-thua-thien-hue-nuoi-tom-nuoc-lo-dien-tich-san-luong-2021-h1; ``giá mủ cao su …
    dao động ở mức 37-39 triệu đồng/tấn``, xt-ba-ria-vung-tau-cao-su-xuat-khau-doanh-nghiep-2020-10t) is a production
    report's context: their hands keep no row of it."""
    return ";" in p.text[p.sentence_of(m):m.num_start] or bool(re.match(r"[^.;!?\n]*;", p.text[m.end:]))
#: A scale word written once after both ends (``từ 100-170 ngàn đồng/kg``, xx-dong-nai-so-cong-thuong-gia-ca-thi-truong-
#: tuan-2023-08, round 80): it scales the lower end too — in a bulletin's list (``_in_semicolon_list``).
_SCALE_AFTER = re.compile(r"(?i)\s*(?:ngàn|nghìn|ngìn|triệu|tỷ|tỉ)(?!\w)")
_SCALES = frozenset({Decimal(1000), Decimal(1000000), Decimal(1000000000)})
#: A change said as a range: ``tăng từ``, ``giảm thêm từ``, ``điều chỉnh từ``, ``nhích thêm`` right before it.
_CHANGE_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|nhích|hạ|điều\s+chỉnh)(?:\s+(?:thêm|nhẹ|mạnh))?\s+(?:từ\s+)?$")
#: A difference: ``cao hơn``/``thấp hơn`` earlier in the range's clause (``giá lúa được thu mua cao hơn cùng vụ năm
#: ngoái từ 300- 400 đồng/kg``).
_DIFFERENCE = re.compile(r"(?i)(?<!\w)(?:cao|thấp)\s+hơn(?!\w)[^,;:.]*$")


def _number(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def price_range(p: Para, i: int, m: Mention) -> bool:
    """``dao động 54.000 – 62.000 đồng/kg``: two rows, the lowest price and the highest, made here."""
    if m.value is None or m.kind != "money" or m.comparison or (m.per or "").strip().lower() not in _WEIGHT:
        return False
    ends = _ENDS.match(p.text[m.num_start:m.end])
    before = p.text[max(0, m.num_start - 60):m.num_start]
    if ends is None or _CHANGE_BEFORE.search(before) or _DIFFERENCE.search(before):
        return False
    low, high = _number(ends.group(1)), _number(ends.group(2))
    scale = _SCALE_AFTER.match(p.text, m.num_start + ends.end())
    listed = _in_semicolon_list(p, m)
    if scale is not None and high and m.value / high in _SCALES and listed:   # "100-170 ngàn đồng/kg": one scale
        low, high = low * (m.value / high), m.value                             # for both ends
    if (m.per or "").strip().lower() in _LISTED_ONLY and not listed:
        return False
    if not low < high or high != m.value:
        return False
    return keep_own_row(p, i, m, said_with=lambda row: (_lowest(row, low),))


def _lowest(row: Row, low: Decimal) -> Row:
    """The lowest price's row beside the highest's (``row``, relabelled «… - cao nhất»): «… - thấp nhất»."""
    lowest = dataclasses.replace(row, value=low, label=f"{row.label} - thấp nhất", derived=[])
    row.label = f"{row.label} - cao nhất"
    return lowest


PRICE_RANGES = (price_range,)
