"""A decision's annex lines: a list whose first line states the whole and each line after a part and its rate::

    + Tổng số hộ tự nhiên: 297.899 hộ
    + Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%
    + Tổng số hộ cận nghèo: 18.160; Tỷ lệ: 6,10%

The rate after ``; Tỷ lệ:`` is the share of its line's number in the whole of the list's first line
(``derive.Derivations._share_of_listed_whole``)."""

from __future__ import annotations

import re

#: a list line's marker at the start of a line
_MARKER = re.compile(r"[ \t]*([+\-•*])[ \t]+")
#: what lies between a line's number and its rate: the unit, then ``; Tỷ lệ:`` (``tỉ lệ``, ``chiếm tỷ lệ``)
_RATE_LEAD = re.compile(r"(?i)^[^\d;,\n]{0,24}[;,]\s*(?:chiếm\s+)?t[ỷỉ]\s+lệ\s*:?\s*$")
#: the words of a whole at the head of the list's first line
_WHOLE = re.compile(r"(?i)\s*tổng\s+số\b")


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def rate_of_line(text: str, number_end: int, rate_start: int) -> bool:
    """The rate at ``rate_start`` follows its line's number (ending at ``number_end``) as ``; Tỷ lệ:`` — on a list
    line (a marker at the line's start)."""
    start = line_start(text, rate_start)
    return number_end >= start and bool(_MARKER.match(text, start)) \
        and bool(_RATE_LEAD.match(text[number_end:rate_start]))


def first_line_of_list(text: str, pos: int) -> int | None:
    """The start of the first line of the list the line at ``pos`` belongs to (same marker, blank lines between
    allowed), if that line names a whole (``Tổng số …``) and is not ``pos``'s own line."""
    own = line_start(text, pos)
    mark = _MARKER.match(text, own)
    if not mark:
        return None
    first, cur = own, own
    while cur > 0:
        prev = line_start(text, cur - 1)
        line = text[prev:cur - 1]
        if not line.strip():
            cur = prev
            continue
        pm = _MARKER.match(text, prev)
        if not pm or pm.group(1) != mark.group(1):
            break
        first = cur = prev
    if first == own:
        return None
    body = _MARKER.match(text, first).end()
    return first if _WHOLE.match(text, body) else None


#: ``1.Cục THADS TP.Hà Nội: 08 Chi cục:`` and a line break: a count whose noun heads the list that follows
_COUNT_HEADS_LIST = re.compile(r"[ \t]*([^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,2})[ \t]*:[ \t]*\n")


def items_listed_after(text: str, number_end: int) -> tuple[int, bool] | None:
    """``08 Chi cục:`` then one line a ``- Chi cục …``: (the lines of the list that start with the count's noun, whether
    the text ends inside the list — a page cut short) — or None when no such list follows."""
    head = _COUNT_HEADS_LIST.match(text, number_end)
    if head is None:
        return None
    noun = head.group(1).casefold()
    pos, items, marker = head.end(), 0, None
    while pos < len(text):
        eol = text.find("\n", pos)
        line = text[pos:eol if eol >= 0 else len(text)]
        if not line.strip():
            if eol < 0:
                break
            pos = eol + 1
            continue
        mark = _MARKER.match(line)
        if mark is None or (marker is not None and mark.group(1) != marker) \
                or not line[mark.end():].casefold().startswith(noun):
            return (items, False) if items else None
        marker, items = mark.group(1), items + 1
        if eol < 0:
            break
        pos = eol + 1
    return (items, True) if items else None


#: ``Trong đó 2 nhóm dịch vụ tăng mạnh là: Dịch vụ bưu chính chuyển phát đạt …; dịch vụ tài chính bưu chính đạt …``
#: (yf-nam-dinh-buu-dien-tinh-doanh-thu-2019): a count whose phrase ends on a colon, the items it counts after it on the
#: same line, cut by semicolons, each opening on the counted noun
_COUNT_OPENS_ITEMS = re.compile(r"[ \t]+(?P<phrase>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,7}?)(?:[ \t]+(?:là|gồm|như))?[ \t]*:[ \t]*")
_ITEMS_END = re.compile(r"[.!?](?=\s|$)|\n")


def items_inline_after(text: str, number_end: int) -> int | None:
    """The items a count's colon opens on its line (see above), when there are two or more and each opens on two
    words of the count's phrase (``nhóm dịch vụ`` → ``Dịch vụ bưu chính …``); None otherwise."""
    head = _COUNT_OPENS_ITEMS.match(text, number_end)
    if head is None:
        return None
    stop = _ITEMS_END.search(text, head.end())
    items = [x.strip(" \t-+•") for x in text[head.end():stop.start() if stop else len(text)].split(";")]
    phrase = " ".join(head.group("phrase").casefold().split()[:4])
    openings = {" ".join(x.casefold().split()[:2]) for x in items}
    if len(items) < 2 or len(openings) != 1:
        return None
    opening = openings.pop()
    return len(items) if len(opening.split()) == 2 and re.search(rf"(?<!\w){re.escape(opening)}(?!\w)", phrase) else None
