"""The base a rate names right after it chooses among its subject's kept rates: the plan's share, the change against
last year, the change against the period before. Mixed into the checker (``check._Checker``).

Reports give one subject's rates side by side, each with its base:

    … tổng sản lượng vận chuyển là 270 triệu lượt hành khách, đạt 88% kế hoạch và bằng 90% so với cùng kỳ.
                                                         (zm Tổng Công ty Vận tải Hà Nội; rows «So KH» 88, «so với cùng kỳ» 90)
    … tội phạm về trật tự xã hội giảm 36,5% so với thời gian liền kề và giảm 25% so với cùng kỳ …
                                                         (k Đồng Khởi; rows «… so với thời gian liền kề», «… so với cùng kỳ»)

Written ``đạt 90% kế hoạch`` (90 is the year-ago row's), the rate passed: a row holds 90. Grammar: the words right
after a rate (``kế hoạch``, ``so với cùng kỳ``, ``so với tháng trước``, ``so với thời gian liền kề``) name its base;
a sheet keeps each base's rate as a row whose label names it (``…: So KH``, ``…: tốc độ tăng tháng 7 so cùng kỳ
2016``). A rate matched to a row whose label names another base is that subject's row naming the said base — when
the rows of the same subject (its label before the base, the colon or the period's bracket) that name it — and is
flagged when none of them gives it (a month's and the year's estimate's plan shares, ``So KH`` and ``ước năm so
KH``, are both the plan's). No row naming the said base, or a row naming no base: left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import Row, fold, within_rounding
from service.checker.wording import fmt_row_value

#: The base said right after a rate: ``% kế hoạch``, ``% so với cùng kỳ``, ``%) so với tháng trước``, ``% KH năm``.
_SAID = re.compile(r"(?i)\s*%?\s*\)?\s*,?\s*(?:so\s+(?:với\s+)?)?(kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|"
                   r"cùng\s+kỳ|(?:tháng|quý|kỳ|tuần|năm)\s+trước|thời\s+gian\s+liền\s+kề|liền\s+kề)")
#: The same bases in a folded label.
_KEPT = (("plan", re.compile(r"\b(?:ke hoach|kh|du toan|chi tieu|muc tieu)\b")),
         ("year-ago", re.compile(r"\bcung ky\b")),
         ("before", re.compile(r"\b(?:thang truoc|quy truoc|ky truoc|tuan truoc|lien ke)\b")))
#: Where a rate row's label turns from its subject to its base: the colon, the period's bracket, ``so (với) <base>``,
#: ``tốc độ tăng``, ``tỷ lệ … so``.
_HEAD_END = re.compile(r"\s*(?::|\((?:tu dau|luy ke|thang|quy|\d+ thang|nam)[^()]*\)|\bso (?:voi )?(?:cung ky|ke hoach|"
                       r"kh|du toan|chi tieu|muc tieu|thang truoc|quy truoc|ky truoc|tuan truoc|thoi gian lien ke|"
                       r"lien ke)\b)")


def said_base_kind(text: str, end: int) -> str | None:
    """The kind of base (``plan``, ``year-ago``, ``before``) named right after the rate ending at ``end``."""
    m = _SAID.match(text, end)
    if m is None:
        return None
    w = fold(m.group(1))
    if w.startswith(("ke hoach", "kh", "du toan", "chi tieu", "muc tieu")):
        return "plan"
    if w.startswith("cung ky"):
        return "year-ago"
    if w == "nam truoc":
        return None   # (a year's rate against the year before, or last year's column: not told apart here)
    return "before"


def kept_base_kind(label: str) -> str | None:
    """The one kind of base a rate row's label names; None for none or several."""
    folded = fold(label)
    kinds = [k for k, rx in _KEPT if rx.search(folded)]
    return kinds[0] if len(kinds) == 1 else None


def _rate_head(label: str) -> str:
    """A rate row's subject: its folded label up to the colon, the period's bracket or the base."""
    folded = fold(label)
    m = _HEAD_END.search(folded)
    return " ".join((folded[:m.start()] if m else folded).split())


class BaseChoice:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_result``."""

    def _gives_said(self, row: Row, j: int) -> bool:
        """``row`` (a rate row, as a share or as an index, cùng kỳ = 100) gives mention j as written."""
        m = self.mentions[j]
        v = Decimal(row.values["ky_bao_cao"])
        if within_rounding(v, m.value, m.decimals, m.qualifier):
            return True
        return m.comparison in ("tăng", "giảm") and within_rounding(abs(v - 100), m.value, m.decimals, m.qualifier)

    def _base_choice_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, own = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or own is None or r.derivation or i in self._anchored \
                    or m.kind != "percent" or m.value is None or m.partner is not None or m.low is not None \
                    or (r.source or {}).get("column") != "ky_bao_cao":
                continue
            said = said_base_kind(self.text, m.end)
            kept = kept_base_kind(own.fig.chi_tieu)
            if said is None or kept is None or said == kept:
                continue
            head = _rate_head(own.fig.chi_tieu)
            if not head:
                continue
            others = [c for c in self.idx.rows if c is not own and "ky_bao_cao" in c.values
                      and (c.kind == "percent" or c.unit.startswith("%")) and _rate_head(c.fig.chi_tieu) == head
                      and kept_base_kind(c.fig.chi_tieu) == said]
            if not others or any(self._gives_said(c, i) for c in others):
                continue
            other = others[0]
            v = other.values["ky_bao_cao"]
            kept = "; ".join(f"{c.fig.ma} ({c.fig.chi_tieu[:90]}) = {fmt_row_value(c, c.values['ky_bao_cao'])}"
                             for c in others)
            self.results[i] = self._result(
                m, "unsupported", row=other, column="ky_bao_cao", expected=fmt_row_value(other, v),
                reason=f"Lời ngay sau tỷ lệ này nói gốc so sánh của nó: {kept}; «{m.raw.strip()}» là số liệu của "
                       f"{own.fig.ma} ({own.fig.chi_tieu[:90]}), một gốc so sánh khác")
            self.rows[i] = other
