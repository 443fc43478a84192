"""Numbers of another span of years than the report's, read by the checker's own rules: no rows (round 80).

=======================  ========================================================================================
``later_year_paragraph``  ``Năm 2019, Hội Khuyến học quận tiếp tục cũng cố kiện toàn tổ chức Hội … Phát triển hội
                          viên mới đạt 14% dân số, gia đình học tập được công nhận đạt 80% trở lên, xây dựng Qũy
                          khuyến học, khuyến tài đạt trên 2 tỷ đồng.`` closing the 2018 review (xy-can-tho-binh-thuy-
                          hoi-khuyen-hoc-quan-quy-khuyen-hoc-2018): a paragraph that opens on a year after the
                          report's speaks of that year, its later sentences too — the checker's
                          ``recognisers/laterpara.later_paragraph`` (a sentence naming another year, or a mark of
                          what was done, ``đã``/``vừa``/``hiện``, reports again and stays a row). Not
                          ``aimedyear.aim_paragraph``, which asks an aim's word of the opening sentence and takes the
                          report's own year too.
``closed_span_total``     ``Trong giai đoạn 2016-2021, huyện Quế Võ đã phát thưởng … với số tiền trên 10 tỷ đồng; trao
                          800 suất học bổng với số tiền hơn 600 triệu đồng`` in the balance at August 2021
                          (xy-bac-ninh-que-vo-hoi-khuyen-hoc-huyen-quy-khuyen-hoc-2021-08): a sentence opening on a
                          closed span of several years that began before the report's period states the span's
                          totals — the checker's ``recognisers/longspan.closed_span`` (the span both ends a year,
                          longer than the report's period; the paragraph goes on counting it while no other year
                          is named). A term's report over that span is its own (``_opening_span``: the span must
                          begin before the report's year).
``span_ahead``            ``Trước mắt giai đoạn 2020-2025 sẽ triển khai mở rộng KCN Tân Bình 1.055ha (giai đoạn 2),
                          làm chủ đầu tư 2 KCN – Đô thị - Dịch vụ (Hội Nghĩa 715ha và Bình Mỹ 1.002ha)`` in the 2020
                          annual report (xz-binh-duong-cao-su-phuoc-hoa-ket-qua-kinh-doanh-2020, round 81): a sentence
                          naming a span of years that ends after the report's year, then ``sẽ`` (will) before the
                          number with no ``đã`` (done) between, says what will be done over that span — no row. ``sẽ``
                          alone is no such mark (``Toàn tỉnh sẽ có 93 đơn vị bầu cử``, a figure the hands keep), nor a
                          span ending in the report's year (``giai đoạn 2016-2020`` in 2020's review: its own).
=======================  ========================================================================================

All read with the prior's own period (``Reading.period``); with none read, nothing is claimed. Tried with
``service.onboarding.recognisers.RECOGNISERS``, beside ``statements.later_period`` (a sentence naming a later period).
"""

from __future__ import annotations

import re

from service.checker.extract import Mention
from service.checker.recognisers.laterpara import later_paragraph
from service.checker.recognisers.longspan import closed_span
from service.onboarding.model import Para


def later_year_paragraph(p: Para, i: int, m: Mention) -> bool:
    """A number of a paragraph opened by a year after the report's (see the module)."""
    return p.reading.period is not None and later_paragraph(p.text, m.num_start, p.reading.period) is not None


def closed_span_total(p: Para, i: int, m: Mention) -> bool:
    """A number of a sentence opened by a closed span of years begun before the report's (see the module)."""
    return p.reading.period is not None and closed_span(p.text, m.num_start, p.reading.period) is not None


#: ``giai đoạn 2020-2025``, ``giai đoạn 2020 - 2025``: a span of years, its last year captured.
_SPAN = re.compile(r"(?i)(?<!\w)giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(?:19|20)\d\d\s*[-–]\s*(?:năm\s+)?(?P<last>(?:19|20)\d\d)(?!\d)")
_WILL = re.compile(r"(?i)(?<!\w)sẽ(?!\w)")
_DONE = re.compile(r"(?i)(?<!\w)(?:đã|được)(?!\w)")


def span_ahead(p: Para, i: int, m: Mention) -> bool:
    """A number after ``sẽ`` in a sentence naming a span of years that ends after the report's (see the module)."""
    period = p.reading.period
    if period is None or m.value is None:
        return False
    s = p.sentence_of(m)
    at = m.qualifier_start if m.qualifier_start is not None else m.num_start
    before = p.text[s:at]
    span = next((h for h in _SPAN.finditer(before) if int(h.group("last")) > period.year), None)
    if span is None:
        return False
    will = next(_WILL.finditer(before, span.end()), None)
    return will is not None and _DONE.search(before, will.end()) is None


OTHER_YEARS = (later_year_paragraph, closed_span_total, span_ahead)
