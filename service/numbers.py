"""Vietnamese number notation: ``.`` groups thousands, ``,`` is the decimal mark.

Parsing and formatting of bare numerals live here so the figures loader, the
checker and the drafting engines agree on one notation.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")
_PLAIN_DEC = re.compile(r"^\d+(,\d+)?$")


def parse_vn(text: str) -> Decimal:
    """Parse a numeral written in Vietnamese notation (``135.697``, ``84,61``, ``03``).

    Raises ``ValueError`` for anything else.
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if _GROUPED.match(s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if _PLAIN_DEC.match(s):
        return Decimal(s.replace(",", "."))
    raise ValueError(f"not a number in Vietnamese notation: {text!r}")


def parse_machine_or_vn(text: str) -> Decimal:
    """Parse a spreadsheet cell: machine notation (``135697``, ``84.61``) or Vietnamese.

    A single ``.`` followed by exactly three digits (``1.035``) is ambiguous; in a
    figures table cells are machine numbers, so it is read as a decimal point
    unless the text has several groups (``1.035.000``) or a decimal comma.
    """
    s = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if not s:
        raise ValueError("empty")
    try:
        if re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", s):
            return Decimal(s)
    except InvalidOperation:
        pass
    neg = s.startswith("-")
    body = s[1:] if neg else s
    value = parse_vn(body)
    return -value if neg else value


def group_thousands(digits: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return ".".join(reversed(out))


def format_vn(value: Decimal | int | float, decimals: int | None = None, *, leading_zero: bool = False,
              group: bool = True, strip_zeros: bool = True) -> str:
    """Format a number in the official notation.

    ``decimals`` rounds half-up as reports do (``84,615`` → ``84,62`` with 2);
    ``None`` keeps the value's own decimals.  ``leading_zero`` writes counts below
    10 as ``03``.  ``group=False`` leaves out thousands dots (``3000 m2``).
    """
    d = Decimal(str(value))
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    neg = d < 0
    d = abs(d)
    text = format(d, "f")
    if "." in text:
        whole, frac = text.split(".")
        if strip_zeros:
            frac = frac.rstrip("0")
    else:
        whole, frac = text, ""
    if group:
        whole = group_thousands(whole)
    if leading_zero and frac == "" and d < 10:
        whole = whole.zfill(2)
    out = whole + ("," + frac if frac else "")
    return ("-" if neg else "") + out


_CELL_GROUPED_DOT = re.compile(r"^\d{1,3}(\.\d{3})+$")
_CELL_INT = re.compile(r"\d+")
_CELL_EN = re.compile(r"\d{1,3}(,\d{3})+\.\d+")
_CELL_COMMA_DEC = re.compile(r"\d+,\d+")
_CELL_COMMA_GROUPS = re.compile(r"\d{1,3}(,\d{3}){2,}")
_CELL_ONE_GROUP = re.compile(r"^\d{1,3}\.\d{3}$")


def parse_table_number(text: str, *, integral: bool = False, notation: str | None = None) -> Decimal:
    """Parse a figures-table cell written either way (``135697``, ``84.61``, ``135.697``, ``84,61``).

    ``1.035`` is the one ambiguous shape: it is read as thousands grouping (an
    agency's ``8.300 ha``) unless the column holds measures and the file is
    known to write a dot as its decimal mark (``notation="machine"``: ``12.5``,
    ``84.61`` elsewhere in it).  A trailing ``%`` is allowed.  ``ValueError``
    for anything else.
    """
    s = str(text).strip().replace("\u00a0", "").replace(" ", "").removesuffix("%")
    neg = s.startswith("-")
    body = s[1:] if neg else s
    if not body:
        raise ValueError(f"not a number: {text!r}")
    if _CELL_INT.fullmatch(body):
        value = Decimal(body)
    elif "," in body and "." in body:
        if body.rfind(",") > body.rfind("."):  # 1.234,5 (Vietnamese)
            value = parse_vn(body)
        elif _CELL_EN.fullmatch(body):  # 1,234.5 (English)
            value = Decimal(body.replace(",", ""))
        else:
            raise ValueError(f"not a number: {text!r}")
    elif "," in body:
        if _CELL_COMMA_DEC.fullmatch(body):
            value = Decimal(body.replace(",", "."))
        elif _CELL_COMMA_GROUPS.fullmatch(body):  # 1,234,567
            value = Decimal(body.replace(",", ""))
        else:
            raise ValueError(f"not a number: {text!r}")
    elif _CELL_ONE_GROUP.match(body):
        value = Decimal(body) if (notation == "machine" and not integral) else Decimal(body.replace(".", ""))
    elif _CELL_GROUPED_DOT.match(body):
        value = Decimal(body.replace(".", ""))
    else:
        if notation == "vn" and re.search(r"\.\d{4,}", body):  # 25.9140 where the sheet writes 6,6: a group of
            raise ValueError(f"not a number: {text!r}")   # four digits, neither a group nor an English decimal typed
            # by slip (68.8 among 74,0: read as 68,8, round 21): never 25,914 nor 259.140 silently
        try:
            value = parse_machine_or_vn(body)
        except (ValueError, InvalidOperation):
            raise ValueError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return -value if neg else value
