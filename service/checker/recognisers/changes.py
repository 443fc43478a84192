"""A change stated without ``tăng``/``giảm`` right before its number.

- :func:`shared` — one comparison word for a list: ``tăng 13 vụ, 6 bị cáo so với năm 2022``, ``tăng 1 cuộc kiểm sát,
  2 kiến nghị so với cùng kỳ``: the second number is an increase too (the list runs on to ``so với``).
- :func:`stated_after` — the comparison said first, the amount after ``là``: ``tăng so với cùng kỳ năm 2016 là 168 vụ``,
  ``tăng hơn năm 2016 là 153 vụ``.

Read as counts, these are no row of the table (the table holds 168 bị cáo this year and 162 last year, not 6): a
false alarm on a right text, and a wrong change would be taken for a wrong count.
"""

from __future__ import annotations

import re

#: What may stand between the first number (its noun) and the next one of the list: a comma, or ``và``.
_LIST_GAP = re.compile(r"(?i)[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?[^\W\d_]*[ \t]*(?:,|và)[ \t]*$")
#: ``so với``, ``so cùng kỳ``: where the list's comparison is said, right after the last number's noun.
_COMPARED = re.compile(r"(?i)[ \t]*(?:[^\W\d_]+[ \t]*){0,4}?(?:(?:,|và)[ \t]*\d[\d.,]*[ \t]+(?:[^\W\d_]+[ \t]*){1,4}?)*"
                       r"(?<=[ \t])(?:so[ \t]+với|so[ \t]+cùng[ \t]+kỳ)(?!\w)")
#: ``tăng so với cùng kỳ năm 2016 là``, ``tăng hơn năm 2016 là``, ``giảm so với năm trước là``.
_SAID_FIRST = re.compile(r"(?i)(?<!\w)(tăng|giảm)(?:[ \t]+hơn)?(?:[ \t]+so[ \t]+với)?(?:[ \t]+cùng[ \t]+kỳ)?"
                         r"(?:[ \t]+(?:năm[ \t]+(?:19|20)\d\d|năm[ \t]+trước|kỳ[ \t]+trước))?[ \t]+là[ \t]+$")


def shared(text: str, prev_end: int, num_start: int, noun_end: int) -> bool:
    """The number at ``num_start`` (its noun ending at ``noun_end``) continues the list of changes whose previous
    number ended at ``prev_end``."""
    return bool(_LIST_GAP.fullmatch(text, prev_end, num_start)) and bool(_COMPARED.match(text, noun_end))


def stated_after(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the number at ``num_start`` is the amount of a comparison said before it."""
    m = _SAID_FIRST.search(text, max(0, num_start - 60), num_start)
    return m.group(1).lower() if m else None
