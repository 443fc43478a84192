"""A value whose subject is a row's whole label, written out, is that row's: another row's value there is a swap.
Mixed into the checker (``check._Checker``).

Reports name what they count in the words the sheet keeps as the label, right before the value:

    Trong đó, sản lượng sản xuất ô tô 6 tháng đạt 30.925 xe, tăng 18,24%; sản lượng sản xuất xe máy đạt 978.238 xe
                                                                      (d8-dangcongsan-vinhphuc-grdp-6t-2018)
    Tổng Quỹ HTND toàn tỉnh trên 32 tỷ đồng, … Quỹ cấp tỉnh trên 19 tỷ đồng, cấp huyện trên 1,5 tỷ đồng, cơ sở trên 4,4
    tỷ đồng.                                                           (d8-danviet-haiduong-quyhtnd-2013)

``sản lượng sản xuất ô tô 6 tháng đạt 978.238 xe`` (the motorbikes') and ``Tổng Quỹ HTND toàn tỉnh trên 4,4 tỷ đồng``
(the communes' fund) passed: the value is a row's of the same unit, the words fit both. Grammar: the subject (since
the last punctuation or list word, ``NamedRows._subject``) ends with one row's whole label — its words in order, two
or more, only words of time, estimate or a verb of reaching after them (``6 tháng đạt``, ``ước đạt``) — and that row
keeps a value of the period of the number's unit: the number is that row's. A label that is a part of a longer one
the subject also ends with yields to it (``sản lượng thịt`` to ``sản lượng thịt hơi xuất chuồng``); a label of three
words or more (``Doanh thu``, ``Diện tích`` name too much); the row said must hold a different value (else there is
nothing to swap), and the number's row's label must not hold the label said (the same indicator of another period,
``Sản lượng thủy sản nuôi trồng (tháng 10 năm 2021)``, or a part of it).
"""

from __future__ import annotations

from service.checker.match import Row, fold
from service.checker.wording import fmt_row_value
from service.figures.model import is_index_row

#: What may follow a row's label in a value's subject and still leave the label its subject (folded words): time,
#: estimate, a verb of reaching, the whole's place.
_AFTER_LABEL = frozenset({"trong", "cua", "nam", "thang", "quy", "dau", "cuoi", "uoc", "tinh", "du", "dat", "da", "co",
                          "nay", "qua", "vua", "ky", "toan", "tren", "dia", "ban", "i", "ii", "iii", "iv", "la",
                          "duoc", "thuc", "hien", "luy", "ke", "hien"})


def names_label(subject: str, label: str, after: frozenset = _AFTER_LABEL) -> bool:
    """``subject`` (folded, single-spaced) ends with ``label``'s words, only words of time, estimate or reaching
    (``after``) after them."""
    at = subject.rfind(label)
    if at < 0 or (at > 0 and subject[at - 1] != " ") or (len(subject) > at + len(label)
                                                         and subject[at + len(label)] != " "):
        return False
    rest = [w for w in subject[at + len(label):].split() if not any(ch.isdigit() for ch in w)]
    return all(w in after for w in rest)


class LabelSaid:
    """Needs ``text``, ``mentions``, ``rows``, ``results``, ``idx``, ``_anchored``, ``_kind_ok``, ``_cell_of``,
    ``_subject`` (``named.NamedRows``), ``_swap_to`` (``attribution.Attribution``)."""

    def _labels_said(self) -> dict[str, list[Row]]:
        got = self.__dict__.get("_labels_said_")
        if got is None:
            got = {}
            for r in self.idx.rows:
                if "ky_bao_cao" in r.values and not is_index_row(r.fig.chi_tieu):
                    label = " ".join(fold(r.fig.chi_tieu).split())
                    if len(label.split()) >= 3 and ":" not in label and "(" not in label:
                        got.setdefault(label, []).append(r)
            self.__dict__["_labels_said_"] = got
        return got

    def _label_said_pass(self) -> None:
        labels = self._labels_said()
        for i, m in enumerate(self.mentions):
            r, row = self.results[i], self.rows[i]
            if r is None or r.verdict != "supported" or r.derivation or row is None or i in self._anchored \
                    or m.partner is not None or m.kind not in ("count", "money", "measure") \
                    or (r.source or {}).get("column") != "ky_bao_cao":
                continue
            if self.text[max(0, (m.qualifier_start or m.num_start) - 3):m.qualifier_start or m.num_start].rstrip()[-1:] \
                    in ("(", ":"):
                continue   # "390 chương trình truyền hình trực tiếp (366 …": a bracket's part, not the label's value
            subject = " ".join(fold(self._subject(i)).split())
            if not subject:
                continue
            named = [b for b in labels if names_label(subject, b)]
            named = [b for b in named if not any(b != o and b in o for o in named)]
            if len(named) != 1 or len(labels[named[0]]) != 1:
                continue
            said = labels[named[0]][0]
            if said is row or not self._kind_ok(m, said) or self._cell_of(i, said) is not None \
                    or said.unit != row.unit or named[0] in " ".join(fold(row.fig.chi_tieu).split()):
                continue   # (the number's row says the label too: the same indicator of another period, or its part)
            self._swap_to(i, said, f"Số này nói về {said.fig.ma} ({said.fig.chi_tieu[:60]}) — lời ngay trước nó là tên "
                                   f"chỉ tiêu đó — = {fmt_row_value(said, said.values['ky_bao_cao'])}; «{m.raw.strip()}» "
                                   f"là số liệu của {row.fig.ma}")
