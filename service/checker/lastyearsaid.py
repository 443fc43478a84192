"""A number its own words date to last year is last year's: its row's year-ago cell, or a figure the table does not keep.
Mixed into the checker (``check._Checker``).

    6 ngày Tết năm ngoái cả nước có hơn 3.400 ca nhập viện do đánh nhau, 10 người tử vong.
                                                    (wa-toan-quoc-bo-y-te-kham-cap-cuu-tet-2017-01; A2, A4 keep 3.400, 10
                                                     as «6 ngày Tết Bính Thân 2016»)
    Doanh nghiệp này đã lãi gần 8 tỷ đồng, trong khi cùng kỳ lỗ 40 tỷ đồng, thực hiện hơn nửa kế hoạch năm.
                                                    (wb-toan-quoc-vicem-doanh-nghiep-xi-mang-2025-q2; no year-ago column)

Grammar: a time phrase of last year — ``năm ngoái``, ``năm trước``, ``cùng kỳ`` (``năm trước``, ``năm 2016``) — standing
as the clause's own time (not governed by a comparison: ``so với cùng kỳ``, ``bằng 110% cùng kỳ``, ``hơn năm
ngoái``) dates the numbers after it, in its clause, and in the clauses after it in its sentence that name no time of
their own (``…, 10 người tử vong``). Such a number equal to a year-ago cell of a row its phrase names (a word of the
row's label) is that cell, no stale figure — two of last year's numbers swapped stay flagged, each phrase naming
another row; where the table keeps no value of another period at all (no year-ago or
previous cell, no earlier span's column), it is unverified (last year's figure, not the period's),
told so. A table keeping year-ago cells still flags a last-year number none of them gives (a changed digit is caught).
Only numbers the other passes left unsupported or stale.
"""

from __future__ import annotations

import re

from service.checker.lastyearwords import LAST_YEAR_WORDS
from service.checker.match import fold, within_rounding
from service.checker.recognisers import sentence_start

#: Last year as a clause's time: ``năm ngoái``, ``năm trước``, ``cùng kỳ`` (``năm trước``/``năm ngoái``/``năm 2016``).
_LAST_YEAR = re.compile(rf"(?i)(?<!\w)(?:{LAST_YEAR_WORDS}|cùng\s+k[ỳì](?:\s+(?:{LAST_YEAR_WORDS}|năm\s+(?:19|20)\d\d))?)"
                        r"(?!\w)")
#: Words that make the phrase a comparison's base, not the clause's time: ``so (với) cùng kỳ``, ``bằng cùng kỳ``,
#: ``hơn năm ngoái``, ``110% cùng kỳ``, ``của năm trước`` (a possessive: ``kế hoạch của năm trước``).
_GOVERNED = re.compile(r"(?i)(?:(?<!\w)(?:so(?:\s+với)?|với|bằng|hơn|như|của|từ|đến|tới|kém|vượt|cao|thấp)|[%\d])\s*$")
#: A time of the clause's own after it: this year, this period, a named year, month or quarter.
_OWN_TIME = re.compile(r"(?i)(?<!\w)(?:năm\s+nay|kỳ\s+này|hiện\s+nay|(?:năm|tháng|quý)\s+(?:\d|[IVX]+\b)|"
                       r"\d+\s+tháng|lũy\s+kế|luỹ\s+kế)")
#: Where a clause of a sentence ends: a comma, a semicolon, a colon, a bracket.
_PHRASE_END = re.compile(r"[,;:()]|\.(?!\d)|\n")


def last_year_said(text: str, start: int) -> bool:
    """The number at ``start`` is dated to last year by its own clause, or by an earlier clause of its sentence that
    its clause does not re-date (see the module)."""
    s = sentence_start(text, start, 400)
    if s is None:
        return False
    said = [x for x in _LAST_YEAR.finditer(text, s, start) if not _GOVERNED.search(text[max(s, x.start() - 14):x.start()])]
    if not said:
        return False
    return not _OWN_TIME.search(text, said[-1].end(), start)


def _phrase(text: str, m) -> str:
    """The number's noun and the words after it to its clause's end, folded."""
    stop = _PHRASE_END.search(text, m.num_end)
    end = min(stop.start() if stop else len(text), m.num_end + 80)
    return fold(f"{m.noun} {text[m.num_end:end]}")


class LastYearSaid:
    """The pass (``_last_year_said_pass``), run late: on numbers still unsupported or stale."""

    def _last_year_said_pass(self) -> None:
        # the table keeps values of other periods (a year-ago or previous cell, a column of an earlier span kept as
        # rows of its own: «Tết Ất Mùi 2015» as I.1-2015-02): a last-year number none of them gives stays flagged
        kept = any(r.values.get("cung_ky") is not None or r.values.get("ky_truoc") is not None
                   or (r.fig.column or "").startswith("part:") for r in self.idx.rows)
        for i, r in enumerate(self.results):
            m = self.mentions[i]
            if r is None or r.verdict not in ("unsupported", "stale") or m.value is None \
                    or m.kind not in ("count", "money", "measure") or m.comparison is not None:
                continue
            if not last_year_said(self.text, m.qualifier_start or m.num_start):
                continue
            words = set(_phrase(self.text, m).split())
            row = next((x for x in self.idx.rows if x.values.get("cung_ky") is not None
                        and within_rounding(x.values["cung_ky"], m.value, m.decimals, m.qualifier)
                        and words & {w for w in fold(x.fig.chi_tieu).split() if len(w) > 2}), None)
            if row is not None:
                self.rows[i] = row
                self.results[i] = self._result(m, "supported", row=row, column="cung_ky", derivation=(
                    f"số liệu cùng kỳ năm trước của {row.fig.ma}; câu nói về năm trước"))
            elif not kept and r.verdict == "unsupported":
                self.results[i] = self._result(m, "unverified", reason=(
                    f"Chưa kiểm được: «{m.raw.strip()}» là số liệu của năm trước (câu nói về cùng kỳ năm trước) mà "
                    f"bảng số liệu không giữ; không phải số liệu của kỳ báo cáo"))
