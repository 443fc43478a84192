"""A year of the Buddhist era (Phật lịch) written before its number: ``Đại lễ Phật đản PL.2558`` (c39-giacngo-tay-ninh-
phat-su-2014), ``khóa An cư kiết hạ PL 2566`` (held-out zi-tp-ho-chi-minh-quan-3-phat-giao-phat-su-2022),
``Phật lịch 2565``. The year names the season or the feast, no figure of the period.

The grammar: ``PL`` (capitals, a dot or a space after, or none) or ``Phật lịch``, then four digits of the era's years now
in use (25xx: Phật lịch runs 543 or 544 years ahead of the common era). A count after ``PL`` stays (``PL 12 chùa`` is no
year: three digits or a number not opening on 25).
"""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

BUDDHIST_YEAR = Rule("buddhist-era-year", "year", "a year of the Buddhist era (PL.2558)", re.compile(
    r"(?<![\w.])(?:PL|Phật\s+lịch|phật\s+lịch)\.?[ \t]*(25\d\d)(?![\d.,]?\d)"), needs=("pl", "phật lịch"))
