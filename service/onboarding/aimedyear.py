"""A paragraph that opens on a year's aim is a paragraph of aims (round 44).

``Năm 2017, Hội Đông y tỉnh phấn đấu 100% xã, phường có tổ chức Hội. Toàn tỉnh khám chữa bệnh đông y cho trên
150.000 lượt bệnh nhân; tổ chức tặng quà, khám chữa bệnh nhân đạo cho trên 25.000 lượt người; 100% cán bộ Hội chuyên
trách được bồi dưỡng …`` (yx-ninh-thuan-hoi-dong-y-tinh-kham-chua-benh-2016, a 2016 page), ``Năm 2023, huyện phấn đấu
đạt thêm 3 tiêu chí về huyện nông thôn mới; …; có 2 làng đạt nông thôn mới. Có 6 sản phẩm tham gia chương trình OCOP
năm 2023.`` (yq-gia-lai-dak-po-ubnd-huyen-so-ket-quy-i-2023-q1, a first quarter's page): the year opens the paragraph,
its first sentence aims (``phấn đấu``, ``dự kiến``, ``mục tiêu … là``: the aim recogniser's words), and the sentences
after it go on listing what the year aims at — targets, no rows, unless one says what was done (``đã``, ``kết quả``)
or names a period of its own; an opening sentence that reports (``đã``, ``được``) opens no aims.

Not the checker's ``recognisers/laterpara.py``, which reads a paragraph opening on a year too but means something else:
there the year must come after the report's and the paragraph may say anything (its numbers are another period's);
here the opening sentence must aim, and the year may be the report's own or ``Năm tới`` (its numbers are aims). The
openings differ too (see docs/tidy-49.md): here any marks before the year's words (a quote: ``“Năm 2022,``) and a colon
after, there a bullet, ``sang``/``bước sang`` and a comma.
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.onboarding import phrases as P
from service.onboarding.model import Para
from service.onboarding.statements import aims_said
from service.periods import find_mentions

#: The paragraph's first words name a year: ``Năm 2017,``, ``Trong năm 2024,``, ``Năm tới,``.
_YEAR_OPENS = re.compile(r"(?i)^\W*(?:trong\s+)?năm\s+(?P<year>(?:19|20)\d\d|tới|sau)\s*[,:]")
#: What was done, or a comparison: the sentence reports, it does not aim.
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|kết\s+quả|đạt\s+được|so\s+với)(?!\w)")
#: An opening sentence that reports what was done or got (``đã``, ``kết nạp được``) opens no paragraph of aims.
_REPORTS = re.compile(r"(?i)(?<!\w)(?:đã|được|kết\s+quả|so\s+với)(?!\w)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def aim_paragraph(p: Para, i: int, m: Mention) -> bool:
    """A number of a later sentence of a paragraph opened by a year's aim (see the module's note): an aim too."""
    opens = _YEAR_OPENS.match(p.text)
    end = _SENTENCE_END.search(p.text)
    first = p.text[:end.end()] if end is not None else ""
    if not opens or m.num_start < len(first) or not aims_said(first) or _REPORTS.search(first):
        return False    # (the opening sentence itself: the aim recogniser reads it; one that reports opens no aims:
        # "Trong năm 2018, các cấp hội … đã hoàn thành tốt các nhiệm vụ trọng tâm đã đề ra", n-xuyenmoc-ctd-2018,
        # "Trong năm 2017, toàn Đảng bộ huyện kết nạp được 196 đảng viên mới (vượt … Nghị quyết Huyện ủy đề ra)",
        # zg-quang-nam-dai-loc-xay-dung-dang-2017)
    s = p.sentence_of(m)
    if _DONE.search(p.text[s:P.clause_end(p.text, m.end)]):
        return False
    year = opens.group("year")
    own = [x.period for x in find_mentions(p.text[s:P.clause_end(p.text, m.end)]) if x.period is not None]
    return all(year.isdigit() and x.year == int(year) for x in own)   # "… chương trình OCOP năm 2023": the same year


AIMED_YEAR = (aim_paragraph,)
