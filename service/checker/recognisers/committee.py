"""The body a congress elects, and its size: one reading for the checker and the template.

``Đại hội đã bầu BCH khóa II gồm 11 ông, bà`` (yx-thua-thien-hue-tp-hue-hoi-nguoi-khuyet-tat-nhiem-ky-2016-2022),
``ra mắt Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khoá XIII gồm 155 đại biểu đại diện cho các cấp Hội``
(c40-cuuchienbinh-dai-hoi-phu-nu-toan-quoc-xiii): the seats of the new term, no figure of the one reviewed. The checker
(``check.py``: ``committee_seats``; ``events.elected``, the meeting's own presidium too) and the template
(``onboarding/elected.py``, ``congress_make_up`` in ``onboarding/recognisers.py``) read the sentence with these words:

- :data:`BODY`: the bodies a congress elects (``Ban Chấp hành``/``BCH``, ``Ban Thường vụ``/``BTV``, ``(Ủy) Ban Kiểm
  tra``/``UBKT``); :data:`BODY_NAMES` is its alternation, for a caller's wider set (``events``: the presidium);
- :data:`CHOSEN`: how it came to be (``bầu``, ``chỉ định``, ``ra mắt``, ``trúng cử``); :data:`ELECT`, ``bầu`` alone;
- :data:`TERM`: its term named (``khóa II``, ``nhiệm kỳ 2023-2028``);
- :data:`SIZED`: ``gồm`` (``gồm có``, ``gồm tất cả``) right before the number; :data:`SIZE_SAID`: the body then, with
  no number between, ``gồm``/``với``/``có``/``là``/``:`` (``Ban Chấp hành … gồm 47``, ``BCH: 2``);
- :data:`ADDRESSED`: people counted by their titles of address (``ông, bà``).

:func:`committee_seats` is the checker's whole reading: the number sized by ``gồm``, a noun after it, a body in its
clause with no predicate between (``BCH khóa II đã tặng quà gồm 30 suất`` lists what was done), elected or named with
its term. The template asks the same words more loosely (the body's size said by ``có``/``là`` too) and only of a count
of people: it keeps its own guards (a count of people, standing sheet) in ``onboarding/elected.py``.
"""

from __future__ import annotations

import re

#: The names of the bodies a congress elects (an alternation, no groups).
BODY_NAMES = (r"ban\s+chấp\s+hành|BCH|ban\s+thường\s+vụ|BTV|(?:ủy|uỷ)\s+ban\s+kiểm\s+tra|ban\s+kiểm\s+tra|UBKT")
BODY = re.compile(r"(?i)(?<!\w)(?:" + BODY_NAMES + r")(?!\w)")
CHOSEN = re.compile(r"(?i)(?<!\w)(?:bầu|chỉ\s+định|ra\s+mắt|trúng\s+cử)(?!\w)")
ELECT = re.compile(r"(?i)(?<!\w)bầu(?!\w)")
TERM = re.compile(r"(?i)(?<!\w)(?:kh(?:óa|oá|oa)\s+[IVXLC]+|nhiệm\s+kỳ\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)(?!\w)")
#: ``gồm`` (``gồm có``, ``gồm tất cả``) right before the number (search it on the text up to the number)
SIZED = re.compile(r"(?i)(?<!\w)gồm(?:\s+(?:có|tất\s+cả))?\s+$")
#: ``Ban Chấp hành … gồm 47``, ``BCH: 2``: the body's size said after its name, no number between (search it on the
#: text up to the number)
SIZE_SAID = re.compile(r"(?i)(?<!\w)(?:" + BODY_NAMES + r")(?!\w)[^\d.;]{0,60}?(?:gồm(?:\s+có)?|với|có|là|:)\s*"
                       r"(?:\w+\s+)?$")
#: People counted by their titles of address: ``ông, bà``, ``ông/bà``, ``ông bà``, ``bà, ông`` (match right after the
#: number).
ADDRESSED = re.compile(r"(?i)^\s*(?:ông\s*[,/]?\s*bà|bà\s*[,/]?\s*ông)(?!\w)")

#: a word after the number: what counts the seats (``ông, bà``, ``đại biểu``); not ``%`` nor a fraction
_COUNTS_A_NOUN = re.compile(r"[ \t]+[^\W\d_]")
_CLAUSE_STOP = re.compile(r"[.;!?](?=\s)|\n")
#: between the committee and ``gồm`` stands its name (``Trung ương Hội …``, ``huyện``, its term), never a predicate: an
#: auxiliary or a verb of doing there (``BCH khóa II đã tặng quà gồm 30 suất``) makes ``gồm`` list what was done
_PREDICATE = re.compile(r"(?i)(?<!\w)(?:đã|đang|sẽ|được|vừa|cũng|đều|tiếp\s+tục|tổ\s+chức|triển\s+khai|thực\s+hiện|"
                        r"tặng|trao|hỗ\s+trợ|thăm|phối\s+hợp|chỉ\s+đạo)(?!\w)")


def committee_seats(text: str, start: int, end: int) -> bool:
    """The number at ``start``..``end`` sizes a committee its clause elects or names with its term (see the module)."""
    if not (SIZED.search(text, max(0, start - 20), start) and _COUNTS_A_NOUN.match(text, end)):
        return False
    lo = max(0, start - 200)
    clause = max((m.end() for m in _CLAUSE_STOP.finditer(text, lo, start)), default=lo)
    bodies = list(BODY.finditer(text, clause, start))
    if not bodies or _PREDICATE.search(text, bodies[-1].end(), start):
        return False
    return CHOSEN.search(text, clause, start) is not None or TERM.search(text, bodies[-1].end(), start) is not None
