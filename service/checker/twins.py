"""Rows of one label under several groups, mixed into the checker (``check._Checker``): the group the paragraph names
chooses.

Agencies repeat the same rows under each group of a sheet (``Số giấy | Diện tích`` under ``1. Đất nông nghiệp``,
``2. Đất ở nông thôn``, ``3. Đất ở đô thị``), and the text names the group once for its paragraph, in its own words:

    Về cấp giấy CNQSDĐ ở nông thôn, trong tháng cấp được 82 giấy, diện tích 2,6 ha. Luỹ kế đến ngày 15.5.2010 đã cấp
    được 163.404 giấy …                                          (ze-tay-ninh-so-tnmt-cap-giay-chung-nhan-2010-05)

A value that is a twin's of another group, where the paragraph's words name this one, is a swap.  The group is named
by its *own* words — pairs of words of its ``Mục`` that no other twin's group has (``nông thôn`` for ``Đất ở nông
thôn`` against ``Đất ở đô thị``; pairs, since one syllable is shared by unrelated words: ``phát thanh``, ``phát
sóng``), never the label's words; the last group so named before the number in its paragraph is the one.  No group
named, or a row whose group has no words of its own, and nothing is said.
"""

from __future__ import annotations

import re

from service.checker.countbracket import before_count_bracket
from service.checker.countednoun import last_naming
from service.checker.eachofcount import row_of_count_before
from service.checker.wholepart import twin_of_whole_before
from service.checker.match import Row, fold
from service.checker.totalnamed import total_named
from service.checker.wording import fmt_row_value

_WORD = re.compile(r"[a-z0-9]+")
#: ``Trong đó:``, ``- `` before a sub-row's own words (folded)
_BREAKDOWN_LEAD = re.compile(r"^(?:[-+•*]\s*)?(?:trong do\s*:?\s*)?(?:[-+•*]\s*)?")
_NUMBERING = re.compile(r"^\s*(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])\s*[.)/-]\s*")
#: a sentence opening on its topic (folded): ``Đối với công tác giải quyết án hình sự, toàn ngành thụ lý 1.607 vụ, …
#: đạt tỷ lệ 93,56%`` (yr-binh-phuoc-tand-tinh) is about criminal cases, whatever group its subject's words name after
_TOPIC = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)(?:[-+•*]\s*)?(?:doi voi|rieng|ve)\s+([^,.;:!?\n]{3,120}),")


def _pairs(s: str) -> frozenset[str]:
    """The word pairs of a group's title or a label, folded, without its numbering (``2. Đất ở nông thôn`` →
    ``dat o``, ``o nong``, ``nong thon``); a title of one word is its own pair."""
    words = _WORD.findall(_NUMBERING.sub("", fold(s or "")))
    return frozenset([" ".join(words[k:k + 2]) for k in range(len(words) - 1)] or words)


class GroupTwins:
    """Needs ``text``, ``mentions``, ``where``, ``rows``, ``results``, ``idx``, ``_result``, ``_para_start``,
    ``_anchored`` (``check._Checker``)."""

    def _twins(self) -> dict[int, list[Row]]:
        """id(row) → the rows of its label and unit under other groups (itself included), for rows that have any."""
        twins = self.__dict__.get("_twin_rows")
        if twins is None:
            by_label: dict[tuple, list[Row]] = {}
            for r in self.idx.rows:
                if r.muc and "ky_bao_cao" in r.values:
                    by_label.setdefault((" ".join(fold(r.fig.chi_tieu).split()), r.unit), []).append(r)
            twins = {}
            for rows in by_label.values():
                if len({r.muc for r in rows}) == len(rows) > 1:
                    for r in rows:
                        twins[id(r)] = rows
            self.__dict__["_twin_rows"] = twins
        return twins

    def _group_named(self, rows: list[Row], before: str) -> Row | None:
        """The twin whose group's own words stand last in ``before`` (folded), or the total's when the sentence says
        ``tổng cộng`` after them (``totalnamed``)."""
        best, at = self._group_named_at(rows, before)
        total = total_named([fold(r.muc or "") for r in rows], before)
        if total is not None and total[1] > at:
            return rows[total[0]]
        return best

    def _group_named_at(self, rows: list[Row], before: str) -> tuple[Row | None, int]:
        """The twin whose group's own words stand last in ``before`` (folded), and where they stand."""
        label = _pairs(rows[0].fig.chi_tieu)
        pairs = {id(r): _pairs(r.muc) - label for r in rows}
        seen: dict[str, int] = {}
        for ps in pairs.values():
            for p in ps:
                seen[p] = seen.get(p, 0) + 1
        hits = []
        for r in rows:
            for p in pairs[id(r)]:
                if seen[p] > 1:
                    continue
                said = re.finditer(r"(?<![a-z0-9])" + p.replace(" ", r"\s+") + r"(?![a-z0-9])", before)
                hits += [(m.start(), r) for m in said]
        at, best = last_naming(hits, before)
        return best, at

    def _topic_group(self, rows: list[Row], before: str) -> Row | None:
        """The twin whose group the number's own sentence names as its topic (``Đối với …, ``, ``Về …, ``)."""
        topics = list(_TOPIC.finditer(before))
        if not topics:
            return None
        last = topics[-1]
        if re.search(r"[.!?;]\s", before[last.end():]):
            return None   # the topic opened an earlier sentence
        return self._group_named(rows, last.group(1))

    def _nameable(self, rows: list[Row], row: Row) -> bool:
        """The row's group has words of its own the text could name it by (``II. TAND TỈNH``: ``tand tinh``)."""
        others = set().union(*(_pairs(r.muc) for r in rows if r is not row))
        return bool(_pairs(row.muc) - _pairs(row.fig.chi_tieu) - others)

    def _twin_pass(self) -> None:
        twins = self._twins()
        if not twins:
            return
        for i, m in enumerate(self.mentions):
            if not self._plain_cell(i, twins):
                continue
            row, w = self.rows[i], self.where[i]
            if not self._nameable(twins[id(row)], row):
                continue   # nothing would show the text naming this row's group
            start = self._para_start(w.paragraph)
            before = fold(self.text[start:before_count_bracket(self.text, start, m.num_start)])
            named = (row_of_count_before(self.text, i, self.mentions, self.where, self.rows, twins[id(row)])
                     or twin_of_whole_before(self.text, i, self.mentions, self.where, self.rows, twins[id(row)])
                     or self._topic_group(twins[id(row)], before) or self._group_named(twins[id(row)], before))
            if named is None or named is row:
                continue
            v = named.values["ky_bao_cao"]
            if v == m.value:
                continue
            self._swap_to(i, named, f"Đoạn này nói về «{named.muc[:60]}»: {named.fig.ma} ({named.fig.chi_tieu[:60]}) = "
                                    f"{fmt_row_value(named, v)}; «{m.raw.strip()}» là số liệu của {row.fig.ma} "
                                    f"(«{row.muc[:60]}»)")

    # ------------------------------------------------------------ one label under several parent rows
    def _child_twins(self) -> dict[int, dict[str, Row]]:
        """id(row) → {parent code: its child of this label} for sub-rows of one label under several parents
        (``5.1 Trong đó: trực tuyến`` under ``5 Các sở, ban ngành``, ``6.1`` under ``6 Cấp huyện``, …)."""
        found = self.__dict__.get("_child_twin_rows")
        if found is None:
            by_label: dict[tuple, dict[str, Row]] = {}
            for r in self.idx.rows:
                parent = parent_code(r.fig.ma)
                if parent in self.idx.by_code and "ky_bao_cao" in r.values:
                    key = (_BREAKDOWN_LEAD.sub("", " ".join(fold(r.fig.chi_tieu).split())), r.unit, r.muc)
                    by_label.setdefault(key, {})[parent] = r
            found = {}
            for children in by_label.values():
                if len(children) > 1:
                    for r in children.values():
                        found[id(r)] = children
            self.__dict__["_child_twin_rows"] = found
        return found

    def _child_twin_pass(self) -> None:
        """``cấp xã tiếp nhận 26.030 hồ sơ, với 3.399 hồ sơ trực tuyến``: a sub-row's value where the sentence's last
        figure before it is another parent's — that parent's own sub-row of the label is what is meant."""
        twins = self._child_twins()
        if not twins:
            return
        for i, m in enumerate(self.mentions):
            if not self._plain_cell(i, twins):
                continue
            row = self.rows[i]
            children, w = twins[id(row)], self.where[i]
            k = next((k for k in range(i - 1, -1, -1) if self.rows[k] is not None and self.results[k] is not None
                      and self.results[k].verdict == "supported"), None)
            if k is None or self.where[k].paragraph != w.paragraph or self.where[k].sentence != w.sentence:
                continue
            parent = self.rows[k].fig.ma
            named = children.get(parent)
            if named is None or named is row or parent_code(row.fig.ma) == parent:
                continue
            v = named.values["ky_bao_cao"]
            if v == m.value:
                continue
            self._swap_to(i, named, f"Câu này nói về phần của {parent} ({self.rows[k].fig.chi_tieu[:50]}): "
                                    f"{named.fig.ma} ({named.fig.chi_tieu[:50]}) = {fmt_row_value(named, v)}; "
                                    f"«{m.raw.strip()}» là số liệu của {row.fig.ma}")


def parent_code(ma: str) -> str | None:
    """``5.1`` → ``5``, ``R-4.a`` → ``R-4``, ``II.2.b`` → ``II.2``; a code of one part has none."""
    head, dot, _ = (ma or "").rpartition(".")
    return head if dot and head else None
