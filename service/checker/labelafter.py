"""A count followed by a row's whole label is that row's: the words after a number name what it counts. Mixed into the
checker (``check._Checker``).

Reports give a total and its parts in one list, each number followed by its row's label word for word:

    Hơn 4.000 công trình thanh niên các cấp được thực hiện trong tuần đầu … với: 90 công trình thanh niên cấp tỉnh trị
    giá 9,78 tỉ đồng; 429 công trình thanh niên cấp huyện trị giá 26,019 tỉ đồng; 3.610 công trình thanh niên cấp cơ
    sở …                          (yn-toan-quoc-trung-uong-doan-chien-dich-tinh-nguyen-he-tuan-dau-2022-06)

Written ``Hơn 429 công trình thanh niên các cấp`` (the district level's 429 for the total's 4.129), the count passed
as the district row's: its value matched and the words fit all four rows. Grammar: a count's noun phrase starts
right after it with its unit, which is the head of the label the sheet keeps (``công trình thanh niên các cấp``); when
the words after the number are one row's whole label (three words or more, in order, the longest such label), the
number is that row's count. ``LabelSaid`` reads the label before the number (``sản lượng sản xuất ô tô 6 tháng đạt
30.925 xe``); this reads it after. Guards as there: the row said must be of the number's unit and kind, hold another
value (else there is nothing to swap), and the number's own row's label must not hold the label said (a part whose
label continues it, ``Công trình thanh niên các cấp: trị giá``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import fold
from service.checker.wording import fmt_row_value

#: Where the words after a number stop: punctuation, a bracket, a line.
_PHRASE_CUT = re.compile(r"[,;:()\n]|\.(?!\d)")
_PHRASE_REACH = 120
#: What may follow the label and leave it whole (folded, the first word): a verb, time, a link to the value's
#: worth or parts (``được thực hiện``, ``trị giá``, ``với tổng giá trị``, ``gồm``) — never a word that narrows it
#: (``định kỳ``, ``lưu động``, ``tại Trung tâm``: a part's label).
_LABEL_ENDS = frozenset({"duoc", "da", "dat", "co", "la", "trong", "nam", "thang", "quy", "tuan", "dot", "ky", "tu",
                         "voi", "tri", "gom", "bao", "nhu", "va", "thuc", "hien", "uoc", "tang", "giam", "chiem",
                         "cho"})   # "26 huy chương đồng cho các vận động viên …": to whom, not which
#: A value this close to the label's row's is that row's said roughly (``gần 4.000`` for 4.129), no swap.
_ROUNDED = Decimal("0.1")


def _ends_label(rest: str) -> bool:
    """The folded words after a label said in full leave it whole: nothing, or a verb, time or link first."""
    words = rest.split()
    return not words or words[0] in _LABEL_ENDS


class LabelAfter:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``_anchored``, ``_kind_ok``, ``_cell_of``,
    ``_labels_said`` (``labelsaid.LabelSaid``), ``_swap_to`` (``attribution.Attribution``)."""

    def _label_after_pass(self) -> None:
        labels = self._labels_said()
        if not labels:
            return
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or r.derivation or row is None or i in self._anchored \
                    or m.partner is not None or m.kind != "count" or (r.source or {}).get("column") != "ky_bao_cao":
                continue
            stop = _PHRASE_CUT.search(self.text, m.num_end, min(len(self.text), m.num_end + _PHRASE_REACH))
            after = " ".join(fold(self.text[m.num_end:stop.start() if stop else m.num_end + _PHRASE_REACH]).split())
            if not after:
                continue
            named = [b for b in labels if after == b or after.startswith(b + " ")]
            named = [b for b in named if not any(b != o and o.startswith(b) for o in named)]
            if len(named) != 1 or len(labels[named[0]]) != 1:
                continue
            said = labels[named[0]][0]
            if not _ends_label(after[len(named[0]):]):
                continue   # "03 phiên giao dịch việc làm định kỳ tại Trung tâm": the label goes on, a part's
            if said is row or not self._kind_ok(m, said) or said.unit != row.unit \
                    or self._cell_of(i, said) is not None or named[0] in " ".join(fold(row.fig.chi_tieu).split()):
                continue
            kept = said.values["ky_bao_cao"]
            if kept and m.qualifier and abs(m.value - kept) <= _ROUNDED * abs(kept):
                continue   # "Gần 4.000 công trình thanh niên các cấp" (4.129): the row's value said roughly — a
                #            word says so; "với 400 hội viên tham gia" (376 kept, 400 another row's: xg-tay-ninh-tan-bien)
                #            says it as it is
            self._swap_to(i, said, f"Số này nói về {said.fig.ma} ({said.fig.chi_tieu[:60]}) — lời ngay sau nó là tên "
                                   f"chỉ tiêu đó — = {fmt_row_value(said, said.values['ky_bao_cao'])}; «{m.raw.strip()}» "
                                   f"là số liệu của {row.fig.ma}")
