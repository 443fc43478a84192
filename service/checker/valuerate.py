"""A value and the rate said right after it are one row's: where the rate (``đạt X% dự toán``, ``tăng X% so với cùng
kỳ``) is another row's of the same unit and not the value's row's, the value is that other row's place — a swap of the
value, flagged on the value. Mixed into the checker (``check._Checker``).

Reports give an amount with its plan's rate or its change, pair after pair:

    … Thu khu vực công thương nghiệp ngoài quốc doanh, năm 2018 dự toán giao 10.766 tỷ đồng (…), kết quả 6 tháng đầu
    năm 2018 đã thu hơn 5.626 tỷ đồng, đạt 52,2% dự toán cả năm …            (m-quangnam-thue-2018-h1)

    … doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải ước đạt 3.017 tỷ đồng, tăng 12,5% so với cùng kỳ …
                                                                             (p-namdinh-vantai-2022-h1)

Written ``đã thu hơn 8.356 tỷ đồng, đạt 52,2% dự toán`` (8.356 is the whole tax revenue's), the value passed as the
whole's and only the rate was flagged — though the rate is right and the value is the error: 52,2% is 5.626,3 of
10.766, the line's own row, and 8.356 of 15.490 is 53,9%. Grammar: ``<value> <unit>, đạt|bằng|tăng|giảm X% …`` — the
rate's subject is the value before it (the next number in its sentence, only ``,`` and the rate's verb between). The
value is flagged only when the rate (its plan's share: the row's value over its plan cell; its change: over its
last year's cell, or its own index or rate rows) is given by exactly one other row of the value's unit and not by the
value's own row, which must keep the base to be judged (a plan, a last year's value, an index); that other row's
value is not the one written. A change is judged only against last year (``ownindex.rate_base``): ``ước đạt 547 tỷ
đồng, tăng 4,3% so với tháng trước`` is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import Row, fold, within_rounding
from service.checker.ownindex import rate_base
from service.checker.wording import fmt_row_value

#: Between a value and its rate: a comma, the rate's verb (``đạt``, ``bằng``, ``tăng``, ``giảm``, ``vượt``).
_VERB_BETWEEN = re.compile(r"(?i)\s*,?\s*(?:và\s+)?(đạt|bằng|tăng|giảm)(?:\s+(?:hơn|gần|khoảng|trên|xấp\s+xỉ))?\s*$")
#: A plan's rate: its base named right after the percent.
#: A plan's words in a rate row's label (folded): ``…: tỷ lệ so với dự toán năm``, ``…: đạt % kế hoạch``.
_PLAN_FOLDED = re.compile(r"\b(?:du toan|ke hoach|kh|chi tieu)\b")
_PLAN_AFTER = re.compile(r"(?i)\s*%?\s*(?:so\s+(?:với\s+)?)?(?:dự\s+toán|kế\s+hoạch|KH\b|chỉ\s+tiêu)")


def gives_said_rate(rates: list[Decimal], m, signed: bool = True) -> bool:
    """One of ``rates`` (in %, a fall negative) gives the rate mention ``m`` as written: its size within the writing's
    rounding and, when ``signed``, its sign by the mention's verb (``tăng``/``giảm``)."""
    for x in rates:
        if signed and m.comparison in ("tăng", "giảm") and x != 0 and (x > 0) != (m.comparison == "tăng"):
            continue
        if within_rounding(abs(x), m.value, m.decimals, m.qualifier):
            return True
    return False


def _stem(row: Row) -> str:
    """A row's label without its period's bracket or a colon's qualifier: ``thu tu thue phi`` of ``Thu từ thuế phí (từ
    đầu năm)``, ``tong dien tich trong rung moi`` of ``…: thực hiện đến thời điểm báo cáo``."""
    label = fold(row.fig.chi_tieu).split(":")[0]
    return " ".join(re.sub(r"\([^()]*\)", " ", label).split())


def _one_family(a: Row, b: Row) -> bool:
    """One indicator's rows — a month and its running total, a line and its part of the period: their rates are kept
    under one label and said of either (zm Lâm Đồng «lũy kế thu 6.411 tỷ đồng, đạt 116% dự toán» beside the month's
    row)."""
    x, y = _stem(a), _stem(b)
    return bool(x) and bool(y) and (x.startswith(y) or y.startswith(x))


class ValueRate:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``year``, ``_anchored``,
    ``_change_row_of`` (``named.NamedRows``), ``_own_index_rows`` (``ownindex.OwnIndex``), ``_result``."""

    def _rates_of(self, row: Row, plan: bool) -> list[Decimal]:
        """What ``row`` gives as its plan's share (plan: its value over its plan cell, or its own rate row against the
        plan) or its change against last year (not plan: over its last year's cell, its index or rate rows), in %."""
        v = row.values.get("ky_bao_cao")
        if v is None:
            return []
        out = []
        if plan:
            k = row.values.get("ke_hoach")
            if k:
                out.append(Decimal(v) / Decimal(k) * 100)
            head = " ".join(re.sub(r"\([^()]*\)\s*$", " ", fold(row.fig.chi_tieu)).split()).rstrip(" :")
            # (a running total's rates are kept under its label: «Thu từ thuế phí (từ đầu năm)», «…: so dự toán»)
            out += [Decimal(c.values["ky_bao_cao"]) for c in self.idx.rows   # «…: tỷ lệ so với dự toán năm» = 56,7
                    if c is not row and "ky_bao_cao" in c.values and (c.kind == "percent" or c.unit.startswith("%"))
                    and fold(c.fig.chi_tieu).startswith(head + ":")
                    and _PLAN_FOLDED.search(fold(c.fig.chi_tieu)[len(head):])]
            return out
        c = row.values.get("cung_ky")
        if c:
            out.append((Decimal(v) - Decimal(c)) / Decimal(c) * 100)
        out += [Decimal(r.values["ky_bao_cao"]) - 100 for r in self._own_index_rows(row)]
        out += [Decimal(r.values["ky_bao_cao"]) for r in self._change_row_of(row)]
        return out

    def _gives(self, row: Row, j: int, plan: bool) -> bool | None:
        """``row``'s rates give mention j as written (sign by its verb); None when the row keeps no base for it."""
        m = self.mentions[j]
        rates = self._rates_of(row, plan)
        if not rates:
            return None
        return gives_said_rate(rates, m, signed=not plan)

    def _value_rate_pass(self) -> None:
        ms = self.mentions
        for i, m in enumerate(ms[:-1]):
            r, own = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or own is None or r.derivation or i in self._anchored \
                    or m.kind not in ("count", "money", "measure") or m.partner is not None or m.value is None:
                continue
            j = i + 1
            mj = ms[j]
            if mj.kind != "percent" or mj.value is None or mj.partner is not None or mj.low is not None \
                    or self.where[j].sentence != self.where[i].sentence:
                continue
            verb = _VERB_BETWEEN.fullmatch(self.text, m.end, mj.num_start)
            if verb is None:
                continue
            plan = bool(_PLAN_AFTER.match(self.text, mj.end))
            if not plan and (verb.group(1).lower() not in ("tăng", "giảm") or mj.comparison not in ("tăng", "giảm")
                             or rate_base(self.text, self.where[j].sentence, mj.qualifier_start or mj.num_start, mj.end,
                                          self.year) != "year-ago"):
                continue   # (a change against the month before, the plan, the start of the year: another base)
            if self._gives(own, j, plan):
                continue   # the value's own row gives the rate
            others = [c for c in self.idx.rows if c is not own and c.kind == own.kind and c.unit == own.unit
                      and not _one_family(c, own) and self._gives(c, j, plan)]
            if len(others) != 1:
                continue
            other = others[0]
            if within_rounding(Decimal(other.values["ky_bao_cao"]), Decimal(str(m.value)), m.decimals, m.qualifier):
                continue
            what = "tỷ lệ so với kế hoạch" if plan else "tốc độ tăng/giảm"
            self.results[i] = self._result(
                m, "unsupported", row=other, column="ky_bao_cao",
                expected=fmt_row_value(other, other.values["ky_bao_cao"]),
                reason=f"Số này và {what} đi ngay sau nó («{mj.raw.strip()}») là của một chỉ tiêu: tỷ lệ đó là của "
                       f"{other.fig.ma} ({other.fig.chi_tieu[:60]} = {fmt_row_value(other, other.values['ky_bao_cao'])}),"
                       f" không phải của {own.fig.ma} ({own.fig.chi_tieu[:60]})")
            self.rows[i] = other
