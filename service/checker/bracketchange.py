"""A rate of change opening a bracket right after a value is that value's own rate: ``<value> <unit> (tăng X% so với
cùng kỳ …)`` where the table keeps the value's row's index against last year (``<chỉ tiêu>: so với cùng kỳ``) — another
row's index agreeing is no proof. Mixed into the checker (``check._Checker``).

A round-up of several places lists value after value, each with its change in brackets:

    … Hà Nội đón 1.651.306 lượt khách (tăng 7% so với cùng kỳ năm 2016); trong đó, khách quốc tế đạt 294.000 lượt
    (tăng 10% so với cùng kỳ năm 2016), khách nội địa đạt 1.357.306 lượt (tăng 6% so với cùng kỳ năm 2016) …
                                                     (wb-nhieu-tinh-tong-cuc-du-lich-khach-du-lich-2017-05)

Every rate there is some row's index, so a wrong one (``1.651.306 lượt khách (tăng 6% …)``, the domestic visitors'
rate) passed as the other row's. ``ownindex.OwnIndex`` reads ``<value>, tăng X%`` (no bracket between) and
``bracketindex.BracketIndex`` a bare index in brackets (``(99,18%)``); this is the third way of writing the same
thing. Grammar: the bracket opens right after the value and its unit words (no number, no punctuation between, at
most :data:`_REACH` characters), and the rate opens the bracket (``(tăng``/``(giảm`` + an optional ``gần``/``hơn`` …);
its base is last year's (``ownindex.rate_base``: ``so với kế hoạch`` is left alone), it names no other count
(``tăng 11% số vụ``, ``về số DN``). The value's row is the one it was tied to, or — a value written the English way
(``4,894 tỷ đồng``: the notation flag stands) — the row its other reading gives (the flag's own suggestion). Then one
of the row's index rows (or a rate kept as its change) must give the rate as written, direction and rounding
(``OwnIndex._judge_by_own_index``, the own-index pass's judgement); none agreeing is a wrong figure.
"""

from __future__ import annotations

import re

from service.checker.match import Row
from service.checker.ownindex import _NAMES_ITS_COUNT, about_other_noun, rate_base
from service.figures.model import is_index_row

#: how far the bracket may open after the value's last character (its unit's words: ``lượt khách``, ``tỷ đồng``)
_REACH = 40
#: the rate opens the bracket: ``(`` then the direction word and an optional hedge, right before the number
_OPENS_WITH_CHANGE = re.compile(r"\(\s*(?:tăng|giảm)\s+(?:(?:gần|hơn|trên|khoảng|xấp\s+xỉ)\s+)?$", re.I)
#: between the value and the bracket: words only (no digit, no punctuation)
_WORDS_ONLY = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+)*\s*$")


class BracketChange:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``year``, ``_anchored``,
    ``_own_index_rows``, ``_judge_by_own_index`` (``ownindex.OwnIndex``), ``_change_row_of`` (``named.NamedRows``),
    ``_result`` (``check._Checker``)."""

    def _value_before_bracket(self, i: int) -> Row | None:
        """The row of the value right before the bracket the rate at mention i opens."""
        m = self.mentions[i]
        opened = _OPENS_WITH_CHANGE.search(self.text, max(0, m.num_start - 24), m.num_start)
        if opened is None:
            return None
        k = i - 1
        if k < 0 or self.where[k].paragraph != self.where[i].paragraph:
            return None
        mk, rk = self.mentions[k], self.results[k]
        gap = self.text[mk.end:opened.start()]
        if len(gap) > _REACH or not _WORDS_ONLY.fullmatch(gap) or rk is None or not mk.is_figure \
                or mk.kind in ("percent", "year", "change"):
            return None
        if rk.verdict == "supported" and self.rows[k] is not None:
            return self.rows[k]
        if rk.verdict == "unsupported" and mk.alternatives and rk.source:   # «4,894 tỷ đồng»: its other reading's row
            return next((r for r in self.idx.rows if r.fig.ma == rk.source["ma"]), None)
        return None

    def _bracket_change_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r = self.results[i]
            if r is None or r.verdict not in ("supported", "derived", "unverified") or m.kind != "percent" \
                    or m.value is None or m.comparison not in ("tăng", "giảm") or i in self._anchored or m.partner is not None \
                    or m.low is not None or _NAMES_ITS_COUNT.match(self.text, m.end):
                continue
            owner = self._value_before_bracket(i)
            if owner is None or is_index_row(owner.fig.chi_tieu) or about_other_noun(self.text, m.end, owner.fig.chi_tieu):
                continue
            if rate_base(self.text, self.where[i].sentence, m.qualifier_start or m.num_start, m.end,
                         self.year) != "year-ago":
                continue
            own = self._own_index_rows(owner)
            if own:
                self._judge_by_own_index(i, m, owner, own, f"Tốc độ tăng/giảm trong ngoặc này nói về {owner.fig.ma} "
                                                          f"({owner.fig.chi_tieu[:60]}), số đứng ngay trước ngoặc")
