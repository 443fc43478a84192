"""The level a counted group reached, its noun phrase long: ``bình xét được 2.852/3.273 cán bộ hội viên quần chúng đã
đăng ký đạt 3 tiêu chuẩn phong trào`` — how many criteria each member reached, not a figure of the period.

    Dự kiến cuối năm tổ chức bình xét được 2.852/3.273 cán bộ hội viên quần chúng đã đăng ký đạt 3 tiêu chuẩn phong
    trào, chiếm tỷ lệ trên 80,02%.                (c45-hoathanh-phu-nu-truong-tay-2014)
    … với 1.244 hộ gia đình hội viên đạt 11 tiêu chí (vượt 275,2% chỉ tiêu) …   (p29-baolangson-phunu-2019)

The sibling :data:`grouplevel.GROUP_LEVEL` reads one to three words between the count and ``đạt`` (``3 thôn đạt 9/10
tiêu chí``); a group is often named at more length (who, of which body, registered or not), so this one reads four
to ten words, none a digit nor a mark (one clause). Only ``đạt`` (``có`` with criteria after a long phrase may count
what was met: the sibling's guard), and the count before is no date's number (``tháng 10 …``).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

_CRITERIA = r"(?:tiêu\s+chí|tiêu\s+chuẩn)"
_DATE_BEFORE = re.compile(r"(?i)(?<!\w)(?:tháng|năm|quý|ngày|tuần|đợt|kỳ)\s*$")


def _count_is_no_date(text: str, m: re.Match) -> bool:
    return not _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start())


LONG_GROUP_LEVEL = Rule(
    "long-group-level", "norm", "the level a counted group reached, its noun phrase long (… đã đăng ký đạt 3 tiêu chuẩn)",
    re.compile(r"(?i)(?<![\d.,/])\d{1,3}(?:\.\d{3})*(?:/\d{1,3}(?:\.\d{3})*)?\s+[^\W\d_]+(?:\s+[^\W\d_]+){3,9}?"
               rf"\s+đạt\s+(?:đủ\s+)?(\d{{1,2}})\s+{_CRITERIA}(?!\w)"),
    accept=_count_is_no_date, needs=("đạt",))
