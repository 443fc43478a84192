"""A count in brackets right after a name is that name's: ``Bạch Thông (có tới 384 nhà)``.  Mixed into the checker
(``check._Checker``).

Reports list places, bodies or countries each followed by its own count in brackets:

    … 576 ngôi nhà bị hư hỏng, chủ yếu là tốc mái do mưa dông, lốc gây ra tại các huyện: Bạch Thông (có tới 384
    nhà), Chợ Mới, Na Rì …                          (xo-mien-nui-phia-bac-dong-loc-nha-toc-mai-2024-04; the row
                                                     ``Trong đó: huyện Bạch Thông`` under the province's 576)
    … trong kỳ là: Hồ Chí Minh (21 vụ), Điện Biên (8 vụ), Tây Ninh (6 vụ) …
                                                    (xc-toan-quoc-bo-tu-phap-tgpl-tham-gia-to-tung-2022-03)

Written ``Bạch Thông (có tới 576 nhà)``, the whole's value passed: the clause's words are the whole's (``nhà bị hư
hỏng``) and the sibling-name pass (``named.NamedRows``) knows only rows that differ by their name alone, not a part
named under its whole.  The grammar: the bracket opens right after a run of capitalised syllables (``propernames``),
the number first in it (``có``/``với``/``gồm`` and a bound word may stand before it).  One row of the number's unit
whose label names that name, the value's row naming none of it, that row's value another: a swap.
"""

from __future__ import annotations

import re

from service.checker.match import Row
from service.checker.recognisers.propernames import label_names, name_runs, name_written
from service.checker.wording import fmt_row_value

#: the bracket's opening before the number: ``(``, ``(có tới ``, ``(với hơn ``
_OPENING = re.compile(r"(?i)\(\s*(?:(?:có|với|gồm)\s+)?(?:(?:tới|đến|hơn|gần|khoảng|trên|dưới|chỉ)\s+)?$")
#: the head of the bracket: the text just before ``(`` ends on a capitalised run
_HEAD_REACH = 60


class NameBracket:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_swap_to`` (``check._Checker``)."""

    def _bracket_head(self, i: int) -> str | None:
        """The name a bracket opening on mention i follows (``Bạch Thông``), else None."""
        m = self.mentions[i]
        opening = _OPENING.search(self.text, max(0, m.num_start - 20), m.num_start)
        if opening is None:
            return None
        head = self.text[max(0, opening.start() - _HEAD_REACH):opening.start()]
        stripped = head.rstrip()
        runs = [(s, r) for s, r in name_runs(stripped)]
        if not runs:
            return None
        s, run = runs[-1]
        return run if s + len(run) == len(stripped) else None

    def _name_bracket_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, chosen = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or chosen is None or r.derivation or i in self._anchored \
                    or (r.source or {}).get("column") != "ky_bao_cao" or m.kind != "count" or m.partner is not None:
                continue
            run = self._bracket_head(i)
            if run is None or any(name_written(n, run) for n in label_names(chosen.fig.chi_tieu)):
                continue
            named = [x for x in self.idx.rows if x is not chosen and x.unit == chosen.unit and "ky_bao_cao" in x.values
                     and any(name_written(n, run) for n in label_names(x.fig.chi_tieu))]
            if len(named) != 1 or named[0].values["ky_bao_cao"] == m.value:
                continue
            other: Row = named[0]
            v = other.values["ky_bao_cao"]
            self._swap_to(i, other, f"Số trong ngoặc sau «{run}» là của {other.fig.ma} ({other.fig.chi_tieu[:70]}) = "
                                    f"{fmt_row_value(other, v)}; «{m.raw.strip()}» là số liệu của {chosen.fig.ma}")
