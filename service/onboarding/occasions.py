"""Numbers that name the occasion a report covers, or a change given only as a range — no figure of the period
(round 26).

=======================  ========================================================================================
``lunar_day``            ``từ 29 đến mùng ba tết âm lịch``, ``trong năm ngày tết 2012 (từ 29 tết đến mùng bốn
                         tết)`` (t19-plo-tngt-tet-2012), ``từ 30 tháng Chạp đến mùng 2 tết`` (t19-plo-tngt-tet-2010):
                         a day of the lunar calendar — a number with ``tết``/``tháng Chạp``/``tháng Giêng``/``âm
                         lịch`` after it, ``mùng`` before it, or ``đến mùng …`` after it — is a date
``holiday_length``       ``So sánh 3 ngày nghỉ từ ngày 29 Tết …`` (t19-viettimes-tet-2023-capcuu), ``trong 5 ngày
                         Tết Nguyên đán``: the days of the holiday are the period's length, not a count of its work
``link_line``            ``>>Số người chết vì tai nạn giao thông tăng bất thường 2 ngày liên tiếp``
                         (t19-sggp-chay-tet-2014): a line opening on ``>>`` is the title of another article the page
                         links to — its numbers are not this report's
``change_range``         ``sản lượng tăng tăng từ 2-5%``, ``tăng từ 3-12%`` (t19-tinhuyquangtri-nlts-2021-h1),
                         ``Giá trị gia tăng toàn ngành tăng khoảng 2,85 đến 2,9%`` (ya-toan-quoc-bo-nnptnt-…-2021,
                         whose hand table keeps ``2,85 - 2,9`` as text): a change given as a range (``từ A-B%``)
                         spans several things' changes — neither end is a row; an estimate (``khoảng A đến B%``)
                         is one figure — its high end is the row (as the loader reads the hand table's range)
``meeting_guests``       ``Về dự hội nghị có ông …, cùng toàn thể 100 hội viên tiểu biểu`` (yf-binh-phuoc-…-2022,
                         round 29): a count of people closing with ``cùng`` the list of those who attended is the
                         meeting's audience, no figure of the period
=======================  ========================================================================================

Tried with ``service.onboarding.recognisers.RECOGNISERS`` (``OCCASIONS``, after ``ASIDES``).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.match import PERSON
from service.checker.recognisers.multiples import GAP_BEFORE
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

#: After a day of the lunar calendar: ``tết``, ``Tết``, ``tháng Chạp``, ``tháng Giêng``, ``âm lịch``.
_LUNAR_AFTER = re.compile(r"(?i)^\s*(?:tết|tháng\s+chạp|tháng\s+giêng|âm\s+lịch|\(âm\s+lịch\))(?!\w)")
#: A span to a day named ``mùng …``: ``29 đến mùng ba``, ``29 - mùng 3``.
_TO_MUNG = re.compile(r"(?i)^\s*(?:[-–]|đến|tới)\s*mùng(?!\w)")
_MUNG_BEFORE = re.compile(r"(?i)(?<!\w)mùng\s*$")
#: The holiday's days: ``3 ngày nghỉ``, ``5 ngày Tết``, ``7 ngày nghỉ lễ``.
_HOLIDAY_DAYS = re.compile(r"(?i)^\s*ngày\s+(?:nghỉ|tết|lễ)(?!\w)")
#: A linked article's title: the line opens on ``>>``.
_LINK_OPEN = re.compile(r"^\s*>>")
#: A change given as a range, its low end written before: ``tăng từ 2-``, ``tăng khoảng 2,85 đến``.
_CHANGE_LOW = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?:\s+(?:khoảng|từ|trên|hơn|gần|chừng))*\s*\d[\d.,]*\s*%?\s*"
                         r"(?:[-–]|đến|tới)\s*$")
#: ``tăng khoảng 2,85 đến 2,9%``: one figure's estimate, not a spread — its high end is the row (the hand table of
#: ya-toan-quoc-bo-nnptnt keeps "2,85 - 2,9", which its loader reads as 2,9), its low end none.
_ABOUT = re.compile(r"(?i)(?<!\w)khoảng(?!\w)")
#: … or the low end itself, its high end after it: ``tăng từ 2-5%``.
_CHANGE_OPEN = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?:\s+(?:khoảng|từ|trên|hơn|gần|chừng))*\s*$")
_HIGH_AFTER = re.compile(r"^\s*%?\s*(?:[-–]|đến|tới)\s*\d[\d.,]*\s*%")


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _small_whole(m: Mention) -> bool:
    return m.value is not None and m.value == int(m.value) and 1 <= m.value <= 30


def lunar_day(p: Para, i: int, m: Mention) -> bool:
    """A day of the lunar calendar (``29 tết``, ``30 tháng Chạp``, ``mùng 2``, ``29 đến mùng ba``): a date."""
    if not _small_whole(m) or m.comparison or m.kind in ("money", "percent"):
        return False
    after = p.text[m.num_end:m.num_end + 20]
    return bool(_LUNAR_AFTER.match(after) or _TO_MUNG.match(after) or
                _MUNG_BEFORE.search(p.text[max(0, m.num_start - 8):m.num_start]))


def holiday_length(p: Para, i: int, m: Mention) -> bool:
    """``3 ngày nghỉ``, ``5 ngày Tết``: the holiday's days, the period's length."""
    if not _small_whole(m) or m.comparison:
        return False
    return bool(_HOLIDAY_DAYS.match(p.text[m.num_end:m.num_end + 20]))


def link_line(p: Para, i: int, m: Mention) -> bool:
    """A number in a line opening on ``>>``: another article's title."""
    line = p.text.rfind("\n", 0, m.num_start) + 1
    return bool(_LINK_OPEN.match(p.text[line:m.num_start]))


def change_range(p: Para, i: int, m: Mention) -> bool:
    """Either end of a change written as a range (``tăng từ 2-5%``, ``tăng khoảng 2,85 đến 2,9%``): no row."""
    if m.value is None or m.kind not in ("percent", "change", "count"):
        return False
    before = p.text[max(0, m.num_start - 40):m.num_start]
    low = _CHANGE_LOW.search(before)
    if m.kind == "percent" and low:
        return not _ABOUT.search(low.group())   # the high end; of "khoảng A đến B%" the row (below)
    return bool(_CHANGE_OPEN.search(before) and _HIGH_AFTER.match(p.text[m.num_end:m.num_end + 20]))




#: A comparison opening the clause or the sentence: ``so với tết 2011 giảm 53 vụ``, ``So với dịp Tết Quý Tỵ năm trước,
#: số vụ cháy tăng 19 vụ``, ``So với tháng 3/2023, số vụ cháy tăng 15 vụ``.
_COMPARED_OPEN = re.compile(r"(?i)^\W*(?:so\s+(?:với|sánh\s+với|cùng\s+kỳ)|so\s+sánh)(?!\w)")


def compared_before(p: Para, m: Mention) -> bool:
    """The clause of ``m`` (or its sentence) opens on its comparison (``so với tết 2011 giảm 53 vụ và 34 người chết``,
    t19-plo-tngt-tet-2012; ``So với dịp Tết Quý Tỵ năm trước, số vụ cháy tăng 19 vụ và tăng 5 người bị thương``,
    t19-sggp-chay-tet-2014): the counts listed after its change are changes too, the comparison said before them
    rather than after (``recognisers.chained_change``)."""
    at = _start(m)
    sentence = p.sentence_of(m)
    semi = p.text.rfind(";", sentence, at)   # a semicolon ends the comparison's reach ("So với năm 2012, … là 3.287
    comma = max(p.text.rfind(",", sentence, at), semi)   # hộ, tăng 1.757 hộ; số hộ … tăng 636 hộ": another band's)
    return bool(_COMPARED_OPEN.match(p.text[max(comma + 1, P.clause_start(p.text, at)):at]) or
                _COMPARED_OPEN.match(p.text[max(sentence, semi + 1):at]))


#: A comparison against a plan, not an earlier period: ``So với kế hoạch, …``.
_AGAINST_PLAN = re.compile(r"(?i)^\W*so\s+(?:với\s+)?(?:kế\s+hoạch|KH\b|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu|nghị\s+quyết)")


def change_unstated(p: Para, i: int, m: Mention) -> bool:
    """``So với tháng 3/2023, số vụ cháy tăng 15 vụ …, thiệt hại tài sản tăng 21,15 tỷ đồng`` (t19-vov-chayno-2023-04),
    ``So với Tết Kỷ Sửu, tăng gần 100 vụ TNGT đường bộ`` (t19-plo-tngt-tet-2010): a count or an amount changed, its
    comparison with an earlier period opening the clause or the sentence, that no row before it holds (the page states
    no level for it) is the change column of a row the page leaves out (ya-binh-thuan's hand table keeps ``Tai nạn do
    đánh nhau giảm 29 trường hợp (năm trước 88 vụ)`` so: no value this period) — not a figure of the period, no row.
    Tried after ``change`` and the comparisons (which attach it to its row when there is one); a rate is left alone
    (a growth with no level is a row of its own, as the hand tables of growth keep it)."""
    if m.value is None or m.comparison not in ("tăng", "giảm") or m.kind == "percent":
        return False
    if not compared_before(p, m):
        return False
    sentence = p.sentence_of(m)
    at = _start(m)
    comma = max(p.text.rfind(",", sentence, at), p.text.rfind(";", sentence, at))
    return not (_AGAINST_PLAN.match(p.text[sentence:at]) or _AGAINST_PLAN.match(p.text[comma + 1:at]))


#: ``gấp 4 lần``, ``tăng gần gấp 4 lần``, ``gấp 2,46 lần so kế hoạch``: a multiple, ``gấp`` right before it.
_TIMES_BEFORE = GAP_BEFORE
_TIMES_AFTER = re.compile(r"(?i)^\s*lần(?!\w)")
_OF_PLAN_AFTER = re.compile(r"(?i)^\s*lần\s+(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH\b|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)")


def multiple_of(p: Para, i: int, m: Mention) -> bool:
    """``44 sinh viên … tốt nghiệp loại xuất sắc, tăng gần gấp 4 lần so với năm ngoái`` (t19-vnexpress-ulaw-totnghiep-
    2025), ``… lượt khách, tăng gấp 39 lần so với cùng kỳ`` (zh-quang-nam-du-lich-2023-04), ``37 xã, gấp 2,46 lần so kế
    hoạch`` (zk-yen-bai-kinh-te-xa-hoi-2014): a number of ``lần`` right after ``gấp`` is how many times the row
    before it in its sentence is its comparison (last period's, or the plan) — that row's derivation, not a row of
    its own (no count of times anything was done).  With no row before it in its sentence the multiple is the only
    figure said and stays a row (``So với giai đoạn 2011- 2016, số hộ … tăng gấp 5 lần``, zv-…-hong-son)."""
    if m.value is None or m.value <= 0 or m.comparison not in (None, "tăng") or m.kind in ("money", "percent", "year"):
        return False
    if not (_TIMES_AFTER.match(p.text[m.num_end:m.num_end + 10]) and
            _TIMES_BEFORE.search(p.text[max(0, m.num_start - 24):m.num_start])):
        return False
    row = next(iter(p.rows_before(i)), None)
    if row is None or row.value is None:
        return False          # no level stated: the multiple is the figure (zv-nghe-an-do-luong-…-2016-2020 keeps
                              # "số hộ có mức thu nhập trên 100 triệu đồng/ năm tăng gấp 5 lần" as a row of ``lần``)
    plan = bool(_OF_PLAN_AFTER.match(p.text[m.num_end:m.num_end + 30]))
    row.derived.append(Derivation(p.quote(m), "gấp … lần " + ("kế hoạch" if plan else "so với cùng kỳ"), m.value))
    if not plan and row.base is None:   # as ``recognisers.change`` reads "tăng gần 3 lần so với cùng kỳ"
        row.base = row.value / m.value
    p.rows[i] = row
    return True


#: A sentence listing who attended: ``Về dự hội nghị có …``, ``Tham dự hội nghị có …``, ``Đến dự buổi lễ có …``.
_ATTENDED = re.compile(r"(?i)^\W*(?:về|tham|đến|tới)\s+dự(?!\w)[^.!?;]{0,80}?(?<!\w)có(?!\w)")
#: ``…, cùng toàn thể 100``, ``… thị trấn cùng 60``: ``cùng`` closing the list, the count of the rest who came.
_WITH_THE_REST = re.compile(r"(?i)(?<!\w)cùng(?:\s+với)?(?:\s+(?:toàn\s+thể|tất\s+cả|các|gần|hơn|khoảng|trên))*\s*$")


def meeting_guests(p: Para, i: int, m: Mention) -> bool:
    """``Về dự hội nghị có ông Trần Công Vân – PCT Hội CTĐ thành phố Đồng Xoài, …, trưởng phó ban ngành đoàn thể xã,
    cùng toàn thể 100 hội viên tiểu biểu trong toàn xã cũng về dự`` (yf-binh-phuoc-dong-xoai-xa-tien-hung-hoi-chu-
    thap-do-2022), ``Tham dự hội nghị có ông Nguyễn Văn Á …, chủ tịch, phó chủ tịch Hội cựu chiến binh các xã, thị trấn
    cùng 60 hội viên cựu chiến binh tiêu biểu`` (yg-khanh-hoa-khanh-son-hoi-cuu-chien-binh-giam-ngheo-2011-2016, both
    held-out: wrong rows): a count of people closing, with ``cùng``, the list of those who attended the meeting the
    report was read at is its audience — no figure of the period (round 29).  ``Tham dự có 150 đại biểu chính thức``
    (a congress's delegates, no list before them) is not read here."""
    if m.value is None or m.kind != "count" or (m.unit or "").lower() not in PERSON:
        return False
    start = _start(m)
    s = p.sentence_of(m)
    return bool(_ATTENDED.match(p.text[s:start])) and bool(_WITH_THE_REST.search(p.text[max(s, start - 40):start]))


OCCASIONS = (lunar_day, holiday_length, link_line, change_range, multiple_of, meeting_guests)
