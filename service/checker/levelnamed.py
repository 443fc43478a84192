"""One measure kept for several levels of government (``… cấp huyện`` / ``… cấp xã``): the level the number's own
phrase names chooses the row.  Mixed into the checker (``check._Checker``).

An election committee keeps ``Số đơn vị bầu cử đại biểu HĐND cấp huyện`` = 93 and ``… cấp xã`` = 1.715, and writes
each with its level right after the count:

    Toàn tỉnh sẽ có 93 đơn vị bầu cử đại biểu HĐND cấp huyện, 1.680 đơn vị bầu cử đại biểu HĐND cấp xã.
                                                        (xo-hai-duong-ubbc-tinh-don-vi-bau-cu-hdnd-2021-03)
    … 3.832 đại biểu HĐND cấp tỉnh, 21.131 đại biểu HĐND cấp huyện và 281.491 đại biểu HĐND cấp xã …
                                                        (xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011)

``huyện``, ``tỉnh`` are no label words for the matcher (they name places: ``huyện Thới Bình``), so ``1715 đơn vị bầu
cử đại biểu HĐND cấp huyện`` passed as the communes' row.  The grammar: ``cấp`` and a level; the levels are the
table's own (the word after ``cấp`` in labels that are otherwise the same, one level each), so the class stays open.
The number's own phrase is the words after it to the next punctuation or number, or, when those name no level, the
words before it since the last punctuation or number.  One level named, another than the value's row's, and a row of
that level with another value: a swap.  A label naming two levels (``… cấp huyện, cấp xã``) is no level's.
"""

from __future__ import annotations

import re

from service.checker.match import Row, fold
from service.checker.wording import fmt_row_value

_LEVEL = re.compile(r"(?<![a-z0-9])cap\s+([a-z]+)(?![a-z0-9])")
#: the number's own phrase ends at punctuation or the next number
_PHRASE_END = re.compile(r"[,;.:!?()\n]|\d")


def _level_of(label: str) -> tuple[str, str] | None:
    """(the level, the label without it) of a folded label naming one level (``cap huyen``), else None."""
    found = _LEVEL.findall(label)
    if len(found) != 1:
        return None
    return found[0], " ".join(_LEVEL.sub(" ", label).split())


class LevelNamed:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_plain_cell``, ``_swap_to`` (``check._Checker``)."""

    def _level_rows(self) -> dict[int, dict[str, Row]]:
        """id(row) → {level: row} for rows of one label and unit kept for several levels."""
        found = self.__dict__.get("_level_twin_rows")
        if found is None:
            by_rest: dict[tuple, dict[str, Row]] = {}
            for r in self.idx.rows:
                read = _level_of(fold(r.fig.chi_tieu)) if "ky_bao_cao" in r.values else None
                if read is not None:
                    by_rest.setdefault((read[1], r.unit, r.muc), {}).setdefault(read[0], r)
            found = {id(r): levels for levels in by_rest.values() if len(levels) > 1 for r in levels.values()}
            self.__dict__["_level_twin_rows"] = found
        return found

    def _phrase_levels(self, i: int, levels: dict[str, Row]) -> set[str]:
        """The table's levels ``cấp <level>`` names in the number's own phrase: after it, else before it."""
        m = self.mentions[i]
        end = _PHRASE_END.search(self.text, m.end)
        after = fold(self.text[m.end:end.start() if end else len(self.text)])
        said = {x for x in _LEVEL.findall(after) if x in levels}
        if said:
            return said
        stops = [k.end() for k in _PHRASE_END.finditer(self.text, max(0, m.num_start - 160), m.num_start)]
        before = fold(self.text[stops[-1] if stops else max(0, m.num_start - 160):m.num_start])
        return {x for x in _LEVEL.findall(before) if x in levels}

    def _level_pass(self) -> None:
        twins = self._level_rows()
        if not twins:
            return
        for i, m in enumerate(self.mentions):
            if not self._plain_cell(i, twins):
                continue
            row, levels = self.rows[i], twins[id(self.rows[i])]
            said = self._phrase_levels(i, levels)
            if len(said) != 1:
                continue
            other = levels[next(iter(said))]
            if other is row or other.values["ky_bao_cao"] == m.value:
                continue
            v = other.values["ky_bao_cao"]
            self._swap_to(i, other, f"Câu này nói về {other.fig.ma} ({other.fig.chi_tieu[:70]}) = "
                                    f"{fmt_row_value(other, v)}; «{m.raw.strip()}» là số liệu của {row.fig.ma} "
                                    f"({row.fig.chi_tieu[:70]})")
