"""What a row counting a change counts: ``Số hộ nghèo giảm so với kỳ rà soát trước`` counts ``hộ nghèo``;
``Tỷ lệ hộ nghèo giảm - khu vực thị trấn`` the rate of ``hộ nghèo … khu vực thị trấn``.

A sheet that keeps a change as a row of its own (no last year's column to derive it from) still says what changed
and which way: its label less the count word (``Số``), the rate words (``Tỷ lệ``, ``mức``), the direction (``tăng``,
``giảm``, ``thêm``) and what the change is against (``so với …``).  A change the text states of that subject
(``đã kéo giảm 90 hộ nghèo toàn xã``, ``tỉ lệ hộ nghèo tại khu vực thị trấn giảm 5,27%``) is that row's, so a wrong
amount or a wrong direction is wrong, not merely unproved (``derive.Derivation._counted_change_named``).
"""

from __future__ import annotations

import re

from service.checker.match import fold, tokens

#: what the change is against, to the end of the label: ``so với kỳ rà soát trước``, ``so cùng kỳ``, ``so đầu năm``
_AGAINST = re.compile(r"\bso\s+(?:voi|cung|ky|dau|nam|thang|quy)\b.*$")
#: the words of the change and of a rate, which name no subject (folded)
_CHANGE_WORDS = frozenset({"tang", "giam", "them", "ty", "ti", "le", "muc", "luong", "toc", "do"})


def counted_subject(label: str) -> frozenset[str]:
    """The subject words of a change row's label (folded): ``Số hộ nghèo giảm so với kỳ rà soát trước`` → {ho,
    ngheo}."""
    return frozenset(t for t in tokens(_AGAINST.sub("", fold(label))) if t not in _CHANGE_WORDS)


def subject_named(label: str, words: frozenset) -> int:
    """How many subject words of the change row ``label`` the text's ``words`` name — every one or none (0)."""
    subject = counted_subject(label)
    return len(subject) if subject and subject <= words else 0
