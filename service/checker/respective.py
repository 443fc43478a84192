"""A ``lần lượt`` (respectively) list: the k-th value is the k-th thing named before the cue (checker round 98).

Two readings of one idea, both of the order the cue sets:

- :func:`governing_cue` — the cue a value's list hangs on is the **last** ``lần lượt`` before it in its clause, not the
  first: ``doanh thu và lợi nhuận sau thuế quý II/2021 lần lượt đạt 125,4 tỷ đồng và 51,1 tỷ đồng, tăng lần lượt 48,5%
  và 267%`` (xt-…-doanh-nghiep-thuy-dien): the rates follow the second cue, so the amounts before it (125,4; 51,1) are
  the rows they are of, in order — 48,5% is the revenue's, 267% the profit's. Read from the first cue, nothing stood
  before it and each rate fell to the nearest amount (the profit's), so the revenue's own 48,5% was «wrong».
- :func:`respective_change` — the counts of a list a change leads with ``lần lượt`` are all changes: ``số vụ án và
  đối tượng bị bắt tăng lần lượt 126 vụ (23,07%) và 189 đối tượng (20,9%)`` (xu-lai-chau-cong-an-…-ma-tuy-2023): the
  extractor reads ``tăng lần lượt 126 vụ`` as a change; ``189 đối tượng``, after a bracketed rate and ``và``, is the
  second item of the same list (804 − 615), not a count of the year. The items may carry a qualifier before the
  number and an aside in brackets after the noun; the list runs on ``,`` or ``và`` only, in one sentence.
"""

from __future__ import annotations

import re

_CUE = re.compile(r"(?i)(?<!\w)lần\s+lượt(?!\w)")

#: ``tăng lần lượt``, ``giảm lần lượt là``, ``lần lượt tăng``: the change that leads the list.
_LEAD = r"(?:(?P<verb>tăng|giảm)(?:[ \t]+thêm)?[ \t]+lần[ \t]+lượt(?:[ \t]+là)?|lần[ \t]+lượt[ \t]+(?P<verb2>tăng|giảm))"
#: One item: a qualifier, the number, its noun (a few words), an aside in brackets.
_ITEM = (r"(?:(?:gần|hơn|khoảng|trên|xấp[ \t]+xỉ)[ \t]+)?\d[\d.,]*[ \t]*[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,3}"
         r"(?:[ \t]*\([^()\n]{0,40}\))?")
_LIST_BEFORE = re.compile(r"(?i)(?<!\w)" + _LEAD + r"[ \t]+(?:" + _ITEM + r"[ \t]*(?:,|và)[ \t]*)+"
                          r"(?:(?:gần|hơn|khoảng|trên|xấp[ \t]+xỉ)[ \t]+)?$")


def governing_cue(text: str, start: int, end: int):
    """The last ``lần lượt`` between ``start`` (the clause's) and ``end`` (the value's number): the cue whose list the
    value belongs to; ``None`` when the clause says none before it."""
    cue = None
    for cue in _CUE.finditer(text, start, end):
        pass
    return cue


def respective_change(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the number at ``num_start`` is a later item of a list of changes a ``tăng lần lượt``
    leads (``tăng lần lượt 126 vụ (23,07%) và 189 đối tượng``); ``None`` otherwise (the first item is the
    extractor's: the verb stands right before it)."""
    lo = max(0, num_start - 200)
    cut = max(text.rfind(".", lo, num_start), text.rfind(";", lo, num_start), text.rfind("\n", lo, num_start))
    # (a decimal comma is no stop, and a dot between digits is a thousands mark, not the sentence's end)
    while cut > lo and 0 < cut + 1 < len(text) and text[cut - 1].isdigit() and text[cut + 1].isdigit():
        cut = max(text.rfind(".", lo, cut), text.rfind(";", lo, cut), text.rfind("\n", lo, cut))
    found = _LIST_BEFORE.search(text, max(lo, cut + 1), num_start)
    return (found.group("verb") or found.group("verb2")).lower() if found else None
