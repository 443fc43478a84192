"""A value and the year-ago rate said right after it are one row's — also between a month and its running total: where
the rate is the running total's and not the month's (or the other way round), the value is the running total's place.
Mixed into the checker (``check._Checker``), after ``ValueRate._value_rate_pass``.

Reports give the period's value and the year to date's, each followed by its own change against last year; the words of
time often stand a sentence before (``Tính từ đầu năm đến tháng 8, có 85.357 doanh nghiệp … Các doanh nghiệp thành
lập mới có tổng vốn đăng ký là 822.116 tỷ đồng tăng 44,8% so với cùng kỳ năm 2016``, yn Bộ KH&ĐT). Written ``… là
131.378 tỷ đồng tăng 44,8% so với cùng kỳ năm 2016`` (131.378 is the month's), the value passed: the row's value is
right, the words before it name no period, and ``ValueRate`` leaves a row's own family out (a plan's rate is kept under
either's label). Grammar as ``ValueRate``'s: ``<value> <unit>[,] tăng|giảm X% so với cùng kỳ`` — the rate's subject is
the value just before it. The value is moved to its sibling (``attribution.Attribution._sibling``: the running total of
a month's row, the month of a running total) only when

- the rate is a change against the same period last year (``ownindex.rate_base`` = ``year-ago``), not a plan's share;
- the sibling's own kept rate (its last year's cell, the rate or index row kept under its code) gives the rate as
  written, the value's own row (when it keeps one) does not;
- no words of time in the value's sentence say the value's own period (``_time_cue``: ``trong tháng 8`` before a
  month's value leaves it be — the rate is then the error, flagged by the rate passes);
- the sibling's value is not the one written.
"""

from __future__ import annotations

from decimal import Decimal

from service.checker.match import Row, within_rounding
from service.figures.model import is_index_row, kept_rate_of
from service.checker.ownindex import rate_base
from service.checker.recognisers.running import running_base
from service.checker.valuerate import _PLAN_AFTER, _VERB_BETWEEN, gives_said_rate
from service.checker.wording import fmt_row_value


class SiblingRate:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``year``, ``_anchored``, ``_sibling``
    and ``_time_cue`` (``attribution.Attribution``), ``_result``."""

    def _row_year_rates(self, row: Row) -> list[Decimal]:
        """The changes against last year the table keeps for ``row`` itself, in %: from its last year's cell, and from
        the rate rows the loader kept under its code (``2-LK-TL`` is ``2-LK``'s, ``TT.XK-TL`` is ``TT.XK``'s —
        ``service.figures.model.kept_rate_of``), an index row (cùng kỳ = 100) read less 100. By code, not by label: a
        month and its running total share a label, so the label's rate rows are either's."""
        out = []
        v, c = row.values.get("ky_bao_cao"), row.values.get("cung_ky")
        if v is not None and c:
            out.append((Decimal(v) - Decimal(c)) / Decimal(c) * 100)
        for k in self.idx.rows:
            if "ky_bao_cao" in k.values and kept_rate_of(k.fig.ma) == row.fig.ma:
                x = Decimal(k.values["ky_bao_cao"])
                out.append(x - 100 if is_index_row(k.fig.chi_tieu) else x)
        return out

    def _row_gives_rate(self, row: Row, j: int) -> bool:
        """``row``'s own year-ago rates give mention j as written (sign by its verb)."""
        return gives_said_rate(self._row_year_rates(row), self.mentions[j])

    def _sibling_rate_pass(self) -> None:
        ms = self.mentions
        for i, m in enumerate(ms[:-1]):
            r, own = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or own is None or r.derivation or i in self._anchored \
                    or (r.source or {}).get("column") != "ky_bao_cao" \
                    or m.kind not in ("count", "money", "measure") or m.partner is not None or m.value is None:
                continue
            sib = self._sibling(own)
            if sib is None or "ky_bao_cao" not in sib.values:
                continue
            j = i + 1
            mj = ms[j]
            if mj.kind != "percent" or mj.value is None or mj.partner is not None or mj.low is not None \
                    or self.where[j].sentence != self.where[i].sentence:
                continue
            verb = _VERB_BETWEEN.fullmatch(self.text, m.end, mj.num_start)
            if verb is None or verb.group(1).lower() not in ("tăng", "giảm") or mj.comparison not in ("tăng", "giảm") \
                    or _PLAN_AFTER.match(self.text, mj.end):
                continue
            if rate_base(self.text, self.where[j].sentence, mj.qualifier_start or mj.num_start, mj.end,
                         self.year) != "year-ago":
                continue   # (a change against the month before, the plan, the start of the year: another base)
            own_is_running = running_base(own.fig.ma) is not None
            cue = self._time_cue(i)
            if cue is not None and (cue == "running") == own_is_running:
                continue   # the words of time say the value's own period: the rate, not the value, is off
            if self._row_gives_rate(own, j) or not self._row_gives_rate(sib, j):
                continue
            v = sib.values["ky_bao_cao"]
            if within_rounding(Decimal(v), Decimal(str(m.value)), m.decimals, m.qualifier):
                continue
            said = "riêng kỳ báo cáo" if own_is_running else "lũy kế từ đầu năm"
            self.results[i] = self._result(
                m, "unsupported", row=sib, column="ky_bao_cao", expected=fmt_row_value(sib, v),
                reason=f"Tốc độ tăng/giảm đi ngay sau số này («{mj.raw.strip()}») là của số {said}: {sib.fig.ma} "
                       f"({sib.fig.chi_tieu[:60]}) = {fmt_row_value(sib, v)}; «{m.raw.strip()}» là số liệu của "
                       f"{own.fig.ma}")
            self.rows[i] = sib
