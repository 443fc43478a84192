"""A historical record's year (round 42).

``Đỉnh lũ tại trạm Đông Hà ... đo được chiều ngày 8/10 đã vượt lũ lịch sử năm 1983 là 0,11m`` (p42-cand-lula-dongha,
read 1983), ``vượt đỉnh lịch sử 5,48m ghi nhận năm Thìn 1964 là 12cm ... thấp hơn đỉnh lũ lịch sử năm 1964`` (p42-
vietnamnet-lu-thubon, a flood's day of 2025-10, read 1964), ``đợt hạn mặn lịch sử xảy ra vào mùa khô năm 2016``
(p16c-thanhnien-hanman): a flood, a peak, a drought called historical, dated by the year it was set.  That year is the
record's, not a period the page reports, and lends no year; the mention only blocks (as a founding year does).

Only after a measured extreme's noun (a flood, its peak or level, a drought, salinity, a storm, a cold or heat spell,
a record): ``Cuộc thi tìm hiểu lịch sử năm 2024`` (a contest's year) is not read here, nor ``nghiêm trọng hơn lịch sử
năm 2015-2016`` (p16-vdong-hanman: no noun, a comparison the reader already marks)."""

from __future__ import annotations

import re

_YEAR = r"((?:19|20)\d{2})"

#: the noun a record is of; other nouns ("tìm hiểu lịch sử", "di tích lịch sử") are left to the other recognisers
_EXTREME = r"(?:lũ|lụt|đỉnh(?:\s+lũ)?|mức(?:\s+lũ)?|mực\s+nước|hạn(?:\s+hán)?(?:\s*,?\s*(?:xâm\s+nhập\s+)?mặn)?|mặn" \
           r"|bão|rét|nắng\s+nóng|kỷ\s+lục)"

#: "lũ lịch sử năm 1983", "đỉnh lịch sử 5,48m ghi nhận năm Thìn 1964", "hạn mặn lịch sử xảy ra vào mùa khô năm 2016"
RECORD = re.compile(r"\b" + _EXTREME + r"\s+lịch\s+sử\b[^.;:!?\n]{0,40}?\bnăm\s+(?:[A-ZĐ]\w+\s+)?" + _YEAR
                    + r"(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)", re.I)

RECOGNISER = ("record", RECORD, lambda m: None, None, 1)
