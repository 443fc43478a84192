"""A passage written twice with a different number in one place, mixed into the checker (``check._Checker``).

Web pages say their lead again in the body (the sapo, then the article), and reports repeat a paragraph of the
summary in their sections:

    Năm 2019, số lượng giải thưởng … tổng số 71 giải, gồm 41 giải thưởng cấp tỉnh, 4 giải thưởng cấp khu vực, 26 giải
    thưởng cấp toàn quốc.               … (the same sentence again, further down)  (zn-hai-duong-hoi-van-hoc-nghe-thuat)

Where the two copies agree word for word around a number (digits aside) but give it two values, each a row's, one
copy is wrong: the one whose row the words fit less (``4 giải thưởng cấp toàn quốc`` is the region's value in the
nation's place; the other copy's ``26`` is the nation's row).  The words must be the same for ``ECHO_BEFORE`` words
before the number (within its sentence) and to its sentence's end, so two items of a list (``Đài Loan: 5.136 lao
động``, ``Nhật Bản: 1.926 lao động``), two units' parallel sentences (``tiếp nhận … hồ sơ, đã giải quyết … hồ sơ`` of
the province, then of its districts) or two indicators under one formula (``đạt 95% kế hoạch``) are no echo.  A month
and the year to date said in the same words (``khách nội địa ước đạt …``) are none either: they are one indicator, and
the words of time choose between them (``attribution._running_pass``).  The copy the words fit clearly better
decides (``ECHO_MARGIN``), else neither is said wrong.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.recognisers.running import same_indicator
from service.checker.recognisers.spans import one_indicator
from service.checker.wording import fmt_like, fmt_row_value

#: words before a number (within its sentence) that the two copies must share, digits read as one placeholder ...
ECHO_BEFORE = 12
#: ... at least this many of them (a sentence's start may come first), and the words after it to its sentence's end
#: (at most ``ECHO_BEFORE``): a parallel sentence about another unit or group (``tiếp nhận … hồ sơ, đã giải quyết …
#: hồ sơ`` of the province, then of the districts) differs within that reach
ECHO_LEAST_BEFORE = 8
ECHO_LEAST = 14
_STOP = re.compile(r"[.!?](?=\s|$)|\n")
#: how much better the words must fit the other copy's row
ECHO_MARGIN = 0.1
#: two copies agree back to the shorter one's sentence start, up to this many words: two indicators under one
#: long formula in one paragraph share twelve words (``… tỷ đô la Mỹ, tăng 14,19% so với cùng kỳ và đạt 69,52% kế
#: hoạch năm``, then the same of ``kim ngạch nhập khẩu`` with 83,75%, yr-binh-duong-bql-cac-kcn), a passage said
#: twice shares its subject too (``Năm 2019, số lượng giải thưởng … tổng số 71 giải, gồm 41 …, 4 …`` and ``Số lượng
#: giải thưởng … tổng số 71 giải, gồm 41 …, 4 …``: the sapo's ``Năm 2019,`` before the shorter copy's start)
ECHO_REACH = 24
_WORD = re.compile(r"\d[\d.,]*|[^\W\d_]+")
_KINDS = ("count", "money", "measure", "percent")


def _words(s: str) -> list[str]:
    return ["#" if w[0].isdigit() else w for w in _WORD.findall(unicodedata.normalize("NFC", s).lower())]


class Echoes:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``_about``, ``_result``, ``_anchored`` (``check._Checker``)."""

    def _echo_key(self, i: int) -> tuple | None:
        """The words around mention i within its sentence (``ECHO_BEFORE`` before, to its end after), digits as
        ``#``; None when too few to tell a passage said twice from two alike."""
        m = self.mentions[i]
        tail = self.text[m.end:m.end + 12 * ECHO_BEFORE]
        tail = tail[:next((e.start() for e in _STOP.finditer(tail)), len(tail))]
        before, after = self._echo_head(i, ECHO_BEFORE), _words(tail)[:ECHO_BEFORE]
        if len(before) < ECHO_LEAST_BEFORE or len(before) + len(after) < ECHO_LEAST:
            return None
        return tuple(before), m.kind, m.unit, tuple(after)

    def _echo_head(self, i: int, most: int) -> list[str]:
        """The words before mention i back to its sentence's start, at most ``most``, digits as ``#``."""
        m = self.mentions[i]
        head = self.text[max(0, m.num_start - 12 * most):m.num_start]
        head = head[max((e.end() for e in _STOP.finditer(head)), default=0):]
        return _words(head)[-most:]

    def _one_passage(self, a: int, b: int) -> bool:
        """The two copies agree back to the shorter one's sentence start (``ECHO_REACH`` words at most)."""
        ha, hb = self._echo_head(a, ECHO_REACH), self._echo_head(b, ECHO_REACH)
        n = min(len(ha), len(hb))
        return ha[len(ha) - n:] == hb[len(hb) - n:]

    def _echo_pass(self) -> None:
        seen: dict[tuple, list[int]] = {}
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or row is None or r.derivation or m.kind not in _KINDS \
                    or m.partner is not None or i in self._anchored or (r.source or {}).get("column") != "ky_bao_cao":
                continue
            key = self._echo_key(i)
            if key is not None:
                seen.setdefault(key, []).append(i)
        for copies in seen.values():
            values = {self.mentions[i].value for i in copies}
            if len(values) != 2:
                continue
            a, b = (next(i for i in copies if self.mentions[i].value == v) for v in values)
            ra, rb = self.rows[a], self.rows[b]
            if ra is rb or same_indicator(ra.fig.ma, rb.fig.ma) or one_indicator(ra.fig.ma, rb.fig.ma):
                continue   # a month and its year to date said in the same words: the words of time choose
            if not self._one_passage(a, b):
                continue   # one formula said of two indicators, their names further back
            about = self._about(a)
            fa, fb = about(self.rows[a]), about(self.rows[b])
            if abs(fa - fb) < ECHO_MARGIN:
                continue
            wrong, right = (a, b) if fa < fb else (b, a)
            for k in copies:
                if self.mentions[k].value == self.mentions[wrong].value:
                    self._echo_wrong(k, right)

    def _echo_wrong(self, k: int, right: int) -> None:
        m, row, mine = self.mentions[k], self.rows[right], self.rows[k]
        v = row.values["ky_bao_cao"]
        self.results[k] = self._result(m, "unsupported", row=row, column="ky_bao_cao", reason=(
            f"Đoạn này được nhắc lại trong văn bản với số khác: ở chỗ kia là {fmt_row_value(row, v)} "
            f"({row.fig.ma}: {row.fig.chi_tieu[:70]}); «{m.raw.strip()}» là số liệu của {mine.fig.ma}"),
            expected=fmt_like(m, v))
        self.rows[k] = row
