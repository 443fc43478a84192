"""A growth scenario's numbers: what the economy would do under a scenario (``kịch bản``), not what the period did.

``Kịch bản 2, tăng trưởng cả năm đạt 7%. Theo đó thì tăng trưởng quý III phải đạt 7,4%, quý IV phải đại 7,6%, cao hơn
kịch bản tại Nghị quyết số 01/NQ-CP 0,7 điểm phần trăm và 0,6 điểm phần trăm`` (c33-baodautu), ``Kịch bản 1, GDP 2025
tăng 8%. Như vậy, tăng trưởng kinh tế quý III cần đạt 8,3% so với cùng kỳ, quý IV cần ở mức 8,5%, cao hơn dự kiến trước
đó 0,1 điểm phần trăm`` (c33-vnexpress), ``Đối với kịch bản thứ 2, mức tăng trưởng GDP năm 2018 dự kiến là 6,8%``
(c33-vinanet), ``Kịch bản 2, Việt Nam đã cơ bản khống chế … thì GDP dự kiến tăng khoảng 3,6-4,4%`` (c33-plo).

The grammar: a scenario named by its number (``kịch bản 1``, ``kịch bản thứ 2``) opens the clause (not compared with:
``cao hơn kịch bản 2``); its numbers run to the end of its sentence, and on through the sentences of the same paragraph
that go on from it (``Theo đó``, ``Như vậy``, ``Để đạt được con số này``, ``Khi đó``, ``tương ứng`` before
their first number). The scenario's own
number is its label; ``2 kịch bản`` is how many scenarios were drawn up — neither a figure of the period.
"""

from __future__ import annotations

import re
from typing import Iterator

from service.checker.recognisers import Claim, Recogniser, Rule

#: ``kịch bản 1``, ``Kịch bản thứ 2`` (one digit: ``kịch bản 2025`` is a year's).
_CUE = re.compile(r"(?i)(?<!\w)kịch\s+bản\s+(?:thứ\s+)?[1-9](?![\d.,]\d)(?!\w)")
#: the scenario as a thing compared with or owned: ``cao hơn kịch bản 2``, ``so với kịch bản 1``, ``vượt kịch bản 1``.
_COMPARED = re.compile(r"(?i)(?<!\w)(?:so\s+với|hơn|vượt|của|như)\s+(?:các\s+|mức\s+)?$")
_SENTENCE_END = re.compile(r"\.(?=\s|$)|[!?]")
_PARAGRAPH_END = re.compile(r"\n")
#: a sentence that goes on from the scenario before it.
_GOES_ON = re.compile(r"(?i)\s*(?:theo\s+đó|như\s+vậy|để\s+đạt(?:\s+được)?|khi\s+đó|tương\s+ứng|với\s+kịch\s+bản\s+này)"
                      r"(?!\w)")
#: ``Bộ Tài chính ước tính tương ứng tăng trưởng quý III đạt 8,9-9,2%`` (c33-vnexpress): the next sentence's figures
#: are what corresponds to the scenario, ``tương ứng`` said before its first number.
_CORRESPONDING = re.compile(r"(?i)(?<!\w)tương\s+ứng(?!\w)")
_DIGIT = re.compile(r"\d")
#: a number or a range, with its per cent sign or scale (``8,3-8,5%``, ``508 tỷ USD``).
_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?(?:\s?[-–]\s?\d(?:[\d.,]*\d)?)?(?:\s?%)?(?!\w)")
_YEAR = re.compile(r"(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)?\d\d)?$")
#: ``6 tháng``: the length of a period, read as such.
_PERIOD_AFTER = re.compile(r"(?i)\s+(?:tháng|quý|tuần|ngày|năm(?!\s+(?:19|20)\d\d))(?!\w)")

#: The scenario's label (``Kịch bản 2,``) and the count of scenarios (``cập nhật 2 kịch bản``).
SCENARIO_NUMBER = Rule("scenario-number", "forecast", "a scenario's number or the number of scenarios, no figure",
                       re.compile(r"(?i)(?<!\w)kịch\s+bản\s+(?:thứ\s+)?([1-9])(?![\d.,]\d)(?!\w)"),
                       re.compile(r"(?i)(?<![\w.,])([1-9])\s+kịch\s+bản(?!\w)"),
                       needs=("kịch bản",))

#: A scenario named by its rate: ``kiến nghị lựa chọn kịch bản tăng trưởng cả năm 6,5-7%`` (c33-baodautu), ``kịch bản
#: cao (6,7%)``, ``Hai kịch bản tăng trưởng cao hơn (6,8%)`` (c33-vinanet): the rate right after the noun, only words
#: that say which scenario between (``tăng trưởng``, ``cả năm``, ``cao``, ``thấp``, ``cơ sở``), no verb.
SCENARIO_VALUE = Rule("scenario-value", "forecast", "the rate a scenario is named by, not a figure of the period",
                      re.compile(r"(?i)(?<!\w)kịch\s+bản(?:\s+(?:tăng\s+trưởng|cả\s+năm|cao(?:\s+hơn)?|thấp(?:\s+hơn)?|"
                                 r"cơ\s+sở|GDP))*\s*\(?\s*(\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s?%)"),
                      needs=("kịch bản",))


class Scenario(Recogniser):
    """The numbers of a scenario's sentence and of those going on from it (see the module)."""

    name, kind = "scenario", "forecast"

    def find(self, text: str, a: int, b: int) -> Iterator[Claim]:
        lo = max(0, a - 600)
        if "kịch bản" not in text[lo:b].lower():
            return
        for m in _CUE.finditer(text, lo, b):
            if _COMPARED.search(text, max(0, m.start() - 16), m.start()):
                continue
            for n in _NUMBER.finditer(text, m.end(), self._reach(text, m.end())):
                if a - 40 <= n.start() < b and not _YEAR.match(n.group()) \
                        and not (n.group().isdigit() and _PERIOD_AFTER.match(text, n.end())):
                    yield Claim(n.start(), n.end(), self.kind, "a scenario's value (kịch bản …), not a figure of the "
                                                               "period", self.name)

    @staticmethod
    def _reach(text: str, start: int) -> int:
        """The end of the scenario's sentence, and of the sentences of its paragraph that go on from it."""
        para = _PARAGRAPH_END.search(text, start)
        limit = min(para.start() if para else len(text), start + 800)
        end = start
        while True:
            stop = _SENTENCE_END.search(text, end, limit)
            if stop is None:
                return limit
            end = stop.end()
            first = _DIGIT.search(text, end, limit)
            if not (_GOES_ON.match(text, end, limit)
                    or _CORRESPONDING.search(text, end, first.start() if first else limit)):
                return end


SCENARIO = Scenario()
