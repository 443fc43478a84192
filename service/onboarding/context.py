"""Numbers that say which kind of figure the clause gives, not a figure of the period.

==========================  ==================================================================================
``price_base_year``         ``theo giá so sánh 1994 ước tính tăng 3,8%``: the year of the prices a value is
                            measured in (the extraction reads a bare year after ``giá so sánh`` as a count)
``share_of_standing``       ``dân số thành thị 35,93 triệu người, chiếm 36,8%``: the share of a standing fact
                            right after it is standing too, no row
``rate_target``             ``thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)``, ``đã vượt mục tiêu kế
                            hoạch năm 2023 (kế hoạch năm 2023 là 76%)``: the target rate a share is measured
                            against, in brackets after its name (or named inside them) — the row's, no row
``every_year``              ``Hàng năm, Hội vận động quỹ đạt từ 130-150% chỉ tiêu``: a range or a floor a sentence
                            says of every year is no figure of the period
``share_ahead``             ``có tới 99% số vụ xảy ra trên lĩnh vực đường bộ, với 6.278 vụ``, ``chiếm khoảng 5,5%
                            (khoảng 7 triệu thuê bao)``: a share said before the count it is of — the count's
``week_number``             ``trong tuần 43/2022 cả nước ghi nhận``, ``các tuần 26, 27, 28 là những tuần``: the
                            number of a week (its year after a slash, the weeks of a list) names a period, no row
``restated_in_brackets``    ``22,14 triệu thuê bao (tương ứng với tỷ lệ 22,26 thuê bao/100 dân)``, ``49.681 tỷ
                            đồng (khoảng 2,15 tỷ USD)``: the row just stated, said again per head or in another
                            currency in the bracket after it — the row's, no row
``since_earlier_year``      ``Từ năm 2020 đến nay, … đã trao tặng 3 ngôi nhà``: a running total over years that
                            began before the report's, no row (the checker's ``recognisers.since``)
==========================  ==================================================================================
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.recognisers.forecasts import SHORTER_KINDS
from service.checker.recognisers.since import since_earlier
from service.onboarding import phrases as P
from service.onboarding.model import Derivation, Para

#: ``giá so sánh``, ``giá cố định``, ``giá thực tế``, ``giá hiện hành`` right before the year (``năm`` optional).
_PRICES_OF = re.compile(r"(?i)(?<!\w)giá\s+(?:so\s+sánh|cố\s+định|thực\s+tế|hiện\s+hành)(?:\s+năm)?\s*$")


def price_base_year(p: Para, i: int, m: Mention) -> bool:
    """``Giá trị sản xuất nông, lâm nghiệp và thuỷ sản sáu tháng đầu năm 2012 theo giá so sánh 1994 ước tính tăng
    3,8%`` (t4-gdp-2012-h1): a year after ``giá so sánh`` names the prices, no row (the rate after it is the value's
    change, its own row)."""
    if m.value is None or m.comparison or m.kind != "count" or not 1900 <= m.value <= 2100 or \
            m.value != m.value.to_integral_value() or m.raw.strip() != str(int(m.value)):
        return False
    return bool(_PRICES_OF.search(p.text[max(0, m.num_start - 30):m.num_start]))


#: ``35,93 triệu người, chiếm 36,8%``: the share verb right after the count and its noun.
_SHARE_GAP = re.compile(r"(?i)^[^\W\d_]*(?:\s+[^\W\d_]+){0,3}?\s*[,(]?\s*(?:chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?\s*$")


def share_of_standing(p: Para, i: int, m: Mention) -> bool:
    """``Trong tổng dân số, dân số thành thị 35,93 triệu người, chiếm 36,8%; dân số nông thôn 61,65 triệu người, chiếm
    63,2%`` (t4-tcts-danso-2020): the share of a count read as standing (the population), said right after it — no
    row (the standing fact carries it; a row ``Tỷ lệ`` would name nothing)."""
    if m.kind != "percent" or m.value is None or m.comparison or i == 0 or (i - 1) not in p.standing_at:
        return False
    prev = p.figures[i - 1]
    if p.sentence_of(prev) != p.sentence_of(m):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    return bool(_SHARE_GAP.match(p.text[prev.end:start]))


#: ``so với chỉ tiêu UBND tỉnh giao (``: a target named, its value in the bracket that opens; or named inside the
#: bracket (``(kế hoạch năm 2023 là``; a range, ``(kế hoạch tăng từ 14 - 16% so với cuối năm 2020)``).
_TARGET_NAMED = re.compile(r"(?i)(?<!\w)(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?!\w)[^.;:()\d%]{0,50}?\(\s*$|"
                           r"\(\s*(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?!\w)[^.;:()\d%]{0,30}?"
                           r"(?:(?:19|20)\d\d[^.;:()\d%]{0,10}?)?(?:là|:|từ)\s*(?:[\d.,]+\s*%?\s*[-–]\s*)?$")


def rate_target(p: Para, i: int, m: Mention) -> bool:
    """``tổng số người tham gia BHXH 206.810 người, chiếm tỷ lệ 35,1% lực lượng lao động (LLLĐ), thấp hơn 0,4% so với
    chỉ tiêu UBND tỉnh giao (35,5%)`` (t4-brvt-bhxh-2021): the target of the share before it — the nearest row's
    (recorded with it), no row of its own."""
    if m.kind != "percent" or m.value is None or m.comparison:
        return False
    if not _TARGET_NAMED.search(p.text[max(0, m.num_start - 70):m.num_start]):
        return False
    before = p.rows_before(i)
    if not before:
        return False
    before[0].derived.append(Derivation(p.quote(m), "chỉ tiêu tỷ lệ được giao", m.value))
    p.rows[i] = before[0]
    return True


#: ``(tương ứng với tỷ lệ``, ``(khoảng``, ``(tương đương``: a bracket opening on the row just stated, said again.
_AGAIN_OPEN = re.compile(r"(?i)\(\s*(?:(?:tương\s+(?:ứng|đương)|tức\s+là|tức|hay|bằng)(?:\s+(?:với|là))?\s*"
                         r"(?:(?:tỷ|tỉ)\s+lệ|mức)?|khoảng|gần|hơn|trên)?\s*$")
#: ``thuê bao/100 dân``, ``giường bệnh/vạn dân``: a number per so many of the population.
_PER_PEOPLE = re.compile(r"(?i)[^\d/()]{0,25}/\s*(?:[\d.]+\s*|vạn\s+|nghìn\s+|ngàn\s+)?(?:người\s+)?dân(?!\w)")
#: What may stand between the row's number and that bracket: its noun, no number.
_NOUN_GAP = re.compile(r"^[^\d()%;.:]{0,40}$")


def restated_in_brackets(p: Para, i: int, m: Mention) -> bool:
    """``Số thuê bao băng rộng cố định đạt 22,14 triệu thuê bao (tương ứng với tỷ lệ 22,26 thuê bao/100 dân), tăng 8%
    …`` (t5-btttt-vienthong-2023-h1), ``Tổng doanh thu du lịch ước đạt 49.681 tỷ đồng (khoảng 2,15 tỷ USD), tăng 30%
    …`` (t5-kienthuc-dulich-2022-h1): the row just stated, said again per head of population or in another currency,
    in the bracket right after it — the row's derivation, no row (and the change after the bracket is the row's). A
    percentage is left to the share and change rules; an amount in the row's own currency may be a part of it."""
    if m.value is None or m.comparison or m.kind == "percent" or i == 0:
        return False
    prev = p.figures[i - 1]
    row = p.rows.get(i - 1)
    if row is None or row.kind == "percent" or p.sentence_of(prev) != p.sentence_of(m):
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    before = p.text[prev.end:start]
    if "(" not in before:
        return False
    gap, opening = before[:before.rindex("(")], before[before.rindex("("):]
    if not _NOUN_GAP.match(gap) or not _AGAIN_OPEN.match(opening):
        return False
    per_head = m.partner is not None and m.pair_role == "numerator" and \
        bool(_PER_PEOPLE.match(p.text, m.num_end))                         # "22,26 thuê bao/100 dân"
    other_currency = m.kind == "money" and row.kind == "money" and (m.unit or "đồng") != (prev.unit or "đồng")
    if not (per_head or other_currency):
        return False
    row.derived.append(Derivation(p.quote(m), "tương ứng (nói lại)", m.value))
    p.rows[i] = row
    return True


#: A sentence saying what happens every year: ``Hàng năm, …``, ``Hằng năm …``, ``Mỗi năm …``.
_EVERY_YEAR = re.compile(r"(?i)^\W*(?:hàng|hằng|mỗi)\s+năm(?!\w)")
#: A range written as one number (``130-150%``, ``97% đến 98%``) or a floor (``95% trở lên``).
_RANGE = re.compile(r"\d\s*%?\s*(?:-|–|đến|tới)\s*\d")
_FLOOR = re.compile(r"(?i)^\s*(?:%\s*)?(?:trở\s+lên|trở\s+xuống)(?!\w)")


def every_year(p: Para, i: int, m: Mention) -> bool:
    """``Hàng năm, Hội vận động quỹ đạt từ 130-150% chỉ tiêu tỉnh giao`` (t5-tayninh-hnd-quyhotro), ``Hàng năm, qua
    bình xét có từ 97% đến 98% cơ sở hội CCB đạt trong sạch vững mạnh, 95% trở lên hội viên CCB gương mẫu``
    (t5-khanhhoa-ccb-2016): a range or a floor said of every year describes the habit, not the period — no row. A
    single number of such a sentence may be this year's and is left alone."""
    if m.value is None or m.comparison:
        return False
    if not _EVERY_YEAR.match(p.text[p.sentence_of(m):]):
        return False
    return bool(_RANGE.search(m.raw or "")) or bool(_FLOOR.match(p.text[m.end:]))


#: ``99% số vụ …, với``: the share names the noun of the count that follows; ``5,5% (khoảng``: the count in brackets.
_SHARE_OF_NOUN = re.compile(r"(?i)^\s*(?:%\s*)?số\s+(?P<noun>[^\W\d_]+)[^;.:()\d]{0,60}?,?\s*(?:với|là|gồm)\s*$")
_SHARE_BRACKET = re.compile(r"^\s*%?\s*\(\s*$")
#: ``chiếm 60,9% tổng lưu lượng với 36.247.961 lượt``: the share of a total, then ``với`` and the part's own amount.
_SHARE_OF_TOTAL = re.compile(r"(?i)^\s*%?\s*tổng\s+[^;.:()\d]{1,40}?\s+với\s*$")
_TAKES_UP = re.compile(r"(?i)(?<!\w)chiếm\s+(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+)?(?:hơn|gần|khoảng|trên)?\s*$")
#: ``chiếm tỉ trọng 25% với 428 triệu USD``, ``chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD``: the share, then the amount
#: it is the share of, opened by ``với``/``đạt``/``tương đương`` (round 29).
_SHARE_THEN_AMOUNT = re.compile(r"(?i)^\s*%?\s*,?\s*(?:với|đạt|tương\s+đương)\s*(?:với\s*)?$")


def share_ahead(p: Para, i: int, m: Mention) -> bool:
    """``Trong số các vụ tai nạn trên, có tới 99% số vụ xảy ra trên lĩnh vực đường bộ, với 6.278 vụ``
    (t5-gialai-tngt-2021-h1), ``điện thoại cố định chiếm khoảng 5,5% (khoảng 7 triệu thuê bao)``
    (t5-nld-thuebao-2014-h1): a share said before the count it is of, in its sentence — the count is the row, the
    share its derivation (no row ``Tỷ lệ`` of its own).  ``chiếm 60,9% tổng lưu lượng với 36.247.961 lượt``
    (t21-xuatnhapcanh-2024): after ``chiếm``, the share of a total named, then ``với`` and the part's amount (round
    28).  ``Thị trường Mỹ chiếm tỉ trọng 25% với 428 triệu USD`` (t22-thanhnien-catra-8t-2022), ``nhóm thủy sản chiếm
    tỷ trọng 3,65%, đạt 118,9 triệu USD`` (p10-brvt-xuatkhau-2022-07): ``chiếm [tỷ trọng|tỷ lệ] N%`` then the amount
    opened by ``với``/``đạt``/``tương đương`` — the share is that amount's, said first (round 29)."""
    if m.kind != "percent" or m.value is None or m.comparison or i + 1 >= len(p.figures):
        return False
    nxt = p.figures[i + 1]
    if nxt.kind not in ("count", "ratio", "money") or nxt.comparison or nxt.value is None or \
            nxt.partner is not None or p.sentence_of(nxt) != p.sentence_of(m):
        return False
    before = p.text[P.clause_start(p.text, m.num_start):m.num_start]
    if re.search(r"(?i)(?<!\w)(?:tỷ|tỉ)\s+lệ(?!\w)", before) and not re.search(r"(?i)(?<!\w)chiếm(?!\w)", before):
        return False    # "Tỷ lệ số xã đạt chuẩn nông thôn mới … đạt 50% (8 xã)": a named rate is the row
    compares = re.match(r"(?i)[^()]{0,30}?\)?\s*so\s+(?:với\s+)?", p.text[nxt.end:])
    if compares and not re.search(r"(?i)(?<!\w)(?:tăng|giảm)(?!\w)", compares.group(0)):
        return False    # "chỉ đạt 30% (24.300 người) so với cùng kỳ": the share compares, it is of no whole
    start = nxt.qualifier_start if nxt.qualifier_start is not None else nxt.num_start
    gap = p.text[m.end:start]
    named = _SHARE_OF_NOUN.match(gap)
    if named and not (nxt.unit or "").lower().startswith(named.group("noun").lower()):
        named = None
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    takes_up = _TAKES_UP.search(p.text[max(0, at - 30):at])
    of_total = _SHARE_OF_TOTAL.match(gap) and takes_up
    then_amount = _SHARE_THEN_AMOUNT.match(gap) and takes_up
    if nxt.kind == "money" and not then_amount or not (named or of_total or then_amount or _SHARE_BRACKET.match(gap)):
        return False
    p.changes_ahead[i + 1] = (p.quote(m), "share", m.value, True)
    return True


#: ``tuần 43/``, ``các tuần 26, 27, ``, ``Tuần 29 và ``: the week word and the numbers of weeks already listed after it.
_WEEKS = re.compile(r"(?i)(?<!\w)tuần\s+(?:\d{1,2}\s*(?:,|và|-|–)\s*)*(?:\d{1,2}\s*/\s*)?$")


def week_number(p: Para, i: int, m: Mention) -> bool:
    """``trong tuần 43/2022 cả nước ghi nhận 9.441 trường hợp mắc`` (t7-toanquoc-sxh-2022-tuan43), ``các tuần 26, 27, 28
    là những tuần có tốc độ gia tăng nhanh`` (t7-hcm-tcm-2023-tuan31): a week's number, the year after its slash and
    every week of a list name periods (the epidemiological weeks a disease report counts by), no row."""
    if m.value is None or m.comparison or m.kind not in ("count", "ratio", "year") or \
            m.value != m.value.to_integral_value():
        return False
    start = m.qualifier_start if m.qualifier_start is not None else m.num_start
    if m.qualifier_start is not None and m.qualifier_start < m.num_start:
        return False
    return bool(_WEEKS.search(p.text[max(0, start - 40):start]))


def since_earlier_year(p: Para, i: int, m: Mention) -> bool:
    """``Từ năm 2020 đến nay, Hội Doanh nhân trẻ tỉnh đã trao tặng 3 ngôi nhà tình nghĩa`` (zk-nghe-an-hoi-doanh-nhan-
    tre-trao-qua-tet-2022-01, a month of 2022): in a report shorter than a year, a running total over years before the
    report's, no row of its period — the checker's ``recognisers.since`` rule, read the same way here."""
    if m.value is None or p.reading.period is None or p.reading.period.kind not in SHORTER_KINDS:
        return False   # (a year's or a term's report may read its term's totals so: zd-nghe-an-tam-hop-xa-ktxh)
    return since_earlier(p.text, m.num_start, p.reading.period) is not None


CONTEXT = (price_base_year, week_number, share_of_standing, rate_target, restated_in_brackets, every_year, share_ahead,
           since_earlier_year)
