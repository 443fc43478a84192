"""A percentage that quantifies a population it opens: ``100% cơ sở Hội đạt vững mạnh``, ``96% sinh viên có việc làm``.

    … cuối nhiệm kỳ, 100% cơ sở Hội đạt vững mạnh, 100% cơ sở chẩn trị được đăng ký hành nghề, trong đó có 70% cơ sở
    có vườn thuốc nam …                        (xc-khanh-hoa-cam-ranh-hoi-dong-y-thanh-pho-nhiem-ky-2007-2012)
    … tiếp nhận 449 nạn nhân bị mua bán, trong đó trên 80% nạn nhân được hỗ trợ ban đầu …
                                               (zp-toan-quoc-bo-cong-an-phong-chong-mua-ban-nguoi-2018)
    … Đến nay, 100% hộ dân trong tổ đăng ký thu gom rác …
                                               (zw-gia-lai-an-khe-phong-van-hoa-thong-tin-gia-dinh-van-hoa-2022)
    … cho biết 96% sinh viên có việc làm trước khi nhận bằng … (zv-tp-ho-chi-minh-dai-hoc-kinh-te-khao-sat-viec-lam-…)

Grammar: the percentage stands where a count would (``X% <noun phrase> <predicate>``): words follow it at once, not a
base (``kế hoạch``, ``KH``, ``dự toán``, ``chỉ tiêu``, ``tổng``, ``so với``, ``cùng kỳ``) nor a period, and its clause
before it holds no number (no part or whole it could be computed from). It is the share of a population the text does
not count: unproved, not wrong. The checker asks this only of a percentage no row and no derivation supports, not of a
rate of change, and only when the table keeps no rate its clause's words name (a kept rate still catches a wrong value).
Not: ``đạt 81% KH`` (a base), ``tăng 19% so với năm 2013``, ``giảm khoảng 19% về mức 15,7 tỷ kWh`` (a change),
``trong số 2.141 tân cử nhân có khoảng 23,3% em …`` (the whole is counted in its clause), ``tỷ lệ bao phủ bảo hiểm y
tế đạt 94,5%;`` (no population after it), ``Trong đó, chiếm tỷ lệ 8% sản lượng cung cấp …`` (zp-lam-dong-cong-ty-lam-
nghiep: after a share's verb the words name the share's whole, not a population), ``Ân Thi gần 60% diện tích``
(zw-hung-yen: a named unit's rate, the verb left out), ``đạt tỷ lệ việc làm tuyệt đối 100% gồm …`` (yv-hoa-sen: a
rate named). A percentage over 100 is no population's share (``derive._bare_share`` asks only up to 100).
"""

from __future__ import annotations

import re

#: what may follow a percentage that is no population: bases, comparisons, periods, joints, units of a rate
_NOT_POPULATION = re.compile(
    r"(?i)(?:so|kế|kh|khtt|dự|chỉ|tổng|cùng|trở|và|hoặc|hay|với|của|trên|dưới|đến|tới|từ|năm|tháng|quý|kỳ|"
    r"nghị|nq|mục|yêu|giao|tăng|giảm|bằng|đạt|là|về|lên|xuống|vào|nhưng|trong|tại|ở|/)(?!\w)")
#: a rate of change before the percentage (``giảm khoảng 19% về mức …``, ``tăng hơn 2% nhưng …``): no population's share
_CHANGE_BEFORE = re.compile(r"(?i)(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên|dưới|tới|đến))*\s*$")
#: a share's verb or a comparison's base before the percentage (``chiếm tỷ lệ 8% sản lượng …``, ``đạt 66,4% số vụ``,
#: ``tăng so với 75,3% thị phần trong 10 tháng``): the words after it name a whole or a base, not a population
_SHARE_VERB_BEFORE = re.compile(r"(?i)(?<!\w)(?:chiếm|đạt|bằng|so\s+với|với)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?"
                                r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|tới|đến|là))*\s*$")
#: a rate named in the clause (``đạt tỷ lệ việc làm tuyệt đối 100% gồm …``): the percentage is that rate's value
_RATE_NAMED = re.compile(r"(?i)(?<!\w)(?:tỷ|tỉ)\s+(?:lệ|trọng)(?!\w)")
#: the first word after the percentage
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
#: where the percentage's clause starts: a stop, a comma, a semicolon, a colon, a bracket or a line break
_CLAUSE_CUT = re.compile(r"[.,;:()\n]")


def opens_population(text: str, start: int, end: int, reach: int = 120) -> bool:
    """Is the percentage ``text[start:end]`` (from its qualifier, if any) followed at once by the words of a population
    — no base, comparison or period — with no number in its clause before it?"""
    after = _WORD_AFTER.match(text, end)
    if after is None or _NOT_POPULATION.fullmatch(after.group(1)):
        return False
    head = text[max(0, start - reach):start]
    if _CHANGE_BEFORE.search(head) or _SHARE_VERB_BEFORE.search(head):
        return False
    cuts = [c.end() for c in _CLAUSE_CUT.finditer(head)]
    clause = head[cuts[-1]:] if cuts else head
    if re.search(r"\d", clause) or _RATE_NAMED.search(clause):
        return False
    last = re.search(r"([^\W\d_]+)(?:\s+(?:khoảng|gần|hơn|trên|dưới|tới|đến|chừng))*\s*$", clause)
    # "Phù Cừ đạt trên 90% diện tích, Ân Thi gần 60% diện tích": a named unit's rate, its verb left out
    return not (last and last.group(1)[0].isupper())
