"""What a meeting written up did, by notation and grammar: its term's number in digits (``HĐND xã Đại Mạch khóa 20``),
the documents it heard (``các vị đại biểu đã được nghe 4 báo cáo và 1 tờ trình``), and photo captions under its
pictures (``… ngày 31/3. (Ảnh: TTXVN phát)``, ``… năm 2023. Ảnh: H.L``). None of these is a figure of the period.

``TERM`` is a claim (a term number is notation); ``heard`` and ``caption`` are asked only of a number no row
supports (``check._not_of_this_period``): a row that holds the number still checks it.
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

#: Bodies elected for a term (``khóa``): councils, Party committees, the National Assembly, mass organisations.
_BODIES = (r"HĐND|Hội\s+đồng\s+nhân\s+dân|Quốc\s+hội|Đảng\s+bộ|Đảng\s+ủy|Đảng\s+uỷ|Ban\s+Chấp\s+hành|BCH|Huyện\s+ủy|"
           r"Huyện\s+uỷ|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Hội|Đoàn|Mặt\s+trận|MTTQ|Ủy\s+ban|Uỷ\s+ban|UBMTTQ")

#: ``HĐND xã Đại Mạch khóa 20``, ``Ban Chấp hành Đảng bộ huyện khoá 21``: the term's number after ``khóa`` when the
#: clause names an elected body before it (a count of courses puts the number first: ``mở 3 khóa đào tạo``).
TERM = Rule("term-number", "ordinal", "the number of a body's term (khóa), not a figure",
            re.compile(rf"(?<!\w)(?:{_BODIES})(?!\w)[^\d.;:!?\n]{{0,50}}?(?<!\w)(?i:kh[oó]a|khoá)\s+(\d{{1,2}})"
                       r"(?![\d.,/]\d)(?!\s*(?:năm|tháng|ngày|học\s+viên|lớp|người|đồng\s+chí)(?!\w))"),
            needs=("khóa", "khoá", "khoa"))

# ---------------------------------------------------------------- the documents the meeting heard

_DOCUMENTS = r"báo\s+cáo|tờ\s+trình|dự\s+thảo|đề\s+án|chuyên\s+đề|tham\s+luận|ý\s+kiến\s+thảo\s+luận"
_DOC_AFTER = re.compile(rf"(?i)\s*(?:{_DOCUMENTS})(?!\w)")
_HEARD_BEFORE = re.compile(r"(?i)(?<!\w)(?:được\s+)?(?:nghe|thảo\s+luận|cho\s+ý\s+kiến(?:\s+vào)?|xem\s+xét)\s+"
                           rf"(?:(?:và\s+)?(?:thảo\s+luận|cho\s+ý\s+kiến|biểu\s+quyết)\s+)?"
                           rf"(?:\d{{1,2}}\s+(?:{_DOCUMENTS})[^.;:\n]{{0,60}}?(?:,|và)\s+)?$")


def heard(text: str, start: int, end: int) -> bool:
    """``đã được nghe 4 báo cáo và 1 tờ trình``, ``thảo luận 3 dự thảo``: how many documents the meeting heard or
    discussed — its agenda, not a figure of the period."""
    return bool(_DOC_AFTER.match(text, end)) and bool(_HEARD_BEFORE.search(text[max(0, start - 140):start]))


# ---------------------------------------------------------------- photo captions

#: The photo's credit ending a line: ``(Ảnh: TTXVN phát)``, ``. Ảnh: H.L``, `` - Ảnh: B.L``, ``Ảnh minh họa``.
_CREDIT_END = re.compile(r"(?:[.!?)\]]\s*|\s[-–]\s*|\s)\(?Ảnh(?:\s*:\s*[^\n():]{1,50}|\s+minh\s+h(?:ọa|oạ))\)?[.\s|]*$")
#: ... or opening it: ``Ảnh: Quang cảnh Hội nghị tổng kết … năm 2021.``
_CREDIT_START = re.compile(r"^\s*\(?Ảnh\s*:")
CAPTION_MAX = 260  # a caption is a line of a sentence or two; a paragraph that merely ends on a credit is longer


def caption(text: str, start: int) -> bool:
    """The number stands on a line that a photo credit ends or opens: a caption of the picture, not of the period."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a:b if b >= 0 else len(text)]
    if len(line.strip()) > CAPTION_MAX:
        return False
    if _CREDIT_START.match(line):
        return True
    credit = _CREDIT_END.search(line)
    return credit is not None and credit.start() >= start - a
