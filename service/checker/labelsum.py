"""A value said right after a row's whole label is that row's, not a sum of others: ``chở quá số người 21`` where
``Chở quá số người`` keeps 01 is wrong, though 21 = 5 + 15 + 1 of three other rows. Mixed into the checker
(``check._Checker``), run after ``labelsaid``.

Bulletins list label-count pairs, each count its label's row:

    Phân tích lỗi vi phạm: Không đội mũ bảo hiểm 05, không GPLX 03, vi phạm tốc độ 15, chở quá số người 01, vi phạm
    nồng độ cồn 01, vi phạm khác 26.          (yz-phu-yen-cong-an-tinh-csgt-xu-ly-vi-pham-2020-10)
    Phân tích lỗi vi phạm: Không đội mũ bảo hiểm 32, không có giấy phép lái xe 14, vi phạm tốc độ 15, chở quá tải 01,
    chở quá số người 02, không chấp hành hiệu lệnh CSGT 02, vi phạm nồng độ cồn 04, vi phạm khác 39.
                                               (c43-congan-phuyen-atgt-16-12-2020)

With so many small counts of one unit, a wrong one is often some other rows' sum, and the derivation step accepts
it. ``labelsaid`` swaps a value that is another row's cell; this does the same for a value proved only as a sum of
rows (``A + B + C = 21``): the subject (``named.NamedRows._subject``) ends with one row's whole label (three words or
more, ``labelsaid.names_label``), that row keeps a value of the period of the same kind and unit, it is not one of the
sum's terms, and the number is no cell of it — then the number is that row's, and wrong.
"""

from __future__ import annotations

import re

from service.checker.labelsaid import names_label
from service.checker.match import fold
from service.checker.wording import fmt_row_value

#: A derivation that sums rows: ``LV01 + LV03 + LV05 = 21`` (``derive``'s sums of two to four rows).
_SUM = re.compile(r"^(\S+(?: \+ \S+)+) = ")


class LabelSum:
    """Needs ``LabelSaid._labels_said`` and what it needs (``text``, ``mentions``, ``rows``, ``results``, ``idx``,
    ``_anchored``, ``_kind_ok``, ``_cell_of``, ``_subject``, ``_swap_to``)."""

    def _label_sum_pass(self) -> None:
        labels = self._labels_said()
        for i, m in enumerate(self.mentions):
            r = self.results[i]
            summed = _SUM.match(r.derivation or "") if r is not None and r.verdict == "derived" else None
            if summed is None or i in self._anchored or m.partner is not None \
                    or m.kind not in ("count", "money", "measure"):
                continue
            subject = " ".join(fold(self._subject(i)).split())
            named = [b for b in labels if subject and names_label(subject, b)]
            named = [b for b in named if not any(b != o and b in o for o in named)]
            if len(named) != 1 or len(labels[named[0]]) != 1:
                continue
            said, terms = labels[named[0]][0], summed.group(1).split(" + ")
            units = {t.unit for t in self.idx.rows if t.fig.ma in terms}
            if said.fig.ma in terms or not self._kind_ok(m, said) or units != {said.unit} \
                    or self._cell_of(i, said) is not None:
                continue
            self._swap_to(i, said, f"Số này nói về {said.fig.ma} ({said.fig.chi_tieu[:60]}) — lời ngay trước nó là tên "
                                   f"chỉ tiêu đó — = {fmt_row_value(said, said.values['ky_bao_cao'])}; «{m.raw.strip()}» "
                                   f"chỉ bằng tổng của các chỉ tiêu khác ({r.derivation})")
