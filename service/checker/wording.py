"""How the checker writes numbers back: a value as the text wrote its number, a row's value in its unit."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from service.numbers import format_vn

_SCALE_WORD = {10**3: "nghìn", 10**6: "triệu", 10**9: "tỷ"}
COMPARED = "là số liệu dùng để so sánh"   # the derivation of a last-period value stated as the comparison value


def fmt_like(m, value: Decimal) -> str:
    """``value`` (base units) written the way ``m`` was written (scale, currency, %, leading zero)."""
    n = Decimal(str(value)) / m.scale   # (a float from a count of lines, an int: written the same way)
    decimals = m.decimals if (m.decimals or n != n.to_integral_value()) else None
    try:
        if decimals is not None and n != n.quantize(Decimal(1).scaleb(-decimals)):
            decimals = None
    except InvalidOperation:   # a number written with more decimals than Decimal's precision holds
        decimals = None
    body = format_vn(n.normalize() if decimals is None else n, decimals, leading_zero=m.leading_zero,
                     group=m.grouped or abs(n) >= 10000)
    return body + m.raw[m.num_end - m.start:].replace("\n", " ")


def fmt_row_value(row, value: Decimal) -> str:
    if row.kind == "money":
        currency = "đồng" if row.unit in ("", "đồng") else row.unit.upper()  # USD, EUR: the row's own currency
        for scale in (10**9, 10**6):
            if abs(value) >= scale:
                return f"{format_vn(value / scale)} {_SCALE_WORD[scale]} {currency}"
        return f"{format_vn(value)}đ" if currency == "đồng" else f"{format_vn(value)} {currency}"
    if row.kind == "percent":
        return f"{format_vn(value)}%"
    return f"{format_vn(value)} {row.unit}".strip()
