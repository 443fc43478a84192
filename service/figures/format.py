"""Figures in the official register: ``135.697 lượt người``, ``23,5 triệu đồng``, ``03 đảng viên``.

Two entry points share one renderer (:func:`render` of a :class:`Notation`):

* :func:`format_figure` writes a figure with a named style (or the default for its unit);
* :func:`format_like` writes new values in the notation of an example from the
  prior report (``23,5 triệu đồng`` + 25.800.000 → ``25,8 triệu đồng``), which
  is what the offline drafting engine needs to keep a series' habits.

Figures are written exactly: a value that a scaled form (``triệu``, ``tỷ``)
cannot show exactly in three decimals is written in full đồng instead.  Only
percentages are cut to the example's decimals, truncating as reports do
(22/26 = 84,615…% → ``84,61%``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from service.figures.model import Figure
from service.numbers import format_vn

SCALES = {"tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3}
MAX_SCALED_DECIMALS = 3  # "2,247 tỷ", "718,375 triệu": never more in reports

# A numeral in Vietnamese notation, not part of a word ("m2") or a name ("Covid-19").
_NUMERAL = re.compile(r"(?<![\w,.])(?<![^\W\d]-)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)")
_SCALE = re.compile(r"\s*(tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)", re.I)
_CURRENCY = re.compile(r"^\s*(đồng|đ|vnđ)(?!\w)", re.I)


@dataclass(frozen=True)
class Notation:
    """How one number is written.

    ``scale``/``scale_word``: money in triệu/tỷ; ``min_decimals``: a fixed width
    the series keeps (``55,970 triệu``); ``max_decimals`` + ``rounding`` cut a
    derived value (percentages); ``suffix`` follows the number (and scale word)
    literally: ``" đồng"``, ``"đ/suất"``, ``"km"``, ``" %"``.
    """

    scale: int = 1
    scale_word: str = ""
    group: bool = True
    leading_zero: bool = False
    min_decimals: int = 0
    max_decimals: int | None = None
    rounding: str = "exact"  # "exact" | "truncate" | "half_up"
    prefix: str = ""
    suffix: str = ""
    money: bool = False


def _decimals_needed(d: Decimal) -> int:
    d = d.normalize()
    return max(0, -d.as_tuple().exponent) if d == d else 0


def _fits(value: Decimal, scale: int) -> bool:
    return abs(value) >= scale and _decimals_needed(value / scale) <= MAX_SCALED_DECIMALS


def _number(n: Notation, q: Decimal) -> str:
    if n.max_decimals is not None and n.rounding != "exact":
        mode = ROUND_DOWN if n.rounding == "truncate" else ROUND_HALF_UP
        q = q.quantize(Decimal(1).scaleb(-n.max_decimals), rounding=mode)
    places = max(n.min_decimals, _decimals_needed(q))
    return format_vn(q, places, group=n.group, leading_zero=n.leading_zero, strip_zeros=False)


def _parts(n: Notation, v: Decimal) -> tuple[str, str]:
    """(numeral, scale word or "" when written in full)."""
    if n.scale > 1:
        for word, scale in (("tỷ", 10**9), ("triệu", 10**6)):
            if scale <= n.scale and _fits(v, scale):
                return _number(n, v / scale), (n.scale_word if scale == n.scale else word)
        # full đồng: the fixed decimals and leading zero of the scaled form do not apply
        return _number(replace(n, min_decimals=0, leading_zero=False), v), ""
    return _number(n, v), ""


def render(n: Notation, value: Decimal | int | str) -> str:
    """Write ``value`` (in base units: đồng, not triệu) in notation ``n``."""
    numeral, word = _parts(n, Decimal(str(value)))
    return f"{n.prefix}{numeral}{' ' + word if word else ''}{n.suffix}"


def _money_notation(value: Decimal, suffix: str = " đồng") -> Notation:
    for word in ("tỷ", "triệu"):
        if _fits(value, SCALES[word]):
            return Notation(scale=SCALES[word], scale_word=word, suffix=suffix, money=True)
    return Notation(suffix=suffix, money=True)


def figure_notation(fig: Figure, value: Decimal, style: str | Notation | None = None) -> Notation:
    """The notation for a figure: a ``Notation``, or a style name.

    Styles (combine with ``+``): ``auto`` (default: money in tỷ/triệu when exact),
    ``full`` (``133.500.000 đồng``), ``đ`` (``133.500.000đ``), ``triệu``, ``tỷ``,
    ``per:<unit>`` (``1.000.000đ/suất``), ``02`` (leading zero below 10),
    ``plain`` (no thousands dots: ``3000 m2``).
    """
    if isinstance(style, Notation):
        return style
    unit = fig.don_vi_tinh
    parts = [p.strip() for p in (style or "auto").split("+") if p.strip()]
    money = unit == "đồng"
    if money:
        n = _money_notation(value)
    elif unit == "%":
        n = Notation(suffix="%", max_decimals=2, rounding="truncate")
    else:
        n = Notation(suffix=f" {unit}" if unit else "")
    for p in parts:
        if p == "auto":
            continue
        if p == "full":
            n = replace(n, scale=1, scale_word="", suffix=" đồng" if money else n.suffix)
        elif p in ("đ", "d"):
            n = replace(n, scale=1, scale_word="", suffix="đ", money=True)
        elif p in ("triệu", "tỷ"):
            n = replace(n, scale=SCALES[p], scale_word=p, suffix=" đồng", money=True)
        elif p.startswith("per:"):
            n = replace(n, scale=1, scale_word="", suffix=f"đ/{p[4:].strip()}", money=True)
        elif p in ("02", "leading_zero"):
            n = replace(n, leading_zero=True)
        elif p == "plain":
            n = replace(n, group=False)
        else:
            raise ValueError(f"unknown figure style {p!r} (auto, full, đ, triệu, tỷ, per:<unit>, 02, plain)")
    return n


def format_figure(fig: Figure, value: Decimal | int | None = None, style: str | Notation | None = None) -> str:
    """A figure as a report writes it: ``135.697 lượt người``, ``155 triệu đồng``, ``84,61%``."""
    v = Decimal(str(fig.ky_bao_cao if value is None else value))
    return render(figure_notation(fig, v, style), v)


# ---- writing like an example -------------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    start: int
    end: int  # end of the numeral and its scale word
    notation: Notation


def _numeral_notation(numeral: str, scale_word: str, after: str) -> Notation:
    whole, _, frac = numeral.partition(",")
    if scale_word and re.fullmatch(r"\d{1,3}\.\d{3}", numeral):  # "1.035 tỷ": a dot used as decimal mark
        whole, frac = numeral.split(".")
    digits = whole.replace(".", "")
    group = "." in whole or len(digits) < 4
    leading_zero = len(digits) == 2 and digits.startswith("0")
    percent = after.lstrip().startswith("%")
    n = Notation(group=group, leading_zero=leading_zero,
                 min_decimals=len(frac) if frac.endswith("0") else 0)
    if percent:
        n = replace(n, min_decimals=0, max_decimals=len(frac) if frac else 2, rounding="truncate")
    if scale_word:
        scale = SCALES[scale_word.lower()]
        n = replace(n, scale=scale, scale_word=scale_word, money=True)
    elif _CURRENCY.match(after):
        n = replace(n, money=True)
    return n


def _slots(text: str) -> list[_Slot]:
    found = []
    for m in _NUMERAL.finditer(text):
        end, word = m.end(), ""
        s = _SCALE.match(text, end)
        if s:
            end, word = s.end(), s.group(1)
        found.append((m.start(), end, m.group(1), word))
    slots = []
    for i, (start, end, numeral, word) in enumerate(found):
        after = text[end: found[i + 1][0] if i + 1 < len(found) else len(text)]
        slots.append(_Slot(start, end, _numeral_notation(numeral, word, after)))
    return slots


def notation_of(example_text: str) -> Notation:
    """The notation of the one number in ``example_text`` (prefix and suffix kept literally)."""
    text = unicodedata.normalize("NFC", example_text)
    slots = _slots(text)
    if len(slots) != 1:
        raise ValueError(f"expected one number in {example_text!r}, found {len(slots)}")
    s = slots[0]
    return replace(s.notation, prefix=text[: s.start], suffix=text[s.end:])


def _shows_zero_habit(text: str, slot: _Slot) -> bool:
    """Whether the example's numeral is a single digit ("7"), which shows the series writes no zero."""
    return re.fullmatch(r"\d", text[slot.start: slot.end].strip()) is not None


def format_like(example_text: str, value: Decimal | int | str, *more_values: Decimal | int | str,
                leading_zero: bool | None = None) -> str:
    """Write ``value`` in the notation of ``example_text``, keeping its words.

    ``format_like("23,5 triệu đồng", 25_800_000)`` → ``"25,8 triệu đồng"``;
    ``format_like("07", 9)`` → ``"09"``.  Values replace the example's numbers
    in order and later numbers stay as written: ``format_like("22/26 đ/c", 24)``
    → ``"24/26 đ/c"``, ``format_like("22/26 đ/c", 24, 27)`` → ``"24/27 đ/c"``.
    ``ValueError`` if the example holds fewer numbers than values given.
    ``leading_zero`` is the series' habit for counts below 10, used when the
    example cannot show it (``10``, ``155``); ``07`` / ``7`` in the example win.
    """
    text = unicodedata.normalize("NFC", example_text)
    values = [value, *more_values]
    slots = _slots(text)
    if len(slots) < len(values):
        raise ValueError(f"{example_text!r} holds {len(slots)} number(s) but {len(values)} value(s) were given")
    out, pos = [], 0
    for i, (slot, v) in enumerate(zip(slots, values)):
        nxt = slots[i + 1].start if i + 1 < len(slots) else len(text)
        n = slot.notation
        if leading_zero is not None and not n.leading_zero and n.scale == 1 and not _shows_zero_habit(text, slot):
            n = replace(n, leading_zero=leading_zero)
        numeral, word = _parts(n, Decimal(str(v)))
        out.append(text[pos: slot.start])
        out.append(f"{numeral} {word}" if word else numeral)
        if n.scale > 1 and not word and not _CURRENCY.match(text[slot.end: nxt]):
            out.append(" đồng")  # a scaled amount fell back to full đồng: name the currency
        pos = slot.end
    out.append(text[pos:])
    return "".join(out)
