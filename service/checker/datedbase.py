"""A rate whose base is said in words (``so với đầu năm``, ``so với cách đây một năm``) is the index of the row whose
label dates that base, less 100. Mixed into the checker (``check._Checker``).

    Như vậy, nếu so với đầu năm, chỉ số CPI có mức tăng 1,26% và so với cách đây một năm có mức tăng 3,17%.
                        (xz-tp-ho-chi-minh-cuc-thong-ke-chi-so-gia-tieu-dung-2013-08; rows «…: tháng 8/2013 so với
                         tháng 12/2012» = 101,26 and «…: tháng 8/2013 so với tháng 8/2012» = 103,17)

A price index sheet keeps one column per base, each dated (``so với tháng 12/2012``); the text names the base by
what it is to the report: ``đầu năm``, ``tháng 12 năm trước``, ``cuối năm trước`` (December of the year before),
``cách đây một năm``, ``cùng kỳ``, ``cùng tháng năm trước`` (the report's last month a year before), ``tháng trước``
(the month before). The base is said right after the rate (``tăng 1,26% so với đầu năm``) or opens its part of the
sentence before it (``so với đầu năm, chỉ số CPI có mức tăng 1,26%``: no other number between). A rate left
unsupported or unverified whose said base dates a row's base, and whose value and direction that row's index less
100 gives, is derived from it; any other value stays flagged (a rate of another base written there is caught).
"""

from __future__ import annotations

import re

from service.checker.match import fold, within_rounding
from service.checker.recognisers import sentence_start
from service.numbers import format_vn

#: A base said by what it is to the report: December of the year before, the same month a year before, the month before.
_BASE = (r"(?:so\s+(?:với\s+)?)(?:(?P<dec>đầu\s+năm(?!\s+học)|tháng\s+12\s+năm\s+trước|cuối\s+năm\s+(?:trước|ngoái))|"
         r"(?P<ago>cách\s+đây\s+(?:một|1)\s+năm|cùng\s+k[ỳì](?:\s+năm\s+(?:trước|ngoái))?|cùng\s+tháng\s+năm\s+"
         r"(?:trước|ngoái))|(?P<before>tháng\s+trước))(?!\w)")
_AFTER = re.compile(r"(?i)\s*%?\s*\)?\s*,?\s*" + _BASE)
_BEFORE = re.compile(r"(?i)(?<!\w)" + _BASE)
#: A rate row's dated base in its folded label: ``so voi thang 12/2012``, ``so thang 8 nam 2012``.
_ROW_BASE = re.compile(r"\bso (?:voi )?(?:thang )?(\d{1,2})\s*(?:/|-|nam )\s*((?:19|20)\d\d)\b")
_END_MONTH = {"month": lambda i: i, "ytd": lambda i: i, "quarter": lambda i: 3 * i, "half": lambda i: 6 * i,
              "year": lambda i: 12}


def said_base(text: str, start: int, end: int) -> str | None:
    """``dec``, ``ago`` or ``before``: the base the words name for the rate at ``start``–``end`` (see the module)."""
    m = _AFTER.match(text, end)
    if m is None:
        s = sentence_start(text, start, 300)
        if s is None:
            return None
        said = list(_BEFORE.finditer(text, s, start))
        if not said or re.search(r"\d", text[said[-1].end():start]):
            return None
        m = said[-1]
    return next(k for k in ("dec", "ago", "before") if m.group(k))


def base_date(kind: str, report) -> tuple[int, int] | None:
    """(year, month) of the base ``kind`` names, for a report of ``report``'s period."""
    month = _END_MONTH.get(report.kind, lambda i: None)(report.index)
    if month is None:
        return None
    if kind == "dec":
        return report.year - 1, 12
    if kind == "ago":
        return report.year - 1, month
    return (report.year, month - 1) if month > 1 else (report.year - 1, 12)


class DatedBase:
    """The pass (``_dated_base_pass``): rates still unsupported or unverified whose said base dates a kept row's."""

    def _dated_base_pass(self) -> None:
        if self.report is None:
            return
        dated = []
        for row in self.idx.rows:
            b = _ROW_BASE.search(fold(row.fig.chi_tieu or ""))
            v = row.values.get("ky_bao_cao")
            if b and v is not None and row.unit == "%" and 50 < v < 200:
                dated.append(((int(b.group(2)), int(b.group(1))), row, v - 100))
        if not dated:
            return
        for i, r in enumerate(self.results):
            m = self.mentions[i]
            if r is None or r.verdict not in ("unsupported", "unverified") or m.kind != "percent" or m.value is None \
                    or m.comparison not in ("tăng", "giảm"):
                continue
            kind = said_base(self.text, m.qualifier_start or m.num_start, m.num_end)
            when = base_date(kind, self.report) if kind else None
            own = [(row, x) for d, row, x in dated if d == when]
            if not own:
                continue
            named = _subject_named(self.text, m.num_start, own)
            fits = [(row, x) for row, x in (named or own) if (x > 0) == (m.comparison == "tăng") and x != 0
                    and within_rounding(abs(x), m.value, m.decimals, m.qualifier)]
            if len(fits) == 1:
                row, x = fits[0]
                self.rows[i] = row
                self.results[i] = self._result(m, "derived", row=row, column="ky_bao_cao", derivation=(
                    f"{row.fig.ma}: {format_vn(row.values['ky_bao_cao'])}% − 100% = {format_vn(abs(x), 2)}% "
                    f"(so với tháng {when[1]}/{when[0]})"))
            elif not fits and len(named) == 1:
                row, x = named[0]
                self.results[i] = self._result(m, "unsupported", reason=(
                    f"Tốc độ này so với tháng {when[1]}/{when[0]}: bảng số liệu giữ {row.fig.ma} ({row.fig.chi_tieu[:70]}) "
                    f"= {format_vn(row.values['ky_bao_cao'])}%, tức {'tăng' if x > 0 else 'giảm'} "
                    f"{format_vn(abs(x), 2)}%; không cho ra «{m.comparison} {m.raw.strip()}»"))


def _subject_named(text: str, pos: int, rows: list) -> list:
    """The rows (of one dated base) whose subject — the label before its colon — the number's clause names best, with
    two words or more (``doanh thu lưu trú tăng 2,3%`` names «Doanh thu lưu trú», not «Doanh thu hoạt động ăn
    uống»); none when no row's subject is named so."""
    s = sentence_start(text, pos, 300) or max(0, pos - 300)
    start = max([0] + [c.end() for c in re.finditer(r"[,;:]", text[s:pos])])
    words = set(fold(text[s + start:pos]).split())
    scored = []
    for row, x in rows:
        subject = fold((row.fig.chi_tieu or "").split(":")[0])
        scored.append((len(words & {w for w in subject.split() if len(w) > 2}), row, x))
    best = max((n for n, _, _ in scored), default=0)
    return [(row, x) for n, row, x in scored if n == best] if best >= 2 else []
