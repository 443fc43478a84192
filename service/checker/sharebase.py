"""A share said with ``chiếm`` is a part of a whole, never a change against a period: a percent under ``chiếm`` that
only a rate row against last year or the period before holds is another figure put in the share's place. Mixed into
the checker (``check._Checker``).

Statistics offices give a part's share of its whole and its index against last year side by side:

    … các địa phương phía Bắc thu hoạch được 762,3 nghìn ha, chiếm 72,5% và bằng 96,8%; các địa phương phía Nam thu
    hoạch được 228,4 nghìn ha, chiếm 42,7% và bằng 98,5%.               (d13 Cổng thông tin Con số & Sự kiện, 10/2020)

    … khu vực kinh tế FDI chiếm tỷ trọng 98,6% tổng giá trị xuất khẩu của tỉnh …

Written ``chiếm 97,2%`` (97,2 is the whole country's harvested area against last year, ``Diện tích lúa mùa đã thu
hoạch: so với cùng kỳ``), the percent passed as that index. Grammar: ``chiếm [tỷ trọng] X%`` says what a part takes of
its whole (``sharebound``'s cue); a row whose label names a base of comparison in time (``so với cùng kỳ``, ``so với
tháng trước``, ``liền kề``) holds a change, not a share. The percent is flagged when the row it was taken for is such a
row (and its label names no share: «Tỷ lệ cháy nhà dân, nhà liền kề …»), the words right after it name no base (``chiếm 85% so với cùng kỳ`` is a writer's own phrasing, left alone), and no
row of the table that names no such base holds the value (a share row giving it is its row). A plan's rate is left
out: ``chiếm 85% kế hoạch`` is written.
"""

from __future__ import annotations

import re

from service.checker.basechoice import kept_base_kind, said_base_kind
from service.checker.match import fold, within_rounding
from service.checker.sharebound import _SHARE_CUE
from service.checker.wording import fmt_row_value

#: the kinds of base a share can never be measured against
_IN_TIME = ("year-ago", "before")
#: a label that names a share itself (``Tỷ lệ cháy nhà dân, nhà liền kề trong tổng số vụ cháy``: «liền kề» there is
#: the houses', not a base)
_SHARE_LABEL = re.compile(r"\b(?:ty le|ty trong|co cau|chiem)\b")


def _a_change_in_time(label: str) -> bool:
    """A row whose label measures a change against a period (last year, the period before), and names no share."""
    return kept_base_kind(label) in _IN_TIME and not _SHARE_LABEL.search(fold(label))


class ShareBase:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_result``."""

    def _share_base_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, own = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or own is None or r.derivation or i in self._anchored \
                    or m.kind != "percent" or m.value is None or m.partner is not None or m.low is not None:
                continue
            start = m.qualifier_start or m.num_start
            if not _SHARE_CUE.search(self.text, max(0, start - 40), start):
                continue
            if not _a_change_in_time(own.fig.chi_tieu) or said_base_kind(self.text, m.end) is not None:
                continue
            if any(not _a_change_in_time(c.fig.chi_tieu) and "ky_bao_cao" in c.values
                   and within_rounding(c.values["ky_bao_cao"], m.value, m.decimals, m.qualifier)
                   for c in self.idx.rows if c is not own):
                continue   # a row that is no change in time holds it: the share's own
            self.results[i] = self._result(
                m, "unsupported", row=own, column="ky_bao_cao", reason=(
                    f"«chiếm …%» nói phần của một tổng thể (tỷ trọng); «{m.raw.strip()}» là tốc độ/chỉ số so sánh theo "
                    f"thời gian của {own.fig.ma} ({own.fig.chi_tieu[:90]}) = "
                    f"{fmt_row_value(own, own.values['ky_bao_cao'])}, không phải tỷ trọng"))
