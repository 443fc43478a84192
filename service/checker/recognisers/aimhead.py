"""A sentence whose head is governed by an aim's verb: every number of it is aimed at, not done.

    Năm nay công ty phấn đấu sản xuất và cấp 53,5 triệu m3 nước sạch thương phẩm, tổng doanh thu đạt 490,5 tỷ
    đồng, lợi nhuận sau thuế gần 52,3 tỷ đồng. Dự kiến doanh nghiệp sẽ nộp ngân sách nhà nước 61 tỷ đồng, …
                        (yu-hai-duong-cong-ty-nuoc-sach-ket-qua-kinh-doanh-2019, the report on 2019)

    …, để đạt mục tiêu gieo cấy đạt 1.217 nghìn ha, năng suất đạt 51,8 tạ/ha, sản lượng đạt 6,3 triệu tấn, …
                        (zo-vinh-phuc-bo-nnptnt-so-ket-vu-dong-xuan-2020-2021)

The head is what comes before the sentence's main verb: a time (``Năm nay``, ``Năm tới``, ``Thời gian tới``, ``Về
kế hoạch trong tháng 5,``, ``Theo kế hoạch,``), a subject of words (no number, no comma, no mark of what was done), then the verb of an
aim: ``phấn đấu``, ``đặt (ra) mục tiêu``, ``đề ra mục tiêu``, ``có kế hoạch``, ``sẽ``, ``Dự kiến … sẽ`` (an estimate
alone, ``Dự kiến cả năm đạt …``, may be the period's own and is left).  A clause that opens on reaching an aim
(``để đạt mục tiêu``, ``nhằm đạt mục tiêu``) governs what follows it the same way.  The aim runs over commas and
semicolons to the sentence's end (every item of the enumeration is still the aim) unless a mark of what was done
takes over (``đã``, ``đạt được``, ``kết quả``, ``năm qua``, ``vừa qua``, ``đến nay``, ``hiện nay``).

Not an aim: a head naming the report's own year or an earlier one (``Năm 2019 phấn đấu giải quyết việc làm cho hơn
2,8 nghìn lao động`` in the 2019 report states its results so); a verb after ``đã`` or ``vừa`` (``Sawaco đã … nỗ lực
phấn đấu thực hiện thắng lợi nhiệm vụ …``: a result told).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start
from service.checker.recognisers.later import end_year

_NUM = r"(?:19|20)\d\d"
#: a time opening the sentence: ``Năm nay``, ``Năm 2020``, ``Trong năm tới``, ``Thời gian tới``; a comma may follow it
_TIME = (r"(?:(?:trong|sang|bước\s+sang|đến|tới|cho)\s+)?"
         rf"(?:năm\s+(?:nay|tới|sau|mới|(?P<year>{_NUM}))"
         r"|(?:thời\s+gian|giai\s+đoạn|những\s+tháng|các\s+tháng|quý|tháng)\s+(?:sắp\s+)?tới"
         r"|(?:những\s+tháng|6\s+tháng|sáu\s+tháng)\s+cuối\s+năm)")
#: the plan named as the sentence's topic: ``Về kế hoạch trong tháng 5,``, ``Theo kế hoạch,`` (then a year it names is
#: the plan's, never a result's)
_PLAN_TOPIC = r"(?P<plan>(?:về|theo)\s+kế\s+hoạch[^,.;:\n]{0,80}?)\s*,"
#: the aim itself named as the sentence's topic: ``Mục tiêu năm 2019, Chi cục … sẽ chỉ đạo, hướng dẫn … giảm tỷ lệ sinh
#: con thứ 3 từ 0,5-1%`` (xl-quang-binh-chi-cuc-dan-so-…-2019), ``Mục tiêu trong năm 2015, ngành dạy nghề sẽ tuyển sinh
#: mới 2 triệu người`` (zy-toan-quoc-tong-cuc-day-nghe-…-2014): the whole sentence is the aim, its year the aim's
_AIM_TOPIC = r"(?P<aimtopic>mục\s+tiêu(?:\s+[^\W\d_]+)?\s+(?:năm\s+)?(?:19|20)\d\d)\s*,"
#: a word of the subject: letters first (``Công``, ``CP``, ``NN&PTNT``), no figure in it
_WORD = r"[^\W\d_][^\s,;:.!?()]*"
#: the verb of an aim
_VERB = (r"phấn\s+đấu|(?:đặt|đề)(?:\s+ra)?\s+(?:các\s+)?mục\s+tiêu|có\s+kế\s+hoạch|(?P<will>sẽ)"
         r"|(?P<estimate>dự\s+kiến)")
_HEAD = re.compile(rf"(?i)[\s\-–+•*]*(?:(?:{_PLAN_TOPIC}|{_AIM_TOPIC}|(?:{_TIME})\s*,?)\s*){{0,2}}(?P<subject>(?:{_WORD}\s+){{0,10}}?)(?:{_VERB})(?!\w)")
#: a subject that tells what was done is no aim's: ``Sawaco đã … phấn đấu``, ``vừa``
_PAST_SUBJECT = re.compile(r"(?i)(?<!\w)(?:đã|vừa|đạt|được|từng)(?!\w)")
#: ``Dự kiến … sẽ``: the estimate speaks of what will be (not ``Dự kiến cả năm đạt …``: the year's estimate)
_WILL = re.compile(r"(?i)(?<!\w)sẽ(?!\w)")
_WHOLE_YEAR = re.compile(r"(?i)(?<!\w)(?:cả\s+năm|(?:cuối|hết)\s+năm(?:\s+nay)?)(?!\w)")
#: a clause that opens on reaching an aim: ``để đạt mục tiêu …``, ``nhằm hoàn thành mục tiêu …``
_TO_REACH = re.compile(r"(?i)(?<!\w)(?:để|nhằm)\s+(?:đạt|hoàn\s+thành|thực\s+hiện)(?:\s+được)?\s+(?:các\s+|những\s+)?"
                       r"mục\s+tiêu(?!\w)")
#: a mark of what was done: the sentence reports again from there
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|đạt\s+được|kết\s+quả|qua\s+đó|nhờ\s+đó|thực\s+tế|đến\s+nay|hiện\s+nay|"
                   r"(?:năm|tháng|quý)\s+qua|vừa\s+qua)(?!\w)")
_REACH = 500
_CLAUSE_STOP = re.compile(r"[;:]|,(?!\d)")
_YEAR_SAID = re.compile(r"(?i)(?:(?:năm|vụ|mùa)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


def _head(text: str, first: int, start: int, report) -> tuple[int, str] | None:
    """Where the aim's verb ends and how firm it is (``aim``; ``will`` for a bare ``sẽ``) when the sentence beginning
    at ``first`` opens on an aim's head, else None."""
    m = _HEAD.match(text, first, start)
    if m is None or _PAST_SUBJECT.search(m.group("subject")):
        return None
    year = m.group("year")
    if year is not None and m.group("plan") is None and (report is None or int(year) <= end_year(report)):
        return None   # the period's own year (or one before, or no period to tell): results may be said so
    if m.group("estimate"):
        will = _WILL.search(text, m.end(), start)
        if will is None or _WHOLE_YEAR.search(text, m.end(), will.start()):
            return None
        return will.end(), "aim"
    if m.group("aimtopic"):
        return m.end(), "topic"
    return m.end(), "will" if m.group("will") and m.group("plan") is None else "aim"


def head_aim(text: str, start: int, report=None) -> str | None:
    """How the number at ``start`` is aimed at when it stands in a sentence governed by an aim (see the module), with
    no mark of what was done between the aim's verb and it: ``aim``, or ``will`` for a bare ``sẽ`` (``Quận Hà Đông sẽ
    có 99 thanh niên lên đường nhập ngũ``, yq-ha-noi-ha-dong: the period's own recruits, said of the coming send-off —
    the checker reads that one only where no row is about the number); else None."""
    first = sentence_start(text, start, _REACH)
    if first is None:
        return None
    first = max(first, text.rfind("\n", 0, start) + 1)   # a line is a sentence's bound too (a headline, a caption)
    head = _head(text, first, start, report)
    if head is None:
        reach = [m for m in _TO_REACH.finditer(text, first, start)]
        if not reach:
            return None
        head = reach[-1].end(), "aim"
    verb_end, how = head
    if _DONE.search(text, verb_end, start):
        return None
    if how == "topic":
        return "aim"   # "Mục tiêu năm 2019, …": every clause of the sentence is the aim's
    stop = _CLAUSE_STOP.search(text, verb_end, start)
    return how if stop is None or _sets_a_value(text[verb_end:stop.start()]) else None


def head_aims(text: str, start: int, report=None) -> bool:
    """:func:`head_aim`, any way."""
    return head_aim(text, start, report) is not None


def _sets_a_value(clause: str) -> bool:
    """Does the aim's own clause set a value (a number that is no year)? Only then is the enumeration after its comma
    the aim's (``rèn luyện phấn đấu về mọi mặt, … được 17 cuộc``; ``Để đạt mục tiêu kế hoạch năm 2020, sản lượng 6
    tháng đạt 3,86 triệu tấn``: what follows is a result)."""
    return bool(re.search(r"\d", _YEAR_SAID.sub(" ", clause)))
