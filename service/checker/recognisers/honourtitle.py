"""Who received a certificate named by its title: ``đã tặng “Bằng ghi công” cho 18 tỉnh, thành phố, 267 quận,
huyện``, ``có 37 Mạnh Thường Quân … được nhận Bằng ghi nhận tấm lòng vàng`` — the honour's recipients, not a figure of
the period (the house's reading of honours, ``events.awarded``).

    … đến nay, Ủy ban Trung ương MTTQ Việt Nam đã tặng “Bằng ghi công” cho 18 tỉnh, thành phố, 267 quận, huyện, thị xã
    …                                             (c45-tienphong-quy-vi-nguoi-ngheo-1800-ty)
    Đặc biệt có 37 Mạnh Thường Quân là lãnh đạo các đơn vị, doanh nghiệp được nhận Bằng ghi nhận tấm lòng vàng của Hội
    Chữ thập đỏ tỉnh …                            (c42-baohaiduong-kinh-mon-hien-mau-2010-2020)

``events.HONOURS`` lists the honours by their words (``bằng khen``, ``giấy khen`` …); a certificate is also named by its
title, ``Bằng`` written with a capital (or in quotes) and the words of what it records — an open class (``Bằng ghi
công``, ``Bằng ghi nhận``, ``Bằng tri ân`` …; ``Bằng khen`` is ``events.awarded``'s). The grammar: a verb of giving (``tặng``, ``trao``) then the title, then
``cho`` and the recipients listed (words, numbers, commas; the number among them); or the recipients counted first,
then ``(được) nhận`` and the title, in one clause with no other number between. Lower-case ``bằng`` (by, equal to) is
never a title, nor a degree or a licence (``Bằng tốt nghiệp``, ``Bằng lái``). Asked where the table counts no honours (``check``'s ``counts_awards``).
"""

from __future__ import annotations

import re

#: (a degree or a licence is what a school or an office gave out in the period: ``trao Bằng tốt nghiệp cho 4.612 sinh
#: viên`` counts graduates, a figure)
_TITLE = r"[“\"]?\s*Bằng\s+(?!(?:tốt|cử|kỹ|kĩ|thạc|tiến|lái|đại|trung|cao|nghề|khen|công)(?!\w))[^\W\d_]+"
#: "tặng “Bằng ghi công” cho " … the recipients listed up to the number: the number opens the list or an item after a
#: comma (``cho 18 tỉnh, thành phố, 267 quận``), each item a few words — no stop, no verb's clause between
_GIVEN_TO = re.compile(rf"(?<!\w)(?:tặng|trao)\s+{_TITLE}(?:\s+[^\W\d_]+){{0,5}}?\s*[”\"]?\s+cho\s+"
                       r"(?:(?:\d[\d.]*+\s+)?[^\W\d_]++(?:\s+[^\W\d_]++){0,3}+\s*,\s*)*+$")
#: the recipients counted, then "(được) nhận Bằng …" with no digit nor stop between
_RECEIVED = re.compile(rf"[^\d.;:!?\n]{{0,90}}?(?<!\w)(?:được\s+)?nhận\s+{_TITLE}")
_REACH = 200


def titled_honour(text: str, start: int, end: int) -> bool:
    """The number at ``start``..``end`` counts who received a certificate named by its title (see the module)."""
    if _GIVEN_TO.search(text, max(0, start - _REACH), start):
        return True
    return _RECEIVED.match(text, end) is not None
