"""A run of changes closed by one comparison: the comparison is every change's (round 68).

======================  ==================================================================================
``compared_at_run_end``  ``… làm chết 534 người và làm bị thương 882 người. Đã giảm 160 vụ tai nạn, giảm 29
                         người chết; giảm 150 người bị thương so với cùng kỳ năm ngoái`` (xl-toan-quoc-uy-ban-atgt-
                         quoc-gia-tai-nan-giao-thong-2020-09; the same page: ``tăng 14 vụ, giảm 28 người chết; giảm 14
                         người bị thương so với cùng kỳ năm 2019``), ``…, giảm 02 vụ, tăng 19 bị can so với cùng kỳ``
                         (yb-dien-bien-vien-kiem-sat-tong-ket-2017), ``(tăng 19 trường, giảm 2.724 điểm trường lẻ so
                         với năm …`` (zf-toan-quoc-giao-duc-mam-non-2020-2021): changes listed one after another
                         (``,``, ``;``, ``và``), the comparison said once after the last, compare each of them with
                         last period — a change of the row counting its noun, not a flow of its own (``giảm 42 hội
                         viên`` compared with nothing stays one).  Only when every figure between the change and the
                         comparison is a change too, in the same sentence: ``giảm 42 hội viên; xảy ra 30 vụ, giảm 2 vụ
                         so với cùng kỳ`` states a level between, and the comparison is the last change's alone; ``Cụ thể, về số vụ vi
                         phạm giảm 28 vụ, …; về diện tích thiệt hại giảm 105.695 m2 so với cùng kỳ`` (yn-lam-dong-
                         dam-rong-hat-kiem-lam-vi-pham-luat-lam-nghiep-2021-7t) names each change's count in its
                         clause: ``recognisers.count_changed`` finds its row (tests/test_tpl34_changes.py).
``amount_names_row``     ``So với cùng kỳ năm 2020, số vụ tai nạn tăng 13 vụ (51/38), tức tăng 34,21%; số người chết
                         tăng 7 người (35/28), tức tăng 25% và tăng 5 người bị thương (29/24)`` (xl-lam-dong-ban-
                         atgt-tinh-tai-nan-giao-thong-2021-h1), ``…; số vụ nổ tăng 3 vụ, số người chết tăng 2 người,
                         tăng 7 người bị thương`` (t19-vov-chayno-2023-04): a change whose own noun names what it
                         counts beyond its unit (``người bị thương``), every word of it in the row's label (``Số
                         người bị thương``), is that row's change, though the clause it stands in opened on another
                         count's subject after a semicolon (``; số người chết …``).  ``; số hộ có mức thu nhập từ 200
                         - 300 triệu/năm tăng 636 hộ`` (t4-thanhchuong-sxkdg-2016) names nothing beyond its unit: the
                         clause's subject says what it counts, as before.
======================  ==================================================================================

``compared_at_run_end`` is read by ``recognisers._flow_of_its_own``, ``amount_names_row`` by
``recognisers._count_change_of_its_own``.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para, Row

#: the comparison with last period (the cue ``recognisers._COMPARED_CUE`` reads)
_COMPARED = re.compile(r"(?i)(?<!\w)(?:s[oơ]\s+với|so\s+cùng|so\s+năm|so\s+kỳ|cùng\s+kỳ|năm\s+trước|kỳ\s+trước)(?!\w)")
_CHANGES = ("tăng", "giảm")
#: ``về số vụ vi phạm giảm 28 vụ``: the clause names its count before the change — ``recognisers.count_changed``'s
_OWN_SUBJECT = re.compile(r"(?i)(?<!\w)(?:số|diện\s+tích)\s+[^\W\d_]+")


def compared_at_run_end(p: Para, m: Mention) -> bool:
    """The change ``m`` is one of a run of changes whose last is followed by a comparison, in its sentence."""
    if m.comparison not in _CHANGES or _OWN_SUBJECT.search(p.text[P.clause_start(p.text, m.num_start):m.num_start]):
        return False
    end = P.sentence_end(p.text, m.end)
    cue = _COMPARED.search(p.text, m.end, end)
    if cue is None:
        return False
    between = [f for f in p.figures if m.end <= f.num_start < cue.start() and f.value is not None]
    return bool(between) and all(f.comparison in _CHANGES for f in between)


#: words that name no counted thing of their own
_FILLER = frozenset(P.fold_word(w) for w in "số tổng lượng của các những được đã và".split())


def amount_names_row(p: Para, m: Mention, row: Row) -> bool:
    """The change ``m``'s own noun names ``row`` past its unit: ``tăng 5 người bị thương`` of ``Số người bị thương``."""
    if m.comparison not in _CHANGES or m.kind == "percent":
        return False
    words = [P.fold_word(w) for w in P.noun_after(p.text, m.end)]
    unit = {P.fold_word(w) for w in P.words_of(m.unit or "")} | {P.fold_word(w) for w in P.words_of(row.unit or "")}
    beyond = [w for w in words if w not in unit and w not in _FILLER]
    label = {P.fold_word(w) for w in P.words_of(row.label)}
    return bool(beyond) and all(w in label for w in beyond)
