"""What a council's or a conference's session passed: ``Kỳ họp cũng đã thông qua 34 Nghị quyết`` — the session's own
act, written up with it, no figure of the period it reviewed.

    … Kỳ họp thứ 7 HĐND thành phố khóa IX, nhiệm kỳ 2016-2021 đã bế mạc. … Kỳ họp cũng đã thông qua 34 Nghị quyết với
    tỷ lệ thống nhất cao.                                                          (c25-danang-ky-hop-7-hdnd-2018)
    … an ninh chính trị, trật tự an toàn xã hội được giữ vững … Kỳ họp thông qua 4 nghị quyết và các Tờ trình, …
                                                        (ya-lao-cai-phuong-xuan-tang-ktxh-hdnd-ky-hop-cuoi-nam-2021)

``passed_at_session(text, start, end)``: the number is followed by what a session passes (``nghị quyết``, ``tờ
trình``, ``quy chế``, ``đề án``) and its sentence has a session (``kỳ họp``, ``phiên họp``, ``hội nghị``, ``đại hội``)
— not counted itself (``tổ chức 4 kỳ họp``) — before a verb of passing (``thông qua``, ``biểu quyết thông qua``) that
stands right before the number; a sentence that speaks of a period (``trong năm``, ``nhiệm kỳ qua``, ``6 tháng``) counts
the period's resolutions and is left to be read. Asked only of a number no row is about.
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start

_ACTS = re.compile(r"(?i)\s*(?:nghị\s+quyết|NQ|tờ\s+trình|quy\s+chế|đề\s+án|luật|dự\s+án\s+luật|văn\s+bản)(?!\w)")
_SESSION = re.compile(r"(?i)(?<!\w)(?:kỳ\s+họp|kì\s+họp|phiên\s+họp|hội\s+nghị|đại\s+hội)(?!\w)")
_COUNTED_SESSION = re.compile(r"\d[\d.]*\s+$")
_PASSED = re.compile(r"(?i)(?<!\w)(?:thông\s+qua|quyết\s+nghị|biểu\s+quyết\s+thông\s+qua)\s+(?:(?:tổng\s+số|cả)\s+)?$")
_PERIOD = re.compile(r"(?i)(?<!\w)(?:trong\s+(?:năm|nhiệm\s+kỳ|kỳ|quý|tháng)|năm\s+qua|nhiệm\s+kỳ\s+qua|từ\s+đầu\s+"
                     r"(?:năm|nhiệm\s+kỳ)|\d+\s+tháng|từ\s+năm|giai\s+đoạn)(?!\w)")


def passed_at_session(text: str, start: int, end: int) -> bool:
    """The number at ``start`` counts what the session written up passed (see the module)."""
    if not _ACTS.match(text, end):
        return False
    s = sentence_start(text, start)
    if s is None:
        return False
    before = text[s:start]
    if not _PASSED.search(before) or _PERIOD.search(before):
        return False
    return any(not _COUNTED_SESSION.search(text, max(s, m.start() - 12), m.start()) for m in _SESSION.finditer(text, s, start))
