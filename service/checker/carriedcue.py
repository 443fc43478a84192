"""``Trong đó`` opening a sentence breaks down what the sentence before it said, over that sentence's period.

    Theo Bộ NNPTNT, tổng sản lượng thủy sản … 10 tháng đầu năm đạt hơn 5 triệu tấn, tăng 2,9% so với cùng kỳ năm
    trước.
    Trong đó, sản lượng thủy sản khai thác đạt 2,38 triệu tấn, …                   (d13 Dân Việt, report 2013-10T)

The parts after ``Trong đó`` are parts of the whole just named, for the same span of time: the words of time of
the sentence before (``10 tháng đầu năm``) are theirs when their own sentence names none.  October's 240.000 tấn
written there (``đạt 0,24 triệu tấn``) is the month's value where the running total stood.
"""

from __future__ import annotations

import re

from service.checker.recognisers.running import time_cue

#: a sentence that opens by breaking down the one before: ``Trong đó,`` / ``Trong số đó,`` (not ``trong đó có``
#: inside a sentence, which the sentence's own cue covers)
_OPENS_THEREOF = re.compile(r"(?i)\s*trong\s+(?:số\s+)?đó\s*[,:]")
#: where the sentence before starts: after the full stop (or line break) that ends the one before it
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: how far back the sentence before may start
_REACH = 400


def carried_cue(text: str, sentence_start: int) -> str | None:
    """``running``/``period``: the words of time of the sentence before, when the sentence at ``sentence_start``
    opens with ``Trong đó,``; None otherwise or when the sentence before names no period."""
    if not _OPENS_THEREOF.match(text, sentence_start):
        return None
    head = text[max(0, sentence_start - _REACH):sentence_start].rstrip()
    body = head[:-1] if head.endswith((".", "!", "?")) else head
    ends = [m.end() for m in _SENTENCE_END.finditer(body)]
    return time_cue(body[ends[-1]:] if ends else body)
