"""A rate whose base the table lacks, where the table keeps its subject's comparisons as rows of their own (checker
round 108, issue 13), mixed into the checker (``check._Checker``).

A derivation the words declare (``tăng 18% so với cùng kỳ``, ``đạt 102,01% so với kế hoạch``) whose base the table
does not hold is left ``unverified`` (``derive._unverified``): nothing proves it, nothing shows it wrong.  But a
company's or a water utility's sheet often keeps no base at all and states each comparison in a column of its own —
``Quý III/2023 so cùng kỳ (%)`` and ``Lũy kế so cùng kỳ (%)``, ``Tỷ lệ TH/KH (%)`` and ``Tỷ lệ TH 2023/TH 2022 (%)``
— which the loader keeps as the subject's sub-rows (``10-TL``, ``10-TL2``, ``1-2``, ``1-3``: one code before the
hyphen).  Then the rate the sentence gives its subject is one of those rows' or it is wrong:

    Tính đến hết tháng 9, Lộc Trời đạt doanh thu thuần hơn 10.440 tỷ đồng, tăng 18% so với cùng kỳ.
                                                          (wd-an-giang-tap-doan-loc-troi-ket-qua-kinh-doanh-2023-q3)
    Sản lượng nước tiêu thụ đạt 102,01% so với kế hoạch và đạt 103,25% so với thực hiện năm 2022; …
                                                          (wd-tp-ho-chi-minh-cap-nuoc-cho-lon-san-xuat-kinh-doanh-2023)

The subject is the row of the amount said just before the rate in its clause (``10.440 tỷ đồng`` → ``10-LK``), or,
with no amount there, the row family whose whole stem (the label before ``:``) the clause names before the rate
(``Sản lượng nước tiêu thụ: tỷ lệ TH/KH``).  Only percent rows of that family count, and only when it keeps at least
one; a rate any of them gives (as kept, or an index read as its change: 111 ↔ 11) is left as it was — the family's
other rates are never said to be wrong by a value they do not hold.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.match import fold, value_supports
from service.checker.wording import fmt_row_value

#: The words of a clause that stop naming the subject: a clause break inside a sentence (``;``).
_CLAUSE_BREAK = re.compile(r"[;:\n]")


def _family(code: str) -> str:
    return code.split("-")[0]


def _stem(label: str) -> str:
    return unicodedata.normalize("NFC", label.split(":")[0]).strip()


class KeptComparison:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``_result``."""

    def _kept_comparison_pass(self) -> None:
        for i, (m, r) in enumerate(zip(self.mentions, self.results)):
            if r is None or r.verdict != "unverified" or m.kind != "percent" or m.value is None:
                continue
            family = self._kept_family(i)
            if not family:
                continue
            kept = [row for row in family if row.kind == "percent" and row.values.get("ky_bao_cao") is not None]
            if not kept or any(self._kept_gives(m, row.values["ky_bao_cao"]) for row in kept):
                continue
            said = ", ".join(f"{row.fig.ma} = {fmt_row_value(row, row.values['ky_bao_cao'])}" for row in kept[:4])
            one = kept[0] if len(kept) == 1 else None
            self.results[i] = self._result(m, "unsupported", row=one, column="ky_bao_cao" if one else None, reason=(
                f"Bảng số liệu giữ các tỷ lệ so sánh của «{_stem(kept[0].fig.chi_tieu)[:60]}» thành chỉ tiêu riêng "
                f"({said}); không chỉ tiêu nào cho ra «{m.raw.strip()}»"))

    @staticmethod
    def _kept_gives(m, v) -> bool:
        for x in (abs(v), abs(v - 100)):
            if value_supports(x, m.value, decimals=m.decimals, qualifier=m.qualifier, low=m.low, truncate=True):
                return True
        return False

    def _kept_family(self, i: int) -> list:
        """The rows of the subject of rate i (one code before the hyphen): the row of the amount just before it in
        its clause, else the family whose whole stem the clause names before the rate; [] when neither."""
        m, w = self.mentions[i], self.where[i]
        start = max(w.clause, w.sentence)
        said = self.text[start:m.qualifier_start or m.num_start]
        cut = list(_CLAUSE_BREAK.finditer(said))
        if cut:
            start, said = start + cut[-1].end(), said[cut[-1].end():]
        for k in range(i - 1, -1, -1):
            n = self.mentions[k]
            if n.start < start:
                break
            res, row = self.results[k], self.rows[k]
            if n.is_figure and n.kind in ("money", "count", "measure") and row is not None and res is not None \
                    and res.verdict in ("supported", "derived"):
                code = _family(row.fig.ma)
                return [x for x in self.idx.rows if _family(x.fig.ma) == code]
            if n.is_figure and n.kind != "percent":
                return []   # another figure between: not the subject's own place (a rate between is the subject's
                # other rate: "đạt 102,01% so với kế hoạch và đạt 103,25% so với thực hiện năm 2022")
        words = f" {fold(said)} "
        best, size = None, 0
        for x in self.idx.rows:
            if x.kind != "percent" or ":" not in x.fig.chi_tieu:
                continue
            stem = fold(_stem(x.fig.chi_tieu))
            if len(stem.split()) >= 2 and f" {stem} " in words and len(stem) > size:
                best, size = _family(x.fig.ma), len(stem)
        if best is None:
            return []
        return [x for x in self.idx.rows if _family(x.fig.ma) == best]
