"""A number its clause ties to an earlier period (``recognisers.earliertied``): held to the table's cell of that period
where a row the words are about keeps one, else unverified (checker round 86).

    Tính đến ngày 31/12/2012, dư nợ tín dụng tam nông đạt 561.533 tỷ đồng.
        (yo-toan-quoc-ngan-hang-nha-nuoc-tin-dung-tam-nong-2013-4t: the row keeps 561.533 in its column «Đến 31/12/2012»,
         read as ``ky_truoc`` — supported by that cell; a wrong «561.633» stays flagged against it)
    Tai nạn do đánh nhau giảm 29 trường hợp (năm trước 88 vụ).
        (ya-binh-thuan-…-2018-02: the table keeps last year's column for other rows, none the words are about —
         unverified, not flagged)

The earlier columns are last year's (``cung_ky``) and the previous edition's (``ky_truoc``). Only a number no row
supports and the checker has not tied to a row of this period is asked (``n.source`` empty): this period's value beside
it is read as before, so a planted error there stays caught.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.clauses import clause_before
from service.checker.keptperiod import FIT, kept_earlier
from service.checker.match import Row, TableIndex
from service.checker.recognisers.earliertied import tied_earlier
from service.checker.wording import fmt_row_value

_EARLIER_COLUMNS = ("cung_ky", "ky_truoc")


def _rows_about(idx: TableIndex, text: str, n) -> list[tuple[Row, str]]:
    """Rows the words of the number's clause are about that keep an earlier column, with that column."""
    clause = idx.context(clause_before(text, n.start) + " " + text[n.end:n.end + 40])
    out = []
    for r in idx.rows:
        if (r.kind == "percent") != (n.kind == "percent"):
            continue
        for col in _EARLIER_COLUMNS:
            if r.values.get(col) is not None and idx.fit(clause, r) >= FIT:
                out.append((r, col))
    return out


_NUMERAL = re.compile(r"\d+(?:\.\d{3})*(?:,(\d+))?")


def _same(n, v: Decimal) -> bool:
    """``v`` is the number as written, to the last digit it writes (``561.533 tỷ`` is not 561.633 tỷ)."""
    w = Decimal(str(n.value))
    m = _NUMERAL.search(n.text)
    numeral = Decimal(m.group(0).replace(".", "").replace(",", ".")) if m else Decimal(0)
    if not numeral:
        return w == v
    step = abs(w / numeral) * Decimal(10) ** -len(m.group(1) or "")
    return abs(w - v) <= step / 2


def settle_earlier(idx: TableIndex, text: str, n, report) -> bool:
    """Settle the unsupported number ``n`` when its clause ties it to an earlier period: supported by an earlier cell
    holding it, flagged against the one the words are about, unverified when none is kept. True when settled."""
    if n.verdict != "unsupported" or n.source is not None or n.value is None or report is None:
        return False
    tied = tied_earlier(text, n.start, report, n.end)
    if tied is None or kept_earlier(idx, text, n.start, n.end, n.kind, None, report.year - 1) is not None:
        return False   # (a row labelled with the year the words give, «Tỷ lệ hộ nghèo (năm 2010)»: check's own pass)
    about = _rows_about(idx, text, n)
    held = [(r, c) for r, c in about if _same(n, r.values[c])]
    if held:
        r, c = held[0]
        n.verdict, n.reason, n.expected = "supported", None, None
        n.source = {"ma": r.fig.ma, "column": c}
        n.derivation = f"số liệu của {tied}, câu nêu rõ kỳ; bảng ghi ở cột kỳ trước/cùng kỳ"
        return True
    if about:
        r, c = about[0]
        n.source, n.expected = {"ma": r.fig.ma, "column": c}, fmt_row_value(r, r.values[c])
        n.reason = (f"«{n.text.strip()}» là số liệu của {tied}; {r.fig.ma} ({r.fig.chi_tieu[:70]}) ghi "
                    f"{fmt_row_value(r, r.values[c])} cho kỳ đó")
        return True
    # set aside as the bracketed bases of check's own pass are («(năm 2015 đạt 76,2%; năm 2014 đạt 76,6%)»: one verdict)
    n.verdict, n.kind, n.expected, n.reason = "not_a_figure", "other-period", None, None
    n.derivation = (f"số liệu của {tied}, trước kỳ báo cáo; bảng số liệu không giữ số của kỳ đó cho chỉ tiêu này: "
                    f"không phải số liệu của kỳ")
    return True
