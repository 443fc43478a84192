"""A congress an event greets is not the page's own congress (round 58).

``date 2025-12-03 … Chào mừng Đại hội đại biểu phụ nữ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2025-2030 (diễn ra vào ngày
10 và 11/12), Hội LHPN tỉnh tổ chức trao tặng 150 suất quà …`` (held-out xv-thanh-hoa-hoi-lhpn-tinh-qua-mai-am-tinh-
thuong-2025-12, coded 2025-12): the only period named is the term a congress opens, which a congress's write-up
reviews the term before of; the page read 2020-2025.  But ``chào mừng`` / ``hướng tới`` / ``tiến tới`` (to greet, to
head for) put the congress ahead of the page's own deed: a gift round, a sports day, a drive held in its honour
(``Hướng tới Đại hội lần thứ XIII Công đoàn Việt Nam nhiệm kỳ 2023-2028, ngày 19/11/2023, Liên đoàn …``, sweep
p33-dinhlap-bongchuyenhoi; ``thi đua chào mừng đại hội phụ nữ các cấp nhiệm kỳ 2021 - 2026``, sweep
c39-tinthethaonews-phu-nu-vu-quang).  Its term is then neither reported nor the opened term of a congress the page
tells: set aside, the page read by what else it names (its day, its date).

Not a congress the page itself tells (``Đại hội … nhiệm kỳ 2025-2030 đã bầu …``, no greeting before it), nor one greeted
more than a clause back."""

from __future__ import annotations

import re

#: "Chào mừng Đại hội đại biểu phụ nữ tỉnh … lần thứ XIX, nhiệm kỳ", "hướng tới Đại hội … Công đoàn … nhiệm kỳ", "thi
#: đua chào mừng thành công đại hội … các cấp nhiệm kỳ": the greeting, then the congress's name up to its term
GREETED = re.compile(r"\b(?:chào\s+mừng|hướng\s+tới|tiến\s+tới)\s+(?:thành\s+công\s+)?(?:các\s+kỳ\s+)?đại\s+hội\b"
                     r"[^.;:\n]{0,100}$", re.I)


def greeted_term(before: str) -> bool:
    """The words ``before`` a term (its own line) name it as the term of a congress an event greets."""
    return bool(GREETED.search(before))
