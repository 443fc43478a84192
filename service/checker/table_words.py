"""Lone number words that count what the table counts: ``sáu bị can``, ``năm căn nhà``.

Extraction reads a lone digit word (``hai``, ``năm``) as a number only before a
noun it knows as counted; the table knows more nouns (its units and the nouns
its labels count: ``bị can``, ``giếng nước``, ``chuyên án``).  This adds those,
as ``notation="word"`` mentions checked like digits.  ``một`` is the article
far more often than the number (``một số``, ``một người dân cho biết``): it is
read as 1 only where a row of that noun holds 1 this period, or held 1 last
period and the clause's words name that row (then it is stale).
"""

from __future__ import annotations

import bisect
import itertools
import re

from service.checker.clauses import CLAUSE_END, LAST_CLAUSE_END
from service.checker.extract import _NUMBER_BEFORE, _SENTENCE_START, _YEAR_AFTER, Mention
from service.checker.extract import _YEAR_NOUN_BEFORE as _YEAR_BEFORE
from service.checker.labelnoun import rows_named_by
from service.checker.recognisers import yearnoun
from service.numwords import find_number_words

# wider than extract's: a table's labels also number by "loại", "lần", "số", "khóa"
_ORDINAL_BEFORE = re.compile(r"(?i)(?<!\w)(?:thứ|hạng|giải|loại|lần|số|khóa|khoá|tháng|ngày|mùng|mồng)\s+$")
_NOUN = re.compile(r"[ \t]+((?:[^\W\d_]+|đ/c)(?:[ \t]+[^\W\d_]+){0,3})")


def add_table_words(text: str, mentions: list[Mention], index) -> list[Mention]:
    """``mentions`` with the lone number words that count a noun of the table, in text order.

    Pair links (``partner``) are indices into the list: they are renumbered.
    """
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))  # the furthest end among spans starting so far
    extra = []
    for w in find_number_words(text):
        k = bisect.bisect_left(starts, w.end) - 1  # spans starting before the word ends
        if w.structured or (k >= 0 and reach[k] > w.start):
            continue
        before = text[max(0, w.start - 12):w.start]
        if _ORDINAL_BEFORE.search(before) or _NUMBER_BEFORE.search(before):
            continue
        if text[w.start].isupper() and not _SENTENCE_START.search(text[max(0, w.start - 3):w.start]):
            continue
        if w.words == ("năm",) and (_YEAR_BEFORE.search(before) or _YEAR_AFTER.match(text, w.end)
                                    or yearnoun.year_of_a_kind(text, w.end) or yearnoun.year_by_copula(text, w.start)):
            continue
        nm = _NOUN.match(text, w.end)
        if not nm:
            continue
        noun = " ".join(nm.group(1).lower().split())
        rows = [r for r in index.rows if r.kind == "count" and index.unit_fit(noun, r) == 1]
        unit = _table_unit(noun, rows) if rows else None
        if unit is None and w.words != ("một",) and (named := rows_named_by(noun, index.rows)):
            rows, unit = named, named[0].unit   # "tám nghệ sĩ được phong tặng": the label's own noun (labelnoun)
        if not rows or not unit:
            continue
        if w.words == ("một",) and not any(r.values.get("ky_bao_cao") == 1 for r in rows) \
                and not _last_period_one(text, w.start, rows, index):
            continue
        extra.append(Mention(w.start, w.end, w.start, w.end, text[w.start:w.end], w.value, "count", numeral=w.value,
                             unit=unit, noun=noun, notation="word"))
    if not extra:
        return mentions
    order = sorted(range(len(mentions) + len(extra)),
                   key=lambda k: (mentions + extra)[k].num_start)
    new_index = {old: new for new, old in enumerate(order)}
    merged = [(mentions + extra)[k] for k in order]
    for m in mentions:
        if m.partner is not None:
            m.partner = new_index[m.partner]
    return merged




def _last_period_one(text: str, at: int, rows, index) -> bool:
    """``Khởi tố một vụ`` where a row of that noun, which the clause's words name, held 1 last period: read as 1
    (and found stale) rather than taken for the article."""
    lo = max(0, at - 200)
    cut = LAST_CLAUSE_END.search(text, lo, at)
    end = CLAUSE_END.search(text, at, at + 200)
    clause = index.context(text[cut.start() + 1 if cut else lo:end.start() if end else at + 200])
    return any(r.values.get("cung_ky") == 1 and index.fit(clause, r) >= 0.5 for r in rows)


def _table_unit(noun: str, rows) -> str | None:
    """The unit or label noun of a row that ``noun`` starts with."""
    for r in rows:
        for u in (r.unit, *r.labels):
            if u and noun.startswith(u) and (len(noun) == len(u) or noun[len(u)] in " ,"):
                return u
    return None
