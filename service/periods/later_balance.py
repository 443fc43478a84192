"""Of a stock's values at two months' ends, the later is the report's (round 50).

``... tổng dư nợ cho vay của các tổ chức tín dụng ... tính đến cuối tháng 6 đạt 53.418 tỷ đồng, tăng 5,85% so với cuối
năm 2018 ..., thì đến cuối tháng 7, tổng dư nợ này giảm còn 52.798 tỷ đồng`` (held-out xm-thai-nguyen-to-chuc-tin-
dung-du-no-cho-vay, coded 2019-07) and ``nguồn vốn huy động toàn tỉnh đến 31/5/2021 đạt 78.588 tỷ đồng ... Đến
30/6/2021, nguồn vốn huy động của Hà Tĩnh ước đạt 79.569 tỷ đồng`` (held-out xm-ha-tinh-nhnn-chi-nhanh-nguon-von-huy-
dong, a State Bank branch's June report): a balance stated at one month's end and again at a later one is a report
of the later (the earlier is the column before it, as a table prints ``Cuối tháng 7/2019 | Cuối tháng 6/2019``).
A balance is a month's end (``đến 31/5/2021``, ``đến cuối tháng 7``, ``đến hết tháng 8/2018``) followed in its
clause by the value it reaches (``đạt``, ``còn``, ``lên``).  Not a count to a day inside a month (``tính đến ngày
25/7/2025``, sweep t16-nhipsong-giaingan's half keeps), nor a month's end with no value reached (``Đến tháng 9 năm
2018, theo Quyết định số 1948/QĐ-UBND ... giao tăng thêm``, held-out zk-bac-kan-xa-duong-quang)."""

from __future__ import annotations

import re

from .model import Mention

#: "tính đến cuối tháng 6", "đến hết tháng": a month's end before a bare month ("tháng 6", its year lent)
_END_BEFORE = re.compile(r"\b(?:đến|tới)\s+(?:hết|cuối)\s+$", re.I)
#: a month's end written with its month ("đến hết tháng 8/2018", "đến cuối tháng 6/2024")
_END_IN = re.compile(r"\b(?:đến|tới)\s+(?:hết|cuối)\s+tháng\b", re.I)
#: the value the stock reaches, in the same sentence: "đạt 78.588", ", tổng dư nợ này giảm còn 52.798"
_VALUE = re.compile(r"[^.;!?\n]{0,60}?\b(?:đạt|còn|lên)\s+(?:khoảng\s+|hơn\s+|trên\s+|gần\s+|mức\s+)?\d", re.I)


def is_balance(t: str, men: Mention) -> bool:
    """``men`` names a month's end at which a stock's value is stated."""
    if men.period is None or not _VALUE.match(t, men.end):
        return False
    if men.recogniser == "to-day":
        return men.period.kind != "month"           # through a month's last day: the months so far
    if men.recogniser == "to-date":
        return bool(_END_IN.search(t[men.start:men.end]))
    if men.recogniser == "month-bare":
        return bool(_END_BEFORE.search(t[max(0, men.start - 25):men.start]))
    return False


def later_balance(first: Mention, mentions: list[Mention]) -> Mention:
    """The balance at the latest month's end of ``first``'s year, when ``first`` is a balance; else ``first``."""
    if not first.balance:
        return first
    later = [m for m in mentions if m.balance and m.reported and m.start > first.start
             and m.period.year == first.period.year and m.period.months[1] > first.period.months[1]]
    return max(later, key=lambda m: (m.period.months[1], m.start)) if later else first
