"""A list of rates, each naming its count by ``số <noun>`` after it, takes for each rate the count its noun names.
Mixed into the checker (``check._Checker``).

Reports give the counts of one event first and then their rates of change in one list under one verb, each rate
followed by ``số`` and the count's noun:

    … xảy ra 8.154 vụ tai nạn, làm chết 4.166 người, bị thương 5.645 người (giảm 23,64% số vụ, 16,4% số người chết,
    28,38% số ngươi bị thương so với cùng kỳ năm 2020)        (yg-toan-quoc-bo-cong-an-an-ninh-trat-tu-2021-9t)

    … cả nước xảy ra hơn 1.900 vụ cháy, làm 144 người chết, tăng 11% số vụ và gần 30% số người tử vong so với cùng kỳ.
                                                                               (d7-cuongthinh-chay-2022-2023)

Written ``giảm 23,64% số vụ, 28,38% số người chết``, the second rate passed as any row's rate holding 28,38 — the
injured's. Grammar: ``số <noun>`` after a rate names the count it measures, and that count is one said just before in
the sentence: its unit is the noun's head (``vụ``, ``người``), and where two counts share the unit the rest of the
noun tells them apart by their labels (``người chết`` / ``người bị thương``; a synonym, ``người tử vong``, is taken
only when one count has the unit). The rate is that count's rate of change — its kept rate row (the row's label and
``tốc độ tăng … so với cùng kỳ``) or the change from its last year's cell — and a rate that is not it is flagged.
A rate whose base, said after the list, is another period than the same one last year (``so với tháng trước``) is
left alone: the kept rates are of the year before.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import Row, fold
from service.checker.wording import fmt_like

#: ``số <noun>`` right after a rate, the noun to the item's end: a comma, semicolon, bracket, ``và``, the base.
_COUNT_NOUN = re.compile(r"\s*(?:số\s+lượng|số)\s+(?!liệu)([^\W\d_][^,;:()\n\d]*?)"
                         r"(?=\s*(?:[,;:()\n]|\.(?!\d)|(?<!\w)và(?!\w)|(?<!\w)so\s+(?:với|cùng)(?!\w)|$))")
#: The base said after the list: ``so với cùng kỳ (năm 2020)``, ``so với năm trước`` are the kept rates' base.
_BASE_AFTER = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?(.{0,30})")
_SAME_PERIOD = re.compile(r"(?i)^(?:cùng\s+kỳ|năm\s+trước|cùng\s+thời\s+điểm|năm\s+\d{4})")
#: What ends the sentence the counts are looked for in.
_SENTENCE_END = re.compile(r"[;\n]|\.(?!\d)")
_COUNTS_REACH = 300
#: Between one rate's «số <noun>» and the next rate of its list: a comma or ``và``, a qualifier.
_LIST_GOES_ON = re.compile(r"(?i)^\s*(?:,\s*(?:và\s+)?|và\s+)(?:(?:gần|hơn|khoảng|trên|gần\s+như)\s+)?$")


def count_noun(text: str, end: int) -> str | None:
    """The noun of the count a rate ending at ``end`` names (``16,4% số người chết,`` → ``người chết``), or None."""
    m = _COUNT_NOUN.match(text, end)
    return m.group(1).strip() if m else None


def _close(written: Decimal, kept: Decimal, raw: str) -> bool:
    """The written rate is the kept one, rounded as written (``30`` for 29,7; ``28,38`` for 28,381)."""
    digits = raw.split("%")[0].strip()
    places = len(digits.split(",", 1)[1]) if "," in digits else 0
    return abs(abs(written) - abs(kept)) <= Decimal(5) / Decimal(10) ** (places + 1) + Decimal("0.0001")


class CountRate:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_result``,
    ``_change_row_of`` (``named.NamedRows``)."""

    def _count_rate_pass(self) -> None:
        listed = -1   # where the last rate of change with its «số <noun>» ended: the list goes on after it
        for i, m in enumerate(self.mentions):
            r = self.results[i]
            if m.kind != "percent" or m.value is None:
                continue
            noun = count_noun(self.text, m.end)
            # "giảm 23,64% số vụ, 16,4% số người chết": the later rates of the list are of the first one's verb
            change = m.comparison in ("tăng", "giảm") or (
                m.comparison is None and listed >= 0 and _LIST_GOES_ON.match(self.text[listed:m.qualifier_start
                                                                                        or m.num_start]) is not None)
            listed = _COUNT_NOUN.match(self.text, m.end).end() if noun is not None and change else -1
            if r is None or r.verdict not in ("supported", "derived", "unverified") or not change or noun is None \
                    or i in self._anchored or m.partner is not None or not self._base_is_last_year(m.end):
                continue
            named = self._count_named(i, noun)
            if named is None:
                continue
            kept, rate_row = self._kept_change(named)
            if kept is None or _close(m.value, kept, m.raw):
                continue
            self.results[i] = self._result(m, "unsupported", row=rate_row or named,
                                           column="ky_bao_cao" if rate_row else None, reason=(
                f"Tỷ lệ này đứng trước «số {noun[:40]}», tức là tốc độ tăng/giảm của {named.fig.ma} "
                f"({named.fig.chi_tieu[:60]}) = {_fmt_rate(kept)}, không phải «{m.raw.strip()}»"),
                expected=fmt_like(m, abs(kept)))
            if rate_row is not None:
                self.rows[i] = rate_row

    def _base_is_last_year(self, end: int) -> bool:
        """The base said after the list, to the sentence's end, is the same period last year, or none is said."""
        stop = _SENTENCE_END.search(self.text, end, min(len(self.text), end + 200))
        tail = self.text[end:stop.start() if stop else min(len(self.text), end + 200)]
        base = _BASE_AFTER.search(tail)
        return base is None or bool(_SAME_PERIOD.match(base.group(1)))

    def _count_named(self, i: int, noun: str) -> Row | None:
        """The one count said before mention i in its sentence whose unit is the noun's head and, if several share
        it, whose label the rest of the noun says."""
        m, w = self.mentions[i], self.where[i]
        head = fold(noun).split()
        counts: dict[int, Row] = {}
        for k in range(i - 1, -1, -1):
            mk, rk = self.mentions[k], self.rows[k]
            if self.where[k].sentence != w.sentence or m.num_start - mk.end > _COUNTS_REACH:
                break
            res = self.results[k]
            if rk is None or res is None or res.verdict != "supported" or mk.kind == "percent" \
                    or rk.kind == "percent" or not rk.unit:
                continue
            unit = fold(rk.unit).split()
            if head[:len(unit)] == unit:
                counts[id(rk)] = rk
        if len(counts) == 1:
            return next(iter(counts.values()))
        if len(counts) < 2:
            return None
        ctx = self.idx.context(noun)
        fits = sorted(((self.idx.fit(ctx, r), n, r) for n, r in enumerate(counts.values())), key=lambda t: -t[0])
        if fits[0][0] >= 0.75 and fits[0][0] - fits[1][0] >= 0.3:
            return fits[0][2]
        return None

    def _kept_change(self, row: Row) -> tuple[Decimal | None, Row | None]:
        """The rate of change the table keeps for ``row``: its one rate row, or the change from last year's cell."""
        own = self._change_row_of(row)
        if len(own) == 1:
            return own[0].values["ky_bao_cao"], own[0]
        if own:
            return None, None
        now, before = row.values.get("ky_bao_cao"), row.values.get("cung_ky")
        if now is None or not before:
            return None, None
        return (now - before) / before * 100, None


def _fmt_rate(v: Decimal) -> str:
    return f"{abs(v):.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"
