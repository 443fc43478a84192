"""A committee's members made by consultation (``hiệp thương``), counted: ``các đại biểu đã hiệp thương cử ra 5 Ủy viên
Ủy ban Trung ương Hội, 3 Ủy viên Đoàn Chủ tịch …`` (p17-dansinh-hlhtn-h1-2024), ``Ủy ban MTTQ Việt Nam huyện Thăng Bình
hiệp thương cử bổ sung 7 Ủy viên Ủy ban MTTQ Việt Nam huyện`` (held-out yo-quang-nam-thang-binh-ubmttq-huyen-so-ket-6-
thang-2020-h1), ``ủy ban hội đã hiệp thương thống nhất cho tám anh chị thôi không tham gia ủy ban hội …, hiệp thương bổ
sung tám anh chị khác vào ủy ban hội`` (held-out ym-tp-ho-chi-minh-hoi-lhtn-thanh-pho-so-ket-6-thang-2011-h1).

The fronts and unions (Mặt trận, Hội Liên hiệp thanh niên) fill their committees by consultation, not by vote: who joins
or leaves is the committee's make-up, no figure of the period — as ``events.elected`` reads a committee an Đại hội
elects (``bầu``), and asked only when the table keeps no committee. The grammar: ``hiệp thương`` in the number's
clause before it, a committee named in the clause (``ủy ban``, ``ban chấp hành``, ``đoàn chủ tịch``, ``ủy viên`` …), and
the number counts persons (``ủy viên``, ``anh chị``, ``đồng chí``, ``thành viên``, ``người``).

Kept as figures: what a consultation decides that is no membership (``hiệp thương thống nhất 12 chỉ tiêu``: no person
counted), a committee's members counted with no consultation said (``Ủy ban có 35 ủy viên``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import alternation

_CONSULTED = re.compile(r"(?i)(?<!\w)hiệp\s+thương(?!\w)")
#: committees a front or union fills by consultation (open-ended)
COMMITTEES = ("ủy ban", "uỷ ban", "ban chấp hành", "bch", "ban thường vụ", "ban kiểm tra", "đoàn chủ tịch",
              "ban thường trực", "ủy viên", "uỷ viên")
_COMMITTEE = re.compile(r"(?i)(?<!\w)(?:" + alternation(COMMITTEES) + r")(?!\w)")
#: persons a membership counts (open-ended)
MEMBERS = ("ủy viên", "uỷ viên", "anh chị", "anh, chị", "đồng chí", "đ/c", "thành viên", "người", "vị", "cán bộ")
_MEMBERS = re.compile(r"(?i)\s*(?:" + alternation(MEMBERS) + r")(?!\w)")
_STOP = re.compile(r"[.;!?](?=\s|$)|\n")


def consulted(text: str, start: int, end: int) -> bool:
    """The number at ``start``–``end`` counts members a committee gains or loses by consultation (see the module)."""
    if not _MEMBERS.match(text, end):
        return False
    lo = max(0, start - 200)
    opened = max((m.end() for m in _STOP.finditer(text, lo, start)), default=lo)
    stop = _STOP.search(text, end)
    closed = stop.start() if stop else len(text)
    return bool(_CONSULTED.search(text, opened, start)) and bool(_COMMITTEE.search(text[opened:closed]))
