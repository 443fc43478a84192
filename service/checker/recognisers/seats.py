"""The seats of a committee a congress elects or presents, whatever noun counts them: ``Đại hội đã bầu BCH khóa II gồm
11 ông, bà`` (yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022), ``ra mắt Ban Chấp hành Trung ương Hội
Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu đại diện cho các cấp Hội`` (c40-cuuchienbinh-dai-hoi-phu-nu-toan-
quoc-xiii). ``events.elected`` reads the committee sized by a word for its members (``đồng chí``, ``ủy viên``, ``người``);
the grammar is the same with any noun: a committee, elected (``bầu``, ``chỉ định``, ``ra mắt``, ``trúng cử``) or named
with its term (``khóa II``, ``nhiệm kỳ 2023-2028``), then ``gồm`` and the number — the make-up of the new term, no figure
of the one reviewed.
"""

from __future__ import annotations

import re

_BODY = re.compile(r"(?i)(?<!\w)(?:ban[ \t]+chấp[ \t]+hành|BCH|ban[ \t]+thường[ \t]+vụ|BTV|ban[ \t]+kiểm[ \t]+tra|UBKT)"
                   r"(?!\w)")
_CHOSEN = re.compile(r"(?i)(?<!\w)(?:bầu|chỉ[ \t]+định|ra[ \t]+mắt|trúng[ \t]+cử)(?!\w)")
_TERM = re.compile(r"(?i)(?<!\w)kh(?:óa|oá|oa)[ \t]+[IVXLC]+(?!\w)|(?<!\w)nhiệm[ \t]+kỳ[ \t]+(?:19|20)\d\d[ \t]*[-–][ \t]*"
                   r"(?:19|20)\d\d")
#: ``gồm`` (``gồm có``, ``gồm tất cả``) right before the number
_SIZED = re.compile(r"(?i)(?<!\w)gồm(?:[ \t]+(?:có|tất[ \t]+cả))?[ \t]+$")
#: a word after the number: what counts the seats (``ông, bà``, ``đại biểu``); not ``%`` nor a fraction
_COUNTS_A_NOUN = re.compile(r"[ \t]+[^\W\d_]")
_CLAUSE_STOP = re.compile(r"[.;!?](?=\s)|\n")
#: between the committee and ``gồm`` stands its name (``Trung ương Hội …``, ``huyện``, its term), never a predicate: an
#: auxiliary or a verb of doing there (``BCH khóa II đã tặng quà gồm 30 suất``) makes ``gồm`` list what was done
_PREDICATE = re.compile(r"(?i)(?<!\w)(?:đã|đang|sẽ|được|vừa|cũng|đều|tiếp\s+tục|tổ\s+chức|triển\s+khai|thực\s+hiện|"
                        r"tặng|trao|hỗ\s+trợ|thăm|phối\s+hợp|chỉ\s+đạo)(?!\w)")


def committee_seats(text: str, start: int, end: int) -> bool:
    """The number at ``start``..``end`` sizes a committee its clause elects or names with its term (see the module)."""
    if not (_SIZED.search(text, max(0, start - 20), start) and _COUNTS_A_NOUN.match(text, end)):
        return False
    lo = max(0, start - 200)
    clause = max((m.end() for m in _CLAUSE_STOP.finditer(text, lo, start)), default=lo)
    bodies = list(_BODY.finditer(text, clause, start))
    if not bodies or _PREDICATE.search(text, bodies[-1].end(), start):
        return False
    return _CHOSEN.search(text, clause, start) is not None or _TERM.search(text, bodies[-1].end(), start) is not None
