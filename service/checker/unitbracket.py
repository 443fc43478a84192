"""Each unit's own values in brackets after its name (round 87, issue 13).

    … lần lượt là Thành phố Hồ Chí Minh (128 HCV, 119 HCB, 143 HCĐ), Quân đội (90 HCV, 82 HCB, 95 HCĐ), Thanh Hóa (40
    HCV, 29 HCB, 63 HCĐ), Đà Nẵng (34 HCV, 42 HCB, 50 HCĐ).
                        (xp-toan-quoc-dai-hoi-the-thao-toan-quoc-lan-thu-9-huy-chuong-2022-12: sections «Đoàn …»)
    Bình Định giành giải Nhất toàn đoàn (với 23 HCV, 3 HCB, 4 HCĐ), đoàn Khánh Hòa giành giải Nhì (7 HCV, 10 HCB, 4
    HCĐ), giải Ba thuộc về đoàn Lâm Đồng (6 HCV, 7 HCB, 2 HCĐ).
                        (yp-binh-dinh-so-vhtt-giai-vo-co-truyen-mien-trung-tay-nguyen-2015-07: parent rows «Đoàn …»)

A number in a bracket right after a name, followed by an abbreviation (``HCV``, ``HCB``: the initials of a row's
label, ``Huy chương Bạc``), is the value of the row that abbreviation names under the unit the name names: the
capitalised words of the name all in the row's section (``muc``) or its parent row's label. When exactly one row is
so named, it decides: the number is that row's value, or wrong (the ordinary matching, which reads the same value in
another unit's rows as a swap, is not asked). Otherwise the ordinary matching stands.

Not read: a bracket without a name before it (``tăng 5% (128 HCV …)`` names no unit), a number with no abbreviation
after it (``Quân đội (90 huy chương)``), a name whose capitalised words name no heading.
"""

from __future__ import annotations

import re

from service.checker.match import fold, tokens
from service.checker.wording import fmt_like, fmt_row_value

#: the bracket's opening and the name before it, back to a comma, a colon, ``là``/``về`` or the clause's start
_NAME_OPEN = re.compile(r"(?:^|[,;:.]|(?<!\w)(?:là|về|của)(?!\w))\s*([^,;:.()]{2,80}?)\s*\(\s*(?:với\s+)?"
                        r"(?:\d[\d.,]*\s+[A-ZĐ]{2,6}\s*,\s*)*$")
#: the abbreviation after the number: two to six capitals
_ABBR = re.compile(r"\s+([A-ZĐ]{2,6})(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")


def bracket_name(text: str, num_start: int, num_end: int) -> tuple[list[str], str] | None:
    """(the folded capitalised words of the name before the bracket, the folded abbreviation after the number)."""
    abbr = _ABBR.match(text, num_end)
    if abbr is None:
        return None
    m = _NAME_OPEN.search(text, max(0, num_start - 160), num_start)
    if m is None:
        return None
    caps = [fold(w) for w in _WORD.findall(m.group(1)) if w[0].isupper()]
    return (caps, fold(abbr.group(1))) if caps else None


def initials(label: str) -> str:
    """``Huy chương Bạc`` → ``hcb``."""
    return "".join(w[0] for w in fold(label).split() if w[:1].isalpha())


def named_row(rows, by_code: dict, caps: list[str], abbr: str):
    """The one row whose label's initials (or unit) are ``abbr`` under a heading holding every word of ``caps``."""
    found = []
    for row in rows:
        if initials(row.fig.chi_tieu) != abbr and fold(row.unit or "") != abbr:
            continue
        parent = by_code.get(_parent(row.fig.ma))
        heading = set(tokens(row.muc or "")) | set(tokens(parent.fig.chi_tieu if parent is not None else ""))
        if all(c in heading for c in caps):
            found.append(row)
    return found[0] if len(found) == 1 else None


def _parent(code: str | None) -> str | None:
    return code.rsplit(".", 1)[0] if code and "." in code else None


class UnitBrackets:
    """Mixed into the checker (``check._Checker``): needs ``text``, ``mentions``, ``idx``, ``_anchored``, ``_set``,
    ``_cell_of``."""

    def _by_unit_bracket(self, i: int) -> bool:
        """``Quân đội (90 HCV, 82 HCB, 95 HCĐ)``: the row the unit and the abbreviation name decides."""
        m = self.mentions[i]
        if m.kind != "count" or m.value is None or m.low is not None:
            return False
        said = bracket_name(self.text, m.num_start, m.num_end)
        if said is None:
            return False
        by_code = self.__dict__.setdefault("_rows_by_code", {r.fig.ma: r for r in self.idx.rows})
        row = named_row(self.idx.rows, by_code, *said)
        if row is None:
            return False
        self._anchored.add(i)
        col = self._cell_of(i, row, ("ky_bao_cao",))
        if col:
            self._set(i, "supported", row, col)
            return True
        v = row.values.get("ky_bao_cao")
        if v is None:
            self._anchored.discard(i)
            return False
        self._set(i, "unsupported", row, "ky_bao_cao", expected=fmt_like(m, v), reason=(
            f"Số trong ngoặc sau tên đơn vị là số liệu của {row.fig.ma} ({row.fig.chi_tieu[:70]}, "
            f"«{(row.muc or '')[:60]}») = {fmt_row_value(row, v)}, không phải «{m.raw.strip()}»"))
        return True
