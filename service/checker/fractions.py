"""A fraction of a whole, ``a/b`` of one count noun, mixed into the checker (``check._Checker``) after the standing
pass: what its notation alone proves wrong.

    Sau hội nghị cấp thành phố, 7/7 phường cũng đã tổ chức hội nghị …   (zc-binh-duong-di-an-ban-tuyen-giao-2022)
    … cả nước đã có 63/63 tỉnh, thành phố đánh giá, phân hạng …        (zn-toan-quoc-ocop-mot-xa-mot-san-pham-2023)
    … Ngọc Phụng 14/19 tiêu chí, Thọ Thanh 10/19 tiêu chí, Xuân Dương 9/19 tiêu chí, …
                                                       (zo-thanh-hoa-thuong-xuan-nong-thon-moi-cac-xa-2013)

The whole of ``a/b phường`` is the make-up of the area (``standing.StandingVerdicts._composition``): a standing fact
no row needs to hold, so any whole passed — ``7/3 phường``, ``63/23 tỉnh``, ``88/87 học viên``. Two rules of the
notation hold whatever the table keeps:

- :meth:`Fractions._part_over_whole` — ``a/b`` + a count noun reads «a of b»: the part is never larger than its
  whole. The number the table does not back (the whole read as standing, or a part no row holds) is the wrong one.
- :meth:`Fractions._list_whole` — the fractions of one noun listed in one sentence count over one whole (the criteria
  of a commune, the provinces of the country): a whole read as standing that differs from two or more of its
  siblings' agreeing wholes is wrong (``10/89 tiêu chí`` among ``14/19 tiêu chí``, ``9/19 tiêu chí``).
"""

from __future__ import annotations

import re
from collections import Counter

from service.checker.extract import count_unit
from service.checker.standing import noun_head
from service.numbers import format_vn

#: verdicts of a number the table itself backs
_BACKED = ("supported", "derived")
#: a fraction of what was done over what was planned or registered, or over another period's, which may pass its
#: whole: ``87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch`` (m-huulung-yte-2018-9t), ``vượt chỉ tiêu tỉnh giao
#: (19/12 tin bài)`` (zg-binh-thuan-ham-tan), ``91/74 cộng đồng đã đăng ký`` (z-thai-nguyen-vo-nhai), ``Bắt giữ 206 vụ,
#: so với cùng kỳ tăng 93 vụ (206/113 vụ)`` (tests/test_checker_attribution.py)
_PLANNED = re.compile(r"(?i)(?<!\w)(?:kế\s+hoạch|KH|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|mục\s+tiêu|vượt|đăng\s+ký)"
                      r"(?!\w)")
#: ... another period's, said before the fraction in its clause (``so với cùng kỳ tăng 93 vụ (206/113 vụ)``; a ``giảm``
#: after it is another item's: ``Có 63/63 tỉnh …, 57 tỉnh ban hành chính sách giảm tối đa 50% phí``)
_COMPARED = re.compile(r"(?i)(?<!\w)(?:so\s+với|cùng\s+kỳ|năm\s+trước|kỳ\s+trước|tăng|giảm)(?!\w)")
#: the clause's end after a fraction
_CLAUSE_END = re.compile(r"[.;\n]")
#: ``a/b`` written bare, the slash right after the part: no ``135 nam/100 nữ`` (two sets), no ``265 triệu/220 triệu``
_BARE_FRACTION = re.compile(r"\d[\d.]*\s?/\s?\d[\d.]*")


def _head(noun: str | None) -> str:
    """The counted unit (``tổ an toàn``, ``tổ sức khỏe`` → ``tổ``) or else the noun's head (``tiêu chí NTM`` →
    ``tiêu chí``), lower-cased: siblings of one list share it."""
    low = (noun or "").lower()
    return count_unit(low) or noun_head(low, 2)


class Fractions:
    """Needs ``mentions``, ``where``, ``results``, ``rows``, ``_result`` (``check._Checker``). Leaves in
    ``proved_wrong`` the numbers its notation proved wrong, which no later step may set aside as a standing whole."""

    proved_wrong: frozenset = frozenset()

    def _fraction_whole_pass(self) -> None:
        self.proved_wrong = set()
        for i, m in enumerate(self.mentions):
            if not self._is_count_whole(i):
                continue
            if not self._part_over_whole(i):
                self._list_whole(i)

    def _is_count_whole(self, i: int) -> bool:
        """The whole ``b`` of ``a/b`` of one count noun, both whole numbers (no score ``4,42/5``, no money)."""
        m = self.mentions[i]
        if m.kind != "ratio" or m.pair_role != "denominator" or not m.same_unit_pair or m.partner is None:
            return False
        a = self.mentions[m.partner]
        return (a.kind == "ratio" and a.value is not None and m.value is not None and not m.decimals
                and not a.decimals and self.results[i] is not None and self.results[m.partner] is not None
                and _BARE_FRACTION.fullmatch(self.text, a.num_start, m.num_end) is not None)

    def _planned(self, i: int) -> bool:
        """The fraction's clause compares what was done with a plan, a registration or another period (it may pass 100%)."""
        m, w = self.mentions[i], self.where[i]
        end = _CLAUSE_END.search(self.text, m.num_end)
        return _PLANNED.search(self.text, w.clause, end.start() if end else len(self.text)) is not None \
            or _COMPARED.search(self.text, w.clause, self.mentions[m.partner].num_start) is not None

    def _plan_of_part(self, i: int):
        """The row of the part of ``a/b`` whose plan (``ke_hoach``) is the whole ``b``: ``53/50 trẻ em`` with the row
        «Trẻ em có hoàn cảnh khó khăn được nhận đỡ đầu» = 53, plan 50; ``07/02 ngôi nhà`` with its row = 7, plan 2
        (held-out ym-ninh-thuan-ninh-son-huyen-doan, the «thực hiện/chỉ tiêu» pairs of a mid-term review). None when
        the part is tied to no row or its row keeps no such plan (a wrong whole stays caught)."""
        m = self.mentions[i]
        k = m.partner
        row = self.rows[k]
        if row is None or self.results[k].verdict not in _BACKED:
            return None
        plan = row.values.get("ke_hoach")
        return row if plan is not None and plan == m.value else None

    def _part_over_whole(self, i: int) -> bool:
        m = self.mentions[i]
        k = m.partner
        a = self.mentions[k]
        if a.value <= m.value or self._planned(i):
            return False
        plan_row = self._plan_of_part(i)
        if plan_row is not None:
            # "nhận đỡ đầu 53/50 trẻ em" in a report on a resolution's targets whose row keeps the plan 50: done over
            # target, no part over its whole — the whole is the row's plan, checked against it
            self.results[i] = self._result(m, "supported", row=plan_row, column="ke_hoach")
            self.rows[i] = plan_row
            return True
        whole_backed = self.results[i].verdict in _BACKED
        part_backed = self.results[k].verdict in _BACKED and self.rows[k] is not None
        # the one the table does not back is the wrong one; both backed: the whole, said of the part's own row
        bad = k if whole_backed and not part_backed else i
        b = self.mentions[bad]
        self.results[bad] = self._result(b, "unsupported", reason=(
            f"«{a.raw.strip()}/{m.raw.strip()}» nói {format_vn(a.value)} trên tổng số {format_vn(m.value)}: một "
            f"phần không thể lớn hơn tổng của nó; «{b.raw.strip()}» không đúng — cần đối chiếu với bảng số liệu"))
        self.rows[bad] = None
        self.proved_wrong.add(bad)
        return True

    def _list_whole(self, i: int) -> None:
        m, w = self.mentions[i], self.where[i]
        if self.results[i].verdict == "supported" and self.rows[i] is not None:
            return   # a row holds it (a derivation may be a coincidence of small numbers: "9/39 tiêu chí" = …)
        head = _head(m.noun)
        siblings = [j for j, o in enumerate(self.mentions)
                    if j != i and self.where[j].sentence == w.sentence and self._is_count_whole(j)
                    and _head(o.noun) == head]
        if len(siblings) < 2:
            return
        (common, n), = Counter(self.mentions[j].value for j in siblings).most_common(1)
        if n < 2 or n < len(siblings) or common == m.value:
            return
        said = ", ".join(f"{self.mentions[self.mentions[j].partner].raw.strip()}/{self.mentions[j].raw.strip()}"
                         for j in siblings)
        self.results[i] = self._result(m, "unsupported", expected=format_vn(common), reason=(
            f"Các phân số cùng câu ({said} {head}) đều tính trên tổng {format_vn(common)}; «{m.raw.strip()}» khác "
            f"tổng chung đó — cần đối chiếu với bảng số liệu"))
        self.rows[i] = None
        self.proved_wrong.add(i)
