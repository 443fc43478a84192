"""A plan ratio whose plan goes unsaid: the percentage an amount ``đạt`` with no base after it.

``thu ngân sách trên địa bàn đạt 76,75%; tổng vốn đầu tư toàn xã hội đạt 76,47%`` (c14-aluoi-2021-h1), ``Toàn huyện
đã giải ngân vốn đầu tư công đạt 68,15%`` (c14-ninhthuan-huyen-2022-h1), ``Giá trị sản xuất nông, lâm, thủy sản đạt
tỷ lệ 105%, với 2.569 tỷ đồng`` (c14-tinhbien-thidua-2018-9t): an amount (revenue, spending, capital, output, a
disbursement) cannot be a percentage of itself; ``đạt X%`` of it is the share of its plan — a derivation whose base
the text leaves unsaid, as ``đạt 54,37%`` (round 18's sibling rule) when no sibling names it.

Not a rate, whose ``đạt X%`` is its level: ``tỷ lệ che phủ rừng đạt 42%``, ``tốc độ tăng trưởng đạt 7,18%``, ``tỷ lệ
giải ngân đạt 68%`` (a rate noun in the subject); not when a number stands in the subject between (``thu 30,9 tỷ
đồng, đạt 58,4%``: the rate of that number, read elsewhere).
"""

from __future__ import annotations

import re

from service.checker.clauses import LAST_CLAUSE_END_OR_COLON

#: The verb right before the percentage: ``đạt``, ``ước đạt``, ``đạt tỷ lệ``, a qualifier at most.
_REACHED = re.compile(r"(?i)(?<!\w)(?:ước\s+)?(?:thực\s+hiện\s+)?đạt(?:\s+(?:tỷ|tỉ)\s+lệ)?"
                      r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$")
#: An amount named in the subject: revenue, spending, capital, output's value, turnover, a disbursement.
_AMOUNT = re.compile(r"(?i)(?<!\w)(?:thu\s+ngân\s+sách|thu\s+NSNN|chi\s+ngân\s+sách|chi\s+NSNN|thu\s+nội\s+địa|vốn"
                     r"|giá\s+trị\s+sản\s+xuất|GTSX|doanh\s+thu|kim\s+ngạch|giải\s+ngân|tổng\s+mức\s+bán\s+lẻ"
                     r"|tổng\s+thu|tổng\s+chi)(?!\w)")
#: A rate named in the subject: then ``đạt X%`` is its level.
_RATE = re.compile(r"(?i)(?<!\w)(?:tỷ\s+lệ|tỉ\s+lệ|tốc\s+độ|chỉ\s+số|tỷ\s+trọng|tỉ\s+trọng|cơ\s+cấu|độ\s+che\s+phủ"
                   r"|bao\s+phủ|tăng\s+trưởng|lãi\s+suất)(?!\w)")
#: Where the subject starts: the last stop, semicolon or colon before the verb (commas stay inside the subject).
_SUBJECT_START = LAST_CLAUSE_END_OR_COLON
#: After the percentage: a base named (``kế hoạch``, ``so với …``, ``dự toán``), which other readings check.
_BASE_AFTER = re.compile(r"(?i)\s*(?:%\s*)?(?:so\s|kế\s+hoạch|KH\b|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|cùng\s+kỳ|nghị\s+quyết)")


def implied(text: str, num_start: int, num_end: int) -> bool:
    """The percentage at ``num_start:num_end`` is an amount's share of its unsaid plan (see above)."""
    verb = _REACHED.search(text, max(0, num_start - 40), num_start)
    if verb is None or _BASE_AFTER.match(text, num_end):
        return False
    lo = max(0, verb.start() - 160)
    cut = _SUBJECT_START.search(text, lo, verb.start())
    subject = text[cut.start() + 1 if cut else lo:verb.start()]
    return bool(_AMOUNT.search(subject)) and not _RATE.search(subject) and not re.search(r"\d", subject)
