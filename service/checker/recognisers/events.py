"""The event a write-up reports on, counted: ``lãnh đạo xã Tiên Phong cùng 80 đại biểu chính thức tham dự``, ``Hội
nghị có 150 đại biểu về dự``. How many attended the conference is no figure of the period the report is about; a row
that counts it still supports it (the step is applied only to a number no row supports).

The grammar: the number counts ``đại biểu`` (delegates, the word for whoever attends a conference) and its clause says
they attended (``dự``, ``tham dự``, ``về dự``, ``có mặt``, ``được triệu tập``); or the clause opens by saying who attended
(``Tham dự có 50 đoàn viên thanh niên``, ``tham dự hội nghị có … và 23 hội viên``), and then whoever it counts attended.

A clause ends at ``.``/``;``/``!``/``?`` before a blank, or a line's end: the dot of ``1.250`` or of ``T.P Sông Công``
ends nothing.
"""

from __future__ import annotations

import re

from service.checker.recognisers import alternation
from service.checker.recognisers import committee

#: ``80 đại biểu``; ``hơn 120 hội viên là đại biểu chính thức``: who is counted may be named first, then said to be
#: the delegates.
_DELEGATES = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?(?:là\s+)?(?:đại\s+biểu|khách\s+mời)(?!\w)")
_ATTENDED = re.compile(r"(?i)(?<!\w)(?:(?:tham|về|đến)\s+)?dự(?!\s+(?:án|toán|kiến|báo|thảo|phòng|trữ|định|tính|"
                       r"thi|tuyển))(?!\w)|(?<!\w)có\s+mặt(?!\w)|(?<!\w)được\s+triệu\s+tập(?!\w)"
                       r"|(?<!\w)sự\s+tham\s+gia\s+của(?!\w)")   # "Đại hội …, với sự tham gia của 132 đại biểu"
_CLAUSE = re.compile(r"[.;!?](?=\s|$)|\n")
#: A ratio's first number (``167/167 đại biểu``): the delegates are counted after its whole.
_OVER_WHOLE = re.compile(r"[ \t]*/[ \t]*\d[\d.]*")
#: The clause opens with who attended: ``Tham dự có``, ``tham dự hội nghị có``, ``Dự và chỉ đạo hội nghị có``, ``Về dự
#: buổi lễ còn có`` — attending a meeting (or the event just named, when none is), not taking part in an activity.
_MEETINGS = ("hội nghị", "đại hội", "buổi lễ", "lễ", "buổi gặp mặt", "hội thảo", "tọa đàm", "cuộc họp", "kỳ họp",
             "buổi làm việc", "lễ kỷ niệm", "hội nghị tổng kết", "hội nghị sơ kết")
_OPENS_ATTENDANCE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?(?:(?:tham|về|đến)\s+)?dự(?:\s+và\s+chỉ\s+đạo)?"
                               r"(?P<meeting>\s+(?:" + alternation(_MEETINGS) + r"))?(?:\s+(?:còn|cũng))?\s+(?:có|gồm)(?!\w)")
_MEETING = re.compile(r"(?i)(?<!\w)(?:" + alternation(_MEETINGS) + r")(?!\w)")
#: ``lượt người``: takings part in an activity, counted — never a meeting's attendance.
_TURNS = re.compile(r"(?i)\s*lượt(?!\w)")
#: ``Tham dự có …; và đại diện của 11 Sở TT&TT các tỉnh`` (mic.gov.vn, 2019): the units whose representatives attended,
#: counted in a sentence that opens with who attended, its items in clauses — ``của`` (of), where ``đại diện cho``
#: (standing for, below) counts whom the delegates stand for.
_REPRESENTATIVES_OF = re.compile(r"(?i)(?<!\w)đại\s+diện\s+của\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$")
#: ``155 đại biểu đại diện cho 432 đảng viên``: whom the delegates stand for, not who attended.
_REPRESENTED = re.compile(r"(?i)(?<!\w)(?:đại\s+diện|thay\s+mặt)(?:\s+cho)?(?:\s+(?:hơn|gần|trên|khoảng|cho))*\s+$")


def _clause(text: str, end: int, back: int, after: int | None = None) -> str:
    """The clause around the number ending at ``end``: back to the last stop within ``back`` characters, on to the
    next stop after ``after`` (default ``end``)."""
    start = _clause_start(text, end, back)
    stop = _CLAUSE.search(text, end if after is None else after)
    return text[start:stop.start() if stop else len(text)]


def _clause_start(text: str, end: int, back: int) -> int:
    lo = max(0, end - back)
    return max((c.end() for c in _CLAUSE.finditer(text, lo, end)), default=lo)


def _number_start(text: str, end: int) -> int:
    i = end
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    return i


#: The sentence opens with attending (``Dự Kỳ họp, có …``, ``Tham dự kỳ họp có …``) and lists who attended in clauses
#: cut by semicolons; the delegates counted at its end (``… các xã và 29/30 đại biểu HĐND xã``, c19-hagiang-quangminh-2020;
#: ``…; đại diện cử tri tiêu biểu của 7/7 ấp, cùng với 28/29 vị đại biểu HĐND xã``, hdnd.tayninh.gov.vn, 2025) are those
#: present, not a figure of the period.
_ATTENDANCE_SENTENCE = re.compile(r"(?i)\s*(?:tham\s+|về\s+|đến\s+)?dự(?:\s+và\s+chỉ\s+đạo)?\s+(?:" + alternation(_MEETINGS)
                                  + r")(?!\w)")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_start(text: str, end: int, back: int) -> int:
    lo = max(0, end - back)
    return max((c.end() for c in _SENTENCE_STOP.finditer(text, lo, end)), default=lo)


#: people counted, the last item of a list of who attended (``cùng 60 hội viên``, ``và 45 đoàn viên``)
_PEOPLE = re.compile(r"(?i)\s*(?:hội\s+viên|đoàn\s+viên|đảng\s+viên|cán\s+bộ|cựu\s+chiến\s+binh|người|thanh\s+niên|"
                     r"nông\s+dân|phụ\s+nữ|học\s+sinh|sinh\s+viên|giáo\s+viên|cử\s+tri|vị|đồng\s+chí|già\s+làng|"
                     r"người\s+có\s+uy\s+tín|chức\s+sắc|doanh\s+nhân|gương)(?!\w)")
_JOINED = re.compile(r"(?i)(?<!\w)(?:cùng(?:\s+với)?|và|cùng\s+toàn\s+thể)(?:\s+(?:hơn|gần|trên|khoảng|toàn\s+thể))?\s+$")
#: ``cùng với sự có mặt của 30 nông dân tiêu biểu``: the presence of whom the number counts.
_PRESENT = re.compile(r"(?i)(?<!\w)(?:sự\s+)?có\s+mặt\s+của\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$")


#: ``Tham gia hội nghị có hơn 60 cán bộ, hội viên``: taking part in the meeting itself (a meeting named: ``tham gia``
#: alone is taking part in an activity, a figure).
_TOOK_PART = re.compile(r"(?i)(?<!\w)tham\s+gia\s+(?:" + alternation(_MEETINGS) + r")(?:\s+(?:còn|cũng))?\s+(?:có|gồm)"
                        r"(?:\s+(?:hơn|gần|trên|khoảng))?\s+$")


#: ``132 đại biểu đại diện hơn 900 đoàn viên``: the members the delegates stand for, after the delegates counted.
_STANDS_FOR = re.compile(r"(?i)\d[\d.]*\s+(?:[^\W\d_]+\s+){0,2}?đại\s+biểu\s+(?:đại\s+diện|thay\s+mặt)(?:\s+cho)?"
                         r"(?:\s+(?:hơn|gần|trên|khoảng|cho|toàn\s+thể))*\s+$")


def represented(text: str, start: int) -> bool:
    """The number at ``start`` counts whom a meeting's delegates stand for (``với sự tham gia của 132 đại biểu đại diện
    hơn 900 đoàn viên trong toàn xã``): the organisation's membership named in passing, no figure of the period."""
    return bool(_STANDS_FOR.search(text, max(0, start - 80), start))


#: ``…, cùng toàn thể 100 hội viên tiểu biểu trong⏎toàn xã cũng về dự.`` (yf-binh-phuoc-dong-xoai-xa-tien-hung-…-2022):
#: the list of who came ends on ``(cũng|còn) về dự`` with no object but the meeting — its subject attended; a line
#: hard-wrapped inside the clause (one line break, not a blank line) ends nothing
_SOFT = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))"
_CAME_AFTER = re.compile(r"(?i)" + _SOFT + r"(?:[^\W\d_]+" + _SOFT + r"){1,8}?(?:(?:cũng|còn|đã)" + _SOFT + r")?"
                         r"(?:tham|về|đến)" + _SOFT + r"dự(?:" + _SOFT + r"(?:" + alternation(_MEETINGS) + r"))?"
                         r"[ \t]*(?:[.;!]|$)")


def attendance(text: str, end: int) -> bool:
    """The number ending at ``end`` counts who attended the event (see the module)."""
    if _CAME_AFTER.match(text, end) and not _TURNS.match(text, end):
        return True
    if _PRESENT.search(text, max(0, end - 60), _number_start(text, end)) and not _TURNS.match(text, end):
        return True
    if _TOOK_PART.search(text, _clause_start(text, end, 120), _number_start(text, end)) and not _TURNS.match(text, end):
        return True
    whole = _OVER_WHOLE.match(text, end)
    m = _DELEGATES.match(text, whole.end() if whole else end)
    # a conference's guest list makes a long sentence: 500 characters back
    if m and _ATTENDED.search(_clause(text, end, 500, m.end())):
        return True
    if m and _ATTENDANCE_SENTENCE.match(text, _sentence_start(text, end, 600), _number_start(text, end)):
        return True   # "Dự Kỳ họp, có …; … và 29/30 đại biểu HĐND xã": the list of who attended, in clauses
    if _PEOPLE.match(text, end) and not _TURNS.match(text, end) \
            and _ATTENDANCE_SENTENCE.match(text, _sentence_start(text, end, 600), _number_start(text, end)) \
            and _JOINED.search(text, max(0, end - 40), _number_start(text, end)):
        return True   # "Tham dự hội nghị có ông …; chủ tịch … các xã, thị trấn cùng 60 hội viên cựu chiến binh tiêu
        #               biểu" (yg-khanh-hoa-khanh-son-hoi-cuu-chien-binh-giam-ngheo-2011-2016): the list's last item
    if _REPRESENTATIVES_OF.search(text, max(0, end - 40), _number_start(text, end)):
        opened = _sentence_start(text, end, 600)   # "Tham dự có …; đại diện …; và đại diện của 11 Sở TT&TT các tỉnh"
        opens = _OPENS_ATTENDANCE.match(text, opened, end)
        before = opened   # the sentence before, over the blank lines between (no copy of the text up to here)
        while before > 0 and text[before - 1].isspace():
            before -= 1
        while before > 0 and text[before - 1] in ".!?":
            before -= 1
        if opens and (opens.group("meeting") or _MEETING.search(text, _sentence_start(text, before, 300), opened)):
            return True
    start = _clause_start(text, end, 500)
    opens = _OPENS_ATTENDANCE.match(text, start, end)
    if opens is None or _TURNS.match(text, end) or _REPRESENTED.search(text, max(start, end - 60), _number_start(text, end)):
        return False
    # "Tham dự có 50 đoàn viên": the meeting is the one the sentence before names (not "20 lớp tập huấn. Tham dự có")
    return bool(opens.group("meeting")) or bool(_MEETING.search(text, _clause_start(text, max(0, start - 2), 300), start))


#: ``Đại hội bầu 15 thành viên vào Ban Chấp hành nhiệm kỳ 2023-2028``, ``bầu ra Ban Chấp hành … gồm 20 người``: the
#: committee the Đại hội elects, sized — the organisation's make-up for the next term, no figure of the one reviewed;
#: ``Hội nghị đã bầu Đoàn Chủ tịch điều hành cuộc họp gồm 03 đồng chí``: the meeting's presidium, the meeting's own.
_ELECTED_BODY = re.compile(r"(?i)(?<!\w)(?:" + committee.BODY_NAMES + r"|ủy\s+ban|uỷ\s+ban|"
                           # the meeting's own presidium and secretariat: "bầu Đoàn Chủ tịch … gồm 03 đồng chí"
                           r"đoàn\s+chủ\s+tịch|chủ\s+tịch\s+đoàn|đoàn\s+thư\s+ký|ban\s+thư\s+ký|chủ\s+tọa|chủ\s+toạ)"
                           r"(?!\w)")
#: ``bầu``, or ``chỉ định`` (a committee appointed at a first congress: ``chỉ định 19 đồng chí tham gia Ban Chấp hành
#: Đoàn …; chỉ định 5 đồng chí Ban Thường vụ``, c24-tienphong-doan-xa-truong-son-dai-hoi-2025)
_ELECTED = committee.CHOSEN
#: ... also ``đại biểu`` put into the body (``Đại hội đã bầu 9 đại biểu vào BCH Hội LHPN xã``, xf-long-an-kien-tuong-hoi-
#: lhpn-xa-binh-hiep-nhiem-ky-2011-2016; ``đã bầu 31 đại biểu tham gia Đoàn Chủ tịch TƯ Hội``, vov2.vov.vn): not the
#: meeting's attendance (``Đại hội có 131 đại biểu tham dự``)
_MEMBERS = re.compile(r"(?i)\s*(?:đồng\s+chí|đ/c|ủy\s+viên|uỷ\s+viên|thành\s+viên|người|vị|"
                      r"đại\s+biểu(?=\s+(?:vào|tham\s+gia)\s))(?!\w)")
#: ``bầu đoàn đại biểu dự Đại hội đại biểu phụ nữ tỉnh lần thứ XIII gồm 22 đồng chí`` (h-vanninh-lhpn-2016): the
#: delegation the Đại hội elects to the congress above, sized — as its committee.
_DELEGATION = re.compile(r"(?i)(?<!\w)đoàn\s+đại\s+biểu(?!\w)")
#: ``Ban Chấp hành Đảng bộ xã Nghĩa Hành nhiệm kỳ 2025 - 2030 gồm 24 đồng chí`` (c20-baonghean-nghiahanh, a title with
#: no ``bầu``), ``Ban Chấp hành Đảng bộ huyện Phước Sơn khóa XXI (nhiệm kỳ 2020 - 2025) gồm 38 đồng chí``
#: (t3-phuocson-daihoi-2020): a committee named with its term, then ``gồm`` and its size — the make-up of the term.


def elected(text: str, end: int) -> bool:
    """The number ending at ``end`` sizes a committee its clause says was elected, or a committee named with its term
    (see above)."""
    if not _MEMBERS.match(text, end):
        return False
    clause = _clause(text, end, 200)
    if _ELECTED.search(clause) and (_ELECTED_BODY.search(clause) or _DELEGATION.search(clause)):
        return True
    start = _number_start(text, end)
    body = list(_ELECTED_BODY.finditer(clause))
    return bool(body and committee.SIZED.search(text, max(0, start - 20), start)
                and committee.TERM.search(clause, body[-1].end()))


#: ``Hội nghị đã trao tặng giấy khen, phần thưởng cho 16 tập thể, 28 cá nhân``, ``Dịp này, Hội … đã tặng 2 Cờ thi
#: đua``: the honours given out at the event written up. Who received them, and how many honours, is the event's, no
#: figure of the period — unless the table counts commendations (then the step leaves them to be checked). The grammar:
#: the clause gives (``trao``, ``tặng``, ``khen thưởng``, ``biểu dương``, ``vinh danh``) an honour (a word of
#: :data:`HONOURS`), and the number counts the honour itself or who received it (:data:`RECIPIENTS`, open-ended).
HONOURS = ("giấy khen", "bằng khen", "cờ thi đua", "cờ", "phần thưởng", "kỷ niệm chương", "huy hiệu", "danh hiệu",
           "khen thưởng", "biểu dương", "tuyên dương", "vinh danh", "thi đua", "huân chương", "huy chương", "cúp",
           "bằng công nhận")
RECIPIENTS = ("tập thể", "cá nhân", "đơn vị", "gia đình", "hộ gia đình", "hộ", "người", "đồng chí", "đ/c", "hội viên",
              "đoàn viên", "học sinh", "sinh viên", "em", "cháu", "giáo viên", "cán bộ", "chi hội", "chi bộ", "tổ",
              "cơ sở", "xã", "thôn", "khu dân cư", "doanh nghiệp", "tác giả", "tác phẩm", "vận động viên", "đội",
              "gương", "gương điển hình", "điển hình", "điển hình tiên tiến")
_HONOUR = re.compile(r"(?i)(?<!\w)(?:" + alternation(HONOURS) + r")(?!\w)")
#: ``nhận`` (received), not ``công nhận`` (recognised as having reached a title: ``18 cán bộ … được công nhận chiến sĩ thi
#: đua cơ sở`` is what the year achieved, a figure of the period).
_GIVEN = re.compile(r"(?i)(?<!\w)(?:trao|tặng|khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|(?<!công\s)nhận)(?!\w)")
#: ``vinh danh 3 nhà giáo tiêu biểu``, ``khen thưởng cho 16 …``: the verb of honouring right before the number — it counts
#: who was honoured, whatever noun names them.
_HONOURED_BEFORE = re.compile(r"(?i)(?<!\w)(?:vinh\s+danh|tuyên\s+dương|biểu\s+dương|khen\s+thưởng)(?:\s+cho)?"
                              r"(?:\s+(?:hơn|gần|trên|khoảng))?\s+$")
_COUNTED = re.compile(r"(?i)\s*(?:" + alternation(set(HONOURS) | set(RECIPIENTS)) + r")(?!\w)")
_NEW_PREDICATE = re.compile(r"(?i),\s*(?:có|đạt)\s")


def awarded(text: str, end: int) -> bool:
    """The number ending at ``end`` counts the honours given out at the event, or who received them (see above)."""
    if not (_COUNTED.match(text, end) or _HONOURED_BEFORE.search(text, max(0, end - 40), _number_start(text, end))):
        return False
    clause = _clause(text, end, 300)
    if not (_GIVEN.search(clause) and _HONOUR.search(clause)):
        return False
    # "… tặng giấy khen cho 12 cá nhân và 24 tập thể …, có 45 cơ sở chi hội đạt trong sạch vững mạnh": a new predicate
    # after the list of recipients counts what the period did
    start = _clause_start(text, end, 300)
    given = [g for g in _GIVEN.finditer(text, start, end)]
    return not (given and _NEW_PREDICATE.search(text, given[-1].end(), _number_start(text, end)))


#: A sentence that opens on the meeting written up: ``Tại Hội nghị lần này,``, ``Cũng tại buổi lễ,``, ``Dịp này,``,
#: ``Nhân dịp này,``.
_AT_THE_MEETING = re.compile(r"(?i)\s*(?:[-–•]\s*)?(?:(?:cũng\s+)?tại\s+(?:" + alternation(_MEETINGS) + r")(?:\s+(?:lần\s+)?này)?"
                             r"|(?:nhân\s+)?dịp\s+này)\s*,")
#: What is handed over there: gifts, donations, honours.
_HANDED = re.compile(r"(?i)(?<!\w)(?:ủng\s+hộ|trao\s+tặng|tặng|trao|khen\s+thưởng|biểu\s+dương|hỗ\s+trợ)(?!\w)")
_SENTENCE = re.compile(r"[.!?](?=\s|$)|\n")


def given_at_meeting(text: str, start: int) -> bool:
    """The number at ``start`` counts or prices what was handed over at the meeting written up — its sentence opens on
    that meeting and a verb of giving comes before it: ``Tại Hội nghị lần này, Hiệp hội đã ủng hộ 1 tỷ đồng … và tặng
    15 Nhà tình nghĩa`` (the year reviewed is over; the gifts are the meeting's). Asked only of a number no row of the
    table is about (see ``check``)."""
    lo = max(0, start - 400)
    opening = max((m.end() for m in _SENTENCE.finditer(text, lo, start)), default=lo)
    m = _AT_THE_MEETING.match(text, opening)
    return m is not None and _HANDED.search(text, m.end(), start) is not None \
        and _REPORTED.search(text, m.end(), start) is None


#: ``Tại hội nghị, báo cáo cho biết trong năm Hội đã tặng 500 suất quà``: the meeting heard what the period did.
_REPORTED = re.compile(r"(?i)(?<!\w)(?:báo\s+cáo|cho\s+biết|nêu\s+rõ|đánh\s+giá|trong\s+năm|năm\s+(?:19|20)\d\d|"
                       r"\d+\s+tháng|nhiệm\s+kỳ|thời\s+gian\s+qua|từ\s+đầu\s+năm)(?!\w)")
