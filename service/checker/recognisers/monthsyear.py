"""The year of the months so far, written without ``năm``: ``trong 10 tháng 2019 lên 149.300 DN`` (round 101).

    Nâng tổng số DN thành lập mới và DN quay trở lại hoạt động trong 10 tháng 2019 lên 149.300 DN.
                    (xx-toan-quoc-bo-ke-hoach-dau-tu-doanh-nghiep-dang-ky-moi-theo-vung-2019-10t)
    … với mức lãi gần 74,4 tỷ đồng 9 tháng 2021.   … giảm 21% so với 5 tháng 2022. Sau 5 tháng, …   (other pages of the
    folder: ``classify.year`` reads these, a stop or a function word after the year)

``classify.year`` reads a four-digit year by the cue before it (``năm``, ``từ``, ``giai đoạn`` …) or by what follows
it (no word, a capital, a grammatical word: ``của``, ``và``). ``10 tháng 2019 lên`` has neither: ``tháng`` is no cue
(``tháng 5 2019`` is rare, ``3 tháng 2000 người`` a count), and ``lên`` no function word of that closed class — so
``2019`` was a count, flagged. The grammar that tells it: a count of months right before (``10 tháng``, ``6 tháng
đầu``) names a stretch of months, and a four-digit number in 1900–2100 right after it is that stretch's year — unless
a counted noun follows it (``sau 3 tháng 2000 người``: a count of people).
"""

from __future__ import annotations

import re

from service.checker.recognisers.nouns import COUNTED

_MONTHS_BEFORE = re.compile(r"(?i)(?<!\w)\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+$")


def months_year(text: str, m, before: str, after: str) -> bool:
    """``10 tháng 2019``: the year of the months counted right before it (see above)."""
    if len(m.raw) != 4 or not 1900 <= int(m.numeral) <= 2100 or not _MONTHS_BEFORE.search(before[-25:]):
        return False
    if COUNTED.match(after):
        return False
    m.kind, m.note = "year", "year"
    return True
