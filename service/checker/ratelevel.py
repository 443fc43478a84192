"""The level said right after a rate is the rate's row's level (checker round 91, issue 13), mixed into the checker
(``check._Checker``).

``levelafter`` reads ``<rate>, <level verb> <amount>`` (``kim ngạch lại giảm 3%, ở mức 2,63 tỷ USD``; round 89): the
rate is the amount's row's change. The converse holds too: where the rate is one row's kept rate (``01-TL`` = −61,
the loader's ``<mã>-TL``) and no other, the amount after it is that row's level — a value of another row written
there is a swap:

    … tháng 1/2023, xuất khẩu cá tra tiếp tục giảm 61% so với cùng kỳ năm 2022, chỉ đạt 83,6 triệu USD.
                                                                  (xs-toan-quoc-vasep-xuat-khau-ca-tra-2023-01)
    … tuy nhiên, kim ngạch lại giảm 3%, ở mức 2,63 tỷ USD …       (xq-toan-quoc-hiep-hoi-dieu-vinacas-xuat-nhap-khau-2020-10t)

Only when the rate was tied to a kept rate row by its value, that row's subject holds a value of the period of the
amount's kind and unit, the sentence's words fit it no worse than the amount's own row (``xuất khẩu cá tra`` fits
``Kim ngạch xuất khẩu cá tra`` as well as ``Giá trị xuất khẩu cá tra sang Mỹ``; ``giá điều xuất khẩu … giảm gần 13%,
xuống mức 6.288 USD`` names the price: the rate is the wrong one there), and the amount's own row keeps no rate that
gives the rate too (then either reading stands).
"""

from __future__ import annotations

from service.checker.levelafter import level_after
from service.checker.wording import fmt_row_value
from service.figures.model import kept_rate_of


class RateLevel:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_plain_cell``
    (``twins.GroupTwins``), ``_change_row_of`` (``named.NamedRows``), ``_swap_to``, ``_about``
    (``attribution.Attribution``)."""

    def _rate_level_pass(self) -> None:
        rows_of = {id(r): r for r in self.idx.rows}
        for k, n in enumerate(self.mentions):
            if n.kind not in ("money", "count", "measure") or not self._plain_cell(k, rows_of):
                continue
            i = self._rate_right_before(k)
            if i is None:
                continue
            owner = self._kept_rate_owner(i)
            row = self.rows[k]
            if owner is None or owner is row or "ky_bao_cao" not in owner.values \
                    or (owner.kind, owner.unit) != (row.kind, row.unit):
                continue   # (a swap writes a value of the same kind and unit: "giảm gần 13% …, xuống mức 6.288 USD"
                # with 05-TL = −13 of an import value in tỷ USD is a wrong rate of the price, not a wrong price)
            about = self._about(k)
            if about(owner) < about(row):
                continue   # the sentence's words name the amount's own row better: the rate is the wrong one
            if any(c.values.get("ky_bao_cao") == self.rows[i].values.get("ky_bao_cao")
                   for c in self._change_row_of(row)):
                continue   # the amount's own row keeps the same rate: either reading stands
            rate = self.mentions[i]
            self._swap_to(k, owner, (
                f"Mức sau «{rate.comparison} {rate.raw.strip()}» là mức của chỉ tiêu có tốc độ tăng/giảm đó: "
                f"{owner.fig.ma} ({owner.fig.chi_tieu[:60]}) = {fmt_row_value(owner, owner.values['ky_bao_cao'])}; "
                f"«{n.raw.strip()}» là số liệu của {row.fig.ma}"))

    def _rate_right_before(self, k: int) -> int | None:
        """The rate of change the amount k is said right after, in its sentence (``levelafter``), or None."""
        n, w = self.mentions[k], self.where[k]
        for i in range(k - 1, -1, -1):
            m = self.mentions[i]
            if self.where[i].sentence != w.sentence or self.where[i].paragraph != w.paragraph:
                return None
            if not m.is_figure:
                continue
            if m.kind != "percent" or m.comparison not in ("tăng", "giảm"):
                return None
            at = n.qualifier_start or n.num_start
            return i if level_after(self.text, m.end, at) else None
        return None

    def _kept_rate_owner(self, i: int):
        """The row whose kept rate (``<mã>-TL…``) the rate i was tied to, when it is one."""
        r, row = self.results[i], self.rows[i]
        if r is None or row is None or r.verdict not in ("supported", "derived") or i in self._anchored:
            return None
        if (r.source or {}).get("ma") != row.fig.ma:
            return None
        base = kept_rate_of(row.fig.ma)
        return self.idx.by_code.get(base) if base is not None else None
