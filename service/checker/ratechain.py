"""A chain of rates said after one value: each rate's subject is the value, not the rate before it. Mixed into the
checker (``check._Checker``).

Reports give a value and then its rates, one after another, in one clause:

    … kết quả chung 10 tháng đầu năm cả nước đạt 39,059 tỉ USD, tăng 18,6% so với cùng kỳ năm 2006, đạt 83,5% kế
    hoạch cả năm.                                                             (d10-baomoi-xuatkhau-10t-2007)

    … tổng mức bán lẻ … ước đạt 8.428,3 tỷ đồng, tăng 2,9% so với tháng trước và tăng 19,1% so với cùng kỳ …
                                                                             (zq-binh-dinh-…-thang-5-va-5-thang-2023)

``đạt 83,5% kế hoạch`` is the plan's share of 39,059 tỉ USD — the rate of change between is the value's too, not a
value the plan's share could be of.  The checker takes a rate's subject from the number it follows in its clause
(``derive._row_it_follows``): here the rate of change, whose row (a kept rate, ``…: tốc độ tăng so với cùng kỳ``) has no
plan, so a wrong share was «chưa kiểm được» instead of wrong.  Grammar: a rate of change (``tăng|giảm X%``) is never
the subject of the plan's share after it; the chain's subject is the last number before it that is no rate of change
(brackets closed before are asides).
"""

from __future__ import annotations

from service.checker.match import Row


class RateChain:
    """Needs ``mentions``, ``where``, ``rows``, ``_groups``, ``_aside`` (``derive.Derivations``)."""

    def _chain_value_row(self, i: int) -> Row | None:
        """The row of the value a chain of rates of change before mention i follows in its clause — when at least
        one rate of change stands between (``39,059 tỉ USD, tăng 18,6% …, đạt 83,5% kế hoạch`` → the row of 39,059);
        None when the number just before i is no rate of change, or the value has no row."""
        w = self.where[i]
        before = [k for k in self._groups.get(("clause", w.paragraph, w.clause), ()) if k < i]
        skipped = False
        for k in reversed(before):
            mk = self.mentions[k]
            if mk.kind == "percent" and mk.comparison in ("tăng", "giảm"):
                skipped = True
                continue
            row = self.rows[k]
            if row is None:
                continue   # a year, a date, a number no row holds: as ``_row_it_follows`` passes them
            if not skipped or row.kind == "percent" or self._aside(k, self.mentions[i].num_start):
                return None
            return row
        return None
