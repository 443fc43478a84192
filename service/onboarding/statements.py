"""Numbers a report states that are no figure of the period to fill: small named recognisers.

Each takes the paragraph being read, the figure's index and the figure, and returns True when it
claims the number (recording, where there is one, what it says about the row it belongs to).
They are tried with ``service.onboarding.recognisers.RECOGNISERS``:

========================  ====================================================================
``widget``                ``0 bình luận mới nhất``: a page's counter on a line of its own
``norm``                  ``thực hiện ít nhất 01 hoạt động``: a required minimum, not a result
``aim``                   ``phấn đấu hàng năm … kết nạp mới 50 hội viên``, ``đề ra 11 nội dung``: a target
``in_a_rate_s_name``      ``tỉ lệ … của Công an 7 tỉnh đạt trên 92,04%``: what the rate is of, context
``selection``             ``nhiều kết quả, trong đó 2 kết quả nổi bật``: the write-up picks from an uncounted whole
``year_estimate``         ``ước cả năm 812 ha, giảm 3%`` in a half-year report: the whole year's, not the period's
``later_period``          ``Từ đầu năm 2019 đến nay, … 23 người chết`` in the 2018 review: another period's
``year_said_before``      ``Nếu năm 2015 chiếm tỷ trọng 78%, năm 2018 là 79%`` in a term's report: other years' values
``time_ahead``            ``trong thời gian đến, … giảm tỷ lệ nợ quá hạn xuống dưới 0,24%``: what will be done, an aim
``forecast_ahead``        ``Theo dự báo, …, quý IV/2025 có thể chứng kiến mức tăng trưởng thêm 10-15%``: a forecast
``world_scope``           ``thiệt hại kinh tế trên thế giới ước tính 146 tỷ USD``: the world's, context only
``multiple_of_others``    ``cao gấp 10 lần các nước phát triển``: a comparison with other places, no figure
``from_to``               ``từ 7 Ban xuống còn 3 Ban``: the count before a change of structure (the row is the after)
``rate_from_to``          ``giảm từ 10,85% xuống còn 1,31%``: the rate before is the comparison value of the after
``class_bound``           ``20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD``: a bound saying what was counted
``money_plan``            ``62.515.000/53.781.000 đồng``: an amount over its plan
``share_of_whole``        ``xảy ra 123 vụ, chiếm 43,5%``; ``42 đ/c đạt 67,75% so với LLDQ``: a share, derived
``share_after_change``    ``đạt 500 triệu USD, tăng gấp hơn 2 lần … và chiếm tỉ trọng 29%``: the amount's share
``bracket_parts``         ``đạt tỷ lệ 1,77% (5/283)``: the parts of the share before it
========================  ====================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import COUNT_UNITS, Mention
from service.checker.match import within_rounding
from service.checker.recognisers.forecasts import (SHORTER_KINDS, CONNECTIVE, LOOKS_AHEAD, NOT_FORECAST_BEFORE,
                                                   RESULT_BETWEEN, covered, after_time_ahead, earlier_said,
                                                   in_year_estimate, other_period)
from service.checker.recognisers.references import back_reference, named_members
from service.onboarding import phrases as P
from service.onboarding.labels import finish
from service.onboarding.model import Derivation, Para, Row
from service.onboarding.onerow import make_row
from service.onboarding.rates import named_span

#: Page counters (the checker's widget labels, written after their number here: ``0 bình luận``).
COUNTER_NOUNS = ("bình luận", "lượt xem", "lượt thích", "thích", "chia sẻ", "lượt chia sẻ", "lượt truy cập",
                 "người đang xem", "phản hồi")
_COUNTER_LINE_WORDS = 6
_NORM = re.compile(r"(?i)(?<!\w)(?:ít\s+nhất|tối\s+thiểu|không\s+dưới)\s*$")
#: A sentence whose verb is one of aiming: what it counts is a target (``phấn đấu``, ``dự kiến``, ``đề ra``; not
#: ``dự kiến trong tháng 5``, the estimate of a monthly release's own month; nor ``Dự kiến, năng suất … lúa đạt 62,87
#: tạ/ha, tăng 3,07%``: ``dự kiến`` set off by a comma is a sentence adverb — the period's own estimate, as ``ước``
#: — unless ``sẽ`` follows) —
#: ``chỉ tiêu đề ra`` names the target a result is measured against, and ``đã``/``được`` after the verb make a result.
_AIM = re.compile(r"(?i)(?<!\w)(?:(?<!chỉ\stiêu\s)phấn\s+đấu(?!\s+về)|dự\s+kiến(?!\s+(?:trong\s+)?(?:tháng|quý|kỳ)(?!\s+tới|\s+sau))(?!\s*,(?![^.;]*(?<!\w)sẽ(?!\w)))|(?<!tiêu\s)(?<!hoạch\s)(?<!tiêu\s)đề\s+ra|"
                  r"(?:có|lên|đặt)\s+kế\s+hoạch|mục\s+tiêu\s+(?:là|:)|(?:cần|còn)\s+phải|cần\s+(?:[^\W\d_]+\s+){1,2}thêm"
                  r"|sẽ\s+cố\s+gắng)(?!\w)")   # "toàn tỉnh cần phải phát triển thêm 143.000 người …": what is still needed
#: (round 81: ``số người còn phải phát triển đến cuối năm để đạt chỉ tiêu … là 1,26 triệu người``, wa-toan-quoc-bhxh-
#: viet-nam-nguoi-tham-gia-bhxh-2020-10: ``còn phải``, what is still to be done, the remainder to a target)
#: ``với mục tiêu nâng …``, ``các mục tiêu …``: an aim named in the number's own clause (not ``đạt/vượt mục tiêu``,
#: nor ``so với mục tiêu đề ra``: a result measured against the aim, t16-nongson-ktxh-2022, round 23).
_GOAL = re.compile(r"(?i)(?<!đạt\s)(?<!thành\s)(?<!vượt\s)(?<!được\s)(?<!so\svới\s)(?<!\w)(?:các\s+)?mục\s+tiêu(?!\w)[^,;.:!?]*$")
#: ``Mục tiêu của ngành du lịch trong năm 2024 là đón 17 - 18 triệu lượt …; phục vụ 110 triệu lượt …; tổng thu …``: the
#: aims listed after ``mục tiêu … là``, semicolon after semicolon, to the sentence's end.
_GOAL_LIST = re.compile(r"(?i)(?<!đạt\s)(?<!thành\s)(?<!vượt\s)(?<!được\s)(?<!\w)mục\s+tiêu(?!\w)[^.!?:;]{0,60}?(?<!\w)là"
                        r"(?!\w)(?=[^.!?]*;)")
_AIM_AFTER = re.compile(r"(?i)^(?:(?!so\s+với|hơn|mức)[^,;.:()]){0,60}?(?<!\w)(?:dự\s+kiến|phấn\s+đấu)(?!\w)")
_DONE = re.compile(r"(?i)(?<!\w)được\s*$")   # "… hoàn thành nhiệm vụ được giao được 17 cuộc": what was done
_RESULT = re.compile(r"(?i)(?<!\w)(?:đã|kết\s+quả)(?!\w)")
_SELECTION = re.compile(r"(?i)(?<!\w)trong\s+đó\s*$")
_UNCOUNTED = r"(?<!\w)(?:nhiều|các|những|một\s+số)\s+"
_FROM = re.compile(r"(?i)(?<!\w)từ\s*$")
_TO = re.compile(r"(?i)^\s*(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+)??)\s+(?:xuống\s+còn|giảm\s+còn|giảm\s+xuống\s+còn|"
                 r"xuống|còn|thành|lên)\s*$")
#: ``, chiếm``, ``(đạt``: a share of the figure before; ``đạt tỷ lệ 7,34%`` names a rate of its own (a row).
_SHARE_GAP = re.compile(r"(?i)^\s*[,(]?\s*(?:chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?|đạt|bằng)\s*$")
#: ``chiếm`` right after the amount's unit, no comma: ``168,1 triệu USD chiếm 13,4%`` (not ``đạt``: ``khách sạn 1-5 đạt
#: khoảng 40%`` is no share of the 5).
_TAKES_UP = re.compile(r"(?i)^\s*chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$")
#: After ``X/Y noun``: ``, đạt tỷ lệ``, ``(tỷ lệ``: the pair's share, whatever its arithmetic (the checker's to judge).
_PAIR_SHARE_GAP = re.compile(r"(?i)^[^.;:()\d]{0,60}?(?:,\s*(?:đạt\s+)?(?:tỷ|tỉ)\s+lệ|\(\s*(?:(?:đạt\s+)?(?:tỷ|tỉ)\s+lệ)?)"
                             r"\s*(?:là|:)?\s*$")
_BRACKET_OPEN = re.compile(r"^\s*\(\s*$")
_WORDS_THEN_BRACKET = re.compile(r"^(?:\s+[^\W\d_]+){1,5}\s*\(\s*$")   # "100% xã đạt chuẩn (7/7 xã)"


def _start(m: Mention) -> int:
    return m.qualifier_start if m.qualifier_start is not None else m.num_start


def _line(text: str, pos: int) -> str:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return text[lo:hi if hi >= 0 else len(text)]


def widget(p: Para, i: int, m: Mention) -> bool:
    """``0 bình luận mới nhất``, ``Lượt xem: 13460 lượt xem``: a counter of the page on a short line of its own."""
    noun = " ".join(P.noun_after(p.text, m.end)).lower()
    if m.kind not in ("count", "ratio") or not any(noun == w or noun.startswith(w + " ") for w in COUNTER_NOUNS):
        return False
    return len(_line(p.text, m.num_start).split()) <= _COUNTER_LINE_WORDS


def norm(p: Para, i: int, m: Mention) -> bool:
    """``mỗi chi đoàn thực hiện ít nhất 01 hoạt động``: a required minimum states a norm, not what was done; ``PMI giảm
    dưới mức 50 điểm``, ``tăng trưởng cao ở mức hai con số`` (t3-iip-congnghiep-2025-h1, t3-bct-congnghiep-2024-h1): a
    count after ``dưới/trên/ở mức`` names a threshold, not a count of the period."""
    return (m.qualifier or "").lower() in ("ít nhất", "tối thiểu", "không dưới") or _ceiling(p, m) or \
        bool(_NORM.search(p.text[max(0, _start(m) - 20):_start(m)])) or \
        m.kind == "count" and bool(_LEVEL_OF.search(p.text[max(0, _start(m) - 20):_start(m)]))


def _ceiling(p: Para, m: Mention) -> bool:
    """``tỷ lệ án trả hồ sơ để điều tra bổ sung đạt chỉ tiêu, không quá 2%/ năm`` (t5-dongnai-vks-nhiemky), ``(chỉ tiêu
    không quá 5%)`` (t5-haiduong-vks-2018): a rate the text bounds from above with ``không quá``/``tối đa`` is the
    limit set, not what was reached — when a target or a per-year norm says so (``chỉ tiêu``, ``/năm``)."""
    if (m.qualifier or "").lower() not in ("không quá", "tối đa", "không vượt quá") or m.kind != "percent":
        return False
    clause = p.text[P.clause_start(p.text, m.num_start):m.num_start]
    return bool(re.search(r"(?i)(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|quy\s+định|mục\s+tiêu)(?!\w)", clause)) or \
        bool(re.match(r"\s*/\s*năm(?!\w)", p.text[m.end:]))


_LEVEL_OF = re.compile(r"(?i)(?<!\w)(?:dưới|trên|ở|quanh|ngưỡng)\s+mức\s*$")


def aim(p: Para, i: int, m: Mention) -> bool:
    """A count of a sentence whose verb aims (``Nhiệm kỳ 2018-2023, Hội phấn đấu hàng năm có trên 90% …;
    kết nạp mới 50 hội viên``; ``đề ra 11 nội dung thực hiện trong quý II``; ``5 chỉ tiêu … dự kiến phấn
    đấu đến tháng 9 hoàn thành``): a target, not a result — unless ``đã`` or ``kết quả`` follows the aim."""
    if term_targets(p):
        return True
    s = p.sentence_of(m)
    before = p.text[s:_start(m)]
    if aims_said(before) or s > 0 and _goes_on(before) and aims_said(p.text[P.sentence_start(p.text, s - 1):s]):
        return True       # "… có kế hoạch … xây dựng mới 16 công trình. Bên cạnh đó, cải tạo … 20 trạm cấp nước"
    if s > 0 and _BREAKDOWN_OPENS.match(before) and _targets_in(p, P.sentence_start(p.text, s - 1), s):
        return True       # "Các chỉ tiêu … năm 2024 là: … 8.962,72 tỷ đồng. Trong đó, ngành … là 3.621,68 tỷ đồng"
    after = p.text[m.end:]
    return not m.comparison and bool(_AIM_AFTER.match(after)) and not _RESULT.search(after[:_AIM_AFTER.match(after).start() + 1])


#: A paragraph opening on the targets of a term: ``Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025)``,
#: ``Các chỉ tiêu chủ yếu giai đoạn 2021-2025:`` — the term's years named within its first words.
_TERM_TARGETS = re.compile(r"(?i)^\W*(?:(?:một\s+số|các|những)\s+)?chỉ\s+tiêu(?!\w)[^.;:!?]{0,80}?\(?\s*(?:nhiệm\s+kỳ|"
                           r"giai\s+đoạn|thời\s+kỳ)\s+(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?P<last>(?:19|20)\d\d)(?!\d)")


def term_targets(p: Para) -> bool:
    """``Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng kinh tế bình quân đạt
    12-13%/ năm …`` on a page written in 2020 (t14-thanhnien-dailoc-chitieu-2020-2025): a paragraph that opens on the
    targets of a term not over when the page was written lists targets — every number of it is an aim, no row (a
    term's results are written once it is over: ``Kết quả … nhiệm kỳ 2015-2020`` in 2020 names no targets first)."""
    hit = _TERM_TARGETS.match(p.text)
    written = p.reading.written
    return bool(hit) and written is not None and int(hit.group("last")) > written


def _goes_on(sentence: str) -> bool:
    """A sentence opening with a connective (``Bên cạnh đó``, ``Đồng thời``) goes on with the one before it — the
    checker's own list (``forecasts.CONNECTIVE``, which carries a later period over the same way)."""
    return CONNECTIVE.match(sentence) is not None


def _targets_in(p: Para, lo: int, hi: int) -> bool:
    """The text between ``lo`` and ``hi`` sets targets (the checker read numbers of it as a list of targets)."""
    return any(x.kind == "target" and lo <= x.num_start < hi for x in p.mentions)


#: ``Trong đó, ngành nông-lâm nghiệp, thủy sản là 3.621,68 tỷ đồng …`` after ``Các chỉ tiêu … năm 2024 là: … tổng giá
#: trị sản xuất đạt 8.962,72 tỷ đồng.`` (t11-chupah-kehoach-2024): a sentence opening on ``Trong đó,`` breaks down the
#: sentence before — an aim's parts are aimed too.
_BREAKDOWN_OPENS = re.compile(r"(?i)\s*trong\s+đó\s*[,:]")


#: What was planned named as a comparison's base: ``ít hơn dự kiến 12 người``, ``ít hơn so với dự kiến 15 người``,
#: ``cao hơn 21 người so với dự kiến``, ``bằng số dự kiến``, ``vượt dự kiến`` — no aim.
_PLAN_COMPARED = re.compile(r"(?i)(?<!\w)(?:hơn|so\s+với|bằng|vượt)(?:\s+(?:số|mức))?\s*$")


def compared_with_plan(before: str, hit: re.Match) -> bool:
    """``dự kiến`` after ``hơn``/``so với``/``bằng (số)``/``vượt`` is the plan a result is measured against (round 59:
    ``Dân tộc thiểu số là 78 người (15,60%) ít hơn dự kiến 12 người, …; nữ 122 người (24,40%) ít hơn dự kiến 28
    người, …``, xg-toan-quoc-hoi-dong-bau-cu-ket-qua-bau-cu-khoa-xiii-2011; ``… 182 người trúng cử (tỉ lệ 36,70%), ít
    hơn so với dự kiến 15 người (khóa XIII là 33,4%); ĐB … giới thiệu 312 người …``, t44-plo-bau-cu-khoa-xiv): the
    counts after it in the sentence are results, not aims."""
    return hit.group(0).lower().startswith("dự") and bool(_PLAN_COMPARED.search(before[:hit.start()]))


def aims_said(before: str) -> bool:
    """The words before a number (from its sentence's start) aim, and no ``đã``/``kết quả`` after the aim."""
    hits = [h for h in _AIM.finditer(before) if not compared_with_plan(before, h)] + \
        list(_GOAL.finditer(before)) + list(_GOAL_LIST.finditer(before + ";"))
    last = max((h.end() for h in hits), default=None)
    return last is not None and not _RESULT.search(before[last:]) and not _DONE.search(before)


def selection(p: Para, i: int, m: Mention) -> bool:
    """``đạt được nhiều kết quả, trong đó 2 kết quả nổi bật là …``: a part counted of a whole the sentence
    does not count (``nhiều``, ``các``, ``những`` of the same noun) is the write-up's own selection."""
    if m.kind != "count" or not _SELECTION.search(p.text[max(0, _start(m) - 12):_start(m)]):
        return False
    head = P.noun_after(p.text, m.end)[:1]
    if not head or not head[0][0].isalpha():
        return False
    before = p.text[p.sentence_of(m):_start(m)]
    return bool(re.search(_UNCOUNTED + re.escape(head[0]) + r"(?!\w)", before, re.I))


def year_estimate(p: Para, i: int, m: Mention) -> bool:
    """``Cây ngô … gieo trồng được 471,5 ha, tăng 2,5% so cùng kỳ; ước cả năm 812 ha, giảm 3% so với năm trước`` in a
    report shorter than a year: the whole year's estimate and its change are no figures of the period — the checker's
    own rule (``service.checker.recognisers.forecasts``), so the template offers no row the checker would not ask."""
    return p.reading.period_kind in SHORTER_KINDS and in_year_estimate(p.text, _start(m))


def later_period(p: Para, i: int, m: Mention) -> bool:
    """``Từ đầu năm 2019 đến nay, trên cả nước đã xảy ra 12 loại hình thiên tai làm 23 người chết`` in the 2018
    review: the sentence names a period that begins after the report's own ends — another period's figure, no row.
    The checker's own rule (``service.checker.recognisers.forecasts.other_period``), read with the prior's period."""
    return p.reading.period is not None and other_period(p.text, _start(m), p.reading.period) is not None


#: ``năm 2016 là``, ``năm 2016 ước đạt``: a year then the predicate of its number (the year filled in by the caller).
_YEAR_PREDICATE = r"(?i)(?<!\w)năm\s+{year}\s+(?:ước\s+|dự\s+kiến\s+)?(?:đạt|là)(?!\w)"


#: A sentence's end: a full stop before a space or the end, ``!``, ``?``, a line break.
_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|[!?\n]")


def year_said_before(p: Para, i: int, m: Mention) -> bool:
    """``Nếu năm 2015 chiếm tỷ trọng 78%, năm 2018 là 79% thì 9 tháng đầu năm nay cũng đã đạt 76,7%`` (yp-vinh-long-
    bql-cac-khu-cong-nghiep, read as nine months of 2019), ``trong khi phân bố nhóm tuổi tương ứng năm 2009 là 52% và
    31%`` in the first half of 2010 (za-toan-quoc-none-hiv-aids-2010-h1), ``nhập khẩu cà phê của nước này 7 tháng năm
    2018 đạt 941 nghìn tấn`` in September's bulletin (zr-toan-quoc-cuc-xuat-nhap-khau-ca-phe-2018-09): a year (or its
    first months) named right before the number's predicate that ended before the report's period began — neither its
    same period last year nor its last edition, which hands keep as comparison columns — dates the number to that
    time: another period's value, no row. The checker's own rule (``service.checker.recognisers.forecasts.
    earlier_said``). Not in a term's report (each year of a term is the term's own, and its hand keeps the last year's
    values: ``Thu nhập bình quân đầu người năm 2019 đạt 39 triệu đồng`` in 2015–2020), nor in a series of years that
    goes on in the same sentence to the report's own year said the same way (``Năm 2014 là 1078 tỉ đồng, năm 2015 là
    973,6 tỉ đồng và dự kiến năm 2016 là khoảng 957 tỉ đồng`` in 2016's report: a series the hand tabulates by
    year, zm-ha-noi-xe-buyt-van-tai-hanh-khach-2016-10t)."""
    period = p.reading.period
    if period is None or period.kind == "term" or earlier_said(p.text, _start(m), period) is None:
        return False
    stop = _SENTENCE_STOP.search(p.text, m.end)
    rest = p.text[m.end:stop.start() if stop else len(p.text)]
    return re.search(_YEAR_PREDICATE.format(year=period.year), rest) is None


#: ``tới nay``, ``đến nay``: until now — the span of what was done, never a time to come.
_UNTIL_NOW = re.compile(r"(?i)(?<!\w)(?:tới|đến)\s+nay(?!\w)")


def time_ahead(p: Para, i: int, m: Mention) -> bool:
    """``Do vậy, trong thời gian đến, ngân hàng còn tăng cường xử lý thu hồi nợ đến hạn, giảm tỷ lệ nợ quá hạn xuống
    dưới 0,24%`` (yp-phu-yen-nhcsxh-2018-q1), ``Trong thời gian tới, Chi cục tập trung chỉ đạo thực hiện đạt một số chỉ
    tiêu cơ bản: Tỷ lệ sinh con thứ 3 giảm 15%; tỷ lệ tăng dân số tự nhiên còn 1,12%`` (n-ninhthuan-dskhhgd-2018-h1):
    a number whose sentence names a time to come before it, with no word of what was done between, is what will be
    done — an aim, no row. The checker's own rule (``service.checker.recognisers.forecasts.after_time_ahead``)."""
    # "từ đầu năm tới nay toàn tỉnh có 20.000 LĐ tìm được việc làm" (t17-dongthap-vieclam-ngoaitinh): "năm tới" inside
    # "từ đầu năm tới nay" is the time to now, what was done (the checker's pattern now knows it too; kept as a guard
    # for any other "… tới nay" before the number)
    before = p.text[p.sentence_of(m):_start(m)]
    return after_time_ahead(p.text, _start(m)) and not _UNTIL_NOW.search(before)


#: ``Theo dự báo,``, ``Dự báo,``: a forecast set off as the sentence's adverb (the checker's ``Forecast`` reads
#: ``dự báo`` as the verb of its sentence, not before a comma).
_FORECAST_ADVERB = re.compile(r"(?i)(?<!\w)dự\s+báo\s*,")
#: What looks ahead after it: the checker's words (``sẽ``, ``tới``, ``có khả năng``, ``dự kiến``) and ``có thể``.
_MAY = re.compile(r"(?i)(?<!\w)có\s+thể(?!\w)")


def forecast_ahead(p: Para, i: int, m: Mention) -> bool:
    """``Theo dự báo, nếu nguồn cung nguyên liệu trong nước được ổn định, quý IV/2025 có thể chứng kiến mức tăng
    trưởng thêm 10-15% so với quý III`` (t27-vtcnews-muc-10t-2025), ``Theo dự báo, xuất khẩu cà phê năm nay của nước
    ta có thể đạt mức 4 tỷ USD`` (p16-baogialai-caphe-2023-08), ``Dự báo, đến năm 2025, quy mô sẽ tăng lên thành 350
    tỉ đô la`` (d10-vietbao-banle-5t-2023): ``dự báo`` set off by a comma, then before the number a word looking ahead
    (``có thể``, ``sẽ``, ``tới`` …) and no word of what was done — what is expected, no row.  Not the forecast as
    work done (``công tác dự báo,``, ``đã dự báo,``: the checker's ``NOT_FORECAST_BEFORE``)."""
    s = p.sentence_of(m)
    at = _start(m)
    cue = None
    for cue in _FORECAST_ADVERB.finditer(p.text, s, at):
        pass
    if cue is None or NOT_FORECAST_BEFORE.search(p.text, max(0, cue.start() - 20), cue.start()):
        return False
    between = p.text[cue.end():at]
    return bool(LOOKS_AHEAD.search(between) or _MAY.search(between)) and not RESULT_BETWEEN.search(between)


#: ``91,8% vào năm 2015``, ``… đạt 94% đến cuối năm 2020``: the year a number is said of, written right after it.
_YEAR_AFTER = re.compile(r"(?i)^\s*%?[^\d.;:,()]{0,16}?(?<!\w)(?:vào|đến|tới|trong)\s+(?:cuối\s+|đầu\s+)?năm\s+"
                         r"(?P<year>(?:19|20)\d\d)(?!\d)")


def year_after(p: Para, i: int, m: Mention) -> bool:
    """``nâng tỷ lệ người biết chữ ở độ tuổi 15 - 60 đạt 91,8% vào năm 2015`` in the page on 2013-2014 (last private
    batch): a number said of a year after the report's period, named right after it, is a target — no row (the
    checker's ``other_period`` reads the periods named before a number; this is the one written after it)."""
    period = p.reading.period
    hit = _YEAR_AFTER.match(p.text[m.end:])
    if period is None or not hit:
        return False
    return int(hit.group("year")) * 12 + 1 > covered(period)[1]


#: The world as the scope of what is counted: ``thiệt hại kinh tế trên thế giới``, ``toàn cầu``.
_WORLD = re.compile(r"(?i)(?<!\w)(?:(?:trên|toàn|cả)\s+thế\s+giới|toàn\s+cầu)(?!\w)")
#: The report's own country or area named again after it: ``Tại Việt Nam``, ``cả nước``, ``trong nước``, ``tỉnh``.
_HOME = re.compile(r"(?i)(?<!\w)(?:Việt\s+Nam|nước\s+ta|cả\s+nước|toàn\s+quốc|trong\s+nước|(?:toàn|trong|của|tại|ở)\s+"
                   r"(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|phường|ngành|đơn\s+vị))(?!\w)")


def world_scope(p: Para, i: int, m: Mention) -> bool:
    """``năm 2018, thiên tai trên thế giới …, thiệt hại kinh tế trên thế giới ước tính 146 tỷ USD. Tại Việt Nam, …``:
    a number whose sentence sets the world as the scope before it (``trên thế giới``, ``toàn cầu``) — with the
    report's own country or area not named again in between — is context for the agency's figures, not one of
    them. A count of places in the world the agency reached (``sang 40 nước trên thế giới``) names the world after
    its number and stays."""
    before = p.text[p.sentence_of(m):_start(m)]
    world = list(_WORLD.finditer(before))
    return bool(world) and not _HOME.search(before, world[-1].end())


#: ``gấp 10 lần các nước phát triển``: ``lần`` then what is compared — any words but a period's (``so với cùng kỳ``,
#: ``năm trước``, ``tháng 6``, ``đầu nhiệm kỳ`` …), which make a multiple of last period's value.
_TIMES_OTHERS = re.compile(r"(?i)^\s*lần\s+(?:so\s+với\s+)?(?!(?:cùng|kỳ|năm|tháng|quý|tuần|ngày|đầu|cuối|trước|"
                           r"giai|nhiệm|thời|lúc|khi|hồi|so|trở|trên|dưới|và|,)(?!\w))[^\W\d_]+")


def multiple_of_others(p: Para, i: int, m: Mention) -> bool:
    """``Tỉ lệ tử vong do đuối nước cao nhất trong khu vực, cao gấp 10 lần các nước phát triển`` and its headline
    ``Trẻ em đuối nước ở Việt nam gấp 10 lần nước phát triển`` (t22-plo-duoinuoc-2016-h1): a multiple ``gấp N lần``
    that compares with another place or group, not with an earlier period, and follows no amount of its clause, is
    a comparison with others — no figure of the period, no row (round 29).  ``đạt 6,9 triệu đồng (…), gấp hơn 1,5
    lần khu vực nông thôn`` (c12-vn-thunhap-2024) follows its amount and stays that amount's derivation."""
    if m.value is None or m.kind not in ("count", "change") or m.unit and not m.unit.lower().startswith("lần"):
        return False
    if not re.search(r"(?i)(?<!\w)gấp\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?$", p.text[max(0, _start(m) - 20):_start(m)]):
        return False
    if not _TIMES_OTHERS.match(p.text[m.num_end:m.num_end + 40]):
        return False
    return not p.rows_before(i)


def from_to(p: Para, i: int, m: Mention) -> bool:
    """``giảm từ 7 Ban xuống còn 3 Ban``, ``(110 Chi hội thành 97 Chi hội)``: the count before a change of
    structure; the row is the count after it, labelled by what stands before the ``từ``."""
    if m.kind != "count" or i + 1 >= len(p.figures) or m.pair_role:
        return False
    nxt = p.figures[i + 1]
    to = _TO.match(p.text[m.end:_start(nxt)])
    after = " ".join(P.noun_after(p.text, nxt.end)).lower()
    if not to or not (after + " ").startswith(to.group("unit").lower() + " "):
        return False
    hit = _FROM.search(p.text[max(0, _start(m) - 8):_start(m)])
    first = _start(m) - (len(hit.group(0)) if hit else 0)
    nxt.qualifier_start = first if nxt.qualifier_start is None or nxt.qualifier_start > first else nxt.qualifier_start
    nxt.qualifier = nxt.qualifier or None
    p.after_change[i + 1] = (P.bare_quote(p.text, m), m.value)
    return True


#: ``từ 41,6% năm 2016 xuống còn 33,1% năm 2020`` (t14-123docz-tmdv-2016-2020): the year the first rate was of may
#: stand between it and the verb — or the time said in full (round 30): ``từ mức 7,362 tỷ USD của quý I năm ngoái
#: xuống còn 6,951 tỷ USD`` (yi-toan-quoc-tong-cuc-hai-quan-tinh-thanh-xuat-khau-ty-do-2020-q1), ``từ mức hơn 1,3 tỷ
#: USD vào năm 2000, lên 16,7 tỷ USD`` (t23-vietbao-kieuhoi-hcm-2019-9t): ``của/vào/trong`` and a quarter, a month
#: or the first months before the year, last year said as ``năm ngoái/năm trước``.  Round 76: the quarter or month
#: with its year after a slash, after ``hồi`` (then): ``giảm nhẹ từ 11,18% hồi quý II/2019 xuống còn 9,32% ở quý này``
#: (xs-toan-quoc-viettel-post-doanh-thu-loi-nhuan-2020-q2).  Round 77: the time said must name a year (or last
#: year) — a start dated ``đầu năm``/``cuối năm`` with no year is a point of the period reported, its opening value,
#: a row of its own (``giảm tỷ lệ hộ nghèo toàn huyện từ 50,08 ở thời điểm đầu năm xuống còn 42,74% vào cuối năm
#: 2016``, yd-tuyen-quang-na-hang-giai-quyet-viec-lam-dao-tao-nghe-2016: the hand's row «thời điểm đầu năm 2016»).
_YEAR_OF_FROM = (r"(?:(?:(?:của|vào|trong|ở|hồi)\s+)?(?:thời\s+điểm\s+)?(?:(?:(?:cuối|đầu)\s+)?(?:(?:quý|tháng)\s+"
                 r"[IVX\d]+\s+|\d+\s+tháng\s+(?:đầu\s+)?)?năm\s+(?:(?:19|20)\d\d|ngoái|trước)|(?:quý|tháng)\s+"
                 r"[IVX\d]+\s*/\s*(?:19|20)\d\d)\s*,?\s*)?")
#: The verb of a movement: ``xuống (còn)``, ``giảm (xuống) còn``, ``lên (đến|tới)``, ``tăng lên``; ``giảm xuống`` with no
#: ``còn`` (zx-toan-quoc-tap-doan-tkv-san-xuat-kinh-doanh-2017-h1: ``từ 19,92 triệu tấn giảm xuống 17,92 triệu tấn``).
_MOVED = r"(?:xuống\s+còn|giảm\s+còn|giảm\s+xuống\s+còn|giảm\s+xuống|xuống|còn|lên|tăng\s+lên|lên\s+đến|lên\s+tới)"
_RATE_TO = re.compile(r"(?i)^\s*" + _YEAR_OF_FROM + _MOVED + r"\s*$")
#: ``từ mức`` (a level): the value moved from after ``từ`` and the word for a level.
_FROM_LEVEL = re.compile(r"(?i)(?<!\w)từ(?:\s+mức)?\s*$")


def _moved_from(p: Para, i: int, m: Mention, nxt: Mention) -> bool:
    """``từ`` before ``m`` makes it the value ``nxt`` moved from: said with ``nxt``'s row, no row of its own."""
    hit = _FROM_LEVEL.search(p.text[max(0, _start(m) - 12):_start(m)])
    if not hit:
        return False
    first = _start(m) - len(hit.group(0))
    nxt.qualifier_start = first if nxt.qualifier_start is None or nxt.qualifier_start > first else nxt.qualifier_start
    p.after_change[i + 1] = (P.bare_quote(p.text, m), m.value)
    return True


def rate_from_to(p: Para, i: int, m: Mention) -> bool:
    """``huyện Sông Lô giảm từ 10,85% xuống còn 1,31%``, ``tỷ lệ hộ cận nghèo giảm từ 4,27% xuống còn 2,36%``: the rate
    before the change is the comparison value of the rate it came to (the row, labelled by what stands before
    ``từ``) — no row of its own."""
    if m.kind != "percent" or m.comparison or i + 1 >= len(p.figures):
        return False
    nxt = p.figures[i + 1]
    if nxt.kind != "percent" or nxt.comparison or not _RATE_TO.match(p.text[m.end:_start(nxt)]):
        return False
    return _moved_from(p, i, m, nxt)


_AMOUNT_TO = re.compile(r"(?i)^\s*" + _YEAR_OF_FROM + r"(?:" + _MOVED + r"|đến|tới)\s*$")


def amount_from_to(p: Para, i: int, m: Mention) -> bool:
    """``Hà Tĩnh tăng 97% (từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn)``, ``từ hơn 3,5 triệu tấn đến gần 6,5 triệu
    tấn``: an amount written with its unit, then ``lên``/``đến`` the same unit's amount — the first is the comparison
    value of the second (the row), as :func:`rate_from_to` for rates."""
    if m.kind not in ("measure", "money", "count") or m.comparison or m.unit is None or i + 1 >= len(p.figures):
        return False
    nxt = p.figures[i + 1]
    if nxt.kind != m.kind or nxt.unit != m.unit or nxt.comparison or not _AMOUNT_TO.match(p.text[m.end:_start(nxt)]):
        return False
    return _moved_from(p, i, m, nxt)


#: A class bound: ``trên 1 tỷ USD``, ``hơn 50%``, ``từ 10 tỷ USD trở lên``.
_BOUND = ("trên", "hơn", "từ", "dưới", "ít nhất", "không dưới")
_CLASS_GAP = re.compile(r"(?i)^[^,;.:()\d!?\n]{0,80}?(?<!\w)(?:đạt|có)(?!\w)[^,;.:()\d!?\n]{0,40}$")
_CLASS_WORDS = 12
#: Amounts that add up over the units counted before them: violations, a sum named as such.
_AMOUNT_OF_ALL = re.compile(r"(?i)(?<!\w)(?:vi\s+phạm|sai\s+phạm|số\s+tiền|tổng)(?!\w)")
#: ``, doanh thu ước đạt``: after a comma, an amount's subject of its own.
_MONEY_SUBJECT = re.compile(r"(?i),\s*(?:tổng\s+)?(?:doanh\s+thu|thu\s+nhập|kinh\s+phí|giá\s+trị|trị\s+giá|số\s+tiền|"
                            r"tổng\s+thu|vốn|lợi\s+nhuận|chi\s+tiêu)(?!\w)")
#: A count's noun listing its kinds before the verb: ``huyện, thành phố``, ``xã, phường, thị trấn``.
_LISTED_NOUN = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})+"
                          r"(?=\s+(?:đạt|có)(?!\w))")
#: After a group's count the noun may list its kinds (``8 Cục Hải quan tỉnh, thành phố đạt …``).
_GROUP_GAP = re.compile(r"(?i)^[^;.:()\d!?\n]{0,80}?(?<!\w)(?:đạt|có)(?!\w)[^,;.:()\d!?\n]{0,40}$")


#: The ends of a range: ``từ 6 đến dưới 12m``, ``đạt từ 15-18 tiêu chí``.
_RANGE_LOW_BEFORE = re.compile(r"(?i)(?<!\w)từ\s*$")
_RANGE_LOW_AFTER = re.compile(r"\s*(?:-|–|đến|tới)\s*(?:dưới\s+)?\d")
_RANGE_HIGH_BEFORE = re.compile(r"(?i)(?:\d\s*[-–]|(?<!\w)(?:đến|tới)(?:\s+dưới)?)\s*$")
#: ... and the count of the class after it: ``dưới 6m là 271 chiếc``, ``từ 6 đến dưới 12m là 912 chiếc``.
_COUNT_AFTER = re.compile(r"(?i)(?:\s*(?:-|–|đến|tới)\s*(?:dưới\s+)?\d[\d.,]*[^\W\d_]{0,3})?"
                          r"[^,;.()\d\n]{0,25}?(?:\s(?:là|có|gồm)\s+|\s*:\s*)(?:khoảng\s+|gần\s+|hơn\s+)?\d")


#: ``1-2`` read as one mention (its value the high end): a range written whole (round 29).
_RANGE_IN_ONE = re.compile(r"\d\s*[-–]\s*\d")
_DASH_HIGH = re.compile(r"^\s*[-–]\s*(?P<high>\d{1,3})(?![\d.,/])")


def _dash_range(m: Mention, after: str) -> bool:
    """``02 xã đạt 8-9 tiêu chí``: the low end of a range written with a dash and no ``từ`` (the high end larger)."""
    hit = _DASH_HIGH.match(after)
    return bool(hit) and m.value is not None and int(hit.group("high")) > m.value


#: What a thing is measured against, counted: ``19/19 tiêu chí``, ``8/8 tiêu chuẩn``.
_CRITERIA = re.compile(r"(?i)^(?:tiêu\s+chí|tiêu\s+chuẩn)(?!\w)")


def criteria_met(p: Para, i: int, m: Mention) -> bool:
    """``57 /104 xã hoàn thành 19/19 tiêu chí`` (p-thuathienhue-ntm-2019), ``Các xã hoàn thành 19/19 tiêu chí trong năm
    2019 gồm: …``: criteria counted as a pair say which standard a thing met — all of them (X/X), or, after a count in
    its sentence, which things were counted — no row of their own (``15/15 chỉ tiêu``, what was achieved, stays)."""
    if m.pair_role != "numerator" or m.partner is None or m.value is None:
        return False
    whole = p.mentions[m.partner]
    if not _CRITERIA.match(" ".join(P.noun_after(p.text, whole.end))):
        return False
    counted = any(k < i and p.sentence_of(p.figures[k]) == p.sentence_of(m) and p.rows.get(k) is not None
                  and p.rows[k].kind == "count" for k in range(i))
    return m.value == whole.value or counted


def class_bound(p: Para, i: int, m: Mention) -> bool:
    """``20 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD``, ``16/18 chi cục thuế kết quả thu đạt hơn 50% dự
    toán``, ``5 nhóm hàng có kim ngạch tăng trên 1 tỷ USD``, ``24 xã đạt từ 15-18 tiêu chí``, ``02 xã đạt 8-9 tiêu
    chí`` (no ``từ``): a bound or a range
    inside the noun phrase of the count before it says which things were counted — no figure of its own; so does
    one that a count follows (``tàu có chiều dài dưới 6m là 271 chiếc; từ 6 đến dưới 12m là 912 chiếc``)."""
    if m.value is None:
        return False
    before = p.text[max(0, _start(m) - 16):_start(m)]
    after = p.text[m.end:m.end + 60]
    in_range = bool(_RANGE_LOW_BEFORE.search(before) and _RANGE_LOW_AFTER.match(after)
                    or _RANGE_HIGH_BEFORE.search(before) or _dash_range(m, after)
                    or _RANGE_IN_ONE.search(m.raw or ""))     # "có từ 1-2 người": the extractor's one mention
    bound = in_range or (m.qualifier or "").lower() in _BOUND or re.match(
        r"(?i)\s*(?:\w+\s+){0,2}?trở\s+(?:lên|xuống)", p.text[m.end:m.end + 30]) or _whole(p, m)
    if not bound:
        return False
    if m.kind != "percent" and _COUNT_AFTER.match(after):
        return True
    group = _group_before(p, m)
    if group is not None:      # "là 1 trong 8 Cục Hải quan … đạt số thu hải quan trên 85% so với dự toán"
        gap = p.text[group.end:_start(m)]
        return bool(_GROUP_GAP.match(gap)) and len(gap.split()) <= _CLASS_WORDS
    k = i - 1
    if p.figures[k].pair_role == "denominator" and k > 0:
        k -= 1                                              # "16/18 chi cục thuế …": the count is the 16
    if _whole(p, m) and not (p.figures[k].unit or _noun_of_count(p, p.figures[k])):
        return False      # "tỷ lệ tiêm mũi 1 đạt 99,9%; mũi 2 đạt 100%" (c13-bacyen-yte-2022-10): a dose's number,
        # no count of units whose class the whole could name
    row = p.rows.get(k)
    counted = row is not None and row.kind == "count" or \
        row is None and _whole(p, m) and p.figures[k].kind == "count" and not p.figures[k].comparison
    if not counted or row is not None and _listed_alike(row, m):
        return False      # (the whole's count may be kept standing: "Toàn tỉnh có 18 trường có 100% số học sinh …")
    gap = p.text[p.figures[i - 1].end:_start(m)]
    if m.kind == "money" and _AMOUNT_OF_ALL.search(gap):
        return False   # "phát hiện 32 đơn vị, tổ chức, cá nhân có vi phạm hơn 5,6 tỷ đồng" (t4-thanhtra-thuhoi-29ty):
        # what they all did wrong adds up — a total, not what each reached
    if m.kind == "money" and _MONEY_SUBJECT.search(gap):
        return False   # "đón hơn 5,3 triệu lượt khách, doanh thu ước đạt hơn 9.100 tỷ đồng" (t5-cafef-dulich-2023-h1):
        # after a comma, an amount's own subject — not what each counted thing reached
    if not _CLASS_GAP.match(gap):   # "9/9 huyện, thành phố đạt tỷ lệ dưới 10%": the noun lists its kinds
        gap = _LISTED_NOUN.sub("", gap, count=1)
    return bool(_CLASS_GAP.match(gap)) and len(gap.split()) <= _CLASS_WORDS


def _whole(p: Para, m: Mention) -> bool:
    """``100%`` with no qualifier — the whole, which nothing exceeds: after a count and its ``đạt/có`` it names the
    class counted (those at the ceiling) as a bound does (round 30): ``Có 7 trường đạt tỷ lệ đỗ tốt nghiệp 100%``,
    ``Toàn tỉnh có 18 trường có 100% số học sinh dự thi đã tốt nghiệp`` (t23-daibieunhandan-totnghiep-2011), ``25
    trường có tỉ lệ đỗ tốt nghiệp 100%`` (yf-toan-quoc-so-gddt-cac-tinh-ty-le-tot-nghiep-thpt-2010), ``16 tỉnh có
    100% số xã đạt chuẩn nông thôn mới`` (yi-toan-quoc-bo-nnptnt-xa-dat-chuan-nong-thon-moi-2022-h1).  Not a plan's
    whole (``kết nạp được 5 đảng viên mới đạt 100% kế hoạch``, c-vanxa-dangbo-2021; ``05 trường hợp đạt 100%KH``,
    c-lak-toaan-2020: the count's rate of its plan)."""
    return m.kind == "percent" and m.value == 100 and not m.qualifier and \
        not _OF_PLAN.match(p.text[m.end:m.end + 40])


def _noun_of_count(p: Para, f: Mention) -> str:
    """The first word after a count when it names what is counted (``16 tỉnh có``), not the verb (``mũi 2 đạt``)."""
    words = P.noun_after(p.text, f.end, most=2)
    return "" if not words or words[0].lower() in ("đạt", "có", "là", "được", "bằng", "chiếm") else words[0]


#: ``100% kế hoạch``, ``100%KH``, ``100% so với chỉ tiêu``: a rate of a plan after the number.
_OF_PLAN = re.compile(r"(?i)^\s*%?\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|KH|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|NQ)(?!\w)")


def _listed_alike(row: Row, m: Mention) -> bool:
    """``khách đến bằng đường bộ đạt trên 2 triệu lượt và đường biển đạt trên 190.000 lượt`` (t15-cand-dulich-9t-2018):
    a count of the same noun as the count before it is the next item of a list of like amounts, not a bound of what
    that count counted (``20 mặt hàng đạt kim ngạch … trên 1 tỷ USD``: another noun)."""
    return m.kind == "count" and bool(m.unit) and bool(row.unit) and row.unit.lower() == m.unit.lower()


def _group_before(p: Para, m: Mention) -> Mention | None:
    """The group of ``1 trong 8 Cục Hải quan`` right before ``m`` in its sentence — the checker's extraction reads
    ``1 trong 8`` as a rank in a group, no figure (``service.checker.extract``) — or None."""
    before = [x for x in p.mentions if x.end <= _start(m) and x.num_start >= p.sentence_of(m)]
    last = before[-1] if before else None
    if last is None or last.is_figure or not (last.note or "").startswith("one of a group"):
        return None
    return last


def head_word(m: Mention) -> str:
    """The first word of what a count counts, lower-cased (``xã`` of ``hai xã Thuận Hạnh``); ``""`` when none."""
    return next(iter((m.noun or "").lower().split()), "")


def members_named(p: Para, i: int, m: Mention) -> bool:
    """``làm việc tại hai xã Thuận Hạnh và Nam Bình`` (last private batch): a count whose members are named right after
    its noun, as many names as it counts (two or more: ``1 nhà Đại đoàn kết``, ``1 tổ chức Đảng`` are capitalised
    kinds, not names), says which ones — context, no row (the hand-built tables leave them out). The checker's own
    rule (``service.checker.recognisers.references.named_members``), so both agree on what names members."""
    if m.kind != "count" or m.value is None or m.comparison or m.pair_role:
        return False
    if not named_members(p.text, m.end, m.value):
        return False
    p.reading.context.add((m.value, head_word(m)))
    return True


def points_back(p: Para, i: int, m: Mention) -> bool:
    """``tỷ lệ hộ nghèo trên bịa bàn hai xã này``, ``05 trường hợp nói trên`` (last private batch): a count followed by
    a demonstrative refers to things already counted or named — no new row (the checker's
    ``references.back_reference``)."""
    if m.kind not in ("count", "ratio") or m.value is None or m.comparison:
        return False
    return back_reference(p.text, m.end)


#: ``… là 1.190 vụ``: a copula right before the count — the name has ended, the count is what it states.
_STATED_AS = re.compile(r"(?i)(?<!\w)là\s*(?:trên|hơn|gần|khoảng|có)?\s*$")


def in_a_rate_s_name(p: Para, i: int, m: Mention) -> bool:
    """``tỉ lệ điều tra khám phá của Công an 7 tỉnh đạt trên 92,04%`` (p9-cand-cum2-2017-h1): a count inside the name
    of the rate its clause goes on to state says what the rate is of — context, no row (the rate is the row)."""
    if m.kind != "count" or m.value is None or m.comparison or m.pair_role or i + 1 >= len(p.figures):
        return False
    span = named_span(p, p.figures[i + 1])
    if span is None or not span[0] <= m.num_start < span[1]:
        return False
    if _STATED_AS.search(p.text[span[0]:_start(m)]):
        return False   # "tỷ lệ thi hành án … về vụ việc đã hoàn thành là 1.190 vụ, đạt 83,10%": the count itself, stated
    p.reading.context.add((m.value, head_word(m)))
    return True


def money_plan(p: Para, i: int, m: Mention) -> bool:
    """``vận động quỹ … được 62.515.000/53.781.000 đồng``: an amount, a slash, an amount: the row's plan."""
    if i == 0 or m.kind != "money" or p.text[p.figures[i - 1].num_end:m.num_start].strip() != "/":
        return False
    row = p.rows.get(i - 1)
    if row is None or row.kind != "money" or row.plan is not None:
        return False
    row.plan = m.value
    return True


def share_of_whole(p: Para, i: int, m: Mention) -> bool:
    """``xảy ra 123 vụ, chiếm 43,5%``; ``kết nạp 42 đ/c đạt 67,75% so với LLDQ``; ``tỷ lệ 100% … (đạt 100% so
    với Nghị quyết)``: a percentage written right after a figure is its share of a whole — derived, no row."""
    if m.kind != "percent" or m.value is None or m.comparison or i == 0:
        return False
    k = i - 1
    if p.figures[k].pair_role == "denominator" and k > 0 and p.figures[k - 1].partner is not None:
        k -= 1                                   # "324/590 trường, …": the row is the numerator's
    row = p.rows.get(k)
    if row is None:
        return False
    prev = p.figures[k]
    end = P.noun_span(p.text, p.mentions[prev.partner].end if prev.pair_role == "numerator"
                      and prev.partner is not None else prev.end)[1]
    gap = p.text[end:_start(m)]
    pair = prev.pair_role == "numerator" and prev.same_unit_pair   # "324/590 trường, đạt tỷ lệ 55,4%": X/Y's share
    if not (_SHARE_GAP.match(gap) or pair and _PAIR_SHARE_GAP.match(gap) or _TAKES_UP.match(p.text[prev.end:_start(m)])):
        return False    # (the last: "168,1 triệu USD chiếm 13,4%" — no comma, the verb read as the amount's noun)
    row.derived.append(Derivation(p.quote(m), "tỷ lệ so với tổng số", m.value))
    p.rows[i] = row
    return True


def bracket_parts(p: Para, i: int, m: Mention) -> bool:
    """``đạt tỷ lệ 1,77% (5/283)``: a bare fraction in brackets right after a share is what it was computed from.
    When the share is a row of its own and the fraction gives it, the fraction is the row (``fraction_is_the_row``)."""
    if m.pair_role != "numerator" or i == 0 or m.partner is None:
        return False
    prev = p.figures[i - 1]
    if prev.kind != "percent" or prev.comparison:
        return False    # "tăng 93 vụ (206/113)": this period and last, read by ``this_and_last``
    row = p.rows.get(i - 1)
    if not _BRACKET_OPEN.match(p.text[prev.end:_start(m)]):   # "100% xã đạt chuẩn (7/7 xã)": after the rate's noun
        return _WORDS_THEN_BRACKET.match(p.text[prev.end:_start(m)]) is not None and \
            row is not None and fraction_is_the_row(p, i, m, row)
    if row is not None and fraction_is_the_row(p, i, m, row):
        return True
    if P.noun_after(p.text, p.mentions[m.partner].end):
        return False   # "(400/400 thanh niên)" says what it counts: the row and its plan
    if row is not None:
        row.derived.append(Derivation(p.quote(m), "các số tính ra tỷ lệ", m.value))
    return True


def fraction_is_the_row(p: Para, i: int, m: Mention, rate: Row) -> bool:
    """``đạt 87,7% (8.481/9.669)`` (nông thôn mới, Đắk Nông): a rate of its own followed by the fraction it was
    computed from is how agencies write a count against its whole — the numerator is the row (a count the
    sentence already states, else one labelled by what the rate names), the denominator its whole (``Kế hoạch``
    column), the rate a derivation of them.  False when the fraction does not give the rate."""
    prev, whole = p.figures[i - 1], p.mentions[m.partner].value
    if rate.kind != "percent" or rate.value != prev.value or not whole or m.value is None or m.value > whole or \
            not within_rounding(m.value / whole * 100, prev.value, prev.decimals, prev.qualifier):
        return False
    said = next((r for r in p.rows_before(i - 1) if r.kind == "count" and r.value == m.value), None)
    named = _rate_named(p, prev) or rate.label
    row = said or _own_row(p, i, m) or Row(value=m.value, unit=_counted_in(named), kind="count",
                                           label=_count_of(named), section=rate.section, path=rate.path,
                                           quote=p.quote(m), organisation=rate.organisation, sentence=rate.sentence)
    if row.plan is None:
        row.plan = whole
    row.derived += [*rate.derived, Derivation(p.quote(prev), "tỷ lệ so với tổng số", prev.value)]
    row.repeats += rate.repeats
    for rows in (p.reading.rows, p.section_rows):
        at = next((k for k, r in enumerate(rows) if r is rate), None)
        if at is not None:
            rows[at:at + 1] = [] if said else [row]
    for k, r in list(p.rows.items()):
        if r is rate:
            p.rows[k] = row
    p.rows[i] = row
    return True


_RATE_NAME = re.compile(r"(?i)(?<!\w)(?:tỷ|tỉ)\s+lệ\s+(?P<what>[^\W\d_][^;:()%]*?)\s*(?=(?<!\w)(?:đạt|là|chiếm|ở\s+mức)(?!\w)|,|$)")


def _rate_named(p: Para, rate: Mention) -> str | None:
    """``tỷ lệ người dân tham gia … bảo hiểm y tế tại xã Thuận Hạnh năm 2019 đạt 87,7% (…), xã Nam Bình đạt 85,7% (…)``:
    what the last ``tỷ lệ …`` of the sentence before a rate names (``Tỷ lệ người dân tham gia …``), for both rates —
    the label and count noun of the fraction's row; None when the sentence names no rate."""
    before = p.text[p.sentence_of(rate):_start(rate)]
    hits = list(_RATE_NAME.finditer(before))
    return "Tỷ lệ " + " ".join(hits[-1].group("what").split()) if hits else None


def _own_row(p: Para, i: int, m: Mention) -> Row | None:
    """The row ``(400/400 thanh niên)`` makes as any pair naming its noun does (its label, its unit); None for a bare
    ``(8.481/9.669)``."""
    if not P.noun_after(p.text, p.mentions[m.partner].end):
        return None
    row = make_row(p, i, m)
    if row is None or row.kind != "count":
        return None
    if re.match(r"(?i)^(?:tỷ|tỉ)\s+lệ(?!\w)", row.label):   # "Tỷ lệ hộ dùng nước sạch đạt 85,7% (8.705 hộ/…)"
        row.label = _count_of(row.label)
    return row


def _counted_in(label: str) -> str:
    """The count noun a rate's label opens with (``Tỷ lệ hộ dân sử dụng nước sạch`` → ``hộ``; not the ``xã`` of ``…
    tại xã Thuận Hạnh``), else the head of what it names (``Tỷ lệ lao động qua đào tạo`` → ``lao động``)."""
    words = " ".join(P.words_of(re.sub(r"(?i)^\s*(?:tỷ|tỉ)\s+lệ\s+(?:số\s+)?", "", label))).lower()
    for unit in sorted(COUNT_UNITS, key=len, reverse=True):
        if re.match(re.escape(unit) + r"(?!\w)", words):      # the noun the rate opens with, not a place after it
            return unit
    named = P.words_of(re.sub(r"(?i)^\s*(?:tỷ|tỉ)\s+lệ\s+(?:số\s+)?", "", label))
    return P.head_noun(named).lower() if named and named[0][1:2].islower() else P.head_noun(named)


def _count_of(label: str) -> str:
    """``Tỷ lệ hộ dân sử dụng nước sạch`` → ``Số hộ dân sử dụng nước sạch``: the count a rate is the share of."""
    rest = re.sub(r"(?i)^\s*(?:tỷ|tỉ)\s+lệ\s*", "", label).strip()
    rest = re.sub(r"(?i)^số\s+", "", rest)
    if rest[1:2].islower():
        rest = rest[:1].lower() + rest[1:]
    return finish(["Số", *P.words_of(rest)], "Số")


BEFORE_ROWS = (widget, norm, aim, members_named, points_back, in_a_rate_s_name, year_estimate, later_period, year_said_before, time_ahead, forecast_ahead, year_after, world_scope, multiple_of_others, selection, from_to, rate_from_to, amount_from_to, criteria_met, class_bound, money_plan, bracket_parts)
#: ``tăng gấp hơn 2 lần so với cùng kỳ và chiếm tỉ trọng``, ``tăng 10,1% so với cùng kỳ năm trước, và chiếm``: the
#: change's comparison, then ``và chiếm`` — the share joins the amount the change was of.
_CHANGE_THEN_SHARE = re.compile(r"(?i)^\s*(?:lần\s+)?so\s+(?:với\s+)?[^\d;:.()%]{1,40}?,?\s+và\s+chiếm"
                                r"(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?\s*(?:khoảng|gần|hơn|trên)?\s*$")


def share_after_change(p: Para, i: int, m: Mention) -> bool:
    """``Kim ngạch cá tra sang Trung Quốc đạt gần 500 triệu USD, tăng gấp hơn 2 lần so với cùng kỳ và chiếm tỉ trọng
    29% xuất khẩu cá tra`` (t22-thanhnien-catra-8t-2022), ``với trị giá đạt 8,49 tỷ USD, tăng 10,1% so với cùng kỳ năm
    trước, và chiếm 46,1% tổng kim ngạch xuất khẩu hàng dệt may`` (p21-cand-detmay-hoaky-none): a share joined by
    ``và chiếm`` to the change of an amount is that amount's share — the two verbs have one subject (round 29)."""
    if m.kind != "percent" or m.value is None or m.comparison or i == 0:
        return False
    prev = p.figures[i - 1]
    row = p.rows.get(i - 1)
    if row is None or row.kind not in ("money", "count") or not row.derived or row.derived[-1].value != prev.value \
            or p.sentence_of(prev) != p.sentence_of(m):
        return False    # (the figure before is a change or multiple the amount's row holds: "tăng gấp hơn 2 lần")
    if not _CHANGE_THEN_SHARE.match(p.text[prev.end:_start(m)]):
        return False
    row.derived.append(Derivation(p.quote(m), "tỷ lệ so với tổng số", m.value))
    p.rows[i] = row
    return True


AFTER_SHARES = (share_of_whole, share_after_change)
