"""A paragraph that opens on a year after the report's: all of it speaks of that year, its later sentences too.

    Năm 2017, Hội Đông y tỉnh phấn đấu 100% xã, phường có tổ chức Hội. Toàn tỉnh khám chữa bệnh đông y cho trên
    150.000 lượt bệnh nhân; tổ chức tặng quà, khám chữa bệnh nhân đạo cho trên 25.000 lượt người; …
                                       (yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016, report 2016)

    Năm 2023, hội tiếp tục đổi mới nâng cao chất lượng hội; … ; nâng cao hiệu quả cuộc vận động và 2 phong trào thi
    đua lớn của hội…             (yx-phu-yen-hoi-cuu-tnxp-tinh-tong-ket-2022, report 2022: a sentence too long for
                                  ``later.later_opened`` to find where it starts, the line before ending on ``…``)

``later.later_opened`` reads the sentence that opens on the year, ``later.aims_paragraph`` a paragraph whose aim's word
comes before its year; here the year itself opens the paragraph, set off by a comma (``Năm 2017,``), and the number
stands in that paragraph (to the next line break). A sentence naming another year of its own, or a mark of what was
done (``đã``, ``vừa``, ``hiện``), reports again.  Only asked of a number no row supports.

Not the template's ``onboarding/aimedyear.py``, which reads a paragraph opening on a year too but means something else:
there the opening sentence must aim (``phấn đấu``, ``dự kiến``) and the year may be the report's own (a first quarter's
``Năm 2023, huyện phấn đấu …``) or ``Năm tới``: the paragraph's numbers are aims. Here the year must come after the
report's and the paragraph may say anything: its numbers are another period's. The openings differ too (here a bullet
and ``sang``/``bước sang``, a comma; there any marks before, a comma or a colon): read as one, three quoted openings of
the house's texts (``"Năm 2026, ngành nước …"``) would move (docs/tidy-49.md).
"""

from __future__ import annotations

import re

from service.checker.recognisers import sentence_start
from service.checker.recognisers.later import end_year

_OPENS_ON_YEAR = re.compile(r"(?i)[ \t]*(?:[-–•*+][ \t]*)?(?:(?:bước[ \t]+)?sang[ \t]+|trong[ \t]+)?năm[ \t]+"
                            r"((?:19|20)\d\d)[ \t]*,")
#: ``Năm học 2024-2025, trung tâm có 10 lớp …`` on the report of the school year 2023-2024
#: (yy-hoa-binh-luong-son-trung-tam-gdnn-gdtx-huyen-tong-ket-nam-hoc-2023-2024): the next school year, opened by its
#: first year — later when it starts in the year the report ends or after
_OPENS_ON_SCHOOL_YEAR = re.compile(r"(?i)[ \t]*(?:[-–•*+][ \t]*)?(?:(?:bước[ \t]+)?sang[ \t]+|trong[ \t]+)?năm[ \t]+học[ \t]+"
                                   r"((?:19|20)\d\d)[ \t]*[-–/][ \t]*(?:19|20)?\d\d[ \t]*,")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|;")
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|vừa|hiện)(?!\w)")


def later_paragraph(text: str, start: int, report) -> int | None:
    """The year after ``report`` that the paragraph of the number at ``start`` opens on (see the module), else None."""
    if report is None:
        return None
    para = text.rfind("\n", 0, start) + 1
    m = _OPENS_ON_YEAR.match(text, para)
    if m is None:
        m = _OPENS_ON_SCHOOL_YEAR.match(text, para)
        if m is None or m.end() > start or int(m.group(1)) < end_year(report) or \
                report.kind != "term" and int(m.group(1)) <= end_year(report):
            return None
    elif m.end() > start or int(m.group(1)) <= end_year(report):
        return None
    if _YEAR.search(text, m.end(), start):
        return None   # another year named on the way: the paragraph turned to it
    own = max((s.end() for s in _SENTENCE_STOP.finditer(text, m.end(), start)), default=m.end())
    own = max(own, sentence_start(text, start, 400) or 0)
    if _DONE.search(text, own, start):
        return None   # "Hiện Hội đã hỗ trợ 12 hộ": a clause that reports again
    return int(m.group(1))
