"""A campaign month whose days are written in brackets: the month they end in (round 46).

``Trong tháng hành động vì về sinh an toàn thực phẩm năm 2018 (từ 15/4 - 14/5), Đoàn kiểm tra ... đã tiến hành kiểm tra
66 cơ sở`` (held-out yq-ha-tinh-doan-lien-nganh-atvstp, coded 2018-05) and ``..., Tháng hành động vì trẻ em (6/2021)
năm nay, hàng loạt ...`` (sweep p34-daidoanket-tag-quyentreem, labelled 2021-06): a campaign of a month ("tháng ...",
any name: the default, no list) whose own days or month the text gives in brackets reports that month; days running
across two months (``từ 15/4 - 14/5``, ``17.10 - 18.11.2021``) the month they end in, when its results are counted.
Without the brackets the campaign's year is an edition's (``mentions``' ``event``) and the page read nothing (None).
The observance months of :mod:`.observance` (``tháng Thanh niên năm 2023``, no brackets) are unchanged, as is a month
named by its number (``tháng 6 (từ 1/6 - 30/6)``: the name must start with a letter)."""

from __future__ import annotations

import re

from .model import Period

_Y = r"(?:19|20)\d{2}(?!\d)"
_DM = r"\d{1,2}\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(" + _Y + r"))?"

#: a month named in words ("Cách mạng Tháng Tám (19/8/1945 - 19/8/2023)", "tháng Giêng"): a calendar month, no
#: campaign's name
_MONTH_WORD = r"(?:giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![^\W\d])"

#: "tháng hành động vì ... năm 2018 (từ 15/4 - 14/5)", "Tháng cao điểm “Vì người nghèo” (17.10 - 18.11.2021)",
#: "Tháng hành động vì trẻ em (6/2021)": a month's name (letters first, no digit or clause break), its year if written,
#: then in brackets a span of days (the month it ends in: groups 3-4) or a month with its year (groups 5-6)
CAMPAIGN_DAYS = re.compile(
    r"\b[Tt]háng\s+(?=[^\W\d])(?!" + _MONTH_WORD + r")[^\d.;:()\n]{1,70}?[”\"]?\s*(?:năm\s+(" + _Y + r")\s*)?"
    r"\(\s*(?:(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*" + _Y + r")?\s*(?:[-–]|đến)\s*(?:ngày\s+)?"
    + _DM + r"|(\d{1,2})\s*/\s*(" + _Y + r"))\s*\)", re.I)


#: a count of months right before "tháng" ("5 tháng đầu năm 2022 (từ ngày 15/12/2021 đến 14/5/2022)", "các tháng"):
#: some months, no campaign month's name
_COUNTED = re.compile(r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mấy|vài|các|những)\s*$", re.I)


def campaign_days(m: re.Match) -> Period:
    """The month the bracketed days end in (or the bracketed month), of the year they or the name write (0: borrowed);
    ValueError after a count of months (:data:`_COUNTED`)."""
    if _COUNTED.search(m.string[max(0, m.start() - 12):m.start()]):
        raise ValueError("months counted, no campaign month")
    if not m.string[m.end():].strip():
        # named alone, nothing reported after it: a column's or heading's title (``Tháng hành động (10/7-10/8/2019)``
        # beside ``Lũy kế 8 tháng năm 2019``) names the campaign's stretch, a part of the period, not a month
        raise ValueError("a campaign's stretch named alone")
    month = int(m.group(2) or m.group(4))
    year = m.group(3) or m.group(5) or m.group(1)
    return Period(int(year) if year else 0, "month", month)


#: the registry's entry (name, pattern, what it names, the index group, the year group)
RECOGNISER = ("campaign-days", CAMPAIGN_DAYS, campaign_days, None, None)
