"""The base of a comparison, given in brackets beside the words that name it — last year's value, the plan's, the whole
a rate is of — is no figure of the period:

- ``tổng số người tham gia BHXH … là 59.177 người so với cùng kỳ năm 2019 (55.317 người)`` (last year's value);
- ``so với chỉ tiêu giao của UBND (70.544 người) đạt 84%``, ``thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)``,
  ``đạt chỉ tiêu Quốc hội, Chính phủ giao (4%)``, ``đạt chỉ tiêu của Chương trình … giao (từ 1-1,5%)`` (the plan);
- ``Tỷ lệ bao phủ BHXH đạt 13,57% so với lực lượng lao động (436.210)`` (the whole of a share).

The grammar: the number stands alone in brackets (a qualifier, a range, its unit at most) right after ``so với …`` or
``chỉ tiêu``/``kế hoạch``/``dự toán``/``mục tiêu`` ``…`` (words only, a year at most); and it is of the kind of what
is compared: a percentage when the number compared before it is one (``thấp hơn 0,4% … (35,5%)``), a count of the
same noun as one stated before it in its sentence (``59.177 người … (55.317 người)``), a bare count after a
percentage whose base the words name (``13,57% so với lực lượng lao động (436.210)``).  Not the rate of a change
(``giảm 29 vụ so với cùng kỳ (16,1%)``: a percentage after a count is the change's rate).

A pair in brackets after a comparison of this period with another period or another unit — ``tăng gấp 2,58 lần so
năm 2015 (24.013/9.278 tỷ đồng)``, ``cao hơn mức bình quân chung của tỉnh (13,86/9,15%)``, ``gấp 1,3 lần của
tỉnh(83,5/64 triệu đồng)`` — gives this period's value over the base's: the second term is the base
(:func:`pair_base`), when the pair says what the comparison says (the multiple, else the direction): ``số án khởi tố
ít hơn 6 vụ (12/6 vụ)`` contradicts itself and stays checked.

Asked only of a number no row of the table supports (``service.checker.check``).
"""

from __future__ import annotations

import re

_W = r"[^\W\d_]"
#: What may stand in the brackets with the number: a qualifier or ``từ`` before, a range, ``%`` or a word or two after.
_OPEN = re.compile(r"\(\s*(?:(?:từ|khoảng|gần|hơn|trên|chỉ|là)\s+)?$", re.I)
_CLOSE = re.compile(rf"\s*(?:[-–]\s*\d[\d.,]*\s*)?(?:%|{_W}+(?:\s+{_W}+)?)?\s*\)")
#: The words naming the base, right before the bracket: ``so với …``/``so …`` or a plan word and what follows it.
_CUE = re.compile(r"(?i)(?<!\w)(?:so\s+với|so|(?P<plan>chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|mục\s+tiêu))(?!\w)")
_PERIOD_WORDS = re.compile(r"(?i)(?<!\w)(?:cùng\s+kỳ|năm|kỳ|tháng|quý|đầu\s+năm|cuối\s+năm|nhiệm\s+kỳ|giai\s+đoạn)"
                           r"(?!\w)")
_PLAN_WORDS = re.compile(r"(?i)(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán|mục\s+tiêu|nghị\s+quyết|nhiệm\s+vụ)(?!\w)")
#: Between the cue and the bracket: words, commas, a year or a number of months — no other number, no stop.
_YEARS = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}(?=\s+tháng))(?!\d)")
#: ... or the document that set the target and its date: ``so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày
#: 10/12/2021 của Tỉnh ủy (38%)``, ``tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của Thủ tướng Chính phủ (91,5%)``.
_DOCUMENTS = re.compile(r"(?<![\w/])\d+(?:[-/][^\W_]+)+(?:[-/.]\d+)*(?![\w/])")
#: A rate compared with another rate: ``cao hơn tốc độ tăng thu nhập của năm 2023 so với năm 2022 (6,2%)``,
#: ``chậm lại so với tốc độ tăng thu nhập năm 2022 so với năm 2021 (11,2%)`` — the bracket gives the other's value.
_RATE_COMPARED = re.compile(r"(?i)(?<!\w)(?:so\s+với|hơn)\s+(?:tốc\s+độ|tỷ\s+lệ|tỉ\s+lệ|mức)(?!\w)[^().;!?\n]{0,90}$")
#: The sentence is about a rate: ``Tỷ lệ sinh viên … cao hơn so với năm ngoái (3,33%)``.
_RATE_SUBJECT = re.compile(r"(?i)(?<!\w)(?:tỷ\s+lệ|tỉ\s+lệ|tốc\s+độ)(?!\w)")
_STOPS = re.compile(r"[\d().;:!?\n]")
_NUMBER_BEFORE = re.compile(rf"(?<![\d.,/])(\d[\d.,]*)(?![\d.,]*\d)\s*(%|{_W}+)?")
_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|[!?\n]")


def _base_words(text: str, open_at: int) -> tuple[str, int] | None:
    """(kind of base, where the cue starts) when the words right before the bracket at ``open_at`` name a base."""
    window = text[max(0, open_at - 150):open_at]
    for cue in reversed(list(_CUE.finditer(window))):
        words = window[cue.end():]
        if _STOPS.search(_YEARS.sub("", _DOCUMENTS.sub("", words))):
            continue
        if len(_DOCUMENTS.sub("", words)) > 100:
            return None
        said = cue.group(0) + words
        if _PLAN_WORDS.search(said):
            return "target", open_at - len(window) + cue.start()
        if cue.group("plan") is None and _PERIOD_WORDS.search(words):
            return "other-period", open_at - len(window) + cue.start()
        if cue.group("plan") is None:
            return "base", open_at - len(window) + cue.start()
    return None


def _words_after(text: str, end: int) -> list[str]:
    """The two words right after a number (``tỷ đồng``, ``người``), lower case."""
    return [w.lower() for w in re.findall(rf"{_W}+|%", text[end:end + 24])[:2]]


def _noun(text: str, end: int) -> str:
    m = re.match(rf"\s*(%|{_W}+)", text[end:end + 20])
    return m.group(1).lower() if m else ""


#: ``từ 6,26% xuống còn 2,36%``, ``(từ gần 8,86 triệu tấn lên gần 17,5 triệu tấn)``, ``từ mức 30 triệu đồng lên 35
#: triệu đồng``: the number after ``từ`` that a movement ``lên``/``xuống``/``còn`` leads from is the earlier value.
_FROM = re.compile(r"(?i)(?<!\w)từ\s+(?:mức\s+)?(?:(?:gần|hơn|khoảng|trên|dưới|xấp\s+xỉ)\s+)?$")
_QUALIFIER = r"(?:(?:gần|hơn|khoảng|trên|dưới|xấp\s+xỉ)\s+)?"
_MOVES_TO = re.compile(rf"(?:\s*(?:%|{_W}+(?:\s+{_W}+){{0,2}}?))?(?:\s*\(?\s*(?:năm\s+)?(?:19|20)\d\d\s*\)?)?\s*,?\s+"
                       rf"(?:(?:(?:tăng|giảm)\s+)?(?:lên|xuống|còn)|(?:tăng|giảm)\s+thành)(?!\w)(?:\s+(?:còn|mức|tới|đến))?"
                       rf"\s+{_QUALIFIER}\d")   # "từ 17,3% tăng thành 28,67%" too
#: ``Nghệ An tăng 81% (từ hơn 3,5 triệu tấn đến gần 6,5 triệu tấn)``: ``đến`` after a change said just before.
_RANGE_TO = re.compile(rf"(?:\s*(?:%|{_W}+(?:\s+{_W}+){{0,2}}?))?\s+(?:đến|tới)\s+{_QUALIFIER}\d")
_CHANGED_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)[^.;!?\n]{0,60}$")
#: ``điểm chuẩn các trường năm nay đều tăng từ 1 đến trên 2 điểm`` (c28-baomoi-dongnai), ``các trường top đầu đều
#: tăng từ 0,5 đến 1,5 điểm`` (c28-dantri): ``đều`` (each of them) before the change spreads it over the members —
#: ``từ X đến Y`` is the least and the most any rose by, both figures, no earlier value.
_EACH_CHANGED = re.compile(r"(?i)(?<!\w)đều\s+(?:tăng|giảm)\s+$")


def from_value(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` is where a movement starts (``từ X lên Y``, ``từ X xuống còn Y``, a change's ``từ X
    đến Y``): the earlier period's value, the movement's base."""
    lead = _FROM.search(text, max(0, start - 30), start)
    if lead is None:
        return False
    if _MOVES_TO.match(text, end):
        return True
    return bool(_RANGE_TO.match(text, end)) and bool(
        _CHANGED_BEFORE.search(text, max(0, lead.start() - 80), lead.start())) \
        and not _EACH_CHANGED.search(text, max(0, lead.start() - 20), lead.start())


#: the movement's other end right after its start: ``từ 60 con lên 200 con``
_END_AFTER = re.compile(rf"(?:\s*(?:%|{_W}+(?:\s+{_W}+){{0,2}}?))?(?:\s*\(?\s*(?:năm\s+)?(?:19|20)\d\d\s*\)?)?\s*,?\s+"
                        rf"(?:[^\W\d_]+\s+){{1,3}}?{_QUALIFIER}(\d[\d.,]*)")


def end_said_after(text: str, start: int, end: int, expected: str | None) -> bool:
    """The number at ``start:end`` starts a movement (:func:`from_value`) whose other end, said right after it, is
    ``expected`` — the row's value the checker would have had it be: ``tăng đàn từ 60 con lên 200 con lợn`` (held-out
    xg-ha-noi-hoai-duc-hoi-nong-dan, the row keeps the 200), ``tăng từ 25 triệu đồng (năm 2010) lên 36,07 triệu đồng``
    (zy-quang-nam-nui-thanh): the start is the earlier value, not a wrong copy of the row's."""
    if not expected or not from_value(text, start, end):
        return False
    m = _END_AFTER.match(text, end)
    return m is not None and expected.split()[0] == m.group(1).rstrip(".,")


#: ``(kế hoạch 1.560.000 tấn)``, ``(kế hoạch là 15 nghìn người)``, ``(chỉ tiêu tương ứng 20.000/1.700 người)``: a bracket
#: the plan's noun opens (a year, ``năm``, ``cả năm``, ``giao``, ``đề ra``, ``tương ứng`` after it, ``là`` perhaps), then
#: the plan's value — or the values of a pair, one plan each — and the bracket closes after its unit.
_PLAN_OPENS = re.compile(r"(?i)\(\s*(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán|mục\s+tiêu)(?:\s+(?:kế\s+hoạch|năm|cả\s+năm|"
                         r"(?:được\s+)?giao|đề\s+ra|tương\s+ứng|(?:19|20)\d\d))*\s*:?\s*(?:là\s+){0,2}"
                         r"(?:\d[\d.,]*\s*/\s*)*$")
_PLAN_CLOSE = re.compile(rf"\s*(?:/\s*\d[\d.,]*\s*)*(?:%|{_W}+(?:\s+{_W}+){{0,2}})?\s*\)")


def plan_opens_bracket(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` is the plan's value in a bracket opened by the plan's noun, beside the result
    said before it: ``sản lượng đường thấp hơn 20% (kế hoạch 1.560.000 tấn)`` (p16-vinanet-duong-nienvu-2015-2016),
    ``đạt …% kế hoạch năm (kế hoạch là 15 nghìn người)`` (p24-baothainguyen-vieclam-2019), ``đã tạo thêm việc làm mới
    cho 23.436 lao động, trong đó gồm XKLĐ 546 người (chỉ tiêu tương ứng 20.000/1.700 người)``
    (baovinhlong, May 2022: tpl38's t28-baovinhlong-xkld-t5-2022)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_PLAN_OPENS.search(text, max(line_start, start - 60), start)) and bool(_PLAN_CLOSE.match(text, end))


def bracketed_base(text: str, start: int, end: int) -> str | None:
    """The kind (``other-period``, ``target``, ``base``) of the comparison's base the number at ``start:end`` gives in
    brackets, or None.  Also the value a movement starts from (:func:`from_value`: ``từ 6,26% xuống còn 2,36%``),
    the same base said in words rather than brackets."""
    if from_value(text, start, end):
        return "other-period"
    if plan_opens_bracket(text, start, end):
        return "target"
    lead = _OPEN.search(text, max(0, start - 10), start)
    close = _CLOSE.match(text, end)
    if lead is None or close is None:
        return None
    found = _base_words(text, lead.start())
    if found is None:
        return None
    kind, cue = found
    said = text[start:end].strip()
    unit = _noun(text, end) if close.end() - end > 1 else ""
    if not unit:  # the mention may hold its unit: "35,5%", "9.278 tỷ đồng"
        unit = "%" if said.endswith("%") else (said.split()[-1].lower() if re.search(rf"{_W}$", said) else "")
    pct = unit == "%"
    sentence = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, cue - 400), cue)), default=max(0, cue - 400))
    before = [m for m in _NUMBER_BEFORE.finditer(text, sentence, cue)
              if not _YEARS.fullmatch(m.group(1).rstrip(".,")) and not _DOCUMENTS.fullmatch(m.group(1).rstrip(".,"))]
    if pct and kind == "other-period" and (_RATE_COMPARED.search(text, max(0, lead.start() - 120), lead.start())
                                           or _RATE_SUBJECT.search(text, sentence, cue)):
        # "cao hơn tốc độ tăng … của năm 2023 so với năm 2022 (6,2%)", "tỷ lệ sinh viên nhận bằng trung bình này đã
        # cao hơn so với con số của năm ngoái (chỉ 3,33%)": the other year's rate
        return kind
    if not before:
        return None
    last_unit = (before[-1].group(2) or "").lower()
    if pct:  # "thấp hơn 0,4% so với chỉ tiêu … (35,5%)"; not "giảm 29 vụ so với cùng kỳ (16,1%)"
        return kind if last_unit == "%" else None
    if unit:  # "59.177 người so với cùng kỳ năm 2019 (55.317 người)"
        return kind if any(unit in _words_after(text, m.end(1)) for m in before) else None
    # "đạt 13,57% so với lực lượng lao động (436.210)": the whole of the share before
    return kind if kind == "base" and last_unit == "%" else None


#: ``(24.013/9.278 tỷ đồng)``, ``(13,86/9,15%)``, ``(83,5/64 triệu đồng)``: a pair alone in brackets.
_PAIR = re.compile(rf"\(\s*\d[\d.,]*\s*/\s*$")
_PAIR_CLOSE = re.compile(rf"\s*(?:%|{_W}+(?:\s+{_W}+)?)?\s*\)")
#: A comparison with another period or unit, right before the pair's bracket.
_COMPARED = re.compile(r"(?i)(?:(?<!\w)(?:gấp|cao\s+hơn|thấp\s+hơn|so\s+với|so)(?!\w)[^().;:!?\n]{0,60}|(?<!\w)của\s+"
                       r"(?:tỉnh|huyện|thành\s+phố|cả\s+nước|toàn\s+quốc)(?!\w)\s*)$")


def pair_base(text: str, start: int, end: int) -> str | None:
    """``tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng)``: the second term of a pair in brackets after a
    comparison is the base — ``other-period`` when the words name a period, else ``base`` (another unit's value)."""
    lead = _PAIR.search(text, max(0, start - 30), start)
    if lead is None or not _PAIR_CLOSE.match(text, end):
        return None
    window = text[max(0, lead.start() - 90):lead.start()]
    cmp_ = _COMPARED.search(window)
    if cmp_ is None:
        return None
    first, second = _value(lead.group(0).strip("( /\t")), _value(text[start:end])
    if first is None or not second or not _agrees(window[cmp_.start():], first, second):
        return None   # "số án khởi tố ít hơn 6 vụ (12/6 vụ)": a pair that contradicts its comparison stays checked
    return "other-period" if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)trước(?!\w)", cmp_.group(0)) else "base"


#: ``số người chết tăng 5 người (8/3 người), số người bị thương giảm 4 người (0/4 người)`` (held-out
#: ya-toan-quoc-cuc-canh-sat-pccc-tinh-hinh-chay-no-2023-03), ``tăng 93 vụ (206/113 vụ)`` (b-lam-dong-ma-tuy-2020-h1,
#: the sweep's p15-baolamdong): a change said as an amount, then the pair of this period's and the other period's value
#: in brackets — their difference is the change, so the second is the value it is measured from.
_CHANGE_BEFORE_PAIR = re.compile(rf"(?i)(?<!\w)(tăng|giảm)\s+(?:thêm\s+|bớt\s+)?(\d[\d.]*)\s*{_W}+(?:\s+{_W}+)?\s*$")


def change_pair_base(text: str, start: int, end: int) -> str | None:
    """The second term of ``(a/b <noun>)`` right after ``tăng/giảm N <noun>`` where ``a − b`` is that change (the
    direction agreeing): the other period's value, ``other-period``. A pair that does not add up stays checked (a wrong
    term is caught), as does the first term."""
    lead = _PAIR.search(text, max(0, start - 30), start)
    if lead is None or not _PAIR_CLOSE.match(text, end):
        return None
    change = _CHANGE_BEFORE_PAIR.search(text, max(0, lead.start() - 60), lead.start())
    first, second = _value(lead.group(0).strip("( /\t")), _value(text[start:end])
    if change is None or first is None or second is None:
        return None
    amount = _value(change.group(2))
    if amount is None or amount == 0:
        return None
    rises = change.group(1).lower() == "tăng"
    return "other-period" if first - second == (amount if rises else -amount) else None


_TIMES = re.compile(r"(?i)(?<!\w)gấp\s+(?:(?:gần|hơn|khoảng|trên)\s+)?(\d+(?:,\d+)?)\s*lần")
_FEWER = re.compile(r"(?i)(?<!\w)(?:ít|thấp|kém|giảm|chậm)(?!\w)")
_MORE = re.compile(r"(?i)(?<!\w)(?:nhiều|cao|tăng|vượt|gấp|nhanh)(?!\w)")


def _value(said: str) -> float | None:
    m = re.match(r"\s*(\d[\d.]*(?:,\d+)?)", said)
    if m is None:
        return None
    try:
        return float(m.group(1).replace(".", "").replace(",", "."))
    except ValueError:
        return None


def _agrees(words: str, first: float, second: float) -> bool:
    """The pair says what its comparison says: the multiple (``gấp 2,58 lần``: 24.013/9.278), else the direction
    (``cao hơn`` … 13,86 > 9,15; ``ít hơn 03 vụ`` … 180 < 183)."""
    times = _TIMES.search(words)
    if times is not None:
        x = float(times.group(1).replace(",", "."))
        return abs(first / second - x) <= 0.05 * x + 0.01
    if _FEWER.search(words):
        return first < second
    if _MORE.search(words):
        return first > second
    return False


#: "tăng 2,6% so với 432.009 tỷ đồng ở thời điểm cuối năm ngoái": a change, then the value it is measured from
_CHANGE_THEN_SO_VOI = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?:\s+[^\W\d_]+){0,2}\s+[\d.,]+\s*%?\s*(?:[^\W\d_]+\s+){0,2}"
                                r"so\s+(?:với\s+)?(?:mức\s+)?$")


def compared_value(text: str, start: int, end: int) -> str | None:
    """``… đạt 443.478 tỷ đồng, tăng 2,6% so với 432.009 tỷ đồng ở thời điểm cuối năm ngoái``
    (zf-toan-quoc-agribank-du-no-2012-q1): the value a stated change is measured from, written right after ``so
    với`` — ``other-period`` (checked as such only where the table keeps last period's values)."""
    return "other-period" if _CHANGE_THEN_SO_VOI.search(text, max(0, start - 80), start) else None

