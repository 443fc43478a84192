"""A four-digit year right before its clause's predicate — the one bare-year recogniser, read by the checker
(``classify.year``) and by the figures template (``onboarding/bareyears.py``).

``kể cả lũy kế của 2016 ước đạt hơn 40.370 tỷ đồng`` (xj-toan-quoc-kbnn-kiem-soat-chi-2017-q1), ``Doanh thu dịch vụ
khác 2018 ước tính đạt 509,13 nghìn tỷ đồng`` (c41-cand-ban-le-2018): a count is followed by what it counts; a verb
of estimating (``ước đạt``, ``ước tính``, ``ước thực hiện``) or of reaching, changing or being (``đạt``, ``tăng``,
``giảm``, ``là``, ``chiếm``) opens the clause's predicate, so the number before it closes its subject — the year the
subject belongs to, not a figure.

Not a count's noun that begins with ``ước`` (``2016 ước mơ``: the word after ``ước`` is no verb of reaching or
estimating), and not a predicate's own value: after a verb of reaching or having or a colon (``số hội viên đạt 2016,
tăng …``, ``có 2016 hộ``, ``là: 2016``) the number is the value, whatever follows it.
"""

from __future__ import annotations

import re

#: ``ước`` then a verb of reaching or estimating, or an approximation (``ước khoảng``); or a verb of reaching,
#: changing or being: a predicate opens.
_PREDICATE = re.compile(r"(?i)^\s*(?:ước\s+(?:tính|đạt|thực\s+hiện|khoảng|chừng|cả\s+năm|giải\s+ngân|thu)"
                        r"|đạt|tăng|giảm|là|chiếm)(?!\w)")
#: A verb (or a colon) whose value the number would be: ``đạt 2016``, ``có 2016``, ``là: 2016``.
_VALUE_OF = re.compile(r"(?i)(?:(?<!\w)(?:đạt|có|là|được|còn|gồm|tổng|số|lên|xuống)|[:=])\s*$")


def predicate_follows(after: str) -> bool:
    """The words after a number (``after``) open a clause's predicate."""
    return bool(_PREDICATE.match(after))


def value_of_a_verb(before: str) -> bool:
    """The words before a number (``before``) end in a verb of reaching or having, or a colon, whose value it is."""
    return bool(_VALUE_OF.search(before[-12:]))


def year_before_predicate(before: str, after: str) -> bool:
    """A four-digit number with ``before``/``after`` around it is a year before its predicate (module docstring)."""
    return predicate_follows(after) and not value_of_a_verb(before)
