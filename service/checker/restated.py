"""A rate stated again: ``xã Nam Bình đạt 85,7% (8.705/10.162) … mức nước sạch của xã Nam Bình mới đạt ở mức cơ
bản 85,7%``. The second ``85,7%`` says again what the first said and the check proved (the pair in brackets gives it):
it is supported as the first is.

The rule: a percentage no row or derivation gives, written exactly as one the check did prove earlier in the text
(same digits, same decimals, same qualifier and direction of change), near it (same paragraph, or within
``REACH`` characters), and about the same thing (the words around the two share a label word). A whole percent
(``100%``, ``60%``) is too common to be taken for the same rate by its digits: it must also count the same noun
after it. A planted error in either copy breaks the equality and stays flagged; a value moved from another row (``Hộ
nghèo: 189 hộ, tỷ lệ 6,9%`` where 6,9% is the near-poor rate) is refused because the words before it name another
row of the table than the first copy's (``names_another``, given by the checker).
"""

from __future__ import annotations

from typing import Callable

from service.checker.context import Where
from service.checker.extract import Mention
from service.checker.model import NumberCheck

REACH = 600
PROVED = ("supported", "derived")


def _same_rate(a: Mention, b: Mention) -> bool:
    if a.kind != "percent" or b.kind != "percent" or a.value is None or a.value != b.value:
        return False
    if a.raw.strip() != b.raw.strip() or a.qualifier != b.qualifier or a.comparison != b.comparison \
            or a.low != b.low:
        return False
    if a.decimals == 0:
        noun_a, noun_b = a.noun.split(" ")[:2], b.noun.split(" ")[:2]
        return bool(a.noun) and noun_a == noun_b
    return True


def restated(mentions: list[Mention], where: list[Where], results: list[NumberCheck | None],
             names_another: Callable[[int, int], bool]) -> None:
    """Re-verdict, in place, each unsupported percentage that restates one proved before it (see the module)."""
    for i, m in enumerate(mentions):
        r = results[i]
        if r is None or r.verdict != "unsupported" or m.kind != "percent":
            continue
        for j in range(i - 1, -1, -1):
            first, done = mentions[j], results[j]
            if m.num_start - first.num_end > REACH and where[j].paragraph != where[i].paragraph:
                break
            if done is None or done.verdict not in PROVED or not _same_rate(first, m):
                continue
            if not (where[i].window & where[j].window) or names_another(i, j):
                continue
            r.verdict, r.source, r.reason, r.expected = done.verdict, done.source, None, None
            r.derivation = f"nhắc lại «{first.raw.strip()}» đã kiểm ở trên" + (
                f" ({done.derivation})" if done.derivation else "")
            break
