"""A fraction's whole that its own share disowns: ``71/149 trường mầm non, đạt tỷ lệ 39,7%``.

``X/Y <noun>`` is read as ``X`` members of a set of ``Y`` (``service.checker.recognisers.wholes``); when no row of
the table holds ``Y`` the checker takes it for the set's standing size. Notation: a writer who states the share of
the fraction right after it (``X/Y <noun> (chiếm p%)``, ``X/Y <noun>, đạt tỷ lệ p%``, ``X/Y <noun> đạt p%``) says
``p = X/Y`` to ``p``'s own decimals. When ``X`` is a figure the table backs and ``X/Y`` is not ``p`` at ``p``'s
rounding, ``Y`` is not the set's size the share was taken of: the whole is miswritten (``X/p`` would be it), so it
is no standing fact but a number to review.

Sources: ``trong đó, có 71/179 trường mầm non, đạt tỷ lệ 39,7%`` (held-out m-quangbinh-truongchuan-2017: 71/179 =
39,66%) and ``cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới`` (held-out
yi-toan-quoc-bo-nnptnt-xa-dat-chuan-nong-thon: 70,196%).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.wholerow import whole_row
from service.numbers import format_vn

#: Between the whole and its share: the noun the fraction counts, then a word that gives the share
#: (``chiếm``, ``đạt``, ``bằng``, ``tỷ lệ``, ``=``) or a bracket opened for it; no clause end, no other number.
_SHARE_AFTER = re.compile(
    r"(?i)[^\d.;!?\n%]{0,60}?(?:\(\s*(?:chiếm|đạt|bằng|tỷ lệ|tỉ lệ|=)?|(?<!\w)(?:chiếm|đạt|bằng|tỷ lệ|tỉ lệ)(?!\w)"
    r"|=)(?:\s*(?:tỷ lệ|tỉ lệ|khoảng|gần|hơn|trên))?\s*$")
#: Words that make the share a bound or a level, not the fraction's value (``đạt trên 50%``, ``dưới 10%``).
_BOUND = re.compile(r"(?i)(?<!\w)(?:trên|dưới|hơn|gần|khoảng|tối thiểu|tối đa|ít nhất|từ)\s*$")


def _decimals(raw: str) -> int:
    digits = raw.strip().rstrip("%").strip()
    return len(digits.split(",", 1)[1]) if "," in digits else 0


def disowned_whole(text: str, numbers: list, k: int) -> Decimal | None:
    """The whole the share beside ``X/Y`` implies (``X/p``), when numbers[k] is ``Y`` and the share disowns it."""
    if k < 1 or k + 1 >= len(numbers):
        return None
    y, x, p = numbers[k], numbers[k - 1], numbers[k + 1]
    if not text[:y.start].rstrip().endswith("/") or not re.fullmatch(r"\s?/\s?", text[x.end:y.start]):
        return None
    if x.verdict not in ("supported", "derived") or x.value is None or y.value is None or not y.value:
        return None
    if p.kind != "percent" or p.value is None or not p.value:
        return None
    between = text[y.end:p.start]
    if _SHARE_AFTER.fullmatch(between) is None or _BOUND.search(between):
        return None
    share = Decimal(str(p.value))
    said = Decimal(str(x.value)) * 100 / Decimal(str(y.value))
    half = Decimal(5) / Decimal(10) ** (_decimals(p.text) + 1)
    if abs(said - share) <= half + Decimal("0.0001"):
        return None
    return (Decimal(str(x.value)) * 100 / share).quantize(Decimal(1))


def disowned_reason(numbers: list, k: int, implied: Decimal) -> str:
    """The reviewer's words: the fraction and the share said beside it disagree."""
    x, y, p = numbers[k - 1], numbers[k], numbers[k + 1]
    return (f"Phân số «{x.text.strip()}/{y.text.strip()}» không khớp với tỷ lệ nêu ngay sau («{p.text.strip()}»): "
            f"theo tỷ lệ đó mẫu số phải gần {format_vn(implied)}")


def kept_whole(idx, part_row):
    """The row the table keeps as the whole of ``part_row`` (``wholerow.whole_row``), or None.

    ``57/59 ấp, khu phố`` where the table keeps ``Số ấp, khu phố được công nhận …`` = 57 and ``Tổng số ấp, khu phố``
    = 59: the whole is that row's figure, checked against it, never the area's standing make-up (fresh
    d16-baodongnai-long-khanh-ap-van-hoa-2019; ``43/69 đơn vị được thanh tra có sai phạm`` with ``Số đơn vị được
    thanh tra`` = 69, d16-thanhtra-dong-nai-1036-cuoc)."""
    return whole_row(idx, part_row) if part_row is not None else None


def _children(idx, whole) -> list:
    """The rows the table codes under ``whole`` (``I.2.a`` under ``I.2``, ``R-4-2`` under ``R-4``): its parts by code."""
    ma = whole.fig.ma or ""
    return [r for r in idx.rows if ma and r is not whole and (r.fig.ma or "").startswith(ma)
            and (r.fig.ma or "")[len(ma):len(ma) + 1] in (".", "-", "_")]


def _kept_part(idx, whole_row_):
    """The one row the table keeps as a part of ``whole_row_`` (its ``whole_row``), or None (none, or several)."""
    parts = [r for r in idx.rows if r is not whole_row_ and whole_row(idx, r) is whole_row_]
    return parts[0] if len(parts) == 1 else None


def part_the_whole_names(text: str, numbers: list, idx) -> None:
    """``X/Y <noun>`` where ``Y`` is a row the table keeps as the whole of one part row ``P``: ``X`` is ``P``'s
    figure. An ``X`` tied by its value alone to another row (not ``P``, not a row whose own whole is ``Y``'s) with
    ``P`` holding another value is ``P`` miswritten with a neighbour's value: flagged, ``P`` named.

    Grammar: the fraction's noun names one set; its two sides are the part of it the period counts and the whole.
    Sources: ``có 57/59 ấp, khu phố được công nhận`` (d16 Long Khánh: «Tổng số ấp, khu phố» = 59 over «Số ấp, khu phố
    được công nhận …» = 57; a ``50`` there is the businesses' count) and ``điều tra làm rõ 3.026/3.389 vụ phạm tội về
    trật tự xã hội`` (held-out yc-lam-dong-cong-an-tinh-toi-pham-trat-tu-xa-hoi-2015-2020: «Số vụ phạm tội về trật tự
    xã hội» = 3.389 over «… điều tra làm rõ» = 3.026; a ``194`` there is the serious cases' count). A whole whose
    parts the table codes under it (``I.2.a`` under ``I.2``) has those for parts, none other."""
    parts: dict = {}   # a whole's kept part, looked up once a text (whole_row reads every row)
    for k in range(1, len(numbers)):
        y, x = numbers[k], numbers[k - 1]
        if y.verdict != "supported" or x.verdict != "supported" or not y.source or not x.source:
            continue
        if not re.fullmatch(r"\s?/\s?", text[x.end:y.start]) or x.kind not in ("count", "ratio"):
            continue
        whole, row = idx.by_code.get(y.source.get("ma")), idx.by_code.get(x.source.get("ma"))
        if whole is None or row is None or row is whole or whole_row(idx, row) is whole:
            continue
        children = _children(idx, whole)
        if row in children:
            continue   # "48/66 tổ chức" with «Trong đó: đạt trong sạch vững mạnh» coded I.2.a under I.2: a part by code
        if id(whole) not in parts:
            parts[id(whole)] = _kept_part(idx, whole)
        part = parts[id(whole)]
        if children and part not in children:
            continue
        v = part.values.get("ky_bao_cao") if part is not None else None
        if part is None or part is row or v is None or x.value is None or Decimal(str(x.value)) == Decimal(str(v)):
            continue
        x.verdict, x.expected = "unsupported", format_vn(v)
        x.reason = (f"Tử số của phân số là {part.fig.ma} ({part.fig.chi_tieu[:70]}) = {format_vn(v)}, phần của "
                    f"{whole.fig.ma} ({whole.fig.chi_tieu[:50]}); «{x.text.strip()}» là số liệu của {row.fig.ma}")
