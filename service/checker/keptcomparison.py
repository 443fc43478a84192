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
#: A base that is the plan (folded): ``so với kế hoạch``, ``% KH``, ``dự toán``, a label's ``TH/KH``; any other base
#: (``cùng kỳ``, ``thực hiện năm 2022``, ``TH 2023/TH 2022``) is another period's.
_PLAN = re.compile(r"\b(?:ke hoach|kh|du toan|chi tieu|nghi quyet)\b")


def _root(code: str, codes) -> str:
    """The code of the subject a sub-row belongs to: its shortest prefix (at a hyphen) that is a row's code (``10`` of
    ``10-LK``, ``R-4`` of ``R-4-LK-TL``), else the code less its last part when that still holds a digit (``1`` of
    ``1-2`` with no row ``1``), else the code itself (``R-5``)."""
    parts = code.split("-")
    for n in range(1, len(parts)):
        if "-".join(parts[:n]) in codes:
            return "-".join(parts[:n])
    head = "-".join(parts[:-1])
    return head if len(parts) > 1 and any(ch.isdigit() for ch in head) else code


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
            plan = self._against_plan(i)
            kept = [row for row in family if row.kind == "percent" and row.values.get("ky_bao_cao") is not None
                    and ":" in row.fig.chi_tieu and bool(_PLAN.search(fold(row.fig.chi_tieu.split(":", 1)[1]))) == plan
                    or (row.kind == "percent" and row.values.get("ky_bao_cao") is not None and not plan
                        and "-TL" in row.fig.ma)]
            # (only the rows against the base the rate names: a year-ago rate is never refuted by the rates of the
            # plan alone — the loader may have set the year-ago column aside, xz-binh-duong-cao-su-phuoc-hoa)
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

    def _against_plan(self, i: int) -> bool:
        """The base rate i names right after it, up to the next number or clause break, is the plan."""
        m = self.mentions[i]
        nxt = self.mentions[i + 1].start if i + 1 < len(self.mentions) else len(self.text)
        after = _CLAUSE_BREAK.split(self.text[m.end:min(nxt, m.end + 80)])[0]
        return bool(_PLAN.search(fold(after)))

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
                return self._members(_root(row.fig.ma, self.idx.by_code))
            if n.is_figure and n.kind != "percent":
                return []   # another figure between: not the subject's own place (a rate between is the subject's
                # other rate: "đạt 102,01% so với kế hoạch và đạt 103,25% so với thực hiện năm 2022")
        words = f" {fold(said)} "
        best, size = set(), (-1, 0)
        for x in self.idx.rows:
            if x.kind != "percent" or ":" not in x.fig.chi_tieu:
                continue
            stem = fold(_stem(x.fig.chi_tieu))
            at = words.rfind(f" {stem} ")
            if len(stem.split()) < 2 or at < 0:
                continue
            key = (at + len(stem), len(stem))   # the stem named nearest before the rate, then the longest
            if key >= size:
                root = _root(x.fig.ma, self.idx.by_code)
                best = ({root} | best) if key == size else {root}
                size = key
            # ("doanh thu hoạt động ăn uống tăng 1,8%, doanh thu lưu trú tăng 2,3%": the second rate's is lưu trú)
        if len(best) != 1:
            return []   # no stem named, or one stem of several units' rows (the unit named decides elsewhere)
        return self._members(best.pop())

    def _members(self, root: str) -> list:
        return [x for x in self.idx.rows if x.fig.ma == root or x.fig.ma.startswith(root + "-")]
