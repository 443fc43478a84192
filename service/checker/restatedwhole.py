"""``Trong (số) N <noun>, …`` opening a sentence says again the count just said: the two must be one value (round 103).

    Ban Giám khảo đã lựa chọn được 61 tác phẩm vào vòng chung khảo. Trong 61 tác phẩm, Hội đồng chung khảo đã lựa
    chọn 22 tác phẩm xuất sắc nhất …     (wa-dong-nam-bo-tap-chi-nguoi-lam-bao-giai-bao-chi-mien-dong-2022)
    … tiếp nhận 270 đơn qua công tác tiếp dân và qua đường bưu điện. Trong số 270 đơn, đã chuyển 106 đơn …
                                         (xh-dong-nai-hdnd-tinh-tiep-cong-dan-xu-ly-don-2018)

A sentence that opens on ``Trong`` [``số``] a count and its noun, then a comma, takes the whole it breaks down from
the sentence before: the last count there of the same noun. Written ``Trong 22 tác phẩm`` after ``61 tác phẩm``
(another row's 22, the prizes), each number still matched a row of its own and passed. Where the two values differ,
one of them is wrong and the words cannot tell which: both are flagged, each naming the other.

Negatives: the same value (every such sentence of the held-out pages: ``270 đơn`` … ``Trong số 270 đơn``); no count
of that noun phrase in the sentence before (``Tự ứng cử: 4 người (0,80%) … Trong số 15 người tự ứng cử, có 4 người``:
the election results, xg-, a part before its whole) (``Trong số 34 tỉnh, thành phố mới``, ``Trong số 139 xã`` after ``8/9 huyện``);
a span of time (``Trong 5 năm qua,``: no count); a number already flagged.
"""

from __future__ import annotations

import re
from decimal import Decimal

from service.checker.match import fold
from service.checker.recognisers import sentence_start

#: the sentence opens on ``Trong`` [``số``] then the number
_OPENS = re.compile(r"(?i)\s*trong\s+(?:số\s+)?$")
#: the count's noun: its first word, then (within three words) the comma that closes the opening
_NOUN = re.compile(r"\s+([^\W\d_]+)(?:\s+[^\W\d_]+){0,3}\s*,")
_WORDS = re.compile(r"[^\W\d_]+|\S")
_KINDS = ("count",)


def restated_wholes(text: str, numbers: list) -> None:
    """Flag, in place, a sentence's opening ``Trong N <noun>,`` and the count it restates when they differ."""
    for k, n in enumerate(numbers):
        if n.kind not in _KINDS or n.value is None or n.verdict not in ("supported", "derived"):
            continue
        s = sentence_start(text, n.start, 300)
        if s is None or not _OPENS.fullmatch(text, s, n.start):
            continue
        noun = _NOUN.match(text, n.end)
        if noun is None:
            continue
        before = _said_before(text, numbers, k, s, fold(text[n.end:noun.end() - 1]).split())
        if before is None or before.verdict not in ("supported", "derived"):
            continue
        if Decimal(str(before.value)) == Decimal(str(n.value)):
            continue
        said = " ".join(text[n.end:noun.end() - 1].split())
        opening = " ".join(text[s:noun.end() - 1].split())   # as written: "Trong số 270 đơn"
        for this, other in ((n, before), (before, n)):
            this.verdict, this.expected = "unsupported", other.text.strip()
            this.reason = (f"«{opening}» nhắc lại số vừa nêu ở câu trước («{before.text.strip()} {said}»): hai số "
                           f"phải bằng nhau, «{this.text.strip()}» khác «{other.text.strip()}»")


def _said_before(text: str, numbers: list, k: int, s: int, noun: list[str]):
    """The last count in the sentence before the one opening at ``s`` whose words after it begin with the opening's
    whole noun phrase ``noun`` (``15 người tự ứng cử`` restates no ``4 người (0,80%)``: another part, not the whole)."""
    j = s
    while j > 0 and text[j - 1].isspace():
        j -= 1
    prev = sentence_start(text, max(0, j - 1), 300)   # (before the full stop that closes it)
    if prev is None:
        return None
    for m in reversed(numbers[:k]):
        if m.start < prev:
            break
        if m.kind not in _KINDS or m.value is None:
            continue
        if _WORDS.findall(fold(text[m.end:m.end + 80]))[:len(noun)] == noun:
            return m
    return None
