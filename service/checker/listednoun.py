"""A count whose noun lists, in order, the kinds a row's unit lists.

``toàn huyện có 77 tổ hòa giải ở 11 xã, thị trấn`` beside a row counted in ``xã, thị trấn``
(xj-phu-yen-song-hinh); ``truyền thông về TGPL tại 133 xã nghèo, thôn, bản đặc biệt khó khăn`` beside a row in
``xã, thôn, bản`` (xj-quang-nam-trung-tam-tgpl): a unit of several kinds joined by commas is the row's own way of
counting, and a number whose noun names those kinds one after the other counts what the row counts — it is the
row's figure, checked against it, not the area's make-up set aside as standing (a changed ``81 xã, thị trấn`` is
caught). A single kind (``11 xã``) says nothing by itself: many rows count communes.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from service.checker.notationslip import notation_slip
from service.numbers import format_vn

#: Where a number's noun phrase stops: a clause mark, a bracket, the next number.
_PHRASE_END = re.compile(r"[;.:()\[\]\n\d]")
#: A list item's first word boundary after a kind (``xã nghèo`` starts with ``xã``, ``xãhội`` does not).
_WORD_END = re.compile(r"(?:\s|$)")


def _kinds(unit: str) -> list[str]:
    return [k.strip().lower() for k in unicodedata.normalize("NFC", unit or "").split(",") if k.strip()]


def lists_row_units(text: str, end: int, unit: str) -> bool:
    """The words right after a number (ending at ``end``) list the row unit's kinds in order, one comma item each,
    each item starting with its kind (``xã nghèo, thôn, bản …`` for ``xã, thôn, bản``)."""
    kinds = _kinds(unit)
    if len(kinds) < 2:
        return False
    after = unicodedata.normalize("NFC", text[end:end + 160])
    stop = _PHRASE_END.search(after)
    items = [i.strip().lower() for i in (after[:stop.start()] if stop else after).split(",")]
    if len(items) < len(kinds):
        return False
    return all(item.startswith(kind) and _WORD_END.match(item, len(kind)) for kind, item in zip(kinds, items))


#: how list items are joined: a comma or ``và``
_ITEM_JOIN = re.compile(r"\s*,\s*|\s+và\s+")
#: A count of the kinds a row's label lists: ``khen thưởng 67 sáng chế, giải pháp hữu ích và công trình công bố …``
#: beside ``Sáng chế, giải pháp hữu ích và công trình được khen thưởng`` (xj-da-nang-so-khcn, unit ``công trình``);
#: ``kiểm tra chuyên ngành đối với 2.898 đơn vị, cơ sở và cá nhân`` beside ``Đơn vị, cơ sở và cá nhân được thanh
#: tra, kiểm tra`` (yp-ba-ria-vung-tau-thanh-tra, unit ``đối tượng``): at least two kinds
_MIN_KINDS = 2
#: a count set aside as the area's make-up (``toàn huyện có 11 xã, thị trấn`` beside ``Xã, thị trấn đạt chuẩn …``)
#: is taken back for a row only on a longer list: two kinds are the area's usual make-up
_MIN_KINDS_STANDING = 3
#: a fraction's denominator: the number right after ``/``
_SLASH_BEFORE = re.compile(r"/\s?$")


def _items(s: str) -> list[str]:
    s = unicodedata.normalize("NFC", s).lower()
    stop = _PHRASE_END.search(s)
    return [i.strip() for i in _ITEM_JOIN.split(s[:stop.start()] if stop else s)]


def _same_kind(said: str, named: str) -> bool:
    """One item names the other's kind: equal, or one goes on with more words (``cá nhân`` / ``cá nhân được thanh
    tra``: the label's last item carries its predicate)."""
    return bool(said) and (said == named or said.startswith(named + " ") or named.startswith(said + " "))


def label_kinds(text: str, end: int, label: str) -> int:
    """How many kinds the words after a number (ending at ``end``) list as a row's label lists them, one item each
    from the first (0 unless the label's list is covered up to its last item, which carries the predicate)."""
    said, named = _items(text[end:end + 200]), _items(label)
    common = 0
    for a, b in zip(said, named):
        if not _same_kind(a, b):
            break
        common += 1
    return common if common >= _MIN_KINDS and common >= len(named) - 1 else 0


def listed_kinds_totals(text: str, numbers: list, idx) -> None:
    """A count no row proved whose noun lists the kinds one count row's label lists is that row's count, whatever
    the row's unit column calls the whole (``công trình``, ``đối tượng``): right when it says the row's value; left
    to the checker's verdict otherwise (in place)."""
    for n in numbers:
        if n.verdict not in ("unsupported", "standing") or n.kind != "count" or n.value is None \
                or _SLASH_BEFORE.search(text, 0, n.start) or notation_slip(n):
            continue   # (the whole of "140/142 xã, phường, thị trấn có quỹ …" is the set's, not the row's count;
            # "hơn 1.7 ngàn lượt hộ nghèo, cận nghèo": the notation's flag stands)
        least = _MIN_KINDS if n.verdict == "unsupported" else _MIN_KINDS_STANDING
        rows = [r for r in idx.rows if r.kind == "count" and r.values.get("ky_bao_cao") is not None
                and label_kinds(text, n.end, r.fig.chi_tieu or "") >= least]
        if len(rows) != 1:
            continue
        r, v = rows[0], rows[0].values["ky_bao_cao"]
        if Decimal(str(n.value)) == v:
            n.verdict, n.reason, n.expected = "supported", None, None
            n.source = {"ma": r.fig.ma, "column": "ky_bao_cao"}
            n.derivation = f"{r.fig.ma}: tổng các loại đã kể ({r.fig.chi_tieu[:60]})"
        elif n.verdict == "standing":   # set aside as the area's make-up, but the row counts just these kinds
            n.verdict, n.derivation, n.expected = "unsupported", None, format_vn(v)
            n.reason = (f"Câu này kể đúng các loại mà {r.fig.ma} ({r.fig.chi_tieu[:60]}) đếm: "
                        f"{format_vn(v)}, không phải «{n.text.strip()}»")
