"""A count followed by its cause (``N người chết do …``) is the row of that cause. Mixed into the checker
(``check._Checker``).

Tables break a count down by cause, each part's label the cause itself (``- Do mưa lũ, ngập lụt``, ``- Do sạt lở
đất, lũ quét``, ``- Do bão``); reports give the parts each with its unit, the whole's verb and ``do`` + the cause:

    … thiên tai cũng đã làm 386 người chết, trong đó có tới 243 người chết do mưa lũ, ngập lụt và 71 người chết do
    sạt lở đất, lũ quét , 43 người chết do bão.           (xg-toan-quoc-tong-cuc-pctt-thien-tai-nam-2017)
    … có 2 vụ do độc tố tự nhiên, 3 vụ do vi sinh vật, 3 vụ do hóa chất, 4 vụ chưa xác định nguyên nhân.
                                                          (sweep t21-thanhnien-ngodoc-t3-2018)

Written ``và 243 người chết do sạt lở đất`` (the floods' 243 for the landslides' 71), the count passed as the floods'
row: its value matched and the words around it fit both (``lũ``). Grammar: after the number, its unit and up to three
words of what happened (``người chết``), ``do`` opens the cause, which runs to the next number, bracket or sentence
end; the sibling row (one parent) whose cause words all stand there, the only one, is the number's. Guards: the row
said must be a sibling of the number's own row, of its kind, hold another value; a cause that fits two siblings or
none decides nothing.
"""

from __future__ import annotations

import re

from service.checker.match import fold
from service.checker.wording import fmt_row_value

#: the words after a number up to its cause: its unit and what happened (no number, no stop between), then ``do``
_TO_CAUSE = re.compile(r"\s*(?:[^\W\d_]+[ \t]+){1,4}?(?:là[ \t]+)?do[ \t]+(?P<cause>[^\d.;:()\n]{3,90})")
#: a child row's label: a dash or plus, then ``do`` and its cause
_CAUSE_LABEL = re.compile(r"(?i)^\s*[-+–•]?\s*do\s+(?P<cause>\S.*)$")
_WORD = re.compile(r"\w+")


def cause_words(label: str) -> frozenset[str]:
    """The folded words of a row's cause (``- Do sạt lở đất, lũ quét`` → sat lo dat lu quet); empty for a row whose
    label is no cause."""
    m = _CAUSE_LABEL.match(label or "")
    return frozenset(_WORD.findall(fold(m.group("cause")))) if m else frozenset()


def cause_after(text: str, end: int) -> frozenset[str]:
    """The folded words of the cause said right after a number ending at ``end``; empty when none is said."""
    m = _TO_CAUSE.match(text, end)
    return frozenset(_WORD.findall(fold(m.group("cause")))) if m else frozenset()


def _siblings(rows, row):
    """The rows sharing ``row``'s parent code (``03.1``, ``03.2`` under ``03``), itself included."""
    code = row.fig.ma or ""
    if "." not in code:
        return []
    parent = code.rsplit(".", 1)[0]
    return [r for r in rows if (r.fig.ma or "").rsplit(".", 1)[0] == parent and "." in (r.fig.ma or "")]


class CauseAfter:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_kind_ok``, ``_cell_of``,
    ``_swap_to`` (``attribution.Attribution``)."""

    def _cause_after_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or r.derivation or row is None or i in self._anchored \
                    or m.partner is not None or m.kind != "count" or not cause_words(row.fig.chi_tieu):
                continue
            said = cause_after(self.text, m.num_end)
            if not said:
                continue
            fits = [s for s in _siblings(self.idx.rows, row)
                    if (c := cause_words(s.fig.chi_tieu)) and c <= said and "ky_bao_cao" in s.values]
            if len(fits) != 1 or fits[0] is row:
                continue
            other = fits[0]
            if not self._kind_ok(m, other) or other.unit != row.unit or self._cell_of(i, other) is not None:
                continue
            self._swap_to(i, other, f"Số này nói về {other.fig.ma} ({other.fig.chi_tieu.strip(' -+')[:60]}) — nguyên "
                                    f"nhân nêu ngay sau nó — = {fmt_row_value(other, other.values['ky_bao_cao'])}; "
                                    f"«{m.raw.strip()}» là số liệu của {row.fig.ma}")
