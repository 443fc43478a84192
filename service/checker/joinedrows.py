"""Two rows said as one: a number whose counted noun joins two of the table's rows with ``và``.

A report sums two indicators in one number when its noun names both, and the table keeps each of them as a row of
its own (and no row for the pair):

    So sánh với năm 2022, số vụ cháy tăng 206 vụ; tăng 46 người chết và bị thương
        (yw-toan-quoc-cuc-canh-sat-pccc-chay-no-2023: ``Số người chết do cháy`` 146/119, ``Số người bị thương do
        cháy`` 109/90: 27 + 19 = 46, the sum of the two rows' changes)
    Cụ thể, 33 người chết và mất tích, trong đó 23 người chết (…); 10 người mất tích
        (c38-dantri-mua-lu-mien-nui-phia-bac-2018-06-28: 23 + 10 = 33, the sum of the two rows' values)

The number is the two rows' sum (of their values, or of their changes for a change) and is derived only when it
equals that sum: each row's label names one of the two nouns and not the other (a kept row of the pair itself is
no part), both are counts in the number's unit, under one parent where the codes say so (``_parent_code``: the
deaths and injuries of fires, not a fire's deaths with an explosion's injuries).  Anything else is left to the
other derivations.
"""

from __future__ import annotations

import re

from service.checker.match import fold

#: ``46 người chết và bị thương``, ``33 người chết và mất tích``: a person or thing unit at most, then two nouns of
#: one or two words joined by ``và``, ending the phrase (a mark, the end, or a word that starts another phrase).
_JOINED = re.compile(r"(?i)\s+(?:(?:lượt\s+)?người\s+|con\s+|ngôi\s+)?"
                     r"(?P<a>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+và\s+(?P<b>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                     r"(?=\s*(?:[,;.:()\n]|$)|\s+(?:so|do|trong|tại|ở|của|năm|tháng)(?!\w))")


def joined_nouns(text: str, end: int) -> tuple[str, str] | None:
    """The two nouns a number's phrase joins with ``và`` right after it (``end``), folded; None when it joins none."""
    m = _JOINED.match(text, end)
    if m is None:
        return None
    a, b = fold(m.group("a")), fold(m.group("b"))
    return (a, b) if a != b else None


def _names(label: str, noun: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(noun) + r"(?![a-z0-9])", label) is not None


def rows_named(rows, nouns: tuple[str, str]) -> tuple[list, list]:
    """The rows whose label names the first noun and not the second, and those naming the second and not the first."""
    a, b = nouns
    labels = [(r, fold(r.fig.chi_tieu)) for r in rows]
    return ([r for r, lab in labels if _names(lab, a) and not _names(lab, b)],
            [r for r, lab in labels if _names(lab, b) and not _names(lab, a)])
