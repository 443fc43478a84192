"""A figure of a longer period than the report's: the whole year's estimate in a half-year, nine-month, quarter or
month report (``Ước tính cả năm, cây rau gieo trồng 2.364 ha``; ``…; ước cả năm 812 ha, giảm 3%``; ``dự kiến cả năm
thu 1.200 tỷ đồng``). It is no figure of this period: the period's table does not hold it and the checker does not
ask it to. In a year report, "ước cả năm" is the period itself, and the rule does not apply.

The grammar: an estimate word (``ước``, ``ước tính``, ``dự ước``, ``dự kiến``, ``ước thực hiện``) then ``cả năm`` (or
``cả năm`` then the estimate word) earlier in the number's sentence, and no shorter period (``6 tháng``, ``quý``,
``tháng``) named between that cue and the number.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule, sentence_start
from service.checker.recognisers.datedmoment import dated_within
from service.checker.recognisers.later import end_year
from service.checker.recognisers.told import tells_results
from service.periods import Period, find_mentions, parse_period

_CUE = re.compile(r"(?i)(?<!\w)(?:(?:dự\s+)?ước(?:\s+(?:tính|đạt|thực\s+hiện|TH))?|dự\s+kiến|dự\s+báo)\s+(?:đạt\s+)?"
                  r"(?:cả\s+năm|(?:đến|tới|vào)\s+(?:hết|cuối)\s+năm)(?!\w)"  # "Dự kiến đến cuối năm 2015 toàn tỉnh có 899 HTX"
                  r"|(?<!\w)cả\s+năm(?:\s+20\d\d)?,?\s+(?:ước|dự\s+kiến)(?!\w)")
_SHORTER = re.compile(r"(?i)(?<!\w)(?:\d+\s+tháng|tháng|quý|học\s+kỳ|nửa\s+năm|6\s+tháng)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")

#: Period kinds (``service.periods.KINDS``) shorter than a year.
SHORTER_KINDS = ("half", "quarter", "month", "ytd")


def in_year_estimate(text: str, start: int) -> bool:
    """The number at ``start`` stands in a whole-year estimate (see the module)."""
    window = text[max(0, start - 240):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    sentence = window[cut:]
    cues = list(_CUE.finditer(sentence))
    if not cues:
        return False
    return not _SHORTER.search(sentence, cues[-1].end())


# ---------------------------------------------------------------- an aim stated in the number's own clause

#: ``với mục tiêu hỗ trợ cho trên 7.000 lượt người``, ``có kế hoạch xây mới 16 công trình``, ``để đạt mục tiêu giảm
#: TNGT từ 5 -10%``, ``sẽ lắp thêm khoảng 7.000 trạm``, ``Kết thúc năm 2020, tỷ lệ bao phủ … phải đạt 90,7%`` (what
#: must be reached), ``toàn tỉnh cần phải phát triển thêm 143.000 người`` (what is still needed) (not ``dự kiến``: an estimate
#: of the period is its figure, ``dự kiến giảm xuống còn 1,36% vào cuối năm 2020``):
#: what is aimed at, not what was done.
_AIM_CUE = re.compile(r"(?i)(?<!\w)(?:(?:với|nhằm|theo|đặt|đề\s+ra|cho|vì)\s+(?:các\s+)?mục\s+tiêu|mục\s+tiêu\s+(?:là|đến|tới|năm)|"
                      r"với\s+(?:các\s+|những\s+)?chỉ\s+tiêu(?:\s+chủ\s+yếu)?\s*:|"
                      r"có\s+kế\s+hoạch|phấn\s+đấu|sẽ|phải\s+đạt|cần\s+phải|cần\s+(?:[^\W\d_]+\s+){1,2}thêm|(?P<plan>chỉ\s+tiêu\s+kế\s+hoạch\s+là|kế\s+hoạch\s+(?:đề\s+ra|được\s+giao|giao)\s+là)|(?P<reach>(?:thực\s+hiện|đạt|hoàn\s+thành)\s+(?:các\s+|những\s+)?mục\s+tiêu))"
                      r"(?!\w)")
#: ``để đạt mục tiêu giảm TNGT từ 5-10%``, ``thực hiện mục tiêu thu nhập bình quân đạt 51 triệu``: to reach an aim — but
#: ``đã đạt mục tiêu giảm 2%`` says it was reached, the number a result.
_REACHED = re.compile(r"(?i)(?<!\w)(?:đã|được|vượt|thực\s+hiện|kết\s+quả)\s+$")
#: A word of what was done, between the cue and the number: the number is a result (``mục tiêu … đã đạt 520``).
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|đạt\s+được|kết\s+quả|qua\s+đó|nhờ\s+đó|thực\s+tế|đến\s+nay)(?!\w)")
_CLAUSE_END = re.compile(r"[.;!?\n](?:\s|$)|[;,\n]")


def aimed(text: str, start: int) -> bool:
    """The number at ``start`` is what its own clause aims at (an aim cue before it, no word of a result between), or
    an item of a list of aims (:func:`in_aim_list`)."""
    window = text[max(0, start - 200):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    clause = window[cut:]
    cues = [c for c in _AIM_CUE.finditer(clause)
            if not ((c.group("reach") or c.group("plan")) and _REACHED.search(clause, 0, c.start()))]
    return (bool(cues) and not _DONE.search(clause, cues[-1].end())) or in_aim_list(text, start) \
        or in_aim_block(text, start)


def aims_at_its_year(text: str, start: int, report) -> bool:
    """``Để đạt mục tiêu tổng sản lượng thủy sản năm 2020 đạt 8,56 triệu tấn (trong đó, sản lượng khai thác là 3,9
    triệu tấn, …)`` in the first half of 2020: an aim (:func:`aimed`) whose own words, between its cue and the number,
    name the whole year of a report shorter than a year — the year's target and its parts, never the period's value,
    even where a row of the period is about the same thing (its value then is another number, not this one)."""
    if report is None or report.kind not in SHORTER_KINDS or not aimed(text, start):
        return False
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    cues = [c for c in _AIM_CUE.finditer(text, lo, start)] + [c for c in _STRIVE.finditer(text, lo, start)]
    if not cues:
        return False
    cue = max(cues, key=lambda c: c.end())
    between = text[cue.end():start]
    own = between.split("(")[0]    # the aim's own clause, up to a bracket of its parts the number may stand in
    if re.search(r"[;:]|,(?!\d)", own):
        return False   # "Để đạt mục tiêu kế hoạch năm 2020, sản lượng 6 tháng đạt 3,86 triệu tấn": the period's
    return bool(re.search(rf"(?i)(?<!\w)năm\s+{report.year}(?!\d)", own)) and not _DONE.search(between)


#: ``phấn đấu …``, ``sẽ …`` (what will be done: ``Dự kiến tới cuối năm, VNPT sẽ lắp thêm khoảng 7.000 trạm BTS 4G và
#: 3.000 trạm BTS 3G, nâng tổng số … lên 30.000 trạm``).
#: ``… những tháng cuối năm với các chỉ tiêu: tăng trưởng kinh tế đạt 17%; nâng mức thu nhập …`` (the targets set, listed
#: after a colon), ``để đạt mục tiêu gieo cấy đạt 1.217 nghìn ha, năng suất đạt 51,8 tạ/ha, …`` (to reach an aim).
_STRIVE = re.compile(r"(?i)(?<!\w)(?:phấn\s+đấu|sẽ|cần\s+phải"   # "cần phải phát triển thêm 143.000 …; 18.683 …"
                     r"|với\s+(?:các\s+|những\s+)?chỉ\s+tiêu(?:\s+chủ\s+yếu)?\s*:"
                     r"|để\s+(?:đạt|hoàn\s+thành|thực\s+hiện)(?:\s+được)?\s+(?:các\s+|những\s+)?mục\s+tiêu)(?!\w)")
_LIST_STOP = re.compile(r"[,;]")
_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|[!?\n]")
_A_VALUE = re.compile(r"\d")


#: ``cần phải phát triển thêm``, ``cần tuyển thêm``: an amount still needed, more than what was done.
_NEEDED = re.compile(r"(?i)(?<!\w)cần\s+(?:phải\s+)?(?:[^\W\d_]+\s+){1,2}thêm(?!\w)")


def still_needed(text: str, start: int) -> bool:
    """``Để hoàn thành các chỉ tiêu, toàn tỉnh cần phải phát triển thêm 143.000 người …; 18.683 người … và 358.000
    người …``: the numbers of a sentence after ``cần … thêm`` are what remains to do — never a value of the period,
    so no row's value either (unless a word of what was done stands between)."""
    lo = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    hits = list(_NEEDED.finditer(text, lo, start))
    return bool(hits) and not _DONE.search(text, hits[-1].end(), start)


def in_aim_list(text: str, start: int) -> bool:
    """``… phấn đấu xây dựng đạt 100% chi hội …, 35% trở lên …; 98% …, giảm nghèo 08 hộ, đóng góp … 150 triệu đồng``:
    a ``phấn đấu`` earlier in the number's sentence whose own clause sets a value opens a list of aims, run on to the
    sentence's end — unless a word of what was done (``đã``, ``đạt được``, ``kết quả``) stands between. (``rèn luyện
    phấn đấu về mọi mặt, … được 17 cuộc``: its clause sets no value, what follows the comma is a result.)"""
    lo = max(0, start - 400)
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    sentence_start = ends[-1] if ends else lo
    for m in _STRIVE.finditer(text, sentence_start, start):
        stop = _LIST_STOP.search(text, m.end(), start)
        if stop is None:
            continue  # the number is in the aim's own clause: aimed() reads that
        if _A_VALUE.search(text, m.end(), stop.start()) and not _DONE.search(text, m.end(), start):
            return True
    return False


#: A sentence that opens on striving (``Phấn đấu vận động …``; a page typed without its marks: ``phan dau it nhat
#: 2 trieu suat qua tet 2018``), after a bullet or a time to come (``Thời gian tới, phấn đấu …``) — not after a year,
#: which may be the period's own (``Năm 2019 phấn đấu giải quyết việc làm cho hơn 2,8 nghìn lao động`` in the 2019
#: report states its results so).
_OPENS_ON_AIM = re.compile(r"(?i)[\s\-–+•*]*(?:(?:thời\s+gian\s+tới|trong\s+(?:năm|thời\s+gian)\s+tới|"
                           r"những\s+tháng\s+cuối\s+năm|6\s+tháng\s+cuối\s+năm)\s*,?\s*)?(?:phấn|phan)\s+(?:đấu|dau)(?!\w)")


def sentence_aims(text: str, start: int) -> bool:
    """The number's sentence opens on ``Phấn đấu`` (its own verb, not ``rèn luyện phấn đấu về mọi mặt`` inside a clause)
    and no word of what was done stands between: every number of it is aimed at, even one whose words name a row
    (``Phấn đấu vận động ủng hộ, trao tặng 8 nghìn suất quà 'Tết Nhân ái' Xuân Giáp Thìn 2024``)."""
    lo = max(0, start - 400)
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    first = ends[-1] if ends else lo
    opening = _OPENS_ON_AIM.match(text, first)
    return opening is not None and not _DONE.search(text, opening.end(), start)


#: A time to come named in the number's sentence before it: ``Do vậy, trong thời gian đến, ngân hàng còn tăng cường xử
#: lý thu hồi nợ đến hạn, giảm tỷ lệ nợ quá hạn xuống dưới 0,24%`` (``đến`` for ``tới`` in the centre's speech, then
#: only before a comma: ``thời gian đến hết năm`` is a span), ``Những tháng tới, …``, ``sắp tới``.
_TIME_AHEAD = re.compile(r"(?i)(?<!\w)(?<!đầu\s)(?:(?:thời\s+gian|những\s+tháng|các\s+tháng|năm|quý|giai\s+đoạn)\s+(?:sắp\s+)?tới"
                         r"|sắp\s+tới|(?:thời\s+gian|những\s+tháng|các\s+tháng)\s+(?:sắp\s+)?đến(?=\s*,))(?!\w)"
                         r"(?!\s+(?:nay|hiện\s+nay|đây)(?!\w))")   # not "từ đầu năm tới nay": the span so far


def after_time_ahead(text: str, start: int) -> bool:
    """The number's sentence names a time to come before it (:data:`_TIME_AHEAD`) and no word of what was done stands
    between: what will be done then, not a figure of the period — as a sentence opening on ``Phấn đấu``."""
    lo = max(0, start - 400)
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    first = ends[-1] if ends else lo
    hits = list(_TIME_AHEAD.finditer(text, first, start))
    return bool(hits) and not _DONE.search(text, hits[-1].end(), start)


#: A line of a list: ``- Tỷ lệ che phủ rừng 59,2%``.
_LIST_ITEM = re.compile(r"\s*[-–+•*]\s")
#: An introduction that sets aims: ``phấn đấu``, ``mục tiêu``, targets adopted or set (``25 nhóm chỉ tiêu của năm 2024
#: vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua``).
_AIM_INTRO = re.compile(r"(?i)(?<!\w)(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu[^.:\n]{0,60}?(?:thông\s+qua|đề\s+ra))(?!\w)")
#: ... and none that reports results (``Kết quả thực hiện các chỉ tiêu được HĐND tỉnh thông qua:``).
_DONE_INTRO = re.compile(r"(?i)(?<!\w)(?:kết\s+quả|đã\s+đạt|đạt\s+được|thực\s+hiện\s+được|ước\s+(?:thực\s+hiện|đạt)"
                         r"|tình\s+hình\s+thực\s+hiện)(?!\w)")
_TARGETS_COUNTED = re.compile(r"(?i)\s*(?:nhóm\s+)?chỉ\s+tiêu(?!\w)")


def in_aim_block(text: str, start: int) -> bool:
    """``25 nhóm chỉ tiêu của năm 2024 vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua … Cụ thể:`` / ``11 chỉ tiêu kinh
    tế gồm:`` / ``- Tốc độ tăng trưởng kinh tế (GRDP): Trên 10%`` / ``- GRDP bình quân đầu người: 104 triệu đồng/năm``
    (c14-laocai-chitieu-2024): a line of a list under introductions (lines ending with ``:``, lists and blank lines
    between) one of which sets aims and none reports results — every value of the list is an aim; so is the count of
    targets an introduction itself gives (``11 chỉ tiêu kinh tế gồm:``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    intros = []
    if line.endswith(":") and _TARGETS_COUNTED.match(text, _number_end(text, start)):
        intros.append(line)
    elif not _LIST_ITEM.match(text[line_start:start]):
        return False
    pos = line_start
    for _ in range(60):
        if pos == 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start:pos - 1].strip()
        pos = prev_start
        if not prev or _LIST_ITEM.match(prev):
            continue
        if not prev.endswith(":"):
            break
        intros.append(prev)
    return any(_AIM_INTRO.search(x) for x in intros) and not any(_DONE_INTRO.search(x) for x in intros)


def _number_end(text: str, start: int) -> int:
    m = re.compile(r"\d[\d.,]*").match(text, start)
    return m.end() if m else start


# ---------------------------------------------------------------- a figure of another period named in its sentence

_CLAUSE_STOP = re.compile(r"\n")
#: ``Trong tháng 3,``, ``riêng tháng 4``: a month named without its year is of the report's year.
_BARE_MONTH = re.compile(r"(?i)(?<!\w)(?:trong|riêng|của|vào|trong\s+cả)\s+tháng\s+(1[0-2]|0?[1-9])(?![\d/.\-]|\s*năm)")


def covered(p) -> tuple[int, int]:
    """First and last month of ``p`` counted from year 0 (a term: its whole span)."""
    first, last = p.months
    return p.year * 12 + first, end_year(p) * 12 + last   # "2015-2020", "năm học 2013-2014": through the last year


#: Words that open a sentence carrying on the one before it: ``Bên cạnh đó, cải tạo 20 trạm …`` after ``Năm 2021,
#: Trung tâm có kế hoạch xây dựng mới 16 công trình.``
CONNECTIVE = re.compile(r"(?i)\s*(?:bên\s+cạnh\s+đó|đồng\s+thời|ngoài\s+ra|cùng\s+với\s+đó|song\s+song\s+với\s+đó|"
                         r"kèm\s+theo\s+đó|ngoài\s+những\s+(?:việc|nội\s+dung)\s+trên)(?!\w)")


#: A year the words right after a number date it by, inside its clause: ``91,8% vào năm 2015``, ``94% đến năm 2020``,
#: ``1.200 hộ vào cuối năm 2016`` (a number, its unit, then the time).
_TIME_AFTER = re.compile(r"(?i)[\d.,]*\d\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s+(?:vào|đến|tới|trong)"
                         r"(?:\s+(?:cuối|giữa|đầu|hết))?\s+năm\s+((?:19|20)\d\d)(?![\d\-–/])")


def _named_after(text: str, start: int):
    """The year the words right after the number at ``start`` date it by (``đạt 91,8% vào năm 2015``)."""
    m = _TIME_AFTER.match(text, start)
    return Period(int(m.group(1)), "year") if m else None


#: ``giảm từ 11,25% năm 2011 xuống còn 2,89%``, ``từ chỗ mỗi xã chỉ đạt 2 tiêu chí năm 2010``: the year right after the
#: number and its unit (no ``so với``, ``hơn``, ``gấp`` between: ``tăng 15% so với năm 2011`` is this period's change).
#: The year may stand in brackets after a unit per year: ``tăng từ 10,98 triệu đồng/năm (năm 2010) lên 14 triệu``.
_YEAR_RIGHT_AFTER = re.compile(r"(?i)[\d.,]*\d\s*(?:%|(?:(?!(?:so|với|hơn|bằng|gấp|từ|đến|tới|sau|trước|kể|của|là)(?!\w))"
                               r"[^\W\d_]+(?:/[^\W\d_]+)?\s+){0,3})?\s*(?:năm\s+((?:19|20)\d\d)(?![\d\-–/])"
                               # the bracket holds the year alone: "95% (năm 2020 là 90%)" gives last year's value
                               r"|\(\s*năm\s+((?:19|20)\d\d)\s*\))")


def earlier_named_after(text: str, start: int, report, comparisons_kept: bool = True):
    """A year right after the number at ``start`` (see above) that is before what the table's comparison columns
    usually hold (last year's same period; a term's own first year): the number is that year's, a base the table does
    not keep — asked only of a number no row of the table is about (a stage's first year may stand in the comparison
    column: ``Tỷ lệ hộ nghèo từ 7,19% năm 2015`` in the 2020 report, its row's ``Cùng kỳ``). A table that keeps no
    comparison column cannot check last year's value either (``lên 14 triệu đồng/năm (năm 2012)`` in the 2013
    report): with ``comparisons_kept`` false, any earlier year counts."""
    m = _YEAR_RIGHT_AFTER.match(text, start)
    if m is None:
        return None
    year = int(m.group(1) or m.group(2))
    first = report.year if report.kind == "term" or not comparisons_kept else report.year - 1
    if report.kind == "term" and year == first and _TO_AFTER.match(text, m.end()):
        return Period(year, "year")  # "giảm từ 32,9% năm 2005 xuống còn 8,9%" in the 2005-2010 term: the term's base
    return Period(year, "year") if year < first else None


#: ``… năm 2005 xuống còn``, ``… năm 2015 lên``: the year after the number is where a change over the term started.
_TO_AFTER = re.compile(r"(?i)\s*,?\s*(?:xuống|lên|đến|tới)(?!\w)")


def other_period(text: str, start: int, report):
    """The period the number at ``start`` is said of, when its sentence names one that begins after ``report`` ends
    (a ``service.periods.Period``): ``Từ đầu năm 2019 đến nay, ... 23 người chết`` in the 2018 report, ``Trong tháng
    5, ...`` in the April report, ``Năm 2021, Trung tâm có kế hoạch …``/``dự kiến năm 2021 …`` (a plan) in the 2020
    report. The last period named before the number in its sentence counts, unless it is a comparison (``so với cùng
    kỳ năm 2017``); a year the number's own words give it right after it (``đạt 91,8% vào năm 2015``, in a report on
    the school year 2013-2014) counts first. A sentence that names none and opens with a connective (``Bên cạnh đó``, ``Đồng thời``, ``Ngoài
    ra``) carries on the sentence before it on the same line: that sentence's period is its own (a sentence of this
    period before it changes nothing)."""
    p = _named_period(text, start, report)
    if p is None:
        return None
    a, _ = covered(p)
    _, d = covered(report)
    # only a later period: an earlier one is what the table's comparison columns hold (a wrong value there is an error
    # to catch, not another period's figure)
    return p if a > d else None


#: A sentence that opens on its time: ``Năm 2015, trên địa bàn huyện …``, ``Trong năm 2019, …``, ``6 tháng đầu năm 2015,``,
#: a quoted one ``“Chỉ tính riêng trong tháng 9, …``.
_OPENS_ON_TIME = re.compile(r"(?i)\s*(?:[“\"‘(]\s*)?(?:(?:chỉ\s+)?(?:tính\s+)?riêng\s+)?"
                            r"(?:trong\s+|cả\s+|tính\s+đến\s+hết\s+|đến\s+hết\s+|từ\s+(?=năm\s+\d))?"
                            r"(?:năm|\d{1,2}\s+tháng|quý|tháng|học\s+kỳ)(?!\w)[^,.;:\n]{0,30},")


def opened_on(text: str, start: int, report):
    """The period the sentence of the number at ``start`` opens on (``Năm 2015, …``, ``Trong tháng 10, …``), when
    that is also the last period named before the number; else None."""
    s = sentence_start(text, start, 240)
    opening = _OPENS_ON_TIME.match(text, s) if s is not None else None
    if opening is None:
        return None
    p = _named_period(text, start, report)
    if p is None or p != _named_period(text, opening.end(), report):
        return None  # "Trong tháng 9, … (năm 2017 đạt 90,4%)": the sentence opens on another time than the number's
    if p.kind == "ytd" and re.search(r"(?i)riêng", opening.group(0)):
        # "Chỉ tính riêng trong tháng 9, …": the page's period reads it as the months so far (periods.mentions), the
        # sentence's own numbers are the month's
        p = parse_period(f"{p.year}-{p.months[1]:02d}")
    return p


def earlier_opened(text: str, start: int, report):
    """The period a sentence opens on (``Năm 2015, trên địa bàn huyện … xảy ra 5 đợt giông, làm tốc mái 6 căn nhà``),
    when it ended before ``report`` began and is neither the report's same period last year nor its previous edition
    (what comparison columns hold): in a report on the first half of 2016, that sentence speaks of 2015, whatever row
    its words fit — the table has no column for a whole earlier year."""
    p = opened_on(text, start, report)
    if p is None:
        return None
    kept = {covered(report.cung_ky), covered(report.previous_edition())}
    return p if covered(p)[1] < covered(report)[0] and covered(p) not in kept else None


_OPENS_ON_YEAR = re.compile(r"(?i)\s*(?:[-–•*+]\s*)?(?:trong\s+|cả\s+)?năm\s+((?:19|20)\d\d)\s*,")


def opens_on_year(text: str, start: int) -> int | None:
    """The year a sentence opens on as a whole year, ``Năm 2023, …`` (not a date ``Đến hết 15 tháng 3 năm 2016``)."""
    s = sentence_start(text, start, 240)
    m = _OPENS_ON_YEAR.match(text, s) if s is not None else None
    return int(m.group(1)) if m else None


def within(p, report) -> bool:
    """Is ``p`` a part of ``report`` (a month of a nine months' report), not the whole of it?"""
    (a, b), (c, d) = covered(p), covered(report)
    return c <= a and b <= d and (a, b) != (c, d)


#: ``So với tháng cùng kỳ năm 2018 giảm 116 vụ``, ``so với cùng tháng năm trước``: the base is one month a year ago.
_MONTH_A_YEAR_AGO = re.compile(r"(?i)(?<!\w)so\s+(?:với\s+)?(?:tháng\s+cùng\s+kỳ|cùng\s+tháng\s+(?:này\s+)?(?:của\s+)?năm"
                               r"\s+(?:trước|ngoái|\d{4}))(?!\w)")


def against_month_a_year_ago(text: str, start: int) -> bool:
    """Does the number's sentence, before it, compare one month with the same month a year ago? In a report on several
    months that change is the month's, which the period's table does not hold (zw-…-tai-nan-giao-thong-…-2019-9t)."""
    s = sentence_start(text, start, 240)
    return s is not None and _MONTH_A_YEAR_AGO.search(text, s, start) is not None


def covers(p, report) -> bool:
    """Does ``p`` span ``report`` and more (the year of a month's report)?"""
    (a, b), (c, d) = covered(p), covered(report)
    return a <= c and d <= b and (a, b) != (c, d)


#: ``Doanh số cho vay … năm 2017 đạt hơn 97 tỷ``, ``Thu nợ trong năm 2017 đạt hơn 60 tỷ``: a year then the predicate of
#: the number — the time its own clause gives it (not ``giảm từ 11,25% năm 2011 xuống còn 2,89%``: the year is the base's).
_YEAR_THEN_PREDICATE = re.compile(r"(?i)(?<!\w)(?:trong\s+)?năm\s+((?:19|20)\d\d)\s+(?:ước\s+)?(?:đạt|là|được"
                                  r"|chiếm(?:\s+tỷ\s+(?:trọng|lệ))?)"   # "Nếu năm 2015 chiếm tỷ trọng 78%"
                                  r"(?:\s+(?:được|hơn|gần|trên|khoảng))*\s+$")
#: ``7 tháng``, ``6 tháng đầu`` right before the year of ``_YEAR_THEN_PREDICATE``: the months from January.
_MONTHS_BEFORE_YEAR = re.compile(r"(?i)(?<!\w)(\d{1,2})\s+tháng(?:\s+đầu)?\s+$")
#: ``Con số này của năm 2021 là``: the figure just stated, pointed back at, then dated.
_THIS_FIGURE_OF = re.compile(r"(?i)(?<!\w)(?:con\s+số|số\s+liệu|tỷ\s+lệ|tỉ\s+lệ|mức|số)\s+(?:này|đó|trên)\s+(?:của|ở|vào|trong)\s+$")
#: ``(Theo giá cố định năm 2010) ước đạt 7,41%``: a year of constant prices, no time of the number.
_PRICE_BASE = re.compile(r"(?i)giá\s+(?:cố\s+định|so\s+sánh|thực\s+tế|hiện\s+hành)\s+$")


def earlier_said(text: str, start: int, report, comparisons_kept: bool = True):
    """The year a number's own clause gives it right before its predicate (see above), when that year ended before
    ``report`` began and is neither the report's same period last year nor its previous edition (what comparison
    columns hold): ``Doanh số cho vay … năm 2017 đạt hơn 97 tỷ 630 triệu đồng`` in a report on 5 months of 2018.
    Asked only of a number no row of the table is about (see ``check``).  When the table keeps no comparison column
    (``comparisons_kept`` false), the value of the figure just stated, pointed back at and dated by last year, is
    another period's too: ``Tỷ lệ hộ nghèo dân tộc thiểu số năm 2022 là 21,02%, giảm 4,89% . Con số này của năm 2021
    là 25,91%`` (c10-vn-giamngheo-2022)."""
    m = _YEAR_THEN_PREDICATE.search(text, max(0, start - 60), start)
    if m is None or _PRICE_BASE.search(text, max(0, m.start() - 25), m.start()):
        return None
    p = Period(int(m.group(1)), "year")
    months = _MONTHS_BEFORE_YEAR.search(text, max(0, m.start() - 25), m.start())
    if months is not None and 1 <= int(months.group(1)) <= 12:
        # "nhập khẩu cà phê của nước này 7 tháng năm 2018 đạt 941 nghìn tấn" in the September bulletin: the first
        # seven months, ended before the report's month
        p = Period(p.year, "ytd", int(months.group(1)))
    if report.kind == "term" and not comparisons_kept and covered(report)[0] <= covered(p)[0] and covered(p)[1] <= covered(report)[1] \
            and covered(p) != covered(report):
        return p   # "năm 2018 là 79%" in the report on the term 2016-2020: one year's value, not the term's (where the
        #            table keeps no other period's column: a base year it keeps is checked there)
    kept = {covered(report.cung_ky), covered(report.previous_edition())}
    if not comparisons_kept and _THIS_FIGURE_OF.search(text, max(0, m.start() - 30), m.start()):
        kept = set()
    return p if covered(p)[1] < covered(report)[0] and covered(p) not in kept else None


#: ``(nhiệm kỳ trước huy động được từ 80 đến 85%)``, ``năm trước đạt …``: the previous term or year, named by words
#: right before the number's predicate (not ``so với nhiệm kỳ trước``: a comparison, whose number is this period's).
_PREVIOUS_THEN_PREDICATE = re.compile(r"(?i)(?<!với\s)(?<!hơn\s)(?<!bằng\s)(?<!\w)(?:nhiệm\s+kỳ|kỳ|năm)\s+trước"
                                      r"(?:\s+[^\W\d_]+){0,3}?\s+(?:đạt|là|được|có)"
                                      r"(?:\s+(?:được|hơn|gần|trên|khoảng|từ))*\s+$")
#: ``… năm 2017 đạt hơn 97 tỷ 630 triệu đồng, với 3.660 lượt hộ``, ``…, tăng hơn 13 tỷ đồng``, ``… 941 nghìn tấn, trị
#: giá 3,42 tỷ USD``: the clause goes on
#: about the same thing, at the same time.
_SAME_CLAUSE = re.compile(r"(?i)[^.;:!?\n\d()]{0,30},\s*(?:với|tăng|giảm|trị\s+giá|kim\s+ngạch)(?:\s+(?:đạt|là))?"
                          r"(?:\s+(?:hơn|gần|trên|khoảng))?\s+$")


def earlier_by_words(text: str, start: int, report):
    """The previous term or year a number's clause names by words right before its predicate (see above), asked only
    of a number no row of the table is about (see ``check``): ``(nhiệm kỳ trước huy động được từ 80 đến 85%)``."""
    if _PREVIOUS_THEN_PREDICATE.search(text, max(0, start - 60), start) is None:
        return None
    return report.previous_edition()


def same_clause(text: str, prev_end: int, start: int) -> bool:
    """Does the number at ``start`` carry on the clause of the number ending at ``prev_end`` (``…, với 3.660 lượt
    hộ``)?"""
    return prev_end <= start and _SAME_CLAUSE.fullmatch(text, prev_end, start) is not None


#: a plan's period inside the name of the meeting or report the figures come from (``Theo báo cáo … trong Hội nghị
#: triển khai nhiệm vụ 6 tháng cuối năm 2023, sản lượng … đạt khoảng 4.055 tỷ đồng``): the meeting's subject, not the
#: time of the numbers after it
_MEETING_NAMED = re.compile(r"(?i)(?<!\w)(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp|buổi\s+làm\s+việc)(?!\w)[^,.;:!?\n]*$")


#: a call-up's pre-screening: ``khám sơ tuyển nghĩa vụ quân sự năm 2020`` in November 2019 names next year's recruits,
#: examined now (zr-hung-yen-an-thi-hoi-dong-nvqs-so-tuyen-suc-khoe-2019-11) — the intake's year, no other period
_CALL_UP = re.compile(r"(?i)(?<!\w)sơ\s+tuyển[^.;:,()\n]{0,50}$")


def _named_period(text: str, start: int, report):
    """The last period named before the number at ``start`` in its sentence (see :func:`other_period`)."""
    lo = max(0, start - 240)
    window = text[lo:start]
    ends = list(_SENTENCE_END.finditer(window))
    cut = ends[-1].end() if ends else 0
    sentence = window[cut:]
    try:
        mentions = find_mentions(sentence, report.year)
    except ValueError:  # "trong giai đoạn 1986 – 2023" (c14-vn-thunhap-wb-2023): a span periods cannot hold
        mentions = []
    named = [(m.end, m.period) for m in mentions
             if m.period is not None and not m.comparison and not m.event and m.recogniser != "length"
             # a holiday's days say when the work was done (``dịp Tết Nguyên đán Canh Tý 2020 cũng trích Quỹ tặng 776
             # phần quà`` in the fund's 2019 report, yk-binh-thuan-…-quy-vi-nguoi-ngheo-2019), the page's period only
             # when it names none other (the period reader's round 32): no later period of the numbers
             and m.recogniser != "lunar-new-year"
             and not _CALL_UP.search(sentence, 0, m.start)
             and not (m.plan and _MEETING_NAMED.search(sentence[max(0, m.start - 80):m.start]))]
    named += [(m.end(), Period(report.year, "month", int(m.group(1)))) for m in _BARE_MONTH.finditer(sentence)]
    after = _named_after(text, start)
    if after is not None:  # "đạt 91,8% vào năm 2015": the time the number's own clause gives it, after it
        named = [(len(sentence), after)]
    if not named:
        if ends and "\n" not in ends[-1].group() and CONNECTIVE.match(sentence):
            return _named_period(text, lo + ends[-1].start(), report)
        return None
    end, p = max(named, key=lambda x: x[0])
    if _CLAUSE_STOP.search(sentence, end):
        return None  # said on an earlier line
    if after is None and dated_within(sentence, end, *covered(report)) and not dated_within(sentence, end, *covered(p)):
        return None  # "… năm 2023, tại thời điểm 31/12/2022, tổng số HTX …" in the 2022 report: counted at a day of it
    return p


# ---------------------------------------------------------------- a sentence that spells out the one before it

#: ``Cụ thể, …``, ``Cụ thể là:``: the sentence details what the one before it said.
_SPELLS_OUT = re.compile(r"(?i)\s*cụ\s+thể(?:\s+là)?\s*[,:]")
_AIM_WORDS = re.compile(r"(?i)(?<!\w)(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|phấn\s+đấu)(?!\w)")


def spelled_out(text: str, start: int) -> tuple[int, int] | None:
    """When the sentence of the number at ``start`` opens with ``Cụ thể,`` (it details the sentence before it, as in
    ``… đặt chỉ tiêu trồng trọt 11.397,2ha. Cụ thể, diện tích lúa 6.838,3ha …`` or ``… thông qua 16 chỉ tiêu nhiệm kỳ
    2020-2025. Cụ thể, …``): the span of that sentence before it, if it names aims (``chỉ tiêu``, ``mục tiêu``, ``kế
    hoạch``, ``phấn đấu``). The checker then reads the numbers of both sentences alike."""
    lo = max(0, start - 400)
    ends = [m for m in _SENTENCE_END.finditer(text, lo, start)]
    if not ends or not _SPELLS_OUT.match(text, ends[-1].end()):
        return None
    prev_lo = ends[-2].end() if len(ends) > 1 else lo
    prev_hi = ends[-1].start()
    if not _AIM_WORDS.search(text, prev_lo, prev_hi) or tells_results(text, prev_lo, prev_hi):
        return None   # "… nỗ lực phấn đấu … và đạt được nhiều kết quả. Cụ thể, …": results detailed (recognisers.told)
    return prev_lo, prev_hi


# ---------------------------------------------------------------- the plan as the whole of a ratio

#: ``17.919 con/14.066 con, đạt 127,39% KH``: after the pair, the share of the plan it makes.
_SHARE_OF_PLAN = re.compile(r"(?i)^(?:\s*[^\W\d_]+){0,2}\s*,?\s*(?:đạt|bằng)\s+(?:tỷ\s+lệ\s+)?(\d{1,4}(?:,\d{1,3})?)\s*%"
                            r"\s*(?:so\s+với\s+)?(?:KH|kế\s+hoạch|chỉ\s+tiêu)(?!\w)")
_OVER = re.compile(r"^\s*(?:[^\W\d_]+\s*){0,2}/\s*$")


def plan_of_ratio(text: str, numerator, denominator) -> bool:
    """``… có 17.919 con/14.066 con, đạt 127,39% KH``: the whole of an achieved/planned pair is the plan — the pair's
    quotient is the share of the plan the words after it state — so it is no result of the period."""
    if numerator.value is None or not denominator.value or not _OVER.match(text[numerator.end:denominator.start]):
        return False
    m = _SHARE_OF_PLAN.match(text[denominator.end:denominator.end + 60])
    if m is None:
        return False
    stated = float(m.group(1).replace(",", "."))
    decimals = len(m.group(1).split(",")[1]) if "," in m.group(1) else 0
    quotient = numerator.value / denominator.value * 100
    return abs(quotient - stated) <= 0.5 * 10 ** -decimals + 1e-9 or 0 <= quotient - stated < 10 ** -decimals


# ---------------------------------------------------------------- a forecast stated as such

#: ``(OECD)[2] dự báo tăng trưởng GDP toàn cầu năm 2024 đạt 3,2%``, ``… được dự báo cao nhất khu vực, đạt 6,0%, theo
#: sau là In-đô-nê-xi-a và Ma-lai-xi-a ở mức 5,0% và 4,5%`` (c18-vinanet-dubao), ``WB dự báo sẽ tăng trưởng ở mức 6,2%
#: năm 2016`` (cand.com.vn), ``Ngân hàng thế giới (World Bank) dự báo tăng trưởng kinh tế Việt Nam đạt 6,8% trong năm
#: nay`` (vovworld.vn): what someone expects, not what the period did. Not a forecast: the forecast as a thing compared
#: with (``so với dự báo``, ``vượt dự báo``), forecasting as work done (``đã dự báo``, ``bản tin dự báo``, ``công tác dự
#: báo``), the forecast as the subject of what follows (``Dự báo được đưa ra giữa bối cảnh tăng trưởng … đạt 7,38%``).
_FORECAST_CUE = re.compile(r"(?i)(?<!\w)dự\s+báo(?!\w)(?!\s+(?:được\s+đưa|đưa\s+ra|viên|thời\s+tiết)|,)")
NOT_FORECAST_BEFORE = re.compile(r"(?i)(?<!\w)(?:so\s+với(?:\s+(?:các|những|mức))?|vượt(?:\s+mức)?|hơn|đã|bản\s+tin|"
                                  r"tin|công\s+tác|làm\s+tốt)\s+$")
#: The forecasting body cited as the source (``Theo [số liệu của] Trung tâm Dự báo khí tượng thủy văn …``) is no
#: forecast by itself: ``Theo số liệu của Trung tâm dự báo Khí tượng thuỷ văn Trung ương, mực nước lúc 17 giờ chiều
#: nay (29-7) … là 29,22 m`` (c28-cand-lu-len-nhanh), ``Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, mực nước
#: trên sông Hồng tại Hà Nội thời điểm 5h ngày 12/9 là 11,26m`` (dantri.com.vn, 12/9/2024): levels measured. Its
#: sentence is a forecast still when it looks ahead (``Trung tâm Dự báo … nhận định từ ngày 20 đến 22-8, … mưa 100 -
#: 200 mm/đợt``, p18-nld-mualu-bacbo-2020-08: not cited with ``Theo``; ``sẽ``, ``tới``, ``có khả năng``).
_FORECASTER_CITED = re.compile(r"(?i)(?<!\w)theo(?:\s+(?:số\s+liệu|thông\s+tin|tin))?(?:\s+của)?\s+(?:trung\s+tâm|phòng)\s+$")
LOOKS_AHEAD = re.compile(r"(?i)(?<!\w)(?:sẽ|tới|nhận\s+định|có\s+khả\s+năng|dự\s+kiến|dự\s+báo)(?!\w)")
#: A word of what was done, or of another subject, between the cue and the number.
RESULT_BETWEEN = re.compile(r"(?i)(?<!\w)(?:đã|đạt\s+được|thực\s+tế|thực\s+hiện|kết\s+quả|nhưng|tuy\s+nhiên|"
                             r"trong\s+khi|bối\s+cảnh)(?!\w)")
_FORECAST_STOP = re.compile(r"\.(?=\s|$)|[;!?\n]")
#: A number or a range (``khoảng 11-13 cơn bão``, ``2-3 đợt lũ``: both ends one claim), with its per cent sign.
_FORECAST_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?(?:\s?[-–]\s?\d(?:[\d.,]*\d)?)?(?:\s?%)?(?!\w)")
#: the forecast's year, or a pair of years (``niên vụ 2022-2023``), is read as such
_YEAR = re.compile(r"(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)?\d\d)?$")
#: ``dự báo 3 tháng cuối năm``: the length of the period forecast for, read as such.
#: (a whole number, not a value: ``3,2% năm 2024`` is the value of the year forecast).
_PERIOD_AFTER = re.compile(r"(?i)(?<=\d)\s+(?:tháng|quý|tuần|ngày|năm(?!\s+(?:19|20)\d\d))(?!\w)")


class Forecast(Recogniser):
    """The numbers of a forecast's own sentence (up to ``;``), after ``dự báo`` (see above)."""

    name, kind = "forecast", "forecast"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lo = max(0, a - 400)
        if "báo" not in text[lo:b].lower():
            return
        for m in _FORECAST_CUE.finditer(text, lo, b):
            if NOT_FORECAST_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            end = _FORECAST_STOP.search(text, m.end())
            stop = min(end.start() if end else len(text), m.end() + 300)
            if _FORECASTER_CITED.search(text, max(0, m.start() - 40), m.start()) \
                    and not LOOKS_AHEAD.search(text, m.end(), stop):
                continue   # the body that forecasts, cited for what was measured
            for n in _FORECAST_NUMBER.finditer(text, m.end(), stop):
                if RESULT_BETWEEN.search(text, m.end(), n.start()):
                    break
                if a - 40 <= n.start() < b and not _YEAR.match(n.group()) \
                        and not (n.group().isdigit() and _PERIOD_AFTER.match(text, n.end())):
                    yield Claim(n.start(), n.end(), self.kind,
                                "a forecast (dự báo …), not a figure of the period", self.name)


FORECAST = Forecast()

#: ``đến 7h/22/7 có khả năng ở mức 3,20 m``, ``đến 19h/21/7 tại Phả Lại có khả năng ở mức 1,80 m``
#: (c27-evn-thuy-van-han-ngan-bac-bo-4342), ``đến 7h ngày 18/7 tại Hà Nội có khả năng ở mức 3,90 m``, ``đến 19h ngày
#: 17/7 tại Phả Lại có khả năng lên mức 1,90 m`` (the bulletin of 16 July, evn.com.vn …-8467): ``có khả năng`` (is
#: likely to) and a level (``ở|lên|xuống mức``) — the level forecast for a later moment, not one measured.
LIKELY_LEVEL = Rule("likely-level", "forecast", "a level likely to be reached (có khả năng ở mức …), a forecast",
                    re.compile(r"(?i)(?<!\w)có\s+khả\s+năng\s+(?:ở|lên|xuống|đạt|vượt)\s+(?:mức|ngưỡng)\s+"
                               r"(?:(?:khoảng|xấp\s+xỉ|trên|dưới)\s+)?(\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?)(?![\d.,]\d)"),
                    needs=("khả năng",))

#: ``dưới mức báo động (BĐ)1 là 0,78 m`` (c28-cand-lu-len-nhanh), ``(dưới báo động 3 0,24m)`` (dantri.com.vn, 12/9/2024),
#: ``trên báo động cấp 2``: an alarm level (1 to 3) by its number, its short name in brackets maybe between — a
#: label; the distance to it after (``0,78 m``) is the level measured, a figure.
ALARM_LEVEL = Rule("alarm-level", "ordinal", "an alarm level by its number (báo động 1–3), a label",
                   re.compile(r"(?i)(?<!\w)(?:báo\s+(?:động|đông)|BĐ)\s*(?:\(BĐ\)\s*|cấp\s+)?([1-3])(?![\d.,]\d)(?!\w)"
                              r"(?!\s*(?:lần|giờ|ngày|tháng|người|xã|huyện|tỉnh|%))"),
                   needs=("báo", "bđ"))
