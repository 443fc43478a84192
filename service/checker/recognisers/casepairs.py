"""A pair of cases and persons: ``158 vụ/287 bị can``, ``khởi tố 75 vụ, 83 bị can``, ``triệt phá 118 vụ với 176
đối tượng``, ``xử lý khác 33 vụ với 49 đối tượng``.

Police, procuracy and court reports count each line twice — the cases and the persons in them — and their sheets
keep the two in one row (``Số vụ | Số đối tượng``, ``Số lượng | Số bị can``).  The second number is no count of
cases: it is the persons of the row the first number is of (``derive.Derivations._persons_of_pair``)."""

from __future__ import annotations
from service.checker.match import fold

import re

#: the cases' noun after the first number, then what joins the second to it
_CASES_THEN_JOINT = re.compile(r"(?i)^\s*vụ(?:\s+(?:án|việc))?(?:\s+\w+){0,1}?\s*(?:/|,|với|và)\s*$")
#: the persons' noun after the second number
_PERSONS = re.compile(r"(?i)\s*(?:bị\s+can|bị\s+cáo|đối\s+tượng|đổi\s+tượng|phạm\s+nhân|can\s+phạm|người)(?!\w)")


def persons_of_pair(text: str, first_num_end: int, second_num_start: int, second_num_end: int) -> bool:
    """The number at ``second_num_start`` counts the persons of the cases the number ending at ``first_num_end``
    counts, right before it (``75 vụ, 83 bị can``; ``158 vụ/287 bị can``)."""
    between = text[first_num_end:second_num_start]
    return len(between) <= 24 and bool(_CASES_THEN_JOINT.match(between)) \
        and bool(_PERSONS.match(text, second_num_end))


def persons_unit(unit: str) -> bool:
    """A row's unit that counts persons (``người``, ``đối tượng``, ``bị can``)."""
    return bool(_PERSONS.fullmatch((unit or "").strip()))


def persons_noun(text: str, number_end: int) -> str | None:
    """The persons' noun after a number, folded (``bi can``), if one follows it."""
    hit = _PERSONS.match(text, number_end)
    return " ".join(fold(hit.group()).split()) if hit else None
