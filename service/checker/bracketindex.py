"""An index in brackets right after a value is that value's own index: ``<value> <unit> (X%)`` where the table keeps
the value's row's index against last year (``<chỉ tiêu>: so với cùng kỳ``, a statistics office's ``So với vụ xuân
năm 2019 (%)`` column) — another row's index agreeing is no proof. Mixed into the checker (``check._Checker``).

A statistics office lists place after place, each value with its index in brackets:

    … Mỹ Lộc: 3.197ha, 58,3 tạ/ha (99,18%), 18.486 tấn; Vụ Bản: 8.113ha, 61,35 tạ/ha (100,36%), 49.950 tấn; …
                                                                           (d9-baonamdinh-luaxuan-2020)

    … Hà Tĩnh tăng 98% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn) …   (the bracket says more than a percent: not this)

Every bracket there is some row's index, so a wrong one (``74,65 tạ/ha (98,72%)``, the province's rice output's
index on a district's yield) passed as the other row's. Grammar: the bracket holds the percent alone, opened right
after the value (``NamedRows._bracket_owner``: the number a bracket opened after, same paragraph, close); the
percent carries no word of change, plan or share (``(đạt 68%)`` is ``_own_rate_pass``'s, ``(chiếm 41%)`` a share).
It is checked only where it was read as an index (its row is an index row) and the value's own index rows
(``OwnIndex._own_index_rows``) exist: then one of them must give it, within the writer's rounding. A bare percent
read as a share or a count's rate is left alone: a bracket may hold a share of the whole (``10.117ha (14%)``).
"""

from __future__ import annotations

import re

from service.checker.match import within_rounding
from service.checker.wording import fmt_row_value
from service.figures.model import is_index_row

#: ``(`` and spaces right before the percent; ``)`` right after it (the ``%`` is in the mention).
_OPENS = re.compile(r"\(\s*$")
_CLOSES = re.compile(r"\s*%?\s*\)")


class BracketIndex:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``_anchored``, ``_bracket_owner`` (``named.NamedRows``),
    ``_own_index_rows`` (``ownindex.OwnIndex``), ``_result`` (``check._Checker``)."""

    def _bracket_index_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict not in ("supported", "derived") or row is None or m.kind != "percent" \
                    or m.value is None or m.comparison is not None or m.qualifier is not None \
                    or i in self._anchored or m.partner is not None or not is_index_row(row.fig.chi_tieu):
                continue
            start = m.qualifier_start or m.num_start
            if not _OPENS.search(self.text, max(0, start - 4), start) or not _CLOSES.match(self.text, m.end):
                continue
            owner = self._bracket_owner(i)
            if owner is None or owner is row or is_index_row(owner.fig.chi_tieu):
                continue
            own = self._own_index_rows(owner)
            if not own or row in own:
                continue
            if any(within_rounding(c.values["ky_bao_cao"], m.value, m.decimals) for c in own):
                continue
            said = "; ".join(f"{c.fig.ma} = {fmt_row_value(c, c.values['ky_bao_cao'])}" for c in own[:3])
            self.results[i] = self._result(
                m, "unsupported", row=own[0], column="ky_bao_cao",
                expected=fmt_row_value(own[0], own[0].values["ky_bao_cao"]),
                reason=f"Chỉ số trong ngoặc này nói về {owner.fig.ma} ({owner.fig.chi_tieu[:60]}), số đứng ngay trước "
                       f"ngoặc; bảng giữ chỉ số so với cùng kỳ của chỉ tiêu đó ({said}): «{m.raw.strip()}» là chỉ số "
                       f"của {row.fig.ma}")
            self.rows[i] = own[0]
