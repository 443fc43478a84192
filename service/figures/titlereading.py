"""The period a sheet's title (a column's, a header row's) names, read as a title, not as a sentence.

The period reader (:func:`service.periods.find_period`) reads free sentences: some of its readings exist only because a
sentence reports something done inside a stretch of days it names — a campaign month's bracketed days read as the
month they end in (``Trong tháng hành động ... (từ 15/4 - 14/5), Đoàn kiểm tra ... đã kiểm tra 66 cơ sở``: May), an
observance month, a holiday's day, a founding, a record, an edition.  A column title reports nothing: ``Tháng hành
động (10/7-10/8/2019)`` beside ``Lũy kế 8 tháng năm 2019`` (zk-tay-ninh-hoa-thanh's layout) names the campaign's
stretch, a part of the period, no month of its own.  So a title is read with those sentence-level readings left out
(:data:`SENTENCE_LEVEL`); the others (months, quarters, halves, months so far, terms, seasons, dates, days) read
as before, and a title that names a period only through such a reading names none (the table's period decides).
"""

from __future__ import annotations

import unicodedata

from service.periods import Period, choose, find_mentions

__all__ = ["SENTENCE_LEVEL", "title_reading"]

#: the period reader's recognisers whose reading needs a sentence that reports something done in the stretch named:
#: a campaign's days, an observance month, a holiday's day, a launch or founding, a birth, a record, an edition
SENTENCE_LEVEL = frozenset({"campaign-days", "observance-month", "holiday-day", "founded", "born", "record", "edition"})


def title_reading(text: str) -> Period | None:
    """The period a title names, its sentence-level readings (:data:`SENTENCE_LEVEL`) left out."""
    mentions = [m for m in find_mentions(unicodedata.normalize("NFC", str(text)))
                if m.recogniser not in SENTENCE_LEVEL]
    chosen = choose(mentions)
    return chosen.period if chosen else None
