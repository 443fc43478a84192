"""The whole of ``X/Y`` that the table keeps for ``X``'s row: ``Y`` must be it.

``X/Y <noun>`` is ``X`` members of a set of ``Y``.  When ``X`` is a row's figure and the table keeps that row's whole,
a ``Y`` other than it is miswritten — even when a share said beside it (``chiếm 85,2%``) rounds alike, or the area's
standing make-up could hold it.  A clerk keeps the whole two ways beyond a row of its own (``wholerow``):

- in the part's note, ``trên tổng số N …``: ``Xã, phường, thị trấn có Quỹ chăm sóc người cao tuổi`` = 140 noted
  ``trên tổng số 142`` for ``Toàn tỉnh hiện cũng có 140/142 xã, phường, thị trấn có Quỹ …``
  (xh-lam-dong-hoi-nguoi-cao-tuoi-tinh-bao-tro-xa-hoi-2021-7t); ``Số trường tiểu học đạt chuẩn quốc gia`` = 155
  noted ``trên tổng số 216 trường``, ``Số xã đạt tiêu chí văn hóa`` = 124 noted ``trên tổng số 139 xã`` (held-out
  tables of the same notation);
- in a share row's label ``Tỷ lệ <part>/<whole>``: ``Tỷ lệ hội viên/người cao tuổi`` = 85,2 beside ``Tổng số hội viên``
  = 160.874 and ``Tổng số người cao tuổi`` = 188.744 for ``nâng tổng số hội viên hiện nay 160.874/188.744 NCT (chiếm
  85,2%)`` (xh-quang-nam-hoi-nguoi-cao-tuoi-tinh-tong-ket-2018); ``Tỷ lệ công trình vi phạm / số công trình kiểm tra``
  (a held-out inspection table) names its two rows alike.

The part's row is the one the checker tied ``X`` to; the share label's sides name rows by their words (all the side's
words among the row's label words, ``tổng số`` and scope words aside), one row each.  Nothing is said when the table
keeps no whole, or several.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from service.checker.match import Row, TableIndex, fold
from service.numbers import format_vn

#: the note's whole: ``trên tổng số 142``, ``trên tổng số 216 trường`` (a number with Vietnamese thousands dots)
_NOTED_WHOLE = re.compile(r"(?i)(?<!\w)trên\s+tổng\s+số\s+(\d{1,3}(?:\.\d{3})*|\d+)(?![\d,])")
#: a share row's label naming its part and its whole: ``Tỷ lệ hội viên/người cao tuổi``
_SHARE_LABEL = re.compile(r"^ty le\s+(?P<part>[^/()]+?)\s*/\s*(?P<whole>[^/()]+?)\s*$")
#: words that say a count's scope, not what is counted
_SCOPE = re.compile(r"\b(?:tong so|tong|so|toan tinh|ca nuoc|hien nay|hien co)\b")
_SLASH = re.compile(r"\s?/\s?")


def _words(label: str) -> set[str]:
    return set(_SCOPE.sub(" ", fold(label)).split())


def noted_whole(row: Row) -> Decimal | None:
    """The whole the row's note gives it (``trên tổng số 142``), or None."""
    found = _NOTED_WHOLE.search(getattr(row.fig, "ghi_chu", "") or "")
    if found is None:
        return None
    try:
        return Decimal(found.group(1).replace(".", ""))
    except InvalidOperation:
        return None


def _named_row(idx: TableIndex, side: str, kind: str) -> Row | None:
    """The one row whose label says the side's words (``hội viên`` → ``Tổng số hội viên``); the row saying just them
    when several say them among more (``Hội viên kết nạp mới`` is a part of the members)."""
    want = _words(side)
    found = [r for r in idx.rows if r.kind == kind and r.values.get("ky_bao_cao") is not None
             and want and want <= _words(r.fig.chi_tieu)]
    exact = [r for r in found if _words(r.fig.chi_tieu) == want]
    found = exact if len(found) > 1 and exact else found
    return found[0] if len(found) == 1 else None


def share_named_whole(idx: TableIndex, part: Row) -> Row | None:
    """The row a share row's label ``Tỷ lệ <part>/<whole>`` names as the whole of ``part``, or None."""
    wholes = []
    for r in idx.rows:
        said = _SHARE_LABEL.match(fold(r.fig.chi_tieu)) if r.kind == "percent" else None
        if said is None or _named_row(idx, said.group("part"), part.kind) is not part:
            continue
        whole = _named_row(idx, said.group("whole"), part.kind)
        if whole is not None and whole is not part:
            wholes.append(whole)
    return wholes[0] if len(set(map(id, wholes))) == 1 else None


def kept_whole_value(idx: TableIndex, part: Row) -> tuple[Decimal, str] | None:
    """The whole the table keeps for ``part`` by its note or a share row's label: (value, how it is kept)."""
    noted = noted_whole(part)
    if noted is not None:
        return noted, f"{part.fig.ma} ghi chú «{part.fig.ghi_chu.strip()[:60]}»"
    whole = share_named_whole(idx, part)
    v = whole.values.get("ky_bao_cao") if whole is not None else None
    if v is None:
        return None
    return Decimal(str(v)), f"{whole.fig.ma} ({whole.fig.chi_tieu[:60]})"


def whole_kept_for_part(text: str, numbers: list, idx: TableIndex) -> None:
    """``X/Y`` where ``X`` is a row's figure whose whole the table keeps (note, share label): a ``Y`` other than that
    whole is flagged (``unsupported``), its expected value the kept whole."""
    for k in range(1, len(numbers)):
        x, y = numbers[k - 1], numbers[k]
        if x.verdict != "supported" or not x.source or y.value is None or y.verdict == "unsupported":
            continue
        if not _SLASH.fullmatch(text[x.end:y.start]) or x.kind not in ("count", "ratio"):
            continue
        part = idx.by_code.get(x.source.get("ma"))
        kept = kept_whole_value(idx, part) if part is not None else None
        if kept is None or Decimal(str(y.value)) == kept[0]:
            continue
        value, how = kept
        y.verdict, y.expected, y.derivation = "unsupported", format_vn(value), None
        y.reason = f"Mẫu số của phân số «{x.text.strip()}/{y.text.strip()}» là tổng số của {part.fig.ma}: {how} = " \
                   f"{format_vn(value)}, không phải «{y.text.strip()}»"
