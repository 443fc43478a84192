"""A part said with its whole's value: the part's own words name a part row the table keeps with another value.

A whole is stated, then broken down (``trong đó``, ``(``, ``gồm``, ``bao gồm``), and a part of the breakdown is said
with the very value of the whole:

    … bắt giữ 210 đối tượng (210 đối tượng truy nã)            (h-csgt-2021-09: «Trong đó: đối tượng truy nã» = 1)
    … diện tích trồng là 912,21 ha. Trong đó diện tích trồng cây cao su là 912,21 ha  (zo Hương Trà: «Trong đó: cây
                                                                                         cao su» = 787,63)

The value is the whole's row's, so the value alone proves nothing; but the words the part is said with (``truy nã``,
``cây cao su``) are those a part row of that whole adds to the whole's label — the table's ``Trong đó: …`` row under
it, or a child code (``2.a`` under ``2``) — and that row holds another value: the part's value was replaced by the
whole's (a swap).  Grammar: a breakdown's part is a part; its words name which one.

Only when: the whole's value is said before it in the same sentence, tied to the same row, a breakdown opener
between; exactly one part row of that whole has all its own words (the label's words the whole's label lacks, at
least one) among the part's phrase (from the opener, or the last comma, to the next punctuation); that row's value
differs.  A part row holding the same value (all of them are) leaves it standing.

The mirror (``_whole_equal_pass``, before the breakdown pass): a whole said with its own part's value, that part said
right after the opener with the same value — both numbers tied to the part's row; the first is the whole the opener
breaks down (``Trong số 7.796 xe bán ra, bao gồm 7.796 xe du lịch``, zr VAMA: the whole 11.761), and the table keeps
that part under exactly one whole, with another value.  The breakdown pass used to flag the part there (a part equal
to its whole); the part's own row proves the part, so the whole is the number out of place.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.twins import parent_code
from service.checker.wording import fmt_like, fmt_row_value

#: what opens a breakdown between the whole and the part
_OPENS = re.compile(r"(?i)\(|(?<!\w)trong\s+đó(?!\w)|(?<!\w)(?:bao\s+)?gồm(?!\w)")
#: where the part's phrase ends (after the number) or starts (before it)
_PHRASE_END = re.compile(r"[,;.:()\n]|(?<!\w)và(?!\w)")
_TRONG_DO = re.compile(r"(?i)^\s*trong\s+đó\s*:?\s*")
#: a sentence that opens a breakdown of the sentence before (``Trong đó``, ``Trong số đó``)
_OPENS_SENTENCE = re.compile(r"(?i)\s*trong\s+(?:số\s+)?đó(?!\w)")
#: words that say how, not which part
_LIGHT = frozenset("trong đó của cho về và các những được có đã là này số tổng cộng toàn bộ với".split())


def _words(s: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", s).lower())) - _LIGHT


def part_rows(whole, rows) -> list:
    """The part rows the table keeps under ``whole``: child codes (``2.a`` under ``2``), and the ``Trong đó: …``
    lines right after it."""
    code = whole.fig.ma.rstrip("'")
    out = [r for r in rows if r is not whole and parent_code(r.fig.ma.rstrip("'")) == code]
    after = sorted((r for r in rows if r.fig.row is not None and whole.fig.row is not None and r.fig.row > whole.fig.row),
                   key=lambda r: r.fig.row)
    for r in after:
        if not _TRONG_DO.match(r.fig.chi_tieu or ""):
            break
        if r not in out:
            out.append(r)
    return out


def own_words(part, whole) -> set[str]:
    """The words a part row's label adds to its whole's label (``Trong đó:`` out)."""
    return _words(_TRONG_DO.sub("", part.fig.chi_tieu or "")) - _words(whole.fig.chi_tieu or "")


class PartEqual:
    """Mixed into the checker (``check._Checker``)."""

    def _part_equal_pass(self) -> None:
        for i, m in enumerate(self.mentions):
            r, whole = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or whole is None or r.derivation or i in self._anchored \
                    or (r.source or {}).get("column") != "ky_bao_cao" or m.partner is not None or m.value is None:
                continue
            w = self.where[i]
            k = None   # the last mention before, in its paragraph (a whole's place is no further), of the same row and value
            for j in range(i - 1, -1, -1):
                if self.where[j].paragraph != w.paragraph:
                    break
                if self.rows[j] is whole and self.mentions[j].value == m.value and self._whole_sentence(j, i):
                    k = j
                    break
            if k is None:
                continue
            opener = None
            for o in _OPENS.finditer(self.text, self.mentions[k].end, m.num_start):
                opener = o
            if opener is None:
                continue
            start = max(opener.end(), max((p.end() for p in _PHRASE_END.finditer(self.text, opener.end(), m.num_start)),
                                          default=opener.end()))
            end = _PHRASE_END.search(self.text, m.end)
            phrase = _words(self.text[start:m.num_start] + " " + self.text[m.end:end.start() if end else m.end + 60])
            named = [p for p in part_rows(whole, self.idx.rows)
                     if (ow := own_words(p, whole)) and ow <= phrase and "ky_bao_cao" in p.values]
            if len(named) != 1:
                continue
            part = named[0]
            v = part.values["ky_bao_cao"]
            if v == m.value:
                continue
            self.results[i] = self._result(m, "unsupported", row=part, column="ky_bao_cao", reason=(
                f"Số này là một phần (sau «{opener.group(0).strip()}») của {whole.fig.ma} ({whole.fig.chi_tieu[:60]}) "
                f"nêu ngay trước với cùng giá trị; lời của nó nói về {part.fig.ma} ({part.fig.chi_tieu[:60]}) = "
                f"{fmt_row_value(part, v)}; «{m.raw.strip()}» là số liệu của {whole.fig.ma}"), expected=fmt_like(m, v))
            self.rows[i] = part

    def _whole_equal_pass(self) -> None:
        """The mirror: a whole said with its own part's value, the part said right after it in its breakdown with the
        same value (``Trong số 7.796 xe bán ra, bao gồm 7.796 xe du lịch``, ``tổng đàn trâu, bò … là 151.249 con,
        trong đó bò 151.249 con``): both numbers are tied to the part's row; the first is the whole the opener breaks
        down, and the table keeps that whole with another value."""
        for i, m in enumerate(self.mentions):
            r, part = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or part is None or r.derivation or i in self._anchored \
                    or (r.source or {}).get("column") != "ky_bao_cao" or m.partner is not None or m.value is None:
                continue
            j = next((j for j in range(i + 1, len(self.mentions)) if self.mentions[j].is_figure), None)
            if j is None or self.rows[j] is not part or self.mentions[j].value != m.value \
                    or not self._whole_sentence(i, j) or not _OPENS.search(self.text, m.end, self.mentions[j].num_start):
                continue
            wholes = [w for w in self.idx.rows if w is not part and "ky_bao_cao" in w.values
                      and part in part_rows(w, self.idx.rows)]
            if len(wholes) != 1 or wholes[0].values["ky_bao_cao"] == m.value:
                continue
            whole, v = wholes[0], wholes[0].values["ky_bao_cao"]
            self.results[i] = self._result(m, "unsupported", row=whole, column="ky_bao_cao", reason=(
                f"Số này là tổng mà phần sau nó chia nhỏ (phần {part.fig.ma}: {part.fig.chi_tieu[:60]}, nêu ngay sau với "
                f"cùng giá trị); tổng là {whole.fig.ma} ({whole.fig.chi_tieu[:60]}) = {fmt_row_value(whole, v)}; "
                f"«{m.raw.strip()}» là số liệu của {part.fig.ma}"), expected=fmt_like(m, v))
            self.rows[i] = whole

    def _whole_sentence(self, k: int, i: int) -> bool:
        """Mention k stands where a whole of mention i's breakdown stands: its sentence, or the sentence right before
        when i's sentence opens with ``Trong đó`` (``… là 912,21 ha. Trong đó diện tích trồng cây cao su là …``)."""
        wk, wi = self.where[k], self.where[i]
        if wk.sentence == wi.sentence:
            return True
        return wk.paragraph == wi.paragraph and wk.sentence < wi.sentence \
            and _OPENS_SENTENCE.match(self.text, wi.sentence) is not None \
            and all(self.where[j].sentence in (wk.sentence, wi.sentence) for j in range(k + 1, i))

