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


#: A base that is another stretch (folded): the month/quarter/period before, the year's start, a dated month or days.
_OTHER_STRETCH = re.compile(r"\b(?:(?:thang|quy|ky|tuan|nam)\s+truoc\s+do|(?:thang|quy|ky|tuan)\s+truoc|dau\s+nam|"
                            r"cach\s+day|ngay\s+dau\s+thang|thang\s+\d)")


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
            if m.low is not None or self._range_end(i) or self._other_base(i):
                continue   # a range's ends (``giảm từ 13% - 27%``); a base no column keeps (``so với tháng trước``)
            family, own = self._kept_family(i)
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
            if own is not None and own != _root(own, self.idx.by_code) and len(kept) < 2 \
                    and not any(row.fig.ma.startswith(own + "-") for row in kept):
                continue   # the cumulative's amount and the one rate the family keeps, the period's own: "Tính
                # chung bảy tháng … 203 nghìn tỷ đồng, … tăng 27,2% so cùng kỳ" beside the month's 151,8 (stop 42)
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

    def _other_base(self, i: int) -> bool:
        """The base rate i names is another stretch than the year before or the plan: the month or quarter before
        (``so với tháng trước``), the year's start, a dated month or days (``so với 15 ngày đầu tháng 8/2018``), the
        earlier of two years a sentence compares with (``… so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019``) — no
        kept column's."""
        m = self.mentions[i]
        rest = re.split(r"[;:\n]|\.(?:\s|$)", self.text[m.end:m.end + 160])[0]   # to the sentence's end
        so = re.search(r"(?<!\w)so(?:\s+với)?(?!\w)", rest, re.I)   # the first base after it: rates listed share
        if so is None:                                              # the one written after the last
            return False
        after = fold(re.split(r",|(?<!\w)(?:và|nhưng|còn)(?!\w)", rest[so.start():])[0])
        if _OTHER_STRETCH.search(after):
            return True
        years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", after)}
        if not years:
            return False
        w = self.where[i]
        end = self.text.find(".", m.end)
        sentence = fold(self.text[w.sentence:end if end > 0 else len(self.text)])
        compared = {int(y) for y in re.findall(r"cung\s+k[yi](?:\s+nam)?\s+((?:19|20)\d\d)(?!\d)", sentence)}
        # two years compared with in one sentence (``giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019``):
        # the earlier one is no year-ago column's
        return len(compared) > 1 and any(y < max(compared) for y in years)

    def _range_end(self, i: int) -> bool:
        """Rate i is an end of a range of rates (``tăng từ 22% đến 28%``, ``giảm từ 13% - 27%``)."""
        def joined(a, b) -> bool:
            return bool(re.fullmatch(r"\s*(?:-|–|—|đến|tới)\s*", self.text[a.end:b.start]))
        ms = self.mentions
        return (i > 0 and ms[i - 1].kind == "percent" and joined(ms[i - 1], ms[i])) or \
            (i + 1 < len(ms) and ms[i + 1].kind == "percent" and joined(ms[i], ms[i + 1]))

    def _against_plan(self, i: int) -> bool:
        """The base rate i names right after it, up to the next number or clause break, is the plan."""
        m = self.mentions[i]
        nxt = self.mentions[i + 1].start if i + 1 < len(self.mentions) else len(self.text)
        after = _CLAUSE_BREAK.split(self.text[m.end:min(nxt, m.end + 80)])[0]
        return bool(_PLAN.search(fold(after)))

    def _kept_family(self, i: int) -> tuple[list, str | None]:
        """The rows of the subject of rate i (one code before the hyphen): the row of the amount just before it in
        its clause (and that row's code), else the family whose whole stem the clause names before the rate (no
        code); [] when neither."""
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
                return self._members(_root(row.fig.ma, self.idx.by_code)), row.fig.ma
            if n.is_figure and n.kind != "percent":
                return [], None   # another figure between: not the subject's own place (a rate between is the subject's
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
            return [], None   # no stem named, or one stem of several units' rows (the unit named decides elsewhere)
        return self._members(best.pop()), None

    def _members(self, root: str) -> list:
        return [x for x in self.idx.rows if x.fig.ma == root or x.fig.ma.startswith(root + "-")]
