"""Numbers that state what should be, not what was: a norm or requirement (``tối thiểu 2 buổi/tháng``,
``mỗi chi hội thực hiện ít nhất 01 hoạt động``), a list of targets set for the next period (``Năm 2014, ngành dân
số xác định: Giảm tỷ lệ sinh từ 1%o trở lên; … xuống còn 25%``), the members of a list of ages (``các cụ tròn
70, 75, 80, 85 và 90 tuổi``: the last one's ``tuổi`` names them all).

The grammar:

- a **norm**: ``ít nhất``/``tối thiểu``/``tối đa``/``không quá`` before a count that is a rate per period
  (``2 buổi/tháng``, ``1 lần/năm``), or that a requirement word (``phải``, ``cần``, ``yêu cầu``, ``quy định``,
  ``mỗi …``, ``phấn đấu``) earlier in the clause governs, or a subject of many (``các chi hội``, ``100% chi hội``,
  ``từng``): a bound each of them met, not a total;
- a **target list**: a lead that sets aims (``xác định``, ``đề ra``, ``phấn đấu``, ``chỉ tiêu``, ``mục tiêu``)
  ended by a colon, with no ``đã``/``đạt được``/``kết quả`` between (``mục tiêu đã đề ra:`` and ``các chỉ tiêu đạt
  được …:`` introduce results), and no comparison against the aim (``so với chỉ tiêu UBND tỉnh giao (35,5%) (trong
  đó, BHXH bắt buộc: 199.511 người``: the colon opens a result's breakdown); every number from the colon to the end of
  the sentence is an aim;
- an **age list**: numbers joined by commas and ``và``/``hoặc`` whose last member is followed by ``tuổi``;
- an **aim** (``AIM``): the numbers of a sentence after its ``phấn đấu`` (``Năm 2021, Bưu điện tỉnh phấn đấu hoàn
  thành … với tổng doanh thu theo kế hoạch là gần 232 tỷ đồng``; ``Tỉnh phấn đấu trong giai đoạn 2021-2025 sẽ giảm
  2/3 số hộ nghèo``) up to the end of its clause, unless a word of what was done (``đã``, ``đạt được``, ``kết quả``)
  stands between (``động viên thanh niên rèn luyện phấn đấu về mọi mặt, … được 17 cuộc``: a result) — the rest of a
  list of aims it opens is left to the table-aware step (``recognisers.forecasts.aimed``);
- the **bound of an empty class** (``EMPTY_CLASS``): ``Không còn xã dưới 8 tiêu chí``, ``cả nước không còn xã dưới 5
  tiêu chí`` — the class named by its bound has no member, the bound is no count;
- a **range of a frequency** (``RANGE_RATE``): ``tần suất phát 1-3 lần/ngày``, ``82-125 điểm/ngày`` — how often, as a
  span a table never keeps.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.clauses import CLAUSE_END_OR_COLON
from service.checker.recognisers import Claim, Recogniser, Rule

_NUM = r"\d(?:[\d.,]*\d)?"

#: ``tối thiểu 2 buổi/tháng``, ``ít nhất 1 lần/năm``: a bound on a rate per period.
_RATE = re.compile(r"(?i)(?<!\w)(?:ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+quá)\s+(" + _NUM + r")\s*"
                   r"(?:[^\W\d_]+\s*){0,3}/\s*(?:ngày|tuần|tháng|quý|năm|kỳ|đợt|học kỳ)(?!\w)")
#: ``… phải/cần/yêu cầu … ít nhất 01 hoạt động``: a bound a requirement word earlier in the clause governs.
_BOUND = re.compile(r"(?i)(?<!\w)(?:ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+quá)\s+(" + _NUM + r")(?![\d.,]*\d\s*%|\s*%)")
#: ``phải đạt từ 60% trở lên``, ``tối thiểu 80%``, ``không thấp hơn 95%``, ``từ 2 buổi trở lên``: a lower bound on a
#: rate or a count (``trở lên`` after it, or a bound word before a percent) — a requirement only where a word that
#: requires governs it and nothing says it was met (``đã đạt 65%``).
_BOUND_UP = re.compile(r"(?i)(?:(?<!\w)(?:ít\s+nhất|tối\s+thiểu|không\s+(?:thấp|ít)\s+hơn|không\s+dưới)\s+(?:là\s+)?"
                       r"(?:từ\s+)?|(?<!\w)từ\s+)(" + _NUM + r")\s*(?:%|phần\s+trăm)?\s*(?:[^\W\d_]+\s+){0,2}?"
                       r"trở\s+lên(?!\w)")
_BOUND_PCT = re.compile(r"(?i)(?<!\w)(?:ít\s+nhất|tối\s+thiểu|không\s+(?:thấp|ít)\s+hơn|không\s+dưới)\s+(?:là\s+)?"
                        r"(" + _NUM + r")\s*%")
_REQUIRE = re.compile(r"(?i)(?<!\w)(?:phải|cần|yêu\s+cầu|quy\s+định|bắt\s+buộc|mỗi|hằng|hàng|phấn\s+đấu|mục\s+tiêu"
                      r"|các|từng|tất\s+cả)(?!\w)|100\s*%")  # … or a subject of many: "Các chi hội đã tổ chức ít nhất 01"
#: For a lower bound on a rate only a word that requires: a subject of many (``các xã đạt từ 60% trở lên``) may
#: state who met it.
_REQUIRE_STRICT = re.compile(r"(?i)(?<!\w)(?:phải|cần|yêu\s+cầu|quy\s+định|bắt\s+buộc|phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu"
                             r"|tiêu\s+chuẩn|tiêu\s+chí|bảo\s+đảm|đảm\s+bảo)(?!\w)")
#: What was done: the bound was met, the number is a result (``đã đạt từ 60% trở lên``).
_MET = re.compile(r"(?i)(?<!\w)(?:đã|đạt\s+được|kết\s+quả|qua\s+đó)(?!\w)")
_CLAUSE_START = CLAUSE_END_OR_COLON


def _required(text: str, m: re.Match) -> bool:
    """A requirement word stands earlier in the clause of the bound (``mỗi chi hội thực hiện ít nhất 01``); for a
    lower bound (``phải đạt từ 60% trở lên``) a word that requires, and no word saying it was met."""
    start = m.start()
    window = text[max(0, start - 120):start]
    clause = window[max((k.end() for k in _CLAUSE_START.finditer(window)), default=0):]
    if m.re is _BOUND_UP or m.re is _BOUND_PCT:
        req = list(_REQUIRE_STRICT.finditer(clause))
        return bool(req) and not _MET.search(clause, req[-1].end())
    return bool(_REQUIRE.search(clause))


RATE = Rule("norm-rate", "norm", "a norm (a bound on a rate per period), not a figure of the period", _RATE,
            needs=("ít nhất", "tối thiểu", "tối đa", "không quá"))
#: ``tiếp tục kiểm soát và duy trì ở mức dưới 3%/năm`` (ze-ba-ria-vung-tau-nhnn-tin-dung-2024-h1), ``giữ tỷ lệ nợ xấu
#: không quá 2%``: a ceiling to keep — a level held under, not the level reached (``kiểm soát ở mức 2,97%`` is).
_CEILING = re.compile(r"(?i)(?<!\w)(?:duy\s+trì|kiểm\s+soát|khống\s+chế|giữ)(?:\s+[^\W\d_]+){0,6}?\s+(?:ở\s+)?"
                      r"(?:mức\s+)?(?:dưới|không\s+quá|thấp\s+hơn|không\s+vượt\s+quá)\s+(?:mức\s+)?(" + _NUM + r")"
                      r"(?![\d.,]*\d)")
CEILING = Rule("norm-ceiling", "norm", "a ceiling to keep under (duy trì ở mức dưới …), not a figure of the period",
               _CEILING, needs=("duy trì", "kiểm soát", "khống chế", "giữ"))
BOUND = Rule("norm-required", "norm", "a requirement (a bound a rule sets), not a figure of the period", _BOUND,
             _BOUND_UP, _BOUND_PCT, accept=_required,
             needs=("ít nhất", "tối thiểu", "tối đa", "không quá", "trở lên", "không thấp", "không ít", "không dưới"))

#: A lead that sets aims, ending in a colon.  ``chỉ tiêu``/``mục tiêu`` need no verb; ``xác định``/``đề ra`` do.
_LEAD = re.compile(r"(?i)(?<!\w)(?:xác\s+định|đề\s+ra|phấn\s+đấu|chỉ\s+tiêu|mục\s+tiêu)(?!\w)([^.:;!?\n]{0,80}):")
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|đạt\s+được|đạt|kết\s+quả|thực\s+hiện|hoàn\s+thành)(?!\w)")
#: Words that put the lead's sentence ahead of the period: "Trong thời gian tới, … thực hiện đạt một số chỉ tiêu:".
_AHEAD = re.compile(r"(?i)(?<!\w)(?:(?:thời\s+gian|năm|kỳ|giai\s+đoạn)\s+(?:tới|đến)|sắp\s+tới|phấn\s+đấu|sẽ)"
                    r"(?!\w)")
_SENTENCE_END = re.compile(r"\.(?:\s+(?=[A-ZĐÀ-Ỹ])|\s*\n|\s*$)|\n\s*\n")
_NUMERAL = re.compile(r"(?<![\w.,])" + _NUM + r"(?![\w])")


#: ``Về mục tiêu triển khai chương trình giai đoạn 2016-2020, cả nước phấn đấu …; … 15 tiêu chí/xã``: a sentence that
#: opens on the aims it sets out is aims to its end, as a lead with a colon.
_LEAD_ABOUT = re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=\n))\s*Về\s+(?:các\s+)?mục\s+tiêu()[^.:;!?\n]{0,120}?,", re.M)


#: ``…, được thực hiện trong giai đoạn từ 2016 – 2020, chương trình hướng tới một số chỉ tiêu chủ yếu:``: a verb of
#: aiming in the lead's own clause (after the last comma) makes it a lead, whatever the sentence said before.
_AIMS_AT = re.compile(r"(?i)(?<!\w)(?:hướng\s+(?:tới|đến)|nhằm|đặt\s+ra|đề\s+ra|phấn\s+đấu)(?!\w)")
#: ``so với chỉ tiêu``, ``thấp hơn … so với mục tiêu``: the aim is the base of a comparison, no lead of a list.
_COMPARED_WITH = re.compile(r"(?i)(?<!\w)(?:so\s+với|hơn|vượt)\s*$")
#: ``(trong đó, BHXH bắt buộc:``: the colon opens the breakdown of a result, not the list the aim word would lead.
_BREAKDOWN = re.compile(r"(?i)(?<!\w)trong\s+đó(?!\w)")


class TargetList(Recogniser):
    """``Năm 2014, ngành dân số xác định: Giảm …16%o; … 25%``: aims set for the next period, not results."""

    name, kind = "target-list", "target"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lo = max(0, a - 300)
        for m in (*_LEAD.finditer(text, lo, b), *_LEAD_ABOUT.finditer(text, lo, b)):
            # the lead's own sentence before it: "Kết quả thực hiện các chỉ tiêu:" introduces results
            before = re.split(r"[.;!?\n]", text[max(0, m.start() - 80):m.start()])[-1]
            if (_DONE.search(m.group(1)) or _DONE.search(before)) and not _AHEAD.search(before + m.group(1)) \
                    and not _AIMS_AT.search(before.rsplit(",", 1)[-1]):
                continue
            if _COMPARED_WITH.search(before) or _BREAKDOWN.search(m.group(1)):
                continue  # "thấp hơn 0,4% so với chỉ tiêu … giao (35,5%) (trong đó, BHXH bắt buộc: 199.511 người …"
            end = _SENTENCE_END.search(text, m.end())
            stop = min(end.start() if end else len(text), m.end() + 600)
            for n in _NUMERAL.finditer(text, m.end(), stop):
                if a - 40 <= n.start() < b:
                    yield Claim(n.start(), n.end(), self.kind, "a target set for the next period, not a figure "
                                "of the period", self.name)


TARGET_LIST = TargetList()

#: A comma between ages has a space after it or two digits (``70, 75``, ``70,75``): ``74,8 tuổi`` is a decimal (an average
#: age, c22-vietnamplus-yte-2025), one number.
_SEP = r"\s*(?:,\s*và|,\s+|,(?=\d{2,3}(?!\d))|và|hoặc|[-–])\s*"
_AGE_LIST = re.compile(r"(?i)(?<![\w.,])(\d{1,3}(?:" + _SEP + r"\d{1,3})*" + _SEP + r"(?:(?:trên|dưới|từ)\s+)?"
                       r"\d{1,3})\s*tuổi(?!\w)")
_SMALL = re.compile(r"\d{1,3}")


class AgeList(Recogniser):
    """``các cụ tròn 70, 75, 80, 85 và 90 tuổi``: every member of the list is an age."""

    name, kind = "age-list", "age"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "tuổi" not in text[a:b].lower():
            return
        for m in _AGE_LIST.finditer(text, a, b):
            for n in _SMALL.finditer(text, m.start(1), m.end(1)):
                yield Claim(n.start(), n.end(), self.kind, "age (member of a list of ages)", self.name)


AGE_LIST = AgeList()


#: ``phấn đấu`` (strive to), ``đề ra chỉ tiêu`` / ``đặt ra mục tiêu`` (set the target): what follows in its sentence
#: is an aim (``đề ra chỉ tiêu giảm nghèo bình quân cho giai đoạn 2015 – 2020 là 1%/năm``, c17-thvl-giamngheo-2015).
#: ``đặt mục tiêu`` without ``ra`` too (``EVN đặt mục tiêu tổn thất điện năng giảm còn 6,15%``, vietnambiz.vn).
_STRIVE = re.compile(r"(?i)(?<!\w)(?:phấn\s+đấu|(?:đề\s+ra|đặt(?:\s+ra)?)\s+(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu))(?!\w)")
#: What was done, between the aim's verb and a number: the number is a result (``phấn đấu và đã đạt 105%``).
_PAST = re.compile(r"(?i)(?<!\w)(?:đã|đạt\s+được|kết\s+quả|qua\s+đó|nhờ\s+đó)(?!\w)")
#: The aim ends with its clause: "rèn luyện phấn đấu về mọi mặt, sẵn sàng … được 17 cuộc" is a result after it.
_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|[!?;,\n]")


#: ``sẽ`` (will) before the verb: the clause says what is to be done.
_WILL = re.compile(r"(?i)(?<!\w)sẽ(?!\w)")


def _future_clause_end(text: str, stop: int, limit: int) -> int:
    """The aim's end, carried over one comma when the clause after it says what ``sẽ`` (will) be done: ``Vũ Quang
    phấn đấu trong chiến dịch tiêm phòng đợt I năm nay, toàn huyện sẽ tiêm trên 60 nghìn liều``, ``phấn đấu đến hết
    năm học 2017- 2018, toàn tỉnh sẽ có 202 trường đạt chuẩn``."""
    if stop >= len(text) or text[stop] != ",":
        return stop
    end = _SENTENCE_STOP.search(text, stop + 1)
    nxt = min(end.start() if end else len(text), limit)
    will = _WILL.search(text, stop + 1, nxt)
    return nxt if will and not _PAST.search(text, stop + 1, will.start()) else stop


class Aim(Recogniser):
    """``… phấn đấu … gần 232 tỷ đồng``: the numbers of a sentence after ``phấn đấu`` are aims, not results."""

    name, kind = "aim", "target"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lo = max(0, a - 400)
        window = text[lo:b].lower()
        if "phấn" not in window and " ra " not in window and "đặt" not in window:
            return
        for m in _STRIVE.finditer(text, lo, b):
            end = _SENTENCE_STOP.search(text, m.end())
            stop = min(end.start() if end else len(text), m.end() + 400)
            stop = _future_clause_end(text, stop, m.end() + 400)
            for n in _NUMERAL.finditer(text, m.end(), stop):
                if _PAST.search(text, m.end(), n.start()):
                    break
                if a - 40 <= n.start() < b:
                    yield Claim(n.start(), n.end(), self.kind,
                                "an aim (after phấn đấu, or a target set: đề ra chỉ tiêu), not a figure of the period",
                                self.name)


AIM = Aim()

#: ``1-3 lần/ngày``, ``82 - 125 điểm/ngày``, ``2–3 buổi/tuần``: a span of a frequency per period.
_RANGE_RATE = re.compile(r"(?i)(?<![\w.,])(" + _NUM + r")\s*[-–]\s*(" + _NUM + r")\s*(?:[^\W\d_]+\s*){1,2}/\s*"
                         r"(?:ngày|tuần|tháng|quý|năm|buổi|ca|giờ)(?!\w)")


class RangeRate(Recogniser):
    """``tần suất phát 1-3 lần/ngày``: both ends of a range of a frequency are a norm, not a figure of the period."""

    name, kind = "range-rate", "norm"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "/" not in text[a:b]:
            return
        for m in _RANGE_RATE.finditer(text, a, b):
            for g in (1, 2):
                yield Claim(m.start(g), m.end(g), self.kind, "a range of a frequency (a norm), not a figure",
                            self.name)


RANGE_RATE = RangeRate()

#: ``Với hình thức mỗi tháng một hội viên tiết kiệm 10 nghìn đồng``, ``góp quỹ phụng dưỡng ông bà cha mẹ mỗi tháng 2-3
#: triệu đồng``: an amount each member gives each period (``mỗi tháng một <member> …``), or a span of amounts each period,
#: is the rule of a scheme or what is typical, not the period's total (``hàng năm``, ``bình quân`` are left, and so is
#: one amount per period: ``Mỗi ngày hải quan thu 1.255 tỷ đồng`` is the period's average, a figure).
_MONEY_AFTER = r"\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|đ)(?!\w)"
_PER_PERIOD = re.compile(
    # each member each period: "mỗi tháng một hội viên tiết kiệm 10 nghìn đồng"
    r"(?i)(?<!\w)mỗi\s+(?:ngày|tuần|tháng|quý|năm)\s+(?:một|mỗi|01|1)\s+(?:[^\W\d_]+\s+){1,5}?"
    r"(" + _NUM + r"(?:\s*[-–]\s*" + _NUM + r")?)" + _MONEY_AFTER +
    # a span of what is typical each period: "góp quỹ … mỗi tháng 2-3 triệu đồng"
    r"|(?<!\w)mỗi\s+(?:ngày|tuần|tháng|quý|năm)\s+(" + _NUM + r"\s*[-–]\s*" + _NUM + r")" + _MONEY_AFTER)


_DONE_BETWEEN = re.compile(r"(?i)(?<!\w)(?:đã|được|đạt)(?!\w)")


class PerPeriod(Recogniser):
    """An amount of money per day, month or year of each member (``mỗi tháng một hội viên … 10 nghìn đồng``)."""

    name, kind = "per-period", "norm"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        if "mỗi" not in text[a:b].lower():
            return
        for m in _PER_PERIOD.finditer(text, a, b):
            g = 1 if m.group(1) else 2
            if _DONE_BETWEEN.search(text, m.start(), m.start(g)):
                continue  # "mỗi năm một xã đã được hỗ trợ 150 triệu đồng": what was done
            for n in _NUMERAL.finditer(text, m.start(g), m.end(g)):
                yield Claim(n.start(), n.end(), self.kind,
                            "an amount each one gives per period (mỗi tháng …), not a figure of the period", self.name)


PER_PERIOD = PerPeriod()

#: ``Không còn xã dưới 8 tiêu chí``, ``không có hộ nào dưới 2 triệu đồng``: ``không còn/có`` + a noun + a bound.
_EMPTY_CLASS = re.compile(r"(?i)(?<!\w)không\s+(?:còn|có)\s+(?:[^\W\d_]+\s+){1,4}?(?:dưới|trên|quá|từ)\s+(" + _NUM
                          + r")(?![\d.,]?\d)")
EMPTY_CLASS = Rule("empty-class", "norm", "the bound of a class that has no member, not a figure", _EMPTY_CLASS,
                   needs=("không còn", "không có"))
