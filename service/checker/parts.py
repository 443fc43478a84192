"""Shares of parts the text lists, mixed into the checker (``check._Checker``) after the derivations' own search:

- :meth:`PartShares._complement` — ``chỉ có 24 sinh viên tốt nghiệp loại trung bình (chiếm 1,15%) và khá, giỏi và xuất
  sắc lên tới 98,85%``: the rest of a whole whose other share the sentence states (100 − 1,15);
- :meth:`PartShares._listed_parts` — ``có 43 sinh viên xuất sắc, 1.994 sinh viên giỏi, 1.602 sinh viên khá. Tổng số
  sinh viên tốt nghiệp xuất sắc, giỏi, khá tại trường chiếm trên 91%``: the sum of the parts the text just listed
  (consecutive rows, in the text's order) over a whole stated with them (3.978).

Both read what the text states and the table holds; a share one digit off is still unproved, so a wrong one stays a
problem.  Asked only of a percentage nothing else derived (``derive.Derivations._percent``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import value_supports
from service.checker.model import NumberCheck
from service.numbers import format_vn

#: Words that join the rest to the part before: ``và``, ``còn lại``, ``còn``, ``phần còn lại``.
_REST = re.compile(r"(?i)(?<!\w)(?:và|còn\s+lại|còn)(?!\w)")
_MAX_PARTS = 6


class PartShares:
    """Needs ``mentions``, ``where``, ``rows``, ``results``, ``_result`` (``check._Checker``)."""

    def _complement(self, i: int) -> NumberCheck | None:
        m, w = self.mentions[i], self.where[i]
        for k in range(i - 1, -1, -1):
            o = self.mentions[k]
            if self.where[k].sentence != w.sentence:
                break
            r = self.results[k]
            if o.kind != "percent" or r is None or r.verdict not in ("derived", "supported"):
                continue
            if not _REST.search(self.text, o.end, m.num_start):
                continue
            rest = Decimal(100) - o.value
            if value_supports(rest, m.value, decimals=m.decimals, scale=1, low=m.low, qualifier=m.qualifier):
                return self._result(m, "derived", row=self.rows[k], column=(r.source or {}).get("column"),
                                    derivation=f"100% − {o.raw.strip()} = {format_vn(rest, max(m.decimals, 2))}%")
        return None

    def _listed_parts(self, i: int) -> NumberCheck | None:
        m, w = self.mentions[i], self.where[i]
        stated = [k for k in range(i) if self.rows[k] is not None and self.where[k].paragraph == w.paragraph
                  and self.mentions[k].kind != "percent"
                  and (self.results[k] is not None and self.results[k].verdict == "supported")]
        if len(stated) < 3:
            return None
        values = [self.rows[k].values.get("ky_bao_cao") for k in stated]
        end = len(stated)                                  # the parts end at the last number stated before it
        for size in range(2, min(_MAX_PARTS, end) + 1):
            run = stated[end - size:end]
            if len({self.rows[k].unit for k in run}) != 1 or any(v is None for v in values[end - size:end]):
                continue
            part = sum(values[end - size:end])
            for wk in stated[:end - size]:                 # the whole: stated before the parts it is made of
                whole = self.rows[wk].values.get("ky_bao_cao")
                if not whole or self.rows[wk].unit != self.rows[run[0]].unit or whole <= part:
                    continue
                x = part / whole * 100
                if value_supports(x, m.value, decimals=m.decimals, scale=1, low=m.low, qualifier=m.qualifier):
                    names = " + ".join(self.mentions[k].raw.strip() for k in run)
                    return self._result(m, "derived", row=self.rows[wk], column="ky_bao_cao", derivation=(
                        f"({names})/{self.mentions[wk].raw.strip()} = {format_vn(x, max(m.decimals, 2))}%"))
        return None
