"""One value said twice in a sentence, of two sibling rows: each number's own words name its row.

A list of a sentence says two rows side by side, each with its own words, and the two numbers are the same:

    … đã tổ chức kiểm tra được 176 vụ và xử lý 176 vụ vi phạm        (yl Bắc Giang: «Số vụ kiểm tra» = 255)
    … (trong tỉnh là 550 người, ngoài tỉnh là 550 người)            (zf Vũng Liêm: «- Trong tỉnh» = 2.335)

Both numbers are tied to the row holding the value (``Số vụ xử lý vi phạm``, ``- Ngoài tỉnh``), the value alone
proving nothing; the checker's word fit weighs syllables, and ``quản lý`` (of ``Quản lý thị trường``) counts for
``xử lý`` there.  Vietnamese words are mostly two syllables: a label's words are its syllable pairs (``kiểm tra``,
``xử lý``, ``trong tỉnh``), and a phrase names a row when it writes one of the pairs that row's label has and the
other's has not.  When one number's own phrase names the value's row (and not the other) and the other number's
phrase names the other row (and not the value's), the second one is the other row's number with the value's row's
value in it: a swap.

Only when: both numbers are in one sentence, the same value, tied by that value alone to the same row (the period's
column); no other row holding that value is named by the number's words (``2 trẻ vị thành niên và 2 đối tượng thuộc
diện bảo vệ khẩn cấp``: both rows hold 2); the other row is of the same unit and kind, holds another value in the
period's column, no number of the sentence is tied to it already, and it is the row the words name most fully (the
share of its own pairs written; ``đã quá hạn`` is «Đã quá hạn», not «Giải quyết quá hạn»), one row of the value's
group (a label kept for cấp tỉnh / huyện / xã: the value's group's), a row and its month part counted once.

A number's own phrase: since the previous number's phrase or the last punctuation or list word (``và``, ``như``) with
words after it, to its phrase's end; the unit's pairs (``hồ sơ``) and the pair the unit makes with the noun it counts
(``suất quà``) left out — they say what is counted, which rows of one unit share.
"""

from __future__ import annotations

import re
import unicodedata

from service.checker.attribution import _SUBJECT_START
from service.checker.recognisers.running import same_indicator
from service.checker.recognisers.spans import one_indicator
from service.checker.wording import fmt_like, fmt_row_value

#: a run of words with no number or punctuation inside: syllable pairs are read within one run
_RUN = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")
_WORD = re.compile(r"[^\W\d_]")
#: a label's lead words that say how it is kept, not what (``Trong đó:``, ``- ``, ``Số``, ``Tổng số``)
_LEAD = re.compile(r"(?i)^\s*(?:[-+•]\s*)?(?:trong\s+đó\s*:?\s*)?(?:tổng\s+)?(?:số\s+)?")


def pairs(text: str) -> frozenset[tuple[str, str]]:
    """The syllable pairs written in ``text`` (lower case, marks kept), read within runs of words."""
    out = set()
    for run in _RUN.findall(unicodedata.normalize("NFC", text).lower()):
        w = run.split()
        out.update(zip(w, w[1:]))
    return frozenset(out)


def label_pairs(label: str) -> frozenset[tuple[str, str]]:
    """A row label's syllable pairs, its lead (``Trong đó:``, ``Số``) left out."""
    return pairs(_LEAD.sub("", label or ""))


def named_share(phrase: frozenset, own: frozenset, other: frozenset) -> float:
    """How much of ``own``'s label, told from ``other``'s, the phrase writes: the share of the pairs ``own`` has and
    ``other`` lacks that it writes (``kiểm tra`` of ``vụ kiểm tra``: 1 of 2) — 0 when it writes any of ``other``'s
    own, or when ``own`` has no pair of its own (a label inside the other's says nothing apart)."""
    mine, theirs = own - other, other - own
    if not mine or phrase & theirs:
        return 0.0
    return len(phrase & mine) / len(mine)


def names(phrase: frozenset, own: frozenset, other: frozenset) -> bool:
    """The phrase names ``own``'s row rather than ``other``'s (``named_share`` above 0)."""
    return named_share(phrase, own, other) > 0


class TwiceSaid:
    """Mixed into the checker (``check._Checker``)."""

    def _twice_said_pass(self) -> None:
        for j, mj in enumerate(self.mentions):
            row = self.rows[j]
            if not self._tied_by_value(j):
                continue
            wj = self.where[j]
            here = self._groups.get(("sentence", wj.paragraph, wj.sentence), ())
            twins = [i for i in here if i != j and self.rows[i] is row and self.mentions[i].value == mj.value
                     and self._tied_by_value(i)]
            if len(twins) != 1:
                continue
            i = twins[0]
            tied_here = {id(self.rows[k]) for k in here if self.rows[k] is not None}
            unit = pairs(row.unit or "")   # (``hồ sơ`` of ``Hồ sơ tiếp nhận`` and of ``5.950 hồ sơ``: the unit, no row)
            own_r = label_pairs(row.fig.chi_tieu) - unit
            pj, pi = self._phrase_pairs(j) - unit, self._phrase_pairs(i) - unit
            if any(r is not row and r.values.get("ky_bao_cao") == mj.value
                   and names(pj, label_pairs(r.fig.chi_tieu) - unit, own_r) for r in self.idx.rows):
                continue   # another row holding this value is the one its words name ("2 trẻ vị thành niên và 2 đối
                #            tượng thuộc diện bảo vệ khẩn cấp": both rows hold 2; zc Vĩnh Long công tác xã hội)
            named = []
            for r in self.idx.rows:
                if r is row or id(r) in tied_here or "ky_bao_cao" not in r.values or r.values["ky_bao_cao"] == mj.value \
                        or r.unit != row.unit or not self._kind_ok(mj, r) \
                        or same_indicator(r.fig.ma, row.fig.ma) or one_indicator(r.fig.ma, row.fig.ma):
                    continue
                own_o = label_pairs(r.fig.chi_tieu) - unit
                share = named_share(pj, own_o, own_r)
                if share > 0 and names(pi, own_r, own_o):
                    named.append((share, r))
            best = max((sh for sh, _ in named), default=0)
            named = [r for sh, r in named if sh == best]   # the row its words name most fully (``đã quá hạn`` of
            #          «Đã quá hạn», not of «Giải quyết quá hạn»)
            named = [r for r in named if not any(len(n.fig.ma) < len(r.fig.ma) and (
                same_indicator(r.fig.ma, n.fig.ma) or one_indicator(r.fig.ma, n.fig.ma)) for n in named)]
            named = [r for r in named if r.fig.muc == row.fig.muc] or named   # siblings: one group's rows (a label
            #          kept under several groups, ``Hồ sơ quá hạn`` of cấp tỉnh / huyện / xã: the value's group's)
            if len(named) != 1:   # (a row and its month part, ``1`` / ``1-2023-04``, are one row named: the period's)
                continue
            other, v = named[0], named[0].values["ky_bao_cao"]
            self.results[j] = self._result(mj, "unsupported", row=other, column="ky_bao_cao", reason=(
                f"Câu này nêu hai lần cùng giá trị «{mj.raw.strip()}»: lần kia lời nói về {row.fig.ma} "
                f"({row.fig.chi_tieu[:60]}), lần này lời nói về {other.fig.ma} ({other.fig.chi_tieu[:60]}) = "
                f"{fmt_row_value(other, v)}; «{mj.raw.strip()}» là số liệu của {row.fig.ma}"), expected=fmt_like(mj, v))
            self.rows[j] = other

    def _tied_by_value(self, k: int) -> bool:
        """Mention k is a row's value of the period, tied by that value alone."""
        r, m = self.results[k], self.mentions[k]
        return r is not None and r.verdict == "supported" and self.rows[k] is not None and not r.derivation \
            and k not in self._anchored and (r.source or {}).get("column") == "ky_bao_cao" and m.partner is None \
            and m.value is not None

    def _phrase_pairs(self, k: int) -> frozenset:
        """The syllable pairs of mention k's own phrase: since the previous number's phrase or the last punctuation or
        list word (``và``, ``như``, ``còn``: not the sentence's opening topic, «Phong trào "Tết Nhân ái"» of zv Gia
        Lai), to its own end — but the
        pair its unit makes with the noun it counts (``suất quà`` of ``51 suất quà``, ``lượt hộ``): that says what is
        counted, which rows of one unit share (zv Gia Lai: «Suất quà "Tết Nhân ái"» and «Quà trao bệnh nhi»)."""
        m = self.mentions[k]
        cuts = [self._phrase_start(k)] + [x.end() for x in _SUBJECT_START.finditer(self.text, self._phrase_start(k),
                                                                                    m.num_start)]
        start = max(c for c in cuts if c == cuts[0] or _WORD.search(self.text, c, m.num_start))  # ("có số điểm
        #          cao nhất (2,09/5)": a bracket opened right before the number leaves it the words before)
        got = pairs(self.text[start:m.num_start]) | pairs(self.text[m.end:self._phrase_end(k)])
        unit, noun = self.idx.lead_unit(m.noun or ""), (m.noun or "").lower().split()
        if unit:   # (the unit written, ``suất quà`` when the table counts in it, and its join to the noun after it)
            got = got - pairs(unit)
            if len(noun) > len(unit.split()):
                got = got - {(unit.lower().split()[-1], noun[len(unit.split())])}
        return got
