"""An amount in the head of its row's product unit, the row's label said before it (round 102, issue 13).

Statistics offices keep a transport's work in a unit multiplied by the distance (``tấn.km``, ``lượt khách.km``);
the press writes the amount with the head of that unit only, the row's label right before it:

    … số hành khách luân chuyển ước đạt 654 triệu lượt, tăng 33,9% so với tháng trước và giảm 6,2% so với cùng kỳ
    … khối lượng hàng hóa luân chuyển đạt khoảng 9.541 triệu tấn, tăng 2,5% so với tháng trước
                                                (xz-ha-noi-thong-ke-van-tai-2022-02: rows «triệu lượt khách.km»,
                                                 «triệu tấn.km»)
    … hàng hóa luân chuyển đạt 3.608 triệu tấn.km, giảm 10%      (p-namdinh-vantai-2022-h1: the unit written whole)

A unit multiplied by another is a unit of its own (``extract.product_of``: ``173,2 triệu lượt người.km`` is no count
of passengers), so such an amount bound to no row: flagged, and the changes after it (``giảm 6,2% so với cùng kỳ``)
had no row to be checked against — every wrong change there passed as ``unverified``.

Grammar: the number's unit is the head of a row's product unit (the unit with ``.km``/``.ngày``/``.giờ`` taken off:
``lượt`` of ``lượt khách.km``, ``tấn`` of ``tấn.km``) and is itself no product; the number's subject (since the last
punctuation or list word, ``NamedRows._subject``) ends with that row's whole label (its words in order, a bracketed
tail such as ``(từ đầu năm)`` aside; only words of time, estimate or reaching after it: ``labelsaid.names_label``).
Then the number is that row's (or the row's running total's, the same label): its value, or wrong. Otherwise the
ordinary matching stands.

Negatives: the unit written whole (``3.608 triệu tấn.km``: the ordinary matching reads it); a subject naming another
row (``khối lượng hàng hóa vận chuyển đạt 93,3 triệu tấn``: the row of plain ``tấn``, never the ``tấn.km`` one); a
subject naming no label (``đạt 9.541 triệu tấn``); a unit that is not the head (``654 triệu đồng``).
"""

from __future__ import annotations

import math
import re

from service.checker.extract import product_of
from service.checker.labelsaid import names_label
from service.checker.match import fold
from service.checker.wording import fmt_like, fmt_row_value

#: a label's bracketed tail (``Số hành khách luân chuyển (từ đầu năm)``): the same indicator, another span
_TAIL = re.compile(r"\s*\(.*$")


def product_head(unit: str | None) -> str | None:
    """``lượt khách`` for ``lượt khách.km``, ``tấn`` for ``tấn.km`` (the product part, ``extract.product_of``, what the
    press leaves off); None for a unit that is no product."""
    product = product_of(unit or "")
    if product is None:
        return None
    head = unit.replace("." + product, "").strip()
    return head or None


def heads_unit(written: str, head: str) -> bool:
    """The unit the text writes (``lượt``, ``tấn``, ``lượt khách``) is ``head`` or its first word."""
    w, h = fold(written).split(), fold(head).split()
    return bool(w) and (w[:len(h)] == h or w == h[:1])


def label_of(row) -> str:
    """The row's label, folded, its bracketed tail off."""
    return " ".join(fold(_TAIL.sub("", row.fig.chi_tieu or "")).split())


class DroppedProducts:
    """Mixed into the checker (``check._Checker``): needs ``mentions``, ``idx``, ``_anchored``, ``_set``, ``_cell_of``,
    ``_subject`` (``named.NamedRows``)."""

    def _by_dropped_product(self, i: int) -> bool:
        """``số hành khách luân chuyển ước đạt 654 triệu lượt`` against a row of ``triệu lượt khách.km``."""
        m = self.mentions[i]
        if m.kind not in ("count", "measure") or m.value is None or m.low is not None or m.partner is not None:
            return False
        written = m.noun if m.kind == "count" else m.unit
        if not written or product_of(written) is not None:
            return False
        rows = [r for r in self.idx.rows if r.kind in ("count", "measure") and "ky_bao_cao" in r.values
                and (head := product_head(r.unit)) and heads_unit(written, head)]
        if not rows:
            return False
        subject = " ".join(fold(self._subject(i)).split())
        if not subject:
            return False
        said = [r for r in rows if len(label_of(r).split()) >= 2 and names_label(subject, label_of(r))]
        if not said:
            return False
        for r in said:
            col = self._cell_of(i, r, ("ky_bao_cao",))
            if col:
                self._set(i, "supported", r, col)
                return True
        # wrong: the row of the label whose value is nearest (its running total or its period's, the label one)
        row = min(said, key=lambda r: abs(math.log(abs(float(r.values["ky_bao_cao"])) + 1)
                                          - math.log(abs(float(m.value)) + 1)))
        v = row.values["ky_bao_cao"]
        self._anchored.add(i)
        self._set(i, "unsupported", row, "ky_bao_cao", expected=fmt_like(m, v), reason=(
            f"Số này nói về {row.fig.ma} ({row.fig.chi_tieu[:70]}) — lời ngay trước nó là tên chỉ tiêu đó; bảng ghi "
            f"đơn vị «{row.unit}» — = {fmt_row_value(row, v)}, không phải «{m.raw.strip()}»"))
        return True
