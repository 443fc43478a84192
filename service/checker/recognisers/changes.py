"""A change stated without ``tăng``/``giảm`` right before its number.

- :func:`shared` — one comparison word for a list: ``tăng 13 vụ, 6 bị cáo so với năm 2022``, ``tăng 1 cuộc kiểm sát,
  2 kiến nghị so với cùng kỳ``: the second number is an increase too (the list runs on to ``so với``).
- :func:`stated_after` — the comparison said first, the amount after ``là``: ``tăng so với cùng kỳ năm 2016 là 168 vụ``,
  ``tăng hơn năm 2016 là 153 vụ``.
- :func:`yearly_average` — a change spread over the years, ``bình quân`` between the verb and the rate: ``tỷ lệ hộ
  nghèo … giảm bình quân trên 1,5% hằng năm``, ``giảm bình quân hằng năm gần 4,68%`` (c12-dateh-hongheo): a rate of
  change whose bases (each year's value) the page does not give.
- :func:`respective` — ``lần lượt`` between the verb and the first rate: ``tăng lần lượt 18% và 27% so với cùng kỳ``
  (c12-vn-cangbien): the first rate is a change as the second is.
- :func:`rate_range` — a range of rates after the verb: ``cũng có lượng hàng hóa thông qua tăng từ 40 - 46%``
  (c12-vn-cangbien): both ends are changes, of several units at once.
- :func:`adverbed` — an adverb of degree between the verb and the rate: ``giảm nhẹ 2% so với tháng 8``, ``vẫn tăng rất
  cao là 22,8%`` (c14-vn-xuatkhau-2021-9t), ``tăng mạnh 45%``, ``giảm sâu 20,9%``: a rate of change as ``tăng 2%`` is;
  so is ``tới`` (as much as): ``giảm tới 21,1%``, ``giảm mạnh tới 36,5%`` (c17-cand-dautho-t1-2015).
- :func:`listed` — the comparison leads a list of units, each with its amount in brackets: ``Một số địa phương giảm sâu
  số hộ nghèo là: Hiệp Hòa (gần 1,2 nghìn hộ); Lục Ngạn (hơn 1 nghìn hộ); Sơn Động (982 hộ)`` (c10-bacgiang).

Read as counts, these are no row of the table (the table holds 168 bị cáo this year and 162 last year, not 6): a
false alarm on a right text, and a wrong change would be taken for a wrong count.
"""

from __future__ import annotations

import re

#: What may stand between the first number (its noun) and the next one of the list: a comma, or ``và``.
_LIST_GAP = re.compile(r"(?i)[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?[^\W\d_]*[ \t]*(?:,|và)[ \t]*$")
#: ``so với``, ``so cùng kỳ``: where the list's comparison is said, right after the last number's noun.
_COMPARED = re.compile(r"(?i)[ \t]*(?:[^\W\d_]+[ \t]*){0,4}?(?:(?:,|và)[ \t]*\d[\d.,]*[ \t]+(?:[^\W\d_]+[ \t]*){1,4}?)*"
                       r"(?<=[ \t])(?:so[ \t]+với|so[ \t]+cùng[ \t]+kỳ)(?!\w)")
#: ``tăng so với cùng kỳ năm 2016 là``, ``tăng so với cùng kỳ 2018 là``, ``tăng hơn năm 2016 là``, ``giảm so với
#: năm trước là``.
_SAID_FIRST = re.compile(r"(?i)(?<!\w)(tăng|giảm)(?:[ \t]+hơn)?(?:[ \t]+so[ \t]+với)?(?:[ \t]+cùng[ \t]+kỳ)?"
                         r"(?:[ \t]+(?:(?:năm[ \t]+)?(?:19|20)\d\d|năm[ \t]+trước|kỳ[ \t]+trước))?[ \t]+là[ \t]+$")


def shared(text: str, prev_end: int, num_start: int, noun_end: int) -> bool:
    """The number at ``num_start`` (its noun ending at ``noun_end``) continues the list of changes whose previous
    number ended at ``prev_end``."""
    return bool(_LIST_GAP.fullmatch(text, prev_end, num_start)) and bool(_COMPARED.match(text, noun_end))


def stated_after(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the number at ``num_start`` is the amount of a comparison said before it."""
    m = _SAID_FIRST.search(text, max(0, num_start - 60), num_start)
    return m.group(1).lower() if m else None


#: ``giảm sâu số hộ nghèo là:``, ``tăng mạnh nhất gồm:``: a change leading a list, ended by a colon.
_LIST_LEAD = re.compile(r"(?i)(?<!\w)(tăng|giảm)(?!\w)(?!\s+(?:cường|thiểu|nghèo\s+bền))[^.:;!?\n\d()]{0,60}:")
#: An item of the list before the number: a name, then the number in brackets (a qualifier may stand before it).
_ITEM_OPEN = re.compile(r"(?i)[^\W\d_][^\W\d_.]*(?:\s+[^\W\d_.]+){0,4}\s*\(\s*(?:(?:gần|hơn|trên|khoảng)\s+)?$")
#: What the items before it leave between the lead and the number: names and bracketed amounts, ``;`` or ``,``.
_ITEMS = re.compile(r"(?:\s*[^\W\d_][^();:.!?\n]{0,40}\([^()]{0,40}\)\s*[;,])*\s*")


def listed(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the number at ``num_start`` is a unit's amount in a list the change leads (see above)."""
    item = _ITEM_OPEN.search(text, max(0, num_start - 60), num_start)
    if item is None:
        return None
    lo = max(0, item.start() - 400)
    stops = [m.end() for m in re.finditer(r"[.!?\n](?=\s)", text[lo:item.start()])]
    sentence = lo + (stops[-1] if stops else 0)
    for lead in reversed(list(_LIST_LEAD.finditer(text, sentence, item.start()))):
        if _ITEMS.fullmatch(text, lead.end(), item.start()):
            return lead.group(1).lower()
        break
    return None


#: ``giảm bình quân trên 1,5% hằng năm``, ``tăng bình quân mỗi năm 12%``: the verb, ``bình quân``, the years at most.
_YEARLY_AVERAGE = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:bình|trung)[ \t]+(?:quân|bình)(?:[ \t]+(?:mỗi|hằng|hàng|một)"
                             r"[ \t]+năm)?(?:[ \t]+(?:là|ở[ \t]+mức|đạt))?[ \t]+(?:(?:gần|hơn|khoảng|trên|dưới|xấp[ \t]+xỉ)"
                             r"[ \t]+)?$")


#: ``bình quân tỷ lệ giảm nghèo của tỉnh đạt`` (c14-laocai-giamngheo-2020): the average of a rate of decrease.
_AVERAGE_OF_RATE = re.compile(r"(?i)(?<!\w)(?:bình|trung)[ \t]+(?:quân|bình)[ \t]+(?:tỷ|tỉ)[ \t]+lệ[ \t]+(tăng|giảm)"
                              r"(?![ \t]+trưởng)[^.;:!?\n\d]{0,40}?[ \t](?:đạt|là|ở[ \t]+mức)[ \t]+"
                              r"(?:(?:gần|hơn|khoảng|trên|dưới|xấp[ \t]+xỉ)[ \t]+)?$")


def yearly_average(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the rate at ``num_start`` is an average change over years (``giảm bình quân trên 1,5%
    hằng năm``, ``bình quân tỷ lệ giảm nghèo của tỉnh đạt 5,02%/năm``); not ``tăng trưởng bình quân`` (the term's
    growth, a figure the table may keep as a row)."""
    m = _YEARLY_AVERAGE.search(text, max(0, num_start - 60), num_start) \
        or _AVERAGE_OF_RATE.search(text, max(0, num_start - 80), num_start)
    return m.group(1).lower() if m else None


_RESPECTIVE = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:tương[ \t]+ứng[ \t]+)?lần[ \t]+lượt[ \t]+(?:là[ \t]+)?"
                         r"(?:(?:khoảng|gần|hơn|trên|xấp[ \t]+xỉ)[ \t]+)?$")


def respective(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the rate at ``num_start`` opens a ``lần lượt`` list of changes."""
    m = _RESPECTIVE.search(text, max(0, num_start - 40), num_start)
    return m.group(1).lower() if m else None


_RANGE_OPENS = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:(?:từ|khoảng)[ \t]+)?$")
_RANGE_ENDS_PCT = re.compile(r"[ \t]*%?[ \t]*[-–][ \t]*\d[\d.,]*[ \t]*%")
_RANGE_BEFORE_END = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:(?:từ|khoảng)[ \t]+)?\d[\d.,]*[ \t]*%?[ \t]*[-–][ \t]*$")


def rate_range(text: str, num_start: int, num_end: int) -> str | None:
    """``tăng``/``giảm`` when the number at ``num_start:num_end`` is an end of a range of rates of change (``tăng từ
    40 - 46%``): the first end (read as a bare count) or the second (the percentage)."""
    lo = max(0, num_start - 40)
    first = _RANGE_OPENS.search(text, lo, num_start)
    if first is not None and _RANGE_ENDS_PCT.match(text, num_end):
        return first.group(1).lower()
    second = _RANGE_BEFORE_END.search(text, lo, num_start)
    return second.group(1).lower() if second else None


#: ``giảm nhẹ``, ``tăng rất cao là``, ``tăng mạnh ở mức``, ``giảm đáng kể``: the verb, an adverb of degree, the rate.
#: ``tới`` (as much as) after the verb or its adverb: ``giảm tới 21,1% so với tháng 12/2014``, ``kim ngạch giảm mạnh tới
#: 36,5%`` (c17-cand-dautho-t1-2015), ``đơn giá bình quân giảm tới 49,7%`` (c17-cand-xangdau-4t-2015).
_ADVERBED = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:(?:(?:rất|khá|hơi|khá[ \t]+là)[ \t]+)?(?:nhẹ|mạnh|nhanh|sâu|cao|"
                       r"đáng[ \t]+kể|chậm|mạnh[ \t]+mẽ)(?:[ \t]+(?:nhất|hơn|trở[ \t]+lại))?"
                       r"(?:[ \t]+(?:là|ở[ \t]+mức|với|tới))?|tới)"
                       r"[ \t]+(?:(?:gần|hơn|khoảng|trên|dưới|xấp[ \t]+xỉ)[ \t]+)?$")


#: A price as the subject of the change (``đơn giá bình quân``, ``giá xuất khẩu dầu thô``; not ``chỉ số giá``, an index,
#: nor ``giá trị``, a value): its change is no row's of a table of quantities and values. Nor ``giá vốn`` (the cost of
#: goods sold, an amount of the period a company's table keeps: ``Giá vốn hàng bán`` +6,9 in the held-out
#: xc-tp-ho-chi-minh-cap-nuoc-gia-dinh-ket-qua-kinh-doanh-2024-q2): ``giá vốn hàng bán giảm tới 42%`` (sweep
#: c50-cafef-bctc-quy-2-2024-doanh-nghiep) is a rate of change as ``giá vốn hàng bán tăng 6,9%`` is.
_PRICE_SUBJECT = re.compile(r"(?i)(?<!\w)(?<!chỉ số )(?:đơn\s+)?giá(?!\w)(?!\s+trị)(?!\s+vốn(?!\w))")
_SUBJECT_START = re.compile(r"[.;:!?,\n(]")


def adverbed(text: str, num_start: int, price_kept: bool = False) -> str | None:
    """``tăng``/``giảm`` when the rate at ``num_start`` follows the verb and an adverb of degree (``giảm nhẹ 2%``).
    With ``tới``, a price's change (``Do đơn giá bình quân giảm tới 49,7%``, c17-cand-xangdau-4t-2015) is left as it
    was read: the table's rows hold quantities and values, not the price — unless the caller knows the table keeps
    the price (``price_kept``: its level said after the rate is a row, ``giá điều thô nhập khẩu … đã giảm tới gần 11%
    so với cùng kỳ năm trước, ở mức 1.187 USD``, xq-…-vinacas; chk89)."""
    m = _ADVERBED.search(text, max(0, num_start - 50), num_start)
    if m is None:
        return None
    if not price_kept and re.search(r"(?i)(?<!\w)tới[ \t]", m.group()):
        head = text[max(0, m.start() - 60):m.start()]
        cut = [x.end() for x in _SUBJECT_START.finditer(head)]
        if _PRICE_SUBJECT.search(head[cut[-1] if cut else 0:]):
            return None
    return m.group(1).lower()


#: ``tăng 5,7% về số vụ, 21,5% về số bị can``, ``tăng 2,2% về việc và 9,86% về tiền``, ``giảm 38,4% về lượng và 38,1% về
#: trị giá``: one change measured on several aspects, each rate with ``về`` and what it measures; the verb is said once.
_ASPECT_BEFORE = re.compile(r"(?i)(?<!\w)(tăng|giảm)[ \t]+(?:(?:tương[ \t]+ứng|lần[ \t]+lượt)[ \t]+)?"
                            r"(?:(?:gần|hơn|khoảng|trên|dưới)[ \t]+)?\d[\d.,]*[ \t]*%[ \t]+về[ \t]+[^\W\d_]+"
                            r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]*(?:,|và)[ \t]*$")
_ASPECT_AT = re.compile(r"\d[\d.,]*[ \t]*%[ \t]+về[ \t]+[^\W\d_]")


def aspects(text: str, num_start: int) -> str | None:
    """``tăng``/``giảm`` when the rate at ``num_start`` is a later aspect of one change (``tăng 5,7% về số vụ, 21,5% về
    số bị can``): a rate of change as the first is."""
    if not _ASPECT_AT.match(text, num_start):
        return None
    m = _ASPECT_BEFORE.search(text, max(0, num_start - 80), num_start)
    return m.group(1).lower() if m else None
