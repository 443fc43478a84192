"""A fraction and the share said right after it are one figure twice: ``a/b <noun> (chiếm p%)`` — p is a over b.
Mixed into the checker (``check._Checker``).

    … cả nước có 5.775/8.227 xã (chiếm 70,2%) đạt chuẩn nông thôn mới …   (yi Bộ NN&PTNT, 2022)
    … cả nước có 5.360/8.233 xã (chiếm 65,1%) đạt chuẩn nông thôn mới …   (yj Văn phòng Điều phối NTM, 2021)

Written ``(chiếm 38,7%)`` — another row's share of the same sheet — the rate passed as that row's. The notation
states the share twice, as a fraction and as a percent; the written percent is a swap when it is not a over b and a
percent row of the table holds a over b (at the percent's written decimals): the row the fraction's share is. Only
that case: sources round and divide loosely (``324/590 trường, đạt tỷ lệ 55,4%``, m Quảng Bình), so a percent no row
backs otherwise is left as it was.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import within_rounding
from service.checker.wording import fmt_row_value

#: ``a/b``: the slash right after the part, the whole right after it.
_SLASH = re.compile(r"\s?/\s?")
#: From the whole to its share: the counted noun (no digit, no clause end), then an opening bracket or a comma and the
#: share's verb (``chiếm``, ``đạt``, ``bằng``, ``tỷ lệ``, ``đạt tỷ lệ``), or the bracket alone.
_TO_SHARE = re.compile(r"(?i)[^\d;.()\n%]{0,50}?(?:\(\s*|,\s*)(?:(?:chiếm|đạt|bằng|là)\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+)?"
                       r"(?:(?:là|đạt)\s+)?$")


class FractionShare:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_result``."""

    def _fraction_share_pass(self) -> None:
        ms = self.mentions
        for k in range(2, len(ms)):
            a, b, p = ms[k - 2], ms[k - 1], ms[k]
            r = self.results[k]
            if p.kind != "percent" or p.value is None or p.low is not None or r is None or r.verdict != "supported" \
                    or k in self._anchored or a.value is None or b.value is None or not b.value:
                continue
            if not _SLASH.fullmatch(self.text, a.end, b.num_start) or not _TO_SHARE.fullmatch(self.text, b.end,
                                                                                             p.qualifier_start or p.num_start):
                continue
            share = Decimal(str(a.value)) / Decimal(str(b.value)) * 100
            if within_rounding(share, Decimal(str(p.value)), p.decimals, p.qualifier):
                continue
            own = self.rows[k]
            holders = [c for c in self.idx.rows if c is not own and "ky_bao_cao" in c.values
                       and (c.kind == "percent" or c.unit.startswith("%"))
                       and within_rounding(share, Decimal(c.values["ky_bao_cao"]), p.decimals, None)]
            if len(holders) != 1:
                continue
            other = holders[0]
            v = other.values["ky_bao_cao"]
            self.results[k] = self._result(
                p, "unsupported", row=other, column="ky_bao_cao", expected=fmt_row_value(other, v),
                reason=f"Tỷ lệ này là của phân số đứng ngay trước nó ({a.raw.strip()}/{b.raw.strip()} = "
                       f"{fmt_row_value(other, v)}, đúng như {other.fig.ma} ({other.fig.chi_tieu[:80]})); "
                       f"«{p.raw.strip()}» không phải {a.raw.strip()}/{b.raw.strip()}")
            self.rows[k] = other
